package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/charmbracelet/x/vt"
	"github.com/charmbracelet/x/xpty"

	"github.com/expedite/expedite/internal/answers"
)

// buildBinary builds expedite once for the pseudo-terminal tests.
var buildBinary = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "expedite-bin")
	if err != nil {
		return "", err
	}
	bin := filepath.Join(dir, "expedite")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		return "", errors.New(string(out))
	}
	return bin, nil
})

// terminal runs the real binary in a pseudo-terminal, with a terminal
// emulator as its screen.
type terminal struct {
	t   testing.TB
	pty xpty.Pty
	cmd *exec.Cmd
	mu  sync.Mutex
	emu *vt.Emulator
	raw strings.Builder // everything printed, kept after a full screen is gone
}

func startTerminal(t testing.TB, env []string, args ...string) *terminal {
	return runInTerminal(t, binaryCommand(t, env, args...))
}

// binaryCommand is the built expedite with args, in an environment of a
// terminal, PATH and env only.
func binaryCommand(t testing.TB, env []string, args ...string) *exec.Cmd {
	if runtime.GOOS == "windows" {
		t.Skip("no Unix pseudo-terminal")
	}
	bin, err := buildBinary()
	if err != nil {
		t.Fatalf("build: %v", err)
	}
	cmd := exec.Command(bin, args...)
	cmd.Env = append([]string{"TERM=xterm-256color", "PATH=" + os.Getenv("PATH")}, env...)
	return cmd
}

// runInTerminal starts cmd in an 80x24 pseudo-terminal, its output drawn
// on the emulator's screen, and ends it when the test ends.
func runInTerminal(t testing.TB, cmd *exec.Cmd) *terminal {
	p, err := xpty.NewPty(80, 24)
	if err != nil {
		t.Skipf("no pseudo-terminal here: %v", err)
	}
	if err := p.Start(cmd); err != nil {
		t.Fatal(err)
	}
	tm := &terminal{t: t, pty: p, cmd: cmd, emu: vt.NewEmulator(80, 24)}
	go func() { // the program's output onto the screen
		buf := make([]byte, 4096)
		for {
			n, err := p.Read(buf)
			if n > 0 {
				tm.mu.Lock()
				tm.emu.Write(buf[:n])
				tm.raw.Write(buf[:n])
				tm.mu.Unlock()
			}
			if err != nil {
				return
			}
		}
	}()
	go io.Copy(p, tm.emu) // the screen's answers to queries, back to the program
	t.Cleanup(func() {
		cmd.Process.Kill()
		p.Close()
	})
	return tm
}

// printed is everything the program wrote to the terminal so far.
func (tm *terminal) printed() string {
	tm.mu.Lock()
	defer tm.mu.Unlock()
	return tm.raw.String()
}

func (tm *terminal) screen() string {
	tm.mu.Lock()
	defer tm.mu.Unlock()
	return tm.emu.String()
}

// waitFor waits until text is on the screen: no fixed sleeps.
func (tm *terminal) waitFor(text string) {
	tm.t.Helper()
	tm.waitUntil(fmt.Sprintf("%q", text), func(screen string) bool { return strings.Contains(screen, text) })
}

// waitForMatch waits until re matches the screen.
func (tm *terminal) waitForMatch(re *regexp.Regexp) {
	tm.t.Helper()
	tm.waitUntil("/"+re.String()+"/", re.MatchString)
}

