// Package msg turns findings and the program's words into text in the
// reader's language, from message files (data/<lang>.yaml, go-i18n's
// format, with plural forms chosen by the CLDR rules of golang.org/x/text).
// Adding a language is adding its message file; a message it lacks falls
// back to English.
package msg

import (
	"embed"
	"maps"
	"slices"
	"strconv"
	"strings"
	"sync"
	"text/template"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"

	"github.com/expedite/expedite/internal/catalog"
	"github.com/expedite/expedite/internal/criteria"
)

//go:generate go run ./gen

//go:embed data/*.yaml
var files embed.FS

// Default is the language used when none is asked for, and the fallback.
const Default = "en"

type messages struct {
	byLang map[string]map[string]*i18n.Message
	ids    map[string][]string // language -> message ids, sorted
}

var (
	loadOnce sync.Once
	loaded   *messages
)

// load reads messages_gen.go, the message files as Go (go generate), so
// a run parses no YAML. go-i18n's bundle is not used at run time: it
// parses the plural rules of every language on creation, which costs more
// than the whole of a check.
func load() *messages {
	loadOnce.Do(func() {
		loaded = &messages{byLang: map[string]map[string]*i18n.Message{}, ids: map[string][]string{}}
		for lang, ms := range generated {
			m := make(map[string]*i18n.Message, len(ms))
			for _, mm := range ms {
				m[mm.ID] = mm
				loaded.ids[lang] = append(loaded.ids[lang], mm.ID)
			}
			loaded.byLang[lang] = m
			slices.Sort(loaded.ids[lang])
		}
	})
	return loaded
}

// IDs lists the message ids of a language's file, sorted.
func IDs(lang string) []string { return slices.Clone(load().ids[lang]) }

// Languages lists the languages that have a message file.
func Languages() []string {
	var ls []string
	for l := range load().ids {
		ls = append(ls, l)
	}
	slices.Sort(ls)
	return ls
}

// Printer words messages in one language.
type Printer struct {
	lang string
	tag  language.Tag

	mu    sync.Mutex
	cache map[string]*template.Template // id and plural form -> parsed
}

var printers sync.Map

// For returns the printer of a language (English where it has no message).
func For(lang string) *Printer {
	if p, ok := printers.Load(lang); ok {
		return p.(*Printer)
	}
	tag, err := language.Parse(lang)
	if err != nil {
		tag = language.English
	}
	p, _ := printers.LoadOrStore(lang, &Printer{lang: lang, tag: tag, cache: map[string]*template.Template{}})
	return p.(*Printer)
}

// Lang returns the printer's language.
func (p *Printer) Lang() string { return p.lang }

// form returns the text of m for the plural form of n in the printer's
// language (CLDR rules), or its "other" text.
func (p *Printer) form(m *i18n.Message, n int, counted bool) (string, string) {
	if !counted {
		return m.Other, "other"
	}
	var s, name string
	switch plural.Cardinal.MatchPlural(p.tag, n, 0, 0, 0, 0) {
	case plural.Zero:
		s, name = m.Zero, "zero"
	case plural.One:
		s, name = m.One, "one"
	case plural.Two:
		s, name = m.Two, "two"
	case plural.Few:
		s, name = m.Few, "few"
	case plural.Many:
		s, name = m.Many, "many"
	}
	if s == "" {
		return m.Other, "other"
	}
	return s, name
}

// funcs are what message templates may call.
func (p *Printer) funcs() template.FuncMap {
	// The catalog is looked up when a message is worded, not when its
	// template is parsed: templates are cached, and tests swap catalogs.
	co := func() *catalog.Country { return catalog.Default().Country() }
	return template.FuncMap{
		"q":     p.Quote,
		"anyOf": p.anyOf,
		"date":  p.Date,
		"a":     func(s string) string { return article(s) + " " + s },
		"A": func(s string) string {
			a := article(s)
			return strings.ToUpper(a[:1]) + a[1:] + " " + s
		},
		// immediate names who counts as an immediate relative in the
		// country, from the catalog (rules.relatives.immediate).
		"immediate": func() string {
			return p.anyOf(displayTerms(co().Rules.Relatives.Immediate.In(p.lang)))
		},
		"reason": func(id string) string {
			if r, ok := co().Reason(id); ok {
				return r.Name.In(p.lang)
			}
			return id
		},
		// official is a criterion's official wording (in French, the
		// catalog's unofficial translation).
		"official": func(id string) string {
			if cr, ok := co().Criterion(id); ok {
				return cr.Official.In(p.lang)
			}
			return id
		},
		"proof": func(id string) string {
			if cr, ok := co().Criterion(id); ok && len(cr.Proof) > 0 {
				return cr.Proof[0].In(p.lang)
			}
			return id
		},
		"specifics": func(parts []string) string {
			words := make([]string, len(parts))
			for i, w := range parts {
				words[i] = p.Text("pitfall.no-specifics."+w, nil)
			}
			return p.anyOf(words)
		},
		"quoted": func(parts []string) string {
			q := make([]string, len(parts))
			for i, s := range parts {
				q[i] = p.Quote(s)
			}
			return strings.Join(q, ", ")
		},
	}
}

