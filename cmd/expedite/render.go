package main

import (
	"bytes"
	"fmt"
	"path/filepath"

	"github.com/expedite/expedite/internal/answers"
	"github.com/expedite/expedite/internal/criteria"
	"github.com/expedite/expedite/internal/render"
	"github.com/expedite/expedite/internal/safefile"
)

const renderAbout = `Screens the case, then writes the two files you need: DIR/request.txt, the
text to paste into the official expedite box, and DIR/checklist.pdf, the
documents to bring to the interview. With an error finding it writes nothing
(use --force to write anyway). Files are created 0600, atomically: an
existing request.txt is replaced whole or not at all. The folder is created
(0700) if missing.

Examples:
  expedite render examples/student.yaml --out ./request
  expedite render case.yaml --out ./request --paper a4
  expedite render case.yaml --out -        # print the request text only

Exit codes: 0 written, 1 error findings (nothing written), 2 input error.
`

func runRender(args []string, e *env) error {
	f := newFlags("render", "expedite render FILE --out DIR [--paper letter|a4] [--force] [--today YYYY-MM-DD]", renderAbout)
	out := f.String("out", "", "write request.txt and checklist.pdf into `DIR` (- prints the request to stdout)")
	paper := &choiceFlag{value: render.Letter, choices: []string{render.Letter, render.A4}}
	f.Var(paper, "paper", "checklist `size`: letter or a4")
	force := f.Bool("force", false, "write the files even when the check finds errors")
	today := todayFlag(f)
	pos, err := f.parse(args, e.stdout)
	if err != nil {
		return err
	}
	path, err := onePath("render", pos)
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
	res, err := writeOutputs(a, *out, paper.value, today.or(e), e)
	if err != nil {
		return err
	}
	if *out == "-" {
		_, err := e.stdout.Write([]byte(res.text))
		return err
	}
	fmt.Fprintf(e.stdout, "Wrote %s (%d words, %d characters)\n", res.requestPath, res.words, res.chars)
	fmt.Fprintf(e.stdout, "Wrote %s\n", res.checklistPath)
	if criteria.HasErrors(fs) {
		return errFindings
	}
	return nil
}

// outputs is what writeOutputs produced.
type outputs struct {
	text                       string
	words, chars               int
	requestPath, checklistPath string
}

// writeOutputs renders both files in memory, then writes them together:
// a failure leaves any earlier files untouched. dir "-" renders the text
// only and writes nothing. The wizard writes through this too.
func writeOutputs(a *answers.Answers, dir, paper string, made answers.Date, e *env) (outputs, error) {
	text, err := render.RequestText(a)
	if err != nil {
		return outputs{}, err
	}
	res := outputs{text: text}
	res.words, res.chars = render.Counts(text)
	if dir == "-" {
		return res, nil
	}
	now := e.now()
	stamp := now
	if answers.DateOf(now) != made { // --today: stamp the PDF with that day
		stamp = timeOf(made)
	}
	var pdf bytes.Buffer
	if err := render.ChecklistPDF(&pdf, a, render.PDFOptions{Paper: paper, Made: stamp, Version: versionString()}); err != nil {
		return outputs{}, err
	}
	res.requestPath = filepath.Join(dir, "request.txt")
	res.checklistPath = filepath.Join(dir, "checklist.pdf")
	err = safefile.WriteFiles(map[string][]byte{res.requestPath: []byte(text), res.checklistPath: pdf.Bytes()})
	if err != nil {
		return outputs{}, fmt.Errorf("nothing was written: %w", err)
	}
	return res, nil
}
