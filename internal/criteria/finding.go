package criteria

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/expedite/expedite/internal/catalog"
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

// Finding is one problem found in a case or a text: the rule id, its
// severity, the field and the arguments of its message (dates, words
// found, limits), never a finished sentence: the text is made at the edge
// from the message catalog (package msg) in the reader's language. Rule
// ids are a public contract (see Rules). Line and Column (1-based, counted
// in characters) locate prose findings inside the text they concern.
type Finding struct {
	Rule     string         `json:"rule"`
	Severity Severity       `json:"severity"`
	Field    string         `json:"field"`
	Line     int            `json:"line,omitempty"`
	Column   int            `json:"column,omitempty"`
	Match    string         `json:"match,omitempty"`
	Args     map[string]any `json:"args"`
	// MessageID names the message when a rule words one case apart
	// (eligibility.not-urgent.warning); empty means the rule id.
	MessageID string `json:"-"`
}

// Message returns the id of the finding's message.
func (f Finding) Message() string {
	if f.MessageID != "" {
		return f.MessageID
	}
	return f.Rule
}

func newFinding(rule string, sev Severity, field string, args map[string]any) Finding {
	if args == nil {
		args = map[string]any{}
	}
	return Finding{Rule: rule, Severity: sev, Field: field, Args: args}
}

// fieldRank orders fields as the catalog's field table does, which is the
// order of the answers file.
func fieldRank(f string) int {
	fs := catalog.Default().Fields
	if i := slices.IndexFunc(fs, func(x *catalog.Field) bool { return x.Path == f }); i >= 0 {
		return i + 1
	}
	return len(fs) + 1
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
