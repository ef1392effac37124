package msg

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"text/template"

	"github.com/expedite/expedite/internal/answers"
	"github.com/expedite/expedite/internal/catalog"
	"github.com/expedite/expedite/internal/catalog/catalogtest"
	"github.com/expedite/expedite/internal/criteria"
)

// usedIDs collects the message ids the program uses: each rule's messages
// from the registry, and every string literal passed to a Text method in
// the module's non-test Go files. Ids built at run time are listed here.
func usedIDs(t *testing.T) map[string]bool {
	t.Helper()
	used := map[string]bool{"required.fact": true, "list.or": true,
		"pitfall.no-specifics.date": true, "pitfall.no-specifics.place": true, "pitfall.no-specifics.name": true}
	for _, r := range criteria.Rules() {
		for _, m := range r.Messages {
			used[m] = true
		}
	}
	// help.KEY is the command line's help: used when KEY is a literal
	// (helpText["KEY"]), a ${KEY} in a struct tag, or usage_/about_/cmd_ of
	// a command (built from its name).
	src := readSources(t, filepath.Join("..", "..", "cmd", "expedite"))
	for _, id := range IDs(Default) {
		key, ok := strings.CutPrefix(id, "help.")
		if !ok {
			continue
		}
		for _, prefix := range []string{"usage_", "about_", "cmd_"} {
			if name, ok := strings.CutPrefix(key, prefix); ok && strings.Contains(src, `"`+name+`"`) {
				used[id] = true
			}
		}
		if strings.Contains(src, `"`+key+`"`) || strings.Contains(src, "${"+key+"}") {
			used[id] = true
		}
	}
	literalIDs := map[string]bool{}
	for _, id := range IDs(Default) {
		if strings.Contains(id, ".") {
			literalIDs[id] = true
		}
	}
	root := filepath.Join("..", "..")
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) && p != root {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, p, nil, 0)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			// Any literal that is a whole message id counts: flag usages
			// and usage errors hand ids to helpers that word them.
			if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
				if s, err := strconv.Unquote(lit.Value); err == nil {
					// answers.Error ids (and their kinds and hints) are
					// worded as input.ID, input.kind.KIND, input.hint.HINT.
					for _, id := range []string{s, "input." + s, "input.kind." + s, "input.hint." + s} {
						if literalIDs[id] {
							used[id] = true
						}
					}
				}
			}
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) == 0 {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok || (sel.Sel.Name != "Text" && sel.Sel.Name != "Plural") {
				return true
			}
			if lit, ok := call.Args[0].(*ast.BasicLit); ok && lit.Kind == token.STRING {
				s, _ := strconv.Unquote(lit.Value)
				used[s] = true
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return used
}

// readSources joins the non-test Go files of a folder.
func readSources(t *testing.T, dir string) string {
	t.Helper()
	names, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, n := range names {
		if strings.HasSuffix(n, "_test.go") {
			continue
		}
		data, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(data)
	}
	return b.String()
}

func TestEveryMessageIsDefinedAndUsed(t *testing.T) {
	used := usedIDs(t)
	defined := IDs(Default)
	for id := range used {
		if !slices.Contains(defined, id) {
			t.Errorf("message %q is used in code but missing from data/%s.yaml", id, Default)
		}
	}
	for _, id := range defined {
		if !used[id] {
			t.Errorf("message %q of data/%s.yaml is used nowhere", id, Default)
		}
	}
}

// TestTranslations lists, for each further language, the messages it
// lacks (they fall back to English), and fails on ids English does not have.
func TestTranslations(t *testing.T) {
	en := IDs(Default)
	for _, lang := range Languages() {
		if lang == Default {
			continue
		}
		ids := IDs(lang)
		var missing []string
		for _, id := range en {
			if !slices.Contains(ids, id) {
				missing = append(missing, id)
			}
		}
		if len(missing) > 0 {
			t.Logf("data/%s.yaml lacks %d messages (English is shown): %s", lang, len(missing), strings.Join(missing, ", "))
		}
		for _, id := range ids {
			if !slices.Contains(en, id) {
				t.Errorf("data/%s.yaml has %q, which English does not", lang, id)
			}
		}
	}
}

// TestFindingsRead renders the findings of bad cases: each reads as a
// sentence, with every argument filled.
func TestFindingsRead(t *testing.T) {
	today := answers.Date{Year: 2026, Month: 11, Day: 23}
	d := func(s string) answers.Date { v, _ := answers.ParseDate(s); return v }
	cases := []*answers.Answers{
		{},
		{Criterion: "tourism", Applicant: answers.Applicant{Post: "winnipeg", DS160: "x1"}},
		{Criterion: "student", Applicant: answers.Applicant{Visa: "B2"}, Student: answers.Student{SevisID: "N1", Form: "I-94", ProgramStart: d("2028-02-01")},
			FirstAvailable: d("2028-01-15"), TravelDate: d("2026-11-01"), Description: "Please please help, I am desperate!!"},
		{Criterion: "urgent-business", FirstAvailable: d("2027-01-01"), TravelDate: d("2027-03-01"), Event: answers.Event{What: "trade show"},
			Description: "Urgent family matter, my presence is essential, I must go there soon for it as it is very important to all of us here today " + strings.Repeat("word ", 10),
			Evidence:    []string{"wedding invitation"}},
		{Criterion: "relative-emergency", Relative: answers.Relative{Relationship: "cousin"}, Patient: "x", FirstAvailable: d("2027-01-01"), TravelDate: d("2027-03-01"), Description: "word"},
		{Criterion: "relative-emergency", Relative: answers.Relative{Relationship: "grandfather"}, Description: "I am attending my sister's wedding in Boston. " + strings.Repeat("and ", 600)},
		{Criterion: "medical-treatment", Patient: "wife"},
		{Criterion: "urgent-business", Description: "We registered in August for a visit to Acme Motors in Detroit, Michigan on December 8, 2026. Please give me an appointment on December 1."},
		{Criterion: "relative-emergency", Relative: answers.Relative{Place: "Calgary, Alberta"}, Description: "My sister's wedding is on December 12 in Boston. On November 20 my father Paul Tremblay had a stroke in Calgary and is at Foothills Medical Centre."},
		{Criterion: "medical-treatment", Patient: "child", Medical: answers.Medical{PatientBorn: d("2001-04-02")}, TravelDate: d("2026-12-10")},
		{Criterion: "significant-event", Event: answers.Event{Role: "spectator"}},
		{Criterion: "relative-emergency", Relative: answers.Relative{Situation: "She wants me to help her move house."}},
	}
	seen := map[string]bool{}
	for _, lang := range Languages() {
		p := For(lang)
		for _, a := range cases {
			for _, f := range criteria.Check(a, criteria.Options{Today: today, MaxWords: 500}) {
				seen[f.Message()] = true
				s := p.Finding(f)
				if len(s) < 20 || strings.Contains(s, "<no value>") || strings.Contains(s, "%!") || strings.Contains(s, "{{") || s == f.Message() {
					t.Errorf("%s %s: %q", lang, f.Message(), s)
				}
				if lang == "fr" && (strings.Contains(s, " the ") || strings.Contains(s, "The ")) {
					t.Errorf("fr %s reads as English: %q", f.Message(), s)
				}
			}
		}
	}
	// format.date checks facts only a catalog criterion defines.
	if s := For(Default).Finding(criteria.Finding{Rule: "format.date", Args: map[string]any{"value": "soon"}}); !strings.HasPrefix(s, `"soon" is not a date`) {
		t.Errorf("format.date: %q", s)
	} else {
		seen["format.date"] = true
	}
	for _, r := range criteria.Rules() {
		for _, m := range r.Messages {
			if !seen[m] {
				t.Errorf("no test case shows message %s", m)
			}
		}
	}
}

func TestPlural(t *testing.T) {
	p := For(Default)
	one := p.Text("pitfall.vague.short", map[string]any{"words": 1})
	many := p.Text("pitfall.vague.short", map[string]any{"words": 3})
	if !strings.Contains(one, "(1 word)") || !strings.Contains(many, "(3 words)") {
		t.Errorf("plural forms: %q, %q", one, many)
	}
	if got := For("fr").Text("list.or", nil); got == "" || got == "list.or" {
		t.Errorf("a language with no file does not fall back to English: %q", got)
	}
}

func TestArticle(t *testing.T) {
	p := For(Default)
	for rel, want := range map[string]string{
		"uncle": "An uncle is not", "aunt": "An aunt is not", "in-law": "An in-law is not", "ex-wife": "An ex-wife is not",
		"cousin": "A cousin is not", "grandfather": "A grandfather is not", "friend": "A friend is not", "uniformed guardian": "A uniformed guardian is not",
	} {
		got := p.Text("eligibility.not-immediate-relative", map[string]any{"relationship": rel})
		if !strings.HasPrefix(got, want) {
			t.Errorf("%s: %q, want it to start %q", rel, got, want)
		}
	}
}

// TestNotImmediateNamesTheCountrysList: the message names who counts as
// an immediate relative from the country's catalog, in each language, so
// a country that counts grandparents says so with no Go change.
func TestNotImmediateNamesTheCountrysList(t *testing.T) {
	tests := []struct {
		lang, want string
	}{
		{"en", "covers only immediate relatives: spouse, husband, wife, common-law spouse, common-law partner, parent, mother, father, mom, mum, dad, child, son, daughter, sibling, brother or sister (step- and half- included)"},
		// soeur, kept for the screen, is sœur to a reader.
		{"fr", "ne couvre que la famille immédiate\u00a0: conjoint, conjointe, époux, épouse, mari, femme, conjoint de fait, conjointe de fait, parent, mère, père, maman, papa, enfant, fils, fille, frère ou sœur (demi-"},
	}
	for _, tt := range tests {
		got := For(tt.lang).Text("eligibility.not-immediate-relative", map[string]any{"relationship": "cousin"})
		if !strings.Contains(got, tt.want) {
			t.Errorf("%s: %q\ndoes not hold %q", tt.lang, got, tt.want)
		}
	}

	c, err := catalogtest.Edit(catalogtest.Change{File: "ca/country.yaml",
		Old: "      en: [spouse, husband, wife, common-law spouse, common-law partner, parent, mother, father, mom, mum, dad, child, son, daughter, sibling, brother, sister]\n      fr: [",
		New: "      en: [spouse, parent, child, sibling, grandparent, grandchild]\n      fr: [grand-parent, petit-enfant, "})
	if err != nil {
		t.Fatal(err)
	}
	defer catalog.Use(c)()
	for lang, want := range map[string]string{
		"en": "covers only immediate relatives: spouse, parent, child, sibling, grandparent or grandchild (",
		"fr": "famille immédiate\u00a0: grand-parent, petit-enfant, conjoint,",
	} {
		got := For(lang).Text("eligibility.not-immediate-relative", map[string]any{"relationship": "cousin"})
		if !strings.Contains(got, want) {
			t.Errorf("%s, a country counting grandparents: %q\ndoes not hold %q", lang, got, want)
		}
	}
}

// TestGeneratedIsCurrent: messages_gen.go, which the program reads, is
// what go generate makes of data/*.yaml.
func TestGeneratedIsCurrent(t *testing.T) {
	src, err := GoSource(files)
	if err != nil {
		t.Fatal(err)
	}
	onDisk, err := os.ReadFile("messages_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if string(src) != string(onDisk) {
		t.Fatal("messages_gen.go is out of date with data/: run go generate ./internal/msg")
	}
}

// TestMessagesParse: every form of every message parses as a template
// with the functions a printer gives it.
func TestMessagesParse(t *testing.T) {
	p := For(Default)
	for lang, ms := range generated {
		for _, m := range ms {
			for _, src := range []string{m.Zero, m.One, m.Two, m.Few, m.Many, m.Other} {
				if _, err := template.New(m.ID).Funcs(p.funcs()).Parse(src); err != nil {
					t.Errorf("data/%s.yaml: %s: %v", lang, m.ID, err)
				}
			}
		}
	}
}

// TestFuncsReadTheCatalogInUse checks that a message worded before a
// catalog swap and again after it reads the catalog in use each time: the
// templates are cached, the catalog is not.
func TestFuncsReadTheCatalogInUse(t *testing.T) {
	p := For(Default)
	f := criteria.Finding{Rule: "eligibility.not-qualifying", Args: map[string]any{"criterion": "esta-denied", "answer": "x"}}
	before := p.Finding(f)
	if strings.Contains(before, "visa waiver") {
		t.Fatalf("the built-in catalog has no esta-denied criterion, yet: %q", before)
	}
	c, err := catalogtest.Sixth()
	if err != nil {
		t.Fatal(err)
	}
	defer catalog.Use(c)()
	if after := p.Finding(f); !strings.Contains(after, "ESTA (visa waiver) application was denied") {
		t.Errorf("after catalog.Use the message still reads the old catalog: %q", after)
	}
}
