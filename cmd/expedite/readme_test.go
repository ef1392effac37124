package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestReadmeExamples runs every "$ expedite ..." example of the README in a
// shell, from the repository root, and compares its output with the lines
// shown under it: the examples must work when pasted.
func TestReadmeExamples(t *testing.T) {
	// The examples run without --today, so their dates must still lie
	// ahead. The earliest travel date in examples/ is 2027-12-02.
	if time.Now().After(time.Date(2027, 11, 25, 0, 0, 0, 0, time.UTC)) {
		t.Skip("the examples' travel dates have come: move the dates in examples/*.yaml forward, then the README's outputs")
	}
	bin, err := buildBinary()
	if err != nil {
		t.Fatal(err)
	}
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	type example struct{ cmd, want string }
	var examples []example
	var cur *example
	inBlock := false
	for _, line := range strings.Split(string(readme), "\n") {
		switch {
		case strings.HasPrefix(line, "```"):
			inBlock = !inBlock
			cur = nil
		case inBlock && strings.HasPrefix(line, "$ "):
			examples = append(examples, example{cmd: strings.TrimPrefix(line, "$ ")})
			cur = &examples[len(examples)-1]
		case inBlock && cur != nil && line == "":
			cur = nil
		case inBlock && cur != nil:
			cur.want += line + "\n"
		}
	}
	if len(examples) < 5 {
		t.Fatalf("found %d examples in the README", len(examples))
	}
	out := t.TempDir()
	for _, ex := range examples {
		cmd := exec.Command("sh", "-c", strings.ReplaceAll(ex.cmd, "./request", filepath.Join(out, "request")))
		cmd.Dir = "../.."
		cmd.Env = append(os.Environ(), "PATH="+filepath.Dir(bin)+string(os.PathListSeparator)+os.Getenv("PATH"))
		got, _ := cmd.Output() // exit codes are part of the examples' text, not checked here
		g := strings.ReplaceAll(string(got), filepath.Join(out, "request"), "request")
		if g != ex.want {
			t.Errorf("README example %q prints:\n%s\nbut the README shows:\n%s", ex.cmd, g, ex.want)
		}
	}
}
