package wizard

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/expedite/expedite/internal/answers"
)

// FuzzFieldValidators runs each question's validator on any text: it never
// panics, and what it accepts the draft can hold.
func FuzzFieldValidators(f *testing.F) {
	f.Add(uint8(0), uint8(0), "Zoë Ñúñez")
	f.Add(uint8(2), uint8(5), "2026-02-30")
	f.Add(uint8(1), uint8(9), "N00123456789")
	f.Add(uint8(4), uint8(3), "\x1b[2J\u202e\xff")
	f.Add(uint8(3), uint8(1), "99999999999999999999")
	crits := []string{"relative-emergency", "medical-treatment", "student", "urgent-business", "significant-event", "none", ""}
	f.Fuzz(func(t *testing.T, crit, qi uint8, value string) {
		opt, _ := testOptions(t)
		fl := newFlow(opt)
		fl.v.Criterion = crits[int(crit)%len(crits)]
		var qs []question
		for s := stepScreen; s <= stepEvidence; s++ {
			qs = append(qs, fl.questions(s)...)
		}
		q := qs[int(qi)%len(qs)]
		if fl.validate(q, value) != nil || q.str == nil {
			return
		}
		*q.str = value
		if err := answers.CheckLimits(fl.v.toAnswers()); err != nil {
			t.Fatalf("%s accepted %q, which the draft cannot hold: %v", q.key, value, err)
		}
	})
}

// FuzzAccessible feeds any input to the line prompts: they never panic or
// hang, and whatever draft they save reads back, with no binary value.
func FuzzAccessible(f *testing.F) {
	f.Add([]byte(strings.Join(relativeScript, "\n") + "\n"))
	f.Add([]byte("1\n1\nZo\xeb\n\r\n-\n.\n\x00\n"))
	f.Add([]byte("2\nb\n1\n3\n\n\n\n\n\n.\nq\n"))
	f.Add([]byte("1\n2\n\n\n\n4\n2026-13-01\n2026-12-01\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		opt, _ := testOptions(t)
		res := RunAccessible(bytes.NewReader(data), &bytes.Buffer{}, opt)
		if res.Outcome == Interrupted {
			t.Fatalf("interrupted without a signal")
		}
		raw, err := os.ReadFile(opt.Store.Path)
		if err != nil {
			return // nothing saved
		}
		if bytes.Contains(raw, []byte("!!binary")) {
			t.Fatalf("binary in the draft:\n%s", raw)
		}
		if _, err := answers.Decode("draft.yaml", raw); err != nil {
			t.Fatalf("the draft does not read back: %v", err)
		}
	})
}
