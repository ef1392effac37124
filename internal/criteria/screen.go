package criteria

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/expedite/expedite/internal/answers"
	"github.com/expedite/expedite/internal/catalog"
	"github.com/expedite/expedite/internal/prose"
)

// The prose screen: package prose reads what each sentence of the
// description does (the applicant's purpose, a circumstance, a negation, a
// name...), and these rules judge it. Structured facts come first: the
// criterion's summary fields (Screen.Facts, its Purpose) are read as
// statements of the purpose. A reason never accepted is an error only in
// the applicant's purpose clause; elsewhere, when the role is unclear, it
// is a warning that quotes the sentence.
const (
	RuleUnacceptableReason = "eligibility.unacceptable-reason"
	RuleForeseeable        = "eligibility.foreseeable"
	RuleOutsideUS          = "eligibility.outside-us"
	RuleNotMinor           = "eligibility.not-minor"
	RuleSpectator          = "eligibility.spectator"
	RuleUnclearPurpose     = "pitfall.unclear-purpose"
	RuleNoSpecifics        = "pitfall.no-specifics"
	RuleAsksForDate        = "pitfall.asks-for-date"
	RuleNotQualifying      = "eligibility.not-qualifying"
)

// Field paths the screening rules read.
const (
	patientPath     = "patient"
	patientBornPath = "medical.patient_born"
	eventRolePath   = "event.role"
	spectatorRole   = "spectator"
	adultAge        = 18
)

// reasonSet is a country's reasons compiled into one prose matcher.
type reasonSet struct {
	m       *prose.Matcher // the reasons' terms
	aux     *prose.Matcher // their requires, excludes and cues
	reasons map[string]*catalog.Reason
}

// Family id suffixes for a reason's other lists.
const (
	famRequires = "#requires"
	famExcludes = "#excludes"
	famCues     = "#cues"
	famKnown    = "#known"
	famUnless   = "#unless"
	famGeneric  = "#generic"
	famContext  = "#context"
	famCalm     = "#calm"
	famArgues   = "#argues"
	famWatch    = "#watch"
)

var reasonSets sync.Map // *catalog.Country -> *reasonSet

func reasonsOf(co *catalog.Country) *reasonSet {
	if rs, ok := reasonSets.Load(co); ok {
		return rs.(*reasonSet)
	}
	rs := &reasonSet{reasons: map[string]*catalog.Reason{}}
	for _, r := range co.Reasons {
		rs.reasons[r.ID] = r
	}
	fams, aux := ReasonFamilies(co)
	// The catalog validates every term list, so these compile. The built-in
	// catalog's are compiled ahead of time (prose's matchers_gen.go).
	rs.m = prose.MustCompile(fams)
	rs.aux = prose.MustCompile(aux)
	reasonSets.Store(co, rs)
	return rs
}

// qualifySets are the compiled qualifies lists, per criterion and fact.
var qualifySets sync.Map // *catalog.Criterion -> []*prose.Matcher (one per Screen.Qualifies)

func qualifiersOf(cr *catalog.Criterion) []*prose.Matcher {
	if ms, ok := qualifySets.Load(cr); ok {
		return ms.([]*prose.Matcher)
	}
	var ms []*prose.Matcher
	for _, fams := range QualifyFamilies(cr) {
		ms = append(ms, prose.MustCompile(fams)) // validated by the catalog
	}
	qualifySets.Store(cr, ms)
	return ms
}

// QualifyFamilies is, for each of cr's qualifies lists, the one family
// an answer must name.
func QualifyFamilies(cr *catalog.Criterion) [][]prose.Family {
	var out [][]prose.Family
	for _, q := range cr.Screen.Qualifies {
		f := prose.Family{ID: cr.ID + ":" + q.Field, Terms: map[prose.Lang][]string{}}
		for l, words := range q.Terms {
			f.Terms[prose.Lang(l)] = words
		}
		out = append(out, []prose.Family{f})
	}
	return out
}

