package msg

import (
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/expedite/expedite/internal/catalog"
)

// rawMessages reads a message file as id -> its texts (one, or one per
// plural form).
func rawMessages(t *testing.T, lang string) map[string][]string {
	t.Helper()
	data, err := files.ReadFile("data/" + lang + ".yaml")
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := yaml.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	out := map[string][]string{}
	for id, v := range m {
		switch v := v.(type) {
		case string:
			out[id] = []string{v}
		case map[string]any:
			for _, form := range []string{"zero", "one", "two", "few", "many", "other"} {
				if s, ok := v[form].(string); ok {
					out[id] = append(out[id], s)
				}
			}
		default:
			t.Fatalf("%s.yaml: %s is neither a text nor plural forms", lang, id)
		}
	}
	return out
}

var placeholder = regexp.MustCompile(`\{\{[^}]*\}\}`)
var argName = regexp.MustCompile(`\.[A-Za-z_]\w*`)

// placeholders lists the arguments a text's templates read, sorted, once each.
func placeholders(texts []string) []string {
	var names []string
	for _, s := range texts {
		for _, act := range placeholder.FindAllString(s, -1) {
			for _, n := range argName.FindAllString(act, -1) {
				if !slices.Contains(names, n) {
					names = append(names, n)
				}
			}
		}
	}
	slices.Sort(names)
	return names
}

// TestEveryMessageInEveryLanguage: each message id has a text in every
// language, reading the same arguments, and no language has an id
// English lacks.
func TestEveryMessageInEveryLanguage(t *testing.T) {
	en := rawMessages(t, Default)
	if len(Languages()) < 2 {
		t.Fatalf("languages: %v", Languages())
	}
	for _, lang := range Languages() {
		if lang == Default {
			continue
		}
		other := rawMessages(t, lang)
		for id, texts := range en {
			tr, ok := other[id]
			if !ok {
				t.Errorf("%s.yaml lacks %q", lang, id)
				continue
			}
			if got, want := placeholders(tr), placeholders(texts); !slices.Equal(got, want) {
				t.Errorf("%s.yaml %q reads %v, English reads %v", lang, id, got, want)
			}
			if (len(tr) > 1) != (len(texts) > 1) {
				t.Errorf("%s.yaml %q: plural forms in one language only", lang, id)
			}
			for _, s := range tr {
				if strings.TrimSpace(s) == "" {
					t.Errorf("%s.yaml %q is empty", lang, id)
				}
			}
		}
		for id := range other {
			if _, ok := en[id]; !ok {
				t.Errorf("%s.yaml has %q, which English does not", lang, id)
			}
		}
	}
}

// frenchTypography reports the first break of French typography in s
// (outside template actions): a plain space, or none, before : ; ! ?, and
// « » without a non-breaking space inside. A colon right after a letter
// is allowed when no space follows (06:30, https:), and so is any colon
// quoted between « » (YAML as typed: « version: 1 »).
func frenchTypography(s string) string {
	s = placeholder.ReplaceAllString(s, "X")
	rs := []rune(s)
	quoted := false
	for i, r := range rs {
		prev := ' '
		if i > 0 {
			prev = rs[i-1]
		}
		next := ' '
		if i+1 < len(rs) {
			next = rs[i+1]
		}
		switch r {
		case ';', '!', '?':
			if prev != '\u00a0' {
				return string(rs[max(0, i-20) : i+1])
			}
		case ':':
			if !quoted && prev != '\u00a0' && (next == ' ' || next == '\n' || i+1 == len(rs)) {
				return string(rs[max(0, i-20) : i+1])
			}
		case '«':
			quoted = true
			if next != '\u00a0' {
				return string(rs[i:min(len(rs), i+20)])
			}
		case '»':
			quoted = false
			if prev != '\u00a0' {
				return string(rs[max(0, i-20) : i+1])
			}
		}
	}
	return ""
}

func TestFrenchTypography(t *testing.T) {
	for id, texts := range rawMessages(t, "fr") {
		for _, s := range texts {
			if bad := frenchTypography(s); bad != "" {
				t.Errorf("fr.yaml %q: %q lacks a non-breaking space", id, bad)
			}
		}
	}
	if bad := frenchTypography("Note : oui; « ok » ?"); bad == "" {
		t.Error("the typography check passes plain spaces")
	}
}

func TestFrenchPlural(t *testing.T) {
	p := For("fr")
	for _, tc := range []struct {
		n    int
		want string
	}{{0, "0 erreur"}, {1, "1 erreur"}, {2, "2 erreurs"}, {10, "10 erreurs"}} {
		if got := p.Text("check.count.errors", map[string]any{"count": tc.n}); got != tc.want {
			t.Errorf("%d: %q, want %q", tc.n, got, tc.want)
		}
	}
}

