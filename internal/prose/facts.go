package prose

import (
	"iter"
	"slices"
	"strconv"
	"strings"
	"time"
)

// DateKind says how precise a date is.
type DateKind uint8

// The kinds of dates.
const (
	// Day: a calendar day (Nov 20, 20/11, 2026-11-20, the 3rd of December,
	// le 3 décembre, 3 déc.).
	Day DateKind = iota + 1
	// MonthOnly: a month without a day (in August, en août, December 2026).
	MonthOnly
	// Relative: a day counted from now (yesterday, last Tuesday, la semaine
	// prochaine, lundi).
	Relative
	// Clock: a time of day (9 a.m., 10:30, 9 h 30, 14h).
	Clock
)

// Date is a date or time written in the text. Year, Month and Day are 0
// when the text does not give them; Hour and Minute are set for Clock.
type Date struct {
	Span             Span
	Kind             DateKind
	Year, Month, Day int
	Hour, Minute     int
}

// Dates returns the dates and times of the text, in order. The slice is
// the document's own: do not change it.
func (d *Doc) Dates() []Date {
	if !d.dated {
		out := d.dates[:0] // a reused Doc's slice
		for dt := range d.EachDate() {
			out = append(out, dt)
		}
		d.dates, d.dated = out, true
	}
	return d.dates
}

// EachDate yields the dates of Dates in order, reading the text only as
// far as the caller goes: "is there a date" stops at the first.
func (d *Doc) EachDate() iter.Seq[Date] {
	return func(yield func(Date) bool) {
		if d.dated {
			for _, dt := range d.dates {
				if !yield(dt) {
					return
				}
			}
			return
		}
		for i := 0; i < len(d.toks); i++ {
			if dt, used, ok := d.dateAt(i); ok {
				if !yield(dt) {
					return
				}
				i += used - 1
			}
		}
	}
}

func (d *Doc) dateAt(i int) (Date, int, bool) {
	t := d.toks[i]
	key := d.key(i)
	if t.flags&fHasDigit != 0 {
		if dt, ok := numericDate(key); ok {
			dt.Span = d.spanOf(i, i+1)
			return dt, 1, true
		}
		if h, m, ok := clockToken(key); ok {
			return Date{Span: d.spanOf(i, i+1), Kind: Clock, Hour: h, Minute: m}, 1, true
		}
		if day, ok := dayNumber(key); ok {
			// 3 December, 3rd of December, 3 déc.
			j := i + 1
			if j < len(d.toks) && d.single(j)&catOf != 0 && d.key(j) != "le" && d.key(j) != "la" {
				j++
			}
			if mo, ok := d.monthAt(j, true); ok {
				end := j + 1
				dt := Date{Kind: Day, Month: mo, Day: day}
				if y, ok := d.yearAt(end); ok {
					dt.Year, end = y, end+1
				}
				dt.Span = d.spanOf(i, end)
				return dt, end - i, true
			}
		}
		if t.flags&fDigits != 0 && i+1 < len(d.toks) {
			h, _ := strconv.Atoi(key)
			if len(key) <= 2 && h <= 24 && d.single(i+1)&catTimeSuffix != 0 {
				dt := Date{Span: d.spanOf(i, i+2), Kind: Clock, Hour: h}
				end := i + 2
				if end < len(d.toks) && d.toks[end].flags&fDigits != 0 && len(d.key(end)) == 2 && d.key(i+1) == "h" {
					dt.Minute, _ = strconv.Atoi(d.key(end))
					end++
					dt.Span = d.spanOf(i, end)
				}
				return dt, end - i, true
			}
		}
		return Date{}, 0, false
	}
	if t.cats&catRelativeTime != 0 {
		return Date{Span: d.spanOf(i, i+int(t.n)), Kind: Relative}, int(t.n), true
	}
	if d.single(i)&catWeekday != 0 && (t.flags&fCap != 0 || d.lang == French) && len(key) > 3 {
		return Date{Span: d.spanOf(i, i+1), Kind: Relative}, 1, true
	}
	if mo, ok := d.monthAt(i, false); ok {
		end := i + 1
		if end < len(d.toks) {
			if day, ok := dayNumber(d.key(end)); ok && d.toks[end].flags&fHasDigit != 0 {
				dt := Date{Kind: Day, Month: mo, Day: day}
				end++
				if y, ok := d.yearAt(end); ok {
					dt.Year, end = y, end+1
				}
				dt.Span = d.spanOf(i, end)
				return dt, end - i, true
			}
		}
		dt := Date{Kind: MonthOnly, Month: mo}
		if y, ok := d.yearAt(end); ok {
			dt.Year, end = y, end+1
		}
		dt.Span = d.spanOf(i, end)
		return dt, end - i, true
	}
	return Date{}, 0, false
}

