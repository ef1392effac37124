package wizard

import (
	"slices"
	"strconv"
	"strings"

	"github.com/expedite/expedite/internal/answers"
	"github.com/expedite/expedite/internal/catalog"
)

// values holds the answers as the questions edit them: text as typed,
// dates as text until they read as dates, each under its answers-file
// path. It converts to and from the answers file, which is what the draft
// holds.
type values struct {
	Start     string // welcome: "start", "resume" or "over"
	Screen    string // quick screen: "" or the id of a reason never accepted
	Criterion string // a criterion id, or "none"

	fields map[string]*string // the other questions, by field path
	flags  map[string]*bool   // the yes/no questions, by field path
	// answered are the yes/no questions answered: the others stay absent
	// from the draft, not false (a page not seen writes nothing).
	answered map[string]bool

	Description string
	LongText    string // for a description too long to edit: "keep" or "clear"

	Evidence      []string // documents chosen from the criterion's typical list
	OtherEvidence string   // further documents, one a line

	OutDir string
}

// slot returns the answer at path in m, made on first use, to edit in place.
func slot[T any](m *map[string]*T, path string) *T {
	if *m == nil {
		*m = map[string]*T{}
	}
	p, ok := (*m)[path]
	if !ok {
		p = new(T)
		(*m)[path] = p
	}
	return p
}

// str returns the text answer of the field at path.
func (v *values) str(path string) *string { return slot(&v.fields, path) }

// flag returns the yes/no answer of the field at path.
func (v *values) flag(path string) *bool { return slot(&v.flags, path) }

// answer records that the yes/no question at path was answered.
func (v *values) answer(path string) {
	if v.answered == nil {
		v.answered = map[string]bool{}
	}
	v.answered[path] = true
}

func trim(s string) string { return strings.TrimSpace(s) }

// toAnswers builds the case from the values. Each value goes through its
// field's validator, the one check also makes, so a SEVIS number typed in
// lower case is stored in capitals; a value it refuses is kept as typed,
// and a date that does not read as a date yet is left out.
func (v *values) toAnswers() *answers.Answers {
	cat := catalog.Default()
	co := cat.Country()
	a := &answers.Answers{Version: answers.FormatVersion}
	for path, p := range v.fields {
		val, problem := cat.Normalize(co, path, *p)
		if problem != nil {
			val = trim(*p)
		}
		a.Set(path, val)
	}
	for path, p := range v.flags {
		if v.answered[path] {
			a.Set(path, strconv.FormatBool(*p))
		}
	}
	if v.Criterion != "none" {
		a.Criterion = v.Criterion
	}
	a.Description = strings.TrimRight(v.Description, " \t\n")
	a.Evidence = append([]string(nil), v.Evidence...)
	for _, ln := range strings.Split(v.OtherEvidence, "\n") {
		if ln = trim(ln); ln != "" && !slices.Contains(a.Evidence, ln) {
			a.Evidence = append(a.Evidence, ln)
		}
	}
	return a
}

// special are the fields the values hold by name.
var special = []string{"version", "criterion", "description", "evidence", "facts"}

// fromAnswers fills values from a case (a resumed draft).
func fromAnswers(a *answers.Answers) *values {
	cat := catalog.Default()
	co := cat.Country()
	v := &values{Criterion: a.Criterion, Description: a.Description}
	for _, f := range cat.Fields {
		if slices.Contains(special, f.Path) {
			continue
		}
		val := a.Get(f.Path)
		switch f.Type {
		case catalog.TypeBool:
			if val != "" {
				*v.flag(f.Path) = val == "true"
				v.answer(f.Path)
			}
			continue
		case catalog.TypeNumber:
			if val == "0" {
				val = ""
			}
		}
		if n, problem := cat.Normalize(co, f.Path, val); problem == nil {
			val = n
		} else if f.Type == catalog.TypeChoice {
			val = "" // a choice shows only its options
		}
		*v.str(f.Path) = val
	}
	for k, val := range a.Facts {
		*v.str("facts." + k) = val
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

// typicalDocuments are the documents the criterion's applicants often
// hold, offered as ticks.
func typicalDocuments(crit string) []string {
	cr, ok := catalog.Default().Country().Criterion(crit)
	if !ok {
		return nil
	}
	var docs []string
	for _, t := range cr.Typical {
		docs = append(docs, t.In(lang))
	}
	return docs
}

// post returns the post chosen, "" when none.
func (v *values) post() string { return *v.str("applicant.post") }
