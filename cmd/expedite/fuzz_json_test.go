package main

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/expedite/expedite/internal/criteria"
	"github.com/expedite/expedite/internal/safetext"
)

// FuzzJSONOutput: whatever a finding holds, --format json is valid JSON
// that decodes to the same strings, with nothing a terminal acts on left
// raw.
func FuzzJSONOutput(f *testing.F) {
	f.Add("msg \u009b31m \x7f", "\u202eevil\u2066", "text")
	f.Add("\x1b]52;c;x\x07", "\u200e\u200f\u061c\u2028\u2029", "description")
	f.Add("<&>", "\"\\", "")
	f.Fuzz(func(t *testing.T, rel, match, field string) {
		fs := []criteria.Finding{{Rule: criteria.RuleNotImmediate, Severity: criteria.Error, Field: field,
			Args: map[string]any{"relationship": rel}, Match: match, Line: 1, Column: 2}}
		var b strings.Builder
		if err := printFindings(&b, fs, "json", "x"); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		for _, r := range out {
			if r != '\n' && safetext.IsUnsafe(r) {
				t.Fatalf("raw %U in %q", r, out)
			}
		}
		var back struct {
			Findings []struct {
				Message, Match, Field string
				Args                  map[string]string
			}
		}
		if err := json.Unmarshal([]byte(out), &back); err != nil {
			t.Fatalf("not JSON: %v\n%s", err, out)
		}
		if len(back.Findings) != 1 {
			t.Fatalf("decoded %d findings", len(back.Findings))
		}
		got := back.Findings[0]
		same := func(in, out string) bool { return out == strings.ToValidUTF8(in, "\ufffd") || !utf8.ValidString(in) }
		if !same(rel, got.Args["relationship"]) || !same(match, got.Match) || !same(field, got.Field) || got.Message == "" {
			t.Fatalf("changed: %q %q %q -> %+v", rel, match, field, got)
		}
	})
}