// monthAt reads a month name at token i. Words that are also common words
// ("may", "march", "mar") count only next to a day number, or capitalised.
func (d *Doc) monthAt(i int, dayBefore bool) (int, bool) {
	if i < 0 || i >= len(d.toks) || d.single(i)&catMonth == 0 {
		return 0, false
	}
	mo32, ok := d.lx.months.one(d.key(i))
	mo := int(mo32)
	if !ok {
		return 0, false
	}
	switch d.key(i) {
	case "may", "march", "mar", "sept", "dec", "mai", "mars", "jan":
		if dayBefore {
			return mo, true
		}
		next := i+1 < len(d.toks) && d.toks[i+1].flags&fHasDigit != 0
		if next || (d.toks[i].flags&fCap != 0 && d.key(i) != "may" && d.key(i) != "mars") {
			return mo, true
		}
		return 0, false
	}
	return mo, true
}

func (d *Doc) yearAt(i int) (int, bool) {
	if i >= len(d.toks) || d.toks[i].flags&fDigits == 0 || len(d.key(i)) != 4 {
		return 0, false
	}
	y, _ := strconv.Atoi(d.key(i))
	return y, y >= 1900 && y <= 2199
}

// dayNumber reads 3, 21st, 3rd, 1er, 2e, 3ème.
func dayNumber(s string) (int, bool) {
	k := 0
	for k < len(s) && s[k] >= '0' && s[k] <= '9' {
		k++
	}
	if k == 0 || k > 2 {
		return 0, false
	}
	switch s[k:] {
	case "", "st", "nd", "rd", "th", "er", "e", "eme", "re", "ieme":
	default:
		return 0, false
	}
	n, _ := strconv.Atoi(s[:k])
	return n, n >= 1 && n <= 31
}

// numericDate reads 2026-11-20, 20/11/2026, 11/20, 20.11.2026.
func numericDate(s string) (Date, bool) {
	if strings.IndexAny(s, "-/.") < 0 {
		return Date{}, false
	}
	var buf [4]string
	parts := buf[:0]
	for _, p := range strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == '/' || r == '.' }) {
		if len(parts) == len(buf) {
			return Date{}, false
		}
		parts = append(parts, p)
	}
	if len(parts) < 2 || len(parts) > 3 {
		return Date{}, false
	}
	var nb [3]int
	nums := nb[:len(parts)]
	for k, p := range parts {
		if p == "" || len(p) > 4 || strings.Trim(p, "0123456789") != "" {
			return Date{}, false
		}
		nums[k], _ = strconv.Atoi(p)
	}
	if len(parts[0]) == 4 {
		if len(parts) != 3 || !validDay(nums[1], nums[2]) {
			return Date{}, false
		}
		return Date{Kind: Day, Year: nums[0], Month: nums[1], Day: nums[2]}, true
	}
	if len(parts[0]) > 2 || len(parts[1]) > 2 {
		return Date{}, false
	}
	year := 0
	if len(parts) == 3 {
		if len(parts[2]) != 4 && len(parts[2]) != 2 {
			return Date{}, false
		}
		year = nums[2]
		if year < 100 {
			year += 2000
		}
	} else if strings.Contains(s, "-") || strings.Contains(s, ".") {
		return Date{}, false // 3-4, 1.5: not a date
	}
	// Day first (the Canadian and French habit) unless only month first
	// makes sense: 20/11 and 11/20 are both November 20.
	day, month := nums[0], nums[1]
	if !validDay(month, day) {
		day, month = month, day
		if !validDay(month, day) {
			return Date{}, false
		}
	}
	return Date{Kind: Day, Year: year, Month: month, Day: day}, true
}

func validDay(m, d int) bool { return m >= 1 && m <= 12 && d >= 1 && d <= 31 }

// clockToken reads 10:30, 9am, 9h, 9h30, 14h00.
func clockToken(s string) (int, int, bool) {
	k := 0
	for k < len(s) && s[k] >= '0' && s[k] <= '9' {
		k++
	}
	if k == 0 || k > 2 {
		return 0, 0, false
	}
	h, _ := strconv.Atoi(s[:k])
	rest := s[k:]
	m := 0
	switch {
	case rest == "am" || rest == "pm" || rest == "a.m" || rest == "p.m" || rest == "h":
	case len(rest) == 3 && (rest[0] == ':' || rest[0] == 'h') && isDigit2(rest[1:]):
		m, _ = strconv.Atoi(rest[1:])
	default:
		return 0, 0, false
	}
	if rest == "pm" || rest == "p.m" {
		if h < 12 {
			h += 12
		}
	}
	return h, m, h <= 24 && m < 60
}