// notQualifyingFindings: an answer to a fact with a qualifies list that
// names none of it, or only denies it ("he is not in danger"), in a case
// whose description names none of it either (an answer such as "see the
// description" leaves it to the description, which the officer reads too).
func notQualifyingFindings(a *answers.Answers, cr *catalog.Criterion, desc *reading) []Finding {
	names := func(doc *prose.Doc, m *prose.Matcher) bool {
		for _, mt := range doc.Mentions(m) {
			if mt.Role != prose.Negated {
				return true
			}
		}
		return false
	}
	var fs []Finding
	for i, m := range qualifiersOf(cr) {
		path := cr.Screen.Qualifies[i].Field
		v := a.Get(path)
		if isBlank(v) || names(prose.Parse(v), m) || desc != nil && names(desc.doc, m) {
			continue // a blank answer: required.* says so
		}
		fs = append(fs, newFinding(RuleNotQualifying, Warning, path, map[string]any{
			"criterion": cr.ID, "answer": clip(v, 80)}))
	}
	return fs
}

// MatcherFamilies are all the sets of families the engine compiles from
// co: go generate compiles them ahead of time.
func MatcherFamilies(co *catalog.Country) [][]prose.Family {
	terms, aux := ReasonFamilies(co)
	sets := [][]prose.Family{terms, aux}
	for _, cr := range co.Criteria {
		sets = append(sets, QualifyFamilies(cr)...)
	}
	return sets
}

// ReasonFamilies is what the engine looks for in a text for co's reasons:
// each reason's terms and known events, and apart from them its requires,
// excludes, cues and unless lists. go generate compiles the built-in
// catalog's ahead of time with it.
func ReasonFamilies(co *catalog.Country) (terms, aux []prose.Family) {
	add := func(to *[]prose.Family, id string, t catalog.Terms) {
		if len(t) == 0 {
			return
		}
		f := prose.Family{ID: id, Terms: map[prose.Lang][]string{}, Names: strings.HasSuffix(id, famKnown)}
		for l, words := range t {
			f.Terms[prose.Lang(l)] = words
		}
		*to = append(*to, f)
	}
	for _, r := range co.Reasons {
		add(&terms, r.ID, r.Terms)
		add(&terms, r.ID+famKnown, r.Known)
		add(&aux, r.ID+famRequires, r.Requires)
		add(&aux, r.ID+famExcludes, r.Excludes)
		add(&aux, r.ID+famCues, r.Cues)
		add(&aux, r.ID+famUnless, r.Unless)
		add(&terms, r.ID+famGeneric, r.Generic)
		add(&aux, r.ID+famContext, r.Context)
		add(&terms, r.ID+famCalm, r.Calm)
		add(&terms, r.ID+famWatch, r.Watch)
		add(&aux, r.ID+famArgues, r.Argues)
	}
	return terms, aux
}

// reading is a text read once by package prose, for every prose rule.
type reading struct {
	text  string
	field string
	doc   *prose.Doc
	lines lineIndex
	base  int             // where the text starts in the one lines indexes
	as    readAs          // who wrote it for whom, and when it is read
	ments []prose.Mention // of the reasons' terms
	aux   []prose.Match   // of their requires, excludes and cues

	excludes []prose.Match           // the aux matches of excluded phrases, in order
	auxSents map[string]map[int]bool // aux family -> sentences it appears in
	// mentSents is the same for the terms' mentions, made on first use.
	mentSents map[string]map[int]bool
}

// readAs is how a text is read: from which day (zero when not known: no
// day is read as long past) and for which applicant (their name as a
// subject is the writer, "Ms. Roy must attend"; empty when not known).
type readAs struct {
	today     time.Time
	applicant string
	spectator bool // the applicant's role at the event is a spectator's (eligibility.spectator says it)
}

func newReading(co *catalog.Country, text, field string, as readAs) *reading {
	return readDoc(co, prose.Parse(text), field, newLineIndex(text), 0, as)
}

// readDoc reads a parsed text for the prose rules. lines and base place
// it in a longer text it is a piece of (positions are the longer text's).
func readDoc(co *catalog.Country, doc *prose.Doc, field string, lines lineIndex, base int, as readAs) *reading {
	if parts := strings.Fields(as.applicant); len(parts) > 0 {
		doc.MarkWriter(parts[0], parts[len(parts)-1]) // before roles are read
	}
	doc.ReadOn(as.today)
	rs := reasonsOf(co)
	r := &reading{text: doc.Text(), field: field, doc: doc, lines: lines, base: base, as: as, ments: doc.Mentions(rs.m)}
	if len(r.ments) > 0 {
		r.aux = doc.Matches(rs.aux)
		r.auxSents = map[string]map[int]bool{}
		for _, o := range r.aux {
			if strings.HasSuffix(o.Family, famExcludes) {
				r.excludes = append(r.excludes, o)
			}
			if r.auxSents[o.Family] == nil {
				r.auxSents[o.Family] = map[int]bool{}
			}
			r.auxSents[o.Family][o.Sentence] = true
		}
	}
	return r
}

