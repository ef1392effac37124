package wizard

import (
	"fmt"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"

	"github.com/expedite/expedite/internal/criteria"
	"github.com/expedite/expedite/internal/render"
	"github.com/expedite/expedite/internal/safetext"
	"github.com/expedite/expedite/internal/textarea"
)

// maxWidth keeps lines readable on wide terminals.
const maxWidth = 100

// Model is the terminal form: a Bubble Tea model that shows one step at a
// time, each step a Huh form built from the flow's questions.
type Model struct {
	f        *flow
	form     *huh.Form
	fields   []huh.Field // the form's fields, in order
	qs       []question  // the questions they ask
	km       *huh.KeyMap
	width    int
	height   int
	isDark   bool
	st       styles
	help     help.Model
	vp       viewport.Model // the review
	rev      review
	note     string // a one-line message (write failure, clipboard)
	outcome  Outcome
	finished bool
	showHelp bool // the full key help is open

	// The description's live hints: findings of the text hintsFor, linted
	// after a pause in typing (hintDelay), not on every key.
	hintsFor string
	hints    []criteria.Finding
	hintSeq  int // the latest pause scheduled; older ones are ignored
}

// hintDelay is the pause in typing after which the live hints are brought
// up to date: the lint runs then, not on every key.
const hintDelay = 150 * time.Millisecond

// hintsDue says the description has not changed for hintDelay since the
// keystroke numbered seq.
type hintsDue struct{ seq int }

// charmTheme is Huh's Charm theme built once for each background: Huh asks
// for its theme on every render, and building it costs more than the rest
// of a keystroke. Huh only reads the styles it gets.
var charmTheme = huh.ThemeFunc(func(isDark bool) *huh.Styles {
	if isDark {
		return charmDark()
	}
	return charmLight()
})

var (
	charmDark  = sync.OnceValue(func() *huh.Styles { return formTheme(true) })
	charmLight = sync.OnceValue(func() *huh.Styles { return formTheme(false) })
)

// NewModel returns the wizard's Bubble Tea model.
func NewModel(opt Options) *Model {
	m := &Model{f: newFlow(opt), isDark: true, width: 80, height: 24, help: help.New()}
	m.st = newStyles(m.isDark)
	m.vp = viewport.New()
	return m
}

// Result reports how the run ended; call it after the program exits. It
// saves the draft once more, so a quit by signal keeps the last keys typed.
func (m *Model) Result() Result {
	m.f.save()
	if !m.finished {
		return m.f.result(Interrupted)
	}
	return m.f.result(m.outcome)
}

// Interrupt is the message the caller sends when a signal (SIGTERM,
// SIGHUP) asks the program to stop: the model saves and quits.
type Interrupt struct{}

func (m *Model) Init() tea.Cmd {
	return tea.Batch(m.enter(), tea.RequestBackgroundColor)
}

func (m *Model) keymap() *huh.KeyMap {
	km := huh.NewDefaultKeyMap()
	km.Quit = key.NewBinding(key.WithDisabled()) // the model saves first
	km.Text.Next = key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "next"))
	km.Text.Submit = key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "done"))
	km.Text.NewLine = key.NewBinding(key.WithKeys("enter", "alt+enter", "ctrl+j"), key.WithHelp("enter", "new line")) // worded by wordKeys
	km.Text.Editor = key.NewBinding(key.WithDisabled())
	km.Select.Filter = key.NewBinding(key.WithDisabled())
	wordKeys(km)
	return km
}

// enter builds the current step's form, if it has questions.
func (m *Model) enter() tea.Cmd {
	m.note = ""
	m.form, m.fields, m.qs = nil, nil, nil
	switch m.f.step {
	case stepReview:
		m.rev = m.f.review()
		m.layoutReview()
		m.vp.GotoTop() // back from a part: the verdict first
		return nil
	case stepDone, stepStopped:
		return nil
	}
	qs := m.f.questions(m.f.step)
	fields := make([]huh.Field, 0, len(qs))
	for _, q := range qs {
		fields = append(fields, m.field(q))
	}
	m.fields, m.qs = fields, qs
	m.km = m.keymap()
	m.form = huh.NewForm(huh.NewGroup(fields...)).
		WithShowHelp(false).
		WithShowErrors(false).
		WithKeyMap(m.km).
		WithTheme(charmTheme)
	cmd := m.form.Init()
	if key := m.f.focusKey; key != "" { // a resumed part starts on its first missing answer
		m.f.focusKey = ""
		for i, q := range qs {
			if q.key == key {
				for range i {
					cmd = tea.Batch(cmd, m.form.NextField())
				}
				break
			}
		}
	}
	if m.f.step == stepDescription {
		m.lintHints()
	}
	m.resizeForm()
	return cmd
}