func isDigit2(s string) bool {
	return len(s) == 2 && s[0] >= '0' && s[0] <= '9' && s[1] >= '0' && s[1] <= '9'
}

// Where says in which country a place is.
type Where uint8

// The countries a place can be in.
const (
	InUS Where = iota + 1
	InCanada
	Elsewhere
)

func (w Where) String() string {
	switch w {
	case InUS:
		return "us"
	case InCanada:
		return "canada"
	case Elsewhere:
		return "elsewhere"
	}
	return "?"
}

// Place is a state, province, country or big city named in the text, in
// English or French ("Florida", « Floride », "North Carolina", « Caroline
// du Nord », "Montreal", ", MA").
type Place struct {
	Span  Span
	Where Where
	// Transit: named as a stop on the way ("my flight connects through
	// New York", « une escale aux États-Unis »), not where things happen.
	Transit bool
	// In: the place is followed by the region or country it is in
	// ("Manchester, England"): that one says where it is.
	In bool
}

// Places returns the places of the text, in order.
func (d *Doc) Places() []Place {
	out := slices.Collect(d.EachPlace())
	for k := 0; k+1 < len(out); k++ {
		if gap := strings.TrimSpace(d.text[out[k].Span.End:out[k+1].Span.Start]); gap == "," || gap == ", en" || gap == ", au" || gap == ", aux" || gap == ", in" {
			out[k].In = true
		}
	}
	return out
}

// EachPlace yields the places of Places in order (without In, which
// needs the next place), reading only as far as the caller goes.
func (d *Doc) EachPlace() iter.Seq[Place] {
	return func(yield func(Place) bool) {
		for i := 0; i < len(d.toks); i++ {
			t := d.toks[i]
			c := t.cats
			if c&(catPlaceUS|catPlaceCA|catPlaceOther) != 0 && (t.n > 1 || t.flags&fCap != 0) {
				w := Elsewhere
				switch {
				case c&catPlaceUS != 0:
					w = InUS
				case c&catPlaceCA != 0:
					w = InCanada
				}
				p := Place{Span: d.spanOf(i, i+int(t.n)), Where: w}
				lo := int(d.clauses[t.clause].lo)
				p.Transit = d.findBack(lo, i, catTransit) >= 0
				if !yield(p) {
					return
				}
				i += int(t.n) - 1
				continue
			}
			if d.stateCodeAt(i) {
				w := Where(0)
				switch s := d.single(i); {
				case s&catStateUS != 0:
					w = InUS
				case s&catStateCA != 0:
					w = InCanada
				}
				if w != 0 && !yield(Place{Span: d.spanOf(i, i+1), Where: w}) {
					return
				}
			}
		}
	}
}

// NameKind says what a proper name names.
type NameKind uint8

// The kinds of names.
const (
	// Person: after a title (Dr. Ruiz, M. Tremblay, Mme Roy) or two
	// capitalised words (Paul Tremblay).
	Person NameKind = iota + 1
	// Organisation: with a head word (Mercy Hospital, Acme Inc., Université
	// Laval, CHU de Québec).
	Organisation
	// OtherName: another capitalised name or an acronym.
	OtherName
)

// Name is a proper name of a person or an organisation.
type Name struct {
	Span Span
	Kind NameKind
}

// Names returns the proper names of the text that are not places, dates
// or the first word of a sentence alone.
func (d *Doc) Names() []Name { return slices.Collect(d.EachName()) }

