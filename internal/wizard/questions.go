package wizard

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/expedite/expedite/internal/answers"
	"github.com/expedite/expedite/internal/criteria"
)

// kind is how a question is answered.
type kind int

const (
	kindLine    kind = iota // one line of text
	kindDate                // a date, YYYY-MM-DD
	kindText                // several lines
	kindChoice              // one of the options
	kindChoices             // any of the options
	kindYesNo               // yes or no
	kindNumber              // a whole number, 0 to 99
)

type option struct{ label, value string }

// question is one thing the wizard asks. Both front ends (the terminal
// form and the accessible line prompts) ask the same questions.
type question struct {
	key     string // the answers-file field it fills; its findings show inline
	title   string
	help    string
	kind    kind
	options []option
	rules   []string // more rule ids whose errors show inline here
	str     *string
	flag    *bool
	list    *[]string
}

// step is one page of the wizard.
type step int

const (
	stepWelcome step = iota
	stepScreen
	stepCriterion
	stepAbout
	stepDates
	stepFacts
	stepDescription
	stepEvidence
	stepReview
	stepWrite
	stepDone
	stepStopped
)

var stepTitles = map[step]string{
	stepWelcome:     "Welcome",
	stepScreen:      "Quick check",
	stepCriterion:   "Which criterion fits?",
	stepAbout:       "About you",
	stepDates:       "Dates",
	stepFacts:       "The facts",
	stepDescription: "Your description",
	stepEvidence:    "Documents and family",
	stepReview:      "Review",
	stepWrite:       "Write the files",
	stepDone:        "Done",
	stepStopped:     "This request would not be accepted",
}

// editable are the steps the review can send the applicant back to, in
// order; their position (from 1) is the key to press.
var editable = []step{stepCriterion, stepAbout, stepDates, stepFacts, stepDescription, stepEvidence}

// reasons the quick screen asks about; ids match the messages in stopText.
var screenOptions = []option{
	{"No, none of these", ""},
	{"A wedding", "wedding"},
	{"A graduation ceremony", "graduation"},
	{"Helping a pregnant relative, or a birth", "pregnancy"},
	{"An annual conference or convention", "conference"},
	{"Tourism or a vacation", "tourism"},
	{"My plane tickets are already bought", "tickets"},
}

func criterionOptions() []option {
	var opts []option
	for _, c := range criteria.All {
		opts = append(opts, option{c.Letter + ". " + c.Short, c.ID})
	}
	return append(opts, option{"None of these", "none"})
}

func postOptions() []option {
	var opts []option
	for _, p := range criteria.Posts {
		opts = append(opts, option{p.Name, p.ID})
	}
	return opts
}

