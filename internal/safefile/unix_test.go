//go:build unix

package safefile

import (
	"errors"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

func TestOpenRegularRefusesWhatIsNotAFile(t *testing.T) {
	root := t.TempDir()
	fifo := filepath.Join(root, "fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	sock := filepath.Join(root, "sock")
	l, err := net.Listen("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	for _, tc := range []struct{ path, kind string }{
		{fifo, "a named pipe (FIFO)"},
		{root, "a folder"},
		{"/dev/null", "a device"},
		{sock, "a socket"},
	} {
		f, err := OpenRegular(tc.path) // a FIFO would block here if opened plainly
		var nr *NotRegularError
		if !errors.As(err, &nr) || !strings.Contains(err.Error(), tc.kind) {
			t.Errorf("%s: got %v, want %s", tc.path, err, tc.kind)
		}
		if f != nil {
			f.Close()
		}
	}
	file := filepath.Join(root, "a.yaml")
	os.WriteFile(file, []byte("x"), 0o600)
	f, err := OpenRegular(file)
	if err != nil {
		t.Fatal(err)
	}
	f.Close()
}

func TestWriteFileRefusesToReplaceWhatIsNotAFile(t *testing.T) {
	root := t.TempDir()
	fifo := filepath.Join(root, "draft.yaml")
	syscall.Mkfifo(fifo, 0o600)
	err := WriteFile(fifo, []byte("x"))
	if err == nil || !strings.Contains(err.Error(), "is a named pipe (FIFO), not a regular file; expedite will not replace it") {
		t.Fatalf("got %v", err)
	}
	if st, err := os.Lstat(fifo); err != nil || st.Mode()&os.ModeNamedPipe == 0 {
		t.Fatal("the FIFO was replaced")
	}
}

// TestWritersTakeTurns: while one writer holds the folder's lock, another
// waits, so it never removes a live writer's temporary file.
func TestWritersTakeTurns(t *testing.T) {
	root := t.TempDir()
	unlock, err := lockDir(root)
	if err != nil {
		t.Fatal(err)
	}
	live := filepath.Join(root, ".draft.yaml.tmp-live")
	os.WriteFile(live, []byte("being written"), 0o600)
	done := make(chan error)
	go func() { done <- WriteFile(filepath.Join(root, "draft.yaml"), []byte("x")) }()
	select {
	case err := <-done:
		t.Fatalf("a second writer did not wait for the lock (err %v)", err)
	case <-time.After(200 * time.Millisecond):
	}
	if _, err := os.Stat(live); err != nil {
		t.Fatal("the live writer's temporary file was removed while it held the lock")
	}
	os.Remove(live) // the live writer renames it
	unlock()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}