// EachName yields the names of Names in order, reading only as far as
// the caller goes.
func (d *Doc) EachName() iter.Seq[Name] {
	return func(yield func(Name) bool) {
		n := len(d.toks)
		isCap := func(k int) bool {
			return k < n && d.toks[k].flags&fCap != 0 && d.key(k) != "i"
		}
		for i := 0; i < n; i++ {
			title := d.single(i)&catTitle != 0 && d.toks[i].flags&fCap != 0 && isCap(i+1)
			if !isCap(i) && !(d.single(i)&catOrgHead != 0 && i+1 < n && isCap(i+1)) {
				continue
			}
			lo := i
			hi := i + 1
			for hi < n && d.sentOf(hi) == d.sentOf(lo) && !d.commaAfter(hi-1) && (isCap(hi) ||
				(d.single(hi)&catNameLink != 0 && isCap(hi+1) && d.sentOf(hi+1) == d.sentOf(lo))) {
				hi++
			}
			i = hi - 1
			// Drop a leading sentence word ("The", "My", "Je").
			start := lo
			for start < hi && !title && d.single(start)&(catStarter|catFunction|catPossessive|catSelf) != 0 && d.single(start)&catOrgHead == 0 {
				start++
			}
			if start == hi {
				continue
			}
			if t := d.toks[start]; t.cats&(catPlaceUS|catPlaceCA|catPlaceOther) != 0 && start+int(t.n) >= hi {
				continue // a place
			}
			docIDs := 0
			for k := start; k < hi; k++ {
				if d.single(k)&catDocID != 0 {
					docIDs++
				}
			}
			if docIDs == hi-start {
				continue // "SEVIS", "I-20", "DS-160": a form, not a name
			}
			kind := NameKind(0)
			places, dates, heads, caps := 0, 0, 0, 0
			for k := start; k < hi; k++ {
				switch {
				case d.toks[k].cats&(catPlaceUS|catPlaceCA|catPlaceOther) != 0:
					places++
				case d.single(k)&(catMonth|catWeekday) != 0:
					dates++
				}
				if d.single(k)&catOrgHead != 0 {
					heads++
				}
				if d.toks[k].flags&fAllCaps != 0 {
					caps++
				}
			}
			words := hi - start
			sentStart := int(d.sents[d.sentOf(start)].lo) == start
			switch {
			case words == 1 && d.single(start)&(catStateUS|catStateCA) != 0 && d.toks[start].flags&fAllCaps != 0:
				continue // ", NC"
			case caps >= 2 && caps == words:
				continue // shouting
			case title:
				kind = Person
			case heads > 0 && words >= 2:
				kind = Organisation
			case places+dates == words:
				continue
			case words >= 2 && words <= 4 && places == 0:
				kind = Person
			case words == 1 && d.toks[start].flags&fAllCaps != 0 && d.single(start)&catShout == 0 && !sentStart:
				kind = OtherName
			case words >= 2:
				kind = OtherName
			case !sentStart && words == 1 && d.single(start) == 0:
				kind = OtherName
			default:
				continue
			}
			if !yield(Name{d.spanOf(start, hi), kind}) {
				return
			}
		}
	}
}

// stateCodeAt reports whether token i is a state's or a province's two
// letters after a town: ", MA" and ", QC" after a capitalised word; "in
// Edison NJ" without the comma, after a town that follows in, at, to...;
// and in a text typed in lowercase, "in edison nj", when the code is no
// word of its own.
func (d *Doc) stateCodeAt(i int) bool {
	t := d.toks[i]
	if t.stop()-t.start != 2 || t.flags&fAlpha == 0 || i == 0 {
		return false
	}
	gap := d.text[d.toks[i-1].stop():t.start]
	after := i > 1 && placeWords[d.key(i-2)]
	switch {
	case t.flags&fAllCaps != 0 && d.toks[i-1].flags&fCap != 0:
		return strings.TrimSpace(gap) == "," || gap == " " && after
	case t.flags&fLower != 0:
		return after && strings.TrimSpace(gap) != "." && d.single(i)&^(catStateUS|catStateCA) == 0
	}
	return false
}

// placeWords are the prepositions a town follows, so "in Edison NJ" is a
// town and its state without a comma.
var placeWords = map[string]bool{"in": true, "at": true, "to": true, "from": true, "near": true, "a": true, "de": true, "pres": true} // folded: « à », « près »

// Foreseen returns the places where the text says something was planned,
// booked, registered or invited well before: a foreseeability word and a
// past time close together in a sentence ("registered in August", "we
// have been planning this for months", « inscrit depuis août », « prévu
// depuis des mois »), or a calendar day a month or more before today
// ("set by the board on September 15"), or a month long past ("at its June
// meeting"; a zero today: none), not negated.
func (d *Doc) Foreseen(today time.Time) []Span {
	var out []Span
	for _, s := range d.sents {
		lo, hi := int(s.lo), int(s.hi)
		for k := lo; k < hi; k++ {
			if d.toks[k].cats&catForesee == 0 {
				continue
			}
			if neg := d.findBack(max(lo, k-4), k, catNegation); neg >= 0 {
				continue
			}
			end := k + max(1, int(d.toks[k].n))
			if d.findIn(end, hi, catDeny) >= 0 {
				break // "..., but that is not why I travel"
			}
			// From inside the phrase: « savons depuis » + « depuis septembre ».
			p := d.findIn(k+1, min(hi, end+16), catPastTime)
			if p >= 0 && d.aboutSomeone(p, k) {
				p = -1 // "invited me, the elder who lit the qulliq at last year's summit"
			}
			if p < 0 {
				p = d.findBack(max(lo, k-8), k, catPastTime)
			}
			pEnd := p + 1
			if p >= 0 {
				pEnd = p + max(1, int(d.toks[p].n))
			} else {
				p, pEnd = d.dayLongBefore(end, d.beforeTask(end, min(hi, end+20)), today) // "was set by the board on September 15"
				if p < 0 {
					p, pEnd = d.dayLongBefore(max(lo, k-8), k, today) // "On August 30, I was invited"
				}
			}
			if p < 0 {
				continue
			}
			a, b := min(k, p), max(end, pEnd)
			if d.newTurn(b, hi) {
				break // planned long before, but the writer's part came late
			}
			out = append(out, d.spanOf(a, b))
			break
		}
	}
	return out
}

