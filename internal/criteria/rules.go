package criteria

import (
	"slices"
	"strings"

	"github.com/expedite/expedite/internal/answers"
	"github.com/expedite/expedite/internal/catalog"
)

// Rule is one check in the registry: its id, the severities it reports,
// the messages it words them with, and the check itself. Ids are a public
// contract: they appear in output, scripts match on them, and
// testdata/rules.golden, generated from Rules, pins the list.
type Rule struct {
	ID         string
	Severities []Severity
	Messages   []string // message ids (see package msg)
	check      func(*state)
}

// Eligibility rule ids.
const (
	RuleTravelDatePast    = "eligibility.travel-date-past"
	RuleNotUrgent         = "eligibility.not-urgent"
	RuleProgramAfter      = "eligibility.program-starts-after-appointment"
	RuleNotImmediate      = "eligibility.not-immediate-relative"
	RuleOfficerDecides    = "eligibility.relative-officer-decides"
	RuleStudentVisaClass  = "eligibility.student-visa-class"
	requiredPrefix        = "required."
	relationshipFieldPath = "relative.relationship"
	visaFieldPath         = "applicant.visa"
)

// DefaultMaxWords is the description length over which pitfall.too-long fires.
const DefaultMaxWords = 500

// Options are the inputs of a check besides the answers.
type Options struct {
	Today    answers.Date // required: dates are judged against it
	MaxWords int          // 0 means DefaultMaxWords
}

func (o Options) maxWords() int {
	if o.MaxWords > 0 {
		return o.MaxWords
	}
	return DefaultMaxWords
}

// state is one run of the rules over one case.
type state struct {
	cat *catalog.Catalog
	co  *catalog.Country
	cr  *catalog.Criterion // nil when none or unknown
	a   *answers.Answers   // normalised
	opt Options
	as  *Assessment
}

func (s *state) add(f Finding) { s.as.Findings = append(s.as.Findings, f) }

// goRules are the rules written in Go, in report order; the required.*
// and format.* families come from the catalog's field table.
var goRules = []Rule{
	{ID: RuleTravelDatePast, Severities: []Severity{Error}, Messages: []string{RuleTravelDatePast}, check: checkTravelPast},
	{ID: RuleNotUrgent, Severities: []Severity{Error, Warning}, Messages: []string{RuleNotUrgent, RuleNotUrgent + ".warning"}, check: checkWindow},
	{ID: RuleProgramAfter, Severities: []Severity{Error}, Messages: []string{RuleProgramAfter}, check: checkProgramStart},
	{ID: RuleNotImmediate, Severities: []Severity{Error}, Messages: []string{RuleNotImmediate}, check: checkRelative},
	{ID: RuleOfficerDecides, Severities: []Severity{Warning}, Messages: []string{RuleOfficerDecides}},
	{ID: RuleStudentVisaClass, Severities: []Severity{Error}, Messages: []string{RuleStudentVisaClass}, check: checkVisaClass},
	{ID: RuleUnacceptableReason, Severities: []Severity{Error}, Messages: []string{RuleUnacceptableReason, RuleUnacceptableReason + ".evidence"}, check: checkScreen},
	{ID: RuleForeseeable, Severities: []Severity{Error}, Messages: []string{RuleForeseeable}},
	{ID: RuleOutsideUS, Severities: []Severity{Error}, Messages: []string{RuleOutsideUS}},
	{ID: RuleNotMinor, Severities: []Severity{Error}, Messages: []string{RuleNotMinor}},
	{ID: RuleSpectator, Severities: []Severity{Error}, Messages: []string{RuleSpectator}},
	{ID: RuleNotQualifying, Severities: []Severity{Warning}, Messages: []string{RuleNotQualifying}},
	{ID: RuleUnclearPurpose, Severities: []Severity{Warning}, Messages: []string{RuleUnclearPurpose}},
	{ID: RuleVague, Severities: []Severity{Warning}, Messages: []string{RuleVague + ".short"}},
	{ID: RuleNoSpecifics, Severities: []Severity{Warning}, Messages: []string{RuleNoSpecifics}},
	{ID: RuleAsksForDate, Severities: []Severity{Warning}, Messages: []string{RuleAsksForDate}},
	{ID: RuleEmotional, Severities: []Severity{Warning}, Messages: []string{RuleEmotional}},
	{ID: RuleNoEvidence, Severities: []Severity{Warning}, Messages: []string{RuleNoEvidence, RuleNoEvidence + ".any"}, check: checkEvidence},
	{ID: RuleTooLong, Severities: []Severity{Warning}, Messages: []string{RuleTooLong}},
}

// Rules lists every rule the engine can report with the embedded catalog,
// in a stable order: the required.* rules of the field table and the
// criteria, the format.* rules of the validators, then the others.
func Rules() []Rule { return rulesOf(catalog.Default()) }

