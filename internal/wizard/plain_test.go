package wizard

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/expedite/expedite/internal/answers"
)

// relativeScript answers every question of a relative-emergency case.
var relativeScript = []string{
	"1",                      // quick screen: none of these
	"1",                      // criterion a
	"Zoë Ñúñez", "B1/B2", "", // about you (no DS-160)
	"3", "2026-12-02", "2028-01-15", // post Montreal, dates
	"Paul Núñez", "father", "Massachusetts General Hospital, Boston, Massachusetts",
	"car accident on 2026-11-20, in intensive care", "Dr. A. Lee, +1-617-555-0100",
	"On November 20 my father, Paul Núñez, was hit by a car in Boston.",
	"He is in intensive care at Massachusetts General Hospital; Dr. A. Lee says his condition is critical.",
	".",
	"1 4", "Letter from my employer", ".", "y", "2", "n", // documents and family
	"w", // review: write
	"",  // folder: the default
}

func script(lines ...string) *strings.Reader {
	return strings.NewReader(strings.Join(lines, "\n") + "\n")
}

func TestAccessibleWholeCase(t *testing.T) {
	opt, _ := testOptions(t)
	var out strings.Builder
	res := RunAccessible(script(relativeScript...), &out, opt)
	if res.Outcome != Written {
		t.Fatalf("outcome %v, want Written\n%s", res.Outcome, out.String())
	}
	req := readFile(t, filepath.Join(opt.OutDir, "request.txt"))
	mustContain(t, "request", req, "Zoë Ñúñez", "my father, Paul Núñez", "Dr. A. Lee, +1-617-555-0100", "December 2, 2026",
		"- Letter from the attending US doctor or hospital describing the condition", "- Letter from my employer")
	if _, err := os.Stat(filepath.Join(opt.OutDir, "checklist.pdf")); err != nil {
		t.Error(err)
	}
	a := loadDraft(t, opt)
	if a.Companions.Children != 2 || !a.Companions.Spouse || a.Applicant.CanadianCitizen == nil || *a.Applicant.CanadianCitizen || a.Applicant.Post != "montreal" {
		t.Errorf("draft: %+v", a)
	}
	got := out.String()
	mustContain(t, "transcript", got, "== Review ==", "No problems found.", "Next steps:", "Wrote ")
	if strings.Contains(got, "\x1b") {
		t.Error("escape sequences in accessible output")
	}
}

func TestAccessibleWeddingStops(t *testing.T) {
	opt, _ := testOptions(t)
	var out strings.Builder
	res := RunAccessible(script("2", "q"), &out, opt)
	if res.Outcome != Stopped {
		t.Fatalf("outcome %v\n%s", res.Outcome, out.String())
	}
	mustContain(t, "transcript", out.String(), "Attending a wedding is never accepted", "Book a regular appointment",
		// the catalog's plan for a regular appointment
		"Calgary/Vancouver", "apply individually", "20 times", "about 5 hours", "another country", "scam")
	if _, err := os.Stat(opt.OutDir); !os.IsNotExist(err) {
		t.Error("files written for a wedding")
	}
}

func TestAccessibleGoBackFromStop(t *testing.T) {
	opt, _ := testOptions(t)
	var out strings.Builder
	lines := append([]string{"2", "b"}, relativeScript...)
	if res := RunAccessible(script(lines...), &out, opt); res.Outcome != Written {
		t.Fatalf("outcome %v\n%s", res.Outcome, out.String())
	}
}

func TestAccessibleRepromptsWithTheRuleMessage(t *testing.T) {
	opt, _ := testOptions(t)
	var out strings.Builder
	lines := []string{"1", "4", "Jo Roy", "B1/B2", "", "6",
		"2026-02-30", // no such day
		"2026-11-01", // in the past
		"2028-02-20", // fine so far
		"2028-01-01", // first available: the trip is more than 10 days later
		"2028-02-15"} // fine
	res := RunAccessible(script(lines...), &out, opt)
	if res.Outcome != InputEnded {
		t.Fatalf("outcome %v", res.Outcome)
	}
	mustContain(t, "transcript", out.String(),
		"Error: this date does not exist",
		"Error: The travel date 2026-11-01 is in the past",
		"Error: You travel on 2028-02-20, but the first regular appointment is 2028-01-01")
	a := loadDraft(t, opt)
	if a.TravelDate.String() != "2028-02-20" || a.FirstAvailable.String() != "2028-02-15" || a.Criterion != "urgent-business" {
		t.Errorf("draft: %+v", a)
	}
}

func TestAccessibleRelationshipRuleAndFolder(t *testing.T) {
	opt, dir := testOptions(t)
	var out strings.Builder
	lines := append([]string(nil), relativeScript...)
	for i, l := range lines {
		if l == "father" {
			lines = append(lines[:i], append([]string{"cousin"}, lines[i:]...)...)
			break
		}
	}
	other := filepath.Join(dir, "elsewhere")
	lines[len(lines)-1] = other
	res := RunAccessible(script(lines...), &out, opt)
	if res.Outcome != Written || res.Written.RequestPath != filepath.Join(other, "request.txt") {
		t.Fatalf("outcome %v, %+v\n%s", res.Outcome, res.Written, out.String())
	}
	mustContain(t, "transcript", out.String(), "Error: A cousin is not an immediate relative.")
}

