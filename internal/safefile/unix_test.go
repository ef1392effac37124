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