func rulesOf(cat *catalog.Catalog) []Rule {
	var rs []Rule
	for _, p := range requiredFields(cat) {
		rs = append(rs, Rule{ID: requiredPrefix + p, Severities: []Severity{Error}})
	}
	for _, id := range catalog.FormatRules() {
		rs = append(rs, Rule{ID: id, Severities: []Severity{Error}, Messages: []string{id}})
	}
	return append(rs, goRules...)
}

// requiredFields lists the fields that can be required: always, then by
// each criterion in order.
func requiredFields(cat *catalog.Catalog) []string {
	var ps []string
	for _, f := range cat.Fields {
		if f.Required == catalog.RequiredAlways {
			ps = append(ps, f.Path)
		}
	}
	for _, co := range cat.Countries {
		for _, cr := range co.Criteria {
			for _, f := range cr.Facts {
				if f.Required && !slices.Contains(ps, f.Field) {
					ps = append(ps, f.Field)
				}
			}
		}
	}
	return ps
}

func isBlank(s string) bool { return strings.TrimSpace(s) == "" }

// checkFields applies the field table: each field's validator (which also
// normalises the value for every later rule), then the required fields.
// A fact field of another criterion is neither checked nor required.
func checkFields(s *state) {
	asked := s.co.FactFields()
	fields := slices.Clone(s.cat.Fields)
	if s.cr != nil {
		for _, p := range s.cr.FactPaths() {
			if f, ok := s.cat.Field(p); ok && !slices.Contains(fields, f) {
				fields = append(fields, f) // a fact the catalog alone defines
			}
		}
	}
	for _, f := range fields {
		if f.Validator == "" || (slices.Contains(asked, f.Path) && (s.cr == nil || !slices.Contains(s.cr.FactPaths(), f.Path))) {
			continue
		}
		v, p := s.cat.Normalize(s.co, f.Path, s.a.Get(f.Path))
		if p != nil {
			s.add(newFinding(p.Rule, Error, f.Path, p.Args))
			continue
		}
		s.a.Set(f.Path, v)
	}
	s.a.Criterion = strings.TrimSpace(s.a.Criterion)
	var required []string
	for _, f := range s.cat.Fields {
		if f.Required == catalog.RequiredAlways {
			required = append(required, f.Path)
		}
	}
	if s.cr != nil {
		for _, f := range s.cr.Facts {
			if f.Required {
				required = append(required, f.Field)
			}
		}
	}
	for _, p := range required {
		if isBlank(s.a.Get(p)) {
			args := map[string]any{}
			if p == "criterion" {
				args["criteria"] = s.co.CriterionIDs()
			}
			s.add(newFinding(requiredPrefix+p, Error, p, args))
		}
	}
}

func checkTravelPast(s *state) {
	a := s.a
	if !a.TravelDate.IsZero() && !s.opt.Today.IsZero() && a.TravelDate.Before(s.opt.Today) {
		s.add(newFinding(RuleTravelDatePast, Error, "travel_date", map[string]any{
			"travel": a.TravelDate.String(), "today": s.opt.Today.String()}))
	}
}

func checkWindow(s *state) {
	a, as := s.a, s.as
	if s.cr == nil || s.cr.DateRule.Kind != catalog.DateWindow || a.FirstAvailable.IsZero() {
		return
	}
	if a.TravelDate.IsZero() || a.TravelDate.Before(as.WindowEnd) {
		return
	}
	f := newFinding(RuleNotUrgent, Error, "travel_date", map[string]any{
		"travel": a.TravelDate.String(), "first": a.FirstAvailable.String(), "end": as.WindowEnd.String(), "days": as.WindowDays})
	if s.cr.DateRule.Late == "warning" {
		f.Severity = Warning
		f.MessageID = RuleNotUrgent + ".warning"
	}
	s.add(f)
}

func checkProgramStart(s *state) {
	a := s.a
	if s.cr == nil || s.cr.DateRule.Kind != catalog.DateProgramStart || a.FirstAvailable.IsZero() {
		return
	}
	field := s.cr.DateRule.Field
	ps, err := answers.ParseDate(a.Get(field))
	if err != nil || ps.Before(a.FirstAvailable) {
		return
	}
	s.add(newFinding(RuleProgramAfter, Error, field, map[string]any{
		"start": ps.String(), "first": a.FirstAvailable.String()}))
}

func checkRelative(s *state) {
	if s.cr == nil {
		return
	}
	if _, ok := s.cr.Fact(relationshipFieldPath); !ok {
		return
	}
	rel := strings.TrimSpace(s.a.Get(relationshipFieldPath))
	if rel == "" {
		return
	}
	rs := s.co.Rules.Relatives
	switch {
	case isRelative(rs.Bare(rel), rs.Immediate, rs.Prefixes):
	case isRelative(rs.Bare(rel), rs.OfficerDecides, rs.Prefixes):
		s.add(newFinding(RuleOfficerDecides, Warning, relationshipFieldPath, map[string]any{"relationship": rel}))
	default:
		s.add(newFinding(RuleNotImmediate, Error, relationshipFieldPath, map[string]any{"relationship": rel}))
	}
}