func (r *reading) quote(s prose.Span) string { return r.text[s.Start:s.End] }

func (r *reading) at(f Finding, off int) Finding {
	f.Line, f.Column = r.lines.position(r.base + off)
	return f
}

// sentence quotes the sentence at i, clipped.
func (r *reading) sentence(i int) string { return clip(r.doc.Sentence(i), 160) }

// reasonFindings judges every mention of a reason never accepted. In a
// purpose text (a summary field), a mention that is not negated, a name or
// a circumstance is the purpose.
func reasonFindings(co *catalog.Country, r *reading, purposeText bool) []Finding {
	rs := reasonsOf(co)
	var fs []Finding
	fired := map[string]bool{}
	unclear := map[string]bool{}
	// With nothing in the text that happened (no death, illness, accident,
	// breakdown...), a reason never accepted that is named without a clear
	// role is what the trip is for.
	happened := len(r.ments) > 0 && r.doc.HappenedNow()
	nothingHappened := len(r.ments) > 0 && !happened
	for i, m := range r.ments {
		id, known := strings.CutSuffix(m.Family, famKnown)
		id, generic := strings.CutSuffix(id, famGeneric)
		id, calm := strings.CutSuffix(id, famCalm)
		id, watch := strings.CutSuffix(id, famWatch)
		reason := rs.reasons[id]
		if watch && r.as.spectator {
			continue // "to watch the game" by a spectator: the spectator finding says it
		}
		if r.excluded(i) || r.notAfter(reason, m) {
			continue
		}
		if generic && (fired[id] || !r.genericIs(id, m)) {
			continue // once fired, a reason says nothing more
		}
		if calm && happened {
			continue // "to visit my father" after his stroke is the emergency
		}
		if reason.Argument && happened {
			continue // "I have booked a flight so I can be with her" after a death
		}
		if reason.Argument && len(reason.Argues) > 0 && r.doc.NamesStudentForm() && !r.inSentence(m.Sentence, id+famArgues) {
			continue // a student's "flight is booked for January 10": how they travel to the program's start
		}
		if r.inSentence(m.Sentence, id+famUnless) || r.inSentence(m.Sentence-1, id+famUnless) || (reason.Others && m.Writer) {
			continue // "tickets to watch the game", "... the wild card game. We bought tickets", "I'm five months pregnant"
		}
		if known {
			// An event known by name recurs by itself; a late booth at it
			// does not make it a one-off.
			m.Recurring, m.RecurrenceCue, m.OneOff = true, m.Span, false
		}
		if reason.Recurring && (!m.Recurring || m.OneOff) {
			continue
		}
		if m.Past && len(reason.Requires) == 0 && !purposeText {
			continue // "I attended convocation in October"
		}
		if len(reason.Requires) > 0 && !r.inSentence(m.Sentence, id+famRequires) {
			continue
		}
		role := m.Role
		if purposeText && role == prose.Unclear {
			role = prose.Purpose
		}
		if role == prose.Unclear && nothingHappened && (!reason.NeedsCue || r.hasAux(id+famCues)) {
			role = prose.Purpose
		}
		// A reason about someone else's state (a relative's pregnancy) is
		// told through what they do ("she is going through labour alone"):
		// with nothing else that happened and the writer coming to help,
		// it is what the trip is for.
		if role == prose.Circumstance && reason.Others && nothingHappened && r.hasAux(id+famCues) {
			role = prose.Purpose
		}
		// The sentence is quoted only for a finding: a long text mentions
		// the same reason many times.
		args := func() map[string]any {
			return map[string]any{"reason": id, "sentence": r.sentence(m.Sentence), "words": r.quote(m.Span)}
		}
		switch role {
		case prose.Purpose:
			if fired[id] {
				continue
			}
			fired[id] = true
			args := args()
			if m.Cue != (prose.Span{}) {
				args["cue"] = r.quote(m.Cue)
			}
			if m.Recurring {
				args["recurs"] = r.quote(m.RecurrenceCue)
			}
			f := newFinding(RuleUnacceptableReason, Error, r.field, args)
			f.Match = r.quote(m.Span)
			fs = append(fs, r.at(f, m.Span.Start))
		case prose.Unclear:
			if unclear[id] {
				continue
			}
			unclear[id] = true
			f := newFinding(RuleUnclearPurpose, Warning, r.field, args())
			f.Match = r.quote(m.Span)
			fs = append(fs, r.at(f, m.Span.Start))
		}
	}
	// An unclear mention of a reason that also reads as the purpose
	// elsewhere says nothing more.
	out := fs[:0]
	for _, f := range fs {
		if f.Rule == RuleUnclearPurpose && fired[f.Args["reason"].(string)] {
			continue
		}
		out = append(out, f)
	}
	return out
}

