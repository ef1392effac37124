package wizard

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"

	"github.com/expedite/expedite/internal/textarea"
)

func binding(keys, desc string) key.Binding {
	return key.NewBinding(key.WithKeys(keys), key.WithHelp(keys, desc))
}

// allKeys are every key of the wizard, by group, for the full help that
// ? (F1 while typing) opens.
var allKeys = []struct {
	title string
	keys  []key.Binding
}{
	{"Moving", []key.Binding{
		binding("enter", "next question"),
		binding("tab", "next; also ends a text"),
		binding("shift+tab", "previous question"),
		binding("esc", "back (question or part)"),
	}},
	{"Choosing", []key.Binding{
		binding("↑/↓", "move in a list"),
		binding("space/x", "tick a document"),
		binding("y/n", "answer yes or no"),
		binding("←/→", "switch yes and no"),
	}},
	{"Typing", []key.Binding{
		binding("enter", "new line in a text"),
		binding("ctrl+u", "delete to line start"),
		binding("ctrl+k", "delete to line end"),
		binding("ctrl+w", "delete a word"),
	}},
	{"Review and after", []key.Binding{
		binding("1-6", "change a part"),
		binding("w", "write the files"),
		binding("q", "stop without writing"),
		binding("c", "copy the request"),
	}},
	{"Anywhere", []key.Binding{
		binding("?", "all keys (F1 while typing)"),
		binding("ctrl+c", "save and quit"),
	}},
}

// typing reports whether the focused field takes typed text, where ? is a
// character, not the help key.
func (m *Model) typing() bool {
	if m.form == nil {
		return false
	}
	switch m.form.GetFocusedField().(type) {
	case *huh.Input, *huh.Text, *textarea.Field:
		return true
	}
	return false
}

// helpKey reports whether k opens the full help here.
func (m *Model) helpKey(k tea.KeyPressMsg) bool {
	switch k.String() {
	case "f1":
		return true
	case "?":
		return !m.typing()
	}
	return false
}

// moreKeys is the short help's pointer to the full help.
func (m *Model) moreKeys() key.Binding {
	if m.typing() {
		return binding("f1", "all keys")
	}
	return binding("?", "all keys")
}

// fullHelpView shows every key, each group through the Bubbles help,
// two groups side by side when the width allows.
func (m *Model) fullHelpView() string {
	m.help.SetWidth(0)
	blocks := make([]string, len(allKeys))
	widest := 0
	for i, g := range allKeys {
		blocks[i] = m.st.title.Render(g.title) + "\n" + m.help.FullHelpView([][]key.Binding{g.keys})
		widest = max(widest, lipgloss.Width(blocks[i]))
	}
	perRow := 1
	if 2*widest+4 <= m.contentWidth() {
		perRow = 2
	}
	var rows []string
	for i := 0; i < len(blocks); i += perRow {
		row := blocks[i]
		if perRow == 2 && i+1 < len(blocks) {
			row = lipgloss.JoinHorizontal(lipgloss.Top, lipgloss.NewStyle().Width(widest+4).Render(row), blocks[i+1])
		}
		rows = append(rows, row)
	}
	return strings.Join(rows, "\n\n") + "\n\n" + m.st.help.Render("Press any key to close this help.")
}
