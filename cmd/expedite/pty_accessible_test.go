//go:build linux

package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/charmbracelet/x/xpty"
	"golang.org/x/sys/unix"

	"github.com/expedite/expedite/internal/answers"
)

// accessibleToName starts the line prompts in a pseudo-terminal and
// answers up to the name: no reason never accepted, relative emergency.
func accessibleToName(t *testing.T) (*terminal, string) {
	dir := t.TempDir()
	draftPath := filepath.Join(dir, "draft.yaml")
	tm := startControllingTerminal(t, []string{"HOME=" + dir}, "--accessible", "--draft", draftPath, "--today", "2026-11-23")
	tm.waitFor("Choose 1-7 [1]")
	tm.send(enter)
	tm.waitFor("== Which criterion fits? ==")
	tm.send("1" + enter)
	tm.waitFor("Your full name")
	return tm, draftPath
}

func readDraft(t *testing.T, path string) *answers.Answers {
	t.Helper()
	a, err := answers.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestAccessibleSignalsKeepTheLineBeingTyped: Ctrl-C, SIGTERM and SIGHUP
// in the line prompts keep the answers and the name half typed (no Enter
// yet), save the draft and exit 130, as the full-screen wizard does.
func TestAccessibleSignalsKeepTheLineBeingTyped(t *testing.T) {
	for _, sig := range []string{"ctrl+c", "SIGTERM", "SIGHUP"} {
		t.Run(sig, func(t *testing.T) {
			tm, draftPath := accessibleToName(t)
			tm.send("Zoë Ñúñez")
			tm.waitFor("Zoë Ñúñez")
			switch sig {
			case "ctrl+c":
				tm.send(ctrlC)
			case "SIGTERM":
				tm.cmd.Process.Signal(syscall.SIGTERM)
			case "SIGHUP":
				tm.cmd.Process.Signal(syscall.SIGHUP)
			}
			if code := tm.exitCode(); code != 130 {
				t.Fatalf("exit code %d, want 130; the screen shows:\n%s", code, tm.screen())
			}
			a := readDraft(t, draftPath)
			if a.Applicant.Name != "Zoë Ñúñez" || a.Criterion != "relative-emergency" {
				t.Errorf("draft: %+v", a)
			}
			if m, _ := filepath.Glob(filepath.Join(filepath.Dir(draftPath), ".*tmp*")); len(m) > 0 {
				t.Errorf("left behind: %v", m)
			}
		})
	}
}

// TestAccessibleCtrlCKeepsEarlierAnswers: Ctrl-C on a later question keeps
// the answers given before it and the one half typed.
func TestAccessibleCtrlCKeepsEarlierAnswers(t *testing.T) {
	tm, draftPath := accessibleToName(t)
	tm.send("Jane Tremblay" + enter)
	tm.waitFor("Visa class")
	tm.send("B1/B2" + enter)
	tm.waitFor("DS-160")
	tm.send("AA12")
	tm.waitFor("AA12")
	tm.send(ctrlC)
	if code := tm.exitCode(); code != 130 {
		t.Fatalf("exit code %d", code)
	}
	if a := readDraft(t, draftPath); a.Applicant.Name != "Jane Tremblay" || a.Applicant.Visa != "B1/B2" || a.Applicant.DS160 != "AA12" {
		t.Errorf("draft: %+v", a.Applicant)
	}
	tm.waitFor("Interrupted. Your answers are saved in")
}

// TestAccessibleClosedTerminal: the terminal goes away (its window was
// closed): the answers are saved and the exit code is 130.
func TestAccessibleClosedTerminal(t *testing.T) {
	tm, draftPath := accessibleToName(t)
	tm.send("Jane Tremblay" + enter)
	tm.waitFor("Visa class")
	// Hang the terminal up, as closing its window does (closing the
	// pseudo-terminal here would wait for the screen's reader).
	if err := unix.IoctlSetInt(int(tm.pty.(*xpty.UnixPty).Slave().Fd()), unix.TIOCVHANGUP, 0); err != nil {
		t.Skipf("cannot hang up a terminal here: %v", err)
	}
	if code := tm.exitCode(); code != 130 {
		t.Fatalf("exit code %d", code)
	}
	if a := readDraft(t, draftPath); a.Applicant.Name != "Jane Tremblay" {
		t.Errorf("draft: %+v", a.Applicant)
	}
}

// TestAccessibleRefusesBytesThatAreNotUTF8: a name typed on a Latin-1
// terminal is refused with a message and asked again, never saved as
// binary data.
func TestAccessibleRefusesBytesThatAreNotUTF8(t *testing.T) {
	tm, draftPath := accessibleToName(t)
	tm.send("Zo\xeb Latin" + enter)
	tm.waitFor("not UTF-8 text")
	tm.send("Zoë Utf" + enter)
	tm.waitFor("Visa class")
	tm.send(ctrlC)
	tm.exitCode()
	raw, _ := os.ReadFile(draftPath)
	if strings.Contains(string(raw), "!!binary") || readDraft(t, draftPath).Applicant.Name != "Zoë Utf" {
		t.Errorf("draft:\n%s", raw)
	}
}

// startControllingTerminal is startTerminal with the pseudo-terminal as
// the program's controlling terminal (a session of its own), so that
// Ctrl-C in line mode raises SIGINT and closing it raises SIGHUP.
func startControllingTerminal(t *testing.T, env []string, args ...string) *terminal {
	cmd := binaryCommand(t, env, args...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true, Ctty: 0}
	return runInTerminal(t, cmd)
}
