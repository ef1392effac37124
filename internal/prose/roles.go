package prose

import (
	"slices"
	"sort"
	"strings"
	"time"
)

// Role is what a mention does in its sentence.
type Role uint8

// The roles of a mention.
const (
	// Unclear: named, but neither as the applicant's purpose nor as a
	// circumstance ("My sister's wedding is on December 3.").
	Unclear Role = iota
	// Purpose: what the writer (I, we, the applicant) travels or intends to
	// do ("I need to attend my sister's wedding", « pour assister au
	// mariage »), also across two sentences ("Her due date is Dec 3. She
	// asked me to be with her.").
	Purpose
	// Circumstance: when or where something else happened, or what another
	// person was doing ("collapsed at the wedding", "where he had gone to
	// present at a yearly conference", « lors du congrès »).
	Circumstance
	// Negated: denied or set aside ("this is not a conference", "instead
	// of the wedding", « ce n'est pas un congrès »).
	Negated
	// InName: part of a proper name ("Graduate Hospital", "Wedding Chapel
	// Road").
	InName
)

var roleNames = [...]string{"unclear", "purpose", "circumstance", "negated", "name"}

func (r Role) String() string {
	if int(r) < len(roleNames) {
		return roleNames[r]
	}
	return "role?"
}

// Mention is one place where a family's term appears.
type Mention struct {
	Family   string
	Span     Span // the matched words
	Sentence int
	Role     Role
	Cue      Span // the words that decided the role (zero for Unclear)
	// Recurring: a marker in the sentence (or the next one) says the thing
	// recurs: annual, every year, each spring, the 12th edition, « annuel ».
	Recurring     bool
	RecurrenceCue Span
	// OneOff: a marker next to it says it happens once: extraordinary,
	// emergency, special, called on a date, « extraordinaire ».
	OneOff    bool
	OneOffCue Span
	// Past: its clause says it already happened, or happens as a habit
	// ("I attended convocation in October", "I usually cover the auto
	// show", « après ma collation des grades »).
	Past    bool
	PastCue Span
	// Writer: the nearest subject before it in its clause is the writer,
	// with no intent cue between ("I'm five months pregnant", « je suis
	// enceinte »): it says what the writer is, not what they go to.
	Writer bool
}

type subjectKind uint8

const (
	subjNone subjectKind = iota
	subjSelf
	subjOther
)

// Match is where a term of a matcher's family stands: no role read.
type Match struct {
	Family   string
	Span     Span
	Sentence int
}

// Matches finds every term of m's families in the text, in the text's
// language, longest first, without reading roles: for the words that only
// say something is near (cues, requirements, exclusions), many and
// common, where a role would be read for nothing.
func (d *Doc) Matches(m *Matcher) []Match {
	hits := d.hits(m, false)
	if len(hits) == 0 {
		return nil
	}
	out := make([]Match, 0, len(hits))
	for _, h := range hits {
		a := int(h[0])
		out = append(out, Match{Family: m.ids[h[2]], Span: d.spanOf(a, int(h[1])), Sentence: d.sentOf(a)})
	}
	return out
}

// hitWalker walks the terms' trie from a token: the longest term that
// starts there (in words), and the terms of that length of other families
// too (a word may belong to several: "the ceremony" of a wedding and of a
// graduation).
type hitWalker struct {
	d                *Doc
	lm               *langMatcher
	wc               *wordCache
	loose            bool
	bestLen, bestEnd int
	fams             []int32
	sent             int
}

// matches returns the matcher words the doc word w matches, worked out
// once per vocabulary.
func (h *hitWalker) matches(w int32) []int32 {
	wc := h.wc
	at := wc.at[w]
	if at.off < 0 {
		d := h.d
		off := int32(len(wc.flat))
		noFuzzy := d.words[w].cats[d.li]&catNoFuzzy != 0
		wc.flat = h.lm.wordMatches(&d.words[w], noFuzzy, wc.flat)
		at = matchSpan{off, int32(len(wc.flat)) - off}
		wc.at[w] = at
	}
	return wc.flat[at.off : at.off+at.n]
}

// walk records node n, reached at token j after depth words, and goes on
// to its kids by the words of token j (and, read loosely, of the token
// after an ordinal, and any determiner for an article).
func (h *hitWalker) walk(n int32, j, depth int) {
	lm, d := h.lm, h.d
	nd := lm.nodes[n]
	if nf := lm.fams[nd.famLo:nd.famHi]; len(nf) > 0 {
		if depth > h.bestLen {
			h.bestLen, h.bestEnd, h.fams = depth, j, append(h.fams[:0], nf...)
		} else if depth == h.bestLen {
			for _, f := range nf {
				if !slices.Contains(h.fams, f) {
					h.fams = append(h.fams, f)
				}
			}
		}
	}
	if nd.kidLo == nd.kidHi {
		return
	}
	h.step(n, j, depth)
	if h.loose && j < len(d.toks) && d.isOrdinal(j) {
		h.step(n, j+1, depth)
	}
}

// step goes from node n to the kids that token j's words lead to.
func (h *hitWalker) step(n int32, j, depth int) {
	lm, d := h.lm, h.d
	if j >= len(d.toks) || d.sentOf(j) != h.sent {
		return
	}
	ms := h.matches(d.toks[j].word)
	for _, w := range ms {
		if c := lm.child(n, w); c >= 0 {
			h.walk(c, j+1, depth+1)
		}
	}
	if h.loose && len(lm.articles) > 0 && d.isDeterminer(j) {
		for _, w := range lm.articles {
			if c := lm.child(n, w); c >= 0 && !slices.Contains(ms, w) {
				h.walk(c, j+1, depth+1)
			}
		}
	}
}

