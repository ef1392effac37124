package criteria

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/expedite/expedite/internal/answers"
)

// Rule describes one check. Ids are a public contract: they appear in
// output, scripts match on them, and testdata/rules.golden pins the list.
type Rule struct {
	ID       string   `json:"id"`
	Severity Severity `json:"severity"`
	Summary  string   `json:"summary"`
}

// Rule ids that are not of the required.<field> family.
const (
	RuleFormatSevis        = "format.sevis_id"
	RuleFormatDS160        = "format.ds160"
	RuleFormatCriterion    = "format.criterion"
	RuleFormatPost         = "format.post"
	RuleFormatPatient      = "format.patient"
	RuleFormatStudentForm  = "format.student.form"
	RuleTravelDatePast     = "eligibility.travel-date-past"
	RuleNotUrgent          = "eligibility.not-urgent"
	RuleProgramAfter       = "eligibility.program-starts-after-appointment"
	RuleNotImmediate       = "eligibility.not-immediate-relative"
	RuleStudentVisaClass   = "eligibility.student-visa-class"
	RuleUnacceptableReason = "eligibility.unacceptable-reason"
	RuleVague              = "pitfall.vague"
	RuleEmotional          = "pitfall.emotional"
	RuleNoEvidence         = "pitfall.no-evidence"
	RuleTooLong            = "pitfall.too-long"
)

// required lists the required.<field> rules: the field path and what to add.
var required = []struct {
	field     string
	criterion string // "" for every case
	fix       string
}{
	{"applicant.name", "", "Add the applicant's full name, as printed in the passport."},
	{"criterion", "", "Choose the criterion the emergency falls under: relative-emergency, medical-treatment, student, urgent-business or significant-event ('expedite criteria' explains each)."},
	{"travel_date", "", "Add the date you must travel to the United States (YYYY-MM-DD); every request must state it."},
	{"first_available", "", "Add the first available regular appointment date shown for your post (YYYY-MM-DD). Book a regular appointment first: a request is only possible after that."},
	{"description", "", "Describe the emergency in your own words: what happened, when, where, and who is involved."},
	{"relative.name", RelativeEmergency, "Add the full name of your relative in the United States."},
	{"relative.relationship", RelativeEmergency, "Add how this person is related to you (for example father, sister, spouse)."},
	{"relative.place", RelativeEmergency, "Add where in the United States this is happening (city and state, hospital)."},
	{"relative.situation", RelativeEmergency, "Describe the situation in one line: what happened and when (death, grave illness, life-threatening accident)."},
	{"relative.contact", RelativeEmergency, "Add the name and phone number of the attending physician, or of the funeral home."},
	{"patient", MedicalTreatment, "Say who needs the treatment: 'self' (you) or 'child' (your minor child)."},
	{"student.sevis_id", Student, "Add your SEVIS number, printed on your I-20 or DS-2019 (N followed by 10 digits); the request must contain it."},
	{"student.program_start", Student, "Add the program start date printed on your I-20 or DS-2019 (YYYY-MM-DD)."},
}

// Rules lists every rule the engine can report, in a stable order.
var Rules = func() []Rule {
	var rs []Rule
	for _, r := range required {
		rs = append(rs, Rule{"required." + r.field, Error, "a required value is missing: " + r.field})
	}
	return append(rs,
		Rule{RuleFormatSevis, Error, "the SEVIS number is not N followed by 10 digits"},
		Rule{RuleFormatDS160, Error, "the DS-160 confirmation number is not AA followed by 8 letters or digits"},
		Rule{RuleFormatCriterion, Error, "the criterion is not one of the five official criteria"},
		Rule{RuleFormatPost, Error, "the post is not one of the seven US posts in Canada"},
		Rule{RuleFormatPatient, Error, "the patient is not 'self' or 'child'"},
		Rule{RuleFormatStudentForm, Error, "the student form is not I-20 or DS-2019"},
		Rule{RuleTravelDatePast, Error, "the travel date is before today"},
		Rule{RuleNotUrgent, Error, "the travel date is 10 or more days after the first available regular appointment (a warning for relative-emergency and medical-treatment)"},
		Rule{RuleProgramAfter, Error, "the program starts on or after the first available regular appointment"},
		Rule{RuleNotImmediate, Error, "the relative is not a spouse, parent, child or sibling"},
		Rule{RuleStudentVisaClass, Error, "the visa class of a student is not F, M or J"},
		Rule{RuleUnacceptableReason, Error, "the purpose of the trip is a reason the posts never accept"},
		Rule{RuleVague, Warning, "the description lacks the facts an officer needs: what, when, where, who"},
		Rule{RuleEmotional, Warning, "the description pleads instead of stating facts"},
		Rule{RuleNoEvidence, Warning, "no document is listed to prove the emergency"},
		Rule{RuleTooLong, Warning, "the description is longer than the word limit"},
	)
}()

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

