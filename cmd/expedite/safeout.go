package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/expedite/expedite/internal/safefile"
	"github.com/expedite/expedite/internal/safetext"
	"github.com/expedite/expedite/internal/wizard"
)

// writeJSON writes v as indented JSON in which no character a terminal
// could act on appears raw: encoding/json escapes C0 controls and U+2028
// and U+2029 already; C1 controls (U+009B is a CSI), DEL, the
// bidirectional overrides and isolates, and the direction marks are
// escaped here as \uXXXX. The document decodes to the same strings.
func writeJSON(w io.Writer, v any) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := w.Write(escapeUnsafe(buf.Bytes()))
	return err
}

// escapeUnsafe rewrites the unsafe runes of a JSON document as \u
// escapes. They can only stand inside strings (the rest of JSON is
// ASCII), where an escape means the same rune.
func escapeUnsafe(doc []byte) []byte {
	if !bytes.ContainsFunc(doc, unsafeInJSON) {
		return doc
	}
	out := make([]byte, 0, len(doc)+64)
	for len(doc) > 0 {
		r, size := utf8.DecodeRune(doc)
		if unsafeInJSON(r) {
			out = fmt.Appendf(out, `\u%04x`, r)
		} else {
			out = append(out, doc[:size]...)
		}
		doc = doc[size:]
	}
	return out
}

// unsafeInJSON: C0 controls are left to encoding/json, which escapes them
// in strings; raw, they are the document's own newlines.
func unsafeInJSON(r rune) bool { return r >= 0x20 && safetext.IsUnsafe(r) }

// openText opens a text file for lint: a regular file only (a named pipe
// would wait forever, a device never ends); standard input is "-".
func openText(path string) (*os.File, error) {
	f, err := safefile.OpenRegular(path)
	var nr *safefile.NotRegularError
	p := printer()
	switch {
	case errors.As(err, &nr):
		return nil, &inputError{msg: p.Text("cli.err.not-text-file", map[string]any{"file": path, "what": fileKind(nr.Mode)})}
	case errors.Is(err, os.ErrNotExist):
		return nil, &inputError{msg: path + ": " + p.Text("input.no-such-file", nil)}
	case errors.Is(err, os.ErrPermission):
		return nil, &inputError{msg: path + ": " + p.Text("input.permission", nil)}
	case err != nil:
		return nil, &inputError{msg: p.Text("cli.err.cannot-open", map[string]any{"file": path, "problem": unwrapPath(err).Error()})}
	}
	return f, nil
}

// fileKind names what stands at a path that is not a regular file, in the
// reader's language ("a folder", "un dossier").
func fileKind(m os.FileMode) string {
	id := "other"
	switch {
	case m.IsRegular():
		id = "file"
	case m.IsDir():
		id = "folder"
	case m&os.ModeNamedPipe != 0:
		id = "fifo"
	case m&os.ModeSocket != 0:
		id = "socket"
	case m&os.ModeDevice != 0, m&os.ModeCharDevice != 0:
		id = "device"
	case m&os.ModeSymlink != 0:
		id = "symlink"
	}
	return printer().Text("file.kind."+id, nil)
}

// maxWordsFlag is --max-words: a whole number of words from 1 to
// maxMaxWords; anything else is a usage error.
type maxWordsFlag struct{ n int }

const maxMaxWords = 100_000

func (f *maxWordsFlag) String() string { return strconv.Itoa(f.n) }
func (f *maxWordsFlag) Set(s string) error {
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > maxMaxWords {
		return fmt.Errorf("%s is not a number of words from 1 to %d", clipArg(s), maxMaxWords)
	}
	f.n = n
	return nil
}

// clipArg quotes a command-line value for a message, cut to 60 characters.
func clipArg(s string) string {
	if r := []rune(s); len(r) > 60 {
		return strconv.Quote(string(r[:60])) + "…"
	}
	return strconv.Quote(s)
}

// savedNote says, in one true sentence, where the answers are: saved in
// the draft, or not saved and why.
func savedNote(res wizard.Result) string {
	if res.SaveErr != nil {
		return printer().Text("cli.wizard.not-saved", map[string]any{"problem": res.SaveErr.Error(), "path": res.DraftPath})
	}
	if res.Outcome == wizard.InputEnded {
		return printer().Text("cli.wizard.saved-so-far", map[string]any{"path": res.DraftPath})
	}
	return printer().Text("cli.wizard.saved", map[string]any{"path": res.DraftPath})
}

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

// maxErrorLine is the longest error message printed, in characters (with
// "expedite: " a line is at most 1,000): what a
// message quotes from the input is clipped where it is made, and this is
// the last guard (a 3 MB argument, say).
const maxErrorLine = 990

// errorLine is an error message as one safe line of at most maxErrorLine
// characters.
func errorLine(s string) string {
	s = safetext.Line(s)
	if r := []rune(s); len(r) > maxErrorLine {
		return string(r[:maxErrorLine-1]) + "…"
	}
	return s
}