func TestChoose(t *testing.T) {
	env := func(kv ...string) func(string) string {
		return func(k string) string {
			for i := 0; i+1 < len(kv); i += 2 {
				if kv[i] == k {
					return kv[i+1]
				}
			}
			return ""
		}
	}
	for _, tc := range []struct {
		flag string
		env  func(string) string
		want string
	}{
		{"", env(), "en"},
		{"", env("LANG", "fr_CA.UTF-8"), "fr"},
		{"", env("LANG", "fr_FR"), "fr"},
		{"", env("LANG", "fr"), "fr"},
		{"", env("LANG", "fr_FR@euro"), "fr"},
		{"", env("LANG", "de_DE.UTF-8"), "en"},
		{"", env("LANG", "C"), "en"},
		{"", env("LANG", "fr_CA.UTF-8", "LC_MESSAGES", "en_CA.UTF-8"), "en"},
		{"", env("LANG", "en_CA.UTF-8", "LC_MESSAGES", "fr_CA.UTF-8"), "fr"},
		{"", env("LC_ALL", "fr_CA.UTF-8", "LC_MESSAGES", "en_US.UTF-8", "LANG", "en_US"), "fr"},
		{"", env("LC_ALL", "C", "LANG", "fr_CA.UTF-8"), "en"},
		{"en", env("LANG", "fr_CA.UTF-8"), "en"},
		{"fr", env("LANG", "en_US.UTF-8"), "fr"},
		{"FR", env(), "fr"},
	} {
		got, err := Choose(tc.flag, tc.env)
		if err != nil || got != tc.want {
			t.Errorf("Choose(%q, LC_ALL=%q LC_MESSAGES=%q LANG=%q) = %q, %v; want %q", tc.flag,
				tc.env("LC_ALL"), tc.env("LC_MESSAGES"), tc.env("LANG"), got, err, tc.want)
		}
	}
	_, err := Choose("de", nil)
	if err == nil || !strings.Contains(err.Error(), "en, fr") {
		t.Errorf("unknown --lang: %v", err)
	}
}

func TestFrenchDatesAndQuotes(t *testing.T) {
	p := For("fr")
	for in, want := range map[string]string{
		"2026-12-02": "2\u00a0décembre 2026", "2027-01-01": "1er\u00a0janvier 2027", "2026-08-15": "15\u00a0août 2026", "not a date": "not a date",
	} {
		if got := p.Date(in); got != want {
			t.Errorf("Date(%q) = %q, want %q", in, got, want)
		}
	}
	if got := For("en").Date("2026-12-02"); got != "2026-12-02" {
		t.Errorf("English date: %q", got)
	}
	if got := p.Quote("foo"); got != "«\u00a0foo\u00a0»" {
		t.Errorf("Quote: %q", got)
	}
	if got := p.Quote("a\x1bb"); !strings.Contains(got, `\x1b`) {
		t.Errorf("Quote keeps a control character: %q", got)
	}
	got := p.Text("eligibility.travel-date-past", map[string]any{"travel": "2026-11-01", "today": "2026-11-23"})
	if !strings.Contains(got, "le 1er\u00a0novembre 2026") || !strings.Contains(got, "le 23\u00a0novembre 2026") {
		t.Errorf("French dates in a message: %q", got)
	}
}

// catalogTexts collects every catalog.Text in v (the catalog's structs,
// slices and maps), with where it was found.
func catalogTexts(v reflect.Value, where string, out map[string]catalog.Text) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			catalogTexts(v.Elem(), where, out)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				catalogTexts(v.Field(i), where+"."+v.Type().Field(i).Name, out)
			}
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			catalogTexts(v.Index(i), fmt.Sprintf("%s[%d]", where, i), out)
		}
	case reflect.Map:
		if t, ok := v.Interface().(catalog.Text); ok {
			out[where] = t
			return
		}
		for _, k := range v.MapKeys() {
			catalogTexts(v.MapIndex(k), fmt.Sprintf("%s[%v]", where, k), out)
		}
	}
}

// TestCatalogFrenchTypography: the catalog's French texts follow the
// same typography as the message files.
func TestCatalogFrenchTypography(t *testing.T) {
	texts := map[string]catalog.Text{}
	catalogTexts(reflect.ValueOf(catalog.Default()), "catalog", texts)
	if len(texts) < 100 {
		t.Fatalf("only %d catalog texts found", len(texts))
	}
	for where, tx := range texts {
		if fr, ok := tx["fr"]; ok {
			if bad := frenchTypography(fr); bad != "" {
				t.Errorf("%s: %q lacks a non-breaking space", where, bad)
			}
		}
	}
}
