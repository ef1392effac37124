package draft

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/expedite/expedite/internal/answers"
)

func TestDefaultPath(t *testing.T) {
	env := map[string]string{"XDG_STATE_HOME": "/state", "HOME": "/home/jane"}
	get := func(k string) string { return env[k] }
	if p, _ := DefaultPath(get); p != "/state/expedite/draft.yaml" {
		t.Errorf("got %s", p)
	}
	env["XDG_STATE_HOME"] = "relative/ignored"
	if p, _ := DefaultPath(get); p != "/home/jane/.local/state/expedite/draft.yaml" {
		t.Errorf("got %s", p)
	}
}

func TestSaveLoadRoundTrip(t *testing.T) {
	s := Store{Path: filepath.Join(t.TempDir(), "state", "expedite", "draft.yaml")}
	if f, err := s.Load(); err != nil || f.Answers != nil {
		t.Fatalf("no draft: got %+v, %v", f, err)
	}
	a := &answers.Answers{Applicant: answers.Applicant{Name: "Zoë Ñúñez"}, Description: "line one\nline two\n"}
	if err := s.Save(a); err != nil {
		t.Fatal(err)
	}
	f, err := s.Load()
	if err != nil || f.Answers == nil {
		t.Fatalf("got %+v, %v", f, err)
	}
	if f.Answers.Applicant.Name != "Zoë Ñúñez" || f.Answers.Description != a.Description {
		t.Errorf("draft changed: %+v", f.Answers)
	}
	st, _ := os.Stat(s.Path)
	dir, _ := os.Stat(filepath.Dir(s.Path))
	if st.Mode().Perm() != 0o600 || dir.Mode().Perm() != 0o700 {
		t.Errorf("modes: file %v, folder %v", st.Mode().Perm(), dir.Mode().Perm())
	}
}

func TestBrokenDraftIsSetAsideNotLost(t *testing.T) {
	dir := t.TempDir()
	s := Store{Path: filepath.Join(dir, "draft.yaml"), Now: func() time.Time { return time.Date(2026, 11, 23, 10, 4, 5, 0, time.UTC) }}
	for i := range 2 {
		broken := answers.Header + "applicant:\n  nmae: typo " + strings.Repeat("x", i) + "\n"
		os.WriteFile(s.Path, []byte(broken), 0o600)
		f, err := s.Load()
		if err != nil {
			t.Fatal(err)
		}
		if f.Answers != nil || !strings.Contains(f.Problem, `unknown key "nmae"`) {
			t.Fatalf("got %+v", f)
		}
		want := s.Path + ".broken-20261123-100405"
		if i == 1 {
			want += "-2"
		}
		if f.SetAside != want {
			t.Errorf("set aside as %s, want %s", f.SetAside, want)
		}
		if got, _ := os.ReadFile(f.SetAside); string(got) != broken {
			t.Errorf("the broken draft's content was not kept: %q", got)
		}
		if _, err := os.Stat(s.Path); !os.IsNotExist(err) {
			t.Error("the broken draft is still in place")
		}
	}
}

func TestArchive(t *testing.T) {
	s := Store{Path: filepath.Join(t.TempDir(), "draft.yaml")}
	if name, err := s.Archive(); name != "" || err != nil {
		t.Errorf("no draft: %q %v", name, err)
	}
	s.Save(&answers.Answers{Criterion: "student"})
	name, err := s.Archive()
	if err != nil || !strings.Contains(name, "draft.yaml.old-") {
		t.Fatalf("got %q %v", name, err)
	}
	if a, err := answers.ReadFile(name); err != nil || a.Criterion != "student" {
		t.Errorf("archived draft: %+v %v", a, err)
	}
}
