package criteria

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// LintOptions configure Lint.
type LintOptions struct {
	MaxWords int // 0 means DefaultMaxWords
}

// Lint runs the prose rules (unacceptable-reason, vague, emotional,
// too-long) over a text written outside an answers file. Findings carry
// the line and column of what they found.
func Lint(text string, opt LintOptions) []Finding {
	max := opt.MaxWords
	if max <= 0 {
		max = DefaultMaxWords
	}
	p := newProse(text)
	fs := reasonFindings(p, "text", nil)
	fs = append(fs, pitfallFindings(p, "text", max)...)
	Sort(fs)
	return fs
}

// sentence is a span of the text between sentence ends.
type sentence struct {
	start int // byte offset in the text
	text  string
}

var abbreviations = map[string]bool{
	"dr": true, "mr": true, "mrs": true, "ms": true, "st": true, "jr": true, "sr": true, "inc": true,
	"ltd": true, "co": true, "corp": true, "ave": true, "mt": true, "no": true, "vs": true, "etc": true,
	"e.g": true, "i.e": true, "prof": true, "u.s": true, "a.m": true, "p.m": true,
}

// sentences splits text at '.', '!' or '?' followed by a space, and at blank
// lines. A single line break is a space: people wrap lines by hand.
func sentences(text string) []sentence {
	var out []sentence
	start := 0
	emit := func(end int) {
		if s := text[start:end]; strings.TrimSpace(s) != "" {
			out = append(out, sentence{start, s})
		}
		start = end
	}
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c == '\n' && i+1 < len(text) && isBlankLineAhead(text[i+1:]):
			emit(i + 1)
		case (c == '.' || c == '!' || c == '?') && (i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\n' || text[i+1] == '\t'):
			if c == '.' && isAbbreviation(text[start:i]) {
				continue
			}
			emit(i + 1)
		}
	}
	emit(len(text))
	return out
}

func isBlankLineAhead(s string) bool {
	for _, r := range s {
		switch r {
		case '\n':
			return true
		case ' ', '\t', '\r':
			continue
		}
		return false
	}
	return false
}

// isAbbreviation reports whether the text before a '.' ends in an
// abbreviation or a single initial ("Dr.", "A.").
func isAbbreviation(before string) bool {
	i := strings.LastIndexAny(before, " \n\t(")
	w := strings.ToLower(before[i+1:])
	if utf8.RuneCountInString(w) == 1 {
		return true
	}
	return abbreviations[w]
}

// reason is one of the reasons the posts never accept, as word lists.
type reason struct {
	name     string     // plain words for the message
	keyword  *phraseSet // what names it
	needsCue bool       // only a purpose when a cue is in the sentence
	requires *phraseSet // must also be in the sentence (nil: nothing)
	cue      *phraseSet // anywhere in the sentence, replaces the purpose cues before the keyword
	notAfter *phraseSet // a word just before the keyword that makes it something else
}

var reasons = []reason{
	{name: "attending a wedding", keyword: phrases("wedding", "weddings", "marriage ceremony", "get married", "getting married", "gets married")},
	{name: "attending a graduation", keyword: phrases("graduation", "graduating", "convocation", "commencement ceremony")},
	{name: "assisting a pregnant relative", needsCue: true,
		keyword: phrases("pregnant", "pregnancy", "give birth", "gives birth", "giving birth", "due date", "expecting a baby", "newborn", "new baby"),
		cue:     phrases("help", "helping", "assist", "assisting", "support", "supporting", "care for", "take care", "look after", "be with", "be there", "be present", "attend the birth")},
	{name: "an annual conference",
		keyword:  phrases("conference", "conferences", "convention", "trade show", "trade fair", "symposium", "annual meeting", "annual general meeting"),
		notAfter: phrases("video", "tele", "press", "news", "phone")},
	{name: "tourism or a vacation", keyword: phrases("tourism", "tourist", "vacation", "vacations", "holiday", "holidays", "sightseeing", "road trip", "disney*", "cruise", "ski trip", "spring break")},
	{name: "tickets already bought",
		keyword:  phrases("ticket", "tickets", "flight", "flights", "airfare", "airfares", "air fare", "plane"),
		requires: phrases("already", "non-refundable", "nonrefundable", "bought", "purchased", "paid for"),
		cue:      phrases("because", "since", "as", "so", "therefore")},
}