func (m *Model) field(q question) huh.Field {
	validate := func(s string) error { return m.f.validate(q, s) }
	switch q.kind {
	case kindChoice:
		opts := make([]huh.Option[string], len(q.options))
		for i, o := range q.options {
			opts[i] = huh.NewOption(o.label, o.value)
		}
		return huh.NewSelect[string]().Key(q.key).Title(q.title).Description(q.help).
			Options(opts...).Value(q.str)
	case kindChoices:
		opts := make([]huh.Option[string], len(q.options))
		for i, o := range q.options {
			opts[i] = huh.NewOption(o.label, o.value)
		}
		return huh.NewMultiSelect[string]().Key(q.key).Title(q.title).Description(tr("wizard.tick", nil) + " " + q.help).
			Options(opts...).Value(q.list).Filterable(false)
	case kindYesNo:
		return huh.NewConfirm().Key(q.key).Title(q.title).Description(q.help).
			Affirmative(tr("wizard.Yes", nil)).Negative(tr("wizard.No", nil)).Value(q.flag)
	case kindText:
		// Huh's Text over a textarea that draws only its visible rows.
		return textarea.NewField().Key(q.key).Title(q.title).Description(q.help).
			Lines(textLines(q)).Value(q.str).Validate(validate)
	}
	return huh.NewInput().Key(q.key).Title(q.title).Description(q.help).
		Value(q.str).Validate(validate)
}

// textLines is how many rows a text field asks for; a small terminal
// gets fewer (see resizeForm).
func textLines(q question) int {
	if q.key == "description" {
		return 8
	}
	return 4
}

func (m *Model) contentWidth() int { return max(20, min(m.width, maxWidth)) }

func (m *Model) resizeForm() {
	if m.form == nil {
		return
	}
	// The rows left between the page's top and bottom, and two for an
	// error. A text field gets its rows back first (the form only shrinks
	// fields), then the form fits them to the rows left.
	h := max(6, m.height-lipgloss.Height(m.pageTop())-lipgloss.Height(m.pageBottom())-2)
	for i, fld := range m.fields {
		if t, ok := fld.(*textarea.Field); ok {
			t.Lines(textLines(m.qs[i]))
		}
	}
	m.form.WithWidth(m.contentWidth()).WithHeight(h)
}

func (m *Model) layoutReview() {
	m.vp.SetWidth(m.contentWidth())
	m.vp.SetHeight(max(3, m.height-6)) // header, a note, and a help line that may wrap
	m.vp.SetContent(m.reviewContent())
}

func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.resizeForm()
		if m.f.step == stepReview {
			m.layoutReview()
		}
		return m, nil
	case tea.BackgroundColorMsg:
		m.isDark = msg.IsDark()
		m.st = newStyles(m.isDark)
		if m.f.step == stepReview {
			m.layoutReview()
		}
	case hintsDue:
		if msg.seq == m.hintSeq && m.f.step == stepDescription {
			m.lintHints()
		}
		return m, nil
	case Interrupt:
		return m.quit(Interrupted)
	case tea.InterruptMsg:
		return m.quit(Interrupted)
	case tea.KeyPressMsg:
		if msg.String() == "ctrl+c" {
			return m.quit(Interrupted)
		}
		if m.showHelp { // any key closes it
			m.showHelp = false
			return m, nil
		}
		if m.helpKey(msg) {
			m.showHelp = true
			return m, nil
		}
		switch m.f.step {
		case stepReview:
			return m.updateReview(msg)
		case stepDone:
			return m.updateDone(msg)
		case stepStopped:
			return m.updateStopped(msg)
		}
		if s := msg.String(); s == "esc" || s == "shift+tab" {
			if m.form != nil && m.focusIndex() == 0 {
				m.f.back()
				return m, m.enter()
			}
			if s == "esc" { // esc is back, as shift+tab is, inside a step too
				return m.updateForm(tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift})
			}
		}
	case tea.PasteMsg:
		return m.paste(msg)
	}
	if msg == tea.Msg(huh.NextField()) || msg == tea.Msg(huh.PrevField()) {
		// The fields ask for these after a move key; the model has already
		// moved the focus when it handled that key (see updateForm).
		return m, nil
	}
	return m.updateForm(msg)
}

