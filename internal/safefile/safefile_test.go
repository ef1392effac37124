package safefile

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func TestWriteFileCreatesPrivateFileAndFolders(t *testing.T) {
	root := t.TempDir()
	path := filepath.Join(root, "a", "b", "draft.yaml")
	if err := WriteFile(path, []byte("one")); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(path, []byte("two")); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(path)
	if string(got) != "two" {
		t.Errorf("content %q", got)
	}
	st, _ := os.Stat(path)
	if st.Mode().Perm() != 0o600 {
		t.Errorf("file mode %v, want 0600", st.Mode().Perm())
	}
	for _, dir := range []string{filepath.Join(root, "a"), filepath.Join(root, "a", "b")} {
		st, _ := os.Stat(dir)
		if st.Mode().Perm() != 0o700 {
			t.Errorf("%s mode %v, want 0700", dir, st.Mode().Perm())
		}
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 1 {
		t.Errorf("temporary files left behind: %v", entries)
	}
}

func TestWriteFileReplacesAPublicFilePrivately(t *testing.T) {
	path := filepath.Join(t.TempDir(), "request.txt")
	os.WriteFile(path, []byte("old"), 0o644)
	if err := WriteFile(path, []byte("new")); err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Stat(path); st.Mode().Perm() != 0o600 {
		t.Errorf("mode %v after replace", st.Mode().Perm())
	}
}

func TestFileWhereFolderShouldBe(t *testing.T) {
	root := t.TempDir()
	blocker := filepath.Join(root, "out")
	os.WriteFile(blocker, []byte("x"), 0o600)
	err := WriteFile(filepath.Join(blocker, "request.txt"), []byte("new"))
	if err == nil || !strings.Contains(err.Error(), "is a file, not a folder") {
		t.Errorf("got %v", err)
	}
}

func TestFailedWriteLeavesEveryTargetUntouched(t *testing.T) {
	root := t.TempDir()
	good := filepath.Join(root, "request.txt")
	os.WriteFile(good, []byte("old request"), 0o600)
	blocked := filepath.Join(root, "checklist.pdf")
	os.MkdirAll(blocked, 0o700) // a folder where the PDF should go
	for range 10 {              // map order varies: either file may come first
		err := WriteFiles(map[string][]byte{good: []byte("new"), blocked: []byte("pdf")})
		if err == nil || !strings.Contains(err.Error(), "is a folder") {
			t.Fatalf("got %v", err)
		}
		if got, _ := os.ReadFile(good); string(got) != "old request" {
			t.Fatalf("the other target was replaced: %q", got)
		}
	}
	if entries, _ := os.ReadDir(root); len(entries) != 2 {
		t.Errorf("temporary files left behind: %v", entries)
	}
}

func TestDiskFullLeavesTargetsAndNoTemporaryFiles(t *testing.T) {
	root := t.TempDir()
	req, pdf := filepath.Join(root, "request.txt"), filepath.Join(root, "checklist.pdf")
	os.WriteFile(req, []byte("old request"), 0o600)
	os.WriteFile(pdf, []byte("old pdf"), 0o600)
	defer func(w func(*os.File, []byte) (int, error)) { writeData = w }(writeData)
	calls := 0
	writeData = func(f *os.File, data []byte) (int, error) {
		calls++
		if calls == 2 { // the second file does not fit
			n, _ := f.Write(data[:len(data)/2])
			return n, syscall.ENOSPC
		}
		return f.Write(data)
	}
	err := WriteFiles(map[string][]byte{req: []byte("new request"), pdf: []byte("new pdf")})
	if err == nil || !strings.Contains(err.Error(), "no space left on device") {
		t.Fatalf("got %v", err)
	}
	if got, _ := os.ReadFile(req); string(got) != "old request" {
		t.Errorf("request.txt: %q", got)
	}
	if got, _ := os.ReadFile(pdf); string(got) != "old pdf" {
		t.Errorf("checklist.pdf: %q", got)
	}
	if entries, _ := os.ReadDir(root); len(entries) != 2 {
		t.Errorf("temporary files left: %v", entries)
	}
}

func TestStaleTemporaryFilesAreRemoved(t *testing.T) {
	root := t.TempDir()
	path := filepath.Join(root, "draft.yaml")
	stale := filepath.Join(root, ".draft.yaml.tmp-123")
	fresh := filepath.Join(root, ".draft.yaml.tmp-456")
	other := filepath.Join(root, ".notes.txt.tmp-1")
	os.WriteFile(stale, []byte("medical details"), 0o600)
	os.WriteFile(fresh, []byte("medical details, seconds old"), 0o600)
	os.WriteFile(other, []byte("not ours"), 0o600)
	if err := WriteFile(path, []byte("x")); err != nil {
		t.Fatal(err)
	}
	// The writer holds the folder's lock: every temporary file of its
	// target is a killed writer's, whatever its age.
	for _, p := range []string{stale, fresh} {
		if _, err := os.Stat(p); !os.IsNotExist(err) {
			t.Errorf("%s was kept", filepath.Base(p))
		}
	}
	if _, err := os.Stat(other); err != nil {
		t.Error("a temporary file of another name was removed")
	}
}
