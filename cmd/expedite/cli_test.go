package main

import (
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"
	"time"
)

// TestUsageErrors pins the exit code and the exact lines of the command
// line's mistakes: a misspelt flag names the nearest one.
func TestUsageErrors(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"check", "--frmat", "json", "x.yaml"}, "expedite: unknown flag --frmat; did you mean --format?\nRun 'expedite check --help' for how to use it.\n"},
		{[]string{"lint", "--quite", "x.txt"}, "expedite: unknown flag --quite; did you mean --quiet?\nRun 'expedite lint --help' for how to use it.\n"},
		{[]string{"render", "x.yaml", "--ot", "dir"}, "expedite: unknown flag --ot; did you mean --out?\nRun 'expedite render --help' for how to use it.\n"},
		{[]string{"--acessible"}, "expedite: unknown flag --acessible; did you mean --accessible?\nRun 'expedite wizard --help' for how to use it.\n"},
		{[]string{"check", "--zzzzzz", "x.yaml"}, "expedite: unknown flag --zzzzzz\nRun 'expedite check --help' for how to use it.\n"},
		{[]string{"criteria", "--format", "xml"}, "expedite: --format: \"xml\" is not one of text, json\nRun 'expedite criteria --help' for how to use it.\n"},
		{[]string{"frobnicate"}, "expedite: unknown command \"frobnicate\"; the commands are wizard, check, lint, render, criteria, completion and man\nRun 'expedite --help' for how to use it.\n"},
	}
	for _, tt := range tests {
		code, stdout, stderr := run(t, "", tt.args...)
		if code != 2 || stdout != "" || stderr != tt.want {
			t.Errorf("%v: exit %d, stdout %q, stderr:\n%s\nwant exit 2 and:\n%s", tt.args, code, stdout, stderr, tt.want)
		}
	}
}

// TestLintSummary: a clean text gets "no findings in FILE (N words)" on
// stdout, and nothing under --quiet; a text with findings keeps its
// verdict line.
func TestLintSummary(t *testing.T) {
	good := "On 2026-11-20 my father, Paul Tremblay, was hit by a car in Boston and is in intensive care at Massachusetts General Hospital; Dr. A. Lee says I must come now."
	if code, stdout, stderr := run(t, good, "lint"); code != 0 || stdout != "no findings in stdin (30 words)\n" || stderr != "" {
		t.Errorf("lint: exit %d, %q, %q", code, stdout, stderr)
	}
	for _, q := range []string{"--quiet", "-q"} {
		if code, stdout, stderr := run(t, good, "lint", q, "-"); code != 0 || stdout != "" || stderr != "" {
			t.Errorf("lint %s: exit %d, %q, %q", q, code, stdout, stderr)
		}
	}
	if _, stdout, _ := run(t, good, "lint", "--format", "json"); strings.Contains(stdout, "no findings") {
		t.Errorf("the summary leaks into JSON: %q", stdout)
	}
	if _, stdout, _ := run(t, "Please please help!!", "lint", "-q"); !strings.Contains(stdout, "pitfall.emotional") {
		t.Errorf("--quiet hid the findings: %q", stdout)
	}
}

// TestHelpFromCatalog: the help is built from the catalog at run time, so
// a translated catalog changes every command's --help.
func TestHelpFromCatalog(t *testing.T) {
	saved := helpText
	defer func() { helpText = saved }()
	fr := map[string]string{}
	for k, v := range saved {
		fr[k] = v
	}
	fr["flag_format"] = "format de sortie : text ou json"
	fr["about_check"] = "Examine un fichier de réponses.\n"
	fr["cmd_lint"] = "vérifie un texte écrit ailleurs"
	helpText = fr
	_, stdout, _ := run(t, "", "check", "--help")
	for _, want := range []string{"format de sortie : text ou json", "Examine un fichier de réponses."} {
		if !strings.Contains(stdout, want) {
			t.Errorf("check --help lacks %q:\n%s", want, stdout)
		}
	}
	if _, stdout, _ := run(t, "", "--help"); !strings.Contains(stdout, "vérifie un texte écrit ailleurs") {
		t.Errorf("--help lacks the translated summary:\n%s", stdout)
	}
}

// socketSymbol matches what a binary links to open a connection: the net
// package itself, or the socket system calls.
var socketSymbol = regexp.MustCompile(`\s(net\.\S+|syscall\.(Socket|Connect|socket|connect)\S*|golang\.org/x/sys/unix\.(Socket|Connect|socket|connect)\S*)$`)

