package criteria

import (
	"reflect"
	"testing"

	"github.com/expedite/expedite/internal/answers"
	"github.com/expedite/expedite/internal/catalog"
)

// TestReadiness: what the checklist says for each way a case can fall
// short, and that a complete case is ready.
func TestReadiness(t *testing.T) {
	withRelationProof := func(a *answers.Answers) {
		a.Evidence = append(a.Evidence, "Birth certificate showing Paul Tremblay as my father")
	}
	tests := []struct {
		name      string
		edit      func(*answers.Answers)
		ready     bool
		missing   []string // fields
		unbacked  []string // claims
		dateKnown bool
		dateMet   bool
	}{
		{"complete", withRelationProof, true, nil, nil, true, true},
		{"no relationship proof", func(*answers.Answers) {}, false, nil, []string{"relationship"}, true, true},
		{"no documents at all", func(a *answers.Answers) { a.Evidence = nil }, false, nil,
			[]string{"condition", "event-date", "relationship"}, true, true},
		{"contact missing", func(a *answers.Answers) { withRelationProof(a); a.Relative.Contact = "" }, false,
			[]string{"relative.contact"}, nil, true, true},
		{"contact named in the document", func(a *answers.Answers) {
			a.Evidence = []string{"Note from A. Lee", "Adoption papers"}
			a.Relative.Contact = "A. Lee, +1-617-555-0100"
		}, true, nil, nil, true, true},
		{"travel after the window", func(a *answers.Answers) { withRelationProof(a); a.TravelDate = d("2028-02-01") }, false,
			nil, nil, true, false},
		{"travel in the window", func(a *answers.Answers) { withRelationProof(a); a.TravelDate = d("2028-01-20") }, true,
			nil, nil, true, true},
		{"first appointment unknown", func(a *answers.Answers) { withRelationProof(a); a.FirstAvailable = answers.Date{} }, false,
			nil, nil, false, false},
		{"student, I-20 and admission", func(a *answers.Answers) {
			*a = *student()
			a.Student.School = "Boston University"
			a.Evidence = []string{"Signed I-20", "Admission letter from Boston University"}
		}, true, nil, nil, true, true},
		{"student, no school, no admission letter", func(a *answers.Answers) {
			*a = *student()
			a.Evidence = []string{"My I-20"}
		}, false, []string{"student.school"}, []string{"admission"}, true, true},
		{"student, program after the appointment", func(a *answers.Answers) {
			*a = *student()
			a.Student.School = "Boston University"
			a.Student.ProgramStart = d("2028-03-01")
			a.Evidence = []string{"DS-2019", "Acceptance letter"}
		}, false, nil, nil, true, false},
		{"medical for a child needs the birth certificate", func(a *answers.Answers) {
			a.Criterion, a.Relative, a.Patient = MedicalTreatment, answers.Relative{}, "child"
			a.Medical = answers.Medical{Condition: "heart defect", Provider: "Dr. R. Patel, Seattle", Date: d("2026-12-04")}
			a.Evidence = []string{"Letter from Dr. R. Patel"}
		}, false, nil, []string{"minor-child"}, true, true},
		{"medical for oneself makes no claim about a child", func(a *answers.Answers) {
			a.Criterion, a.Relative, a.Patient = MedicalTreatment, answers.Relative{}, "self"
			a.Medical = answers.Medical{Condition: "heart defect", Provider: "Seattle Clinic", Date: d("2026-12-04")}
			a.Evidence = []string{"Letter from the clinic"}
		}, true, nil, nil, true, true},
		{"business: the company's name proves the urgency", func(a *answers.Answers) {
			a.Criterion, a.Relative = UrgentBusiness, answers.Relative{}
			a.TravelDate, a.FirstAvailable = d("2026-12-10"), d("2026-12-05")
			a.Event = answers.Event{What: "repair of a welding line", Where: "Detroit, Michigan", Date: d("2026-12-10"),
				Organiser: "Acme Robotics Inc. (Mr. D. Owens, +1-313-555-0199)", Unforeseen: "the controller failed", Employer: "Northline Automation Ltd."}
			a.Evidence = []string{"Letter from Acme Robotics Inc.", "Letter from my employer"}
		}, true, nil, nil, true, true},
		{"business: the employer is asked, not guessed", func(a *answers.Answers) {
			a.Criterion, a.Relative = UrgentBusiness, answers.Relative{}
			a.TravelDate, a.FirstAvailable = d("2026-12-10"), d("2026-12-05")
			a.Event = answers.Event{What: "repair of a welding line", Where: "Detroit, Michigan", Date: d("2026-12-10"),
				Organiser: "Acme Robotics Inc.", Unforeseen: "the controller failed"}
			a.Evidence = []string{"Letter from Acme Robotics Inc.", "Letter from Northline Automation Ltd."}
		}, false, []string{"event.employer"}, []string{"role"}, true, true},
		{"business: the employer's letter proves the role", func(a *answers.Answers) {
			a.Criterion, a.Relative = UrgentBusiness, answers.Relative{}
			a.TravelDate, a.FirstAvailable = d("2026-12-10"), d("2026-12-05")
			a.Event = answers.Event{What: "repair of a welding line", Where: "Detroit, Michigan", Date: d("2026-12-10"),
				Organiser: "Acme Robotics Inc.", Unforeseen: "the controller failed", Employer: "Northline Automation Ltd., Windsor"}
			a.Evidence = []string{"Letter from Acme Robotics Inc.", "Letter from Northline Automation Ltd."}
		}, true, nil, nil, true, true},
		{"an unrelated document proves nothing", func(a *answers.Answers) {
			a.Evidence = []string{"Hotel booking"}
		}, false, nil, []string{"condition", "event-date", "relationship"}, true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := eligible()
			tt.edit(a)
			r := Assess(a, Options{Today: today}).Readiness
			if r.Ready != tt.ready {
				t.Errorf("ready = %v, want %v (%+v)", r.Ready, tt.ready, r)
			}
			if got := r.MissingFacts(); !reflect.DeepEqual(got, tt.missing) {
				t.Errorf("missing facts = %q, want %q", got, tt.missing)
			}
			if got := r.Unbacked(); !reflect.DeepEqual(got, tt.unbacked) {
				t.Errorf("claims without a document = %q, want %q", got, tt.unbacked)
			}
			if r.Date.Known != tt.dateKnown || r.Date.Met != tt.dateMet {
				t.Errorf("date = %+v, want known %v met %v", r.Date, tt.dateKnown, tt.dateMet)
			}
		})
	}
}

