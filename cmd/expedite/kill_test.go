//go:build unix

package main

import (
	"bytes"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/expedite/expedite/internal/answers"
	"github.com/expedite/expedite/internal/safefile"
)

// kills is how many times each kill test kills the real program: a short
// run in 'make test', EXPEDITE_KILLS=1000 under 'make stress'.
func kills(t *testing.T) int {
	if testing.Short() {
		t.Skip("starts many processes")
	}
	if n, err := strconv.Atoi(os.Getenv("EXPEDITE_KILLS")); err == nil && n > 0 {
		return n
	}
	return 20
}

// runFor starts the binary, lets it run for d, then sends sig (if it is
// still running) and waits. It returns the exit code, or -1 when the
// signal ended it.
func runFor(t *testing.T, d time.Duration, sig syscall.Signal, stdin string, args ...string) int {
	t.Helper()
	bin, err := buildBinary()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, args...)
	cmd.Stdin = strings.NewReader(stdin)
	cmd.Env = []string{"HOME=" + t.TempDir(), "PATH=" + os.Getenv("PATH"), "NO_COLOR=1"}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(d)
	cmd.Process.Signal(sig)
	cmd.Wait()
	return cmd.ProcessState.ExitCode()
}

// timeRun measures one whole run, to spread the kills over it.
func timeRun(t *testing.T, stdin string, args ...string) time.Duration {
	start := time.Now()
	if code := runFor(t, 0, 0, stdin, args...); code != 0 && code != 1 {
		t.Fatalf("%v: exit %d", args, code)
	}
	return time.Since(start)
}

// checkModes: every file 0600, every folder 0700, under dir.
func checkModes(t *testing.T, dir string) {
	t.Helper()
	filepath.Walk(dir, func(p string, st os.FileInfo, err error) error {
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case st.Mode()&os.ModeSymlink != 0:
		case st.IsDir() && st.Mode().Perm() != safefile.DirMode:
			t.Fatalf("%s: folder mode %v", p, st.Mode().Perm())
		case st.Mode().IsRegular() && st.Mode().Perm() != safefile.FileMode:
			t.Fatalf("%s: file mode %v", p, st.Mode().Perm())
		}
		return nil
	})
}

