package main

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/expedite/expedite/internal/answers"
	"github.com/expedite/expedite/internal/criteria"
	"github.com/expedite/expedite/internal/render"
	"github.com/expedite/expedite/internal/safetext"
)

func runRender(c *renderCmd, e *env) error {
	out, paper, force, today := &c.Out, &c.Paper, &c.Force, &c.Today
	if len(c.Files) == 0 && isAnswersName(*out) {
		// "expedite render --out case.yaml": the file was taken as the folder.
		return usage("render", "cli.err.out-is-file", map[string]any{"file": *out})
	}
	path, err := onePath("render", c.Files)
	if err != nil {
		return err
	}
	if *out == "" {
		return usage("render", "cli.err.render-out", nil)
	}
	a, err := readAnswers(path, e)
	if err != nil {
		return err
	}
	fs := criteria.Check(a, criteria.Options{Today: today.or(e)})
	if err := printFindings(e.stderr, fs, "text", ""); err != nil {
		return err
	}
	if criteria.HasErrors(fs) {
		if !*force {
			fmt.Fprintln(e.stderr, printer().Text("cli.render.nothing-written", nil))
			return errFindings
		}
		fmt.Fprintln(e.stderr, printer().Text("cli.render.forced", nil))
	}
	interrupted := holdSignals() // a signal now lets the write finish or undo itself first
	defer interrupted()
	res, err := render.Write(a, *out, pdfOptions(paper.value, today.or(e), e))
	if err != nil {
		return err
	}
	if interrupted() {
		fmt.Fprintf(e.stderr, "Interrupted; %s and %s were written in full first.\n", res.RequestPath, res.ChecklistPath)
		return errInterrupted
	}
	if *out == "-" {
		if _, err := e.stdout.Write([]byte(res.Text)); err != nil {
			return err
		}
		if criteria.HasErrors(fs) {
			return errFindings // written with --force: the exit code still says the request would be refused
		}
		return nil
	}
	fmt.Fprintln(e.stdout, wroteRequest(res))
	fmt.Fprintln(e.stdout, printer().Text("cli.render.wrote", map[string]any{"path": res.ChecklistPath}))
	for i, line := range res.Advice {
		if i > 0 {
			line = "  - " + line
		}
		fmt.Fprintln(e.stdout, safetext.Line(line))
	}
	if criteria.HasErrors(fs) {
		return errFindings
	}
	return nil
}

// pdfOptions stamps the checklist with now, or with the --today date.
func pdfOptions(paper string, made answers.Date, e *env) render.PDFOptions {
	stamp := e.now()
	if answers.DateOf(stamp) != made {
		stamp = timeOf(made)
	}
	return render.PDFOptions{Paper: paper, Made: stamp, Version: versionString(), Lang: uiLang}
}

// wroteRequest says where the request text went and how long it is.
func wroteRequest(res render.Result) string {
	return printer().Text("cli.render.wrote-request", map[string]any{"path": res.RequestPath, "words": res.Words, "chars": res.Chars})
}

// isAnswersName reports whether a path names an answers file by its
// extension (.yaml, .yml, .json).
func isAnswersName(p string) bool {
	switch strings.ToLower(filepath.Ext(p)) {
	case ".yaml", ".yml", ".json":
		return true
	}
	return false
}