// focusIndex is the position of the focused field in the step's form.
func (m *Model) focusIndex() int {
	if m.form == nil {
		return -1
	}
	fld := m.form.GetFocusedField()
	for i, f := range m.fields {
		if f == fld {
			return i
		}
	}
	return -1
}

// moveKey says where the focused field sends the focus for key k: +1 to
// the next field, -1 to the previous one, 0 nowhere. It reads the same
// bindings the field reads.
func (m *Model) moveKey(fld huh.Field, k tea.KeyPressMsg) int {
	// Huh enables Next on every field but the last and Submit on the
	// last only (WithPosition): on the last line field tab does nothing.
	last := m.focusIndex() == len(m.fields)-1
	pick := func(next, submit key.Binding) key.Binding {
		if last {
			return submit
		}
		return next
	}
	var next, prev []key.Binding
	switch fld.(type) {
	case *huh.Input:
		next, prev = []key.Binding{pick(m.km.Input.Next, m.km.Input.Submit)}, []key.Binding{m.km.Input.Prev}
	case *huh.Text, *textarea.Field:
		next, prev = []key.Binding{pick(m.km.Text.Next, m.km.Text.Submit)}, []key.Binding{m.km.Text.Prev}
	case *huh.Select[string]:
		next, prev = []key.Binding{pick(m.km.Select.Next, m.km.Select.Submit)}, []key.Binding{m.km.Select.Prev}
	case *huh.MultiSelect[string]:
		next, prev = []key.Binding{pick(m.km.MultiSelect.Next, m.km.MultiSelect.Submit)}, []key.Binding{m.km.MultiSelect.Prev}
	case *huh.Confirm:
		next = []key.Binding{pick(m.km.Confirm.Next, m.km.Confirm.Submit), m.km.Confirm.Accept, m.km.Confirm.Reject}
		prev = []key.Binding{m.km.Confirm.Prev}
	}
	switch {
	case key.Matches(k, next...):
		return +1
	case key.Matches(k, prev...):
		return -1
	}
	return 0
}

// updateForm passes a message to the current step's form, saves the draft
// when a field was left, and moves on when the step is complete.
//
// Huh moves the focus with a command (NextField) that comes back as a
// message after the keys already waiting: a fast typist's or a paste's
// next keys would land in the field just left. So the model moves the
// focus itself, at once, when the field accepted a move key, and drops
// the field's own command when it arrives.
func (m *Model) updateForm(msg tea.Msg) (tea.Model, tea.Cmd) {
	if m.form == nil {
		return m, nil
	}
	k, isKey := msg.(tea.KeyPressMsg)
	var fld huh.Field
	dir := 0
	if isKey {
		fld = m.form.GetFocusedField()
		dir = m.moveKey(fld, k)
	}
	fm, cmd := m.form.Update(msg)
	m.form = fm.(*huh.Form)
	if dir != 0 && fld.Error() == nil {
		i := m.focusIndex()
		if dir > 0 && i >= 0 && m.qs[i].flag != nil {
			m.f.v.answer(m.qs[i].key)
		}
		switch {
		case dir > 0 && i == len(m.fields)-1:
			cmd = tea.Batch(cmd, m.form.NextGroup())
		case dir > 0:
			cmd = tea.Batch(cmd, m.form.NextField())
		case i > 0:
			cmd = tea.Batch(cmd, m.form.PrevField())
		}
		m.f.save() // a field was completed or left
	}
	if m.form.State == huh.StateCompleted {
		return m, m.completeStep()
	}
	if m.f.step == stepDescription && m.f.v.Description != m.hintsFor {
		m.hintSeq++
		seq := m.hintSeq
		cmd = tea.Batch(cmd, tea.Tick(hintDelay, func(time.Time) tea.Msg { return hintsDue{seq} }))
	}
	return m, cmd
}

// lintHints brings the description's live hints up to date.
func (m *Model) lintHints() {
	m.hintsFor = m.f.v.Description
	m.hints = nil
	if criteria.WordCount(m.hintsFor) > 0 {
		m.hints = m.f.descriptionFindings()
	}
	m.resizeForm() // the hints take the rows they need
}

