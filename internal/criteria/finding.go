package criteria

import (
	"cmp"
	"fmt"
	"slices"
)

// Severity says how much a finding matters. Errors block a request; warnings
// weaken it; info is advice.
type Severity int

const (
	Info Severity = iota + 1
	Warning
	Error
)

func (s Severity) String() string {
	switch s {
	case Info:
		return "info"
	case Warning:
		return "warning"
	case Error:
		return "error"
	}
	return fmt.Sprintf("Severity(%d)", int(s))
}

// MarshalText writes the severity as "error", "warning" or "info".
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// Finding is one problem found in a case or a text. Rule ids are a public
// contract (see Rules). Line and Column (1-based, counted in characters)
// locate prose findings inside the text they concern.
type Finding struct {
	Rule     string   `json:"rule"`
	Severity Severity `json:"severity"`
	Field    string   `json:"field"`
	Message  string   `json:"message"`
	Line     int      `json:"line,omitempty"`
	Column   int      `json:"column,omitempty"`
	Match    string   `json:"match,omitempty"`
}

// fieldOrder is the order of fields in an answers file; findings are sorted
// by severity, then by it, so the output reads top to bottom.
var fieldOrder = map[string]int{}

func init() {
	for i, f := range []string{
		"version", "applicant.name", "applicant.post", "applicant.visa", "applicant.canadian_citizen", "applicant.ds160",
		"criterion", "travel_date", "first_available",
		"relative.name", "relative.relationship", "relative.place", "relative.situation", "relative.contact",
		"patient", "medical.condition", "medical.provider", "medical.date",
		"student.sevis_id", "student.program_start", "student.form", "student.school",
		"event.what", "event.where", "event.date", "event.organiser", "event.unforeseen",
		"description", "text", "companions", "evidence",
	} {
		fieldOrder[f] = i + 1
	}
}

func fieldRank(f string) int {
	if r, ok := fieldOrder[f]; ok {
		return r
	}
	return len(fieldOrder) + 1
}

// Sort orders findings deterministically: errors first, then by field in
// file order, then by position, then by rule id.
func Sort(fs []Finding) {
	slices.SortStableFunc(fs, func(a, b Finding) int {
		return cmp.Or(
			cmp.Compare(b.Severity, a.Severity),
			cmp.Compare(fieldRank(a.Field), fieldRank(b.Field)),
			cmp.Compare(a.Field, b.Field),
			cmp.Compare(a.Line, b.Line),
			cmp.Compare(a.Column, b.Column),
			cmp.Compare(a.Rule, b.Rule),
		)
	})
}

// Count returns how many findings have each severity.
func Count(fs []Finding) (errors, warnings, infos int) {
	for _, f := range fs {
		switch f.Severity {
		case Error:
			errors++
		case Warning:
			warnings++
		case Info:
			infos++
		}
	}
	return
}

// HasErrors reports whether any finding is an error.
func HasErrors(fs []Finding) bool {
	e, _, _ := Count(fs)
	return e > 0
}
