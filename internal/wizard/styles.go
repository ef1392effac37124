package wizard

import (
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"

	"github.com/expedite/expedite/internal/criteria"
)

// styles are the wizard's own colours, chosen for the terminal's light or
// dark background. NO_COLOR and plain terminals drop them (Bubble Tea
// downsamples to the terminal's colour profile).
type styles struct {
	title, step, help, dim, errorText, warnText, infoText, okText, box lipgloss.Style
}

func newStyles(isDark bool) styles {
	ld := lipgloss.LightDark(isDark)
	accent := ld(lipgloss.Color("#5A32A3"), lipgloss.Color("#B39DF3"))
	muted := ld(lipgloss.Color("#6B6B6B"), lipgloss.Color("#9A9A9A"))
	red := ld(lipgloss.Color("#B3261E"), lipgloss.Color("#FF8A80"))
	amber := ld(lipgloss.Color("#8A5300"), lipgloss.Color("#FFCC66"))
	green := ld(lipgloss.Color("#1E7A3C"), lipgloss.Color("#7FD99A"))
	return styles{
		title:     lipgloss.NewStyle().Bold(true).Foreground(accent),
		step:      lipgloss.NewStyle().Foreground(muted),
		help:      lipgloss.NewStyle().Foreground(muted),
		dim:       lipgloss.NewStyle().Foreground(muted),
		errorText: lipgloss.NewStyle().Bold(true).Foreground(red),
		warnText:  lipgloss.NewStyle().Bold(true).Foreground(amber),
		infoText:  lipgloss.NewStyle().Foreground(accent),
		okText:    lipgloss.NewStyle().Bold(true).Foreground(green),
		box:       lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(accent).Padding(0, 1),
	}
}

func (s styles) severity(sev criteria.Severity) lipgloss.Style {
	switch sev {
	case criteria.Error:
		return s.errorText
	case criteria.Warning:
		return s.warnText
	}
	return s.infoText
}

// formTheme is Huh's Charm theme with the chosen option marked by more
// than colour, so that it shows with NO_COLOR or on a plain terminal: "> "
// before a select's option also when the field is left, "[x]" and "[ ]"
// on yes/no buttons.
func formTheme(isDark bool) *huh.Styles {
	t := huh.ThemeCharm(isDark)
	chosen := func(s string) string { return "[x] " + s }
	other := func(s string) string { return "[ ] " + s }
	for _, fs := range []*huh.FieldStyles{&t.Focused, &t.Blurred} {
		fs.FocusedButton = fs.FocusedButton.Transform(chosen)
		fs.BlurredButton = fs.BlurredButton.Transform(other)
	}
	t.Blurred.SelectSelector = t.Focused.SelectSelector.UnsetForeground()
	return t
}