// TestNoSocketLinked proves, on the built binary, what TestNoNetwork says
// of its packages: no symbol that opens a socket is linked in (the command
// line libraries included), so no code path can reach the network.
func TestNoSocketLinked(t *testing.T) {
	if !socketSymbol.MatchString(" 4a3f20 T net.(*Dialer).DialContext") || !socketSymbol.MatchString(" 4a3f20 T syscall.Socket") {
		t.Fatal("the pattern misses the symbols it is for")
	}
	bin, err := buildBinary()
	if err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("go", "tool", "nm", bin).Output()
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(out), "\n")
	if len(lines) < 1000 {
		t.Fatalf("go tool nm listed %d symbols: too few to trust", len(lines))
	}
	for _, l := range lines {
		if socketSymbol.MatchString(l) {
			t.Errorf("the binary links %s", strings.TrimSpace(l))
		}
	}
}

// TestMakeRunInterrupted runs 'make run' in a pseudo-terminal and presses
// Ctrl-C: it ends cleanly (no "exit status 130" from go run, no make
// error), and the hint to resume repeats the flags that were given.
func TestMakeRunInterrupted(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary through make")
	}
	if runtime.GOOS == "windows" {
		t.Skip("no Unix pseudo-terminal")
	}
	makeBin, err := exec.LookPath("make")
	if err != nil {
		t.Skip("no make")
	}
	dir := t.TempDir()
	draftPath := filepath.Join(dir, "jane draft.yaml")
	cmd := exec.Command(makeBin, "--no-print-directory", "run", "ARGS=--draft '"+draftPath+"' --today 2026-11-23")
	cmd.Dir = "../.."
	cmd.Env = append(os.Environ(), "TERM=xterm-256color", "XDG_STATE_HOME="+filepath.Join(dir, "state"), "NO_COLOR=1")
	tm := runInTerminal(t, cmd)
	// make builds the binary first: on a busy machine that takes a while.
	for deadline := time.Now().Add(3 * time.Minute); !strings.Contains(tm.screen(), "> Start"); time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("the wizard did not start; the screen shows:\n%s", tm.screen())
		}
	}
	tm.send(ctrlC)
	if code := tm.exitCode(); code != 0 {
		t.Errorf("make run exits %d after Ctrl-C, want 0", code)
	}
	tm.waitFor("to resume, run:")
	out := tm.printed()
	for _, bad := range []string{"exit status", "make: ***", "Error 1", "Error 130"} {
		if strings.Contains(out, bad) {
			t.Errorf("make run printed %q:\n%s", bad, out)
		}
	}
	want := "to resume, run: expedite --draft '" + draftPath + "' --today 2026-11-23"
	if !strings.Contains(strings.ReplaceAll(out, "\r", ""), want) {
		t.Errorf("the hint does not repeat the flags; want %q in:\n%s", want, out)
	}
}

// BenchmarkCommandLine is what every run pays for its command line: the
// kong model built from the catalog, then the arguments parsed. Help strings
// as kong variables cost 5.2 ms here (kong interpolates every variable into
// every flag); filled in after the build, 0.9 ms.
func BenchmarkCommandLine(b *testing.B) {
	e := &env{stdout: io.Discard, stderr: io.Discard, getenv: func(string) string { return "" }, now: time.Now}
	for b.Loop() {
		var c cli
		p, err := newParser(e, &c)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := p.Parse([]string{"check", "--today", "2026-11-23", "x.yaml"}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestLintApplicant: with --applicant, a text written for the applicant
// reads their name as the writer, as check does with the answers' name.
func TestLintApplicant(t *testing.T) {
	text := "My colleague, Ms. Jane Tremblay, needs to travel to Chicago, Illinois on December 8, 2026 to attend the annual meeting of the Radiological Society of North America, where she presents a paper.\n"
	code, stdout, _ := run(t, text, "lint", "--today", "2026-11-23", "--applicant", "Jane Tremblay")
	if code != 1 || !strings.Contains(stdout, "eligibility.unacceptable-reason") {
		t.Errorf("with --applicant: exit %d, %q", code, stdout)
	}
	if code, stdout, _ := run(t, text, "lint", "--today", "2026-11-23"); code != 0 || strings.Contains(stdout, "eligibility.unacceptable-reason") {
		t.Errorf("without --applicant Ms. Tremblay is someone else: exit %d, %q", code, stdout)
	}
}
