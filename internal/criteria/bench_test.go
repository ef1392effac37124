package criteria

import (
	"fmt"
	"strings"
	"testing"
)

func BenchmarkCheck(b *testing.B) {
	a := eligible()
	opt := Options{Today: today}
	for b.Loop() {
		Check(a, opt)
	}
}

// textOf returns about n characters of realistic prose, with a few things
// for each rule to find.
func textOf(n int) string {
	para := goodRelativeText + " Please please, I am desperate!! My cousin's wedding was on 2026-11-19 in Boston. "
	var sb strings.Builder
	for sb.Len() < n {
		sb.WriteString(para)
		if sb.Len()%3 == 0 {
			sb.WriteString("\n\n")
		}
	}
	return sb.String()[:n]
}

// BenchmarkLint runs lint over texts of growing length; time per byte
// should stay flat (linear in the text length).
func BenchmarkLint(b *testing.B) {
	Lint("warm up: the lexicons and the catalog load once", LintOptions{})
	for _, n := range []int{1_000, 10_000, 100_000, 1_000_000} {
		text := textOf(n)
		b.Run(fmt.Sprintf("chars=%d", n), func(b *testing.B) {
			b.SetBytes(int64(n))
			b.ReportAllocs()
			for b.Loop() {
				Lint(text, LintOptions{})
			}
		})
	}
}

func FuzzLint(f *testing.F) {
	for _, s := range []string{goodRelativeText, "PLEASE HELP ME NOW!!!", "wedding. wedding!\n\nconference?", "Dr. A. B. C.", "\x00\xff", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fs := Lint(s, LintOptions{})
		lines := strings.Count(s, "\n") + 1
		for _, f := range fs {
			if f.Rule == "" || f.Args == nil || f.Field != "text" {
				t.Fatalf("malformed finding %+v", f)
			}
			if f.Line < 0 || f.Line > lines || (f.Line > 0 && f.Column < 1) {
				t.Fatalf("position %d:%d outside a %d-line text", f.Line, f.Column, lines)
			}
		}
	})
}
