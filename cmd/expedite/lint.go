package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/expedite/expedite/internal/answers"
	"github.com/expedite/expedite/internal/criteria"
	"github.com/expedite/expedite/internal/safetext"
)

func runLint(c *lintCmd, e *env) error {
	format, maxWords, pos := &c.Format, &c.MaxWords.n, c.Files
	path := "-"
	if len(pos) > 1 {
		return usage("lint", "cli.err.lint-one-file", nil)
	} else if len(pos) == 1 {
		path = pos[0]
	}
	text, name, err := readText(path, e)
	if err != nil {
		return err
	}
	fs := criteria.Lint(text, criteria.LintOptions{MaxWords: *maxWords, Criterion: c.Criterion.value, Today: c.Today.or(e), Applicant: c.Applicant})
	if err := printFindings(e.stdout, fs, format.value, name); err != nil {
		return err
	}
	if format.value == "text" && len(fs) == 0 && !c.Quiet {
		fmt.Fprintln(e.stdout, safetext.Line(printer().Text("lint.clean", map[string]any{"file": name, "count": criteria.WordCount(text)})))
	}
	if format.value == "text" && len(fs) > 0 {
		if criteria.HasErrors(fs) {
			fmt.Fprintln(e.stdout, printer().Text("lint.verdict.refused", map[string]any{"counts": counts(fs)}))
		} else {
			fmt.Fprintln(e.stdout, printer().Text("lint.verdict.weak", map[string]any{"counts": counts(fs)}))
		}
	}
	if criteria.HasErrors(fs) {
		return errFindings
	}
	return nil
}

// readText reads a UTF-8 text of at most answers.MaxSize bytes from a file
// or, for "-", standard input.
func readText(path string, e *env) (text, name string, err error) {
	var r io.Reader = e.stdin
	name = "stdin"
	if path != "-" {
		f, err := openText(path)
		if err != nil {
			return "", "", err
		}
		defer f.Close()
		r, name = f, path
	}
	// Read into a string builder sized from the file: the text is held
	// once, not read into bytes and copied into a string.
	var b strings.Builder
	if f, ok := r.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode().IsRegular() && st.Size() <= answers.MaxSize {
			if text, ok := readBig(f, st.Size()); ok {
				return validText(text, name)
			}
			if _, err := f.Seek(0, io.SeekStart); err != nil {
				return "", "", &inputError{msg: printer().Text("cli.err.cannot-read", map[string]any{"file": name, "problem": unwrapPath(err).Error()})}
			}
			b.Grow(int(st.Size()) + 1)
		}
	}
	_, err = io.Copy(&b, io.LimitReader(r, answers.MaxSize+1))
	if err != nil {
		return "", "", &inputError{msg: printer().Text("cli.err.cannot-read", map[string]any{"file": name, "problem": unwrapPath(err).Error()})}
	}
	if b.Len() > answers.MaxSize {
		return "", "", &inputError{msg: printer().Text("cli.err.too-large", map[string]any{"file": name, "mib": answers.MaxSize >> 20})}
	}
	return validText(b.String(), name)
}

// validText refuses a text that is not UTF-8.
func validText(text, name string) (string, string, error) {
	if !utf8.ValidString(text) {
		return "", "", &inputError{msg: printer().Text("cli.err.not-utf8", map[string]any{"file": name})}
	}
	return text, name, nil
}

func unwrapPath(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}
