package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/expedite/expedite/internal/answers"
)

// The About-you page's answers in one write, as a paste or a fast typist
// sends them, land one in each field (issue 13).
func TestTerminalOneWriteFillsEachField(t *testing.T) {
	dir := t.TempDir()
	draftPath := filepath.Join(dir, "state", "draft.yaml")
	tm := startTerminal(t, []string{"HOME=" + dir}, "--draft", draftPath, "--today", "2026-11-23")
	tm.toNameField("", "> a. Relative emergency")
	tm.send("Ann Lee" + enter + "B1/B2" + enter + "AA00ABC123" + enter)
	tm.waitFor("┃ Your post")
	tm.send(ctrlC)
	tm.exitCode()
	a, err := answers.ReadFile(draftPath)
	if err != nil {
		t.Fatal(err)
	}
	if a.Applicant.Name != "Ann Lee" || a.Applicant.Visa != "B1/B2" || a.Applicant.DS160 != "AA00ABC123" {
		t.Errorf("name %q, visa %q, DS-160 %q; want Ann Lee, B1/B2, AA00ABC123", a.Applicant.Name, a.Applicant.Visa, a.Applicant.DS160)
	}
}

// Resizing 80x24 -> 120x40 -> 80x24 keeps the page's top on the screen.
func TestTerminalResizeKeepsTheTop(t *testing.T) {
	dir := t.TempDir()
	tm := startTerminal(t, []string{"HOME=" + dir}, "--draft", filepath.Join(dir, "draft.yaml"), "--today", "2026-11-23")
	tm.toNameField("", "> a. Relative emergency")
	for _, size := range [][2]int{{120, 40}, {80, 24}, {120, 40}} {
		if err := tm.pty.Resize(size[0], size[1]); err != nil {
			t.Skipf("resize: %v", err)
		}
		tm.mu.Lock()
		tm.emu.Resize(size[0], size[1])
		tm.mu.Unlock()
		tm.send("x") // a key, so that the frame after the resize is drawn
		// The renderer may leave the blank between the prompt and the
		// text unwritten after a resize (a cell it thinks is already
		// blank), which the emulator shows as nothing: ">x" or "> x".
		tm.waitForMatch(regexp.MustCompile(`┃ > ?x`))
		tm.send("\x7f")
		tm.waitFor("┃ Your full name")
		if s := tm.screen(); !strings.Contains(s, "expedite · About you") {
			t.Errorf("%dx%d: the page's top is not on the screen:\n%s", size[0], size[1], s)
		}
	}
	tm.send(ctrlC)
	tm.exitCode()
}

// With NO_COLOR=1 the chosen answer of a yes/no shows without colour.
func TestTerminalNoColorMarksTheChoice(t *testing.T) {
	dir := t.TempDir()
	draftPath := filepath.Join(dir, "draft.yaml")
	a, err := answers.ReadFile(filepath.Join("..", "..", "examples", "relative-emergency.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	a.Companions.Spouse = false
	data, err := answers.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(draftPath, data, 0o600); err != nil {
		t.Fatal(err)
	}
	tm := startTerminal(t, []string{"HOME=" + dir, "NO_COLOR=1"}, "--draft", draftPath, "--today", "2026-11-23")
	tm.waitFor("> Resume my saved answers")
	tm.send(enter)
	tm.waitFor("No problems found")
	tm.send("6")
	tm.waitFor("┃ Which of these documents")
	tm.send(enter)
	tm.waitFor("┃ Other documents")
	tm.send(tab)
	tm.waitFor("┃ Does your spouse")
	tm.waitFor("[x] No")
	tm.waitFor("[ ] Yes")
	tm.send(ctrlC)
	tm.exitCode()
}
