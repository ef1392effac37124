package criteria

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestWordCount(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"", 0},
		{"one", 1},
		{"  two  words ", 2},
		{"tabs\tand\nnew lines\r\n", 4},
		{"nbsp\u00a0splits", 2},
		{"ideographic\u3000space", 2},
		{"é à ç", 3},
		{"bad\xffbyte", 1},
	} {
		if got := WordCount(c.text); got != c.want {
			t.Errorf("WordCount(%q) = %d, want %d", c.text, got, c.want)
		}
	}
}

// TestWordCountIsFields: WordCount counts as strings.Fields splits, for
// every space character Unicode has and for texts of random bytes.
func TestWordCountIsFields(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if s := "a" + string(r) + "b"; WordCount(s) != len(strings.Fields(s)) {
			t.Errorf("WordCount(%q) = %d, strings.Fields: %d", s, WordCount(s), len(strings.Fields(s)))
		}
	}
	rng := rand.New(rand.NewPCG(3, 4))
	alphabet := []string{"a", " ", "\n", "\u00a0", "\u2003", "\u3000", "é", "\xe2", "\xc2", "\x85", "\xff", "€"}
	for range 2000 {
		var b strings.Builder
		for range rng.IntN(40) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		if s := b.String(); WordCount(s) != len(strings.Fields(s)) {
			t.Errorf("WordCount(%q) = %d, strings.Fields: %d", s, WordCount(s), len(strings.Fields(s)))
		}
	}
}

// longText repeats a clean paragraph until the text is n bytes, then
// appends extra paragraphs.
func longText(n int, extra ...string) string {
	clean := "On November 20, 2026 my father, Paul Tremblay, was hit by a car in Boston, Massachusetts and is in intensive care at Massachusetts General Hospital; Dr. Anne Lee says he may not survive the week.\n\n"
	var b strings.Builder
	for b.Len() < n {
		b.WriteString(clean)
	}
	for _, e := range extra {
		b.WriteString(e + "\n\n")
	}
	return b.String()
}

func TestPiecesCoverTheText(t *testing.T) {
	text := longText(5*lintPiece + 123)
	ends := pieces(text)
	if len(ends) < 5 || ends[len(ends)-1] != len(text) {
		t.Fatalf("pieces end at %v for %d bytes", ends, len(text))
	}
	start := 0
	for _, e := range ends {
		if e <= start || e-start > 2*lintPiece {
			t.Errorf("piece [%d, %d) is empty or too long", start, e)
		}
		if e < len(text) && !strings.HasSuffix(text[:e], "\n\n") {
			t.Errorf("piece [%d, %d) does not end at a paragraph break", start, e)
		}
		start = e
	}
	if got := pieces(strings.Repeat("x", 3*lintPiece)); got[len(got)-1] != 3*lintPiece {
		t.Errorf("a text with no break is still covered: %v", got)
	}
	euros := strings.Repeat("€", lintPiece) // 3 bytes a character
	for _, e := range pieces(euros) {
		if !utf8.ValidString(euros[:e]) {
			t.Errorf("a piece ends inside a character, at %d", e)
		}
	}
}

// TestLongTextFindings: a text of many pieces gets the findings one text
// would, at their place in the whole text.
func TestLongTextFindings(t *testing.T) {
	wedding := "I must travel to attend my sister's wedding in Denver, Colorado on December 12, 2026."
	text := longText(4*lintPiece, wedding, "Please please help me.")
	fs := Lint(text, LintOptions{MaxWords: 1 << 30})
	var got []string
	for _, f := range fs {
		got = append(got, f.Rule)
	}
	want := []string{RuleUnacceptableReason, RuleEmotional}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Fatalf("rules %v, want %v", got, want)
	}
	line := strings.Count(text[:strings.Index(text, wedding)], "\n") + 1
	col := strings.Index(wedding, "wedding") + 1
	if fs[0].Line != line || fs[0].Column != col {
		t.Errorf("the wedding is at %d:%d, want %d:%d", fs[0].Line, fs[0].Column, line, col)
	}
	if q := fs[1].Args["quoted"].([]string); len(q) != 1 || q[0] != "Please please" {
		t.Errorf("pleas quoted %q", q)
	}
	// The same rules as the text read whole, when no piece changes what
	// another means.
	short := longText(lintPiece/4, wedding, "Please please help me.")
	var whole []string
	for _, f := range Lint(short, LintOptions{MaxWords: 1 << 30}) {
		whole = append(whole, f.Rule)
	}
	if strings.Join(whole, " ") != strings.Join(want, " ") {
		t.Errorf("read whole: %v, want %v", whole, want)
	}
}

