package main

import (
	"fmt"
	"io"

	"github.com/expedite/expedite/internal/criteria"
	"github.com/expedite/expedite/internal/render"
	"github.com/expedite/expedite/internal/safetext"
)

// checkJSON is check's --format json document for one case; its keys are
// a contract.
type checkJSON struct {
	Findings  []findingJSON    `json:"findings"`
	Readiness render.ReadyList `json:"readiness"`
}

// readinessOf words the engine's readiness list.
func readinessOf(as *criteria.Assessment) render.ReadyList { return render.Readiness(as, printer()) }

// printReadiness writes check --explain's list: a heading, one line a
// fact, the date rule and each claim, ticked when in order, then the
// readiness verdict.
func printReadiness(w io.Writer, as *criteria.Assessment) {
	l := readinessOf(as)
	if len(as.Findings) > 0 {
		fmt.Fprintln(w)
	}
	fmt.Fprintln(w, safetext.Line(l.Heading))
	for _, c := range l.Checks {
		fmt.Fprintln(w, "  "+render.Mark(c.OK)+" "+safetext.Line(c.Text))
	}
	fmt.Fprintln(w, safetext.Line(l.Verdict))
}