// TestTypicalDocumentsProveAClaim: each claim of a criterion is proved by
// one of the documents the wizard offers for it, so a tick can back every
// claim; and the document each claim names proves that claim.
func TestTypicalDocumentsProveAClaim(t *testing.T) {
	for _, cr := range catalogCriteria() {
		if len(cr.Claims) == 0 {
			t.Errorf("%s: no claim: the readiness list could not say what to prove", cr.ID)
		}
		for _, lang := range []string{"en", "fr"} {
			var docs []string
			for _, ty := range cr.Typical {
				docs = append(docs, ty.In(lang))
			}
			for _, c := range cr.Claims {
				docs = append(docs, c.Document.In(lang))
			}
			a := eligible()
			a.Criterion, a.Patient = cr.ID, "child"
			a.Evidence = docs
			r := Assess(a, Options{Today: today}).Readiness
			proves := r.Proves(len(docs))
			for _, c := range cr.Claims {
				offered := false
				for i := range cr.Typical {
					for _, id := range proves[i] {
						offered = offered || id == c.ID
					}
				}
				if !offered {
					t.Errorf("%s (%s): no typical document proves the claim %s", cr.ID, lang, c.ID)
				}
			}
			for j, c := range cr.Claims {
				i := len(cr.Typical) + j
				found := false
				for _, id := range proves[i] {
					found = found || id == c.ID
				}
				if !found {
					t.Errorf("%s (%s): the usual document of claim %s, %q, does not prove it", cr.ID, lang, c.ID, docs[i])
				}
			}
		}
	}
}

func catalogCriteria() []*catalog.Criterion { return catalog.Default().Country().Criteria }
