package wizard

import (
	"errors"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/expedite/expedite/internal/answers"
	"github.com/expedite/expedite/internal/catalog"
	"github.com/expedite/expedite/internal/criteria"
	"github.com/expedite/expedite/internal/msg"
	"github.com/expedite/expedite/internal/render"
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

var stepIDs = map[step]string{
	stepWelcome:     "wizard.step.welcome",
	stepScreen:      "wizard.step.screen",
	stepCriterion:   "wizard.step.criterion",
	stepAbout:       "wizard.step.about",
	stepDates:       "wizard.step.dates",
	stepFacts:       "wizard.step.facts",
	stepDescription: "wizard.step.description",
	stepEvidence:    "wizard.step.evidence",
	stepReview:      "wizard.step.review",
	stepWrite:       "wizard.step.write",
	stepDone:        "wizard.step.done",
	stepStopped:     "wizard.step.stopped",
}

// stepTitle is a page's title in the wizard's language.
func stepTitle(s step) string { return tr(stepIDs[s], nil) }

// editable are the steps the review can send the applicant back to, in
// order; their position (from 1) is the key to press.
var editable = []step{stepCriterion, stepAbout, stepDates, stepFacts, stepDescription, stepEvidence}

// screenOptions are the reasons never accepted, from the catalog's one list.
func screenOptions() []option {
	opts := []option{{tr("wizard.screen.none", nil), ""}}
	for _, r := range catalog.Default().Country().Reasons {
		opts = append(opts, option{r.Screen.In(lang), r.ID})
	}
	return opts
}

func criterionOptions() []option {
	var opts []option
	for _, c := range catalog.Default().Country().Criteria {
		opts = append(opts, option{c.Letter + ". " + c.Short.In(lang), c.ID})
	}
	return append(opts, option{tr("wizard.criterion.none", nil), "none"})
}

func postOptions() []option {
	var opts []option
	for _, p := range catalog.Default().Country().Posts {
		opts = append(opts, option{p.Name.In(lang), p.ID})
	}
	return opts
}

// kinds maps the field table's types to the ways of answering.
var kinds = map[catalog.FieldType]kind{
	catalog.TypeLine: kindLine, catalog.TypeDate: kindDate, catalog.TypeText: kindText, catalog.TypeChoice: kindChoice,
	catalog.TypeBool: kindYesNo, catalog.TypeNumber: kindNumber, catalog.TypeList: kindChoices,
}

// fieldQuestion builds the question asking the field at path, worded by
// the catalog (the criterion's own wording first).
func (f *flow) fieldQuestion(cr *catalog.Criterion, path string) question {
	cat := catalog.Default()
	fl, _ := cat.Field(path)
	title, help := cat.Question(cr, path)
	q := question{key: path, title: title.In(lang), help: help.In(lang), kind: kinds[fl.Type]}
	switch {
	case fl.Type == catalog.TypeBool:
		q.flag = f.v.flag(path)
	default:
		q.str = f.v.str(path)
	}
	switch {
	case fl.Validator == "post":
		q.options = postOptions()
	case len(fl.Options) > 0:
		for _, o := range fl.Options {
			q.options = append(q.options, option{o.Label.In(lang), o.Value})
		}
	}
	if path == "first_available" {
		// The date rules judge the travel or program date against this one,
		// asked last: their errors show here.
		q.rules = []string{criteria.RuleNotUrgent, criteria.RuleProgramAfter}
	}
	return q
}

// pageQuestions asks the fields of a page: those of the field table that
// no criterion asks, in table order, then the chosen criterion's facts
// that belong on the page, in the criterion's order.
func (f *flow) pageQuestions(page string) []question {
	cat := catalog.Default()
	co := cat.Country()
	asked := co.FactFields()
	var qs []question
	for _, fl := range cat.Fields {
		if fl.Page == page && !slices.Contains(asked, fl.Path) {
			qs = append(qs, f.fieldQuestion(nil, fl.Path))
		}
	}
	if cr, ok := co.Criterion(f.v.Criterion); ok {
		for _, fact := range cr.Facts {
			if fl, ok := cat.Field(fact.Field); ok && fl.Page == page {
				qs = append(qs, f.fieldQuestion(cr, fact.Field))
			}
		}
	}
	return qs
}

// questions returns what step s asks, built for the chosen criterion:
// questions that do not apply are not built at all (rather than hidden).
func (f *flow) questions(s step) []question {
	v := f.v
	switch s {
	case stepWelcome:
		opts := []option{{tr("wizard.start", nil), "start"}}
		if f.resume != nil {
			opts = []option{{tr("wizard.resume", nil), "resume"}, {tr("wizard.over", nil), "over"}}
		}
		// The other languages, last, so the first choice stays the same.
		opts = append(opts, languageOptions()...)
		return []question{{key: "start", title: tr("wizard.ready", nil), kind: kindChoice, options: opts, str: &v.Start}}
	case stepScreen:
		return []question{{key: "screen", kind: kindChoice, str: &v.Screen, options: screenOptions(),
			title: tr("wizard.screen.title", nil),
			help:  tr("wizard.screen.help", nil)}}
	case stepCriterion:
		title, _ := catalog.Default().Question(nil, "criterion")
		return []question{{key: "criterion", kind: kindChoice, str: &v.Criterion, options: criterionOptions(),
			title: title.In(lang),
			help:  tr("wizard.criterion.help", nil)}}
	case stepAbout:
		return f.pageQuestions(catalog.PageAbout)
	case stepDates:
		return f.pageQuestions(catalog.PageDates)
	case stepFacts:
		return f.pageQuestions(catalog.PageFacts)
	case stepDescription:
		if n := utf8.RuneCountInString(v.Description); n > maxEditable {
			return []question{{key: "description.long", kind: kindChoice, str: &v.LongText,
				title:   tr("wizard.long.title", map[string]any{"count": n}),
				help:    tr("wizard.long.help", nil),
				options: []option{{tr("wizard.long.keep", nil), "keep"}, {tr("wizard.long.clear", nil), "clear"}}}}
		}
		title, help := catalog.Default().Question(nil, "description")
		return []question{{key: "description", kind: kindText, str: &v.Description, title: title.In(lang), help: help.In(lang)}}
	case stepEvidence:
		var opts []option
		for _, d := range typicalDocuments(v.Criterion) {
			opts = append(opts, option{d, d})
		}
		qs := []question{}
		if len(opts) > 0 {
			q := f.fieldQuestion(nil, "evidence")
			q.str, q.options, q.list = nil, opts, &v.Evidence
			qs = append(qs, q)
		}
		return append(qs,
			question{key: "evidence.other", title: tr("wizard.evidence.other", nil), kind: kindText, str: &v.OtherEvidence},
			f.fieldQuestion(nil, "companions.spouse"),
			f.fieldQuestion(nil, "companions.children"),
			f.fieldQuestion(nil, "applicant.canadian_citizen"),
		)
	case stepWrite:
		return []question{{key: "out", title: tr("wizard.out.title", nil), help: tr("wizard.out.help", nil), kind: kindLine, str: &v.OutDir}}
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
			return tr("wizard.yes", nil)
		}
		return tr("wizard.no", nil)
	case q.list != nil:
		return strings.Join(*q.list, "\n")
	}
	return ""
}

