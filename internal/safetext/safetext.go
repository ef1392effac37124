// Package safetext cleans text the applicant typed or pasted: for showing it
// on a terminal, and for pasting it into the official request box.
package safetext

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// isControl reports runes that must never reach a terminal raw: C0 and C1
// controls, DEL, and the bidirectional overrides that reorder what is shown.
func isControl(r rune) bool {
	return r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) ||
		(r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069)
}

// isMark reports the direction marks (U+200E, U+200F, U+061C), invisible
// but able to reorder neutral characters around them, and the Unicode line
// and paragraph separators (U+2028, U+2029), which some terminals and
// editors take for a new line. Text output drops the marks and turns the
// separators into a newline (Display) or a space (Line).
func isMark(r rune) bool {
	return r == 0x200e || r == 0x200f || r == 0x061c || r == 0x2028 || r == 0x2029
}

// IsUnsafe reports a rune that no output shows raw: a control (isControl)
// or a mark (isMark). JSON output escapes these as \uXXXX.
func IsUnsafe(r rune) bool { return isControl(r) || isMark(r) }

func visible(r rune) string {
	if r < 0x80 {
		return fmt.Sprintf(`\x%02x`, r)
	}
	return fmt.Sprintf(`\u%04x`, r)
}

// Display makes every control character visible (ESC becomes \x1b) except
// newlines and tabs, so text from a file or a paste cannot move the cursor,
// retitle the window, or write the clipboard.
func Display(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return IsUnsafe(r) && r != '\n' && r != '\t' }) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == 0x2028 || r == 0x2029:
			b.WriteByte('\n')
		case isMark(r):
		case isControl(r) && r != '\n' && r != '\t':
			b.WriteString(visible(r))
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Line is Display for one line: newlines and tabs become spaces too.
func Line(s string) string {
	return Display(strings.NewReplacer("\r\n", " ", "\n", " ", "\t", " ", "\u2028", " ", "\u2029", " ").Replace(s))
}

var plainReplacer = strings.NewReplacer(
	"\u2018", "'", "\u2019", "'", "\u201a", "'", "\u201b", "'", "\u2032", "'", "\u00b4", "'",
	"\u201c", `"`, "\u201d", `"`, "\u201e", `"`, "\u201f", `"`, "\u2033", `"`, "\u00ab", `"`, "\u00bb", `"`,
	"\u2010", "-", "\u2011", "-", "\u2012", "-", "\u2013", "-", "\u2014", "-", "\u2015", "-", "\u2212", "-",
	"\u2026", "...", "\u2022", "-", "\u00b7", "-",
	"\u00a0", " ", "\u2007", " ", "\u202f", " ", "\u2009", " ", "\u200a", " ", "\u2002", " ", "\u2003", " ",
	"\u200b", "", "\u200c", "", "\u200d", "", "\u2060", "", "\ufeff", "", "\u00ad", "",
	"\r\n", "\n", "\r", "\n", "\t", " ", "\u2028", "\n", "\u2029", "\n\n",
	"\u200e", "", "\u200f", "", "\u061c", "",
)

// isEmoji reports pictographs and the joiners and selectors that build them.
func isEmoji(r rune) bool {
	return r >= 0x1f000 || (r >= 0x2600 && r <= 0x27bf) || (r >= 0x2b00 && r <= 0x2bff) ||
		(r >= 0xfe00 && r <= 0xfe0f) || r == 0x20e3 || (r >= 0x2300 && r <= 0x23ff)
}

// Plain normalises text for a web form: smart quotes and dashes become plain
// ones, control characters and emoji go, spaces are single, lines carry no
// trailing spaces, the lines of a paragraph are joined (no hard wrapping),
// and paragraphs are separated by exactly one blank line. List items ("- ",
// "* ", "1. ") keep their own lines. Accented letters stay as they are.
func Plain(s string) string {
	// Invalid bytes go first: dropped later, they could join their
	// neighbours into a character (found by FuzzPlain).
	s = strings.ToValidUTF8(s, "")
	s = plainReplacer.Replace(s)
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\n':
			return r
		case isControl(r), isEmoji(r), r == unicode.ReplacementChar, unicode.Is(unicode.Co, r):
			return -1
		}
		return r
	}, s)
	var paras []string
	for _, block := range splitParagraphs(s) {
		var lines []string
		for _, ln := range block {
			ln = strings.Join(strings.Fields(ln), " ")
			if len(lines) > 0 && !isListItem(ln) {
				lines[len(lines)-1] += " " + ln
				continue
			}
			lines = append(lines, ln)
		}
		paras = append(paras, strings.Join(lines, "\n"))
	}
	return strings.Join(paras, "\n\n")
}

func splitParagraphs(s string) [][]string {
	var out [][]string
	var cur []string
	for _, ln := range strings.Split(s, "\n") {
		if strings.TrimSpace(ln) == "" {
			if len(cur) > 0 {
				out = append(out, cur)
				cur = nil
			}
			continue
		}
		cur = append(cur, ln)
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

func isListItem(ln string) bool {
	if strings.HasPrefix(ln, "- ") || strings.HasPrefix(ln, "* ") {
		return true
	}
	i := 0
	for i < len(ln) && i < 3 && ln[i] >= '0' && ln[i] <= '9' {
		i++
	}
	return i > 0 && i+1 < len(ln) && (ln[i] == '.' || ln[i] == ')') && ln[i+1] == ' '
}

// Clip puts s on one line (spaces single) and shortens it to n characters
// at most, marking a cut with "…": for quoting a text in a message or a
// header.
func Clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n-1]) + "…"
}
