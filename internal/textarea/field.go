package textarea

// Field is Huh's Text field (charm.land/huh/v2 v2.0.3, field_text.go, MIT
// licence, see LICENSE) over this package's textarea, so that a long text
// draws only its visible rows. Dropped from the original: the external
// editor, dynamic titles and placeholders (TitleFunc and the like), which
// expedite does not use. What is kept behaves as Huh's.

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"
)

// Field is a multi-line text field for a huh.Form.
type Field struct {
	accessor    huh.Accessor[string]
	key         string
	title       string
	description string

	textarea Model
	focused  bool
	validate func(string) error
	err      error
	width    int

	theme     huh.Theme
	hasDarkBg bool
	keymap    huh.TextKeyMap

	// Huh draws a field several times between two messages (Group.Update
	// and getContent call View two or three times): view keeps the last
	// drawing until something changes.
	view      string
	viewValid bool
}

// NewField returns a text field, as huh.NewText does.
func NewField() *Field {
	text := New()
	text.ShowLineNumbers = false
	text.Prompt = ""
	st := text.Styles()
	st.Focused.CursorLine = lipgloss.NewStyle()
	text.SetStyles(st)
	return &Field{
		accessor: &huh.EmbeddedAccessor[string]{},
		textarea: text,
		validate: func(string) error { return nil },
	}
}

// Value binds the field to a string.
func (t *Field) Value(value *string) *Field {
	t.accessor = huh.NewPointerAccessor(value)
	t.textarea.SetValue(t.accessor.Get())
	t.viewValid = false
	return t
}

// Key sets the field's key.
func (t *Field) Key(key string) *Field { t.key = key; return t }

// Title sets the field's title.
func (t *Field) Title(title string) *Field { t.title, t.viewValid = title, false; return t }

// Description sets the field's description.
func (t *Field) Description(description string) *Field {
	t.description, t.viewValid = description, false
	return t
}

// Lines sets the number of lines shown.
func (t *Field) Lines(lines int) *Field {
	t.textarea.SetHeight(lines)
	t.viewValid = false
	return t
}

// Validate sets the validation function.
func (t *Field) Validate(validate func(string) error) *Field { t.validate = validate; return t }

// Error returns the field's error.
func (t *Field) Error() error { return t.err }

// Skip reports whether the field is skipped: never.
func (*Field) Skip() bool { return false }

// Zoom reports whether the field takes the group's height: never.
func (*Field) Zoom() bool { return false }

// Focus focuses the field.
func (t *Field) Focus() tea.Cmd {
	t.viewValid = false
	t.focused = true
	return t.textarea.Focus()
}

// Blur blurs the field, stores its value and validates it.
func (t *Field) Blur() tea.Cmd {
	t.viewValid = false
	t.focused = false
	t.accessor.Set(t.textarea.Value())
	t.textarea.Blur()
	t.err = t.validate(t.accessor.Get())
	return nil
}

// KeyBinds returns the help keys.
func (t *Field) KeyBinds() []key.Binding {
	t.keymap.Editor.SetEnabled(false)
	return []key.Binding{t.keymap.NewLine, t.keymap.Editor, t.keymap.Prev, t.keymap.Submit, t.keymap.Next}
}

// Init initialises the field.
func (t *Field) Init() tea.Cmd {
	t.textarea.Blur()
	return nil
}

// Update handles a message.
func (t *Field) Update(msg tea.Msg) (huh.Model, tea.Cmd) {
	t.viewValid = false
	var cmds []tea.Cmd
	switch msg := msg.(type) {
	case tea.BackgroundColorMsg:
		t.hasDarkBg = msg.IsDark()
	case tea.KeyPressMsg:
		t.err = nil
		switch {
		case key.Matches(msg, t.keymap.Next, t.keymap.Submit):
			if t.err = t.validate(t.textarea.Value()); t.err != nil {
				return t, nil
			}
			cmds = append(cmds, huh.NextField)
		case key.Matches(msg, t.keymap.Prev):
			if t.err = t.validate(t.textarea.Value()); t.err != nil {
				return t, nil
			}
			cmds = append(cmds, huh.PrevField)
		}
	}
	var cmd tea.Cmd
	t.textarea, cmd = t.textarea.Update(msg)
	cmds = append(cmds, cmd)
	t.accessor.Set(t.textarea.Value())
	return t, tea.Batch(cmds...)
}

