package main

import (
	"testing"

	"github.com/expedite/expedite/internal/catalog"
	"github.com/expedite/expedite/internal/msg"
)

// TestSourceStatus: a source says it was read only when its live page
// was (checked: true); otherwise it names where the facts came from and
// says to check the page, in text and in JSON.
func TestSourceStatus(t *testing.T) {
	via := catalog.Text{"en": "the project's domain notes", "fr": "les notes du projet sur le domaine"}
	tests := []struct {
		lang    string
		src     catalog.Source
		want    string
		wantVia string
	}{
		{"en", catalog.Source{Read: "2026-11-25", Checked: true}, "read 2026-11-25", ""},
		{"fr", catalog.Source{Read: "2026-11-25", Checked: true}, "consultée le 25\u00a0novembre 2026", ""},
		{"en", catalog.Source{Read: "2026-11-25", Via: via},
			"facts taken on 2026-11-25 from the project's domain notes; the live page was not checked: check it before relying on them",
			"the project's domain notes"},
		{"fr", catalog.Source{Read: "2026-11-25", Via: via},
			"informations reprises le 25\u00a0novembre 2026 dans les notes du projet sur le domaine\u00a0; la page en ligne n'a pas été vérifiée\u00a0: vérifiez-la avant de vous y fier",
			"les notes du projet sur le domaine"},
	}
	for _, tt := range tests {
		p := msg.For(tt.lang)
		if got := sourceStatus(p, tt.src); got != tt.want {
			t.Errorf("%s checked=%v: status %q, want %q", tt.lang, tt.src.Checked, got, tt.want)
		}
		j := newSourceJSON(p, tt.src)
		if j.Checked != tt.src.Checked || j.Via != tt.wantVia {
			t.Errorf("%s checked=%v: JSON checked=%v via=%q, want via %q", tt.lang, tt.src.Checked, j.Checked, j.Via, tt.wantVia)
		}
		if wantNote := map[bool]string{false: tt.want}[tt.src.Checked]; j.Note != wantNote {
			t.Errorf("%s checked=%v: JSON note %q, want %q", tt.lang, tt.src.Checked, j.Note, wantNote)
		}
	}
}
