package render

import (
	"strings"

	"github.com/expedite/expedite/internal/answers"
	"github.com/expedite/expedite/internal/catalog"
	"github.com/expedite/expedite/internal/criteria"
	"github.com/expedite/expedite/internal/msg"
)

// Item is one document to bring. Held marks a document the applicant said
// they already hold.
type Item struct {
	Text string
	Held bool
}

// Section is a titled group of checklist items.
type Section struct {
	Title string
	Items []Item
}

// Checklist lists, in English, the documents this case calls for.
func Checklist(a *answers.Answers) []Section {
	return ChecklistFor(criteria.Assess(a, criteria.Options{}), msg.For(msg.Default))
}

// ChecklistFor lists the documents an assessed case calls for, and only
// those: no marriage certificate without a spouse, no status proof for a
// citizen. The documents are the catalog's.
func ChecklistFor(as *criteria.Assessment, p *msg.Printer) []Section {
	a, co := as.Answers, as.Country
	field := display(as, p)
	items := func(list []catalog.Item, data any) []Item {
		var out []Item
		for _, it := range list {
			if it.Unless != "" && a.Get(it.Unless) == "true" {
				continue
			}
			if it.When != nil && strings.TrimSpace(a.Get(it.When.Field)) != it.When.Equals {
				continue
			}
			out = append(out, Item{Text: p.Catalog(it.Text, data, field)})
		}
		return out
	}
	secs := []Section{{Title: p.Text("checklist.always", nil), Items: items(co.Documents.Always, nil)}}

	var family []Item
	if a.Companions.Spouse {
		family = append(family, items(co.Documents.Spouse, nil)...)
	}
	for i := 1; i <= a.Companions.Children; i++ {
		family = append(family, items(co.Documents.Child, map[string]any{"N": i, "Of": a.Companions.Children})...)
	}
	if len(family) > 0 {
		secs = append(secs, Section{Title: p.Text("checklist.family", nil), Items: family})
	}
	if as.Criterion != nil {
		if proof := items(as.Criterion.Checklist, nil); len(proof) > 0 {
			secs = append(secs, Section{Title: p.Text("checklist.proof", nil), Items: proof})
		}
	}
	var held []Item
	for _, e := range a.Evidence {
		if v := one(e); v != "" {
			held = append(held, Item{Text: v, Held: true})
		}
	}
	if len(held) > 0 {
		secs = append(secs, Section{Title: p.Text("checklist.held", nil), Items: held})
	}
	return append(secs, Section{Title: p.Text("checklist.ties", nil), Items: items(co.Documents.Ties, nil)})
}

func texts(ts []catalog.Text, p *msg.Printer) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = p.Catalog(t, nil, nil)
	}
	return out
}

// NextSteps is the official process, in order, for this case: a step the
// case has already done (a DS-160 number given) words itself away, as
// empty text, and is left out.
func NextSteps(p *msg.Printer, a *answers.Answers) []string {
	var out []string
	for _, t := range catalog.Default().Country().NextSteps {
		if s := strings.TrimSpace(p.Catalog(t, nil, a.Get)); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// InterviewTips are short and practical.
func InterviewTips(p *msg.Printer) []string { return texts(catalog.Default().Country().Tips, p) }

// Warnings are the facts that cost applicants most.
func Warnings(p *msg.Printer) []string { return texts(catalog.Default().Country().Warnings, p) }
