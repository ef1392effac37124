package main

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/expedite/expedite/internal/answers"
	"github.com/expedite/expedite/internal/golden"
	"github.com/expedite/expedite/internal/msg"
)

// frenchTwins are examples/fr, each with its English twin in examples/.
var frenchTwins = map[string]string{
	"urgence-familiale":   "relative-emergency",
	"traitement-medical":  "medical-treatment",
	"etudiant":            "student",
	"affaires-urgentes":   "urgent-business",
	"evenement-important": "significant-event",
	"refus-mariage":       "refused-wedding",
	"refus-trop-tard":     "refused-too-late",
}

// runIn runs expedite in-process with the environment given (LANG...).
func runIn(t *testing.T, vars map[string]string, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb, getenv: func(k string) string { return vars[k] },
		now: func() time.Time { return time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC) }}
	code = Main(args, e)
	// Tests that word findings without Main expect English.
	uiLang, helpText = msg.Default, helpTexts(msg.Default)
	return code, out.String(), errb.String()
}

var french = map[string]string{"LANG": "fr_CA.UTF-8"}

// TestFrenchExamplesGolden: check, lint (the description) and render (the
// request text) of every French example, in French (LANG=fr_CA.UTF-8),
// against golden files; exit codes included.
func TestFrenchExamplesGolden(t *testing.T) {
	for fr := range frenchTwins {
		t.Run(fr, func(t *testing.T) {
			path := filepath.Join("..", "..", "examples", "fr", fr+".yaml")
			code, out, errs := runIn(t, french, "", "check", "--today", "2026-11-23", path)
			golden.Check(t, filepath.Join("testdata", "fr", fr+".check.golden"), out+"exit "+itoa(code)+"\n"+errs, *update)

			a, err := answers.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			code, out, errs = runIn(t, french, a.Description, "lint", "-")
			golden.Check(t, filepath.Join("testdata", "fr", fr+".lint.golden"), out+"exit "+itoa(code)+"\n"+errs, *update)

			code, out, errs = runIn(t, french, "", "render", "--today", "2026-11-23", "--force", "--out", "-", path)
			golden.Check(t, filepath.Join("testdata", "fr", fr+".render.golden"), out+"exit "+itoa(code)+"\n"+errs, *update)

			for _, s := range []string{out, errs} {
				for _, english := range []string{"error:", " errors", "warning:", "No problems", "Request for", "I ask for", "Nothing written", "Wrote "} {
					if strings.Contains(s, english) {
						t.Errorf("English %q in French output:\n%s", english, s)
					}
				}
			}
		})
	}
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

// ruleIDs screens a case with check --format json and returns its rule ids.
func ruleIDs(t *testing.T, vars map[string]string, path string) ([]string, int) {
	t.Helper()
	code, out, errs := runIn(t, vars, "", "check", "--today", "2026-11-23", "--format", "json", path)
	var doc struct {
		Findings []struct {
			Rule string `json:"rule"`
		} `json:"findings"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("%s: %v\n%s%s", path, err, out, errs)
	}
	var ids []string
	for _, f := range doc.Findings {
		ids = append(ids, f.Rule)
	}
	slices.Sort(ids)
	return ids, code
}

// TestFrenchTwins: switching language changes no verdict. Each French
// example gets the same rule ids as its English twin, whatever language
// the interface speaks; and the language of the interface changes no
// rule id of either.
func TestFrenchTwins(t *testing.T) {
	for fr, en := range frenchTwins {
		t.Run(fr, func(t *testing.T) {
			frPath := filepath.Join("..", "..", "examples", "fr", fr+".yaml")
			enPath := filepath.Join("..", "..", "examples", en+".yaml")
			enIDs, enCode := ruleIDs(t, nil, enPath)
			enIDsFr, _ := ruleIDs(t, french, enPath)
			frIDs, frCode := ruleIDs(t, french, frPath)
			frIDsEn, _ := ruleIDs(t, nil, frPath)
			if !slices.Equal(enIDs, enIDsFr) || !slices.Equal(frIDs, frIDsEn) {
				t.Errorf("the interface language changed the rule ids: %v / %v, %v / %v", enIDs, enIDsFr, frIDs, frIDsEn)
			}
			if slices.Equal(enIDs, frIDs) && enCode == frCode {
				return
			}
			t.Errorf("%s and its twin %s differ in %v (French %v, exit %d; English %v, exit %d)", fr, en, symmetricDiff(enIDs, frIDs), frIDs, frCode, enIDs, enCode)
		})
	}
}

func symmetricDiff(a, b []string) []string {
	var d []string
	for _, x := range a {
		if !slices.Contains(b, x) {
			d = append(d, x)
		}
	}
	for _, x := range b {
		if !slices.Contains(a, x) {
			d = append(d, x)
		}
	}
	return d
}

// TestFrenchCriteriaAndHelp: the criteria command in French against a
// golden file (the official English wording kept, the French marked
// unofficial), and every command's --help in French.
func TestFrenchCriteriaAndHelp(t *testing.T) {
	code, out, errs := runIn(t, french, "", "criteria")
	if code != 0 || errs != "" {
		t.Fatalf("criteria: exit %d, %q", code, errs)
	}
	golden.Check(t, filepath.Join("testdata", "fr", "criteria.golden"), out, *update)
	if !strings.Contains(out, "Texte officiel (anglais)\u00a0: the death, grave illness") || !strings.Contains(out, "Traduction non officielle\u00a0: le décès") {
		t.Errorf("criteria in French:\n%s", out)
	}
	for _, args := range [][]string{{"--help"}, {"check", "--help"}, {"lint", "--help"}, {"render", "--help"}, {"criteria", "--help"}, {"wizard", "--help"}, {"completion", "--help"}, {"man", "--help"}} {
		code, out, _ := runIn(t, french, "", args...)
		if code != 0 || !strings.Contains(out, "Usage\u00a0:") {
			t.Errorf("%v: exit %d:\n%s", args, code, out)
		}
		for _, english := range []string{"Usage:", "Flags:", "Examples:", "Exit codes", "show this help", "(default"} {
			if strings.Contains(out, english) {
				t.Errorf("%v: English %q in the French help:\n%s", args, english, out)
			}
		}
	}
}