// questions returns what step s asks, built for the chosen criterion:
// questions that do not apply are not built at all (rather than hidden).
func (f *flow) questions(s step) []question {
	v := f.v
	switch s {
	case stepWelcome:
		opts := []option{{"Start", "start"}}
		if f.resume != nil {
			opts = []option{{"Resume my saved answers", "resume"}, {"Start over (the saved answers are kept in a file aside)", "over"}}
		}
		return []question{{key: "start", title: "Ready?", kind: kindChoice, options: opts, str: &v.Start}}
	case stepScreen:
		return []question{{key: "screen", kind: kindChoice, str: &v.Screen, options: screenOptions,
			title: "Is the trip mainly for one of these?",
			help:  "The posts never accept these as an emergency, whatever else is true."}}
	case stepCriterion:
		return []question{{key: "criterion", kind: kindChoice, str: &v.Criterion, options: criterionOptions(),
			title: "Which official criterion fits your emergency?",
			help:  "Requests outside these five are granted very rarely."}}
	case stepAbout:
		qs := []question{
			{key: "applicant.name", title: "Your full name, as in your passport", kind: kindLine, str: &v.Name},
			{key: "applicant.visa", title: "Visa class you apply for", help: "As printed, for example B1/B2, F-1, J-1.", kind: kindLine, str: &v.Visa},
			{key: "applicant.ds160", title: "DS-160 confirmation number (optional)", help: "AA followed by 8 letters or digits, on the confirmation page.", kind: kindLine, str: &v.DS160},
		}
		if v.Criterion == criteria.Student {
			qs[1].rules = []string{criteria.RuleStudentVisaClass}
		}
		return qs
	case stepDates:
		qs := []question{
			{key: "applicant.post", title: "Your post (where your regular appointment is)", kind: kindChoice, options: postOptions(), str: &v.Post},
			{key: "travel_date", title: "The date you must travel (YYYY-MM-DD)", kind: kindDate, str: &v.TravelDate},
			{key: "first_available", title: "First available regular appointment (YYYY-MM-DD)", help: "As shown in the appointment system for your post.",
				kind: kindDate, str: &v.FirstAvailable,
				rules: []string{criteria.RuleNotUrgent, criteria.RuleProgramAfter}},
		}
		if v.Criterion == criteria.Student {
			qs = append(qs,
				question{key: "student.program_start", title: "Program start date on your I-20 or DS-2019", kind: kindDate, str: &v.ProgramStart},
				question{key: "student.form", title: "Your form", kind: kindChoice, str: &v.Form,
					options: []option{{"I-20 (F or M student)", "I-20"}, {"DS-2019 (J exchange visitor)", "DS-2019"}}},
				question{key: "student.sevis_id", title: "SEVIS number", help: "N followed by 10 digits, at the top of the form, for example N0012345678.", kind: kindLine, str: &v.Sevis},
			)
		}
		return qs
	case stepFacts:
		return f.factQuestions()
	case stepDescription:
		if n := utf8.RuneCountInString(v.Description); n > maxEditable {
			return []question{{key: "description.long", kind: kindChoice, str: &v.LongText,
				title:   fmt.Sprintf("Your description is %d characters long: too long to edit here", n),
				help:    "An officer reads about 500 words. It stays as it is in your draft file until you choose to clear it.",
				options: []option{{"Keep it as it is", "keep"}, {"Clear it and write a shorter one", "clear"}}}}
		}
		return []question{{key: "description", kind: kindText, str: &v.Description,
			title: "Describe the emergency in your own words",
			help:  "Facts, in order: what happened, when, where, who. No pleading; the documents show the urgency."}}
	case stepEvidence:
		var opts []option
		for _, d := range typicalDocuments(v.Criterion) {
			opts = append(opts, option{d, d})
		}
		qs := []question{}
		if len(opts) > 0 {
			qs = append(qs, question{key: "evidence", title: "Which of these documents do you already hold?", help: "space or x to tick; only what you really have.",
				kind: kindChoices, options: opts, list: &v.Evidence})
		}
		return append(qs,
			question{key: "evidence.other", title: "Other documents you hold (one a line, optional)", kind: kindText, str: &v.OtherEvidence},
			question{key: "companions.spouse", title: "Does your spouse travel with you?", kind: kindYesNo, flag: &v.Spouse},
			question{key: "companions.children", title: "How many of your children travel with you?", help: "0 if none.", kind: kindNumber, str: &v.Children},
			question{key: "applicant.canadian_citizen", title: "Are you a Canadian citizen?", help: "If not, you will bring proof of legal status in Canada.", kind: kindYesNo, flag: &v.Citizen},
		)
	case stepWrite:
		return []question{{key: "out", title: "Folder for request.txt and checklist.pdf", help: "It is created if missing. Existing files there are replaced.", kind: kindLine, str: &v.OutDir}}
	}
	return nil
}

func (f *flow) factQuestions() []question {
	v := f.v
	switch v.Criterion {
	case criteria.RelativeEmergency:
		return []question{
			{key: "relative.name", title: "Your relative's full name", kind: kindLine, str: &v.RelName},
			{key: "relative.relationship", title: "How is this person related to you?", help: "For example father, sister, spouse (step- and half- count).", kind: kindLine, str: &v.RelRelationship},
			{key: "relative.place", title: "Where in the United States?", help: "Hospital or place, city and state.", kind: kindLine, str: &v.RelPlace},
			{key: "relative.situation", title: "The situation, in one line", help: "For example: car accident on 2026-11-20, in intensive care.", kind: kindLine, str: &v.RelSituation},
			{key: "relative.contact", title: "Attending physician or funeral home: name and phone", kind: kindLine, str: &v.RelContact},
		}
	case criteria.MedicalTreatment:
		return []question{
			{key: "patient", title: "Who needs the treatment?", kind: kindChoice, str: &v.Patient,
				options: []option{{"Me", "self"}, {"My minor child", "child"}}},
			{key: "medical.condition", title: "The condition and the treatment needed", kind: kindLine, str: &v.MedCondition},
			{key: "medical.provider", title: "US doctor or hospital: name, city, phone", kind: kindLine, str: &v.MedProvider},
			{key: "medical.date", title: "Date of the treatment (YYYY-MM-DD, optional)", kind: kindDate, str: &v.MedDate},
		}
	case criteria.Student:
		return []question{
			{key: "student.school", title: "Your school or program sponsor (optional)", kind: kindLine, str: &v.School},
		}
	case criteria.UrgentBusiness, criteria.SignificantEvent:
		what := "What is the business?"
		who := "Who in the US requires you there? (name, company, phone)"
		if v.Criterion == criteria.SignificantEvent {
			what = "What is the event, and your role in it?"
			who = "Who organises it or invited you? (name, phone)"
		}
		return []question{
			{key: "event.what", title: what, kind: kindLine, str: &v.EvWhat},
			{key: "event.where", title: "Where? (place, city, state)", kind: kindLine, str: &v.EvWhere},
			{key: "event.date", title: "When does it take place? (YYYY-MM-DD, optional)", kind: kindDate, str: &v.EvDate},
			{key: "event.organiser", title: who, kind: kindLine, str: &v.EvOrganiser},
			{key: "event.unforeseen", title: "Why could it not be foreseen or planned?", kind: kindLine, str: &v.EvUnforeseen},
		}
	}
	return nil
}