func (t *Field) activeStyles() *huh.FieldStyles {
	theme := t.theme
	if theme == nil {
		theme = huh.ThemeFunc(huh.ThemeCharm)
	}
	if t.focused {
		return &theme.Theme(t.hasDarkBg).Focused
	}
	return &theme.Theme(t.hasDarkBg).Blurred
}

// View renders the field.
func (t *Field) View() string {
	if !t.viewValid {
		t.view, t.viewValid = t.draw(), true
	}
	return t.view
}

func (t *Field) draw() string {
	styles := t.activeStyles()
	st := t.textarea.Styles()
	state := &st.Blurred
	if t.focused {
		state = &st.Focused
	}
	state.Placeholder = styles.TextInput.Placeholder
	state.Text = styles.TextInput.Text
	state.Prompt = styles.TextInput.Prompt
	state.CursorLine = styles.TextInput.Text
	st.Cursor.Color = styles.TextInput.Cursor.GetBackground()
	t.textarea.SetStyles(st)

	maxWidth := t.width - styles.Base.GetHorizontalFrameSize()
	var parts []string
	if t.title != "" {
		header := styles.Title.Render(wrapTitle(t.title, maxWidth))
		if t.err != nil {
			header += styles.ErrorIndicator.String()
		}
		parts = append(parts, header)
	}
	if t.description != "" {
		parts = append(parts, styles.Description.Render(wrapTitle(t.description, maxWidth)))
	}
	parts = append(parts, t.textarea.View())
	return styles.Base.Render(strings.Join(parts, "\n"))
}

func wrapTitle(s string, limit int) string { return lipgloss.Wrap(s, limit, ",.-; ") }

// Run runs the field on its own.
func (t *Field) Run() error { return huh.Run(t) }

// RunAccessible asks for the text on one line, as Huh's Text does; an
// empty line keeps the value.
func (t *Field) RunAccessible(w io.Writer, r io.Reader) error {
	fmt.Fprint(w, t.activeStyles().Title.PaddingRight(1).Render(cmp.Or(t.title, "Input:")))
	line, err := bufio.NewReader(r).ReadString('\n')
	if err != nil && (err != io.EOF || line == "") {
		return err
	}
	line = strings.TrimRight(line, "\r\n")
	if line == "" {
		line = t.accessor.Get()
	}
	if err := t.validate(line); err != nil {
		return err
	}
	t.accessor.Set(line)
	return nil
}

// WithTheme sets the theme, unless one is set.
func (t *Field) WithTheme(theme huh.Theme) huh.Field {
	if t.theme == nil {
		t.theme, t.viewValid = theme, false
	}
	return t
}

// WithKeyMap sets the keys.
func (t *Field) WithKeyMap(k *huh.KeyMap) huh.Field {
	t.keymap, t.viewValid = k.Text, false
	t.textarea.KeyMap.InsertNewline.SetKeys(t.keymap.NewLine.Keys()...)
	return t
}

// WithWidth sets the width.
func (t *Field) WithWidth(width int) huh.Field {
	t.width, t.viewValid = width, false
	t.textarea.SetWidth(width - t.activeStyles().Base.GetHorizontalFrameSize())
	return t
}

// WithHeight sets the height, title and description included.
func (t *Field) WithHeight(height int) huh.Field {
	adjust := 0
	if t.title != "" {
		adjust++
	}
	if t.description != "" {
		adjust++
	}
	t.textarea.SetHeight(height - t.activeStyles().Base.GetVerticalFrameSize() - adjust)
	t.viewValid = false
	return t
}

// WithPosition enables the keys that fit the field's place in its group.
func (t *Field) WithPosition(p huh.FieldPosition) huh.Field {
	t.keymap.Prev.SetEnabled(!p.IsFirst())
	t.keymap.Next.SetEnabled(!p.IsLast())
	t.keymap.Submit.SetEnabled(p.IsLast())
	return t
}

// GetKey returns the field's key.
func (t *Field) GetKey() string { return t.key }

// GetValue returns the field's value.
func (t *Field) GetValue() any { return t.accessor.Get() }
