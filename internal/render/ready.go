package render

import (
	"strings"

	"github.com/expedite/expedite/internal/answers"
	"github.com/expedite/expedite/internal/catalog"
	"github.com/expedite/expedite/internal/criteria"
	"github.com/expedite/expedite/internal/msg"
)

// Check kinds of the readiness list.
const (
	CheckFact  = "fact"
	CheckDate  = "date"
	CheckClaim = "claim"
)

// Check is one line of the readiness list, worded: a fact, the date rule
// or a claim, and whether it is in order.
type Check struct {
	Kind string `json:"kind"`
	ID   string `json:"id"` // the field, the date rule or the claim id
	OK   bool   `json:"ok"`
	Text string `json:"text"`
	// Documents are the documents held that prove a claim; Usual names
	// the document usually expected when none does.
	Documents []string `json:"documents,omitempty"`
	Usual     string   `json:"usual,omitempty"`
}

// ReadyList is the engine's readiness, worded in one language: the list
// the review shows, check --explain prints and check's JSON carries.
type ReadyList struct {
	Ready    bool    `json:"ready"`
	Errors   int     `json:"errors"`
	Warnings int     `json:"warnings"`
	Heading  string  `json:"heading"`
	Checks   []Check `json:"checks"`
	Verdict  string  `json:"verdict"`
}

// LongDate writes a date for a reader in p's language: "December 2,
// 2026", "2 décembre 2026"; "" for no date.
func LongDate(d answers.Date, p *msg.Printer) string {
	if d.IsZero() || p.Lang() == msg.Default {
		return d.Long()
	}
	return p.Date(d.String())
}

// Readiness words the engine's readiness of an assessed case. It decides
// nothing: every status is the engine's.
func Readiness(as *criteria.Assessment, p *msg.Printer) ReadyList {
	r := as.Readiness
	l := ReadyList{Ready: r.Ready, Errors: r.Errors, Warnings: r.Warnings, Heading: p.Text("ready.heading", nil), Checks: []Check{}}
	cat, cr, a := catalog.Default(), as.Criterion, as.Answers
	var missing, unbacked []string
	for _, f := range r.Facts {
		label := p.Catalog(cat.Label(cr, f.Field), nil, nil)
		c := Check{Kind: CheckFact, ID: f.Field, OK: f.Present, Text: label}
		if !f.Present {
			q, _ := cat.Question(cr, f.Field)
			c.Text = p.Text("ready.fact.missing", map[string]any{"label": label, "question": p.Catalog(q, nil, nil)})
			missing = append(missing, label)
		}
		l.Checks = append(l.Checks, c)
	}
	if cr != nil && r.Date.Rule != catalog.DateNone {
		l.Checks = append(l.Checks, Check{Kind: CheckDate, ID: r.Date.Rule, OK: r.Date.Met, Text: dateCheck(as, p)})
	}
	for _, c := range r.Claims {
		cl, _ := claimOf(cr, c.Claim)
		ck := Check{Kind: CheckClaim, ID: c.Claim, OK: c.Backed}
		claim := p.Catalog(cl.Claim, nil, nil)
		if c.Backed {
			for _, i := range c.Documents {
				ck.Documents = append(ck.Documents, one(a.Evidence[i]))
			}
			quoted := make([]string, len(ck.Documents))
			for i, d := range ck.Documents {
				quoted[i] = p.Quote(d)
			}
			ck.Text = p.Text("ready.claim.backed", map[string]any{"claim": claim, "documents": strings.Join(quoted, ", ")})
		} else {
			ck.Usual = p.Catalog(cl.Document, nil, nil)
			ck.Text = p.Text("ready.claim.unbacked", map[string]any{"claim": claim, "document": ck.Usual})
			unbacked = append(unbacked, claim)
		}
		l.Checks = append(l.Checks, ck)
	}
	if r.Ready {
		l.Verdict = p.Text("ready.verdict.ready", nil)
		if r.Warnings > 0 {
			l.Verdict = p.Text("ready.verdict.warnings", map[string]any{"count": r.Warnings})
		}
		return l
	}
	var parts []string
	if r.Errors > 0 {
		parts = append(parts, p.Text("ready.missing.errors", map[string]any{"count": r.Errors}))
	}
	if len(missing) > 0 {
		parts = append(parts, p.Text("ready.missing.facts", map[string]any{"facts": strings.Join(missing, ", ")}))
	}
	if cr != nil && !r.Date.Met {
		parts = append(parts, p.Text("ready.missing.date", nil))
	}
	if len(unbacked) > 0 {
		parts = append(parts, p.Text("ready.missing.claims", map[string]any{"claims": strings.Join(unbacked, "; ")}))
	}
	if cr == nil {
		parts = append(parts, p.Text("ready.missing.criterion", nil))
	}
	l.Verdict = p.Text("ready.verdict.missing", map[string]any{"what": strings.Join(parts, "; ")})
	return l
}

func claimOf(cr *catalog.Criterion, id string) (catalog.Claim, bool) {
	if cr != nil {
		for _, c := range cr.Claims {
			if c.ID == id {
				return c, true
			}
		}
	}
	return catalog.Claim{Claim: catalog.Text{"en": id}, Document: catalog.Text{"en": id}}, false
}

// dateCheck words the date rule's line from the engine's derived dates.
func dateCheck(as *criteria.Assessment, p *msg.Printer) string {
	a, r := as.Answers, as.Readiness
	if !r.Date.Known {
		return p.Text("ready.date.unknown", nil)
	}
	first := LongDate(a.FirstAvailable, p)
	switch r.Date.Rule {
	case catalog.DateWindow:
		data := map[string]any{"travel": LongDate(a.TravelDate, p), "first": first,
			"end": LongDate(as.WindowEnd, p), "days": as.WindowDays, "count": as.TravelLead}
		switch {
		case as.TravelLead > 0:
			return p.Text("ready.date.before", data)
		case as.InWindow:
			return p.Text("ready.date.window", data)
		}
		return p.Text("ready.date.late", data)
	case catalog.DateProgramStart:
		data := map[string]any{"start": LongDate(as.Start, p), "first": first, "count": as.ProgramLead}
		if r.Date.Met {
			return p.Text("ready.date.program", data)
		}
		return p.Text("ready.date.program.late", data)
	}
	return ""
}

// Mark is the readiness list's tick: [x] in order, [ ] not.
func Mark(ok bool) string {
	if ok {
		return "[x]"
	}
	return "[ ]"
}

// ReadyText is the readiness list as plain lines: the heading, one line a
// check, the verdict.
func ReadyText(l ReadyList) string {
	var b strings.Builder
	b.WriteString(l.Heading + "\n")
	for _, c := range l.Checks {
		b.WriteString("  " + Mark(c.OK) + " " + c.Text + "\n")
	}
	b.WriteString(l.Verdict + "\n")
	return b.String()
}
