package wizard

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// BenchmarkFirstFrame measures the model's work before the first frame:
// building the model and the welcome form, and rendering it.
func BenchmarkFirstFrame(b *testing.B) {
	opt, _ := testOptions(b)
	for b.Loop() {
		m := NewModel(opt)
		m.Init()
		m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
		_ = m.View()
	}
}

// BenchmarkDescriptionKeystroke is one key typed into a 3,000-character
// description: the update, the live word count and pitfall hints, and the
// full frame. It must stay well under a 16 ms frame.
func BenchmarkDescriptionKeystroke(b *testing.B) {
	for _, n := range []int{3_000, maxEditable, 100_000} {
		b.Run(fmt.Sprintf("chars=%d", n), func(b *testing.B) { benchKeystroke(b, n) })
	}
}

func benchKeystroke(b *testing.B, n int) {
	opt, _ := testOptions(b)
	m := NewModel(opt)
	m.f.v.Criterion = "relative-emergency"
	m.f.step = stepDescription
	// Paragraphs of about 500 characters, as people write.
	para := strings.Repeat("On November 20 my father, Paul Tremblay, was hit by a car in Boston and is in intensive care at Massachusetts General Hospital. ", 4) + "\n\n"
	m.f.v.Description = strings.Repeat(para, n/len(para)+1)[:n]
	m.enter()
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	key := tea.KeyPressMsg{Code: 'a', Text: "a"}
	back := tea.KeyPressMsg{Code: tea.KeyBackspace}
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if i%2 == 0 {
			m.Update(key)
		} else {
			m.Update(back)
		}
		_ = m.View()
	}
}