var (
	// emergencyWords mark a sentence about a real emergency: an excluded
	// word in it is a circumstance, not the purpose ("collapsed at the wedding").
	emergencyWords = phrases("died", "dead", "death", "deceased", "passed away", "dying", "funeral", "burial", "collapsed",
		"accident", "intensive care", "icu", "hospitali*", "hospital", "surgery", "surgical", "critical", "life-threatening",
		"life threatening", "stroke", "heart attack", "cardiac", "cancer", "tumor", "tumors", "tumour", "tumours", "diagnos*",
		"injury", "injuries", "injured", "coma", "terminal", "palliative", "hospice", "ventilator", "life support", "gravely",
		"seriously ill", "transplant", "emergency room", "surgeon", "operation", "treatment", "chemotherapy",
		"seizure", "overdose", "ambulance", "paramedics", "doctor", "physician", "oncologist", "cardiologist")
	// purposeCues before an excluded word make it the purpose of the trip.
	purposeCues = phrases("attend", "attending", "go to", "going to", "be at", "be present", "present at", "celebrate",
		"celebrating", "for", "witness", "officiate", "participate", "participating", "join", "joining", "travel",
		"travelling", "traveling", "visit", "visiting", "invited", "invitation", "guest", "help", "helping", "assist",
		"assisting", "support", "supporting", "care for", "take care", "be with", "plan", "planned", "planning", "book",
		"booked", "enjoy", "spend", "present", "presenting", "speak", "speaking", "exhibit", "exhibiting", "register",
		"registered")
	bePresent = phrases("be there", "be present", "be by her side", "be by his side", "be by their side")
	// passingWords just before an excluded word make it a place or a time.
	passingWords = phrases("at", "during", "after", "before", "since", "while", "following", "from")
)

// prose is a text prepared once for every prose rule.
type prose struct {
	text      string
	sents     []sentence
	toks      []token
	spans     [][2]int // token range of each sentence
	lines     lineIndex
	emergency map[int]bool // sentences about a real emergency; nil until asked
}

// emergencySentences returns the sentences that name a real emergency. It
// is worked out once, and only for texts that name an excluded reason.
func (p *prose) emergencySentences() map[int]bool {
	if p.emergency == nil {
		p.emergency = map[int]bool{}
		for j := 0; j < len(p.toks); j++ {
			if m := emergencyWords.matchAt(p.toks, j, len(p.toks)); m > 0 {
				p.emergency[p.toks[j].sent] = true
				j += m - 1
			}
		}
	}
	return p.emergency
}

func newProse(text string) *prose {
	sents := sentences(text)
	toks := tokenize(text, sents)
	return &prose{text: text, sents: sents, toks: toks, spans: sentenceSpans(toks, len(sents)), lines: newLineIndex(text)}
}

func (p *prose) sentenceText(s int) string { return strings.TrimSpace(p.sents[s].text) }

// reasonFindings reports each excluded reason that reads as the purpose of
// the trip, at most once each, from the text and then the evidence items.
func reasonFindings(p *prose, field string, evidence []string) []Finding {
	return reasonFindingsIn(p, field, evidence, false)
}

// purposeFindings reports the excluded reasons in a text that states the
// purpose of the trip itself (event.what): every mention counts, unless the
// sentence is about a real emergency.
func purposeFindings(p *prose, field string) []Finding {
	return reasonFindingsIn(p, field, nil, true)
}

func reasonFindingsIn(p *prose, field string, evidence []string, purpose bool) []Finding {
	var fs []Finding
	fired := map[string]bool{}
	if len(p.toks) > 0 {
		for _, r := range reasons {
			if i, n := p.reasonMatch(r, purpose); i >= 0 {
				fired[r.name] = true
				t := p.toks[i]
				f := reasonFinding(r, field, p.text[t.start:p.toks[i+n-1].end], p.sentenceText(t.sent))
				f.Line, f.Column = p.lines.position(t.start)
				fs = append(fs, f)
			}
		}
	}
	for k, item := range evidence {
		p := newProse(item)
		for _, r := range reasons {
			if fired[r.name] {
				continue
			}
			if i, n := p.reasonMatch(r, false); i >= 0 {
				fired[r.name] = true
				f := reasonFinding(r, "evidence", item[p.toks[i].start:p.toks[i+n-1].end], item)
				f.Message = fmt.Sprintf("Evidence item %d (%q) points to %s as the purpose of the trip. ", k+1, clip(item, 60), r.name) + reasonFix
				fs = append(fs, f)
			}
		}
	}
	return fs
}

