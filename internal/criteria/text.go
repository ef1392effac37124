package criteria

import (
	"unicode"
	"unicode/utf8"

	"github.com/expedite/expedite/internal/answers"
	"github.com/expedite/expedite/internal/catalog"
	"github.com/expedite/expedite/internal/safetext"
)

// LintOptions configure Lint.
type LintOptions struct {
	MaxWords  int    // 0 means DefaultMaxWords
	Criterion string // optional: a criterion id adds its own prose rules
	// Today, when given, lets a day the text names be read as long past
	// ("registered on September 15": planned long before).
	Today answers.Date
	// Applicant, when given, is the name of whom the text is written for:
	// that name as a subject is the writer, as in check ("My client, Ms.
	// Roy, must attend").
	Applicant string
}

// Lint runs the prose rules over a text written outside an answers file:
// the same call Check makes on the description. Findings carry the line
// and column of what they found.
func Lint(text string, opt LintOptions) []Finding {
	max := opt.MaxWords
	if max <= 0 {
		max = DefaultMaxWords
	}
	co := catalog.Default().Country()
	cr, _ := co.Criterion(opt.Criterion)
	if len(text) > 2*lintPiece {
		fs := lintLong(co, cr, text, max, "text", readAs{today: opt.Today.Time(), applicant: opt.Applicant})
		Sort(fs)
		return fs
	}
	r := newReading(co, text, "text", readAs{today: opt.Today.Time(), applicant: opt.Applicant})
	fs := screenText(co, cr, r, max)
	if cr != nil {
		for _, rule := range cr.Screen.Rules {
			var f Finding
			ok := false
			switch rule {
			case RuleForeseeable:
				f, ok = foreseeableFinding(r)
			case RuleOutsideUS:
				f, ok = outsideUSFinding(co, &answers.Answers{}, cr, r)
			}
			if ok {
				fs = append(fs, f)
			}
		}
	}
	Sort(fs)
	return fs
}

// WordCount counts the words of a text as the applicant and the word
// limit see them: runs of characters between spaces.
func WordCount(text string) int {
	// Without a branch a byte: a word starts where a space byte (1) is
	// followed by a word byte (0); prev starts as a space.
	n, prev := 0, uint8(byteSpace)
	for i := 0; i < len(text); {
		v := byteClass[text[i]]
		if v == byteDecode { // a character that may be a space
			r, size := utf8.DecodeRuneInString(text[i:])
			v = byteWord
			if unicode.IsSpace(r) {
				v = byteSpace
			}
			i += size
		} else {
			i++
		}
		n += int(prev & (v ^ 1))
		prev = v
	}
	return n
}

// byteClass says what a byte of UTF-8 text starts, for WordCount: a
// space strings.Fields splits at, a byte of a word, or (the first bytes
// of U+0085, U+00A0, U+1680, U+2000-U+205F and U+3000) a character to
// decode. The other bytes of a character never start a space.
var byteClass = func() (t [256]uint8) {
	for _, c := range "\t\n\v\f\r " {
		t[c] = byteSpace
	}
	for _, c := range []byte{0xC2, 0xE1, 0xE2, 0xE3} {
		t[c] = byteDecode
	}
	return t
}()

const (
	byteWord = iota
	byteSpace
	byteDecode
)

// clip shortens s to n characters on one line, for quoting in a message.
func clip(s string, n int) string { return safetext.Clip(s, n) }

// lineIndex maps byte offsets to 1-based line and character columns.
type lineIndex struct {
	text   string
	starts []int
}

func newLineIndex(text string) lineIndex {
	starts := []int{0}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			starts = append(starts, i+1)
		}
	}
	return lineIndex{text, starts}
}

func (l lineIndex) position(off int) (line, col int) {
	lo, hi := 0, len(l.starts)
	for lo+1 < hi {
		mid := (lo + hi) / 2
		if l.starts[mid] <= off {
			lo = mid
		} else {
			hi = mid
		}
	}
	return lo + 1, utf8.RuneCountInString(l.text[l.starts[lo]:off]) + 1
}
