package wizard

import (
	"slices"
	"testing"

	"github.com/expedite/expedite/internal/catalog"
	"github.com/expedite/expedite/internal/catalog/catalogtest"
)

// TestSixthCriterionIsOffered: with a catalog that has a sixth criterion,
// the wizard offers it, asks its facts on the facts page, checks a fact's
// date as it is typed, and stores the facts under facts: in the draft.
func TestSixthCriterionIsOffered(t *testing.T) {
	c, err := catalogtest.Sixth()
	if err != nil {
		t.Fatal(err)
	}
	defer catalog.Use(c)()
	f := newFlow(Options{})
	crit := f.questions(stepCriterion)[0]
	if !slices.ContainsFunc(crit.options, func(o option) bool {
		return o.value == catalogtest.SixthID && o.label == "f. Denied ESTA: your visa-waiver application was refused"
	}) {
		t.Fatalf("criterion options: %+v", crit.options)
	}
	f.v.Criterion = catalogtest.SixthID
	var keys []string
	for _, q := range f.questions(stepFacts) {
		keys = append(keys, q.key)
	}
	if want := []string{"facts.esta_denied_on", "facts.esta_application"}; !slices.Equal(keys, want) {
		t.Fatalf("facts page asks %v, want %v", keys, want)
	}
	qs := f.questions(stepFacts)
	if qs[0].kind != kindDate || qs[0].title != "When was your ESTA application denied? (YYYY-MM-DD)" {
		t.Errorf("first fact question: %+v", qs[0])
	}
	if err := f.validate(qs[0], "2026-02-30"); err == nil {
		t.Error("a date that does not exist is accepted")
	}
	*qs[0].str, *qs[1].str = "2026-11-20", " 1234-ABCD "
	a := f.answers()
	if a.Facts["esta_denied_on"] != "2026-11-20" || a.Facts["esta_application"] != "1234-ABCD" {
		t.Errorf("facts in the draft: %v", a.Facts)
	}
	back := fromAnswers(a)
	if *back.str("facts.esta_application") != "1234-ABCD" {
		t.Errorf("a resumed draft loses its facts: %v", back.fields)
	}
}