// isRelative reports whether a relationship (bare: lower case, no
// possessive) is one of the terms (in any language), prefixed forms
// (step-, half-) included.
func isRelative(r string, terms, prefixes catalog.Terms) bool {
	for _, words := range terms {
		if slices.Contains(words, r) {
			return true
		}
		for _, pre := range prefixes {
			for _, p := range pre {
				if rest, ok := strings.CutPrefix(r, p); ok && slices.Contains(words, strings.TrimSpace(rest)) {
					return true
				}
			}
		}
	}
	return false
}

func checkVisaClass(s *state) {
	if s.cr == nil || len(s.cr.VisaClasses) == 0 {
		return
	}
	v := strings.ToUpper(strings.TrimSpace(s.a.Applicant.Visa))
	if v == "" {
		return
	}
	ok := slices.Contains(s.cr.VisaClasses, v[:1]) && (len(v) == 1 || strings.ContainsAny(v[1:2], "-1234 "))
	if !ok {
		s.add(newFinding(RuleStudentVisaClass, Error, visaFieldPath, map[string]any{
			"visa": strings.TrimSpace(s.a.Applicant.Visa), "classes": s.cr.VisaClasses}))
	}
}

// checkScreen runs every prose rule: on the description (the same call
// as Lint), on the criterion's summary fields, read as statements of the
// purpose, and on the evidence items.
func checkScreen(s *state) {
	r := s.as.desc
	if len(r.text) > 2*lintPiece {
		// A description as long as a helper's file is read in pieces, as
		// Lint reads it, so both say the same; the criterion's own rules
		// below read it whole.
		for _, f := range lintLong(s.co, s.cr, r.text, s.opt.maxWords(), r.field, r.as) {
			if f.Rule != RuleForeseeable && f.Rule != RuleOutsideUS {
				s.add(f)
			}
		}
	} else {
		for _, f := range screenText(s.co, s.cr, r, s.opt.maxWords()) {
			s.add(f)
		}
	}
	fired := map[string]bool{}
	for _, f := range s.as.Findings {
		if f.Rule == RuleUnacceptableReason {
			fired[f.Args["reason"].(string)] = true
		}
	}
	if s.cr != nil {
		fields := slices.Clone(s.cr.Screen.Facts)
		if s.cr.Purpose != "" && !slices.Contains(fields, s.cr.Purpose) {
			fields = append(fields, s.cr.Purpose)
		}
		for _, p := range fields {
			v := s.a.Get(p)
			if isBlank(v) {
				continue
			}
			for _, f := range reasonFindings(s.co, newReading(s.co, v, p, r.as), true) {
				if f.Rule == RuleUnacceptableReason && !fired[f.Args["reason"].(string)] {
					fired[f.Args["reason"].(string)] = true
					s.add(f)
				}
			}
		}
		for _, f := range notQualifyingFindings(s.a, s.cr, r) {
			s.add(f)
		}
		for _, rule := range s.cr.Screen.Rules {
			var f Finding
			ok := false
			switch rule {
			case RuleForeseeable:
				f, ok = foreseeableFinding(r)
				for _, field := range s.cr.Screen.Foreseen {
					if v := s.a.Get(field); !ok && !isBlank(v) {
						f, ok = foreseeableFinding(newReading(s.co, v, field, r.as))
					}
				}
			case RuleOutsideUS:
				f, ok = outsideUSFinding(s.co, s.a, s.cr, r)
			case RuleNotMinor:
				f, ok = notMinorFinding(s.a)
			case RuleSpectator:
				f, ok = spectatorFinding(s.a)
			}
			if ok {
				s.add(f)
			}
		}
	}
	for k, item := range s.a.Evidence {
		if isBlank(item) {
			continue
		}
		for _, f := range reasonFindings(s.co, newReading(s.co, item, "evidence", r.as), true) {
			id := f.Args["reason"].(string)
			if f.Rule != RuleUnacceptableReason || fired[id] {
				continue
			}
			fired[id] = true
			f.MessageID = RuleUnacceptableReason + ".evidence"
			f.Args = map[string]any{"reason": id, "item": k + 1, "text": clip(item, 60), "words": f.Match}
			f.Line, f.Column = 0, 0
			s.add(f)
		}
	}
}

func checkEvidence(s *state) {
	for _, e := range s.a.Evidence {
		if !isBlank(e) {
			return
		}
	}
	f := newFinding(RuleNoEvidence, Warning, "evidence", nil)
	if s.cr != nil {
		f.Args["criterion"] = s.cr.ID
	} else {
		f.MessageID = RuleNoEvidence + ".any"
	}
	s.add(f)
}
