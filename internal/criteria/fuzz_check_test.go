package criteria_test

import (
	"testing"

	"github.com/expedite/expedite/internal/answers"
	"github.com/expedite/expedite/internal/criteria"
	"github.com/expedite/expedite/internal/msg"
)

// FuzzCheck runs the whole check over any answers file that reads: every
// rule over every field. It never panics, and each finding is complete and
// can be worded.
func FuzzCheck(f *testing.F) {
	f.Add([]byte("version: 1\ncriterion: student\nstudent:\n  sevis_id: N0012345678\n  program_start: 2027-01-11\ntravel_date: 2026-12-02\nfirst_available: 2028-01-15\ndescription: I start my program.\n"))
	f.Add([]byte("criterion: relative-emergency\nrelative:\n  relationship: step-father\n  name: \"\\u202e\"\ndescription: \"PLEASE PLEASE!! wedding\"\nevidence: [a, b]\n"))
	f.Add([]byte("criterion: medical-treatment\npatient: child\nmedical:\n  date: 2026-02-28\napplicant:\n  post: montreal\n  ds160: aa00abc123\n  visa: F-1\n"))
	f.Add([]byte("criterion: urgent-business\nevent:\n  what: annual conference\n  date: 2026-12-01\ncompanions:\n  children: 99\n  spouse: true\n"))
	today := answers.Date{Year: 2026, Month: 11, Day: 23}
	p := msg.For(msg.Default)
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := answers.Decode("x.yaml", data)
		if err != nil {
			return
		}
		for _, max := range []int{0, 1, 500} {
			for _, fd := range criteria.Check(a, criteria.Options{Today: today, MaxWords: max}) {
				if fd.Rule == "" || fd.Field == "" || fd.Severity < criteria.Info || fd.Severity > criteria.Error || p.Finding(fd) == "" {
					t.Fatalf("incomplete finding %+v", fd)
				}
			}
		}
	})
}
