// Package criteria is the engine: it screens a case against the catalog's
// criteria and rules, answers and today's date in, an assessment out
// (findings as data, the verdict, and the derived dates). It does no I/O
// and imports no terminal package, so every front end asks the same code.
package criteria

import (
	"github.com/expedite/expedite/internal/answers"
	"github.com/expedite/expedite/internal/catalog"
)

// Verdict is what the findings add up to.
type Verdict string

const (
	Refused Verdict = "refused" // at least one error: as it stands the request would be refused
	Weak    Verdict = "weak"    // warnings only
	Fits    Verdict = "fits"    // nothing found
)

// Assessment is the engine's one decision about a case: render, the wizard
// and the CLI read it instead of working anything out again.
type Assessment struct {
	Findings  []Finding
	Verdict   Verdict
	Criterion *catalog.Criterion // nil when none is chosen or it is unknown
	Country   *catalog.Country
	Answers   *answers.Answers // the answers with every value normalised by its field's validator

	// The date window, for a criterion with one: travel must fall before
	// WindowEnd (the first available appointment plus WindowDays).
	WindowDays int
	WindowEnd  answers.Date
	// TravelLead is the days from the travel date to the first available
	// appointment, when travel comes first (else 0); InWindow is set when
	// travel falls on or after that appointment but before WindowEnd.
	TravelLead int
	InWindow   bool
	// ProgramLead is the days from the start date of a program-start rule
	// (the program start) to the first available appointment, when the
	// program starts first (else 0). Start is that date.
	ProgramLead int
	Start       answers.Date

	Words, MaxWords int // the description's words and the limit

	// Readiness is the checklist of what the request needs before it is
	// sent: facts, the date rule, the claims and their documents.
	Readiness Readiness

	desc *reading
}

// Assess screens one case against the embedded catalog. It is pure: the
// same answers and options always give the same assessment.
func Assess(a *answers.Answers, opt Options) *Assessment {
	return AssessWith(catalog.Default(), a, opt)
}

// AssessWith screens a case against the given catalog (a test catalog).
func AssessWith(cat *catalog.Catalog, a *answers.Answers, opt Options) *Assessment {
	co := cat.Country()
	s := &state{cat: cat, co: co, a: a.Clone(), opt: opt}
	s.cr, _ = co.Criterion(a.Criterion)
	as := &Assessment{Criterion: s.cr, Country: co, Answers: s.a, MaxWords: opt.maxWords()}
	s.as = as
	checkFields(s)
	derive(s)
	as.desc = newReading(co, s.a.Description, "description", readAs{today: opt.Today.Time(), applicant: s.a.Applicant.Name, spectator: spectating(s)})
	as.Words = WordCount(s.a.Description)
	for _, r := range goRules {
		if r.check != nil {
			r.check(s)
		}
	}
	Sort(as.Findings)
	errs, warns, _ := Count(as.Findings)
	switch {
	case errs > 0:
		as.Verdict = Refused
	case warns > 0:
		as.Verdict = Weak
	default:
		as.Verdict = Fits
	}
	as.Readiness = readiness(s)
	as.desc = nil
	return as
}

// Check screens one case and returns its findings only.
func Check(a *answers.Answers, opt Options) []Finding { return Assess(a, opt).Findings }

// derive works out the dates every part reads.
func derive(s *state) {
	a, as, cr := s.a, s.as, s.cr
	first := a.FirstAvailable
	if cr == nil || first.IsZero() {
		return
	}
	switch cr.DateRule.Kind {
	case catalog.DateWindow:
		as.WindowDays = cr.Window()
		as.WindowEnd = first.AddDays(as.WindowDays)
		t := a.TravelDate
		switch {
		case t.IsZero():
		case t.Before(first):
			as.TravelLead = t.DaysUntil(first)
		case t.Before(as.WindowEnd):
			as.InWindow = true
		}
	case catalog.DateProgramStart:
		if ps, err := answers.ParseDate(a.Get(cr.DateRule.Field)); err == nil {
			as.Start = ps
			if ps.Before(first) {
				as.ProgramLead = ps.DaysUntil(first)
			}
		}
	}
}
