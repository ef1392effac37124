package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/expedite/expedite/internal/criteria"
	"github.com/expedite/expedite/internal/safetext"
)

const checkAbout = `Screens one case (an answers file) against the official criteria, the date
rules, the reasons never accepted and the pitfalls that sink requests. Each
finding has a rule id, a severity and what to do about it. A wizard draft is
an answers file too.

Several files, or a folder (its *.yaml and *.yml files, sub-folders too),
are screened together in parallel: one line a case, in the order given,
"FILE: ok", "FILE: error|warning|note: COUNTS: RULES" or "FILE: unreadable:
WHY" (one JSON object a line with --format json); a file that cannot be
read does not stop the others, and the exit code is the worst case's.

Examples:
  expedite check examples/relative-emergency.yaml
  expedite check cases/
  expedite check --today 2026-11-23 case.yaml
  expedite check --format json case.yaml | jq '.findings[].rule'
  cat case.yaml | expedite check -

Exit codes: 0 no error finding, 1 at least one error finding, 2 the file
cannot be read or is not a valid answers file.
`

func runCheck(args []string, e *env) error {
	f := newFlags("check", "expedite check [--format text|json] [--today YYYY-MM-DD] FILE|DIR...", checkAbout)
	format := formatFlag(f)
	today := todayFlag(f)
	maxWords := maxWordsVar(f, "warn (pitfall.too-long) when the description has more `words` than this")
	pos, err := f.parse(args, e.stdout)
	if err != nil {
		return err
	}
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
	fs := criteria.Check(a, criteria.Options{Today: today.or(e), MaxWords: *maxWords})
	if err := printFindings(e.stdout, fs, format.value, ""); err != nil {
		return err
	}
	if format.value == "text" {
		fmt.Fprintln(e.stdout, caseVerdict(fs))
	}
	if criteria.HasErrors(fs) {
		return errFindings
	}
	return nil
}

// findingsJSON is the --format json document; its keys are a contract.
type findingsJSON struct {
	Findings []criteria.Finding `json:"findings"`
}

// printFindings writes findings as text lines, or as JSON. In text, check
// style (file == "") reads "SEVERITY  RULE  FIELD[:LINE:COL]: MESSAGE";
// lint style reads "FILE[:LINE:COL]: SEVERITY  RULE  MESSAGE", as compilers
// do, so editors can jump to it.
func printFindings(w io.Writer, fs []criteria.Finding, format, file string) error {
	if format == "json" {
		if fs == nil {
			fs = []criteria.Finding{}
		}
		return writeJSON(w, findingsJSON{Findings: fs})
	}
	for _, f := range fs {
		fmt.Fprintln(w, safetext.Line(findingLine(f, file)))
	}
	return nil
}

func findingLine(f criteria.Finding, file string) string {
	pos := ""
	if f.Line > 0 {
		pos = fmt.Sprintf(":%d:%d", f.Line, f.Column)
	}
	if file != "" {
		return fmt.Sprintf("%s%s: %s  %s  %s", file, pos, f.Severity, f.Rule, f.Message)
	}
	return fmt.Sprintf("%s  %s  %s%s: %s", f.Severity, f.Rule, f.Field, pos, f.Message)
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// counts says "1 error, 2 warnings".
func counts(fs []criteria.Finding) string {
	errs, warns, infos := criteria.Count(fs)
	var parts []string
	if errs > 0 {
		parts = append(parts, plural(errs, "error"))
	}
	if warns > 0 {
		parts = append(parts, plural(warns, "warning"))
	}
	if infos > 0 {
		parts = append(parts, plural(infos, "note"))
	}
	return strings.Join(parts, ", ")
}

// caseVerdict is check's closing line about the whole case.
func caseVerdict(fs []criteria.Finding) string {
	errs, warns, _ := criteria.Count(fs)
	switch {
	case errs > 0:
		return counts(fs) + ": as it stands the request would be refused; fix the errors first."
	case warns > 0:
		return counts(fs) + ", no errors: the case fits the criterion on paper; fixing the warnings makes the request stronger."
	}
	return "No problems found: the case fits the criterion on paper. Write the request with 'expedite render FILE --out DIR'."
}
