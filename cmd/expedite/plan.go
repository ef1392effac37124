package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/expedite/expedite/internal/criteria"
	"github.com/expedite/expedite/internal/render"
	"github.com/expedite/expedite/internal/safetext"
)

// doesNotQualify says whether a case fails on eligibility (a reason never
// accepted, too late, not an immediate relative...), not merely on a fact
// left out: such a case is better served by a regular appointment.
func doesNotQualify(as *criteria.Assessment) bool {
	for _, f := range as.Findings {
		if f.Severity == criteria.Error && strings.HasPrefix(f.Rule, "eligibility.") {
			return true
		}
	}
	return false
}

// printPlan ends check's text output, for a case that does not qualify,
// with the catalog's plan for a regular appointment at the applicant's post.
func printPlan(w io.Writer, as *criteria.Assessment) {
	if !doesNotQualify(as) {
		return
	}
	p := printer()
	plan := render.RegularPlan(p, as.Answers.Applicant.Post)
	if len(plan) == 0 {
		return
	}
	fmt.Fprintf(w, "\n%s\n", p.Text("check.plan", nil))
	for _, s := range plan {
		fmt.Fprintln(w, safetext.Line("- "+s))
	}
}
