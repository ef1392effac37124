package answers

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

func TestLimits(t *testing.T) {
	for _, tc := range []struct {
		name, file, want string
	}{
		{"many items", "evidence:\n" + strings.Repeat("- a letter\n", MaxEvidence+1), "x.yaml:2: evidence lists 101 documents; at most 100 are read"},
		{"1.9 million items", "evidence: [" + strings.Repeat("a,", 1_900_000) + "a]\n", "x.yaml:1: too many lines and list items (over 50,000 by here)"},
		{"a million lines", "evidence:\n" + strings.Repeat("- a\n", 1_000_000), "x.yaml:25002: too many lines and list items"},
		{"long item", "evidence:\n  - " + strings.Repeat("a", MaxItem+1) + "\n", "x.yaml:2: evidence[1] is 1,001 characters long; at most 1,000 are read"},
		{"long name", "applicant:\n  name: " + strings.Repeat("é", MaxLine+1) + "\n", "x.yaml:2: applicant.name is 5,001 characters long; at most 5,000 are read"},
		{"long description", "description: " + strings.Repeat("word ", MaxDescription/5+1) + "\n", "x.yaml:1: description is 200,004 characters long"},
		{"binary", "applicant:\n  name: !!binary WvZr\n", "x.yaml:2: applicant.name: binary values (!!binary) are not read"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Decode("x.yaml", []byte(tc.file))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want %q", err, tc.want)
			}
		})
	}
	// At the limits, the file reads.
	ok := "description: " + strings.Repeat("a", MaxDescription) + "\nevidence:\n" + strings.Repeat("- "+strings.Repeat("b", MaxItem)+"\n", MaxEvidence)
	if _, err := Decode("x.yaml", []byte(ok)); err != nil {
		t.Fatal(err)
	}
	a := &Answers{Evidence: make([]string, MaxEvidence+1)}
	if err := CheckLimits(a); err == nil || !strings.Contains(err.Error(), "evidence lists 101 documents") {
		t.Errorf("CheckLimits: %v", err)
	}
}

// TestErrorsClipQuotedInput: a 3 MB key gives a short line, not 3 MB.
func TestErrorsClipQuotedInput(t *testing.T) {
	for _, file := range []string{
		"? " + strings.Repeat("k", 3<<20) + "\n: 1\n",
		"travel_date: " + strings.Repeat("9", 3<<20) + "\n",
		"companions:\n  children: " + strings.Repeat("x", 3<<20) + "\n",
	} {
		_, err := Decode("x.yaml", []byte(file))
		if err == nil || len(err.Error()) > 400 || !strings.Contains(err.Error(), `…`) {
			t.Errorf("%d-byte error: %.200s", len(err.Error()), err)
		}
	}
}

// TestNoQuotingThroughALink: an error about a file reached through a
// symbolic link does not show that file's content.
func TestNoQuotingThroughALink(t *testing.T) {
	dir := t.TempDir()
	secret := filepath.Join(dir, "shadow")
	os.WriteFile(secret, []byte("root:$6$secrethash:19000:0:99999:7:::\n"), 0o600)
	link := filepath.Join(dir, "case.yaml")
	os.Symlink(secret, link)
	_, err := ReadFile(link)
	var e *Error
	if !errors.As(err, &e) || strings.Contains(err.Error(), "secrethash") || strings.Contains(err.Error(), "root") {
		t.Fatalf("got %v", err)
	}
	if !strings.Contains(err.Error(), "a link to "+secret) {
		t.Errorf("got %v", err)
	}
	// Named directly, the details show.
	if _, err := ReadFile(secret); err == nil || !strings.Contains(err.Error(), "root") {
		t.Errorf("direct: %v", err)
	}
}

func TestReadFileRefusesAFIFO(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "case.yaml")
	if err := mkfifo(fifo); err != nil {
		t.Skip(err)
	}
	_, err := ReadFile(fifo) // would block forever if opened plainly
	if err == nil || !strings.Contains(err.Error(), "is a named pipe (FIFO), not an answers file") {
		t.Fatalf("got %v", err)
	}
}

// TestMemoryStaysAMultipleOfTheInput: a 4 MB file of 1.9 million evidence
// items (the case that took 665 MB) is refused with a few times its size
// allocated.
func TestMemoryStaysAMultipleOfTheInput(t *testing.T) {
	for _, file := range []string{
		"evidence: [" + strings.Repeat("a,", 1_900_000) + "a]\n",
		"evidence:\n" + strings.Repeat("- a\n", 1_000_000),
	} {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		_, err := Decode("x.yaml", []byte(file))
		runtime.ReadMemStats(&after)
		if err == nil {
			t.Fatal("read")
		}
		if got := after.TotalAlloc - before.TotalAlloc; got > 8*uint64(len(file)) {
			t.Errorf("%d bytes allocated for a %d-byte file", got, len(file))
		}
	}
}
