package criteria

import (
	"os"
	"strings"
	"testing"

	"github.com/expedite/expedite/internal/catalog"
)

// go test -run ZZDebug ./internal/criteria -v with ZZTEXT set.
func TestZZDebug(t *testing.T) {
	text := os.Getenv("ZZTEXT")
	if text == "" {
		t.Skip()
	}
	co := catalog.Default().Country()
	r := newReading(co, text, "description")
	for _, m := range r.ments {
		q := func(s [2]int) string { return text[s[0]:s[1]] }
		_ = q
		t.Logf("%-22s %-30q role=%d cue=%q rec=%v one=%v past=%v writer=%v sent=%d", m.Family, r.quote(m.Span), m.Role, r.quote(m.Cue), m.Recurring, m.OneOff, m.Past, m.Writer, m.Sentence)
	}
	for _, m := range r.aux {
		t.Logf("aux %-22s %q sent=%d", m.Family, r.quote(m.Span), m.Sentence)
	}
	t.Logf("happenings %d", len(r.doc.Happenings()))
	for _, f := range Lint(text, LintOptions{}) {
		t.Logf("finding %s %v", f.Rule, strings.TrimSpace(f.Match))
	}
}