func newFinding(rule string, sev Severity, field, format string, args ...any) Finding {
	return Finding{Rule: rule, Severity: sev, Field: field, Message: fmt.Sprintf(format, args...)}
}

var (
	sevisRE = regexp.MustCompile(`^N[0-9]{10}$`)
	ds160RE = regexp.MustCompile(`^AA[A-Z0-9]{8}$`)
)

// Check screens one case. It is pure: the same answers and options always
// give the same findings, in the same order.
func Check(a *answers.Answers, opt Options) []Finding {
	var fs []Finding
	crit := strings.TrimSpace(a.Criterion)
	_, knownCrit := Lookup(crit)

	// Required values.
	for _, r := range required {
		if r.criterion != "" && r.criterion != crit {
			continue
		}
		if isBlank(requiredValue(a, r.field)) {
			fs = append(fs, newFinding("required."+r.field, Error, r.field, "%s", r.fix))
		}
	}

	// Formats.
	if crit != "" && !knownCrit {
		fs = append(fs, newFinding(RuleFormatCriterion, Error, "criterion",
			"%q is not one of the five criteria. Use relative-emergency, medical-treatment, student, urgent-business or significant-event; a trip that fits none of them is rarely granted.", crit))
	}
	if p := strings.TrimSpace(a.Applicant.Post); p != "" {
		if _, ok := LookupPost(p); !ok {
			fs = append(fs, newFinding(RuleFormatPost, Error, "applicant.post",
				"%q is not a US post in Canada. Use calgary, halifax, montreal, ottawa, quebec-city, toronto or vancouver.", p))
		}
	}
	if d := strings.TrimSpace(a.Applicant.DS160); d != "" && !ds160RE.MatchString(d) {
		fs = append(fs, newFinding(RuleFormatDS160, Error, "applicant.ds160",
			"%q does not look like a DS-160 confirmation number: it is AA followed by 8 capital letters or digits (for example AA00ABC123), as on the confirmation page.", d))
	}
	if crit == MedicalTreatment {
		if p := strings.TrimSpace(a.Patient); p != "" && p != "self" && p != "child" {
			fs = append(fs, newFinding(RuleFormatPatient, Error, "patient",
				"%q: write 'self' if you need the treatment or 'child' if your minor child does; this criterion covers no one else.", p))
		}
	}
	if crit == Student {
		if s := strings.TrimSpace(a.Student.SevisID); s != "" && !sevisRE.MatchString(s) {
			fs = append(fs, newFinding(RuleFormatSevis, Error, "student.sevis_id",
				"%q is not a SEVIS number: it is the letter N followed by 10 digits (for example N0012345678), printed at the top of your I-20 or DS-2019.", s))
		}
		if f := strings.TrimSpace(a.Student.Form); f != "" && normalForm(f) == "" {
			fs = append(fs, newFinding(RuleFormatStudentForm, Error, "student.form",
				"%q: write I-20 (F and M students) or DS-2019 (J exchange visitors).", f))
		}
	}

	fs = append(fs, checkDates(a, crit, opt)...)

	if crit == RelativeEmergency {
		if rel := strings.TrimSpace(a.Relative.Relationship); rel != "" && !IsImmediateRelative(rel) {
			fs = append(fs, newFinding(RuleNotImmediate, Error, "relative.relationship",
				"A %s is not an immediate relative. This criterion covers only a spouse, parent, child or sibling (step- and half- included); for anyone else the request will be refused.", rel))
		}
	}
	if crit == Student {
		if v := strings.TrimSpace(a.Applicant.Visa); v != "" && !isStudentClass(v) {
			fs = append(fs, newFinding(RuleStudentVisaClass, Error, "applicant.visa",
				"The student criterion is for F, M or J visas only, not %q. Check the visa class on your I-20 (F-1, M-1) or DS-2019 (J-1).", v))
		}
	}

	// Prose.
	desc := newProse(a.Description)
	fs = append(fs, reasonFindings(desc, "description", a.Evidence)...)
	if crit == UrgentBusiness || crit == SignificantEvent {
		// What the business or event is, is the purpose of the trip.
		fs = append(fs, purposeFindings(newProse(a.Event.What), "event.what")...)
	}
	fs = append(fs, pitfallFindings(desc, "description", opt.maxWords())...)
	if !hasEvidence(a.Evidence) {
		fs = append(fs, newFinding(RuleNoEvidence, Warning, "evidence",
			"No document is listed to prove the emergency. Requests without proof are usually refused: list what you hold. For this criterion: %s.", proofExample(crit)))
	}
	Sort(fs)
	return fs
}