// dateShape is a date written YYYY-MM-DD, whether or not the day exists.
var dateShape = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// validate checks a typed value for q: its form (a real date, a number),
// then the errors the rule engine finds on this field with the value in
// place. Nothing is decided here that the engine does not decide.
func (f *flow) validate(q question, value string) error {
	value = strings.TrimSpace(value)
	switch q.kind {
	case kindDate:
		if value != "" {
			if _, err := answers.ParseDate(value); err != nil {
				if dateShape.MatchString(value) { // written right, but no such day
					return errors.New(tr("wizard.err.no-such-date", nil))
				}
				return errors.New(tr("wizard.err.date", nil))
			}
		}
	case kindNumber:
		if value != "" {
			if n, err := strconv.Atoi(value); err != nil || n < 0 || n > 99 {
				return errors.New(tr("wizard.err.number", nil))
			}
		}
	}
	if q.str == nil {
		return nil
	}
	old := *q.str
	*q.str = value
	a := f.v.toAnswers()
	*q.str = old
	if err := answers.CheckLimits(a); err != nil {
		return err // what the draft could not hold
	}
	fs := criteria.Check(a, criteria.Options{Today: f.opt.Today})
	for _, fd := range fs {
		if fd.Severity != criteria.Error || fd.Rule == criteria.RuleUnacceptableReason {
			continue
		}
		if fd.Field == q.key || slices.Contains(q.rules, fd.Rule) {
			return errors.New(message(fd))
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
	co := catalog.Default().Country()
	why := tr("wizard.stop.reason", nil)
	if r, ok := co.Reason(reason); ok {
		why = r.Stop.In(lang)
	} else if reason == "none" {
		why = tr("wizard.stop.none", nil)
	}
	// The plan for a regular appointment is the catalog's, for this post.
	advice := tr("wizard.stop.advice", nil)
	for _, s := range render.RegularPlan(msg.For(lang), post) {
		advice += "\n- " + s
	}
	if reason != "none" {
		advice += "\n\n" + tr("wizard.stop.else", nil)
	}
	return why + "\n\n" + advice
}

// message words a finding for the wizard.
func message(fd criteria.Finding) string { return msg.For(lang).Finding(fd) }
