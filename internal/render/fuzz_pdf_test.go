package render

import (
	"bytes"
	"testing"
	"time"

	"github.com/expedite/expedite/internal/answers"
)

// FuzzChecklistPDF makes the checklist with hostile strings in every text
// it prints: it never fails or panics, and the result is a PDF.
func FuzzChecklistPDF(f *testing.F) {
	f.Add("Zoë Ñúñez", "Letter from Dr. Lee", "Boston", "relative-emergency")
	f.Add("\x1b]52;c;aGk=\x07\u202e\u009b", "\ufffd\U0001F64F\u200f", "\u2028\u2029\r\n\t", "student")
	f.Add("Verylongnamewithoutanyspace", "word word word word word word", "日本語 العربية עברית", "medical-treatment")
	f.Add("", "", "", "")
	f.Fuzz(func(t *testing.T, name, item, place, crit string) {
		a := &answers.Answers{Version: 1, Criterion: crit, Applicant: answers.Applicant{Name: name, Post: place},
			Description: place + " " + item, Evidence: []string{item, name},
			Relative: answers.Relative{Name: name, Place: place, Contact: item},
			Event:    answers.Event{What: item, Where: place, Organiser: name}}
		if answers.CheckLimits(a) != nil {
			return
		}
		var buf bytes.Buffer
		err := ChecklistPDF(&buf, a, PDFOptions{Paper: A4, Made: time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC), Version: "fuzz"})
		if err != nil {
			t.Fatalf("ChecklistPDF: %v", err)
		}
		if !bytes.HasPrefix(buf.Bytes(), []byte("%PDF-")) {
			t.Fatal("not a PDF")
		}
	})
}