// displayTerms are terms as a reader sees them: a spelling kept only so
// that the screen matches it ("soeur" beside "sœur") is left out.
func displayTerms(terms []string) []string {
	fold := strings.NewReplacer("œ", "oe", "æ", "ae")
	var out, seen []string
	for _, t := range terms {
		if f := fold.Replace(t); !slices.Contains(seen, f) {
			seen = append(seen, f)
			out = append(out, t)
		}
	}
	return out
}

// article is the English indefinite article for a word: "an" before a
// vowel sound ("an uncle", "an in-law"), "a" otherwise ("a sister", "a
// uniform"). It goes by the spelling, with the common exceptions.
func article(word string) string {
	w := strings.ToLower(strings.TrimSpace(word))
	for _, p := range []string{"uni", "use", "usu", "eu", "one", "once"} {
		if strings.HasPrefix(w, p) {
			return "a"
		}
	}
	for _, p := range []string{"hour", "honest", "honou", "heir"} {
		if strings.HasPrefix(w, p) {
			return "an"
		}
	}
	if w != "" && strings.ContainsRune("aeiou", rune(w[0])) {
		return "an"
	}
	return "a"
}

// Quote quotes a value the language's way: "value" in English (as Go
// writes it, control characters escaped), « value » in French.
func (p *Printer) Quote(s string) string {
	q := strconv.Quote(s)
	if p.lang != "fr" {
		return q
	}
	return "«\u00a0" + strings.ReplaceAll(q[1:len(q)-1], `\"`, `"`) + "\u00a0»"
}

// AnyOf joins "a, b and c" with the word of message conj (list.or, list.and).
func (p *Printer) AnyOf(parts []string, conj string) string {
	if len(parts) < 2 {
		return strings.Join(parts, "")
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " " + p.Text(conj, nil) + " " + parts[len(parts)-1]
}

// anyOf joins "a, b or c" in the printer's language.
func (p *Printer) anyOf(parts []string) string {
	switch len(parts) {
	case 0:
		return ""
	case 1:
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " " + p.Text("list.or", nil) + " " + parts[len(parts)-1]
}

// Text returns message id filled with data. A message with plural forms
// is chosen by data["count"], else data["words"]. An id no file has comes
// back as itself, so a gap shows instead of hiding.
func (p *Printer) Text(id string, data map[string]any) string {
	all := load().byLang
	m, ok := all[p.lang][id]
	lang := p.lang
	if !ok {
		m, ok = all[Default][id]
		lang = Default
	}
	if !ok {
		return id
	}
	n, counted := 0, false
	for _, k := range []string{"count", "words"} {
		if v, ok := data[k].(int); ok {
			n, counted = v, true
			break
		}
	}
	src, form := p.form(m, n, counted)
	if !strings.Contains(src, "{{") {
		return src
	}
	key := lang + " " + id + " " + form
	p.mu.Lock()
	t, ok := p.cache[key]
	if !ok {
		var err error
		t, err = template.New(id).Funcs(p.funcs()).Parse(src)
		if err != nil {
			p.mu.Unlock()
			return src // the tests parse every message
		}
		p.cache[key] = t
	}
	p.mu.Unlock()
	var b strings.Builder
	if err := t.Execute(&b, data); err != nil {
		return src
	}
	return b.String()
}

// Finding words a finding: required.* from the catalog's field table,
// everything else from the message files.
func (p *Printer) Finding(f criteria.Finding) string {
	if field, ok := strings.CutPrefix(f.Rule, "required."); ok {
		fl, known := catalog.Default().Field(field)
		if known && len(fl.Missing) > 0 {
			return p.Catalog(fl.Missing, f.Args, nil)
		}
		q := field
		if known && len(fl.Question) > 0 {
			q = fl.Question.In(p.lang)
		}
		return p.Text("required.fact", map[string]any{"question": q})
	}
	return p.Text(f.Message(), f.Args)
}

// Catalog returns a catalog text in the printer's language, its template
// (if any) filled with data and, through field, the applicant's answers.
func (p *Printer) Catalog(t catalog.Text, data any, field func(string) string) string {
	return p.CatalogFuncs(t, data, field, nil)
}

// CatalogFuncs is Catalog with template functions of the caller's (the
// request's "new") in place of the catalog's own.
func (p *Printer) CatalogFuncs(t catalog.Text, data any, field func(string) string, more template.FuncMap) string {
	s := t.In(p.lang)
	if !strings.Contains(s, "{{") {
		return s
	}
	funcs := catalog.TemplateFuncs(field)
	funcs["anyOf"] = p.anyOf
	maps.Copy(funcs, more)
	tm, err := template.New("").Funcs(funcs).Parse(s)
	if err != nil {
		return s // the catalog's tests parse every template
	}
	var b strings.Builder
	if err := tm.Execute(&b, data); err != nil {
		return s
	}
	return b.String()
}
