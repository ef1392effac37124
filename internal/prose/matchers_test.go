package prose_test

import (
	"bytes"
	"flag"
	"os"
	"reflect"
	"testing"

	"github.com/expedite/expedite/internal/catalog"
	"github.com/expedite/expedite/internal/criteria"
	"github.com/expedite/expedite/internal/prose"
)

var updateMatchers = flag.Bool("update-matchers", false, "rewrite matchers_gen.go from the built-in catalog's reasons")

// TestMatchersGenerated checks that matchers_gen.go holds the built-in
// catalog's reason matchers as compiling them gives (go generate
// ./internal/prose rewrites it), and that Compile serves them from there.
func TestMatchersGenerated(t *testing.T) {
	sets := criteria.MatcherFamilies(catalog.Default().Country())
	src, err := prose.MatchersSource("the built-in catalog (criteria.MatcherFamilies)", sets...)
	if err != nil {
		t.Fatal(err)
	}
	if *updateMatchers {
		if err := os.WriteFile("matchers_gen.go", src, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got, err := os.ReadFile("matchers_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, src) {
		t.Fatal("matchers_gen.go is not what go generate writes: run make generate")
	}
	for _, fams := range sets {
		fresh, err := prose.CompileFresh(fams)
		if err != nil {
			t.Fatal(err)
		}
		served := prose.MustCompile(fams)
		if served == fresh || !reflect.DeepEqual(served, fresh) {
			t.Fatal("Compile does not serve the generated matcher equal to a fresh compile: run make generate")
		}
	}
}

// TestCompileOthers checks that families not generated are compiled, not
// served a generated matcher.
func TestCompileOthers(t *testing.T) {
	fams := []prose.Family{{ID: "x", Terms: map[prose.Lang][]string{prose.English: {"wedding"}}}}
	m := prose.MustCompile(fams)
	for _, fp := range prose.Precompiled() {
		if fp == prose.Fingerprint(fams) {
			t.Fatal("a test family has a generated matcher")
		}
	}
	if got := prose.Parse("my sister's wedding").Mentions(m); len(got) != 1 || got[0].Family != "x" {
		t.Fatalf("mentions = %+v", got)
	}
}