func TestAccessibleResumeAndFixADate(t *testing.T) {
	opt, _ := testOptions(t)
	// A saved case whose travel date has passed.
	a, err := answers.ReadFile("../../examples/relative-emergency.yaml")
	if err != nil {
		t.Fatal(err)
	}
	a.TravelDate = answers.Date{Year: 2026, Month: 11, Day: 1}
	if err := opt.Store.Save(a); err != nil {
		t.Fatal(err)
	}
	opt.Found, _ = opt.Store.Load()
	var out strings.Builder
	lines := []string{
		"1",          // resume
		"w",          // blocked: ignored
		"3",          // change the dates
		"",           // post: keep
		"2026-12-03", // the new travel date
		"",           // first available: keep
		"w", "",      // write into the default folder
	}
	res := RunAccessible(script(lines...), &out, opt)
	if res.Outcome != Written {
		t.Fatalf("outcome %v\n%s", res.Outcome, out.String())
	}
	mustContain(t, "transcript", out.String(), "ERROR (part 3, Dates): The travel date", "Fix the errors first")
	mustContain(t, "request", readFile(t, filepath.Join(opt.OutDir, "request.txt")), "December 3, 2026", "Paul Tremblay")
}

func TestAccessibleInputEndsEarlyKeepsTheDraft(t *testing.T) {
	opt, _ := testOptions(t)
	var out strings.Builder
	res := RunAccessible(script("1", "3", "François Lévesque"), &out, opt)
	if res.Outcome != InputEnded {
		t.Fatalf("outcome %v", res.Outcome)
	}
	a := loadDraft(t, opt)
	if a.Applicant.Name != "François Lévesque" || a.Criterion != "student" {
		t.Errorf("draft: %+v", a)
	}
}

func TestAccessibleStartOverKeepsTheOldDraft(t *testing.T) {
	opt, _ := testOptions(t)
	opt.Store.Save(&answers.Answers{Applicant: answers.Applicant{Name: "Old Name"}})
	opt.Found, _ = opt.Store.Load()
	var out strings.Builder
	RunAccessible(script("2", "1", "1", "New Name"), &out, opt)
	if a := loadDraft(t, opt); a.Applicant.Name != "New Name" {
		t.Errorf("draft: %+v", a)
	}
	matches, _ := filepath.Glob(opt.Store.Path + ".old-*")
	if len(matches) != 1 || !strings.Contains(readFile(t, matches[0]), "Old Name") {
		t.Errorf("old draft not kept: %v", matches)
	}
}

func TestAccessibleBrokenDraftIsSetAside(t *testing.T) {
	opt, _ := testOptions(t)
	os.MkdirAll(filepath.Dir(opt.Store.Path), 0o700)
	broken := answers.Header + "applicant: [broken\n"
	os.WriteFile(opt.Store.Path, []byte(broken), 0o600)
	found, err := opt.Store.Load()
	if err != nil {
		t.Fatal(err)
	}
	opt.Found = found
	var out strings.Builder
	RunAccessible(script(), &out, opt)
	mustContain(t, "transcript", out.String(), "could not be read", found.SetAside)
	if readFile(t, found.SetAside) != broken {
		t.Error("broken draft changed")
	}
}

func TestAccessibleReplaceAndClearText(t *testing.T) {
	opt, _ := testOptions(t)
	opt.Store.Save(loadExample(t, "relative-emergency"))
	opt.Found, _ = opt.Store.Load()
	var out strings.Builder
	lines := []string{
		"1", // resume
		"5", // the description
		"-", // clear it: refused, a description is required
		"On November 20 my father, Paul Tremblay, was hit by a car in Boston.", ".",
		"6", // documents: clear the other documents
		"",  // typical: keep
		"-", // other documents: cleared
		"", "", "",
		"q",
	}
	res := RunAccessible(script(lines...), &out, opt)
	if res.Outcome != Stopped {
		t.Fatalf("outcome %v\n%s", res.Outcome, out.String())
	}
	mustContain(t, "transcript", out.String(), "Error: Describe the emergency in your own words")
	a := loadDraft(t, opt)
	if a.Description != "On November 20 my father, Paul Tremblay, was hit by a car in Boston." || len(a.Evidence) != 0 {
		t.Errorf("draft: %q %q", a.Description, a.Evidence)
	}
}

func TestExpandHome(t *testing.T) {
	t.Setenv("HOME", "/home/zoe")
	for in, want := range map[string]string{"~/Documents/visa": "/home/zoe/Documents/visa", "~": "/home/zoe", "out": "out", "/abs/~x": "/abs/~x", "~bob/x": "~bob/x"} {
		if got := expandHome(in); got != want {
			t.Errorf("expandHome(%q) = %q, want %q", in, got, want)
		}
	}
}
