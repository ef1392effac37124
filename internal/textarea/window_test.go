package textarea

import (
	"strings"
	"testing"

	upstream "charm.land/bubbles/v2/textarea"
	tea "charm.land/bubbletea/v2"
)

// TestViewMatchesUpstream: drawing only the visible rows changes nothing a
// person sees. The same keys go to this copy and to Bubbles' textarea, and
// every frame must be the same, scrolled to the top, the middle and the end
// of a text many screens long.
func TestViewMatchesUpstream(t *testing.T) {
	para := strings.Repeat("On November 20 my father was hit by a car in Boston. ", 5)
	text := strings.Repeat(para+"\n\n", 12)
	ours, theirs := New(), upstream.New()
	for _, setup := range []func(){
		func() { ours.SetWidth(50); theirs.SetWidth(50) },
		func() { ours.SetHeight(8); theirs.SetHeight(8) },
		func() { ours.SetValue(text); theirs.SetValue(text) },
		func() { ours.Focus(); theirs.Focus() },
	} {
		setup()
	}
	keys := []tea.KeyPressMsg{{Code: 'x', Text: "x"}, {Code: tea.KeyBackspace}}
	for range 30 {
		keys = append(keys, tea.KeyPressMsg{Code: tea.KeyUp})
	}
	keys = append(keys, tea.KeyPressMsg{Code: 'y', Text: "y"}, tea.KeyPressMsg{Code: tea.KeyEnter})
	for range 200 {
		keys = append(keys, tea.KeyPressMsg{Code: tea.KeyUp})
	}
	keys = append(keys, tea.KeyPressMsg{Code: 'z', Text: "z"})
	for range 60 {
		keys = append(keys, tea.KeyPressMsg{Code: tea.KeyDown})
	}
	keys = append(keys, tea.KeyPressMsg{Code: tea.KeyPgDown}, tea.KeyPressMsg{Code: tea.KeyEnd})
	for i, k := range keys {
		ours, _ = ours.Update(k)
		theirs, _ = theirs.Update(k)
		if got, want := ours.View(), theirs.View(); got != want {
			t.Fatalf("after key %d (%s), at row %d:\n%s\nwant:\n%s", i, k, ours.Line(), got, want)
		}
	}
	if ours.Value() != theirs.Value() {
		t.Error("the texts differ")
	}
	if ours.ScrollYOffset() == 0 {
		t.Error("the test never scrolled")
	}
}

// TestLineHash: the wrap cache's key tells lines and widths apart.
func TestLineHash(t *testing.T) {
	long := []rune(strings.Repeat("é", 600)) // longer than the hash's buffer
	lines := []line{
		{[]rune(""), 10}, {[]rune("a"), 10}, {[]rune("a"), 11}, {[]rune("ab"), 10},
		{[]rune("ba"), 10}, {long, 10}, {append(long[:599:599], 'e'), 10},
	}
	seen := map[string]int{}
	for i, l := range lines {
		h := l.Hash()
		if h != (line{append([]rune(nil), l.runes...), l.width}).Hash() {
			t.Errorf("line %d: two hashes of the same line differ", i)
		}
		if j, ok := seen[h]; ok {
			t.Errorf("lines %d and %d have the same hash", j, i)
		}
		seen[h] = i
	}
}
