package prose

import (
	"bytes"
	"embed"
	"flag"
	"fmt"
	"os"
	"reflect"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/expedite/expedite/internal/golit"
)

//go:embed data/*.yaml
var dataFS embed.FS

var updateLexData = flag.Bool("update-lexdata", false, "rewrite lexdata_gen.go from data/*.yaml")

func readLexFile(name string) (*lexFile, error) {
	b, err := dataFS.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("prose: %w", err)
	}
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	var f lexFile
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("prose: %s: %w", name, err)
	}
	if f.Lang != string(English) && f.Lang != string(French) {
		return nil, fmt.Errorf("prose: %s: lang %q is not en or fr", name, f.Lang)
	}
	for k, v := range f.Months {
		if v < 1 || v > 12 {
			return nil, fmt.Errorf("prose: %s: month %q is %d, not 1..12", name, k, v)
		}
	}
	return &f, nil
}

// lexDataSource writes the parsed lexicon files as Go functions (the
// lists; the lexicon keeps the other language's, filled when compiling,
// out of them).
func lexDataSource(en, fr *lexFile) ([]byte, error) {
	opt := golit.Options{Pkg: "prose", ExportedOnly: true}
	return golit.File("data/en.yaml and data/fr.yaml", opt,
		golit.Decl{Code: "func genLexEN() *lexFile {\n\treturn %s\n}", Value: en},
		golit.Decl{Code: "func genLexFR() *lexFile {\n\treturn %s\n}", Value: fr})
}

// TestLexDataGenerated checks that lexdata_gen.go is what parsing
// data/en.yaml and data/fr.yaml gives, and lexcompiled_gen.go what
// compiling it gives (go generate ./internal/prose rewrites both).
func TestLexDataGenerated(t *testing.T) {
	en, err := readLexFile("data/en.yaml")
	if err != nil {
		t.Fatal(err)
	}
	fr, err := readLexFile("data/fr.yaml")
	if err != nil {
		t.Fatal(err)
	}
	src, err := lexDataSource(en, fr)
	if err != nil {
		t.Fatal(err)
	}
	lxEN, lxFR, err := compileLexicons(en, fr)
	if err != nil {
		t.Fatal(err)
	}
	compiled, err := golit.File("data/en.yaml and data/fr.yaml, compiled", golit.Options{Pkg: "prose"},
		golit.Decl{Code: "var compiledLexEN = %s", Value: lxEN}, golit.Decl{Code: "var compiledLexFR = %s", Value: lxFR})
	if err != nil {
		t.Fatal(err)
	}
	if *updateLexData {
		if err := os.WriteFile("lexdata_gen.go", src, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile("lexcompiled_gen.go", compiled, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	gen, err := readLexFile("data/en.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(genLexEN(), gen) {
		t.Fatal("lexdata_gen.go differs from data/*.yaml: run make generate")
	}
	if !reflect.DeepEqual(compiledLexEN, lxEN) || !reflect.DeepEqual(compiledLexFR, lxFR) {
		t.Fatal("lexcompiled_gen.go differs from compiling data/*.yaml: run make generate")
	}
	for name, want := range map[string][]byte{"lexdata_gen.go": src, "lexcompiled_gen.go": compiled} {
		got, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("%s is not what go generate writes: run make generate", name)
		}
	}
}

// TestLexiconsCompiledOnce checks that the program reads the generated
// lexicons and compiles nothing at run time.
func TestLexiconsCompiledOnce(t *testing.T) {
	en, fr := lexicons()
	if en != compiledLexEN || fr != compiledLexFR || en == nil {
		t.Fatal("lexicons() does not return the generated lexicons")
	}
}
