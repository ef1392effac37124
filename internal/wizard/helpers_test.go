package wizard

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/expedite/expedite/internal/answers"
	"github.com/expedite/expedite/internal/draft"
)

var (
	today = answers.Date{Year: 2026, Month: 11, Day: 23}
	clock = func() time.Time { return time.Date(2026, 11, 23, 9, 30, 0, 0, time.UTC) }
)

// testOptions returns options with a draft and an output folder in a
// fresh temporary folder.
func testOptions(t testing.TB) (Options, string) {
	t.Helper()
	dir := t.TempDir()
	store := draft.Store{Path: filepath.Join(dir, "state", "draft.yaml"), Now: clock}
	found, err := store.Load()
	if err != nil {
		t.Fatal(err)
	}
	return Options{Store: store, Found: found, Today: today, OutDir: filepath.Join(dir, "out"), Version: "test", Now: clock}, dir
}

func readFile(t testing.TB, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func mustContain(t testing.TB, what, got string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(got, w) {
			t.Errorf("%s lacks %q:\n%s", what, w, got)
		}
	}
}

func loadDraft(t testing.TB, opt Options) *answers.Answers {
	t.Helper()
	a, err := answers.ReadFile(opt.Store.Path)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func loadExample(t testing.TB, name string) *answers.Answers {
	t.Helper()
	a, err := answers.ReadFile(filepath.Join("..", "..", "examples", name+".yaml"))
	if err != nil {
		t.Fatal(err)
	}
	return a
}
