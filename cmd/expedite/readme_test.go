package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// readmeExample is a "$ expedite ..." line of a README code block, with the
// output shown under it and the exit code its "# exit N" comment documents
// (0 when there is none).
type readmeExample struct {
	cmd  string
	want string
	code int
}

// readmeCode is what the README's fenced code blocks hold, as a Markdown
// parser sees them.
type readmeCode struct {
	examples []readmeExample // "$ expedite ..." lines, with output and exit code
	commands []string        // other lines that start with "expedite "
	unclosed []int           // source lines of fences that are never closed
}

var (
	exitComment = regexp.MustCompile(`\s+#\s*exit\s+(\d+)\s*$`)
	expediteCmd = regexp.MustCompile(`^\$ (.*\|\s*)?expedite\b`)
)

// isExpediteExample says whether a line is a shell example that runs
// expedite: "$ expedite ..." or "$ printf ... | expedite ...".
func isExpediteExample(line string) bool { return expediteCmd.MatchString(line) }

// parseReadme renders the README with goldmark and collects the command
// examples of its fenced code blocks.
func parseReadme(src []byte) readmeCode {
	var rc readmeCode
	doc := goldmark.New().Parser().Parse(text.NewReader(src))
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		fb, ok := n.(*ast.FencedCodeBlock)
		if !entering || !ok {
			return ast.WalkContinue, nil
		}
		// A fenced block is closed when a closing fence follows its last
		// line; an unclosed one runs to the end of the document.
		end := 0
		if fb.Info != nil {
			end = fb.Info.Segment.Stop
		}
		lines := fb.Lines()
		if lines.Len() > 0 {
			end = lines.At(lines.Len() - 1).Stop
		}
		rest := strings.TrimLeft(string(src[end:]), "\n")
		if !strings.HasPrefix(strings.TrimLeft(rest, " "), "```") {
			rc.unclosed = append(rc.unclosed, bytes.Count(src[:end], []byte("\n"))+1)
		}
		var cur *readmeExample
		for i := range lines.Len() {
			seg := lines.At(i)
			line := strings.TrimRight(string(seg.Value(src)), "\n")
			switch {
			case isExpediteExample(line):
				ex := readmeExample{cmd: strings.TrimPrefix(line, "$ ")}
				if m := exitComment.FindStringSubmatch(ex.cmd); m != nil {
					ex.code, _ = strconv.Atoi(m[1])
					ex.cmd = strings.TrimSpace(strings.TrimSuffix(ex.cmd, m[0]))
				}
				rc.examples = append(rc.examples, ex)
				cur = &rc.examples[len(rc.examples)-1]
			case strings.HasPrefix(line, "$ "):
				cur = nil
			case cur != nil:
				// The output runs to the next "$" line; the blank line
				// before it only separates the examples.
				cur.want += line + "\n"
			case strings.HasPrefix(line, "expedite "):
				rc.commands = append(rc.commands, line)
			}
		}
		return ast.WalkSkipChildren, nil
	})
	for i := range rc.examples {
		rc.examples[i].want = strings.TrimRight(rc.examples[i].want, "\n")
		if rc.examples[i].want != "" {
			rc.examples[i].want += "\n"
		}
	}
	return rc
}

// TestReadmeMarkdown renders the README with a Markdown parser: every fenced
// block is closed, and every "$ expedite" line of the text is inside one
// (a stray fence would leave some out, or swallow prose into a block).
func TestReadmeMarkdown(t *testing.T) {
	src, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	rc := parseReadme(src)
	for _, l := range rc.unclosed {
		t.Errorf("README.md:%d: this code block is never closed", l)
	}
	var raw []string
	for _, line := range strings.Split(string(src), "\n") {
		if isExpediteExample(line) {
			raw = append(raw, line)
		}
	}
	if len(rc.examples) != len(raw) {
		t.Errorf("the README has %d \"$ ... expedite\" lines but %d are inside code blocks: a fence is misplaced", len(raw), len(rc.examples))
	}
	if len(rc.examples) < 6 {
		t.Errorf("found only %d examples in the README", len(rc.examples))
	}
	// Each block that opens with a fence must be a block the parser sees:
	// as many fences in the text as twice the fenced blocks.
	fences := 0
	for _, line := range strings.Split(string(src), "\n") {
		if strings.HasPrefix(line, "```") {
			fences++
		}
	}
	blocks := 0
	doc := goldmark.New().Parser().Parse(text.NewReader(src))
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if _, ok := n.(*ast.FencedCodeBlock); ok && entering {
			blocks++
		}
		return ast.WalkContinue, nil
	})
	if fences != 2*blocks {
		t.Errorf("the README has %d fence lines for %d fenced blocks", fences, blocks)
	}
}

// TestReadmeExamples runs every "$ expedite ..." example of the README in a
// shell, from the repository root, and compares its output and exit code
// with what the README shows: the examples must work when pasted. The other
// "expedite ..." lines (no output shown) must at least be command lines that
// expedite accepts.
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
	src, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	rc := parseReadme(src)
	if len(rc.examples) < 6 {
		t.Fatalf("found %d examples in the README", len(rc.examples))
	}
	out := t.TempDir()
	path := "PATH=" + filepath.Dir(bin) + string(os.PathListSeparator) + os.Getenv("PATH")
	for _, ex := range rc.examples {
		cmd := exec.Command("sh", "-c", strings.ReplaceAll(ex.cmd, "./request", filepath.Join(out, "request")))
		cmd.Dir = "../.."
		// English unless the example says otherwise (LANG=... expedite,
		// --lang), whatever the locale of the machine running the tests.
		cmd.Env = append(os.Environ(), path, "LC_ALL=", "LC_MESSAGES=", "LANG=C.UTF-8")
		got, err := cmd.Output()
		code := 0
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		g := strings.ReplaceAll(string(got), filepath.Join(out, "request"), "request")
		if g != ex.want {
			t.Errorf("README example %q prints:\n%s\nbut the README shows:\n%s", ex.cmd, g, ex.want)
		}
		if code != ex.code {
			t.Errorf("README example %q exits %d, but the README documents %d", ex.cmd, code, ex.code)
		}
	}
	if len(rc.commands) == 0 {
		t.Error("found no plain \"expedite ...\" command line in the README")
	}
	for _, line := range rc.commands {
		// Drop a redirection and ask for the help of that command line: it
		// exits 0 only when every flag is known.
		args := strings.Fields(strings.SplitN(line, "<", 2)[0])[1:]
		cmd := exec.Command(bin, append(args, "--help")...)
		// English unless the example says otherwise (LANG=... expedite,
		// --lang), whatever the locale of the machine running the tests.
		cmd.Env = append(os.Environ(), path, "LC_ALL=", "LC_MESSAGES=", "LANG=C.UTF-8")
		if outb, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("README command %q is not accepted: %v\n%s", line, err, outb)
		}
	}
}
