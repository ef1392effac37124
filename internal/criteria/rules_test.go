package criteria

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/expedite/expedite/internal/answers"
	"github.com/expedite/expedite/internal/catalog"
)

var update = flag.Bool("update", false, "rewrite golden files")

// The built-in criteria, as the answers file names them (tests only: the
// program itself reads them from the catalog).
const (
	RelativeEmergency = "relative-emergency"
	MedicalTreatment  = "medical-treatment"
	Student           = "student"
	UrgentBusiness    = "urgent-business"
	SignificantEvent  = "significant-event"

	RuleFormatSevis       = catalog.RuleFormatSevis
	RuleFormatDS160       = catalog.RuleFormatDS160
	RuleFormatCriterion   = catalog.RuleFormatCriterion
	RuleFormatPost        = catalog.RuleFormatPost
	RuleFormatPatient     = catalog.RuleFormatPatient
	RuleFormatStudentForm = catalog.RuleFormatStudentForm
)

// argText is a finding's message id and arguments, quoted, for tests that
// look for a word in what a finding says.
func argText(f Finding) string { return fmt.Sprintf("%s %q", f.Message(), f.Args) }

var today = answers.Date{Year: 2026, Month: 11, Day: 23}

func d(s string) answers.Date {
	v, err := answers.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return v
}

const goodRelativeText = "On 2026-11-20 my father, Paul Tremblay, was hit by a car in Boston and is in intensive care at Massachusetts General Hospital. His doctor says his condition is critical and I must be at his side as soon as possible."

// eligible returns a complete relative-emergency case that raises nothing.
func eligible() *answers.Answers {
	return &answers.Answers{
		Version:        1,
		Applicant:      answers.Applicant{Name: "Jane Tremblay", Post: "montreal", Visa: "B1/B2", CanadianCitizen: new(true)},
		Criterion:      RelativeEmergency,
		TravelDate:     d("2026-12-02"),
		FirstAvailable: d("2028-01-15"),
		Description:    goodRelativeText,
		Relative: answers.Relative{Name: "Paul Tremblay", Relationship: "father", Place: "Boston, Massachusetts",
			Situation: "life-threatening car accident on 2026-11-20", Contact: "Dr. A. Lee, +1-617-555-0100"},
		Evidence: []string{"Letter from Dr. A. Lee dated 2026-11-21"},
	}
}

func student() *answers.Answers {
	a := eligible()
	a.Criterion = Student
	a.Relative = answers.Relative{}
	a.Applicant.Visa = "F-1"
	a.Student = answers.Student{SevisID: "N0012345678", ProgramStart: d("2027-01-11"), Form: "I-20"}
	a.Description = "I was admitted to the master's program in civil engineering at Boston University in Boston. My I-20 shows a program start date of 2027-01-11, and the first regular appointment in Montreal is 2028-01-15."
	return a
}

func ruleIDs(fs []Finding) []string {
	var ids []string
	for _, f := range fs {
		ids = append(ids, f.Rule)
	}
	return ids
}

func TestEligibleCasesRaiseNothing(t *testing.T) {
	for name, a := range map[string]*answers.Answers{"relative": eligible(), "student": student()} {
		if fs := Check(a, Options{Today: today}); len(fs) != 0 {
			t.Errorf("%s: want no findings, got %+v", name, fs)
		}
	}
}

