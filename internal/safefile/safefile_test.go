package safefile

import (
	"os"
	"path/filepath"
	"strings"
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
