package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// run runs expedite in-process and returns its exit code and output.
func run(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb, getenv: func(string) string { return "" },
		now: func() time.Time { return time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC) }}
	code = Main(args, e)
	return code, out.String(), errb.String()
}

func billionLaughs() string {
	var b strings.Builder
	b.WriteString("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n")
	prev := "a"
	for _, n := range []string{"b", "c", "d", "e", "f", "g", "h", "i"} {
		b.WriteString(n + ": &" + n + " [")
		for i := range 9 {
			if i > 0 {
				b.WriteString(",")
			}
			b.WriteString("*" + prev)
		}
		b.WriteString("]\n")
		prev = n
	}
	return b.String()
}

func TestBadAnswersFiles(t *testing.T) {
	dir := t.TempDir()
	example, err := os.ReadFile("../../examples/relative-emergency.yaml")
	if err != nil {
		t.Fatal(err)
	}
	garbage := make([]byte, 4096)
	for i := range garbage {
		garbage[i] = byte(i*7919 + i/3)
	}
	tests := []struct {
		name    string
		content []byte
		code    int    // 0 or 1: it works; 2: a clear error
		want    string // in the one-line error
	}{
		{"empty", nil, 2, "the file is empty"},
		{"garbage", garbage, 2, "not a text file"},
		{"huge", bytes.Repeat([]byte("description: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n"), 50<<20/44), 2, "is larger than 4 MiB"},
		{"deep", []byte(strings.Repeat("[", 100000)), 2, "too many lines and list items"},
		{"deep-short", []byte(strings.Repeat("[", 10000)), 2, "not valid YAML"},
		{"deep-block", []byte(func() string {
			var b strings.Builder
			for i := range 2000 {
				b.WriteString(strings.Repeat(" ", i) + "k:\n")
			}
			return b.String()
		}()), 2, `unknown key "k"`},
		{"laughs", []byte(billionLaughs()), 2, `unknown key "a"`},
		{"alias-in-field", []byte("applicant:\n  name: &n Jane\nrelative:\n  name: *n\n"), 2, "aliases"},
		{"bad-date", []byte("version: 1\ntravel_date: 2026-02-30\n"), 2, `"2026-02-30" is not a real date`},
		{"latin1", []byte("version: 1\napplicant:\n  name: Zo\xeb\n"), 2, "not UTF-8"},
		{"json", []byte(`{"version": 1, "applicant": {"name": "Jane", "post": "montreal", "canadian_citizen": true}, "criterion": "student",
			"travel_date": "2027-01-05", "first_available": "2028-01-15", "description": "x",
			"student": {"sevis_id": "N0012345678", "program_start": "2027-01-11"}}`), 0, ""},
		{"crlf", bytes.ReplaceAll(example, []byte("\n"), []byte("\r\n")), 0, ""},
		{"bom", append([]byte("\ufeff"), example...), 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, tt.name+".yaml")
			if err := os.WriteFile(path, tt.content, 0o600); err != nil {
				t.Fatal(err)
			}
			start := time.Now()
			code, stdout, stderr := run(t, "", "check", "--today", "2026-11-23", path)
			took := time.Since(start)
			if code != tt.code {
				t.Fatalf("exit %d, want %d\nstdout: %s\nstderr: %s", code, tt.code, stdout, stderr)
			}
			if tt.code == 2 {
				line := strings.TrimSuffix(stderr, "\n")
				if strings.Contains(line, "\n") || !strings.HasPrefix(line, "expedite: "+path) || !strings.Contains(line, tt.want) {
					t.Errorf("want one line naming %s with %q, got %q", path, tt.want, stderr)
				}
				if stdout != "" {
					t.Errorf("stdout: %q", stdout)
				}
			}
			t.Logf("%s: %d bytes, exit %d in %v", tt.name, len(tt.content), code, took)
		})
	}
}

func TestHugeTextForLint(t *testing.T) {
	code, _, stderr := run(t, strings.Repeat("word ", 2<<20), "lint", "-")
	if code != 2 || !strings.Contains(stderr, "stdin: is larger than 4 MiB") {
		t.Errorf("exit %d: %s", code, stderr)
	}
	long := "On 2026-11-20 my father was hit by a car in Boston. " + strings.Repeat("He is in intensive care. ", 4000) // 100,000 characters
	code, stdout, _ := run(t, long, "lint", "-")
	if code != 0 || !strings.Contains(stdout, "pitfall.too-long") {
		t.Errorf("exit %d: %s", code, stdout)
	}
}

func TestOutputFolderProblemsKeepEarlierFiles(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out")
	if code, _, stderr := run(t, "", "render", "../../examples/student.yaml", "--out", out, "--today", "2026-11-23"); code != 0 {
		t.Fatalf("first render: %s", stderr)
	}
	before, _ := os.ReadFile(filepath.Join(out, "request.txt"))
	// The PDF's name is now taken by a folder: the render must fail whole.
	os.Remove(filepath.Join(out, "checklist.pdf"))
	os.Mkdir(filepath.Join(out, "checklist.pdf"), 0o700)
	code, _, stderr := run(t, "", "render", "../../examples/relative-emergency.yaml", "--out", out, "--today", "2026-11-23")
	if code != 2 || !strings.Contains(stderr, "nothing was written") || strings.Count(stderr, "\n") != 1 {
		t.Errorf("exit %d: %q", code, stderr)
	}
	after, _ := os.ReadFile(filepath.Join(out, "request.txt"))
	if !bytes.Equal(before, after) {
		t.Error("request.txt changed although the render failed")
	}
	// A file where the folder should be.
	blocker := filepath.Join(dir, "file")
	os.WriteFile(blocker, []byte("x"), 0o600)
	code, _, stderr = run(t, "", "render", "../../examples/student.yaml", "--out", filepath.Join(blocker, "sub"), "--today", "2026-11-23")
	if code != 2 || !strings.Contains(stderr, "is a file, not a folder") {
		t.Errorf("exit %d: %q", code, stderr)
	}
}

// TestNoNetwork keeps the promise that expedite cannot open a connection:
// no package of the program may be net or under net/, but for net/url and
// net/netip, which make none.
func TestNoNetwork(t *testing.T) {
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	out, err := exec.Command(goBin, "list", "-deps", ".").Output()
	if err != nil {
		t.Fatal(err)
	}
	deps := strings.Fields(string(out))
	if len(deps) < 50 {
		t.Fatalf("go list gave too few packages to trust: %v", deps)
	}
	for _, p := range deps {
		if (p == "net" || strings.HasPrefix(p, "net/")) && p != "net/url" && p != "net/netip" {
			t.Errorf("expedite depends on %s, which can open network connections", p)
		}
		if p == "crypto/tls" || strings.Contains(p, "/http") {
			t.Errorf("expedite depends on %s", p)
		}
	}
}
