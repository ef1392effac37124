package criteria

import (
	"strings"
	"unicode/utf8"

	"github.com/expedite/expedite/internal/catalog"
	"github.com/expedite/expedite/internal/safetext"
)

// LintOptions configure Lint.
type LintOptions struct {
	MaxWords int // 0 means DefaultMaxWords
}

// Lint runs the prose rules (unacceptable-reason, vague, emotional,
// too-long) over a text written outside an answers file. Findings carry
// the line and column of what they found.
func Lint(text string, opt LintOptions) []Finding {
	max := opt.MaxWords
	if max <= 0 {
		max = DefaultMaxWords
	}
	p := newProse(text)
	fs := reasonFindings(catalog.Default().Country(), p, "text", nil, false)
	fs = append(fs, pitfallFindings(p, "text", max)...)
	Sort(fs)
	return fs
}

// sentence is a span of the text between sentence ends.
type sentence struct {
	start int // byte offset in the text
	text  string
}

var abbreviations = map[string]bool{
	"dr": true, "mr": true, "mrs": true, "ms": true, "st": true, "jr": true, "sr": true, "inc": true,
	"ltd": true, "co": true, "corp": true, "ave": true, "mt": true, "no": true, "vs": true, "etc": true,
	"e.g": true, "i.e": true, "prof": true, "u.s": true, "a.m": true, "p.m": true,
}

// sentences splits text at '.', '!' or '?' followed by a space, and at blank
// lines. A single line break is a space: people wrap lines by hand.
func sentences(text string) []sentence {
	var out []sentence
	start := 0
	emit := func(end int) {
		if s := text[start:end]; strings.TrimSpace(s) != "" {
			out = append(out, sentence{start, s})
		}
		start = end
	}
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c == '\n' && i+1 < len(text) && isBlankLineAhead(text[i+1:]):
			emit(i + 1)
		case (c == '.' || c == '!' || c == '?') && (i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\n' || text[i+1] == '\t'):
			if c == '.' && isAbbreviation(text[start:i]) {
				continue
			}
			emit(i + 1)
		}
	}
	emit(len(text))
	return out
}

func isBlankLineAhead(s string) bool {
	for _, r := range s {
		switch r {
		case '\n':
			return true
		case ' ', '\t', '\r':
			continue
		}
		return false
	}
	return false
}

// isAbbreviation reports whether the text before a '.' ends in an
// abbreviation or a single initial ("Dr.", "A.").
func isAbbreviation(before string) bool {
	i := strings.LastIndexAny(before, " \n\t(")
	w := strings.ToLower(before[i+1:])
	if utf8.RuneCountInString(w) == 1 {
		return true
	}
	return abbreviations[w]
}

// prose is a text prepared once for every prose rule.
type prose struct {
	text      string
	sents     []sentence
	toks      []token
	spans     [][2]int // token range of each sentence
	lines     lineIndex
	emergency map[int]bool // sentences about a real emergency; nil until asked
}

func newProse(text string) *prose {
	sents := sentences(text)
	toks := tokenize(text, sents)
	return &prose{text: text, sents: sents, toks: toks, spans: sentenceSpans(toks, len(sents)), lines: newLineIndex(text)}
}

func (p *prose) sentenceText(s int) string { return strings.TrimSpace(p.sents[s].text) }

// WordCount counts the words of a text as the applicant and the word
// limit see them: runs of characters between spaces.
func WordCount(text string) int { return len(strings.Fields(text)) }

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
