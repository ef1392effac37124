package safetext

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestDisplay(t *testing.T) {
	tests := map[string]string{
		"plain text, é ç ñ":            "plain text, é ç ñ",
		"a\x1b]52;c;aGk=\x07b":         `a\x1b]52;c;aGk=\x07b`,
		"move\x1b[2Jclear":             `move\x1b[2Jclear`,
		"line\nnext\ttab":              "line\nnext\ttab",
		"c1 \u009b31m":                 `c1 \u009b31m`,
		"bidi \u202eevil":              `bidi \u202eevil`,
		"del\x7f":                      `del\x7f`,
		"marks \u200e\u200f\u061cgone": "marks gone",
		"sep\u2028line\u2029para":      "sep\nline\npara",
		"isolate \u2066x\u2069":        `isolate \u2066x\u2069`,
	}
	for in, want := range tests {
		if got := Display(in); got != want {
			t.Errorf("Display(%q) = %q, want %q", in, got, want)
		}
	}
	if got := Line("a\nb\tc\x1b\u2028d\u200fe"); got != `a b c\x1b de` {
		t.Errorf("Line = %q", got)
	}
}

func TestPlain(t *testing.T) {
	tests := []struct{ in, want string }{
		{"“Quoted” — it’s fine…", `"Quoted" - it's fine...`},
		{"Zoë Ñúñez, François, Marie-Ève Côté", "Zoë Ñúñez, François, Marie-Ève Côté"},
		{"trailing   \nwrapped line\n\n\n\nnext para  ", "trailing wrapped line\n\nnext para"},
		{"emoji 🙏🏽 gone ❤️ here", "emoji gone here"},
		{"bell\x07 and esc\x1b[31m red", "bell and esc[31m red"},
		{"list:\n- one\n- two\ncontinued\n1. first", "list:\n- one\n- two continued\n1. first"},
		{"crlf\r\nline\r\n\r\npara", "crlf line\n\npara"},
		{"nbsp\u00a0here\u200b", "nbsp here"},
		{"  \n\n  ", ""},
		{"rlm\u200f lrm\u200e alm\u061c\u2028sep\u2029para", "rlm lrm alm sep\n\npara"},
	}
	for _, tt := range tests {
		if got := Plain(tt.in); got != tt.want {
			t.Errorf("Plain(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzPlain(f *testing.F) {
	for _, s := range []string{"“a” — b", "x\x1b[2J\n\n\ny", "🙏 z\r\n- a\n- b", "\u009b\u202e"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p := Plain(s)
		if Plain(p) != p {
			t.Fatalf("not idempotent: %q -> %q -> %q", s, p, Plain(p))
		}
		if utf8.ValidString(s) && !utf8.ValidString(p) {
			t.Fatalf("invalid UTF-8 out of valid input: %q", p)
		}
		for _, r := range p {
			if IsUnsafe(r) && r != '\n' {
				t.Fatalf("control %U left in %q", r, p)
			}
		}
		if strings.Contains(p, "\n\n\n") || strings.Contains(p, " \n") || strings.HasSuffix(p, " ") {
			t.Fatalf("bad spacing in %q", p)
		}
		if strings.ContainsFunc(Display(s), func(r rune) bool { return IsUnsafe(r) && r != '\n' && r != '\t' }) {
			t.Fatalf("Display left a control in %q", Display(s))
		}
	})
}

func TestClip(t *testing.T) {
	for _, tt := range []struct {
		in   string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"  two\n lines  ", 20, "two lines"},
		{"exactly ten", 11, "exactly ten"},
		{"one word too many", 10, "one word …"},
		{"été à Montréal", 5, "été …"},
	} {
		if got := Clip(tt.in, tt.n); got != tt.want {
			t.Errorf("Clip(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}