func checkDates(a *answers.Answers, crit string, opt Options) []Finding {
	var fs []Finding
	if !a.TravelDate.IsZero() && !opt.Today.IsZero() && a.TravelDate.Before(opt.Today) {
		fs = append(fs, newFinding(RuleTravelDatePast, Error, "travel_date",
			"The travel date %s is in the past (today is %s). Write the date you now need to travel.", a.TravelDate, opt.Today))
	}
	first := a.FirstAvailable
	if first.IsZero() {
		return fs
	}
	limit := first.AddDays(10)
	switch crit {
	case RelativeEmergency, MedicalTreatment, UrgentBusiness, SignificantEvent:
		if a.TravelDate.IsZero() || a.TravelDate.Before(limit) {
			break
		}
		if crit == UrgentBusiness || crit == SignificantEvent {
			fs = append(fs, newFinding(RuleNotUrgent, Error, "travel_date",
				"You travel on %s, but the first regular appointment is %s. This criterion needs travel before %s (within 10 days after it); a later trip can use the regular appointment, so the request has no case.", a.TravelDate, first, limit))
		} else {
			fs = append(fs, newFinding(RuleNotUrgent, Warning, "travel_date",
				"You travel on %s, after the first regular appointment (%s) plus 10 days. An officer may say the regular appointment serves; say why you must travel sooner, or check the dates.", a.TravelDate, first))
		}
	case Student:
		ps := a.Student.ProgramStart
		if !ps.IsZero() && !ps.Before(first) {
			fs = append(fs, newFinding(RuleProgramAfter, Error, "student.program_start",
				"Your program starts on %s, not before the first regular appointment (%s), so the regular appointment serves and the request will be refused. Keep the regular appointment.", ps, first))
		}
	}
	return fs
}

func requiredValue(a *answers.Answers, field string) string {
	switch field {
	case "applicant.name":
		return a.Applicant.Name
	case "criterion":
		return a.Criterion
	case "travel_date":
		return a.TravelDate.String()
	case "first_available":
		return a.FirstAvailable.String()
	case "description":
		return a.Description
	case "relative.name":
		return a.Relative.Name
	case "relative.relationship":
		return a.Relative.Relationship
	case "relative.place":
		return a.Relative.Place
	case "relative.situation":
		return a.Relative.Situation
	case "relative.contact":
		return a.Relative.Contact
	case "patient":
		return a.Patient
	case "student.sevis_id":
		return a.Student.SevisID
	case "student.program_start":
		return a.Student.ProgramStart.String()
	}
	panic("criteria: no value for required field " + field)
}

func isBlank(s string) bool { return strings.TrimSpace(s) == "" }

func hasEvidence(items []string) bool {
	for _, e := range items {
		if !isBlank(e) {
			return true
		}
	}
	return false
}

func proofExample(crit string) string {
	if c, ok := Lookup(crit); ok {
		return c.Proof[0]
	}
	return "a letter from the US doctor, company or organiser"
}

// normalForm returns "I-20" or "DS-2019" for the ways people write them, or "".
func normalForm(s string) string {
	k := strings.ToUpper(strings.NewReplacer(" ", "", "-", "", "_", "").Replace(s))
	switch k {
	case "I20":
		return "I-20"
	case "DS2019":
		return "DS-2019"
	}
	return ""
}

// NormalForm returns the canonical spelling of a student form ("I-20",
// "DS-2019"), or "" when s is neither.
func NormalForm(s string) string { return normalForm(s) }

func isStudentClass(v string) bool {
	v = strings.ToUpper(strings.TrimSpace(v))
	return v != "" && strings.ContainsAny(v[:1], "FMJ") && (len(v) == 1 || strings.ContainsAny(v[1:2], "-1234 "))
}

var immediate = map[string]bool{
	"spouse": true, "husband": true, "wife": true, "common-law spouse": true, "common-law partner": true,
	"parent": true, "mother": true, "father": true, "mom": true, "mum": true, "dad": true,
	"child": true, "son": true, "daughter": true,
	"sibling": true, "brother": true, "sister": true,
}

// IsImmediateRelative reports whether a relationship, as the applicant wrote
// it, is a spouse, parent, child or sibling, step- and half- forms included.
func IsImmediateRelative(rel string) bool {
	r := strings.ToLower(strings.TrimSpace(rel))
	r = strings.TrimPrefix(r, "my ")
	for _, p := range []string{"step-", "step ", "step", "half-", "half "} {
		if strings.HasPrefix(r, p) && immediate[strings.TrimPrefix(r, p)] {
			return true
		}
	}
	return immediate[r]
}
