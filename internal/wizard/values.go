package wizard

import (
	"slices"
	"strconv"
	"strings"

	"github.com/expedite/expedite/internal/answers"
	"github.com/expedite/expedite/internal/criteria"
)

// values holds the answers as the questions edit them: text as typed,
// dates as text until they read as dates. It converts to and from the
// answers file, which is what the draft holds.
type values struct {
	Start     string // welcome: "start", "resume" or "over"
	Screen    string // quick screen: "" or the id of a reason never accepted
	Criterion string // a criterion id, or "none"

	Name, Visa, DS160 string
	Post              string
	Citizen           bool

	TravelDate, FirstAvailable        string
	Sevis, ProgramStart, Form, School string

	RelName, RelRelationship, RelPlace, RelSituation, RelContact string
	Patient, MedCondition, MedProvider, MedDate                  string
	EvWhat, EvWhere, EvDate, EvOrganiser, EvUnforeseen           string

	Description string
	LongText    string // for a description too long to edit: "keep" or "clear"

	Evidence      []string // documents chosen from the criterion's typical list
	OtherEvidence string   // further documents, one a line
	Spouse        bool
	Children      string

	OutDir string
}

func parseDate(s string) answers.Date {
	d, err := answers.ParseDate(strings.TrimSpace(s))
	if err != nil {
		return answers.Date{}
	}
	return d
}

func trim(s string) string { return strings.TrimSpace(s) }

// toAnswers builds the case from the values. A date that does not read as
// a date yet is left out; everything else is kept as typed (trimmed).
func (v *values) toAnswers() *answers.Answers {
	a := &answers.Answers{Version: answers.FormatVersion}
	a.Applicant = answers.Applicant{
		Name: trim(v.Name), Post: v.Post, Visa: trim(v.Visa), CanadianCitizen: v.Citizen,
		DS160: strings.ToUpper(trim(v.DS160)),
	}
	if v.Criterion != "none" {
		a.Criterion = v.Criterion
	}
	a.TravelDate = parseDate(v.TravelDate)
	a.FirstAvailable = parseDate(v.FirstAvailable)
	a.Description = strings.TrimRight(v.Description, " \t\n")
	a.Relative = answers.Relative{Name: trim(v.RelName), Relationship: trim(v.RelRelationship), Place: trim(v.RelPlace),
		Situation: trim(v.RelSituation), Contact: trim(v.RelContact)}
	a.Patient = v.Patient
	a.Medical = answers.Medical{Condition: trim(v.MedCondition), Provider: trim(v.MedProvider), Date: parseDate(v.MedDate)}
	a.Student = answers.Student{SevisID: strings.ToUpper(trim(v.Sevis)), ProgramStart: parseDate(v.ProgramStart),
		Form: v.Form, School: trim(v.School)}
	a.Event = answers.Event{What: trim(v.EvWhat), Where: trim(v.EvWhere), Date: parseDate(v.EvDate),
		Organiser: trim(v.EvOrganiser), Unforeseen: trim(v.EvUnforeseen)}
	children, _ := strconv.Atoi(trim(v.Children))
	a.Companions = answers.Companions{Spouse: v.Spouse, Children: max(children, 0)}
	a.Evidence = append([]string(nil), v.Evidence...)
	for _, ln := range strings.Split(v.OtherEvidence, "\n") {
		if ln = trim(ln); ln != "" && !slices.Contains(a.Evidence, ln) {
			a.Evidence = append(a.Evidence, ln)
		}
	}
	return a
}

// fromAnswers fills values from a case (a resumed draft).
func fromAnswers(a *answers.Answers) *values {
	v := &values{
		Criterion: a.Criterion,
		Name:      a.Applicant.Name, Visa: a.Applicant.Visa, DS160: a.Applicant.DS160, Citizen: a.Applicant.CanadianCitizen,
		TravelDate: a.TravelDate.String(), FirstAvailable: a.FirstAvailable.String(),
		Sevis: a.Student.SevisID, ProgramStart: a.Student.ProgramStart.String(), Form: criteria.NormalForm(a.Student.Form), School: a.Student.School,
		RelName: a.Relative.Name, RelRelationship: a.Relative.Relationship, RelPlace: a.Relative.Place,
		RelSituation: a.Relative.Situation, RelContact: a.Relative.Contact,
		Patient: a.Patient, MedCondition: a.Medical.Condition, MedProvider: a.Medical.Provider, MedDate: a.Medical.Date.String(),
		EvWhat: a.Event.What, EvWhere: a.Event.Where, EvDate: a.Event.Date.String(), EvOrganiser: a.Event.Organiser,
		EvUnforeseen: a.Event.Unforeseen,
		Description:  a.Description,
		Spouse:       a.Companions.Spouse,
	}
	if p, ok := criteria.LookupPost(a.Applicant.Post); ok {
		v.Post = p.ID
	}
	if a.Companions.Children > 0 {
		v.Children = strconv.Itoa(a.Companions.Children)
	}
	typical := typicalDocuments(a.Criterion)
	var other []string
	for _, e := range a.Evidence {
		if slices.Contains(typical, e) {
			v.Evidence = append(v.Evidence, e)
		} else {
			other = append(other, e)
		}
	}
	v.OtherEvidence = strings.Join(other, "\n")
	return v
}

func typicalDocuments(crit string) []string {
	if c, ok := criteria.Lookup(crit); ok {
		return c.Typical
	}
	return nil
}
