package golden

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// recorder is a testing.TB that keeps what Check reports.
type recorder struct {
	testing.TB
	errors, fatals []string
}

func (r *recorder) Helper()                           {}
func (r *recorder) Errorf(format string, args ...any) { r.errors = append(r.errors, format) }
func (r *recorder) Fatalf(format string, args ...any) { r.fatals = append(r.fatals, format) }
func (r *recorder) Fatal(args ...any)                 { r.fatals = append(r.fatals, "fatal") }

func TestCheck(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "sub", "out.golden")

	r := &recorder{TB: t}
	Check(r, path, "hello\n", false)
	if len(r.fatals) != 1 || !strings.Contains(r.fatals[0], "-update to create it") {
		t.Errorf("a missing golden file: fatals %q", r.fatals)
	}

	r = &recorder{TB: t}
	Check(r, path, "hello\n", true)
	if b, err := os.ReadFile(path); err != nil || string(b) != "hello\n" || len(r.errors)+len(r.fatals) > 0 {
		t.Errorf("update: file %q, %v, reports %q %q", b, err, r.errors, r.fatals)
	}

	r = &recorder{TB: t}
	Check(r, path, "hello\n", false)
	if len(r.errors)+len(r.fatals) > 0 {
		t.Errorf("the same text: reports %q %q", r.errors, r.fatals)
	}

	r = &recorder{TB: t}
	Check(r, path, "goodbye\n", false)
	if len(r.errors) != 1 || !strings.Contains(r.errors[0], "differs") {
		t.Errorf("a different text: errors %q", r.errors)
	}
}