// TestLongTextPlaces: a place outside the US in one piece counts only
// when no piece names one in the US.
func TestLongTextPlaces(t *testing.T) {
	calgary := "My mother, Anne Roy, had a stroke on November 20, 2026 in Calgary, Alberta and is at Foothills Medical Centre."
	var b strings.Builder
	for b.Len() < 4*lintPiece {
		b.WriteString("My mother, Anne Roy, is gravely ill; Dr. Paul Lee says she may not live long. I must be with her.\n\n")
	}
	foreignOnly := calgary + "\n\n" + b.String()
	if !hasRule(Lint(foreignOnly, LintOptions{Criterion: "relative-emergency", MaxWords: 1 << 30}), RuleOutsideUS) {
		t.Error("a place in Canada and none in the US: outside-us should fire")
	}
	withUS := foreignOnly + "She was moved to Mayo Clinic in Rochester, Minnesota on November 22.\n"
	if hasRule(Lint(withUS, LintOptions{Criterion: "relative-emergency", MaxWords: 1 << 30}), RuleOutsideUS) {
		t.Error("a US place in a later piece: outside-us should not fire")
	}
}

func hasRule(fs []Finding, rule string) bool { return slices.Contains(ruleIDs(fs), rule) }

// TestLongTextAnyBytes reads long texts of any shape (random bytes, one
// endless word, only blank lines, accents across piece ends) without a
// panic, every position inside the text.
func TestLongTextAnyBytes(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	random := make([]byte, 3*lintPiece)
	for i := range random {
		random[i] = byte(rng.IntN(256))
	}
	for name, text := range map[string]string{
		"random bytes":  string(random),
		"one word":      strings.Repeat("a", 3*lintPiece),
		"blank lines":   strings.Repeat("\n", 3*lintPiece),
		"accents":       strings.Repeat("é", 3*lintPiece/2),
		"French pleas":  strings.Repeat("Je vous en supplie, aidez-moi!! ", 3*lintPiece/32),
		"spaced events": strings.Repeat("the annual conference is every year. ", 3*lintPiece/37),
	} {
		lines := strings.Count(text, "\n") + 1
		for _, f := range Lint(text, LintOptions{Criterion: "urgent-business"}) {
			if f.Line < 0 || f.Line > lines {
				t.Errorf("%s: %s at line %d of %d", name, f.Rule, f.Line, lines)
			}
		}
	}
}

// TestLongDescriptionSameAsLint: check and lint say the same of a long
// description.
func TestLongDescriptionSameAsLint(t *testing.T) {
	// The accident is told in the first pieces; the wedding, named with
	// no role, comes in a last piece where nothing happened: read whole,
	// it is unclear; read in pieces, it is the purpose. Check and lint
	// must agree either way.
	var b strings.Builder
	b.WriteString(longText(2 * lintPiece))
	for b.Len() < 4*lintPiece {
		b.WriteString("I am a nurse at the Montreal General Hospital and I live in Laval with my two children.\n\n")
	}
	b.WriteString("My sister's wedding is on December 12, 2026 in Denver, Colorado.\n")
	text := b.String()
	a := eligible()
	a.Description = text
	rules := func(fs []Finding) (out []string) {
		for _, f := range fs {
			switch f.Rule {
			case RuleUnacceptableReason, RuleUnclearPurpose, RuleVague, RuleNoSpecifics, RuleAsksForDate, RuleEmotional, RuleTooLong:
				out = append(out, fmt.Sprintf("%s %d:%d", f.Rule, f.Line, f.Column))
			}
		}
		sort.Strings(out)
		return out
	}
	got := rules(Check(a, Options{Today: d("2026-11-25")}))
	want := rules(Lint(text, LintOptions{Criterion: a.Criterion}))
	if strings.Join(got, ", ") != strings.Join(want, ", ") || len(got) == 0 {
		t.Errorf("check: %v\nlint:  %v", got, want)
	}
}

// TestLongTextWordCount: a text read in pieces counts its words as the
// text read whole does, a word cut by a piece's end counted once.
func TestLongTextWordCount(t *testing.T) {
	for name, text := range map[string]string{
		"paragraphs":     longText(3 * lintPiece),
		"long words":     strings.Repeat("a", 3*lintPiece) + " b",
		"words, no line": strings.Repeat("word ", 3*lintPiece/5),
		"no-break space": strings.Repeat("x\u00a0", 3*lintPiece/3),
		"accented word":  strings.Repeat("é", 3*lintPiece/2) + " fin",
	} {
		if len(pieces(text)) < 2 {
			t.Fatalf("%s: read whole, not in pieces", name)
		}
		want := WordCount(text)
		var got any
		for _, f := range Lint(text, LintOptions{MaxWords: 1}) {
			if f.Rule == RuleTooLong {
				got = f.Args["words"]
			}
		}
		if got != want {
			t.Errorf("%s: %v words counted, want %d", name, got, want)
		}
	}
}

// TestLongTextApplicant: a long text read in pieces reads the applicant's
// name as the writer in every piece, as a short one does.
func TestLongTextApplicant(t *testing.T) {
	helper := "My colleague, Ms. Jane Tremblay, needs to travel to Chicago, Illinois on December 8, 2026 to attend the annual meeting of the Radiological Society of North America."
	text := longText(3*lintPiece, helper)
	if !hasRule(Lint(text, LintOptions{Applicant: "Jane Tremblay", MaxWords: 1 << 30}), RuleUnacceptableReason) {
		t.Error("with the applicant's name, the helper's text is the applicant's purpose")
	}
	if hasRule(Lint(text, LintOptions{MaxWords: 1 << 30}), RuleUnacceptableReason) {
		t.Error("without it, Ms. Tremblay is someone else")
	}
}