// paste splits a pasted text at its line ends on one-line fields, as if
// each line had been typed and followed by Enter: "Ann Lee\nB1/B2" fills
// two fields.
func (m *Model) paste(p tea.PasteMsg) (tea.Model, tea.Cmd) {
	if m.form == nil {
		return m, nil
	}
	if _, ok := m.form.GetFocusedField().(*huh.Input); !ok || !strings.ContainsAny(p.Content, "\r\n") {
		return m.updateForm(p)
	}
	lines := strings.Split(strings.ReplaceAll(p.Content, "\r\n", "\n"), "\n")
	var cmds []tea.Cmd
	for i, ln := range lines {
		if ln != "" {
			_, cmd := m.updateForm(tea.PasteMsg{Content: ln})
			cmds = append(cmds, cmd)
		}
		if i < len(lines)-1 {
			_, cmd := m.Update(tea.KeyPressMsg{Code: tea.KeyEnter})
			cmds = append(cmds, cmd)
		}
	}
	return m, tea.Batch(cmds...)
}

func (m *Model) completeStep() tea.Cmd {
	if m.f.step == stepWrite {
		if err := m.f.write(); err != nil {
			cmd := m.enter()
			m.note = err.Error()
			return cmd
		}
	}
	m.f.advance()
	return m.enter()
}

func (m *Model) quit(o Outcome) (tea.Model, tea.Cmd) {
	m.f.save()
	m.outcome, m.finished = o, true
	return m, tea.Quit
}

func (m *Model) updateReview(k tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	s := k.String()
	switch s {
	case "w":
		if m.rev.blocked {
			m.note = tr("wizard.review.fix-first", nil)
			return m, nil
		}
		m.f.step = stepWrite
		return m, m.enter()
	case "esc", "shift+tab":
		m.f.back()
		return m, m.enter()
	case "q":
		return m.quit(Stopped)
	case "l":
		m.f.switchRequestLanguage()
		return m, m.enter()
	}
	if len(s) == 1 && s[0] >= '1' && int(s[0]-'0') <= len(editable) {
		m.f.edit(editable[s[0]-'1'])
		return m, m.enter()
	}
	var cmd tea.Cmd
	m.vp, cmd = m.vp.Update(k)
	return m, cmd
}

func (m *Model) updateDone(k tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch k.String() {
	case "c":
		m.note = tr("wizard.copied", nil)
		return m, tea.SetClipboard(m.f.written.Text)
	case "q", "enter", "esc":
		return m.quit(Written)
	}
	return m, nil
}

func (m *Model) updateStopped(k tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch k.String() {
	case "esc", "shift+tab", "b":
		m.f.back()
		return m, m.enter()
	case "q", "enter":
		return m.quit(Stopped)
	}
	return m, nil
}

func (m *Model) header() string {
	title := m.st.title.Render("expedite · " + stepTitle(m.f.step))
	if n := stepNumber(m.f.step); n > 0 {
		title += m.st.step.Render("   " + tr("wizard.part-of", map[string]any{"number": n, "of": len(editable)}))
	}
	return title
}

func (m *Model) helpLine(extra ...key.Binding) string {
	var binds []key.Binding
	if m.form != nil {
		for _, b := range m.form.KeyBinds() {
			if b.Help().Desc != tr("wizard.key.back", nil) { // esc and shift+tab: shown once below
				binds = append(binds, b)
			}
		}
	}
	binds = append(binds, extra...)
	binds = append(binds,
		key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", tr("wizard.key.back", nil))),
		key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", tr("wizard.key.save-quit-short", nil))),
		m.moreKeys())
	m.help.SetWidth(m.contentWidth())
	return m.help.ShortHelpView(binds)
}

func (m *Model) wrap(s string) string {
	return lipgloss.NewStyle().Width(m.contentWidth()).Render(s)
}

func (m *Model) View() tea.View {
	var b strings.Builder
	b.WriteString(m.header() + "\n\n")
	step := m.f.step
	if m.showHelp {
		step = -1
		b.WriteString(m.fullHelpView())
	}
	switch step {
	case stepReview:
		b.WriteString(m.vp.View() + "\n")
		if m.note != "" {
			b.WriteString(m.st.errorText.Render(m.note) + "\n")
		}
		keys := tr("wizard.review.keys", nil)
		if !m.rev.blocked {
			keys = tr("wizard.review.keys.write", nil) + keys
		}
		b.WriteString(m.st.help.Render(m.wrap(keys)))
	case stepDone:
		b.WriteString(m.st.okText.Render(tr("wizard.done", nil)) + "\n\n")
		b.WriteString(hangingWrap(safetext.Display(nextStepsText(m.f.written, m.f.answers())), m.contentWidth()) + "\n")
		if m.note != "" {
			b.WriteString(m.st.infoText.Render(m.wrap(m.note)) + "\n")
		}
		b.WriteString(m.st.help.Render(m.wrap(tr("wizard.done.keys", nil))))
	case stepStopped:
		b.WriteString(hangingWrap(stopText(m.f.stop, m.f.v.post()), m.contentWidth()) + "\n\n")
		b.WriteString(m.st.help.Render(m.wrap(tr("wizard.stopped.keys", nil))))
	case -1: // the full help, drawn above
	default:
		top, bottom := m.pageTop(), m.pageBottom()
		b.Reset()
		b.WriteString(top)
		b.WriteString(m.formView(m.height-lipgloss.Height(top)-lipgloss.Height(bottom)) + "\n")
		b.WriteString(bottom)
	}
	v := tea.NewView(b.String())
	return v
}

