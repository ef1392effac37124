package catalog

import (
	"io/fs"
	"os"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
)

func TestDefaultLoads(t *testing.T) {
	c := Default()
	co := c.Country()
	if co == nil || co.ID != "ca" {
		t.Fatalf("default country = %v", co)
	}
	if len(co.Criteria) == 0 || len(co.Reasons) == 0 || len(co.Posts) == 0 {
		t.Fatalf("empty catalog: %d criteria, %d reasons, %d posts", len(co.Criteria), len(co.Reasons), len(co.Posts))
	}
	for _, cr := range co.Criteria {
		if cr.DateRule.Kind == DateWindow && cr.Window() != co.Rules.WindowDays {
			t.Errorf("%s: window %d, want the country's %d", cr.ID, cr.Window(), co.Rules.WindowDays)
		}
	}
}

// dataFiles returns the embedded files as a map a test can break.
func dataFiles(t *testing.T) fstest.MapFS {
	t.Helper()
	m := fstest.MapFS{}
	sub, err := fs.Sub(dataFS, "data")
	if err != nil {
		t.Fatal(err)
	}
	err = fs.WalkDir(sub, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(sub, p)
		m[p] = &fstest.MapFile{Data: b}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestBadCatalog feeds broken files and wants a message naming the file,
// the key and what is wrong.
func TestBadCatalog(t *testing.T) {
	tests := []struct {
		name, file, old, new string
		want                 []string
	}{
		{"unknown key", "ca/criteria.yaml", "    letter: a\n", "    letter: a\n    lettre: a\n",
			[]string{"ca/criteria.yaml:", "lettre", "unknown key"}},
		{"missing language", "ca/criteria.yaml", "fr: Traitement médical urgent}", "de: Dringende Behandlung}",
			[]string{"ca/criteria.yaml", "criteria[1] (medical-treatment).title", `no "fr" text`}},
		{"dangling source", "ca/criteria.yaml", "source: ca-expedite\n\n  - id: student", "source: nowhere\n\n  - id: student",
			[]string{"ca/criteria.yaml", "criteria[1] (medical-treatment).source", `"nowhere" is not one of the sources`}},
		{"dangling fact", "ca/criteria.yaml", "{field: relative.place, required: true}", "{field: relative.plaec, required: true}",
			[]string{"ca/criteria.yaml", "facts[2] (relative.plaec).field", "is not a field"}},
		{"dangling pair", "ca/country.yaml", "pairs: [calgary]", "pairs: [kelowna]",
			[]string{"ca/country.yaml", "posts[6].pairs[0]", `"kelowna" is not a post`}},
		{"bad date rule", "ca/criteria.yaml", "date_rule: {kind: program-start, field: student.program_start}", "date_rule: {kind: program-begins}",
			[]string{"ca/criteria.yaml", "criteria[2] (student).date_rule.kind", `"program-begins" is not one of`}},
		{"bad template", "ca/country.yaml", `DS-160 confirmation page{{with field \"applicant.ds160\"}}`, `DS-160 confirmation page{{with field \"applicant.ds160\"}`,
			[]string{"ca/country.yaml", "documents.always[1].text.en", "the template does not parse"}},
		{"empty terms", "ca/reasons.yaml", "fr: [=congrès, colloque", "fr: []\n      xx: [=congrès, colloque",
			[]string{"ca/reasons.yaml", "reasons[3] (conference).terms", `no "fr" terms`}},
		{"no such file", "ca/reasons.yaml", "", "", []string{"ca/reasons.yaml: cannot read"}},
		{"source date", "ca/country.yaml", "read: 2026-11-25", "read: last week",
			[]string{"ca/country.yaml", "sources[0].read", "YYYY-MM-DD"}},
		{"unchecked source with no via", "ca/country.yaml", "    checked: false\n    via: {en: \"the project's domain notes\", fr: \"les notes du projet sur le domaine\"}\n", "",
			[]string{"ca/country.yaml", "sources[0].via", "say where the facts were taken from"}},
		{"checked source read via notes", "ca/country.yaml", "    checked: false\n", "    checked: true\n",
			[]string{"ca/country.yaml", "sources[0].via", "checked: true"}},
		{"via in one language", "ca/country.yaml", `via: {en: "the project's domain notes", fr: "les notes du projet sur le domaine"}`, `via: {en: "the project's domain notes"}`,
			[]string{"ca/country.yaml", "sources[0].via", `no "fr" text`}},
		{"checked not a bool", "ca/country.yaml", "    checked: false\n", "    checked: soon\n",
			[]string{"ca/country.yaml:", "soon"}},
		{"argues on a reason that is no argument", "ca/reasons.yaml", "    argument: true\n", "",
			[]string{"ca/reasons.yaml", "reasons[5] (tickets).argues", "not an argument"}},
		{"foreseen reads no fact", "ca/criteria.yaml", "      foreseen: [event.unforeseen, event.what]\n    date_rule: {kind: window, late: error}\n    proof:\n      - {en: \"Letter from the US company", "      foreseen: [event.unforseen, event.what]\n    date_rule: {kind: window, late: error}\n    proof:\n      - {en: \"Letter from the US company",
			[]string{"ca/criteria.yaml", "criteria[3] (urgent-business).screen.foreseen[0]", "is not one of the criterion's facts"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := dataFiles(t)
			if tt.old == "" {
				delete(m, tt.file)
			} else {
				s := string(m[tt.file].Data)
				if !strings.Contains(s, tt.old) {
					t.Fatalf("%s does not hold %q", tt.file, tt.old)
				}
				m[tt.file] = &fstest.MapFile{Data: []byte(strings.Replace(s, tt.old, tt.new, 1))}
			}
			_, err := Load(m)
			if err == nil {
				t.Fatal("Load accepted a broken catalog")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not say %q", err, w)
				}
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error is not one line: %q", err)
			}
		})
	}
}

func TestNormalize(t *testing.T) {
	c := Default()
	co := c.Country()
	tests := []struct {
		path, in, want, rule string
	}{
		{"student.sevis_id", " n0012345678 ", "N0012345678", ""},
		{"student.sevis_id", "N123", "N123", RuleFormatSevis},
		{"applicant.ds160", "aa00abc123", "AA00ABC123", ""},
		{"applicant.ds160", "AB00ABC123", "AB00ABC123", RuleFormatDS160},
		{"applicant.visa", " f-1 ", "F-1", ""},
		{"applicant.visa", "b1/b2", "B1/B2", ""},
		{"applicant.post", "Quebec City", "quebec-city", ""},
		{"applicant.post", "Montréal", "montreal", ""},
		{"applicant.post", "kelowna", "kelowna", RuleFormatPost},
		{"student.form", "ds 2019", "DS-2019", ""},
		{"student.form", "I-94", "I-94", RuleFormatStudentForm},
		{"patient", "Child", "child", ""},
		{"patient", "wife", "wife", RuleFormatPatient},
		{"criterion", "student", "student", ""},
		{"criterion", "tourism", "tourism", RuleFormatCriterion},
		{"applicant.name", "  Jane  ", "Jane", ""},
		{"student.sevis_id", "", "", ""},
	}
	for _, tt := range tests {
		got, p := c.Normalize(co, tt.path, tt.in)
		rule := ""
		if p != nil {
			rule = p.Rule
		}
		if got != tt.want || rule != tt.rule {
			t.Errorf("Normalize(%s, %q) = %q, %q; want %q, %q", tt.path, tt.in, got, rule, tt.want, tt.rule)
		}
	}
}

// TestGeneratedIsCurrent: embedded_gen.go, which the program reads, is
// what go generate makes of data/, and builds the same catalog as
// loading data/ does.
func TestGeneratedIsCurrent(t *testing.T) {
	c, err := Load(Files())
	if err != nil {
		t.Fatal(err)
	}
	src, err := GoSource(c, "catalog", "embedded")
	if err != nil {
		t.Fatal(err)
	}
	onDisk, err := os.ReadFile("embedded_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if string(src) != string(onDisk) {
		t.Fatal("embedded_gen.go is out of date with data/: run go generate ./internal/catalog")
	}
	g := embedded()
	g.link()
	if !reflect.DeepEqual(c, g) {
		t.Fatal("the generated catalog differs from the loaded one")
	}
}

// TestDateQuestionsShowFormat: every date question tells the applicant how
// to write the date, (YYYY-MM-DD) in English and (AAAA-MM-JJ) in French.
func TestDateQuestionsShowFormat(t *testing.T) {
	for _, f := range Default().Fields {
		if f.Type != TypeDate {
			continue
		}
		if q := f.Question.In("en"); !strings.Contains(q, "YYYY-MM-DD") {
			t.Errorf("%s: the English question %q does not say YYYY-MM-DD", f.Path, q)
		}
		if q := f.Question.In("fr"); !strings.Contains(q, "AAAA-MM-JJ") {
			t.Errorf("%s: the French question %q does not say AAAA-MM-JJ", f.Path, q)
		}
	}
}