// leftovers lists what is in dir beyond the named files and the current
// run of a pair.
func leftovers(dir string, keep ...string) []string {
	var out []string
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if e.Name() == safefile.RunsDir {
			cur, _ := os.Readlink(filepath.Join(dir, safefile.RunsDir, "current"))
			runs, _ := os.ReadDir(filepath.Join(dir, safefile.RunsDir))
			for _, r := range runs {
				if r.Name() != "current" && r.Name() != cur {
					out = append(out, filepath.Join(safefile.RunsDir, r.Name()))
				}
			}
			continue
		}
		if !contains(keep, e.Name()) {
			out = append(out, e.Name())
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestKillRender kills 'expedite render' (SIGKILL) at random moments,
// alternating two cases, and checks after each kill that request.txt and
// checklist.pdf are whole and from one run, that modes are 0600 and
// 0700, and that the next run removes what the killed one left.
func TestKillRender(t *testing.T) {
	n := kills(t)
	examples, _ := filepath.Abs("../../examples")
	cases := []string{filepath.Join(examples, "student.yaml"), filepath.Join(examples, "relative-emergency.yaml")}
	args := func(c int, out string) []string {
		return []string{"render", cases[c], "--out", out, "--today", "2026-11-23"}
	}
	// The two pairs, as whole runs write them.
	var want [2][2][]byte
	for c := range cases {
		ref := filepath.Join(t.TempDir(), "ref")
		if code := runFor(t, 0, 0, "", args(c, ref)...); code != 0 {
			t.Fatalf("reference run: exit %d", code)
		}
		want[c][0], _ = os.ReadFile(filepath.Join(ref, "request.txt"))
		want[c][1], _ = os.ReadFile(filepath.Join(ref, "checklist.pdf"))
	}
	out := filepath.Join(t.TempDir(), "out")
	span := timeRun(t, "", args(0, out)...)
	seen := map[string]int{}
	for i := range n {
		c := i % 2
		runFor(t, time.Duration(rand.Int64N(int64(span)*12/10)), syscall.SIGKILL, "", args(c, out)...)
		req, err1 := os.ReadFile(filepath.Join(out, "request.txt"))
		pdf, err2 := os.ReadFile(filepath.Join(out, "checklist.pdf"))
		if err1 != nil || err2 != nil {
			t.Fatalf("kill %d: %v %v", i, err1, err2)
		}
		from := -1
		for k := range want {
			if bytes.Equal(req, want[k][0]) && bytes.Equal(pdf, want[k][1]) {
				from = k
			}
		}
		if from < 0 {
			t.Fatalf("kill %d: the pair is torn or mixed (request from case %v, checklist from case %v)",
				i, bytes.Equal(req, want[1][0]), bytes.Equal(pdf, want[1][1]))
		}
		if from == c {
			seen["new"]++
		} else {
			seen["old"]++
		}
		checkModes(t, out)
		// A killed run leaves at most a half-made run and its link; the
		// next run removes them, so they never pile up.
		if left := leftovers(out, "request.txt", "checklist.pdf"); len(left) > 2 {
			t.Fatalf("kill %d: leftovers pile up: %v", i, left)
		}
		if len(leftovers(out, "request.txt", "checklist.pdf")) > 0 {
			seen["leftover"]++
		}
	}
	runFor(t, 0, 0, "", args(0, out)...)
	if left := leftovers(out, "request.txt", "checklist.pdf"); len(left) > 0 {
		t.Fatalf("after a whole run, left behind: %v", left)
	}
	t.Logf("%d kills: %d showed the new pair, %d the old one, %d left a run behind for the next to clean", n, seen["new"], seen["old"], seen["leftover"])
	if n >= 100 && (seen["new"] == 0 || seen["old"] == 0) {
		t.Fatalf("every kill landed on the same side (%v): this run proved little", seen)
	}
}

// TestKillDraftSave kills the line prompts (SIGKILL) while they save the
// draft, and checks that the draft always reads as a whole old or new
// version, mode 0600, and that the next save removes what a killed one
// left.
func TestKillDraftSave(t *testing.T) {
	n := kills(t)
	dir := filepath.Join(t.TempDir(), "state")
	os.Mkdir(dir, 0o700)
	draftPath := filepath.Join(dir, "draft.yaml")
	examples, _ := filepath.Abs("../../examples")
	seed, err := answers.ReadFile(filepath.Join(examples, "relative-emergency.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	// A long description makes each save long enough to be killed inside.
	seed.Description = strings.Repeat(seed.Description+"\n\n", 150_000/len(seed.Description))
	data, _ := answers.Marshal(seed)
	os.WriteFile(draftPath, data, 0o600)
	names := []string{"Jane Tremblay", "Name Two"}
	script := func(i int) string { return "1\n2\n" + names[i%2] + "\n\n\nq\n" } // resume, edit About you, quit
	args := []string{"--accessible", "--draft", draftPath, "--today", "2026-11-23"}
	// The two versions, as whole runs save them.
	var want [2][]byte
	for _, k := range []int{1, 0} {
		timeRun(t, script(k), args...)
		want[k], _ = os.ReadFile(draftPath)
	}
	if bytes.Equal(want[0], want[1]) {
		t.Fatal("the two versions are the same")
	}
	span := timeRun(t, script(1), args...)
	seen := map[string]int{}
	for i := range n {
		runFor(t, time.Duration(rand.Int64N(int64(span)*12/10)), syscall.SIGKILL, script(i), args...)
		got, err := os.ReadFile(draftPath)
		if err != nil {
			t.Fatalf("kill %d: %v", i, err)
		}
		switch {
		case bytes.Equal(got, want[i%2]):
			seen["new"]++
		case bytes.Equal(got, want[(i+1)%2]):
			seen["old"]++
		default:
			t.Fatalf("kill %d: the draft is neither the old nor the new version (%d bytes)", i, len(got))
		}
		if _, err := answers.ReadFile(draftPath); err != nil {
			t.Fatalf("kill %d: the draft does not read: %v", i, err)
		}
		checkModes(t, dir)
		if left := leftovers(dir, "draft.yaml"); len(left) > 1 {
			t.Fatalf("kill %d: leftovers pile up: %v", i, left)
		}
	}
	runFor(t, 0, 0, script(0), args...)
	if left := leftovers(dir, "draft.yaml"); len(left) > 0 {
		t.Fatalf("after a whole run, left behind: %v", left)
	}
	t.Logf("%d kills: %d left the new version, %d the old one", n, seen["new"], seen["old"])
	if n >= 100 && (seen["new"] == 0 || seen["old"] == 0) {
		t.Fatalf("every kill landed on the same side (%v): this run proved little", seen)
	}
}

// TestSignalDuringRenderLeavesNothing: SIGTERM, SIGINT or SIGHUP during a
// render lets the write finish or undo itself: the pair is whole, nothing
// is left behind, and the exit code is 0 (done before the signal), 130
// (interrupted) or the signal's own (before the program was ready).
func TestSignalDuringRenderLeavesNothing(t *testing.T) {
	n := kills(t)
	examples, _ := filepath.Abs("../../examples")
	out := filepath.Join(t.TempDir(), "out")
	args := []string{"render", filepath.Join(examples, "student.yaml"), "--out", out, "--today", "2026-11-23"}
	span := timeRun(t, "", args...)
	codes := map[int]int{}
	for i := range n {
		sig := []syscall.Signal{syscall.SIGTERM, syscall.SIGINT, syscall.SIGHUP}[i%3]
		code := runFor(t, time.Duration(rand.Int64N(int64(span)*12/10)), sig, "", args...)
		codes[code]++
		if code != 0 && code != 130 && code != -1 {
			t.Fatalf("signal %d: exit %d", i, code)
		}
		if left := leftovers(out, "request.txt", "checklist.pdf"); len(left) > 0 {
			t.Fatalf("signal %d (%v, exit %d): left behind: %v", i, sig, code, left)
		}
		checkModes(t, out)
	}
	t.Logf("%d signals: exit codes %v (-1: ended by the signal before the handler)", n, codes)
}