// hits are the token ranges [lo, hi) and family of every term of m.
// Loose, for the terms read as mentions: an ordinal in the text may sit
// between two words of a term ("our 10th anniversary", « son premier
// bébé »), and a term's indefinite article stands for any determiner.
func (d *Doc) hits(m *Matcher, loose bool) [][3]int32 {
	if m == nil || len(d.toks) == 0 {
		return nil
	}
	lm := m.langs[d.li]
	if len(lm.nodes) == 0 {
		return nil
	}
	// Each distinct word of the vocabulary is matched once, for every text
	// it reads.
	wc := d.v.caches[cacheKey{m, d.li}]
	if wc == nil {
		wc = &wordCache{}
		d.v.caches[cacheKey{m, d.li}] = wc
	}
	for len(wc.at) < len(d.words) {
		wc.at = append(wc.at, matchSpan{off: -1})
	}
	h := hitWalker{d: d, lm: lm, wc: wc, loose: loose}
	var rawHits [][3]int32 // token lo, hi, family
	for i := 0; i < len(d.toks); i++ {
		ws := h.matches(d.toks[i].word)
		if len(ws) == 0 {
			continue
		}
		h.bestLen, h.bestEnd, h.fams, h.sent = 0, 0, h.fams[:0], d.sentOf(i)
		for _, w := range ws {
			if r := lm.root[w]; r > 0 {
				h.walk(r-1, i+1, 1)
			}
		}
		if h.bestLen > 0 {
			for _, f := range h.fams {
				rawHits = append(rawHits, [3]int32{int32(i), int32(h.bestEnd), f})
			}
			i = h.bestEnd - 1
		}
	}
	return rawHits
}

// Mentions finds every term of m's families in the text, in the text's
// language, longest first, and gives each its role.
func (d *Doc) Mentions(m *Matcher) []Mention {
	rawHits := d.hits(m, true)
	if len(rawHits) == 0 {
		return nil
	}
	out := make([]Mention, 0, len(rawHits))
	mentionClause := map[int32]bool{}
	for _, h := range rawHits {
		mentionClause[d.toks[h[0]].clause] = true
	}
	for _, h := range rawHits {
		a, b := int(h[0]), int(h[1])
		mt := Mention{Family: m.ids[h[2]], Span: d.spanOf(a, b), Sentence: d.sentOf(a)}
		var cue Span
		mt.Role, cue = d.role(a, b, m.names[h[2]])
		mt.Cue = cue
		if k, n := d.recurrence(a, b, rawHits); k >= 0 {
			mt.Recurring, mt.RecurrenceCue = true, d.spanOf(k, k+n)
		}
		if k, n := d.oneOff(a, b); k >= 0 {
			mt.OneOff, mt.OneOffCue = true, d.spanOf(k, k+n)
		}
		if lo := int(d.clauses[d.toks[a].clause].lo); mt.Role != Negated {
			k := d.findBack(max(lo, a-8), a, catPast)
			habit := k >= 0 && d.habitSince(k, b)
			if q := d.tokenAt(mt.Cue.Start); mt.Role == Purpose && (d.perfectProgressive(q) || habit && q <= k) {
				// "I have been going to the Boston marathon for ten years",
				// "I have attended it for five years": a habit told, not
				// this trip's intent; unclear, the purpose only when
				// nothing happened.
				mt.Role, mt.Cue = Unclear, Span{}
			}
			if k >= 0 && d.findIn(k+1, a, catAnd) < 0 && !d.alreadyBooked(k) && !habit {
				mt.Past, mt.PastCue = true, d.spanOf(k, k+max(1, int(d.toks[k].n)))
			} else if sp, ok := d.wasOnDayPast(b); ok {
				mt.Past, mt.PastCue = true, sp
			}
			if k := d.denied(a); k >= 0 {
				mt.Role, mt.Cue = Negated, d.spanOf(k, k+max(1, int(d.toks[k].n)))
			}
		}
		mt.Writer = d.writerState(a)
		out = append(out, mt)
	}
	// A purpose split across sentences or clauses: an unclear mention next
	// to a clause where the writer intends to go or be there, about nothing
	// else.
	for k := range out {
		if out[k].Role != Unclear {
			continue
		}
		a := d.tokenAt(out[k].Span.Start)
		if c, ok := d.purposeNearby(a, mentionClause); ok {
			out[k].Role, out[k].Cue = Purpose, c
		}
	}
	// The same event named again ("an extraordinary meeting ... This
	// meeting"): what was said of it once holds, so a one-off event stays
	// one, whatever the later sentence's words.
	for k := range out {
		if out[k].OneOff {
			continue
		}
		a := d.tokenAt(out[k].Span.Start)
		if a == 0 || !pointsBack[d.key(a-1)] {
			continue
		}
		key := foldString(d.text[out[k].Span.Start:out[k].Span.End])
		for j := k - 1; j >= 0; j-- {
			if out[j].OneOff && out[j].Family == out[k].Family && foldString(d.text[out[j].Span.Start:out[j].Span.End]) == key {
				out[k].OneOff, out[k].OneOffCue = true, out[j].OneOffCue
				break
			}
		}
	}
	// A stand-in: another person's plan, kept or called off, that the
	// writer takes over ("Dr. Park was to present at the annual meeting
	// ... I will give the talk in her place", « elle devait présenter au
	// congrès ... d'y aller à sa place »).
	for k := range out {
		if out[k].Role != Circumstance && out[k].Role != Negated || out[k].Cue == (Span{}) {
			continue
		}
		a := d.tokenAt(out[k].Span.Start)
		lo := int(d.clauses[d.toks[a].clause].lo)
		if d.findBack(lo, a, catIntent|catNegationPre) < 0 {
			continue // a stand-in takes over a plan, not an accident
		}
		if subj, _ := d.subjectAndIntent(int(d.toks[a].clause), a); subj != subjOther {
			continue
		}
		s := d.sentOf(a)
		end := int(d.sents[min(s+2, len(d.sents)-1)].hi)
		if st := d.findIn(a+1, end, catStandIn); st >= 0 {
			out[k].Role, out[k].Cue = Purpose, d.spanOf(st, st+max(1, int(d.toks[st].n)))
		}
	}
	// Going along: someone else's trip to the event, with the writer
	// going with them ("My father wants to attend my son's graduation and
	// cannot travel without me", « il ne peut pas voyager sans moi », "I
	// will go with him"), when nothing happened there.
	for k := range out {
		planned := out[k].Role == Negated && d.toks[d.tokenAt(out[k].Cue.Start)].cats&catNegationPre != 0 // « devait aller seul »
		if out[k].Role != Circumstance && !planned && !(out[k].Past && out[k].Role == Unclear) {
			continue
		}
		a := d.tokenAt(out[k].Span.Start)
		ci := d.toks[a].clause
		lo := int(d.clauses[ci].lo)
		if d.findBack(lo, a, catIntent|catModal) < 0 {
			continue // a plan of theirs, not where something happened
		}
		if subj, _ := d.subjectAndIntent(int(ci), a); subj != subjOther {
			continue
		}
		s := d.sentOf(a)
		last := min(s+1, len(d.sents)-1)
		if d.currentHappening(int(d.sents[s].lo), int(d.sents[last].hi)) >= 0 {
			continue
		}
		for q := d.findIn(a+1, int(d.sents[last].hi), catAccompany); q >= 0; q = d.findIn(q+1, int(d.sents[last].hi), catAccompany) {
			n := max(1, int(d.toks[q].n))
			qc := d.toks[q].clause
			subj, _ := d.subjectAndIntent(int(qc), q)
			// "I will go with him"; "he cannot travel alone", « il ne peut
			// pas voyager sans moi » (not "I will stay alone with the kids").
			alone := d.findIn(q, q+n, catMe) >= 0 || d.key(q) == "alone" || d.key(q) == "seul" || d.key(q) == "seule" || d.key(q) == "by"
			qlo := int(d.clauses[qc].lo)
			writer := subj == subjSelf && !alone || subj == subjOther && alone && d.findIn(qlo, q, catNegation) >= 0 ||
				subj == subjOther && !alone && d.someoneIn(qlo, q) // "he needs someone to travel with him": the writer asks to be that someone
			if !writer || qc == ci {
				continue
			}
			out[k].Role, out[k].Cue, out[k].Past = Purpose, d.spanOf(q, q+n), false
			break
		}
	}
	return out
}

