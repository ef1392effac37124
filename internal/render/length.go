package render

import (
	"strings"
	"unicode"

	"github.com/expedite/expedite/internal/criteria"
	"github.com/expedite/expedite/internal/msg"
)

// The request's length: an officer reads it in about thirty seconds, so a
// typical case stays within MaxWords words and MaxChars characters.
const (
	MaxWords = 250
	MaxChars = 1500
	// longSentence is the words over which a sentence is hard to read at
	// a glance.
	longSentence = 30
	maxCuts      = 3
)

// Length is the request's count against the limits and, when it is over,
// where the applicant could cut their own description. The program never
// cuts it: the words are theirs.
type Length struct {
	Words, Chars         int
	DescWords, DescChars int  // the applicant's description alone
	Over                 bool // over MaxWords or MaxChars
	Cuts                 []string
}

// Measure counts an assessed case's request text and, when it is over the
// limits, suggests sentences of the description to cut or shorten.
func Measure(as *criteria.Assessment, text string, p *msg.Printer) Length {
	l := Length{}
	l.Words, l.Chars = Counts(text)
	desc := strings.TrimSpace(spellDates(as.Answers.Description, p))
	l.DescWords, l.DescChars = Counts(desc)
	l.Over = l.Words > MaxWords || l.Chars > MaxChars
	if !l.Over {
		return l
	}
	d, err := compose(as, p)
	composed := d.Opening + "\n" + d.Urgency
	for _, f := range d.Facts {
		composed += "\n" + f.Value
	}
	if err != nil {
		composed = ""
	}
	seen := map[string]bool{}
	for _, s := range splitSentences(desc) {
		if len(l.Cuts) == maxCuts {
			break
		}
		if seen[s] {
			continue
		}
		seen[s] = true
		q := clip(s, 70)
		n, _ := Counts(s)
		switch {
		case composed != "" && stated(s, composed):
			l.Cuts = append(l.Cuts, p.Text("render.length.cut.repeat", map[string]any{"sentence": q}))
		case n > longSentence:
			l.Cuts = append(l.Cuts, p.Text("render.length.cut.long", map[string]any{"sentence": q, "words": n}))
		case !checkable(s):
			l.Cuts = append(l.Cuts, p.Text("render.length.cut.nofact", map[string]any{"sentence": q}))
		}
	}
	return l
}

// Advice words a length over the limits: the counts, then the cuts to
// consider; nothing when the request is within them.
func (l Length) Advice(p *msg.Printer) []string {
	if !l.Over {
		return nil
	}
	out := []string{p.Text("render.length.over", map[string]any{"words": l.Words, "chars": l.Chars,
		"maxWords": MaxWords, "maxChars": MaxChars, "descWords": l.DescWords})}
	return append(out, l.Cuts...)
}

// checkable reports whether a sentence holds something an officer can
// check: a number or a name (a capital letter past its first word).
func checkable(s string) bool {
	fields := strings.Fields(s)
	for i, f := range fields {
		r := []rune(f)
		if strings.ContainsFunc(f, unicode.IsDigit) || (i > 0 && unicode.IsUpper(r[0]) && f != "I") {
			return true
		}
	}
	return false
}

// splitSentences cuts a text at . ! ? followed by a space, and at blank
// lines.
func splitSentences(text string) []string {
	var out []string
	var b strings.Builder
	rs := []rune(strings.Join(strings.Fields(text), " "))
	for i, r := range rs {
		b.WriteRune(r)
		if strings.ContainsRune(".!?", r) && (i+1 == len(rs) || rs[i+1] == ' ') {
			w := strings.Fields(b.String())
			if !isAbbrev(w[len(w)-1]) || i+1 == len(rs) { // not after "Dr." or an initial
				out = append(out, strings.TrimSpace(b.String()))
				b.Reset()
			}
		}
	}
	if s := strings.TrimSpace(b.String()); s != "" {
		out = append(out, s)
	}
	return out
}

// isAbbrev reports a word ending in a period that does not end a
// sentence: an initial ("A.") or a title ("Dr.", "Inc.").
func isAbbrev(w string) bool {
	w = strings.TrimSuffix(w, ".")
	if len([]rune(w)) == 1 && unicode.IsUpper([]rune(w)[0]) {
		return true
	}
	switch strings.ToLower(w) {
	case "dr", "mr", "ms", "mrs", "st", "inc", "jr", "sr", "no", "vs", "co", "ltd", "corp", "me", "mme", "mlle":
		return true
	}
	return false
}

// clip shortens s to about n characters, at a word, with an ellipsis.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := string(r[:n])
	if i := strings.LastIndex(cut, " "); i > n/2 {
		cut = cut[:i]
	}
	return cut + "..."
}
