package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/expedite/expedite/internal/answers"
	"github.com/expedite/expedite/internal/catalog"
	"github.com/expedite/expedite/internal/catalog/catalogtest"
	"github.com/expedite/expedite/internal/render"
)

// TestSixthCriterionIsData loads a catalog with a sixth criterion (a denied
// ESTA application, with facts of its own) and a 3-day window, and shows
// that with no Go change check applies its required facts and its window,
// render writes its request and checklist, and the decoder knows its facts.
func TestSixthCriterionIsData(t *testing.T) {
	c, err := catalogtest.Sixth()
	if err != nil {
		t.Fatal(err)
	}
	defer catalog.Use(c)()
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	const head = `version: 1
applicant:
  name: Jane Tremblay
  post: toronto
  canadian_citizen: true
criterion: ` + catalogtest.SixthID + `
first_available: 2027-01-01
description: |
  On 2026-11-20 the ESTA application of Jane Tremblay was denied, and her
  employer in Boston needs her at the plant on 2027-01-03 for the yearly audit
  that only she can lead.
evidence:
  - Letter from my employer in Boston
`
	// Facts missing, travel on day 4 of a 3-day window.
	late := write("late.yaml", head+"travel_date: 2027-01-04\n")
	code, out, errs := run(t, "", "check", "--today", "2026-11-23", late)
	for _, want := range []string{
		"error  required.facts.esta_denied_on  facts.esta_denied_on: Add the date your ESTA application was denied (YYYY-MM-DD).",
		"error  required.facts.esta_application  facts.esta_application: Add this fact: Your ESTA application number",
		"error  eligibility.not-urgent  travel_date: You travel on 2027-01-04, but the first regular appointment is 2027-01-01. This criterion needs travel before 2027-01-04 (within 3 days after it)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("check does not say %q:\n%s", want, out)
		}
	}
	if code != 1 || errs != "" {
		t.Errorf("check: exit %d, stderr %q", code, errs)
	}

	// A bad date among the facts is refused like any date.
	bad := write("bad.yaml", head+"travel_date: 2027-01-03\nfacts:\n  esta_denied_on: last week\n  esta_application: 1234-ABCD\n")
	if _, out, _ := run(t, "", "check", "--today", "2026-11-23", bad); !strings.Contains(out, `error  format.date  facts.esta_denied_on: "last week" is not a date`) {
		t.Errorf("a bad fact date is not refused:\n%s", out)
	}

	// The decoder knows the facts the catalog defines.
	typo := write("typo.yaml", head+"facts:\n  esta_denid_on: 2026-11-20\n")
	if code, _, errs := run(t, "", "check", typo); code != 2 || !strings.Contains(errs, `unknown key "esta_denid_on" in facts; did you mean "esta_denied_on"?`) {
		t.Errorf("a misspelt fact: exit %d, %q", code, errs)
	}

	// Complete and on time: no error, and render writes it.
	good := write("good.yaml", head+"travel_date: 2027-01-03\nfacts:\n  esta_denied_on: 2026-11-20\n  esta_application: 1234-ABCD\n")
	code, out, _ = run(t, "", "check", "--today", "2026-11-23", good)
	if code != 0 || strings.Contains(out, "error  ") {
		t.Errorf("complete case: exit %d:\n%s", code, out)
	}
	code, out, errs = run(t, "", "render", "--today", "2026-11-23", "--out", "-", good)
	for _, want := range []string{
		"Request for an expedited visa interview: Denied ESTA application\n",
		"I must travel to the United States on January 3, 2027.\n",
		"On November 20, 2026 the ESTA application", // the description states the denial date: no line for it
		"\n- ESTA application number: 1234-ABCD\n",
		"The first regular appointment at the Toronto post is January 1, 2027. My trip falls within the 3 days after it that this criterion covers (before January 4, 2027).",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the request does not say %q:\n%s", want, out)
		}
	}
	if code != 0 {
		t.Errorf("render: exit %d, %q", code, errs)
	}
	a, err := answers.ReadFile(good)
	if err != nil {
		t.Fatal(err)
	}
	// With no document listed as held, the criterion's own proof line is
	// on the checklist (a held one would stand in its place).
	a.Evidence = nil
	found := false
	for _, s := range render.Checklist(a) {
		for _, it := range s.Items {
			// The catalog's line, or the applicant's own document standing for it.
			found = found || it.Text == "The e-mail denying the ESTA application (application 1234-ABCD)" ||
				it.Held && strings.Contains(it.Text, "ESTA denial e-mail")
		}
	}
	if !found {
		t.Errorf("the checklist lacks the ESTA proof: %+v", render.Checklist(a))
	}
}
