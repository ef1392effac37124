//go:build unix

package safefile

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"syscall"
	"testing"
)

func pair(req, pdf string) map[string][]byte {
	return map[string][]byte{"request.txt": []byte(req), "checklist.pdf": []byte(pdf)}
}

func readPair(t *testing.T, dir string) (string, string) {
	t.Helper()
	req, err1 := os.ReadFile(filepath.Join(dir, "request.txt"))
	pdf, err2 := os.ReadFile(filepath.Join(dir, "checklist.pdf"))
	if err1 != nil || err2 != nil {
		t.Fatalf("read the pair: %v, %v", err1, err2)
	}
	return string(req), string(pdf)
}

// tree lists everything under dir, links with their targets.
func tree(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	filepath.Walk(dir, func(p string, st os.FileInfo, err error) error {
		if p == dir || err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		if st.Mode()&os.ModeSymlink != 0 {
			target, _ := os.Readlink(p)
			rel += " -> " + target
		}
		out = append(out, runName.ReplaceAllString(rel, "run-*"))
		return nil
	})
	sort.Strings(out)
	return out
}

var runName = regexp.MustCompile(`run-[^/]+`)

func TestWritePairLayoutAndModes(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	if err := WritePair(dir, pair("one", "pdf one")); err != nil {
		t.Fatal(err)
	}
	if err := WritePair(dir, pair("two", "pdf two")); err != nil {
		t.Fatal(err)
	}
	if req, pdf := readPair(t, dir); req != "two" || pdf != "pdf two" {
		t.Fatalf("got %q, %q", req, pdf)
	}
	want := []string{
		".expedite", ".expedite/current -> run-*", ".expedite/run-*", ".expedite/run-*/checklist.pdf",
		".expedite/run-*/request.txt", "checklist.pdf -> .expedite/current/checklist.pdf", "request.txt -> .expedite/current/request.txt",
	}
	if got := tree(t, dir); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("the folder holds\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, p := range []string{"request.txt", "checklist.pdf"} {
		if st, _ := os.Stat(filepath.Join(dir, p)); st.Mode().Perm() != FileMode {
			t.Errorf("%s: mode %v", p, st.Mode().Perm())
		}
	}
	for _, p := range []string{".", RunsDir, filepath.Join(RunsDir, currentLink)} {
		if st, _ := os.Stat(filepath.Join(dir, p)); st.Mode().Perm() != DirMode {
			t.Errorf("%s: mode %v", p, st.Mode().Perm())
		}
	}
}

func TestWritePairOneFolderSync(t *testing.T) {
	dir := t.TempDir()
	WritePair(dir, pair("one", "pdf one"))
	before := syncDirCount
	if err := WritePair(dir, pair("two", "pdf two")); err != nil {
		t.Fatal(err)
	}
	if n := syncDirCount - before; n != 1 {
		t.Errorf("%d folder syncs for one write, want 1", n)
	}
}

// TestWritePairTakesOverPlainFiles: files from an earlier version are
// replaced by the pair; a failure on the way leaves them showing.
func TestWritePairTakesOverPlainFiles(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "request.txt"), []byte("old"), 0o644)
	os.WriteFile(filepath.Join(dir, "checklist.pdf"), []byte("old pdf"), 0o644)
	defer func(w func(*os.File, []byte) (int, error)) { writeData = w }(writeData)
	writeData = func(f *os.File, data []byte) (int, error) { return 0, syscall.ENOSPC }
	err := WritePair(dir, pair("new", "new pdf"))
	var pe *PartialError
	if err == nil || errors.As(err, &pe) || !strings.Contains(err.Error(), "no space left") {
		t.Fatalf("got %v", err)
	}
	if req, pdf := readPair(t, dir); req != "old" || pdf != "old pdf" {
		t.Fatalf("after a failed write the folder shows %q, %q", req, pdf)
	}
	writeData = func(f *os.File, data []byte) (int, error) { return f.Write(data) }
	if err := WritePair(dir, pair("new", "new pdf")); err != nil {
		t.Fatal(err)
	}
	if req, pdf := readPair(t, dir); req != "new" || pdf != "new pdf" {
		t.Fatalf("got %q, %q", req, pdf)
	}
}

