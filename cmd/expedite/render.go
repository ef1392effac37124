package main

import (
	"fmt"

	"github.com/expedite/expedite/internal/answers"
	"github.com/expedite/expedite/internal/criteria"
	"github.com/expedite/expedite/internal/render"
)

const renderAbout = `Screens the case, then writes the two files you need: DIR/request.txt, the
text to paste into the official expedite box, and DIR/checklist.pdf, the
documents to bring to the interview. With an error finding it writes nothing
(use --force to write anyway). Files are created 0600 and written as one
pair: both old or both new, never a mix, even if the program is killed
(the two names link into DIR/.expedite, switched with one rename). The
folder is created (0700) if missing.

Examples:
  expedite render examples/student.yaml --out ./request
  expedite render case.yaml --out ./request --paper a4
  expedite render case.yaml --out -        # print the request text only

Exit codes: 0 written, 1 error findings (nothing written), 2 input error.
`

func runRender(c *renderCmd, e *env) error {
	out, paper, force, today := &c.Out, &c.Paper, &c.Force, &c.Today
	path, err := onePath("render", c.Files)
	if err != nil {
		return err
	}
	if *out == "" {
		return usagef("render", "say where to write the files with --out DIR (or --out - to print the request)")
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
			fmt.Fprintln(e.stderr, "Nothing written: fix the errors above first (or use --force to write anyway).")
			return errFindings
		}
		fmt.Fprintln(e.stderr, "Warning: writing despite the errors above (--force). As it stands the request would likely be refused.")
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
		_, err := e.stdout.Write([]byte(res.Text))
		return err
	}
	fmt.Fprintf(e.stdout, "Wrote %s (%d words, %d characters)\n", res.RequestPath, res.Words, res.Chars)
	fmt.Fprintf(e.stdout, "Wrote %s\n", res.ChecklistPath)
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
	return render.PDFOptions{Paper: paper, Made: stamp, Version: versionString()}
}
