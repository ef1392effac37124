package prose

import (
	"strings"
	"testing"
	"time"
)

// FuzzParse: any text parses, and every span the package returns lies in
// the text, in order, on rune boundaries.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"I need to attend my sister's wedding in Boston on Dec. 3.",
		"Ma fille doit accoucher le 3 décembre. Elle m'a demandé d'être avec elle.",
		"Dr. Smith at Mercy Hospital, St. Louis, MO!! PLEASE HELP",
		"j'ai l'' qu' n't 10:30 9h30 2026-11-20 20/11 1er déc.",
		"\xff\xfe weddding \u2019 « M. » …",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d := Parse(text)
		check := func(what string, s Span) {
			if s.Start < 0 || s.End > len(text) || s.Start > s.End {
				t.Fatalf("%s span %v outside the text (%d bytes)", what, s, len(text))
			}
		}
		last := 0
		for i, s := range d.Sentences() {
			check("sentence", s)
			if s.Start < last {
				t.Fatalf("sentence %d starts at %d, before %d", i, s.Start, last)
			}
			last = s.End
			if strings.TrimSpace(d.Sentence(i)) == "" {
				t.Fatalf("sentence %d is empty", i)
			}
		}
		for _, m := range d.Mentions(testMatcher) {
			check("mention", m.Span)
			check("cue", m.Cue)
			if m.Sentence < 0 || m.Sentence >= len(d.Sentences()) {
				t.Fatalf("mention in sentence %d of %d", m.Sentence, len(d.Sentences()))
			}
		}
		for _, x := range d.Dates() {
			check("date", x.Span)
		}
		for _, x := range d.Places() {
			check("place", x.Span)
		}
		for _, x := range d.Names() {
			check("name", x.Span)
		}
		for _, x := range d.Foreseen(time.Time{}) {
			check("foreseen", x)
		}
		for _, x := range d.DateRequests() {
			check("request", x)
		}
		for _, x := range d.Appeals() {
			check("appeal", x)
		}
	})
}