// waitUntil waits until ok holds of the screen, for 15 seconds at most.
func (tm *terminal) waitUntil(what string, ok func(screen string) bool) {
	tm.t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for time.Now().Before(deadline) {
		if ok(tm.screen()) {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	tm.t.Fatalf("waited for %s; the screen shows:\n%s", what, tm.screen())
}

func (tm *terminal) send(s string) {
	if _, err := tm.pty.Write([]byte(s)); err != nil {
		tm.t.Fatal(err)
	}
}

const (
	enter = "\r"
	tab   = "\t"
	down  = "\x1b[B"
	ctrlC = "\x03"
)

// exitCode waits for the program to end.
func (tm *terminal) exitCode() int {
	tm.t.Helper()
	errc := make(chan error, 1)
	go func() { errc <- tm.cmd.Wait() }()
	select {
	case err := <-errc:
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			return ee.ExitCode()
		}
		if err != nil {
			tm.t.Fatal(err)
		}
		return 0
	case <-time.After(15 * time.Second):
		tm.t.Fatalf("the program did not end; the screen shows:\n%s", tm.screen())
	}
	return -1
}

// toNameField starts a case: the welcome, the quick screen, then the
// criterion reached with the keys in moves (shown by marker), up to the name.
func (tm *terminal) toNameField(moves, marker string) {
	tm.t.Helper()
	tm.waitFor("> Start")
	tm.send(enter)
	tm.waitFor("> No, none of these")
	tm.send(enter)
	tm.waitFor("> a. Relative emergency")
	tm.send(moves)
	tm.waitFor(marker)
	tm.send(enter)
	tm.waitFor("┃ Your full name")
}

// field types text into the focused field once it is on screen, then enter.
func (tm *terminal) field(focus, text string) {
	tm.t.Helper()
	tm.waitFor("┃ " + focus)
	tm.send(text + enter)
}

func TestTerminalWholeCase(t *testing.T) {
	dir := t.TempDir()
	draftPath := filepath.Join(dir, "state", "draft.yaml")
	out := filepath.Join(dir, "out")
	tm := startTerminal(t, []string{"HOME=" + dir}, "--draft", draftPath, "--out", out, "--today", "2026-11-23")
	tm.toNameField("", "> a. Relative emergency")
	tm.send("Zoë Ñúñez" + enter)
	tm.field("Visa class", "B1/B2")
	tm.field("DS-160", "")
	tm.waitFor("┃ Your post")
	tm.send(down + down)
	tm.waitFor("> Montreal")
	tm.send(enter)
	tm.field("The date you must travel", "2026-12-02")
	tm.field("First available", "2028-01-15")
	tm.field("Your relative's full name", "Paul Núñez")
	tm.field("How is this person related", "father")
	tm.field("Where in the United States", "Massachusetts General Hospital, Boston, Massachusetts")
	tm.field("The situation", "car accident on 2026-11-20, in intensive care")
	tm.field("Attending physician", "Dr. A. Lee, +1-617-555-0100")
	tm.waitFor("┃ Describe the emergency")
	tm.send("On November 20 my father, Paul Núñez, was hit by a car in Boston and is in intensive care at Massachusetts General Hospital.")
	tm.waitFor("no pitfalls found")
	tm.send(tab)
	tm.waitFor("┃ Which of these documents")
	tm.send("x" + enter)
	tm.waitFor("┃ Other documents")
	tm.send(tab)
	tm.waitFor("┃ Does your spouse")
	tm.send(enter)
	tm.field("How many of your children", "")
	tm.waitFor("┃ Are you a Canadian citizen")
	tm.send("y")
	tm.waitFor("No problems found.")
	tm.send("w")
	tm.field("Folder for request.txt", "")
	tm.waitFor("Your request is ready.")
	tm.send("q")
	if code := tm.exitCode(); code != 0 {
		t.Fatalf("exit code %d; screen:\n%s", code, tm.screen())
	}
	req, err := os.ReadFile(filepath.Join(out, "request.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Zoë Ñúñez", "my father, Paul Núñez", "Dr. A. Lee, +1-617-555-0100", "December 2, 2026"} {
		if !bytes.Contains(req, []byte(want)) {
			t.Errorf("request lacks %q:\n%s", want, req)
		}
	}
	for _, p := range []string{filepath.Join(out, "request.txt"), filepath.Join(out, "checklist.pdf"), draftPath} {
		if st, err := os.Stat(p); err != nil || st.Mode().Perm() != 0o600 {
			t.Errorf("%s: %v %v", p, st.Mode(), err)
		}
	}
}

func TestTerminalCtrlCKeepsWhatWasTyped(t *testing.T) {
	dir := t.TempDir()
	tm := startTerminal(t, []string{"HOME=" + dir, "XDG_STATE_HOME=" + filepath.Join(dir, "state")}, "--today", "2026-11-23")
	tm.toNameField(down+down, "> c. Student")
	tm.send("Marie-Ève Côté")
	tm.waitFor("Marie-Ève Côté")
	tm.send(ctrlC)
	if code := tm.exitCode(); code != 130 {
		t.Fatalf("exit code %d, want 130", code)
	}
	tm.waitFor("Interrupted. Your answers are saved in")
	a, err := answers.ReadFile(filepath.Join(dir, "state", "expedite", "draft.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if a.Applicant.Name != "Marie-Ève Côté" || a.Criterion != "student" {
		t.Errorf("draft: %+v", a)
	}
}

// BenchmarkTerminalFirstFrame is the time from starting the binary to the
// wizard's first question on the screen of a pseudo-terminal.
func BenchmarkTerminalFirstFrame(b *testing.B) {
	dir := b.TempDir()
	for b.Loop() {
		tm := startTerminal(b, []string{"HOME=" + dir}, "--draft", filepath.Join(dir, "d.yaml"))
		tm.waitFor("> Start")
		b.StopTimer()
		tm.cmd.Process.Kill()
		tm.cmd.Wait()
		tm.pty.Close()
		b.StartTimer()
	}
}

// TestTerminalSignalsSaveTheDraft: SIGTERM and SIGHUP (the terminal was
// closed) save what was typed, as Ctrl-C does, and exit 130.
func TestTerminalSignalsSaveTheDraft(t *testing.T) {
	for _, sig := range []os.Signal{syscall.SIGTERM, syscall.SIGHUP} {
		t.Run(sig.String(), func(t *testing.T) {
			dir := t.TempDir()
			draftPath := filepath.Join(dir, "draft.yaml")
			tm := startTerminal(t, []string{"HOME=" + dir}, "--draft", draftPath)
			tm.toNameField("", "> a. Relative emergency")
			tm.send("Zoë Ñúñez")
			tm.waitFor("Zoë Ñúñez")
			if err := tm.cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			if code := tm.exitCode(); code != 130 {
				t.Fatalf("exit code %d, want 130", code)
			}
			a, err := answers.ReadFile(draftPath)
			if err != nil {
				t.Fatal(err)
			}
			if a.Applicant.Name != "Zoë Ñúñez" || a.Criterion != "relative-emergency" {
				t.Errorf("draft: %+v", a)
			}
		})
	}
}

// colouredCells counts the screen cells drawn with a colour.
func (tm *terminal) colouredCells() int {
	tm.mu.Lock()
	defer tm.mu.Unlock()
	n := 0
	for y := range tm.emu.Height() {
		for x := range tm.emu.Width() {
			if c := tm.emu.CellAt(x, y); c != nil && (c.Style.Fg != nil || c.Style.Bg != nil) {
				n++
			}
		}
	}
	return n
}

func TestTerminalNoColor(t *testing.T) {
	for _, noColor := range []bool{false, true} {
		dir := t.TempDir()
		env := []string{"HOME=" + dir}
		if noColor {
			env = append(env, "NO_COLOR=1")
		}
		tm := startTerminal(t, env, "--draft", filepath.Join(dir, "d.yaml"))
		tm.waitFor("> Start")
		tm.waitFor("ctrl+c save & quit")
		got := tm.colouredCells()
		if noColor && got != 0 {
			t.Errorf("NO_COLOR=1: %d cells in colour", got)
		}
		if !noColor && got == 0 {
			t.Error("no colour at all without NO_COLOR: this test could not fail")
		}
	}
}