// genericIs reports whether a generic mention ("the ceremony") is the
// reason id: the reason's context or terms stand in its sentence or the
// two before, and nothing grave happened in those sentences.
func (r *reading) genericIs(id string, m prose.Mention) bool {
	lo := max(0, m.Sentence-2)
	for s := lo; s <= m.Sentence; s++ {
		if r.doc.HappeningIn(s) {
			return false
		}
	}
	for s := lo; s <= m.Sentence; s++ {
		if r.inSentence(s, id+famContext) {
			return true
		}
	}
	if r.mentSents == nil {
		r.mentSents = map[string]map[int]bool{}
		for _, o := range r.ments {
			if r.mentSents[o.Family] == nil {
				r.mentSents[o.Family] = map[int]bool{}
			}
			r.mentSents[o.Family][o.Sentence] = true
		}
	}
	for s := lo; s <= m.Sentence; s++ {
		if r.mentSents[id][s] || r.mentSents[id+famKnown][s] {
			return true
		}
	}
	return false
}

// excluded reports whether mention i lies inside a phrase its own reason
// excludes ("birth" in "birth certificate"; "holiday" in "holiday party"
// is not tourism, and does not stop a party from being a yearly event).
// Excluded phrases do not overlap (but where two reasons exclude the same
// words), so the last ones starting at or before the mention decide.
func (r *reading) excluded(i int) bool {
	m := r.ments[i]
	fam := baseFamily(m.Family)
	k := sort.Search(len(r.excludes), func(j int) bool { return r.excludes[j].Span.Start > m.Span.Start }) - 1
	for j := k; j >= 0 && r.excludes[j].Span == r.excludes[k].Span; j-- {
		if m.Span.End <= r.excludes[j].Span.End && baseFamily(r.excludes[j].Family) == fam {
			return true
		}
	}
	return false
}

// baseFamily is the reason a family belongs to: "wedding" for
// "wedding#generic".
func baseFamily(family string) string {
	base, _, _ := strings.Cut(family, "#")
	return base
}

// notAfter reports whether the word just before the mention makes it
// something else ("video conference").
func (r *reading) notAfter(reason *catalog.Reason, m prose.Mention) bool {
	words := reason.NotAfter.In(string(r.doc.Lang()))
	if len(words) == 0 {
		return false
	}
	before := strings.Fields(strings.ToLower(r.text[max(0, m.Span.Start-24):m.Span.Start]))
	if len(before) == 0 {
		return false
	}
	last := strings.Trim(before[len(before)-1], ",.;:()\"'-")
	for _, w := range words {
		if last == w {
			return true
		}
	}
	return false
}

func (r *reading) hasAux(family string) bool { return len(r.auxSents[family]) > 0 }

func (r *reading) inSentence(s int, family string) bool { return r.auxSents[family][s] }

// foreseeableFinding: the text says the trip was planned, registered,
// invited or booked well before.
func foreseeableFinding(r *reading) (Finding, bool) {
	fs := r.doc.Foreseen(r.as.today)
	if len(fs) == 0 {
		return Finding{}, false
	}
	s := fs[0]
	f := newFinding(RuleForeseeable, Error, r.field, map[string]any{
		"words": r.quote(s), "sentence": r.sentence(r.doc.SentenceOf(s.Start))})
	f.Match = r.quote(s)
	return r.at(f, s.Start), true
}

