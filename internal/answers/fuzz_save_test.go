package answers

import (
	"reflect"
	"strings"
	"testing"
)

// FuzzSaveRoundTrip: any answers within the limits are written by the
// saver (Marshal) and read back (Decode) unchanged, and never as !!binary;
// the limits refuse the rest.
func FuzzSaveRoundTrip(f *testing.F) {
	f.Add("Zoë Ñúñez", "line one\nline two\n", "Letter from Dr. Lee", "Boston")
	f.Add("Zo\xeb", "  leading\ttab\r\nCRLF  ", "- not a list", "key: value")
	f.Add("\ufeffbom", "\u2028sep\u0085nel", "'quoted'", "#comment")
	f.Add("", "|\n  block", "*alias", "&anchor")
	f.Add("null", "~", "true", "2026-12-02")
	f.Add("expedite-quoted-0", "a\n\tb", "expedite-quoted-1", "\t\n")
	f.Fuzz(func(t *testing.T, name, desc, item, place string) {
		a := &Answers{Version: FormatVersion, Applicant: Applicant{Name: name}, Description: desc,
			Evidence: []string{item}, Relative: Relative{Place: place}, Event: Event{What: item + desc}}
		data, err := Marshal(a)
		if err != nil {
			t.Fatalf("Marshal: %v", err)
		}
		if strings.Contains(string(data), "!!binary") {
			t.Fatalf("binary in\n%s", data)
		}
		if CheckLimits(a) != nil {
			return // the saver refuses these (draft.Store.Save checks first)
		}
		back, err := Decode("draft.yaml", data)
		if err != nil {
			t.Fatalf("does not read back: %v\n%s", err, data)
		}
		if !reflect.DeepEqual(back, a) {
			t.Fatalf("changed on the way:\n%#v\n%#v\n%s", a, back, data)
		}
	})
}