// aboutSomeone reports whether token p stands in a clause of its own that
// says who someone is ("who lit the qulliq at last year's summit", « qui
// a allumé ... l'an dernier »), not in the clause of token k: a time there
// is that person's, not the plan's.
func (d *Doc) aboutSomeone(p, k int) bool {
	c := d.toks[p].clause
	return c != d.toks[k].clause && describesSomeone[d.key(int(d.clauses[c].lo))]
}

// longBefore is how many days before today a calendar day must be to
// read as long before: a month, the least notice the posts would call
// foreseen.
const longBefore = 30

// longAgo is how far back a day can still be a plan's: an older one is
// more likely when a company was registered or someone was born.
const longAgo = 400

// dayLongBefore returns the tokens [first, end) of a calendar day starting
// in tokens [lo, hi) that falls a month or more, and not much more than a
// year, before today ("registered on September 15", read on November 25;
// not "registered on March 1, 2010"); -1s when none, or when today is
// not known. A day written without a year is this year's.
func (d *Doc) dayLongBefore(lo, hi int, today time.Time) (first, end int) {
	if lo >= hi || today.IsZero() {
		return -1, -1
	}
	from, to := int(d.toks[lo].start), int(d.toks[hi-1].stop())
	for _, dt := range d.Dates() {
		if dt.Span.Start < from || dt.Span.Start >= to {
			continue
		}
		// "at its June meeting", "in early June", "in August 2026": the
		// whole month must be long before; one named for what is to come
		// ("planned for March", "until May") is next year's.
		if dt.Kind == MonthOnly && dt.Year == 0 && d.futureMonth(d.tokenAt(dt.Span.Start)) {
			continue
		}
		first, last, ok := dt.bounds(today)
		if !ok {
			continue
		}
		if dt.Kind == MonthOnly && d.earlyInMonth(d.tokenAt(dt.Span.Start)) {
			last = first.AddDate(0, 0, 9) // "in early October", « début octobre »
		}
		if today.Sub(last) >= longBefore*24*time.Hour && today.Sub(first) <= longAgo*24*time.Hour {
			return d.tokenAt(dt.Span.Start), d.tokenAt(dt.Span.End)
		}
	}
	return -1, -1
}

// bounds returns the first and last day a Day or a MonthOnly date covers,
// a date without a year taken in today's year ("set for December 15" is
// this year's too); false for another kind.
func (dt Date) bounds(today time.Time) (first, last time.Time, ok bool) {
	y := dt.Year
	if y == 0 {
		y = today.Year()
	}
	switch dt.Kind {
	case Day:
		first = time.Date(y, time.Month(dt.Month), dt.Day, 0, 0, 0, 0, time.UTC)
		return first, first, true
	case MonthOnly:
		first = time.Date(y, time.Month(dt.Month), 1, 0, 0, 0, 0, time.UTC)
		return first, first.AddDate(0, 1, -1), true
	}
	return time.Time{}, time.Time{}, false
}

// beforeTask returns where, in tokens [lo, hi) after a plan word, the
// task asked of someone begins: a day after "asked me to be on site" or
// « m'a demandé d'être » is the task's, not the day it was asked; hi
// when none ("my invitation to speak ... arrived on August 30" goes on).
func (d *Doc) beforeTask(lo, hi int) int {
	object := func(k int) bool {
		switch d.key(k) {
		case "me", "us", "him", "her", "them":
			return true
		}
		return false
	}
	switch {
	case lo >= hi || lo == 0:
	case lo >= 2 && d.key(lo-1) == "to" && object(lo-2):
		return lo // the phrase was "asked me to"
	case d.key(lo) == "to" && object(lo-1):
		return lo // "asked us to"
	case lo+1 < hi && object(lo) && d.key(lo+1) == "to":
		return lo + 1 // "told him to"
	case (d.key(lo) == "de" || d.key(lo) == "d") && d.key(lo-1) == "demande":
		return lo // « nous a demandé d'installer »
	}
	return hi
}