const reasonFix = "The posts never accept that as an emergency. If that is the reason, book a regular appointment as early as you can; if the emergency is something else, state it plainly and leave this out."

func reasonFinding(r reason, field, match, sentence string) Finding {
	f := newFinding(RuleUnacceptableReason, Error, field,
		"The purpose of the trip reads as %s (%q). %s", r.name, clip(sentence, 80), reasonFix)
	f.Match = match
	return f
}

// reasonMatch returns the first place (token index and length) where r
// reads as the purpose of the trip, or -1. In a purpose text every mention
// is a purpose.
func (p *prose) reasonMatch(r reason, purpose bool) (int, int) {
	for i := 0; i < len(p.toks); i++ {
		n := r.keyword.matchAt(p.toks, i, len(p.toks))
		if n == 0 {
			continue
		}
		emergency := p.emergencySentences()
		textEmergency := len(emergency) > 0
		s := p.toks[i].sent
		lo, hi := p.spans[s][0], p.spans[s][1]
		if emergency[s] || (r.requires != nil && !r.requires.in(p.toks, lo, hi)) {
			continue
		}
		if r.notAfter != nil && i > lo && r.notAfter.matchAt(p.toks, i-1, i) > 0 {
			continue
		}
		cue := purpose
		switch {
		case purpose:
		case r.cue != nil:
			cue = r.cue.in(p.toks, lo, hi)
		default:
			cue = purposeCues.in(p.toks, max(lo, i-8), i) || bePresent.in(p.toks, lo, hi)
		}
		passing := passingWords.in(p.toks, max(lo, i-3), i)
		switch {
		case r.needsCue && !cue:
		case passing && !cue && r.cue == nil:
		case textEmergency && !cue:
		default:
			return i, n
		}
		i += n - 1
	}
	return -1, 0
}

var (
	emotionalWords = phrases("please please", "i beg", "begging", "desperate", "desperately", "god bless", "i pray",
		"praying", "have mercy", "heartbroken", "heart broken", "i am devastated", "we are devastated",
		"i'm devastated", "my only hope", "our only hope",
		"my last hope", "our last hope", "in tears", "i am crying", "please help", "breaking my heart", "i can't live",
		"for the love of god")
	shoutWords = map[string]bool{"URGENT": true, "PLEASE": true, "HELP": true, "EMERGENCY": true, "IMMEDIATELY": true, "DYING": true, "ASAP": true, "NOW": true}

	monthWords = phrases("january", "jan", "february", "feb", "march", "mar", "april", "apr", "may", "june", "jun",
		"july", "jul", "august", "aug", "september", "sept", "sep", "october", "oct", "november", "nov", "december", "dec")
	whenWords = phrases("yesterday", "today", "tonight", "tomorrow", "last night", "last week", "last month",
		"this morning", "this week", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"days ago", "weeks ago", "hours ago", "day ago", "week ago")
	placeWords = phrases("hospital", "clinic", "medical center", "medical centre", "funeral home", "university",
		"college", "school", "headquarters", "office", "plant", "factory", "site", "stadium", "arena")
	placePreps = phrases("in", "at", "to", "from", "near")
	whoWords   = phrases("father", "mother", "dad", "mom", "mum", "parent", "parents", "son", "daughter", "child",
		"children", "brother", "sister", "sibling", "husband", "wife", "spouse", "grand*", "uncle", "aunt", "cousin",
		"employer", "company", "client", "customer", "manager", "boss", "ceo", "organizer", "organiser", "committee",
		"team", "doctor", "physician", "surgeon", "oncologist", "dr")
	fillerWords = phrases("family matter", "personal reason", "personal reasons", "personal matter", "urgent matter",
		"urgent reason", "urgent reasons", "urgent business matter", "various reasons", "presence is essential",
		"presence is required", "presence is needed", "presence is necessary", "it is important", "it is very important",
		"it is essential", "family emergency")
)

