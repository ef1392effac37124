package wizard

import (
	"io"
	"strings"
	"testing"
)

// TestAccessibleStopKeepsTheTextBeingTyped: a signal while a description
// is typed keeps its lines, the one being typed included, in the draft.
func TestAccessibleStopKeepsTheTextBeingTyped(t *testing.T) {
	opt, _ := testOptions(t)
	in, w := io.Pipe()
	stop := make(chan struct{})
	done := make(chan Result)
	go func() { done <- RunAccessibleSignals(in, io.Discard, opt, Signals{Stop: stop}) }()
	upToDescription := strings.Join(relativeScript[:13], "\n") + "\n"
	io.WriteString(w, upToDescription+"On November 20 my father was hit by a car.\nHe is in intensive care.\n")
	// When a write returns, the reader took it: the lines before it were
	// handed to the prompts, and the first part is kept as being typed.
	io.WriteString(w, "Dr. Lee says")
	io.WriteString(w, " it is critical")
	close(stop)
	res := <-done
	if res.Outcome != Interrupted {
		t.Fatalf("outcome %v", res.Outcome)
	}
	a := loadDraft(t, opt)
	if !strings.HasPrefix(a.Description, "On November 20 my father was hit by a car.\nHe is in intensive care.\nDr. Lee says") ||
		a.Relative.Contact != "Dr. A. Lee, +1-617-555-0100" {
		t.Errorf("draft: %q, %+v", a.Description, a.Relative)
	}
}

// TestAccessibleLatin1IsRefused: bytes that are not UTF-8 are refused with
// a message and the question asked again; they never reach the draft.
func TestAccessibleLatin1IsRefused(t *testing.T) {
	opt, _ := testOptions(t)
	var out strings.Builder
	res := RunAccessible(script("1", "1", "Zo\xeb N\xfa\xf1ez", "Zoë Núñez"), &out, opt)
	if res.Outcome != InputEnded {
		t.Fatalf("outcome %v", res.Outcome)
	}
	mustContain(t, "transcript", out.String(), "Error: that line is not UTF-8 text")
	if a := loadDraft(t, opt); a.Applicant.Name != "Zoë Núñez" {
		t.Errorf("name %q", a.Applicant.Name)
	}
	// In a text, the line is left out and the others kept.
	opt2, _ := testOptions(t)
	lines := append(append([]string{}, relativeScript[:13]...), "First line.", "Caf\xe9 line", "Last line.", ".")
	out.Reset()
	RunAccessible(script(lines...), &out, opt2)
	mustContain(t, "transcript", out.String(), "Error: that line is not UTF-8 text")
	if a := loadDraft(t, opt2); a.Description != "First line.\nLast line." {
		t.Errorf("description %q", a.Description)
	}
}

// TestValidatorsApplyTheLimits: a value the draft could not hold is
// refused as it is typed, with the reason.
func TestValidatorsApplyTheLimits(t *testing.T) {
	opt, _ := testOptions(t)
	f := newFlow(opt)
	f.v.Criterion = "relative-emergency"
	for _, q := range f.questions(stepFacts) {
		if q.key == "relative.place" {
			err := f.validate(q, strings.Repeat("x", 5001))
			if err == nil || !strings.Contains(err.Error(), "relative.place is 5,001 characters long; at most 5,000") {
				t.Errorf("got %v", err)
			}
			return
		}
	}
	t.Fatal("no relative.place question")
}