// outsideUSFinding: the places named are Canadian or foreign, and none is
// in the United States. The place field, when given, is read first.
func outsideUSFinding(co *catalog.Country, a *answers.Answers, cr *catalog.Criterion, r *reading) (Finding, bool) {
	if placeField := cr.Screen.Place; placeField != "" {
		if v := strings.TrimSpace(a.Get(placeField)); v != "" {
			pr := newReading(co, v, placeField, readAs{})
			us, other, where := countries(pr.doc.Places())
			if us > 0 {
				return Finding{}, false
			}
			if other > 0 {
				f := newFinding(RuleOutsideUS, Error, placeField, map[string]any{"place": pr.quote(where), "sentence": clip(v, 160)})
				f.Match = pr.quote(where)
				return f, true
			}
		}
	}
	us, other, where := countries(r.doc.Places())
	if us > 0 || other == 0 {
		return Finding{}, false
	}
	return outsideFinding(r, where), true
}

// outsideFinding is eligibility.outside-us for the place at where.
func outsideFinding(r *reading, where prose.Span) Finding {
	f := newFinding(RuleOutsideUS, Error, r.field, map[string]any{
		"place": r.quote(where), "sentence": r.sentence(r.doc.SentenceOf(where.Start))})
	f.Match = r.quote(where)
	return r.at(f, where.Start)
}

// countries counts the US places and the others, and returns the first
// place outside the US.
func countries(ps []prose.Place) (us, other int, first prose.Span) {
	for _, p := range ps {
		if p.Transit || p.In {
			continue
		}
		if p.Where == prose.InUS {
			us++
			continue
		}
		if other == 0 {
			first = p.Span
		}
		other++
	}
	return
}

// has reports whether the text names a date (a calendar day or a month),
// a place (a state, province, country, big city, or an institution) or a
// name (a person or an organisation).
func (r *reading) has(what string) bool {
	// Each scan stops at the first fact that counts.
	switch what {
	case "date":
		for d := range r.doc.EachDate() {
			if d.Kind == prose.Day || d.Kind == prose.MonthOnly {
				return true
			}
		}
	case "place":
		for range r.doc.EachPlace() {
			return true
		}
		for n := range r.doc.EachName() {
			if n.Kind == prose.Organisation {
				return true
			}
		}
	case "name":
		for range r.doc.EachName() {
			return true
		}
	}
	return false
}

// asksForDateFinding: the text asks for a given appointment day or time.
func asksForDateFinding(r *reading) (Finding, bool) {
	rq := r.doc.DateRequests()
	if len(rq) == 0 {
		return Finding{}, false
	}
	f := newFinding(RuleAsksForDate, Warning, r.field, map[string]any{"words": clip(r.quote(rq[0]), 80)})
	f.Match = r.quote(rq[0])
	return r.at(f, rq[0].Start), true
}

// notMinorFinding: the patient is a child who is 18 or older on the travel
// date.
func notMinorFinding(a *answers.Answers) (Finding, bool) {
	if strings.TrimSpace(a.Get(patientPath)) != "child" || a.TravelDate.IsZero() {
		return Finding{}, false
	}
	born, err := answers.ParseDate(strings.TrimSpace(a.Get(patientBornPath)))
	if err != nil {
		return Finding{}, false
	}
	age := a.TravelDate.Year - born.Year
	if a.TravelDate.Month < born.Month || (a.TravelDate.Month == born.Month && a.TravelDate.Day < born.Day) {
		age--
	}
	if age < adultAge {
		return Finding{}, false
	}
	return newFinding(RuleNotMinor, Error, patientBornPath, map[string]any{
		"born": born.String(), "age": age, "travel": a.TravelDate.String()}), true
}

// spectating reports whether the case's criterion screens the applicant's
// role at the event and the role given is a spectator's: then
// spectatorFinding reports it, and the text's ways of saying "to watch"
// are not reported again as tourism.
func spectating(s *state) bool {
	if s.cr == nil || !slices.Contains(s.cr.Screen.Rules, RuleSpectator) {
		return false
	}
	_, ok := spectatorFinding(s.a)
	return ok
}

// spectatorFinding: the applicant's role at the event is a spectator's.
func spectatorFinding(a *answers.Answers) (Finding, bool) {
	if strings.ToLower(strings.TrimSpace(a.Get(eventRolePath))) != spectatorRole {
		return Finding{}, false
	}
	return newFinding(RuleSpectator, Error, eventRolePath, map[string]any{"role": spectatorRole}), true
}