// TestWritePairFailedSwitch: the one rename that shows the new pair fails;
// the old pair stays, and the error is not a partial write.
func TestWritePairFailedSwitch(t *testing.T) {
	dir := t.TempDir()
	WritePair(dir, pair("old", "old pdf"))
	defer func(r func(string, string) error) { rename = r }(rename)
	rename = func(from, to string) error {
		if filepath.Base(to) == currentLink {
			return syscall.EIO
		}
		return os.Rename(from, to)
	}
	err := WritePair(dir, pair("new", "new pdf"))
	var pe *PartialError
	if err == nil || errors.As(err, &pe) {
		t.Fatalf("got %v", err)
	}
	if req, pdf := readPair(t, dir); req != "old" || pdf != "old pdf" {
		t.Fatalf("got %q, %q", req, pdf)
	}
	rename = os.Rename
	if err := WritePair(dir, pair("new", "new pdf")); err != nil {
		t.Fatal(err)
	}
	if got := len(tree(t, dir)); got != 7 {
		t.Errorf("leftovers: %v", tree(t, dir))
	}
}

func TestWritePairCleansWhatKilledWritersLeft(t *testing.T) {
	dir := t.TempDir()
	WritePair(dir, pair("old", "old pdf"))
	runs := filepath.Join(dir, RunsDir)
	os.MkdirAll(filepath.Join(runs, "run-killed"), 0o700)
	os.WriteFile(filepath.Join(runs, "run-killed", "request.txt"), []byte("half"), 0o600)
	os.Symlink("run-killed", filepath.Join(runs, ".current.tmp"))
	os.WriteFile(filepath.Join(dir, ".request.txt.tmp-99"), []byte("old version's temp"), 0o600)
	os.Symlink("x", filepath.Join(dir, ".checklist.pdf.tmp-link"))
	if err := WritePair(dir, pair("new", "new pdf")); err != nil {
		t.Fatal(err)
	}
	if got := len(tree(t, dir)); got != 7 {
		t.Errorf("leftovers: %v", tree(t, dir))
	}
}

func TestWritePairRefusesWhatItDidNotMake(t *testing.T) {
	for _, tc := range []struct {
		name  string
		setup func(dir string)
		want  string
	}{
		{"folder", func(d string) { os.Mkdir(filepath.Join(d, "checklist.pdf"), 0o700) }, "checklist.pdf is a folder; expedite will not replace it"},
		{"fifo", func(d string) { syscall.Mkfifo(filepath.Join(d, "request.txt"), 0o600) }, "request.txt is a named pipe (FIFO); expedite will not replace it"},
		{"link", func(d string) { os.Symlink("/etc/hosts", filepath.Join(d, "request.txt")) }, "request.txt is a link to /etc/hosts; expedite will not replace it"},
		{"runs", func(d string) { os.WriteFile(filepath.Join(d, RunsDir), nil, 0o600) }, ".expedite is a file, not expedite's folder"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			tc.setup(dir)
			before := tree(t, dir)
			err := WritePair(dir, pair("new", "new pdf"))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want %q", err, tc.want)
			}
			if after := tree(t, dir); strings.Join(after, ",") != strings.Join(before, ",") {
				t.Errorf("the folder changed: %v, was %v", after, before)
			}
		})
	}
}

// TestWritePairWithoutLinks: on a file system without links, plain files;
// when the second rename fails the error says the first was replaced.
func TestWritePairWithoutLinks(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "request.txt"), []byte("old"), 0o600)
	os.WriteFile(filepath.Join(dir, "checklist.pdf"), []byte("old pdf"), 0o600)
	defer func(s func(string, string) error) { symlink = s }(symlink)
	symlink = func(string, string) error { return syscall.EPERM }
	defer func(r func(string, string) error) { rename = r }(rename)
	rename = func(from, to string) error {
		if filepath.Base(to) == "request.txt" {
			return syscall.EIO
		}
		return os.Rename(from, to)
	}
	err := WritePair(dir, pair("new", "new pdf"))
	var pe *PartialError
	if !errors.As(err, &pe) || !strings.Contains(err.Error(), "checklist.pdf was replaced already") {
		t.Fatalf("got %v", err)
	}
	rename = os.Rename
	if err := WritePair(dir, pair("new", "new pdf")); err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Lstat(filepath.Join(dir, "request.txt")); !st.Mode().IsRegular() {
		t.Error("request.txt is not a plain file")
	}
	if got := tree(t, dir); len(got) != 2 {
		t.Errorf("the folder holds %v", got)
	}
}
