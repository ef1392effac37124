package safefile

import (
	"bufio"
	"bytes"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestCrashHelper is not a test: run by TestKilledMidWrite as a child
// process, it rewrites two files forever, alternating two contents, and
// says "ready" once its first write (of the new content) is whole.
func TestCrashHelper(t *testing.T) {
	dir := os.Getenv("EXPEDITE_CRASH_DIR")
	if dir == "" {
		t.Skip("only run as a child of TestKilledMidWrite")
	}
	a, b := crashContent('a'), crashContent('b')
	for i := 1; ; i++ {
		data := a
		if i%2 == 1 {
			data = b
		}
		WriteFiles(map[string][]byte{filepath.Join(dir, "request.txt"): data, filepath.Join(dir, "draft.yaml"): data})
		if i == 1 {
			os.Stdout.WriteString("ready\n")
		}
	}
}

func crashContent(c byte) []byte { return bytes.Repeat([]byte{c}, 256<<10) }

// TestKilledMidWrite kills a writing process (SIGKILL) at random moments and
// checks that each file is always a whole old or new version, never torn.
func TestKilledMidWrite(t *testing.T) {
	if testing.Short() {
		t.Skip("starts many processes")
	}
	dir := t.TempDir()
	a, b := crashContent('a'), crashContent('b')
	for _, name := range []string{"request.txt", "draft.yaml"} {
		os.WriteFile(filepath.Join(dir, name), a, 0o600)
	}
	const rounds = 30
	sawNew := 0
	for i := range rounds {
		cmd := exec.Command(os.Args[0], "-test.run=^TestCrashHelper$")
		cmd.Env = append(os.Environ(), "EXPEDITE_CRASH_DIR="+dir)
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Kill at a random moment after the writer has finished one
		// write, however slowly it started (a busy machine, the race
		// detector): the kill then lands in the middle of later writes.
		ready := make(chan bool, 1)
		go func() {
			line, _ := bufio.NewReader(out).ReadString('\n')
			ready <- strings.HasPrefix(line, "ready")
		}()
		select {
		case ok := <-ready:
			if !ok {
				cmd.Process.Kill()
				cmd.Wait()
				t.Fatalf("round %d: the writer stopped before its first write", i)
			}
		case <-time.After(60 * time.Second):
			cmd.Process.Kill()
			cmd.Wait()
			t.Fatalf("round %d: the writer did not finish a write in 60 s", i)
		}
		time.Sleep(time.Duration(rand.IntN(20000)) * time.Microsecond)
		cmd.Process.Kill()
		cmd.Wait()
		for _, name := range []string{"request.txt", "draft.yaml"} {
			got, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil {
				t.Fatalf("round %d: %s: %v", i, name, err)
			}
			if bytes.Equal(got, b) {
				sawNew++
			}
			if !bytes.Equal(got, a) && !bytes.Equal(got, b) {
				t.Fatalf("round %d: %s is torn (%d bytes)", i, name, len(got))
			}
			if st, _ := os.Stat(filepath.Join(dir, name)); st.Mode().Perm() != FileMode {
				t.Fatalf("round %d: %s has mode %v", i, name, st.Mode().Perm())
			}
		}
	}
	if sawNew == 0 {
		t.Fatal("the writer never finished a write before being killed: this test proved nothing")
	}
	leftovers, _ := filepath.Glob(filepath.Join(dir, ".*.tmp-*"))
	t.Logf("%d kills; %d temporary files left by killed writers (never the targets)", rounds, len(leftovers))
}
