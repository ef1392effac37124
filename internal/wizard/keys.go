package wizard

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"

	"github.com/expedite/expedite/internal/textarea"
)

// binding is a key with its help, desc a message id worded in the
// wizard's language.
func binding(keys, desc string) key.Binding {
	return key.NewBinding(key.WithKeys(keys), key.WithHelp(keys, tr(desc, nil)))
}

// allKeys are every key of the wizard, by group, for the full help that
// ? (F1 while typing) opens.
var allKeys = []struct {
	title string // a message id
	keys  [][2]string
}{
	{"wizard.keys.moving", [][2]string{
		{"enter", "wizard.key.next-question"},
		{"tab", "wizard.key.tab"},
		{"shift+tab", "wizard.key.previous"},
		{"esc", "wizard.key.esc"},
	}},
	{"wizard.keys.choosing", [][2]string{
		{"↑/↓", "wizard.key.list"},
		{"space/x", "wizard.key.tick"},
		{"y/n", "wizard.key.yes-no"},
		{"←/→", "wizard.key.switch"},
	}},
	{"wizard.keys.typing", [][2]string{
		{"enter", "wizard.key.new-line-text"},
		{"ctrl+u", "wizard.key.line-start"},
		{"ctrl+k", "wizard.key.line-end"},
		{"ctrl+w", "wizard.key.word"},
	}},
	{"wizard.keys.review", [][2]string{
		{"1-6", "wizard.key.part"},
		{"w", "wizard.key.write"},
		{"q", "wizard.key.stop"},
		{"c", "wizard.key.copy"},
		{"l", "wizard.key.lang"},
	}},
	{"wizard.keys.anywhere", [][2]string{
		{"?", "wizard.key.all"},
		{"ctrl+c", "wizard.key.save-quit"},
	}},
}

// groupKeys are a group's bindings, worded in the wizard's language.
func groupKeys(keys [][2]string) []key.Binding {
	bs := make([]key.Binding, len(keys))
	for i, k := range keys {
		if k[0] == "y/n" && lang == "fr" {
			k[0] = "o/n" // oui, non (y still works)
		}
		bs[i] = binding(k[0], k[1])
	}
	return bs
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
		return binding("f1", "wizard.key.all-short")
	}
	return binding("?", "wizard.key.all-short")
}

// fullHelpView shows every key, each group through the Bubbles help,
// two groups side by side when the width allows.
func (m *Model) fullHelpView() string {
	m.help.SetWidth(0)
	blocks := make([]string, len(allKeys))
	widest := 0
	for i, g := range allKeys {
		blocks[i] = m.st.title.Render(tr(g.title, nil)) + "\n" + m.help.FullHelpView([][]key.Binding{groupKeys(g.keys)})
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
	return strings.Join(rows, "\n\n") + "\n\n" + m.st.help.Render(tr("wizard.help.close", nil))
}