const minWords = 20

// pitfallFindings reports the weak-writing pitfalls of a text.
func pitfallFindings(p *prose, field string, maxWords int) []Finding {
	if len(p.toks) == 0 {
		return nil
	}
	var fs []Finding
	words := len(strings.Fields(p.text))
	if f, ok := p.vagueFinding(field, words); ok {
		fs = append(fs, f)
	}
	if f, ok := p.emotionalFinding(field); ok {
		fs = append(fs, f)
	}
	if words > maxWords {
		fs = append(fs, newFinding(RuleTooLong, Warning, field,
			"The text has %d words; keep it under %d. Officers read quickly and most posts give one chance: lead with the facts and let the documents carry the detail.", words, maxWords))
	}
	return fs
}

func isDigits(s string) bool {
	return s != "" && strings.IndexFunc(s, func(r rune) bool { return r < '0' || r > '9' }) < 0
}

// isDayNumber accepts 5, 21st, 3rd.
func isDayNumber(s string) bool {
	s = strings.TrimRight(s, "stndrh")
	return isDigits(s) && len(s) <= 2
}

// isNumericDate accepts 2026-11-20, 11/20, 20/11/2026.
func isNumericDate(s string) bool {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == '/' })
	if len(parts) < 2 || len(parts) > 3 || !strings.ContainsAny(s, "-/") {
		return false
	}
	for _, x := range parts {
		if !isDigits(x) {
			return false
		}
	}
	return true
}

func (p *prose) hasWhen() bool {
	t := p.toks
	for i := range t {
		if isNumericDate(t[i].low) || whenWords.matchAt(t, i, len(t)) > 0 {
			return true
		}
		if monthWords.matchAt(t, i, len(t)) > 0 &&
			((i+1 < len(t) && isDayNumber(t[i+1].low)) || (i > 0 && isDayNumber(t[i-1].low)) || (i > 1 && t[i-1].low == "of" && isDayNumber(t[i-2].low))) {
			return true
		}
	}
	return false
}

func isCapitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func (p *prose) hasWhere() bool {
	t := p.toks
	for i := range t {
		if placeWords.matchAt(t, i, len(t)) > 0 {
			return true
		}
		if i > 0 && isCapitalised(t[i].orig) && t[i].orig != "I" {
			prev := i - 1
			if t[prev].low == "the" && prev > 0 {
				prev--
			}
			if t[prev].sent == t[i].sent && placePreps.matchAt(t, prev, prev+1) > 0 {
				return true
			}
		}
		// ", MA" style state abbreviations.
		if len(t[i].orig) == 2 && strings.ToUpper(t[i].orig) == t[i].orig && t[i].start >= 2 && p.text[t[i].start-2:t[i].start] == ", " {
			return true
		}
	}
	return false
}

func isNameWord(s string) bool {
	return isCapitalised(s) && len(s) > 1 && strings.ToUpper(s) != s
}

func (p *prose) hasWho() bool {
	t := p.toks
	for i := range t {
		if whoWords.matchAt(t, i, len(t)) > 0 {
			return true
		}
		if i > 0 && isNameWord(t[i].orig) && isNameWord(t[i-1].orig) && p.text[t[i-1].end:t[i].start] == " " {
			return true
		}
	}
	return false
}

