package wizard

import (
	"strings"
	"testing"
)

// TestDateErrorSaysWhatIsWrong: a date written right but that does not
// exist is told so; a date written wrong is told the form.
func TestDateErrorSaysWhatIsWrong(t *testing.T) {
	f := newFlow(Options{})
	q := question{kind: kindDate}
	for _, tc := range []struct{ value, want string }{
		{"2026-13-01", "does not exist"},
		{"2026-02-30", "does not exist"},
		{"2026/12/02", "YYYY-MM-DD"},
		{"demain", "YYYY-MM-DD"},
	} {
		err := f.validate(q, tc.value)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("validate(%q) = %v, want an error saying %q", tc.value, err, tc.want)
		}
	}
}