func TestCaseRules(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(a *answers.Answers)
		base  func() *answers.Answers
		rule  string // the rule that must (fire) or must not (!fire) be reported
		fire  bool
		sev   Severity
		field string
	}{
		{"name missing", func(a *answers.Answers) { a.Applicant.Name = "  " }, eligible, "required.applicant.name", true, Error, "applicant.name"},
		{"criterion missing", func(a *answers.Answers) { a.Criterion = "" }, eligible, "required.criterion", true, Error, "criterion"},
		{"travel date missing", func(a *answers.Answers) { a.TravelDate = answers.Date{} }, eligible, "required.travel_date", true, Error, "travel_date"},
		{"first available missing", func(a *answers.Answers) { a.FirstAvailable = answers.Date{} }, eligible, "required.first_available", true, Error, "first_available"},
		{"description missing", func(a *answers.Answers) { a.Description = "\n" }, eligible, "required.description", true, Error, "description"},
		{"relative name missing", func(a *answers.Answers) { a.Relative.Name = "" }, eligible, "required.relative.name", true, Error, "relative.name"},
		{"relationship missing", func(a *answers.Answers) { a.Relative.Relationship = "" }, eligible, "required.relative.relationship", true, Error, "relative.relationship"},
		{"place missing", func(a *answers.Answers) { a.Relative.Place = "" }, eligible, "required.relative.place", true, Error, "relative.place"},
		{"situation missing", func(a *answers.Answers) { a.Relative.Situation = "" }, eligible, "required.relative.situation", true, Error, "relative.situation"},
		{"contact missing", func(a *answers.Answers) { a.Relative.Contact = "" }, eligible, "required.relative.contact", true, Error, "relative.contact"},
		{"relative fields not needed for a student", func(a *answers.Answers) {}, student, "required.relative.name", false, 0, ""},
		{"patient missing", func(a *answers.Answers) { a.Criterion = MedicalTreatment }, eligible, "required.patient", true, Error, "patient"},
		{"patient given", func(a *answers.Answers) { a.Criterion = MedicalTreatment; a.Patient = "child" }, eligible, "required.patient", false, 0, ""},
		{"patient neither self nor child", func(a *answers.Answers) { a.Criterion = MedicalTreatment; a.Patient = "mother" }, eligible, RuleFormatPatient, true, Error, "patient"},
		{"sevis missing", func(a *answers.Answers) { a.Student.SevisID = "" }, student, "required.student.sevis_id", true, Error, "student.sevis_id"},
		{"program start missing", func(a *answers.Answers) { a.Student.ProgramStart = answers.Date{} }, student, "required.student.program_start", true, Error, "student.program_start"},
		{"sevis too short", func(a *answers.Answers) { a.Student.SevisID = "N001234567" }, student, RuleFormatSevis, true, Error, "student.sevis_id"},
		{"sevis without N", func(a *answers.Answers) { a.Student.SevisID = "00123456789" }, student, RuleFormatSevis, true, Error, "student.sevis_id"},
		{"sevis well formed", func(a *answers.Answers) { a.Student.SevisID = "N9876543210" }, student, RuleFormatSevis, false, 0, ""},
		{"form unknown", func(a *answers.Answers) { a.Student.Form = "I-94" }, student, RuleFormatStudentForm, true, Error, "student.form"},
		{"form written loosely", func(a *answers.Answers) { a.Student.Form = "ds2019" }, student, RuleFormatStudentForm, false, 0, ""},
		{"ds160 malformed", func(a *answers.Answers) { a.Applicant.DS160 = "AB12345678" }, eligible, RuleFormatDS160, true, Error, "applicant.ds160"},
		{"ds160 well formed", func(a *answers.Answers) { a.Applicant.DS160 = "AA00ABC123" }, eligible, RuleFormatDS160, false, 0, ""},
		{"criterion unknown", func(a *answers.Answers) { a.Criterion = "tourism" }, eligible, RuleFormatCriterion, true, Error, "criterion"},
		{"post unknown", func(a *answers.Answers) { a.Applicant.Post = "winnipeg" }, eligible, RuleFormatPost, true, Error, "applicant.post"},
		{"post spelled out", func(a *answers.Answers) { a.Applicant.Post = "Quebec City" }, eligible, RuleFormatPost, false, 0, ""},
		{"travel yesterday", func(a *answers.Answers) { a.TravelDate = d("2026-11-22") }, eligible, RuleTravelDatePast, true, Error, "travel_date"},
		{"travel today", func(a *answers.Answers) { a.TravelDate = d("2026-11-23") }, eligible, RuleTravelDatePast, false, 0, ""},
		{"business on day 10 is too late", func(a *answers.Answers) { a.Criterion = UrgentBusiness; a.TravelDate = d("2028-01-25") }, eligible, RuleNotUrgent, true, Error, "travel_date"},
		{"business on day 9 qualifies", func(a *answers.Answers) { a.Criterion = UrgentBusiness; a.TravelDate = d("2028-01-24") }, eligible, RuleNotUrgent, false, 0, ""},
		{"event well after the appointment", func(a *answers.Answers) { a.Criterion = SignificantEvent; a.TravelDate = d("2028-03-01") }, eligible, RuleNotUrgent, true, Error, "travel_date"},
		{"relative travel late is a warning", func(a *answers.Answers) { a.TravelDate = d("2028-02-01") }, eligible, RuleNotUrgent, true, Warning, "travel_date"},
		{"medical travel late is a warning", func(a *answers.Answers) {
			a.Criterion = MedicalTreatment
			a.Patient = "self"
			a.TravelDate = d("2028-02-01")
		}, eligible, RuleNotUrgent, true, Warning, "travel_date"},
		{"student not judged by the 10-day rule", func(a *answers.Answers) { a.TravelDate = d("2028-03-01") }, student, RuleNotUrgent, false, 0, ""},
		{"program starts on the appointment day", func(a *answers.Answers) { a.Student.ProgramStart = d("2028-01-15") }, student, RuleProgramAfter, true, Error, "student.program_start"},
		{"program starts the day before", func(a *answers.Answers) { a.Student.ProgramStart = d("2028-01-14") }, student, RuleProgramAfter, false, 0, ""},
		{"cousin", func(a *answers.Answers) { a.Relative.Relationship = "cousin" }, eligible, RuleNotImmediate, true, Error, "relative.relationship"},
		{"uncle", func(a *answers.Answers) { a.Relative.Relationship = "Uncle" }, eligible, RuleNotImmediate, true, Error, "relative.relationship"},
		{"grandmother-in-law", func(a *answers.Answers) { a.Relative.Relationship = "grandmother-in-law" }, eligible, RuleNotImmediate, true, Error, "relative.relationship"},
		{"grandmother: the officer decides", func(a *answers.Answers) { a.Relative.Relationship = "Grandmother" }, eligible, RuleOfficerDecides, true, Warning, "relative.relationship"},
		{"grandmother is not refused", func(a *answers.Answers) { a.Relative.Relationship = "grandmother" }, eligible, RuleNotImmediate, false, 0, ""},
		{"grandson: the officer decides", func(a *answers.Answers) { a.Relative.Relationship = "my grandson" }, eligible, RuleOfficerDecides, true, Warning, "relative.relationship"},
		{"father in French", func(a *answers.Answers) { a.Relative.Relationship = "père" }, eligible, RuleNotImmediate, false, 0, ""},
		{"mother in French", func(a *answers.Answers) { a.Relative.Relationship = "Mère" }, eligible, RuleNotImmediate, false, 0, ""},
		{"sister in French, with œ", func(a *answers.Answers) { a.Relative.Relationship = "sœur" }, eligible, RuleNotImmediate, false, 0, ""},
		{"sister in French, typed oe", func(a *answers.Answers) { a.Relative.Relationship = "soeur" }, eligible, RuleNotImmediate, false, 0, ""},
		{"brother in French", func(a *answers.Answers) { a.Relative.Relationship = "frère" }, eligible, RuleNotImmediate, false, 0, ""},
		{"son in French", func(a *answers.Answers) { a.Relative.Relationship = "fils" }, eligible, RuleNotImmediate, false, 0, ""},
		{"daughter in French", func(a *answers.Answers) { a.Relative.Relationship = "fille" }, eligible, RuleNotImmediate, false, 0, ""},
		{"spouse in French", func(a *answers.Answers) { a.Relative.Relationship = "conjoint" }, eligible, RuleNotImmediate, false, 0, ""},
		{"spouse in French, feminine", func(a *answers.Answers) { a.Relative.Relationship = "conjointe" }, eligible, RuleNotImmediate, false, 0, ""},
		{"husband in French", func(a *answers.Answers) { a.Relative.Relationship = "époux" }, eligible, RuleNotImmediate, false, 0, ""},
		{"wife in French", func(a *answers.Answers) { a.Relative.Relationship = "épouse" }, eligible, RuleNotImmediate, false, 0, ""},
		{"half-brother in French", func(a *answers.Answers) { a.Relative.Relationship = "demi-frère" }, eligible, RuleNotImmediate, false, 0, ""},
		{"stepmother in French", func(a *answers.Answers) { a.Relative.Relationship = "belle-mère" }, eligible, RuleNotImmediate, false, 0, ""},
		{"my father in French", func(a *answers.Answers) { a.Relative.Relationship = "mon père" }, eligible, RuleNotImmediate, false, 0, ""},
		{"my sister in French", func(a *answers.Answers) { a.Relative.Relationship = "ma sœur" }, eligible, RuleNotImmediate, false, 0, ""},
		{"cousin in French", func(a *answers.Answers) { a.Relative.Relationship = "ma cousine" }, eligible, RuleNotImmediate, true, Error, "relative.relationship"},
		{"uncle in French", func(a *answers.Answers) { a.Relative.Relationship = "oncle" }, eligible, RuleNotImmediate, true, Error, "relative.relationship"},
		{"grandmother in French: the officer decides", func(a *answers.Answers) { a.Relative.Relationship = "grand-mère" }, eligible, RuleOfficerDecides, true, Warning, "relative.relationship"},
		{"sevis in lower case is normalised", func(a *answers.Answers) { a.Student.SevisID = "n0012345678" }, student, RuleFormatSevis, false, 0, ""},
		{"ds160 in lower case is normalised", func(a *answers.Answers) { a.Applicant.DS160 = "aa00abc123" }, eligible, RuleFormatDS160, false, 0, ""},
		{"friend", func(a *answers.Answers) { a.Relative.Relationship = "friend" }, eligible, RuleNotImmediate, true, Error, "relative.relationship"},
		{"stepmother", func(a *answers.Answers) { a.Relative.Relationship = "stepmother" }, eligible, RuleNotImmediate, false, 0, ""},
		{"half-brother", func(a *answers.Answers) { a.Relative.Relationship = "Half-brother" }, eligible, RuleNotImmediate, false, 0, ""},
		{"my wife", func(a *answers.Answers) { a.Relative.Relationship = "my wife" }, eligible, RuleNotImmediate, false, 0, ""},
		{"student on a B visa", func(a *answers.Answers) { a.Applicant.Visa = "B1/B2" }, student, RuleStudentVisaClass, true, Error, "applicant.visa"},
		{"student on a J-1", func(a *answers.Answers) { a.Applicant.Visa = "J-1"; a.Student.Form = "DS-2019" }, student, RuleStudentVisaClass, false, 0, ""},
		{"student on an M1", func(a *answers.Answers) { a.Applicant.Visa = "M1" }, student, RuleStudentVisaClass, false, 0, ""},
		{"no evidence", func(a *answers.Answers) { a.Evidence = nil }, eligible, RuleNoEvidence, true, Warning, "evidence"},
		{"blank evidence is none", func(a *answers.Answers) { a.Evidence = []string{" "} }, eligible, RuleNoEvidence, true, Warning, "evidence"},
		{"wedding invitation as evidence", func(a *answers.Answers) { a.Evidence = []string{"Wedding invitation from my sister"} }, eligible, RuleUnacceptableReason, true, Error, "evidence"},
		{"wedding as purpose", func(a *answers.Answers) {
			a.Description = "I need to attend my brother's wedding in Chicago on 2026-12-05; the whole family will be there and I am the best man."
		}, eligible, RuleUnacceptableReason, true, Error, "description"},
		{"the event is a wedding", func(a *answers.Answers) {
			a.Criterion = SignificantEvent
			a.Event.What = "my brother's wedding"
		}, eligible, RuleUnacceptableReason, true, Error, "event.what"},
		{"the business is a trade show", func(a *answers.Answers) {
			a.Criterion = UrgentBusiness
			a.Event.What = "booth at the CES trade show"
		}, eligible, RuleUnacceptableReason, true, Error, "event.what"},
		{"the business is a repair", func(a *answers.Answers) {
			a.Criterion = UrgentBusiness
			a.Event.What = "emergency repair of the welding line"
		}, eligible, RuleUnacceptableReason, false, 0, ""},
		{"wedding in passing", func(a *answers.Answers) {
			a.Description = "My father collapsed at my cousin's wedding in Boston on 2026-11-20 and is in intensive care at Massachusetts General Hospital. Dr. A. Lee says he may not survive the week."
		}, eligible, RuleUnacceptableReason, false, 0, ""},
		{"description too long", func(a *answers.Answers) { a.Description = goodRelativeText + strings.Repeat(" word", 500) }, eligible, RuleTooLong, true, Warning, "description"},
		{"description vague", func(a *answers.Answers) { a.Description = "Urgent family matter, my presence is essential." }, eligible, RuleVague, true, Warning, "description"},
		{"description emotional", func(a *answers.Answers) { a.Description = goodRelativeText + " Please please, I am desperate!!" }, eligible, RuleEmotional, true, Warning, "description"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := tt.base()
			tt.edit(a)
			fs := Check(a, Options{Today: today})
			i := slices.IndexFunc(fs, func(f Finding) bool { return f.Rule == tt.rule })
			if !tt.fire {
				if i >= 0 {
					t.Fatalf("%s fired but must not: %+v", tt.rule, fs[i])
				}
				return
			}
			if i < 0 {
				t.Fatalf("%s did not fire; got %v", tt.rule, ruleIDs(fs))
			}
			f := fs[i]
			if f.Severity != tt.sev || f.Field != tt.field {
				t.Errorf("%s: got severity %v field %q, want %v %q", tt.rule, f.Severity, f.Field, tt.sev, tt.field)
			}
			if f.Args == nil {
				t.Errorf("%s: no arguments (want an empty map at least)", tt.rule)
			}
		})
	}
}

