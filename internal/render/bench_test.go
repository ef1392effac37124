package render

import (
	"io"
	"testing"
)

func BenchmarkRequestText(b *testing.B) {
	a := load(b, "relative-emergency")
	for b.Loop() {
		if _, err := RequestText(a); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkChecklistPDF(b *testing.B) {
	a := load(b, "relative-emergency")
	opt := PDFOptions{Made: made}
	for b.Loop() {
		if err := ChecklistPDF(io.Discard, a, opt); err != nil {
			b.Fatal(err)
		}
	}
}
