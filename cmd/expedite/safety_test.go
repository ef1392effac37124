//go:build unix

package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/expedite/expedite/internal/criteria"
)

// TestJSONEscapesWhatATerminalActsOn: C1 controls, DEL, bidirectional
// overrides and isolates and direction marks never appear raw in --format
// json; the document decodes to the same strings.
func TestJSONEscapesWhatATerminalActsOn(t *testing.T) {
	hostile := "a\u009b31m b\x7f c\u202ed\u2066e\u2069 f\u200e\u200f\u061c g\u2028h\u2029 \x1b]52;c;x\x07"
	fs := []criteria.Finding{{Rule: criteria.RuleNotImmediate, Severity: criteria.Error, Field: "relative.relationship",
		Args: map[string]any{"relationship": hostile}, Match: hostile}}
	var b strings.Builder
	if err := printFindings(&b, fs, "json", "x"); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, r := range out {
		if (r < 0x20 && r != '\n') || r == 0x7f || (r >= 0x80 && r < 0xa0) || (r >= 0x202a && r <= 0x202e) ||
			(r >= 0x2066 && r <= 0x2069) || r == 0x200e || r == 0x200f || r == 0x061c || r == 0x2028 || r == 0x2029 {
			t.Fatalf("raw %U in the JSON output:\n%s", r, out)
		}
	}
	var back struct {
		Findings []struct {
			Message, Match string
			Args           map[string]string
		}
	}
	if err := json.Unmarshal([]byte(out), &back); err != nil {
		t.Fatal(err)
	}
	if f := back.Findings[0]; f.Match != hostile || !strings.Contains(f.Message, " "+hostile+" ") || f.Args["relationship"] != hostile {
		t.Errorf("decoded %q", back.Findings[0].Match)
	}
	// Text output shows the controls escaped and drops the marks.
	b.Reset()
	printFindings(&b, fs, "text", "x")
	if strings.ContainsAny(b.String(), "\u200e\u200f\u061c\u2028\u2029\u009b\u202e\x1b") || !strings.Contains(b.String(), `\u009b`) {
		t.Errorf("text output: %q", b.String())
	}
}

// TestMaxWordsRange: --max-words outside 1 to 100,000 is a usage error.
func TestMaxWordsRange(t *testing.T) {
	for _, cmd := range []string{"check", "lint"} {
		for _, v := range []string{"-1", "0", "100001", "many"} {
			code, _, stderr := run(t, "text", cmd, "--max-words", v, "-")
			if code != 2 || !strings.Contains(stderr, "not a number of words from 1 to 100000") {
				t.Errorf("%s --max-words %s: exit %d, %q", cmd, v, code, stderr)
			}
		}
	}
	if code, _, stderr := run(t, "On 2026-11-20 my father was hit by a car in Boston.", "lint", "--max-words", "3", "-"); code != 0 || stderr != "" {
		t.Errorf("--max-words 3: exit %d %q", code, stderr)
	}
}

// TestNonRegularFilesRefused: check and lint never wait on a FIFO or read
// a device; standard input is "-".
func TestNonRegularFilesRefused(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "case.yaml")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"check", fifo}, {"lint", fifo}, {"render", fifo, "--out", dir}, {"check", dir}, {"lint", dir}, {"lint", "/dev/zero"}} {
		// check DIR is batch mode: the FIFO inside is reported on its line.
		code, stdout, stderr := run(t, "", args...)
		if code != 2 || strings.Count(stderr, "\n") != 1 || !strings.Contains(stdout+stderr, "not a") {
			t.Errorf("%v: exit %d, %q", args, code, stderr)
		}
	}
}

// TestDraftPathThatIsNotAFile: --draft naming a folder, a FIFO or a
// device is refused (exit 2) and nothing there is moved.
func TestDraftPathThatIsNotAFile(t *testing.T) {
	dir := t.TempDir()
	docs := filepath.Join(dir, "Documents")
	os.Mkdir(docs, 0o700)
	os.WriteFile(filepath.Join(docs, "thesis.txt"), []byte("years"), 0o600)
	fifo := filepath.Join(dir, "fifo")
	syscall.Mkfifo(fifo, 0o600)
	for _, p := range []string{docs, fifo} {
		code, _, stderr := run(t, "1\n", "--accessible", "--draft", p)
		if code != 2 || !strings.Contains(stderr, "expedite leaves it alone") {
			t.Errorf("%s: exit %d, %q", p, code, stderr)
		}
		if _, err := os.Lstat(p); err != nil {
			t.Errorf("%s moved", p)
		}
	}
	if m, _ := filepath.Glob(filepath.Join(dir, "*broken*")); len(m) > 0 {
		t.Errorf("set aside: %v", m)
	}
}

// TestFailedSaveSaysOneThing: when the draft cannot be saved, the end
// message says so, and never that the answers are saved.
func TestFailedSaveSaysOneThing(t *testing.T) {
	if _, err := os.Stat("/proc/self"); err != nil {
		t.Skip("needs /proc, where no folder can be made, even by root")
	}
	draftPath := "/proc/expedite-test/draft.yaml"
	for _, tc := range []struct {
		input string
		code  int
	}{
		{"1\n", 2},      // the input ends early
		{"2\n\nq\n", 1}, // a wedding: stopped
	} {
		code, _, stderr := run(t, tc.input, "--accessible", "--draft", draftPath)
		if code != tc.code || !strings.Contains(stderr, "could NOT be saved") || strings.Contains(stderr, "are saved in") ||
			strings.Contains(stderr, "so far are saved") {
			t.Errorf("input %q: exit %d, stderr %q", tc.input, code, stderr)
		}
	}
}

// TestErrorLinesStayShort: an error about a huge key, value or argument
// is one short line.
func TestErrorLinesStayShort(t *testing.T) {
	dir := t.TempDir()
	huge := strings.Repeat("k", 300<<10) // the clipping does not depend on the size; 3 MB only takes longer
	key := filepath.Join(dir, "key.yaml")
	os.WriteFile(key, []byte("? "+huge+"\n: 1\n"), 0o600)
	value := filepath.Join(dir, "value.yaml")
	os.WriteFile(value, []byte("travel_date: "+huge+"\n"), 0o600)
	for _, args := range [][]string{{"check", key}, {"check", value}, {huge}, {"check", "--today", huge, key}, {"check", "--" + huge}} {
		code, _, stderr := run(t, "", args...)
		first, _, _ := strings.Cut(stderr, "\n")
		if code != 2 || len([]rune(first)) > 1000 {
			t.Errorf("exit %d, a %d-character line: %.120s", code, len(first), first)
		}
	}
}