// habitSince reports whether the past marker at k is a perfect of
// attending ("I have attended", « j'ai assisté ») that the clause, after
// the mention ending at b, says is a habit ("for the past five years",
// "every year since 2015"): the event goes on, so this year's is ahead.
func (d *Doc) habitSince(k, b int) bool {
	if k > 0 && (d.key(k) == "attended" || d.key(k) == "assiste") {
		k-- // "attended" after "have" is a phrase of its own too
	}
	switch d.key(k) + " " + d.key(min(k+1, len(d.toks)-1)) {
	case "have attended", "has attended", "ai assiste", "a assiste", "avons assiste":
	default:
		return false
	}
	hi := int(d.clauses[d.toks[k].clause].hi)
	return d.findIn(b, hi, catRecurring) >= 0
}

// perfectProgressive reports whether the cue at token q follows "have
// been", "has been" or "had been" ("I have been going to", "we have been
// attending"): something done for a while, not an intent.
func (d *Doc) perfectProgressive(q int) bool {
	if q < 2 || q >= len(d.toks) || d.key(q-1) != "been" {
		return false
	}
	switch d.key(q - 2) {
	case "have", "has", "had", "i've", "we've", "ive":
		return true
	}
	return false
}

// someoneIn reports whether tokens [lo, hi) say "someone", « quelqu'un ».
func (d *Doc) someoneIn(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		switch d.key(k) {
		case "someone", "somebody", "quelqu'un", "quelqu":
			return true
		}
	}
	return false
}

// wasOnDayPast reads, just after a mention that ends at token b, "was in
// June 2026", "took place on October 3", « a eu lieu en juin »: a day or
// a month a week or more before the day the text is read (ReadOn), which
// makes the event past.
func (d *Doc) wasOnDayPast(b int) (Span, bool) {
	if d.today.IsZero() || b >= len(d.toks) {
		return Span{}, false
	}
	s := d.sentOf(b - 1)
	for k := b; k < len(d.toks) && k < b+3 && d.sentOf(k) == s; k++ {
		switch d.key(k) {
		case "was", "were", "took", "happened", "etait", "eu", "tenu", "tenue", "deroule", "deroulee":
		default:
			continue
		}
		from, to := int(d.toks[k].start), int(d.toks[min(k+6, len(d.toks)-1)].stop())
		for _, dt := range d.Dates() {
			if dt.Span.Start < from || dt.Span.Start >= to {
				continue
			}
			if _, last, ok := dt.bounds(d.today); ok && d.today.Sub(last) >= 7*24*time.Hour {
				return Span{int(d.toks[k].start), dt.Span.End}, true
			}
		}
		return Span{}, false
	}
	return Span{}, false
}

// alreadyBooked reports whether the past marker at k is "already" said of
// a booking ("I already paid for the cruise", « j'ai déjà payé mon
// forfait »): what was booked is still to come.
func (d *Doc) alreadyBooked(k int) bool {
	if key := d.key(k); key != "already" && key != "deja" {
		return false
	}
	return k+1 < len(d.toks) && d.toks[k+1].cats&catForesee != 0
}

// namedPlace are the words after which an event's word names a place
// ("the convention center", "the Super Bowl stadium", « la salle de
// réception » reads the other way and is left to the terms).
var namedPlace = map[string]bool{"stadium": true, "arena": true, "center": true, "centre": true, "hall": true, "hotel": true, "venue": true, "grounds": true, "street": true, "road": true, "avenue": true, "boulevard": true, "drive": true}

// pointsBack are the determiners that name again what was named before.
var pointsBack = map[string]bool{"this": true, "that": true, "the": true, "ce": true, "cet": true, "cette": true, "le": true, "la": true, "l": true}

// MarkWriter makes the writer's own name a subject that means the writer,
// as "I" does: a request written by a helper ("My client, Pierre Gagnon,
// needs to attend", "Ms. Roy must be at his bedside"). given is the
// applicant's first name, written alone or before the surname; surname
// counts after a title (Mr., Ms., « M. », « Mme ») or after the given
// name. Call it before Mentions.
func (d *Doc) MarkWriter(given, surname string) {
	g, sn := foldString(given), foldString(surname)
	if len(g) < 2 && len(sn) < 2 {
		return
	}
	// The name ends at i: no capitalised word follows in its sentence
	// ("Pr Martin Caron" is someone else's "Martin").
	endsAt := func(i int) bool {
		return i+1 >= len(d.toks) || d.toks[i+1].flags&fCap == 0 || d.sentOf(i+1) != d.sentOf(i)
	}
	for i := range d.toks {
		t := &d.toks[i]
		if t.flags&fCap == 0 {
			continue
		}
		k := d.key(i)
		switch {
		case len(g) >= 2 && k == g && d.single(i)&(catFunction|catPlaceUS|catPlaceCA|catPlaceOther|catMonth) == 0 &&
			(endsAt(i) || len(sn) >= 2 && d.key(i+1) == sn):
			t.cats |= catSelf
		case len(sn) >= 2 && k == sn && i > 0 && d.single(i-1)&catTitle != 0 && endsAt(i):
			t.cats |= catSelf
		}
	}
}