// earlyInMonth reports whether the month name at token i is said of its
// first days: "early October", "the beginning of October", « au début
// d'octobre », « début octobre ».
func (d *Doc) earlyInMonth(i int) bool {
	for k := i - 1; k >= 0 && i-k <= 3; k-- {
		switch d.key(k) {
		case "early", "beginning", "start", "debut":
			return true
		case "of", "the", "d", "de", "in", "at":
			continue
		}
		return false
	}
	return false
}

// futureMonth reports whether the month name at token i is said of what
// is to come: after "for", "until", "next", « pour », « jusqu'en », « d'ici »
// (one word such as "early" or « la fin de » may stand between).
func (d *Doc) futureMonth(i int) bool {
	for k := i - 1; k >= 0 && i-k <= 4; k-- {
		switch d.key(k) {
		case "for", "until", "till", "next", "by", "to", "pour", "jusqu", "ici", "prochain", "prochaine":
			return true
		case "early", "mid", "late", "the", "end", "of", "beginning", "debut", "fin", "mi", "la", "de", "du", "en":
			continue
		}
		return false
	}
	return false
}

// newTurn reports whether tokens [from, hi) of a sentence turn ("but",
// « mais ») to something recent: a stand-in ("in his place"), or a
// calendar day and a choice or request of the writer after the turn ("was
// planned for a year, but on November 18 the orchestra chose me").
func (d *Doc) newTurn(from, hi int) bool {
	for k := from; k < hi; k++ {
		switch d.key(k) {
		case "but", "however", "mais", "cependant", "toutefois", "pourtant":
			if d.findIn(k+1, hi, catStandIn) >= 0 {
				return true
			}
			if d.findIn(k+1, hi, catForesee|catAskMe) < 0 {
				return false // no one chose, asked or invited the writer since
			}
			start := int(d.toks[k].start)
			for _, dt := range d.Dates() {
				if dt.Kind == Day && dt.Span.Start > start && dt.Span.Start < int(d.toks[hi-1].stop()) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// DateRequests returns the clauses that ask for a specific appointment day
// or time ("please give me an appointment on December 3", "I would like
// the 9 a.m. slot", « je voudrais un rendez-vous le 3 décembre », "I am
// available on December 2", "please book me in for Tuesday, December 1",
// "an interview on December 9 would suit me best", « la semaine du 14
// décembre »). A date after "before" or « avant » is a deadline, not a
// request; a travel date is not one either.
func (d *Doc) DateRequests() []Span {
	var out []Span
	var dates []Date // read when a clause first asks: most texts never do
	di, read := 0, false
	askSent := int32(-1) // the sentence of the last clause that asks
	datesFrom := func(lo int) []Date {
		if !read {
			dates, read = d.Dates(), true
		}
		for di < len(dates) && dates[di].Span.Start < int(d.toks[lo].start) {
			di++
		}
		return dates[di:]
	}
	// What each sentence holds, in one pass: a sentence with neither an
	// appointment word nor "book me" asks for nothing.
	holds := make([]cat, len(d.sents))
	for si, st := range d.sents {
		for k := int(st.lo); k < int(st.hi); k++ {
			holds[si] |= d.toks[k].cats
		}
	}
	for _, c := range d.clauses {
		if holds[c.sent]&(catAppointment|catBookMe) == 0 {
			continue
		}
		lo, hi := int(c.lo), int(c.hi)
		hasAppointment := holds[c.sent]&catAppointment != 0
		// A request needs an appointment word in its sentence, unless it
		// asks to be booked ("book me in", « me convoquer »).
		rv := d.findIn(lo, hi, catBookMe)
		if hasAppointment {
			rv = d.findIn(lo, hi, catRequestVerb|catBookMe)
		}
		if rv >= 0 {
			askSent = c.sent
		} else if k := d.key(lo); askSent == c.sent && (k == "or" || k == "ou" || k == "and" || k == "et") {
			rv = lo // "available on the 2nd or on December 3": the ask goes on
		}
		if rv >= 0 {
			if sp, ok := d.requestedDate(datesFrom(lo), lo, hi, rv, hi); ok {
				out = append(out, Span{int(d.toks[rv].start), sp.End})
				continue
			}
			if k := d.requestedWeekday(lo, rv, hi); k >= 0 {
				out = append(out, Span{int(d.toks[rv].start), int(d.toks[k].stop())})
				continue
			}
		}
		// "An interview on December 9 would suit me best": the wish
		// follows the date.
		if ra := d.findIn(lo, hi, catRequestAfter); ra >= 0 && hasAppointment {
			if sp, ok := d.requestedDate(datesFrom(lo), lo, hi, lo, ra); ok {
				out = append(out, Span{sp.Start, int(d.toks[min(hi, ra+max(1, int(d.toks[ra].n)))-1].stop())})
			}
		}
	}
	return out
}

// requestedWeekday returns the first weekday asked for after the request
// at rv in the clause [lo, hi) ("ideally Tuesday morning", "only on
// Mondays", « que les lundis »), not one after "before"; -1 when none.
func (d *Doc) requestedWeekday(lo, rv, hi int) int {
	for k := rv + max(1, int(d.toks[rv].n)); k < hi; k++ {
		if d.single(k)&catWeekday == 0 && !d.pluralWeekday(k) {
			continue
		}
		if b := d.findBack(max(lo, k-2), k, catBefore); b >= 0 || d.findIn(rv+1, k, catCause|catHappening) >= 0 {
			continue
		}
		return k
	}
	return -1
}

// pluralWeekday reports whether token k is a weekday in the plural
// ("Mondays", « lundis »): a weekday asked for as a habit.
func (d *Doc) pluralWeekday(k int) bool {
	key := d.key(k)
	if len(key) < 6 || key[len(key)-1] != 's' {
		return false
	}
	en, fr := lexicons()
	for _, lx := range []*lexicon{en, fr} {
		if _, c := lx.word(key[:len(key)-1]); c&catWeekday != 0 {
			return true
		}
	}
	return false
}

// requestedDate returns the first day or time of the clause [lo, hi) that
// starts in tokens [from, to) and reads as asked for: not after "before"
// (but "the week of", « la semaine du » is that week), not a travel date.
func (d *Doc) requestedDate(dates []Date, lo, hi, from, to int) (Span, bool) {
	for _, dt := range dates {
		if dt.Span.Start >= int(d.toks[hi-1].stop()) || dt.Span.Start >= int(d.toks[min(to, len(d.toks)-1)].stop()) && to < hi {
			break
		}
		if dt.Kind != Day && dt.Kind != Clock || dt.Span.Start < int(d.toks[from].start) {
			continue
		}
		at := d.tokenAt(dt.Span.Start)
		if b := d.findBack(max(lo, at-2), at, catBefore); b >= 0 && !(b > lo && d.single(b-1)&catWeek != 0) {
			continue
		}
		// "an early interview as my father's surgery is on December 3":
		// the day of what the request gives as its cause.
		if d.findIn(from+1, at, catCause|catHappening) >= 0 {
			continue
		}
		// "an appointment to leave on December 3", "an appointment for a
		// company trip to Orlando from Dec 14 to Dec 21": a travel date.
		if ap := d.findIn(from, at, catAppointment); ap >= 0 && d.findIn(ap+1, at, catIntent|catModal|catTrip) >= 0 {
			continue
		} else if ap < 0 && d.findIn(from+1, at, catIntent|catTrip) >= 0 {
			continue // "I am available to travel on December 1": when, not an interview
		}
		return dt.Span, true
	}
	return Span{}, false
}

// Appeals returns the pleas of the text: begging and emotional phrases
// ("I beg you", "please please", "heartbroken", « je vous en supplie »,
// « désespérée »), shouting (three words in capitals, or URGENT, PLEASE,
// HELP, « SVP » in capitals) and "!!". A calm statement of a grave fact is
// not a plea.
func (d *Doc) Appeals() []Span {
	var out []Span
	run := 0
	for i := 0; i < len(d.toks); i++ {
		t := d.toks[i]
		if t.cats&catAppeal != 0 {
			if !d.reportedPlea(i) {
				out = append(out, d.spanOf(i, i+int(t.n)))
			}
			i += int(t.n) - 1
			run = 0
			continue
		}
		if t.flags&fAllCaps != 0 && t.flags&fAlpha != 0 {
			if d.single(i)&catShout != 0 {
				out = append(out, d.spanOf(i, i+1))
				run = 0
				continue
			}
			run++
			if run == 3 {
				out = append(out, d.spanOf(i-2, i+1))
			}
			continue
		}
		run = 0
	}
	for off := 0; ; {
		k := strings.Index(d.text[off:], "!!")
		if k < 0 {
			break
		}
		s := off + k
		e := s
		for e < len(d.text) && d.text[e] == '!' {
			e++
		}
		out = append(out, Span{s, e})
		off = e
	}
	return out
}

// reportedPlea reports whether the plea at token i is someone else's,
// told as a fact: "she begged me to come", « elle m'a supplié d'y
// assister ». The writer's own plea ("I beg you") is not.
func (d *Doc) reportedPlea(i int) bool {
	lo := int(d.clauses[d.toks[i].clause].lo)
	if k := d.findBack(max(lo, i-3), i, catAskMe); k >= 0 && k+int(d.toks[k].n) > i {
		return true // the plea is inside "begged me to", « m'a supplié de »
	}
	if d.findBack(max(lo, i-3), i, catMe) < 0 && d.findIn(i+1, min(i+3, int(d.clauses[d.toks[i].clause].hi)), catMe) < 0 {
		return false
	}
	subj, _ := d.subjectAndIntent(int(d.toks[i].clause), i)
	return subj == subjOther
}

// commaAfter reports whether punctuation that ends a name (a comma,
// semicolon, colon or parenthesis) follows token k.
func (d *Doc) commaAfter(k int) bool {
	if k < 0 || k+1 >= len(d.toks) {
		return false
	}
	return strings.ContainsAny(d.text[d.toks[k].stop():d.toks[k+1].start], ",;:()")
}

// Happenings returns what the text says happened: a death, an accident,
// an illness, a surgery, a breakdown... (« décès », « AVC », « panne »).
func (d *Doc) Happenings() []Span {
	var out []Span
	for i := 0; i < len(d.toks); i++ {
		if t := d.toks[i]; t.cats&catHappening != 0 {
			out = append(out, d.spanOf(i, i+max(1, int(t.n))))
			i += max(1, int(t.n)) - 1
		}
	}
	return out
}

// HappeningIn reports whether sentence s tells of something that happened
// (a death, an illness, an accident, a breakdown: see Happenings), not
// long ago.
func (d *Doc) HappeningIn(s int) bool {
	if s < 0 || s >= len(d.sents) {
		return false
	}
	return d.currentHappening(int(d.sents[s].lo), int(d.sents[s].hi)) >= 0
}

// HappenedNow reports whether the text tells of something that happened
// that is not put in the past by a time phrase: an emergency, not
// background ("our father died ten years ago").
func (d *Doc) HappenedNow() bool { return d.currentHappening(0, len(d.toks)) >= 0 }

// NamesStudentForm reports whether the text names a student's papers (a
// SEVIS number, an I-20, a DS-2019, an F-1 or J-1 visa): the trip has a
// stated reason, a program's start.
func (d *Doc) NamesStudentForm() bool {
	for k := range d.toks {
		if d.toks[k].cats&catDocID == 0 {
			continue
		}
		switch d.key(k) {
		case "sevis", "i-20", "ds-2019", "ds-2019s", "f-1", "j-1", "m-1":
			return true
		}
	}
	return false
}

// currentHappening returns the first token in [lo, hi) that tells of
// something that happened, leaving out what a time phrase puts in the past
// ("her mother died last year", « décédé il y a deux ans ») and what the
// sentence says is over ("had a mild stroke but has fully recovered", «
// a eu un cancer, mais elle est guérie »): background, not the
// emergency. -1 when none.
func (d *Doc) currentHappening(lo, hi int) int {
	for k := max(lo, 0); k < hi && k < len(d.toks); k++ {
		if d.toks[k].cats&catHappening == 0 {
			continue
		}
		// The time phrase follows what happened: "died last year", «
		// décédé il y a dix ans» (before it, "last spring ... was
		// admitted" may be about something else).
		s := d.sents[d.sentOf(k)]
		// "one year after his death", « l'anniversaire de son décès »: it
		// is over too.
		if end := min(int(s.hi), k+7); d.findIn(k+1, end, catPastTime) < 0 && !d.earlierYear(k+1, end) && d.findIn(k+1, int(s.hi), catRecovered) < 0 &&
			d.findIn(max(int(s.lo), k-6), k, catRecovered) < 0 {
			return k
		}
	}
	return -1
}

// earlierYear reports whether tokens [lo, hi) say "in 2023", « en 2023 »:
// a bare year before the latest year the text writes ("passed away in
// 2023" in a text about December 2026). A text that writes no later
// year says nothing of when now is.
func (d *Doc) earlierYear(lo, hi int) bool {
	for k := lo; k+1 < hi; k++ {
		if key := d.key(k); key != "in" && key != "en" {
			continue
		}
		if y, ok := d.yearAt(k + 1); ok && y < d.latestYear() {
			return true
		}
	}
	return false
}

// latestYear is the latest year written in the text (0: none).
func (d *Doc) latestYear() int {
	if !d.yearsRead {
		d.yearsRead = true
		for k := range d.toks {
			if y, ok := d.yearAt(k); ok {
				d.maxYear = max(d.maxYear, y)
			}
		}
	}
	return d.maxYear
}
