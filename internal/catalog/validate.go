package catalog

import (
	"maps"
	"regexp"
	"slices"
	"strings"
	"text/template"
	"time"
)

// Problem is a value a field's validator refuses: the rule id and the
// arguments of its message. Text is made at the edge (package msg).
type Problem struct {
	Rule string
	Args map[string]any
}

// A validatorFunc trims and normalises a value (a SEVIS number typed in
// lower case comes back in capitals), or refuses it.
type validatorFunc func(co *Country, value string) (string, *Problem)

// Format rule ids, one per validator that can refuse a value.
const (
	RuleFormatSevis       = "format.sevis_id"
	RuleFormatDS160       = "format.ds160"
	RuleFormatCriterion   = "format.criterion"
	RuleFormatPost        = "format.post"
	RuleFormatPatient     = "format.patient"
	RuleFormatStudentForm = "format.student.form"
	RuleFormatDate        = "format.date"
)

var (
	sevisRE = regexp.MustCompile(`^N[0-9]{10}$`)
	ds160RE = regexp.MustCompile(`^AA[A-Z0-9]{8}$`)
)

func refuse(rule, value string, more ...any) *Problem {
	args := map[string]any{"value": value}
	for i := 0; i+1 < len(more); i += 2 {
		args[more[i].(string)] = more[i+1]
	}
	return &Problem{Rule: rule, Args: args}
}

var validators = map[string]validatorFunc{
	"sevis": func(_ *Country, s string) (string, *Problem) {
		n := strings.ToUpper(s)
		if !sevisRE.MatchString(n) {
			return s, refuse(RuleFormatSevis, s)
		}
		return n, nil
	},
	// visa: a visa class is printed in capitals (B1/B2, F-1, J-1); one
	// typed "f-1" goes into the request as "F-1". Any class is accepted.
	"visa": func(_ *Country, s string) (string, *Problem) {
		return strings.ToUpper(s), nil
	},
	"ds160": func(_ *Country, s string) (string, *Problem) {
		n := strings.ToUpper(s)
		if !ds160RE.MatchString(n) {
			return s, refuse(RuleFormatDS160, s)
		}
		return n, nil
	},
	"criterion": func(co *Country, s string) (string, *Problem) {
		if cr, ok := co.Criterion(s); ok {
			return cr.ID, nil
		}
		return s, refuse(RuleFormatCriterion, s, "criteria", co.CriterionIDs())
	},
	"post": func(co *Country, s string) (string, *Problem) {
		if p, ok := co.LookupPost(s); ok {
			return p.ID, nil
		}
		return s, refuse(RuleFormatPost, s, "posts", co.PostIDs())
	},
	"patient": func(_ *Country, s string) (string, *Problem) {
		switch n := strings.ToLower(s); n {
		case "self", "child":
			return n, nil
		}
		return s, refuse(RuleFormatPatient, s)
	},
	"date": func(_ *Country, s string) (string, *Problem) {
		if _, err := time.Parse(time.DateOnly, s); err != nil {
			return s, refuse(RuleFormatDate, s)
		}
		return s, nil
	},
	"student-form": func(_ *Country, s string) (string, *Problem) {
		k := strings.ToUpper(strings.NewReplacer(" ", "", "-", "", "_", "").Replace(s))
		switch k {
		case "I20":
			return "I-20", nil
		case "DS2019":
			return "DS-2019", nil
		}
		return s, refuse(RuleFormatStudentForm, s)
	},
}

func validatorNames() []string { return slices.Sorted(maps.Keys(validators)) }

// FormatRules lists the rule ids the validators can report, in order.
func FormatRules() []string {
	return []string{RuleFormatSevis, RuleFormatDS160, RuleFormatCriterion, RuleFormatPost, RuleFormatPatient, RuleFormatStudentForm, RuleFormatDate}
}

// Normalize checks one value of the field at path with the field's
// validator: the trimmed, normalised value, or the problem. A value that
// is blank, or of a field with no validator, comes back trimmed.
func (c *Catalog) Normalize(co *Country, path, value string) (string, *Problem) {
	value = strings.TrimSpace(value)
	f, ok := c.Field(path)
	if !ok || f.Validator == "" || value == "" {
		return value, nil
	}
	return validators[f.Validator](co, value)
}

// TemplateFuncs are the functions a catalog text template may call:
// field "path" gives the applicant's (normalised) answer, new "path" the
// same unless the applicant's description already states it (then "";
// the request says each fact once; render supplies it, elsewhere it is
// field), name a name without the contact details after it ("Acme Inc.
// (Mr. D. Owens, +1-...)" is "Acme Inc."), kin a relationship in lower
// case without "my ", anyOf a list ("a, b or c"), de and à a French
// preposition joined to a name. field is nil when parsing.
func TemplateFuncs(field func(string) string) template.FuncMap {
	if field == nil {
		field = func(string) string { return "" }
	}
	return template.FuncMap{
		"field": field,
		"new":   field,
		"name":  Name,
		"anyOf": func(xs []string) string { return strings.Join(xs, ", ") }, // package msg words it per language
		"kin": func(s string) string {
			return strings.TrimPrefix(strings.ToLower(strings.TrimSpace(s)), "my ")
		},
		// French « de » and « à » before a name: « d'Acme », « à
		// l'Université Laval », « du Cégep de Sherbrooke » (french.go).
		"de": func(name string) string { return frPrep(name, true) },
		"à":  func(name string) string { return frPrep(name, false) },
	}
}

// Name returns the name at the start of a value that goes on with contact
// details: what comes before the first bracket or comma, trimmed.
func Name(s string) string {
	if i := strings.IndexAny(s, "(,;"); i >= 0 {
		s = s[:i]
	}
	return strings.TrimSpace(s)
}
