// Package render turns a case into the applicant's two deliverables: the
// plain-text request to paste into the official box, and the PDF checklist
// of documents to bring to the interview.
package render

import (
	"fmt"
	"strings"
	"text/template"
	"unicode/utf8"

	"github.com/expedite/expedite/internal/answers"
	"github.com/expedite/expedite/internal/criteria"
	"github.com/expedite/expedite/internal/safetext"
	"github.com/expedite/expedite/templates"
)

var requestTmpl = template.Must(template.New("request.txt.tmpl").ParseFS(templates.FS, "request.txt.tmpl"))

// fact is one labelled line of the request ("Relative: Paul Tremblay").
type fact struct{ Label, Value string }

// requestData is what the request template sees: the answers, cleaned and
// arranged, with nothing added that the applicant did not give.
type requestData struct {
	Criterion    criteria.Criterion
	TravelDate   string
	Visa         string
	PatientWords string
	Facts        []fact
	Description  string
	Urgency      string
	Evidence     []string
	Applicant    string
}

// one cleans a single-line value: control characters out, spaces single.
func one(s string) string { return strings.Join(strings.Fields(safetext.Plain(s)), " ") }

func addFact(fs []fact, label, value string) []fact {
	if v := one(value); v != "" {
		return append(fs, fact{label, v})
	}
	return fs
}

func longDate(d answers.Date) string { return d.Long() }

// postName returns "the Montreal post", or "my post" when none was given.
func postName(a *answers.Answers) string {
	if p, ok := criteria.LookupPost(a.Applicant.Post); ok {
		return "the " + p.Name + " post"
	}
	return "my post"
}

func days(n int) string {
	if n == 1 {
		return "1 day"
	}
	return fmt.Sprintf("%d days", n)
}

// urgency states the dates that show the request is needed: the first
// regular appointment against the travel or program date.
func urgency(a *answers.Answers, crit string) string {
	first := a.FirstAvailable
	if first.IsZero() {
		return ""
	}
	lead := fmt.Sprintf("The first available regular appointment at %s is %s", postName(a), first.Long())
	if crit == criteria.Student {
		ps := a.Student.ProgramStart
		if ps.IsZero() || !ps.Before(first) {
			return lead + "."
		}
		return fmt.Sprintf("%s, %s after my program starts on %s.", lead, days(ps.DaysUntil(first)), ps.Long())
	}
	t := a.TravelDate
	switch {
	case t.IsZero():
		return lead + "."
	case t.Before(first):
		return fmt.Sprintf("%s, %s after the date I must travel.", lead, days(t.DaysUntil(first)))
	case t.Before(first.AddDays(10)):
		return fmt.Sprintf("%s; I must travel on %s, within 10 days after it.", lead, t.Long())
	}
	return lead + "."
}

func facts(a *answers.Answers, crit string) []fact {
	var fs []fact
	switch crit {
	case criteria.RelativeEmergency:
		r := a.Relative
		name := one(r.Name)
		if rel := one(r.Relationship); rel != "" && name != "" {
			name += ", my " + strings.TrimPrefix(strings.ToLower(rel), "my ")
		}
		fs = addFact(fs, "Relative", name)
		fs = addFact(fs, "Place in the United States", r.Place)
		fs = addFact(fs, "Situation", r.Situation)
		fs = addFact(fs, "Attending physician or funeral home", r.Contact)
	case criteria.MedicalTreatment:
		fs = addFact(fs, "Patient", patientLabel(a.Patient))
		fs = addFact(fs, "Condition and treatment", a.Medical.Condition)
		fs = addFact(fs, "US doctor or hospital", a.Medical.Provider)
		fs = addFact(fs, "Date of treatment", a.Medical.Date.Long())
	case criteria.Student:
		s := a.Student
		fs = addFact(fs, "SEVIS number", s.SevisID)
		form := criteria.NormalForm(s.Form)
		if form == "" {
			form = one(s.Form)
		}
		if school := one(s.School); school != "" && form != "" {
			form += ", " + school
		} else if school != "" {
			form = school
		}
		fs = addFact(fs, "Form", form)
		fs = addFact(fs, "Program start date", s.ProgramStart.Long())
	case criteria.UrgentBusiness, criteria.SignificantEvent:
		e := a.Event
		label := "Event"
		if crit == criteria.UrgentBusiness {
			label = "Business"
		}
		fs = addFact(fs, label, e.What)
		fs = addFact(fs, "Where", e.Where)
		fs = addFact(fs, "When", e.Date.Long())
		fs = addFact(fs, "Who requires my presence", e.Organiser)
		fs = addFact(fs, "Why it could not be foreseen", e.Unforeseen)
	}
	return fs
}

func patientLabel(p string) string {
	switch strings.TrimSpace(p) {
	case "self":
		return "myself"
	case "child":
		return "my minor child"
	}
	return ""
}

func patientWords(p string) string {
	if l := patientLabel(p); l != "" {
		return l
	}
	return "the patient"
}

// RequestText renders the text to paste into the official expedite box,
// normalised for a web form.
func RequestText(a *answers.Answers) (string, error) {
	crit := strings.TrimSpace(a.Criterion)
	c, ok := criteria.Lookup(crit)
	if !ok {
		return "", fmt.Errorf("the case has no known criterion (%q); choose one first", crit)
	}
	d := requestData{
		Criterion:    c,
		TravelDate:   longDate(a.TravelDate),
		Visa:         one(a.Applicant.Visa),
		PatientWords: patientWords(a.Patient),
		Facts:        facts(a, crit),
		Description:  safetext.Plain(a.Description),
		Urgency:      urgency(a, crit),
		Applicant:    one(a.Applicant.Name),
	}
	if d.TravelDate == "" {
		d.TravelDate = "the date given below"
	}
	for _, e := range a.Evidence {
		if v := one(e); v != "" {
			d.Evidence = append(d.Evidence, v)
		}
	}
	if ds := one(a.Applicant.DS160); ds != "" && d.Applicant != "" {
		d.Applicant += ", DS-160 confirmation number " + ds
	}
	var b strings.Builder
	if err := requestTmpl.Execute(&b, d); err != nil {
		return "", fmt.Errorf("render the request: %w", err)
	}
	return safetext.Plain(b.String()) + "\n", nil
}

// Counts returns the words and characters of a text, as the applicant sees
// them (characters, not bytes).
func Counts(text string) (words, chars int) {
	return len(strings.Fields(text)), utf8.RuneCountInString(strings.TrimRight(text, "\n"))
}
