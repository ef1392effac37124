package eval

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/expedite/expedite/internal/answers"
)

func TestLoadFixture(t *testing.T) {
	items, err := Load(os.DirFS("testdata/fixture/ok"), ".")
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 5 || items[1].Fields["medical.patient_born"] != "2001-04-02" || !items[4].Heldout() || items[1].Lang != "fr" {
		t.Fatalf("loaded %+v", items)
	}
	if items[0].Line != 2 || items[0].File != "tiny.yaml" {
		t.Errorf("item 1 at %s:%d, want tiny.yaml:2", items[0].File, items[0].Line)
	}
}

// Every bad file is refused with a message naming the file, the line and
// the field.
func TestLoadStrict(t *testing.T) {
	want := map[string]string{
		"unknown-key.yaml": "colour: unknown key",
		"bad-lang.yaml":    `lang: "de"`,
		"bad-split.yaml":   "split:",
		"bad-rule.yaml":    `expect: "eligibility.nope"`,
		"bad-field.yaml":   `fields: "relative.age"`,
		"bad-date.yaml":    "fields: event.date",
		"bad-role.yaml":    "fields: event.role",
		"no-expect.yaml":   "expect: missing",
	}
	files, _ := filepath.Glob("testdata/fixture/bad/*.yaml")
	if len(files) != len(want) {
		t.Fatalf("%d bad fixtures, want %d", len(files), len(want))
	}
	for _, f := range files {
		data, _ := os.ReadFile(f)
		name := filepath.Base(f)
		_, err := Load(fstest.MapFS{name: {Data: data}}, ".")
		if err == nil || !strings.HasPrefix(err.Error(), name+":") || !strings.Contains(err.Error(), want[name]) {
			t.Errorf("%s: error %v, want %s:LINE: ...%s", name, err, name, want[name])
		}
	}
	dup := []byte("items:\n  - {id: a-001, lang: en, split: train, criterion: student, note: n, description: x, expect: []}\n")
	if _, err := Load(fstest.MapFS{"a.yaml": {Data: dup}, "b/a.yaml": {Data: dup}}, "."); err != nil {
		t.Errorf("one file: %v", err)
	}
	blind := []byte("items:\n  - {id: b-001, lang: en, split: heldout, criterion: student, note: n, description: x, expect: []}\n  - {id: b-002, lang: fr, split: heldout, criterion: student, note: n, description: y, expect: []}\n")
	if items, err := Load(fstest.MapFS{"b.yaml": {Data: blind}}, "."); err != nil || len(items) != 2 || !items[0].Blind || !items[1].Blind {
		t.Errorf("a blind set (every item held out, marked blind): %v %+v", err, items)
	}
	if items, _ := Load(os.DirFS("testdata/fixture/ok"), "."); len(items) == 0 || items[0].Blind {
		t.Errorf("a mixed file's items are not blind: %+v", items)
	}
	two := []byte("items:\n  - {id: a-001, lang: en, split: train, criterion: student, note: n, description: x, expect: []}\n  - {id: a-001, lang: en, split: train, criterion: student, note: n, description: y, expect: []}\n")
	if _, err := Load(fstest.MapFS{"a.yaml": {Data: two}}, "."); err == nil || !strings.Contains(err.Error(), "already used") {
		t.Errorf("duplicate id: %v", err)
	}
}

// The case of an item is complete and valid: with the real engine, only
// scored rules can fire, and the item's fields are in it.
func TestCase(t *testing.T) {
	items, err := Load(os.DirFS("testdata/fixture/ok"), ".")
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range items {
		a, _, err := Case(it)
		if err != nil {
			t.Fatalf("%s: %v", it.ID, err)
		}
		if a.Criterion != it.Criterion || a.Description != it.Description || a.TravelDate.String() != TravelDate {
			t.Errorf("%s: case %+v", it.ID, a)
		}
		today, _ := answers.ParseDate(Today)
		for _, f := range checkAll(a, today) {
			if !slices.Contains(Scored, f) && !slices.Contains(Unlabelled, f) {
				t.Errorf("%s: the built case fires %s: a default is not neutral", it.ID, f)
			}
		}
	}
	if a, _, _ := Case(items[1]); a.Patient != "child" {
		t.Errorf("fields not applied: patient %q", a.Patient)
	}
}

func TestScore(t *testing.T) {
	items, _ := Load(os.DirFS("testdata/fixture/ok"), ".")
	fake := func(got ...string) func(*answers.Answers) []string {
		return func(*answers.Answers) []string { return got }
	}
	rs := Judge(items, fake("eligibility.unacceptable-reason", "eligibility.spectator"))
	tab := Score(rs, All)
	ur := tab["eligibility.unacceptable-reason"]
	if c := ur["all"]; c.TP != 2 || c.FP != 3 || c.FN != 0 || c.TN != 0 {
		t.Errorf("unacceptable-reason counts %+v", *c)
	}
	if c := ur["fr"]; c.FP != 1 || c.TP != 0 {
		t.Errorf("unacceptable-reason fr %+v", *c)
	}
	// spectator is scored only where event.role is set (one item).
	if c := tab["eligibility.spectator"]["all"]; c.FP != 1 || c.TP+c.FN+c.TN != 0 {
		t.Errorf("spectator %+v", *c)
	}
	if p := ur["all"].Precision(); p != 0.4 {
		t.Errorf("precision %v, want 0.4", p)
	}
	if c := Score(rs, Heldout)["eligibility.unacceptable-reason"]["all"]; c.TP != 1 || c.FP+c.FN != 0 {
		t.Errorf("held-out %+v", *c)
	}
	var b bytes.Buffer
	WriteReport(&b, rs)
	out := b.String()
	for _, s := range []string{"corpus: 5 items (4 en, 1 fr), 1 held out", "held-out split", "tiny-003 en significant-event: missed pitfall.vague; extra eligibility.unacceptable-reason, eligibility.spectator", "tiny-005 [held-out]"} {
		if !strings.Contains(out, s) {
			t.Errorf("report lacks %q:\n%s", s, out)
		}
	}
	if strings.Contains(out, "Our annual trade summit") {
		t.Errorf("report shows a held-out text:\n%s", out)
	}
}

// The corpus in the repository loads strictly.
func TestCorpusLoads(t *testing.T) {
	items, err := Load(os.DirFS("testdata/corpus"), ".")
	if err != nil {
		t.Fatal(err)
	}
	if len(items) == 0 {
		t.Skip("no corpus yet in testdata/corpus")
	}
	for _, r := range Judge(items, Check) {
		if r.Err != nil {
			t.Errorf("%v", r.Err)
		}
	}
}