func TestFindingsAreSortedAndDeterministic(t *testing.T) {
	a := &answers.Answers{Criterion: Student, Description: "please help", Student: answers.Student{SevisID: "bad"}}
	first := Check(a, Options{Today: today})
	for range 20 {
		if again := Check(a, Options{Today: today}); !reflect.DeepEqual(first, again) {
			t.Fatalf("findings differ between runs:\n%v\n%v", first, again)
		}
	}
	for i := 1; i < len(first); i++ {
		if first[i-1].Severity < first[i].Severity {
			t.Fatalf("finding %d (%s) comes before a more severe one (%s)", i-1, first[i-1].Rule, first[i].Rule)
		}
	}
	want := []string{"required.applicant.name", "required.travel_date", "required.first_available", RuleFormatSevis, "required.student.program_start"}
	if got := ruleIDs(first)[:len(want)]; !slices.Equal(got, want) {
		t.Errorf("error order: got %v, want %v", got, want)
	}
}

// TestRuleIDsGolden pins the public list of rule ids: a rename fails here.
func TestRuleIDsGolden(t *testing.T) {
	var b strings.Builder
	for _, r := range Rules() {
		var sev []string
		for _, s := range r.Severities {
			sev = append(sev, s.String())
		}
		fmt.Fprintf(&b, "%-48s %-14s %s\n", r.ID, strings.Join(sev, ","), strings.Join(r.Messages, " "))
	}
	golden(t, filepath.Join("testdata", "rules.golden"), b.String())
}

// TestEveryRuleIsReachable makes sure each required.<field> rule fires on
// an empty case of its criterion.
func TestEveryRuleIsReachable(t *testing.T) {
	seen := map[string]bool{}
	for _, f := range Check(&answers.Answers{Criterion: RelativeEmergency}, Options{Today: today}) {
		seen[f.Rule] = true
	}
	for _, c := range []string{"", MedicalTreatment, Student} {
		for _, f := range Check(&answers.Answers{Criterion: c}, Options{Today: today}) {
			seen[f.Rule] = true
		}
	}
	for _, r := range Rules() {
		if strings.HasPrefix(r.ID, "required.") && !seen[r.ID] {
			t.Errorf("required rule %s never fires on an empty case", r.ID)
		}
	}
}

func golden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if string(want) != got {
		t.Errorf("%s differs from the output (run go test -update after checking):\n--- got\n%s\n--- want\n%s", path, got, want)
	}
}
