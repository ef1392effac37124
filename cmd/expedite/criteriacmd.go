package main

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/expedite/expedite/internal/catalog"
	"github.com/expedite/expedite/internal/msg"
)

// criterionJSON is one criterion in --format json, in one language.
type criterionJSON struct {
	ID       string     `json:"id"`
	Letter   string     `json:"letter"`
	Title    string     `json:"title"`
	Short    string     `json:"short"`
	Official string     `json:"official"`
	Needs    []string   `json:"needs"`
	Proof    []string   `json:"proof"`
	Typical  []string   `json:"typical"`
	DateRule string     `json:"date_rule"`
	Window   int        `json:"window_days,omitempty"`
	Source   sourceJSON `json:"source"`
}

// sourceJSON is a source in one language. Checked false means nobody
// read the live page: Via says where the facts came from and Note says to
// check the page.
type sourceJSON struct {
	ID      string `json:"id"`
	URL     string `json:"url"`
	Read    string `json:"read"`
	Checked bool   `json:"checked"`
	Via     string `json:"via,omitempty"`
	Note    string `json:"note,omitempty"`
	About   string `json:"about"`
}

// sourceStatus words when a source was read, and says plainly when its
// live page is still to be checked.
func sourceStatus(p *msg.Printer, s catalog.Source) string {
	if s.Checked {
		return p.Text("criteria.source.checked", map[string]any{"read": s.Read})
	}
	return p.Text("criteria.source.unchecked", map[string]any{"read": s.Read, "via": s.Via.In(p.Lang())})
}

func newSourceJSON(p *msg.Printer, s catalog.Source) sourceJSON {
	j := sourceJSON{ID: s.ID, URL: s.URL, Read: s.Read, Checked: s.Checked, About: s.About.In(p.Lang())}
	if !s.Checked {
		j.Via, j.Note = s.Via.In(p.Lang()), sourceStatus(p, s)
	}
	return j
}

type postJSON struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	Nearby string `json:"nearby,omitempty"`
}

func in(ts []catalog.Text, lang string) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.In(lang)
	}
	return out
}

func runCriteria(c *criteriaCmd, e *env) error {
	format := &c.Format
	if len(c.Files) > 0 {
		return usage("criteria", "cli.err.criteria-no-file", nil)
	}
	p := printer()
	lang := p.Lang()
	co := catalog.Default().Country()
	source := func(id string) catalog.Source {
		s, _ := co.SourceByID(id)
		return s
	}
	if format.value == "json" {
		var crits []criterionJSON
		for _, c := range co.Criteria {
			cj := criterionJSON{ID: c.ID, Letter: c.Letter, Title: c.Title.In(lang), Short: c.Short.In(lang),
				Official: c.Official.In(lang), Needs: in(c.Needs, lang), Proof: in(c.Proof, lang), Typical: in(c.Typical, lang),
				DateRule: c.DateRule.Kind, Source: newSourceJSON(p, source(c.Source))}
			if c.DateRule.Kind == catalog.DateWindow {
				cj.Window = c.Window()
			}
			crits = append(crits, cj)
		}
		var never []string
		for _, r := range co.Reasons {
			never = append(never, r.Listed.In(lang))
		}
		var posts []postJSON
		for _, p := range co.Posts {
			pj := postJSON{ID: p.ID, Name: p.Name.In(lang)}
			if len(p.Pairs) > 0 {
				pj.Nearby = p.Pairs[0]
			}
			posts = append(posts, pj)
		}
		var sources []sourceJSON
		for _, s := range co.Sources {
			sources = append(sources, newSourceJSON(p, s))
		}
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(struct {
			Country       string          `json:"country"`
			Language      string          `json:"language"`
			Official      string          `json:"official_language"`
			Criteria      []criterionJSON `json:"criteria"`
			NeverAccepted []string        `json:"never_accepted"`
			Posts         []postJSON      `json:"posts"`
			Sources       []sourceJSON    `json:"sources"`
		}{co.ID, lang, co.OfficialLanguage, crits, never, posts, sources})
	}
	w := e.stdout
	fmt.Fprintln(w, p.Text("criteria.heading", map[string]any{"country": co.Name.In(lang)}))
	for _, c := range co.Criteria {
		fmt.Fprintf(w, "\n%s. %s\n", c.Letter, p.Text("criteria.title", map[string]any{"title": c.Title.In(lang), "id": c.ID}))
		// The official wording stays in the official language; another
		// language's text stands beside it, marked unofficial.
		fmt.Fprintf(w, "   %s\n", p.Text("criteria.official", map[string]any{"text": c.Official.In(co.OfficialLanguage)}))
		if lang != co.OfficialLanguage {
			fmt.Fprintf(w, "   %s\n", p.Text("criteria.unofficial", map[string]any{"text": c.Official.In(lang)}))
		}
		fmt.Fprintf(w, "   %s\n", p.Text("criteria.needs", nil))
		for _, n := range c.Needs {
			fmt.Fprintf(w, "   - %s\n", n.In(lang))
		}
		fmt.Fprintf(w, "   %s\n", p.Text("criteria.proof", map[string]any{"proof": strings.Join(in(c.Proof, lang), "; ")}))
		s := source(c.Source)
		fmt.Fprintf(w, "   %s\n", p.Text("criteria.source", map[string]any{"url": s.URL, "status": sourceStatus(p, s)}))
	}
	var windowed []string
	days := 0
	for _, c := range co.Criteria {
		if c.DateRule.Kind == catalog.DateWindow && c.DateRule.Late == "error" {
			windowed = append(windowed, c.Title.In(lang))
			days = c.Window()
		}
	}
	if len(windowed) > 0 {
		fmt.Fprintf(w, "\n%s\n", p.Text("criteria.window", map[string]any{"days": days, "criteria": windowed}))
	}
	fmt.Fprintf(w, "\n%s\n", p.Text("criteria.never", nil))
	for _, r := range co.Reasons {
		fmt.Fprintf(w, "   - %s\n", r.Listed.In(lang))
	}
	fmt.Fprintf(w, "\n%s\n", p.Text("criteria.esta", nil))
	fmt.Fprintf(w, "\n%s\n", p.Text("criteria.sources", nil))
	for _, s := range co.Sources {
		fmt.Fprintf(w, "   - %s\n", p.Text("criteria.source.item", map[string]any{"about": s.About.In(lang), "url": s.URL, "status": sourceStatus(p, s)}))
	}
	return nil
}