// pageTop is what a form page shows above its fields.
func (m *Model) pageTop() string {
	top := m.header() + "\n\n"
	if m.f.step == stepWelcome {
		top += hangingWrap(safetext.Display(welcomeText(m.f.opt.Found)), m.contentWidth()) + "\n\n"
	}
	return top
}

// pageBottom is what a form page shows under its fields: the live hints,
// a failure, the short help.
func (m *Model) pageBottom() string {
	var below []string
	if m.f.step == stepDescription {
		below = append(below, m.descriptionHints())
	}
	if m.note != "" {
		below = append(below, m.st.errorText.Render(m.wrap(tr("wizard.err.write", map[string]any{"problem": safetext.Line(m.note)}))))
	}
	if m.f.saveErr != nil {
		below = append(below, m.st.warnText.Render(m.wrap(tr("wizard.err.save", map[string]any{"problem": safetext.Line(m.f.saveErr.Error())}))))
	}
	below = append(below, m.helpLine())
	return strings.Join(below, "\n")
}

// formView shows the step's fields, each with its error under it, cut to
// height rows around the focused field (its title first).
func (m *Model) formView(height int) string {
	if m.form == nil {
		return ""
	}
	var lines []string
	start, end := 0, 0
	focused := m.focusIndex()
	errStyle := m.st.errorText.PaddingLeft(2).Width(m.contentWidth())
	for i, fld := range m.fields {
		if i > 0 {
			lines = append(lines, "")
		}
		if i == focused {
			start = len(lines)
		}
		lines = append(lines, strings.Split(fld.View(), "\n")...)
		if err := fld.Error(); err != nil {
			lines = append(lines, strings.Split(errStyle.Render(safetext.Line(err.Error())), "\n")...)
		}
		if i == focused {
			end = len(lines)
		}
	}
	height = max(height, 3)
	if len(lines) <= height {
		return strings.Join(lines, "\n")
	}
	first := 0
	if end > height {
		first = end - height
	}
	first = min(first, start)
	return strings.Join(lines[first:min(first+height, len(lines))], "\n")
}

// descriptionHints are the live count and prose findings under the editor.
// The count follows every key; the findings are those of the last pause in
// typing (see hintDelay).
func (m *Model) descriptionHints() string {
	text := m.f.v.Description
	words := criteria.WordCount(text)
	line := m.st.dim.Render(tr("wizard.hints.counts", map[string]any{"words": words, "chars": utf8.RuneCountInString(text)}))
	if words > 0 {
		fs := m.hints
		if len(fs) == 0 && m.hintsFor == text {
			line += "  " + m.st.okText.Render(tr("wizard.hints.clean", nil))
		}
		// The hints take at most a third of the screen (the first one
		// always shows, whole): the editor keeps its rows.
		budget, used := max(4, m.height/3), 0
		for i, fd := range fs {
			label := m.st.severity(fd.Severity).Render(severityName(fd.Severity) + colon() + " ")
			text := lipgloss.NewStyle().Width(max(10, m.contentWidth()-lipgloss.Width(label))).Render(safetext.Line(message(fd)))
			hint := lipgloss.JoinHorizontal(lipgloss.Top, label, text)
			if i > 0 && used+lipgloss.Height(hint) > budget {
				line += "\n" + m.st.dim.Render(tr("wizard.hints.more", map[string]any{"count": len(fs) - i}))
				break
			}
			used += lipgloss.Height(hint)
			line += "\n" + hint
		}
	}
	return line
}

