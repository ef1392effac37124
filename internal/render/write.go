package render

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"

	"github.com/expedite/expedite/internal/answers"
	"github.com/expedite/expedite/internal/criteria"
	"github.com/expedite/expedite/internal/msg"
	"github.com/expedite/expedite/internal/safefile"
)

// File names written into the output folder.
const (
	RequestFile   = "request.txt"
	ChecklistFile = "checklist.pdf"
)

// Result says what Write produced.
type Result struct {
	Text                       string // the request text
	Words, Chars               int
	Advice                     []string // over the length limits: the counts and what to cut (never cut)
	RequestPath, ChecklistPath string   // empty when nothing was written
}

// Write renders the request text and the checklist in memory, then writes
// both into dir as one pair (safefile.WritePair: 0600, the folder 0700 if
// created): a reader or a crash sees both old files or both new ones, and
// a failure leaves the earlier pair showing. dir "-" renders the text only
// and writes nothing.
func Write(a *answers.Answers, dir string, opt PDFOptions) (Result, error) {
	lang := opt.RequestLang
	if lang == "" {
		lang = RequestLang(a, opt.Lang)
	}
	as, pr := criteria.Assess(a, criteria.Options{}), msg.For(lang)
	text, err := Request(as, pr)
	if err != nil {
		return Result{}, err
	}
	res := Result{Text: text}
	res.Words, res.Chars = Counts(text)
	res.Advice = Measure(as, text, pr).Advice(pr)
	if dir == "-" {
		return res, nil
	}
	var pdf bytes.Buffer
	if err := ChecklistPDF(&pdf, a, opt); err != nil {
		return Result{}, err
	}
	req, chk := filepath.Join(dir, RequestFile), filepath.Join(dir, ChecklistFile)
	if err := safefile.WritePair(dir, map[string][]byte{RequestFile: []byte(text), ChecklistFile: pdf.Bytes()}); err != nil {
		var partial *safefile.PartialError
		if errors.As(err, &partial) {
			return Result{}, fmt.Errorf("only part was written: %w", err)
		}
		return Result{}, fmt.Errorf("nothing was written: %w", err)
	}
	res.RequestPath, res.ChecklistPath = req, chk
	return res, nil
}