// writerState reports whether the nearest subject before token a in its
// clause is the writer, with no intent, modal or request cue in the clause
// before a.
func (d *Doc) writerState(a int) bool {
	lo := int(d.clauses[d.toks[a].clause].lo)
	if d.findBack(lo, a, catIntent|catModal|catAskMe) >= 0 {
		return false
	}
	for k := a - 1; k >= lo; k-- {
		c := d.single(k)
		if c&catSelf != 0 {
			return true
		}
		if c&(catOther|catKin|catPossessive|catMe) != 0 {
			return false
		}
	}
	return false
}

// denied finds, after the mention in its sentence or in the next one, a
// phrase that denies it is the point ("but I am not travelling for
// that", « ce n'est pas la raison »).
func (d *Doc) denied(a int) int {
	s := d.sentOf(a)
	end := int(d.sents[s].hi)
	if s+1 < len(d.sents) {
		end = int(d.sents[s+1].hi)
	}
	return d.findIn(a+1, end, catDeny)
}

// tokenAt is the index of the token starting at byte off.
func (d *Doc) tokenAt(off int) int {
	lo, hi := 0, len(d.toks)
	for lo < hi {
		m := (lo + hi) / 2
		if int(d.toks[m].start) < off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// role classifies the mention at tokens [a, b).
func (d *Doc) role(a, b int, isName bool) (Role, Span) {
	if s, ok := d.nameAround(a, b); ok && !isName {
		return InName, s
	}
	if b < len(d.toks) && d.sentOf(b) == d.sentOf(a) && namedPlace[strings.TrimSuffix(d.key(b), "'s")] && d.text[d.toks[b-1].stop():d.toks[b].start] == " " {
		// "the Super Bowl stadium's lighting", "the convention center":
		// a place or a body named after the event, not the event.
		return InName, d.spanOf(a, b+1)
	}
	ci := d.toks[a].clause
	c := d.clauses[ci]
	lo := int(c.lo)
	if k, n, neg := d.negation(lo, a, b, int(c.hi)); neg {
		return Negated, d.spanOf(k, k+n)
	}
	subj, intent := d.subjectAndIntent(int(ci), a)
	if k := d.findBack(int(d.sents[c.sent].lo), a, catFrame); k >= 0 {
		return Purpose, d.spanOf(k, k+int(d.toks[k].n))
	}
	circ := d.findBack(max(lo, a-4), a, catCircumstance|catAt)
	happening := d.currentHappening(lo, int(c.hi))
	if k := d.findBack(max(lo, a-6), a, catCircumstance); k >= 0 && !(subj == subjSelf && intent >= 0 && intent < k) && !d.forDate(k, a) && !d.subjectAfter(k, a) {
		// "after my graduation", « lors du congrès »: when something else
		// happened, whoever speaks.
		return Circumstance, d.spanOf(k, k+max(1, int(d.toks[k].n)))
	}
	if h := d.findBack(max(lo, a-5), a, catHappening); h >= 0 && d.findIn(h+1, a, catAnd|catBreak|catIntent|catModal|catFor) < 0 {
		// "a hailstorm destroyed the harvest", « un incendie a ravagé le
		// salon »: what something that happened struck.
		return Circumstance, d.spanOf(h, h+max(1, int(d.toks[h].n)))
	}
	if h := d.findIn(b, min(b+4, int(c.hi)), catHappening); h >= 0 && d.findIn(b, h, catAnd|catBreak) < 0 && d.findIn(lo, a, catSelf|catOther|catIntent|catModal|catAskMe) < 0 {
		// "the annual inspection found a cracked boiler", « la
		// vérification annuelle a révélé une fraude »: what the event
		// itself brought about.
		return Circumstance, d.spanOf(h, h+max(1, int(d.toks[h].n)))
	}
	if circ >= 0 && happening >= 0 {
		// "I have to tell you my father collapsed at the wedding"
		return Circumstance, d.spanOf(circ, circ+max(1, int(d.toks[circ].n)))
	}
	if ci > 0 && d.clauses[ci-1].sent == c.sent && describesSomeone[d.key(lo)] && !d.writerAntecedent(int(ci)) {
		if k := d.findIn(lo, int(c.hi), catPastTime); k >= 0 {
			// "invited me, the elder who lit the qulliq at last year's
			// summit": what someone did in the past says who they are,
			// not what the trip is for.
			return Circumstance, d.spanOf(k, k+max(1, int(d.toks[k].n)))
		}
	}
	if happening > b && (b < int(c.hi) && d.single(b)&catKin != 0 || a > lo && d.single(a-1)&catKin != 0) {
		// "my pregnant sister was in a car crash", « ma sœur enceinte a
		// eu un accident »: the mention says who it happened to.
		return Circumstance, d.spanOf(happening, happening+max(1, int(d.toks[happening].n)))
	}
	if subj == subjSelf && intent >= 0 {
		return Purpose, d.spanOf(intent, intent+max(1, int(d.toks[intent].n)))
	}
	if subj == subjSelf {
		if k := d.findBack(max(lo, a-3), a, catFor); k >= 0 && d.findBack(lo, a, catTrip|catRequestVerb) >= 0 {
			return Purpose, d.spanOf(k, a)
		}
	}
	if subj == subjOther {
		if happening < 0 {
			happening = d.happeningAround(ci)
		}
		act := d.findBack(lo, a, catIntent)
		switch {
		case circ >= 0 && (happening >= 0 || d.toks[circ].cats&catCircumstance != 0):
			return Circumstance, d.spanOf(circ, circ+max(1, int(d.toks[circ].n)))
		case act >= 0:
			return Circumstance, d.spanOf(act, act+max(1, int(d.toks[act].n)))
		case happening >= 0:
			return Circumstance, d.spanOf(happening, happening+max(1, int(d.toks[happening].n)))
		}
	}
	if circ >= 0 && (happening >= 0 || d.currentHappening(int(d.sents[c.sent].lo), int(d.sents[c.sent].hi)) >= 0) {
		return Circumstance, d.spanOf(circ, circ+max(1, int(d.toks[circ].n)))
	}
	// "I must fly to Boston because my sister is getting married": the
	// cause of the writer's stated intent.
	if d.toks[lo].cats&catCause != 0 && ci > 0 && d.clauses[ci-1].sent == c.sent && happening < 0 {
		if s, in := d.subjectAndIntent(int(ci-1), int(d.clauses[ci-1].hi)); s == subjSelf && in >= 0 {
			return Purpose, d.spanOf(in, in+max(1, int(d.toks[in].n)))
		}
	}
	// "I bought my ticket the same day because my mother died": what the
	// clause names is explained by an emergency in the next clause of the
	// same sentence.
	// « parce » may close a clause of its own before « que ».
	if int(ci)+1 < len(d.clauses) {
		if n := d.clauses[ci+1]; n.sent == c.sent && d.toks[n.lo].cats&catCause != 0 {
			hi := int(n.hi)
			if int(ci)+2 < len(d.clauses) && d.clauses[ci+2].sent == c.sent && hi-int(n.lo) <= int(d.toks[n.lo].n) {
				hi = int(d.clauses[ci+2].hi)
			}
			if d.currentHappening(int(n.lo), hi) >= 0 {
				return Circumstance, d.spanOf(int(n.lo), int(n.lo)+max(1, int(d.toks[n.lo].n)))
			}
		}
	}
	return Unclear, Span{}
}

// subjectAfter reports whether a subject pronoun (I, we, she, « je »)
// stands between the circumstance word at k and the mention at a: the
// circumstance governed what came before it, and the mention is in the
// main clause ("After my divorce I need a break").
func (d *Doc) subjectAfter(k, a int) bool {
	for j := k + max(1, int(d.toks[k].n)); j < a; j++ {
		if k := d.key(j); d.single(j)&(catSelf|catOther) != 0 && d.single(j)&catPossessive == 0 && !relativeStart[k] && !describesSomeone[k] {
			return true
		}
	}
	return false
}

// forDate reports whether the circumstance word at k only sets a date
// and a "for" then names what the request is for: "an appointment before
// December 15 for my son's graduation", « avant le 15 décembre pour la
// remise de diplôme ».
func (d *Doc) forDate(k, a int) bool {
	f := d.findIn(k+1, a, catFor)
	if f < 0 || d.key(f) == "to" {
		return false
	}
	for _, dt := range d.Dates() {
		if s := d.tokenAt(dt.Span.Start); s > k && s < f {
			return true
		}
	}
	return false
}

// happeningAround returns the first token of the sentence of clause ci
// that tells of something happening now, leaving out a later clause that
// gives a cause ("Diego is getting married, and my mother asked me to walk
// with her because my father died": the death explains, the wedding is
// not where it happened), and a clause that describes someone ("my
// mother, who has cancer, wants the whole family at the wedding": her
// illness did not happen at the wedding); -1 when none.
func (d *Doc) happeningAround(ci int32) int {
	s := d.clauses[ci].sent
	first := ci
	for first > 0 && d.clauses[first-1].sent == s {
		first--
	}
	for k := first; int(k) < len(d.clauses) && d.clauses[k].sent == s; k++ {
		c := d.clauses[k]
		if k > ci && d.toks[c.lo].cats&catCause != 0 {
			continue
		}
		if k != ci && describesSomeone[d.key(int(c.lo))] {
			continue // "my mother, who has cancer, wants the whole family there"
		}
		if h := d.currentHappening(int(c.lo), int(c.hi)); h >= 0 {
			return h
		}
	}
	return -1
}

// findBack returns the last token in [lo, hi) that starts a phrase of c, or -1.
func (d *Doc) findBack(lo, hi int, c cat) int {
	for k := hi - 1; k >= lo && k >= 0; k-- {
		if d.toks[k].cats&c != 0 {
			return k
		}
	}
	return -1
}

// findIn returns the first token in [lo, hi) that starts a phrase of c, or -1.
func (d *Doc) findIn(lo, hi int, c cat) int {
	for k := max(lo, 0); k < hi && k < len(d.toks); k++ {
		if d.toks[k].cats&c != 0 {
			return k
		}
	}
	return -1
}

// negation finds a negation whose scope covers the mention [a, b) in the
// clause [lo, hi): "not", "never", "n't", « pas », « jamais » up to eight
// words before, "instead of", « plutôt que » up to six, or "cancelled"
// just after. "can't miss" is not a negation of what follows.
func (d *Doc) negation(lo, a, b, hi int) (int, int, bool) {
	for k := a - 1; k >= lo && a-k <= 8; k-- {
		t := d.toks[k]
		if t.cats&catNegationPre != 0 {
			return k, int(t.n), true
		}
		if t.cats&catNegation != 0 || d.single(k)&catNegation != 0 {
			if d.findIn(max(lo, k-1), a, catMiss) >= 0 || d.findIn(k+1, a, catNegation) >= 0 {
				return 0, 0, false // "can't miss", "won't refund my ticket", « ne rembourse pas », "not ... not"
			}
			return k, max(1, int(t.n)), true
		}
	}
	for k := max(lo, a-6); k < a; k++ {
		if d.toks[k].cats&catCancel != 0 {
			return k, max(1, int(d.toks[k].n)), true // "postponed the wedding"
		}
	}
	// Called off just after, the event's own words between ("the
	// conference was cancelled", « le congrès annuel de notre entreprise a
	// été annulé »), up to a cause or another clause.
	joined := false
	for k := b; k < hi && k-b < 8; k++ {
		if d.toks[k].cats&catCancel != 0 && (k-b < 5 || !joined) {
			return k, max(1, int(d.toks[k].n)), true
		}
		joined = joined || d.toks[k].cats&(catAnd|catBreak|catCause) != 0
	}
	return 0, 0, false
}

// subjectAndIntent finds who acts in clause ci before token a, and the
// last intent cue ("need to attend", « pour assister ») before a. A clause
// with no subject of its own takes the one of the clause before it in the
// sentence, then the one after; a sentence with none is the writer's
// ("Need to attend my sister's wedding.").
func (d *Doc) subjectAndIntent(ci, a int) (subjectKind, int) {
	c := d.clauses[ci]
	lo := int(c.lo)
	intent := d.findBack(lo, a, catIntent|catModal|catAskMe)
	subj := d.subjectIn(lo, a, intent)
	if d.writerAntecedent(ci) {
		subj = subjSelf // "I am the one who has to walk her down the aisle"
	}
	if subj == subjNone && intent > lo+1 && relativeStart[d.key(lo)] {
		subj = subjOther // "a conference which new students attend": the words between are its subject
	}
	if subj == subjNone {
		for k := ci - 1; k >= 0 && d.clauses[k].sent == c.sent; k-- {
			pc := d.clauses[k]
			if s := d.subjectIn(int(pc.lo), int(pc.hi), -1); s != subjNone {
				subj = s
				if intent < 0 && k == ci-1 {
					intent = d.findBack(int(pc.lo), int(pc.hi), catIntent|catModal|catAskMe)
				}
				break
			}
		}
	}
	if subj == subjNone {
		for k := ci + 1; k < len(d.clauses) && d.clauses[k].sent == c.sent; k++ {
			nc := d.clauses[k]
			if s := d.subjectIn(int(nc.lo), int(nc.hi), -1); s != subjNone {
				subj = s
				break
			}
		}
	}
	if subj == subjNone {
		subj = subjSelf
	}
	return subj, intent
}

// writerAntecedent reports whether clause ci is a relative clause about
// the writer: "who" or « qui » after "the one", "me", « celle », in a
// sentence whose clause before has the writer as its subject ("I am the
// one who has to", « c'est moi qui dois »).
func (d *Doc) writerAntecedent(ci int) bool {
	c := d.clauses[ci]
	lo := int(c.lo)
	if ci == 0 || lo == 0 || d.clauses[ci-1].sent != c.sent {
		return false
	}
	if k := d.key(lo); k != "who" && k != "qui" {
		return false
	}
	if !writerHeads[d.key(lo-1)] {
		return false
	}
	p := d.clauses[ci-1]
	return d.subjectIn(int(p.lo), int(p.hi), -1) == subjSelf || d.key(lo-1) == "me" || d.key(lo-1) == "moi"
}

// writerHeads are the words a relative clause about the writer follows.
var writerHeads = map[string]bool{"one": true, "ones": true, "person": true, "me": true, "moi": true, "celui": true, "celle": true, "ceux": true, "celles": true, "seul": true, "seule": true, "seuls": true, "seules": true, "personne": true}

// describesSomeone starts a clause that says who someone is (« ma mère,
// atteinte d'un cancer, »).
var describesSomeone = map[string]bool{"who": true, "whom": true, "qui": true, "atteint": true, "atteinte": true, "atteints": true, "atteintes": true, "souffrant": true, "souffrante": true}

// relativeStart are the pronouns that open a relative clause whose
// subject, when the writer is not named in it, is someone else.
var relativeStart = map[string]bool{"which": true, "that": true, "que": true, "qu": true}

// subjectIn reads the subject of tokens [lo, hi): the writer when I, we,
// « je », "asked me to" come before the intent cue (or anywhere when
// there is none); someone else for he, she, « il », a possessive, a
// relative ("my father") or a capitalised name.
func (d *Doc) subjectIn(lo, hi, intent int) subjectKind {
	limit := hi
	if intent >= 0 && intent < hi {
		limit = intent + 1
	}
	for k := lo; k < limit; k++ {
		if d.toks[k].cats&(catSelf|catAskMe) != 0 {
			return subjSelf
		}
	}
	for k := lo; k < limit; k++ {
		c := d.single(k)
		if c&catSelf != 0 {
			return subjSelf
		}
		if k == lo && k > 0 && c&catOther != 0 && d.toks[k-1].cats&(catSelf|catMe) != 0 && (d.key(k) == "who" || d.key(k) == "qui") {
			return subjSelf // "it is me who must", « c'est moi qui dois »
		}
		if c&(catOther|catKin) != 0 {
			return subjOther
		}
		if c&catPossessive != 0 && k+1 < hi && d.single(k+1)&catKin != 0 {
			return subjOther
		}
	}
	return subjNone
}

// purposeNearby looks for the writer's intent about an unclear mention at
// token a in a neighbouring clause that names nothing else: later in the
// same sentence, in the next sentence when it points back ("there", "with
// her"), or in the previous sentence when the mention's clause starts with
// a pronoun ("It is my brother's wedding.").
func (d *Doc) purposeNearby(a int, mentionClause map[int32]bool) (Span, bool) {
	ci := d.toks[a].clause
	s := d.clauses[ci].sent
	subj, _ := d.subjectAndIntent(int(ci), a)
	otherSubject := subj == subjOther
	// The next sentence, and the one after when the next one only goes on
	// about it ("He is marrying Luis. It is on December 12. I have to be
	// there."): a sentence that opens on "it", "this" or "there".
	last := s + 1
	if int(s)+1 < len(d.sents) && d.single(int(d.sents[s+1].lo))&(catNeutral|catAnaphor) != 0 {
		last = s + 2
	}
	check := func(k int32, needAnaphor bool) (Span, bool) {
		if mentionClause[k] {
			return Span{}, false
		}
		c := d.clauses[k]
		if d.currentHappening(int(c.lo), int(c.hi)) >= 0 {
			return Span{}, false
		}
		// "if I am not there", « si je ne suis pas là »: the writer's
		// absence feared is the purpose stated as a condition.
		if ab := d.findIn(int(c.lo), int(c.hi), catAbsent); ab >= 0 {
			return d.spanOf(ab, min(int(c.hi), ab+max(1, int(d.toks[ab].n)))), true
		}
		if d.findIn(int(c.lo), int(c.hi), catNegation) >= 0 {
			return Span{}, false
		}
		if otherSubject && d.findIn(int(c.lo), int(c.hi), catStandIn) >= 0 {
			// "She just gave birth; I will go in her place": a stand-in
			// takes over someone's plan (see Mentions), not what
			// happened to them.
			return Span{}, false
		}
		subj, intent := d.subjectAndIntent(int(k), int(c.hi))
		if subj != subjSelf || intent < int(c.lo) {
			return Span{}, false
		}
		if n := k + 1; int(n) < len(d.clauses) && d.clauses[n].sent == c.sent && d.toks[d.clauses[n].lo].cats&catCause != 0 {
			// "this time I travel because my mother had a stroke on
			// November 22": the intent answers what happened, said with
			// when (a loss without a day is background: "because our
			// parents have passed away").
			if d.datedHappening(n) {
				return Span{}, false
			}
		}
		if needAnaphor && d.findIn(intent, int(c.hi), catAnaphor) < 0 && d.findIn(int(c.lo), int(c.hi), catAskMe) < 0 {
			return Span{}, false
		}
		return d.spanOf(intent, min(int(c.hi), intent+max(1, int(d.toks[intent].n)))), true
	}
	for k := ci + 1; int(k) < len(d.clauses) && d.clauses[k].sent <= last; k++ {
		if sp, ok := check(k, d.clauses[k].sent != s); ok {
			return sp, true
		}
		// Something that happened in between, said with when, is what a
		// later intent answers ("the annual meeting is on December 15,
		// but their CFO died on November 20, and I must take over"); a
		// loss said without a day is background ("our parents passed
		// away and I am the one walking him in").
		if d.datedHappening(k) {
			break
		}
	}
	first := d.clauses[ci].lo
	if d.single(int(first))&(catOther|catNeutral) != 0 && s > 0 {
		for k := ci - 1; k >= 0 && d.clauses[k].sent >= s-1; k-- {
			if sp, ok := check(k, false); ok {
				return sp, true
			}
		}
	}
	return Span{}, false
}

// datedHappening reports whether clause ci tells of something that
// happened and says when (a month, "yesterday"): an emergency a later
// intent answers, unlike a loss told without a day ("our parents passed
// away"), which is background.
func (d *Doc) datedHappening(ci int32) bool {
	c := d.clauses[ci]
	return d.currentHappening(int(c.lo), int(c.hi)) >= 0 && d.findIn(int(c.lo), int(c.hi), catMonth|catRelativeTime) >= 0
}

// nameAround reports whether the mention [a, b) is part of a proper name
// that has a head word: a run of capitalised words ("Graduate Hospital",
// "Wedding Chapel Road", « Hôpital du Mariage »).
func (d *Doc) nameAround(a, b int) (Span, bool) {
	for k := a; k < b; k++ {
		if d.toks[k].flags&fCap == 0 {
			return Span{}, false
		}
	}
	if s, ok := d.quotedTitle(a, b); ok {
		return s, true
	}
	sent := d.sentOf(a)
	capOrLink := func(k int) bool {
		if k < 0 || k >= len(d.toks) || d.sentOf(k) != sent {
			return false
		}
		if k < a && d.commaAfter(k) || k >= b && d.commaAfter(k-1) {
			return false
		}
		return d.toks[k].flags&fCap != 0 || (d.single(k)&catNameLink != 0 && k+1 < len(d.toks) && k > 0 &&
			d.toks[k+1].flags&fCap != 0 && d.toks[k-1].flags&fCap != 0)
	}
	lo, hi := a, b
	for capOrLink(lo - 1) {
		lo--
	}
	for capOrLink(hi) {
		hi++
	}
	if hi-lo < 2 {
		return Span{}, false
	}
	for k := lo; k < hi; k++ {
		// A head word ends or heads the name ("Graduate Hospital",
		// "Wedding Chapel Road"); a place's last word may be the mention
		// itself when a capitalised word comes first ("Myrtle Beach",
		// "Palm Springs"), not an event's ("Dance Festival" is one).
		if (k < a || k >= b) && d.single(k)&catOrgHead != 0 && d.toks[k].flags&fCap != 0 {
			return d.spanOf(lo, hi), true
		}
		if k >= a && k < b && lo < a && d.single(k)&catPlaceHead != 0 && d.toks[k].flags&fCap != 0 {
			return d.spanOf(lo, hi), true
		}
	}
	return Span{}, false
}

// recurrence finds a recurrence marker in the mention's sentence, or in
// the next one when it starts with a pronoun ("It is held every year.").
// "the first edition" is not one, and neither is an adjective of another
// event of hits that stands between ("the annual Detroit conference ...
// a meeting with the trustee": the conference is annual, not the meeting).
func (d *Doc) recurrence(a, b int, hits [][3]int32) (int, int) {
	s := d.sentOf(a)
	find := func(si int) (int, int) {
		st := d.sents[si]
		for k := int(st.lo); k < int(st.hi); k++ {
			if d.toks[k].cats&catRecurring == 0 {
				continue
			}
			if d.single(k)&catRecurring != 0 && k > 0 && d.isFirst(k-1) && d.words[d.toks[k].word].key[0] == 'e' {
				continue // first edition
			}
			if d.qualifiesOther(k, int(d.toks[k].n), a, b) {
				continue // "our annual report", "quarterly filings"
			}
			if d.qualifiesEvent(k, a, hits) {
				continue
			}
			return k, max(1, int(d.toks[k].n))
		}
		return -1, 0
	}
	if k, n := find(s); k >= 0 {
		return k, n
	}
	// "the Fall Meeting", "the 9th Energy Summit", "Summit 2026": a season,
	// an ordinal or a year in the event's name says it is one of a series.
	st := d.sents[s]
	for k := a - 1; k >= max(int(st.lo), a-4); k-- {
		if d.single(k)&catSeason != 0 && k == a-1 {
			return k, 1
		}
		if d.isOrdinal(k) && !d.isFirst(k) {
			if k+1 < len(d.toks) && (d.single(k+1)&(catMonth|catOf) != 0) {
				break // "the 9th of December"
			}
			if k+1 < len(d.toks) && jubilee[d.key(k+1)] {
				break // "the 100th anniversary gala": a jubilee comes once
			}
			return k, 1
		}
		if _, ok := d.yearAt(k); ok && d.capitalisedRun(k+1, a+1) && (k == 0 || d.toks[k-1].flags&fDigits == 0 && d.single(k-1)&catMonth == 0) {
			return k, 1 // "the 2026 Fintech Week", not "December 8, 2026 Summit"
		}
		if d.single(k)&(catMonth|catWeekday) != 0 || d.toks[k].flags&fDigits != 0 {
			break
		}
	}
	// "Summit 2026", "DevOps Days Chicago 2026", « la Semaine de la
	// fintech 2026 »: a year after a capitalised name.
	for k := b; d.toks[a].flags&fCap != 0 && k < len(d.toks) && k <= b+3 && d.sentOf(k) == s; k++ {
		if _, ok := d.yearAt(k); ok {
			return k, 1
		}
		if d.toks[k].flags&fCap == 0 && d.single(k)&catNameLink == 0 || d.single(k)&catMonth != 0 {
			break // "the Summit of December 2026" is a date
		}
	}
	if s+1 < len(d.sents) {
		first := int(d.sents[s+1].lo)
		if d.single(first)&(catNeutral|catOther) != 0 {
			return find(s + 1)
		}
	}
	return -1, 0
}

// jubilee are the words after an ordinal that count years since a
// founding, not editions: "the 250th anniversary gala", « le 100e
// anniversaire ».
var jubilee = map[string]bool{"anniversary": true, "birthday": true, "anniversaire": true, "jubilee": true, "jubile": true}

// capitalisedRun reports whether tokens [lo, hi) are all capitalised
// words (a name), and there is at least one.
func (d *Doc) capitalisedRun(lo, hi int) bool {
	if lo >= hi {
		return false
	}
	for k := lo; k < hi; k++ {
		if d.toks[k].flags&fCap == 0 {
			return false
		}
	}
	return true
}

// qualifiesOther reports whether the recurrence marker of n tokens at k
// is an adjective of another noun than the event [a, b): "our annual
// report", "quarterly filings", "yearly sales of $40 million", « le
// rapport annuel ». An adverbial marker ("every year", "annually",
// « chaque année ») says when the event is, and an adjective qualifies
// the event when it stands just before it ("annual general meeting"),
// inside it, after it in French (« congrès annuel »), before a name
// ("Annual Dealer Meeting") or before a function word or a pause.
func (d *Doc) qualifiesOther(k, n, a, b int) bool {
	last, adjective := d.adjectiveMarker(k, n)
	if !adjective {
		return false // adverbial
	}
	if k >= a && k < b {
		return false
	}
	content := func(i int) bool {
		t := d.toks[i]
		return t.flags&(fCap|fHasDigit) == 0 && t.flags&fAlpha != 0 && d.single(i)&(catFunction|catRecurring) == 0
	}
	if d.li == 1 { // French: the adjective follows its noun, maybe after another
		if k >= b && k-b <= 2 || k == 0 || n != 1 {
			return false // « congrès annuel », « colloque scientifique annuel »
		}
		return content(k-1) && d.text[d.toks[k-1].stop():d.toks[k].start] == " "
	}
	end := last + 1
	if k < a && a-end <= 2 || end >= len(d.toks) || d.sentOf(end) != d.sentOf(k) {
		return false
	}
	return content(end) && d.text[d.toks[last].stop():d.toks[end].start] == " "
}

// adjectiveMarker returns the last token of the recurrence marker of n
// tokens at k, and whether the marker is an adjective ("annual",
// « annuel ») rather than an adverbial that says when ("every year",
// "annually", « annuellement »).
func (d *Doc) adjectiveMarker(k, n int) (last int, adjective bool) {
	last = k + max(n, 1) - 1
	key := d.key(last)
	return last, d.single(last)&catRecurring != 0 && !strings.HasSuffix(key, "ally") && !strings.HasSuffix(key, "ment")
}

// qualifiesEvent reports whether the recurrence marker at k, before the
// event at a, is an adjective of another event of hits that stands
// between them: at most two words after it in English ("annual Detroit
// conference"), just before it in French (« le congrès annuel »).
func (d *Doc) qualifiesEvent(k, a int, hits [][3]int32) bool {
	last, adjective := d.adjectiveMarker(k, int(d.toks[k].n))
	if k >= a || !adjective {
		return false // after the event, or adverbial ("every year")
	}
	// The hits are in the text's order, and a phrase is at most a few
	// words long: only those starting near the marker are read, so a long
	// text stays linear.
	from := sort.Search(len(hits), func(i int) bool { return int(hits[i][0]) >= k-maxPhrase })
	for _, h := range hits[from:] {
		s, e := int(h[0]), int(h[1])
		if s > last+3 {
			break
		}
		if s == a {
			continue
		}
		if d.li == 1 && e <= k && k-e <= 1 {
			return true
		}
		if d.li == 0 && s > last && s < a && s-last <= 3 {
			return true
		}
	}
	return false
}

// maxPhrase bounds the words of a reason's phrase, for reading back.
const maxPhrase = 16

// isDeterminer reports whether token j is a determiner, which a term's
// indefinite article stands for when read loosely: "having a baby" is
// also "having her first baby" (the ordinal is skipped by hits).
func (d *Doc) isDeterminer(j int) bool {
	if d.single(j)&catPossessive != 0 {
		return true
	}
	switch d.key(j) {
	case "a", "an", "the", "un", "une", "le", "la", "l":
		return true
	}
	return false
}

// isOrdinal reports whether token k is an ordinal: 9th, 12e, 3ème, ninth.
func (d *Doc) isOrdinal(k int) bool {
	if d.single(k)&catOrdinal != 0 {
		return true
	}
	key := d.key(k)
	i := 0
	for i < len(key) && key[i] >= '0' && key[i] <= '9' {
		i++
	}
	if i == 0 || i == len(key) {
		return false
	}
	switch key[i:] {
	case "st", "nd", "rd", "th", "e", "eme", "ieme", "er", "re", "ere":
		return true
	}
	return false
}

func (d *Doc) isFirst(k int) bool {
	switch d.key(k) {
	case "first", "1st", "premiere", "premier", "1re", "1ere", "1er", "inaugural":
		return true
	}
	return false
}

// oneOff finds a one-off marker up to four words before the mention or six
// after it in its clause ("an emergency board meeting", "a special session
// called on Nov 20", « assemblée extraordinaire »), or a "first edition".
func (d *Doc) oneOff(a, b int) (int, int) {
	c := d.clauses[d.toks[a].clause]
	for k := max(int(c.lo), a-4); k < min(int(c.hi), b+6); k++ {
		if k >= a && k < b {
			continue
		}
		if d.toks[k].cats&catOneOff != 0 {
			return k, max(1, int(d.toks[k].n))
		}
		if d.isFirst(k) && k+1 < len(d.toks) && d.single(k+1)&catRecurring != 0 {
			return k, 2
		}
	}
	return -1, 0
}

// quotedTitle reports whether the mention [a, b) stands in a quoted title
// that starts with a capital ("We will dance 'A Wedding in the Steppes'").
func (d *Doc) quotedTitle(a, b int) (Span, bool) {
	st := d.sents[d.sentOf(a)]
	start, end := int(st.start), int(st.end)
	open := -1
	for i := int(d.toks[a].start) - 1; i >= start; i-- {
		switch c := d.text[i]; {
		case c == '"' || c == '\'' && (i == 0 || !isLetterByte(d.text[i-1])):
			open = i
		case strings.HasPrefix(d.text[i:], "«") || strings.HasPrefix(d.text[i:], "\u201c") || strings.HasPrefix(d.text[i:], "\u2018"):
			open = i
		}
		if open >= 0 {
			break
		}
	}
	if open < 0 {
		return Span{}, false
	}
	for i := int(d.toks[b-1].stop()); i < end && i < len(d.text); i++ {
		c := d.text[i]
		if c == '"' || c == '\'' && (i+1 >= len(d.text) || !isLetterByte(d.text[i+1])) || strings.HasPrefix(d.text[i:], "»") || strings.HasPrefix(d.text[i:], "\u201d") || strings.HasPrefix(d.text[i:], "\u2019") && (i+3 >= len(d.text) || !isLetterByte(d.text[i+3])) {
			if i-open > 120 {
				return Span{}, false
			}
			return Span{open, i + 1}, true
		}
	}
	return Span{}, false
}

func isLetterByte(c byte) bool { return asciiClass[c&0x7f] == 1 || c >= 0x80 }
