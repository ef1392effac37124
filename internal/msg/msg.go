// Package msg turns findings and the program's words into text in the
// reader's language, from message files (data/<lang>.yaml) read through
// go-i18n, which also chooses plural forms. Adding a language is adding
// its message file; a message it lacks falls back to English.
package msg

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strconv"
	"strings"
	"sync"
	"text/template"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"go.yaml.in/yaml/v3"
	"golang.org/x/text/language"

	"github.com/expedite/expedite/internal/catalog"
	"github.com/expedite/expedite/internal/criteria"
)

//go:embed data/*.yaml
var files embed.FS

// Default is the language used when none is asked for, and the fallback.
const Default = "en"

type messages struct {
	bundle *i18n.Bundle
	ids    map[string][]string // language -> message ids
}

var (
	loadOnce sync.Once
	loaded   *messages
	loadErr  error
)

func load() *messages {
	loadOnce.Do(func() { loaded, loadErr = parse(files) })
	if loadErr != nil {
		panic("msg: the embedded message files are invalid: " + loadErr.Error())
	}
	return loaded
}

// parse reads every data/<lang>.yaml message file of fsys.
func parse(fsys fs.FS) (*messages, error) {
	b := i18n.NewBundle(language.English)
	b.RegisterUnmarshalFunc("yaml", yaml.Unmarshal)
	m := &messages{bundle: b, ids: map[string][]string{}}
	names, err := fs.Glob(fsys, "data/*.yaml")
	if err != nil {
		return nil, err
	}
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		mf, err := b.ParseMessageFileBytes(data, path.Base(name))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		lang := strings.TrimSuffix(path.Base(name), ".yaml")
		for _, mm := range mf.Messages {
			m.ids[lang] = append(m.ids[lang], mm.ID)
		}
		slices.Sort(m.ids[lang])
	}
	if len(m.ids[Default]) == 0 {
		return nil, fmt.Errorf("data/%s.yaml: no English messages", Default)
	}
	return m, nil
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
	loc  *i18n.Localizer
}

var printers sync.Map

// For returns the printer of a language (English when it has no messages).
func For(lang string) *Printer {
	if p, ok := printers.Load(lang); ok {
		return p.(*Printer)
	}
	p := &Printer{lang: lang, loc: i18n.NewLocalizer(load().bundle, lang, Default)}
	printers.Store(lang, p)
	return p
}

// Lang returns the printer's language.
func (p *Printer) Lang() string { return p.lang }

// funcs are what message templates may call.
func (p *Printer) funcs() template.FuncMap {
	co := catalog.Default().Country()
	return template.FuncMap{
		"q":     strconv.Quote,
		"anyOf": p.anyOf,
		"a":     func(s string) string { return article(s) + " " + s },
		"A": func(s string) string {
			a := article(s)
			return strings.ToUpper(a[:1]) + a[1:] + " " + s
		},
		"reason": func(id string) string {
			if r, ok := co.Reason(id); ok {
				return r.Name.In(p.lang)
			}
			return id
		},
		"proof": func(id string) string {
			if cr, ok := co.Criterion(id); ok && len(cr.Proof) > 0 {
				return cr.Proof[0].In(p.lang)
			}
			return id
		},
		"missing": func(parts []string) string {
			words := make([]string, len(parts))
			for i, w := range parts {
				words[i] = p.Text("pitfall.vague."+w, nil)
			}
			return p.anyOf(words)
		},
		"quoted": func(parts []string) string {
			q := make([]string, len(parts))
			for i, s := range parts {
				q[i] = strconv.Quote(s)
			}
			return strings.Join(q, ", ")
		},
	}
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
	cfg := &i18n.LocalizeConfig{MessageID: id, TemplateData: data, Funcs: p.funcs()}
	for _, k := range []string{"count", "words"} {
		if n, ok := data[k].(int); ok {
			cfg.PluralCount = n
			break
		}
	}
	s, err := p.loc.Localize(cfg)
	if err != nil && s == "" {
		return id
	}
	return s
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
	s := t.In(p.lang)
	if !strings.Contains(s, "{{") {
		return s
	}
	funcs := catalog.TemplateFuncs(field)
	funcs["anyOf"] = p.anyOf
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