// hangingWrap wraps each line to width, indenting continuation lines to
// where the line's text starts ("  1. " and "- " items stay readable).
func hangingWrap(s string, width int) string {
	var out []string
	for _, ln := range strings.Split(s, "\n") {
		indent := len(ln) - len(strings.TrimLeft(ln, " "))
		if i := strings.Index(ln, ". "); i >= 0 && i < 6 {
			indent = i + 2
		} else if strings.HasPrefix(ln[indent:], "- ") {
			indent += 2
		}
		w := max(10, width-indent)
		wrapped := lipgloss.NewStyle().Width(width).Render(ln)
		if lipgloss.Width(ln) > width {
			body := strings.TrimLeft(ln[min(indent, len(ln)):], " ")
			lines := strings.Split(lipgloss.NewStyle().Width(w).Render(body), "\n")
			for k := range lines {
				lines[k] = strings.Repeat(" ", indent) + strings.TrimRight(lines[k], " ")
			}
			lines[0] = ln[:min(indent, len(ln))] + strings.TrimLeft(lines[0], " ")
			wrapped = strings.Join(lines, "\n")
		}
		out = append(out, strings.TrimRight(wrapped, " "))
	}
	return strings.Join(out, "\n")
}

func (m *Model) reviewContent() string {
	var b strings.Builder
	r := m.rev
	e, w, _ := criteria.Count(r.findings)
	switch {
	case e > 0:
		b.WriteString(m.st.errorText.Render(tr("wizard.review.errors", map[string]any{"count": e})))
	case w > 0:
		b.WriteString(m.st.warnText.Render(tr("wizard.review.warnings", map[string]any{"count": w})))
	default:
		b.WriteString(m.st.okText.Render(tr("wizard.review.none", nil)))
	}
	b.WriteString("\n")
	verdict := m.st.warnText
	if r.ready.Ready {
		verdict = m.st.okText
	}
	b.WriteString(verdict.Render(m.wrap(safetext.Line(r.ready.Verdict))) + "\n\n")
	width := m.contentWidth()
	for _, fd := range r.findings {
		tag := m.st.severity(fd.Severity).Render(strings.ToUpper(severityName(fd.Severity)))
		if part := partName(fd.Field); part != "" {
			tag += " " + m.st.dim.Render(part)
		}
		b.WriteString(tag + "\n")
		b.WriteString(lipgloss.NewStyle().Width(width).PaddingLeft(2).Render(safetext.Line(message(fd))) + "\n")
	}
	b.WriteString("\n" + m.readinessView(width) + "\n")
	parts := make([]string, len(editable))
	for i, s := range editable {
		parts[i] = fmt.Sprintf("%d %s", i+1, stepTitle(s))
	}
	b.WriteString("\n" + lipgloss.NewStyle().Width(width).Render(tr("wizard.review.parts", map[string]any{"parts": strings.Join(parts, " · ")})) + "\n\n")
	if r.text != "" {
		b.WriteString(m.st.title.Render(tr("wizard.review.request", map[string]any{"words": r.words, "chars": r.chars})) + "\n")
		b.WriteString(lipgloss.NewStyle().Width(width).Render(m.st.dim.Render(r.langNote)) + "\n\n")
		for i, ln := range r.length {
			if i > 0 {
				ln = "  - " + ln
			}
			b.WriteString(m.st.warnText.Render(m.wrap(safetext.Line(ln))) + "\n")
		}
		if len(r.length) > 0 {
			b.WriteString("\n")
		}
		b.WriteString(lipgloss.NewStyle().Width(width).Render(safetext.Display(r.text)))
	}
	return b.String()
}

// readinessView is the review's readiness list, a tick a line, and the
// one-chance reminder; its verdict heads the review.
func (m *Model) readinessView(width int) string {
	l := m.rev.ready
	var b strings.Builder
	b.WriteString(m.st.title.Render(m.wrap(safetext.Line(l.Heading))) + "\n")
	for _, c := range l.Checks {
		mark := m.st.okText.Render(render.Mark(true))
		if !c.OK {
			mark = m.st.warnText.Render(render.Mark(false))
		}
		body := strings.Split(lipgloss.NewStyle().Width(max(10, width-6)).Render(safetext.Line(c.Text)), "\n")
		for i, ln := range body {
			lead := "      "
			if i == 0 {
				lead = "  " + mark + " "
			}
			b.WriteString(lead + strings.TrimRight(ln, " ") + "\n")
		}
	}
	b.WriteString(m.wrap(safetext.Line(m.rev.oneChance)) + "\n")
	return b.String()
}