// value returns a question's current answer as text (choices: one a line).
func (q question) value() string {
	switch {
	case q.str != nil:
		return *q.str
	case q.flag != nil:
		if *q.flag {
			return "yes"
		}
		return "no"
	case q.list != nil:
		return strings.Join(*q.list, "\n")
	}
	return ""
}

// validate checks a typed value for q: its form (a real date, a number),
// then the errors the rule engine finds on this field with the value in
// place. Nothing is decided here that the engine does not decide.
func (f *flow) validate(q question, value string) error {
	value = strings.TrimSpace(value)
	switch q.kind {
	case kindDate:
		if value != "" {
			if _, err := answers.ParseDate(value); err != nil {
				return errors.New("write the date as YYYY-MM-DD, for example 2026-12-02")
			}
		}
	case kindNumber:
		if value != "" {
			if n, err := strconv.Atoi(value); err != nil || n < 0 || n > 99 {
				return errors.New("write a whole number, for example 0 or 2")
			}
		}
	}
	if q.str == nil {
		return nil
	}
	old := *q.str
	*q.str = value
	fs := criteria.Check(f.v.toAnswers(), criteria.Options{Today: f.opt.Today})
	*q.str = old
	for _, fd := range fs {
		if fd.Severity != criteria.Error || fd.Rule == criteria.RuleUnacceptableReason {
			continue
		}
		if fd.Field == q.key || slices.Contains(q.rules, fd.Rule) {
			return errors.New(fd.Message)
		}
	}
	return nil
}

// maxEditable is the longest description the editor is given. Longer
// ones (a paste gone wrong) make the editor slow and could be cut by it,
// so the applicant chooses to keep or clear them instead.
const maxEditable = 20000

// stopText explains kindly why the request stops here, and what to do.
func stopText(reason string, post string) string {
	var why string
	switch reason {
	case "none":
		why = "Your trip does not fit any of the five criteria. Requests outside them are granted very rarely, and a refused request can make the next one harder."
	case "wedding":
		why = "Attending a wedding is never accepted as an emergency, however important it is to you and your family."
	case "graduation":
		why = "Attending a graduation ceremony is never accepted as an emergency."
	case "pregnancy":
		why = "Assisting a pregnant relative, or being there for a birth, is never accepted as an emergency."
	case "conference":
		why = "An annual business, academic or professional conference is planned long ahead, so it is never accepted as an emergency."
	case "tourism":
		why = "Tourism or a vacation, even at short notice, is never accepted as an emergency."
	case "tickets":
		why = "Tickets already bought are never a reason for an earlier appointment: book the regular appointment first, then buy tickets."
	default:
		why = "This reason is not accepted."
	}
	advice := "Book a regular appointment as early as you can and keep checking it for earlier dates yourself, in the official system."
	if p, ok := criteria.LookupPost(post); ok && p.Nearby != "" {
		if n, ok := criteria.LookupPost(p.Nearby); ok {
			advice += fmt.Sprintf(" A nearby post may have earlier dates: %s is often paired with %s.", p.Name, n.Name)
		}
	} else {
		advice += " A nearby post may have earlier dates: Toronto/Ottawa, Montreal/Ottawa and Vancouver/Calgary are common pairs."
	}
	advice += " Family members who apply one by one see more free dates than a group."
	if reason != "none" {
		advice += "\n\nIf the trip is really for something else, such as a relative's grave illness or death in the US, go back and answer \"No, none of these\"."
	}
	return why + "\n\n" + advice
}