func (p *prose) vagueFinding(field string, words int) (Finding, bool) {
	if words < minWords {
		return newFinding(RuleVague, Warning, field,
			"The text is very short (%d words). An officer needs the facts: what happened, when (a date), where (city, hospital or company), and who is involved, by name.", words), true
	}
	var missing []string
	if !p.hasWhen() {
		missing = append(missing, "when (a date)")
	}
	if !p.hasWhere() {
		missing = append(missing, "where (a city, hospital or company)")
	}
	if !p.hasWho() {
		missing = append(missing, "who is involved (a name or relationship)")
	}
	filler := ""
	if i, n := fillerWords.find(p.toks, 0, len(p.toks)); i >= 0 {
		filler = p.text[p.toks[i].start:p.toks[i+n-1].end]
	}
	if len(missing) >= 2 || (filler != "" && len(missing) >= 1) {
		msg := "The text does not say " + joinAnd(missing) + "."
		if filler != "" {
			msg = fmt.Sprintf("%q says nothing an officer can check, and the text does not say %s.", filler, joinAnd(missing))
		}
		return newFinding(RuleVague, Warning, field,
			"%s State what happened, when, where and who, for example: \"On 2026-11-20 my father, Paul Tremblay, was admitted to Massachusetts General Hospital in Boston after a car accident.\"", msg), true
	}
	return Finding{}, false
}

func (p *prose) emotionalFinding(field string) (Finding, bool) {
	type hit struct {
		at   int
		text string
	}
	var hits []hit
	for i := 0; i < len(p.toks) && len(hits) < 8; i++ {
		if n := emotionalWords.matchAt(p.toks, i, len(p.toks)); n > 0 {
			hits = append(hits, hit{p.toks[i].start, p.text[p.toks[i].start:p.toks[i+n-1].end]})
			i += n - 1
		}
	}
	if i := strings.Index(p.text, "!!"); i >= 0 {
		j := i
		for j < len(p.text) && p.text[j] == '!' {
			j++
		}
		hits = append(hits, hit{i, p.text[i:j]})
	}
	if at, s, ok := shouting(p.text); ok && !slices.ContainsFunc(hits, func(h hit) bool { return at >= h.at && at < h.at+len(h.text) }) {
		hits = append(hits, hit{at, s})
	}
	if len(hits) == 0 {
		return Finding{}, false
	}
	slices.SortStableFunc(hits, func(a, b hit) int { return a.at - b.at })
	var quoted []string
	seen := map[string]bool{}
	for _, h := range hits {
		k := strings.ToLower(h.text)
		if !seen[k] && len(quoted) < 4 {
			seen[k] = true
			quoted = append(quoted, fmt.Sprintf("%q", clip(h.text, 40)))
		}
	}
	verb := "are"
	if len(quoted) == 1 {
		verb = "is"
	}
	f := newFinding(RuleEmotional, Warning, field,
		"%s %s a plea, not a fact. Officers decide on facts: state what happened, when and where, calmly, and let the documents show the urgency.",
		strings.Join(quoted, ", "), verb)
	f.Line, f.Column = p.lines.position(hits[0].at)
	f.Match = hits[0].text
	return f, true
}

// shouting finds a run of three or more words in capitals, or one of the
// shouted words (URGENT, PLEASE...). Acronyms such as ICU or SEVIS alone are
// not shouting.
func shouting(text string) (at int, match string, ok bool) {
	runStart, runLen, runEnd := -1, 0, 0
	i := 0
	for _, w := range strings.Fields(text) {
		j := strings.Index(text[i:], w) + i
		i = j + len(w)
		core := strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		if shoutWords[core] {
			return j, w, true
		}
		if isCapsWord(core) {
			if runLen == 0 {
				runStart = j
			}
			runLen++
			runEnd = i
			if runLen >= 3 {
				return runStart, text[runStart:runEnd], true
			}
			continue
		}
		runLen = 0
	}
	return 0, "", false
}

func isCapsWord(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

func joinAnd(parts []string) string {
	switch len(parts) {
	case 0:
		return ""
	case 1:
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " or " + parts[len(parts)-1]
}

// clip shortens s to n characters on one line, for quoting in a message.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// lineIndex maps byte offsets to 1-based line and character columns.
type lineIndex struct {
	text   string
	starts []int
}

func newLineIndex(text string) lineIndex {
	starts := []int{0}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			starts = append(starts, i+1)
		}
	}
	return lineIndex{text, starts}
}

func (l lineIndex) position(off int) (line, col int) {
	lo, hi := 0, len(l.starts)
	for lo+1 < hi {
		mid := (lo + hi) / 2
		if l.starts[mid] <= off {
			lo = mid
		} else {
			hi = mid
		}
	}
	return lo + 1, utf8.RuneCountInString(l.text[l.starts[lo]:off]) + 1
}
