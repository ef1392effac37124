package textarea

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
)

// BenchmarkFieldKeystroke is one key typed at the end of a long text in the
// field, and the field drawn: the editor's share of a wizard keystroke, for
// texts longer than the wizard hands to it (maxEditable, 20,000).
func BenchmarkFieldKeystroke(b *testing.B) {
	for _, n := range []int{3_000, 20_000, 100_000} {
		b.Run(fmt.Sprintf("chars=%d", n), func(b *testing.B) {
			para := strings.Repeat("On November 20 my father, Paul Tremblay, was hit by a car in Boston and is in intensive care at Massachusetts General Hospital. ", 4) + "\n\n"
			text := strings.Repeat(para, n/len(para)+1)[:n]
			f := NewField().Title("Describe").Lines(8).Value(&text)
			f.WithKeyMap(huh.NewDefaultKeyMap()).WithWidth(80).WithHeight(12)
			f.Focus()
			key := tea.KeyPressMsg{Code: 'a', Text: "a"}
			back := tea.KeyPressMsg{Code: tea.KeyBackspace}
			for i := 0; b.Loop(); i++ {
				if i%2 == 0 {
					f.Update(key)
				} else {
					f.Update(back)
				}
				_ = f.View()
			}
		})
	}
}
