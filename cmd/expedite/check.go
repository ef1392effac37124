package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/expedite/expedite/internal/criteria"
	"github.com/expedite/expedite/internal/safetext"
)

func runCheck(c *checkCmd, e *env) error {
	format, today, maxWords, pos := &c.Format, &c.Today, &c.MaxWords.n, c.Files
	if isBatch(pos) {
		return runBatch(pos, e, format.value, criteria.Options{Today: today.or(e), MaxWords: *maxWords})
	}
	path, err := onePath("check", pos)
	if err != nil {
		return err
	}
	a, err := readAnswers(path, e)
	if err != nil {
		return err
	}
	as := criteria.Assess(a, criteria.Options{Today: today.or(e), MaxWords: *maxWords})
	if format.value == "json" {
		if err := writeJSON(e.stdout, checkJSON{Findings: jsonFindings(as.Findings), Readiness: readinessOf(as)}); err != nil {
			return err
		}
	} else {
		if err := printFindings(e.stdout, as.Findings, format.value, ""); err != nil {
			return err
		}
		if c.Explain {
			printReadiness(e.stdout, as)
		}
		fmt.Fprintln(e.stdout, caseVerdict(as))
		printPlan(e.stdout, as)
	}
	if as.Verdict == criteria.Refused {
		return errFindings
	}
	return nil
}

// findingJSON is one finding in --format json; its keys are a contract:
// the message is worded here, its arguments are in args.
type findingJSON struct {
	Rule     string            `json:"rule"`
	Severity criteria.Severity `json:"severity"`
	Field    string            `json:"field"`
	Message  string            `json:"message"`
	Line     int               `json:"line,omitempty"`
	Column   int               `json:"column,omitempty"`
	Match    string            `json:"match,omitempty"`
	Args     map[string]any    `json:"args"`
}

// findingsJSON is the --format json document; its keys are a contract.
type findingsJSON struct {
	Findings []findingJSON `json:"findings"`
}

// jsonFindings words findings for --format json (never null).
func jsonFindings(fs []criteria.Finding) []findingJSON {
	p := printer()
	out := []findingJSON{}
	for _, f := range fs {
		out = append(out, findingJSON{Rule: f.Rule, Severity: f.Severity, Field: f.Field,
			Message: p.Finding(f), Line: f.Line, Column: f.Column, Match: f.Match, Args: f.Args})
	}
	return out
}

// printFindings writes findings as text lines, or as JSON. In text, check
// style (file == "") reads "SEVERITY  RULE  FIELD[:LINE:COL]: MESSAGE";
// lint style reads "FILE[:LINE:COL]: SEVERITY  RULE  MESSAGE", as compilers
// do, so editors can jump to it.
func printFindings(w io.Writer, fs []criteria.Finding, format, file string) error {
	p := printer()
	if format == "json" {
		return writeJSON(w, findingsJSON{Findings: jsonFindings(fs)})
	}
	for _, f := range fs {
		fmt.Fprintln(w, safetext.Line(findingLine(f, p.Finding(f), file)))
	}
	return nil
}

func findingLine(f criteria.Finding, message, file string) string {
	pos := ""
	if f.Line > 0 {
		pos = fmt.Sprintf(":%d:%d", f.Line, f.Column)
	}
	if file != "" {
		return fmt.Sprintf("%s%s: %s  %s  %s", file, pos, f.Severity, f.Rule, message)
	}
	return fmt.Sprintf("%s  %s  %s%s: %s", f.Severity, f.Rule, f.Field, pos, message)
}

// counts says "1 error, 2 warnings".
func counts(fs []criteria.Finding) string {
	p := printer()
	errs, warns, infos := criteria.Count(fs)
	var parts []string
	if errs > 0 {
		parts = append(parts, p.Text("check.count.errors", map[string]any{"count": errs}))
	}
	if warns > 0 {
		parts = append(parts, p.Text("check.count.warnings", map[string]any{"count": warns}))
	}
	if infos > 0 {
		parts = append(parts, p.Text("check.count.notes", map[string]any{"count": infos}))
	}
	return strings.Join(parts, ", ")
}

// caseVerdict is check's closing line about the whole case: the engine's verdict.
func caseVerdict(as *criteria.Assessment) string {
	p := printer()
	switch as.Verdict {
	case criteria.Refused:
		return p.Text("check.verdict.refused", map[string]any{"counts": counts(as.Findings)})
	case criteria.Weak:
		return p.Text("check.verdict.weak", map[string]any{"counts": counts(as.Findings)})
	}
	return p.Text("check.verdict.fits", nil)
}
