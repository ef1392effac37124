//go:build unix

package draft

import (
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/expedite/expedite/internal/answers"
)

// TestLoadLeavesWhatIsNotADraftAlone: a --draft path that is a folder, a
// device, a named pipe or a socket is refused, and nothing is moved.
func TestLoadLeavesWhatIsNotADraftAlone(t *testing.T) {
	dir := t.TempDir()
	folder := filepath.Join(dir, "Documents")
	os.Mkdir(folder, 0o700)
	os.WriteFile(filepath.Join(folder, "thesis.txt"), []byte("years of work"), 0o600)
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	sock := filepath.Join(dir, "sock")
	l, err := net.Listen("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	cases := map[string]string{folder: "is a folder", fifo: "is a named pipe (FIFO)", sock: "is a socket"}
	dev := filepath.Join(dir, "null")
	if err := syscall.Mknod(dev, syscall.S_IFCHR|0o600, 1<<8|3); err == nil { // as root: a copy of /dev/null
		cases[dev] = "is a device"
	} else {
		t.Logf("no device test (mknod: %v)", err)
	}
	for path, want := range cases {
		s := Store{Path: path}
		f, err := s.Load()
		if err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), "--draft FILE") {
			t.Errorf("%s: got %+v, %v", filepath.Base(path), f, err)
		}
		if err := s.Save(&answers.Answers{Criterion: "student"}); err == nil {
			t.Errorf("%s: saving over it succeeded", filepath.Base(path))
		}
		if _, err := os.Lstat(path); err != nil {
			t.Errorf("%s was moved: %v", filepath.Base(path), err)
		}
	}
	if got, _ := os.ReadFile(filepath.Join(folder, "thesis.txt")); string(got) != "years of work" {
		t.Error("the folder's content changed")
	}
	if m, _ := filepath.Glob(filepath.Join(dir, "*.broken-*")); len(m) > 0 {
		t.Errorf("set aside: %v", m)
	}
}

// TestLoadLeavesAForeignFileAlone: a file expedite did not write, which
// does not read as an answers file, is refused, never moved.
func TestLoadLeavesAForeignFileAlone(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notes.txt")
	os.WriteFile(path, []byte("shopping: [eggs\n"), 0o600)
	_, err := Store{Path: path}.Load()
	if err == nil || !strings.Contains(err.Error(), "not a draft expedite wrote") {
		t.Fatalf("got %v", err)
	}
	if got, _ := os.ReadFile(path); string(got) != "shopping: [eggs\n" {
		t.Error("the file changed or moved")
	}
}

// TestSaveAppliesTheReadLimits: a draft the reader would refuse is not
// saved; the error says why and the last good draft stays.
func TestSaveAppliesTheReadLimits(t *testing.T) {
	s := Store{Path: filepath.Join(t.TempDir(), "draft.yaml")}
	good := &answers.Answers{Criterion: "student"}
	if err := s.Save(good); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		a    *answers.Answers
		want string
	}{
		{"huge", &answers.Answers{Description: strings.Repeat("a", answers.MaxSize)}, "description is 4,194,304 characters long; at most 200,000 are read"},
		{"long", &answers.Answers{Description: strings.Repeat("a", answers.MaxDescription+1)}, "description is 200,001 characters long; at most 200,000 are read"},
		{"many", &answers.Answers{Evidence: make([]string, answers.MaxEvidence+1)}, "evidence lists 101 documents; at most 100 are read"},
	} {
		for i := range tc.a.Evidence {
			tc.a.Evidence[i] = "x"
		}
		err := s.Save(tc.a)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: got %v", tc.name, err)
		}
		f, err := s.Load()
		if err != nil || f.Answers == nil || f.Answers.Criterion != "student" {
			t.Errorf("%s: the last good draft is gone: %+v %v", tc.name, f, err)
		}
	}
}

// TestSaveNeverWritesBinary: text that is not UTF-8 is refused, never
// saved as a !!binary value that would come back as base64.
func TestSaveNeverWritesBinary(t *testing.T) {
	s := Store{Path: filepath.Join(t.TempDir(), "draft.yaml")}
	err := s.Save(&answers.Answers{Applicant: answers.Applicant{Name: "Zo\xeb"}})
	if err == nil || !strings.Contains(err.Error(), "not UTF-8") {
		t.Fatalf("got %v", err)
	}
	if raw, _ := os.ReadFile(s.Path); strings.Contains(string(raw), "binary") {
		t.Fatalf("saved:\n%s", raw)
	}
}
