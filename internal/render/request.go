// Package render turns a case into the applicant's two deliverables: the
// plain-text request to paste into the official box, and the PDF checklist
// of documents to bring to the interview. What to write comes from the
// catalog, what the dates mean from the engine's assessment.
package render

import (
	"fmt"
	"strings"
	"text/template"
	"unicode/utf8"

	"github.com/expedite/expedite/internal/answers"
	"github.com/expedite/expedite/internal/catalog"
	"github.com/expedite/expedite/internal/criteria"
	"github.com/expedite/expedite/internal/msg"
	"github.com/expedite/expedite/internal/safetext"
	"github.com/expedite/expedite/templates"
)

var requestTmpl = template.Must(template.New("request.txt.tmpl").ParseFS(templates.FS, "request.txt.tmpl"))

// fact is one labelled line of the request ("Relative: Paul Tremblay").
type fact struct{ Label, Value string }

// requestData is what the request template sees: the answers, cleaned and
// arranged, with nothing added that the applicant did not give.
type requestData struct {
	Heading       string
	Opening       string
	Facts         []fact
	Description   string
	Urgency       string
	EvidenceIntro string
	Colon         string // after a fact's label: ": ", or " : " in French
	Evidence      []string
	Applicant     string
}

// one cleans a single-line value: control characters out, spaces single.
func one(s string) string { return strings.Join(strings.Fields(safetext.Plain(s)), " ") }

func addFact(fs []fact, label, value string) []fact {
	if v := one(value); v != "" {
		return append(fs, fact{label, v})
	}
	return fs
}

// display returns the answer at path as the request words it: a date
// spelled out, a choice in the option's words, text cleaned.
func display(as *criteria.Assessment, p *msg.Printer) func(string) string {
	cat := catalog.Default()
	return func(path string) string {
		v := as.Answers.Get(path)
		f, ok := cat.Field(path)
		if !ok {
			return one(v)
		}
		switch f.Type {
		case catalog.TypeDate:
			d, err := answers.ParseDate(strings.TrimSpace(v))
			if err != nil {
				return one(v)
			}
			return LongDate(d, p)
		case catalog.TypeChoice:
			worded := false
			for _, o := range f.Options {
				if o.Value == v && len(o.Request) > 0 {
					return o.Request.In(p.Lang())
				}
				worded = worded || len(o.Request) > 0
			}
			if worded {
				return "" // a value the request has no words for is left out
			}
		}
		return one(v)
	}
}

// postName returns "the Montreal post", or "my post" when none was given.
func postName(as *criteria.Assessment, p *msg.Printer) string {
	if po, ok := as.Country.LookupPost(as.Answers.Applicant.Post); ok {
		return p.Text("render.post", map[string]any{"name": po.Name.In(p.Lang())})
	}
	return p.Text("render.post.none", nil)
}

// urgency states the dates that show the request is needed, as the engine
// worked them out: the first regular appointment against the travel or
// program date.
func urgency(as *criteria.Assessment, p *msg.Printer) string {
	a := as.Answers
	if a.FirstAvailable.IsZero() {
		return ""
	}
	lead := p.Text("render.urgency.first", map[string]any{"post": postName(as, p), "first": LongDate(a.FirstAvailable, p)})
	switch {
	case as.ProgramLead > 0:
		return p.Text("render.urgency.program", map[string]any{"lead": lead, "count": as.ProgramLead, "start": LongDate(as.Start, p)})
	case as.TravelLead > 0:
		return p.Text("render.urgency.before", map[string]any{"lead": lead, "count": as.TravelLead})
	case as.InWindow:
		return p.Text("render.urgency.window", map[string]any{"lead": lead, "travel": LongDate(a.TravelDate, p), "window": as.WindowDays})
	}
	return p.Text("render.urgency.end", map[string]any{"lead": lead})
}

// facts lists the criterion's lines: its own request lines, or one line
// per fact it asks.
func facts(as *criteria.Assessment, p *msg.Printer, field func(string) string) []fact {
	cat, cr := catalog.Default(), as.Criterion
	lines := cr.Request.Lines
	if len(lines) == 0 {
		for _, f := range cr.Facts {
			lines = append(lines, catalog.Line{Field: f.Field})
		}
	}
	var fs []fact
	for _, l := range lines {
		label, value := l.Label, ""
		if len(label) == 0 {
			label = cat.Label(cr, l.Field)
		}
		if len(l.Value) > 0 {
			value = p.Catalog(l.Value, nil, field)
		} else {
			value = field(l.Field)
		}
		fs = addFact(fs, p.Catalog(label, nil, nil), value)
	}
	return fs
}

// RequestText renders the text to paste into the official expedite box,
// in the answers' request_language (English when absent), normalised for
// a web form.
func RequestText(a *answers.Answers) (string, error) {
	return Request(criteria.Assess(a, criteria.Options{}), msg.For(RequestLang(a, msg.Default)))
}

// RequestLang is the language a case's request is written in: its
// request_language when that is a known language, else ui (the interface
// language).
func RequestLang(a *answers.Answers, ui string) string {
	for _, l := range msg.Languages() {
		if a.RequestLanguage == l {
			return l
		}
	}
	if ui == "" {
		return msg.Default
	}
	return ui
}

// official is the criterion's official wording; in another language it
// stays in the official language, with the translation beside it marked
// unofficial.
func official(as *criteria.Assessment, p *msg.Printer) string {
	cr, co := as.Criterion, as.Country
	if p.Lang() == co.OfficialLanguage {
		return cr.Official.In(p.Lang())
	}
	return p.Text("render.official.translated", map[string]any{
		"official": cr.Official.In(co.OfficialLanguage), "translation": cr.Official.In(p.Lang())})
}

// Request renders the request of an assessed case in p's language.
func Request(as *criteria.Assessment, p *msg.Printer) (string, error) {
	cr := as.Criterion
	if cr == nil {
		return "", fmt.Errorf("the case has no known criterion (%q); choose one first", as.Answers.Criterion)
	}
	a := as.Answers
	field := display(as, p)
	travel := LongDate(a.TravelDate, p)
	if travel == "" {
		travel = p.Text("render.travel.unknown", nil)
	}
	opening := cr.Request.Opening
	if len(opening) == 0 {
		opening = as.Country.RequestOpening
	}
	d := requestData{
		Heading:       p.Text("render.heading", map[string]any{"title": cr.Title.In(p.Lang())}),
		Opening:       p.Catalog(opening, map[string]any{"TravelDate": travel, "Official": official(as, p)}, field),
		Facts:         facts(as, p, field),
		Description:   safetext.Plain(a.Description),
		Urgency:       urgency(as, p),
		EvidenceIntro: p.Text("render.evidence", nil),
		Colon:         p.Text("render.colon", nil),
		Applicant:     one(a.Applicant.Name),
	}
	for _, e := range a.Evidence {
		if v := one(e); v != "" {
			d.Evidence = append(d.Evidence, v)
		}
	}
	if ds := one(a.Applicant.DS160); ds != "" && d.Applicant != "" {
		d.Applicant = p.Text("render.signature.ds160", map[string]any{"name": d.Applicant, "ds160": ds})
	}
	var b strings.Builder
	if err := requestTmpl.Execute(&b, d); err != nil {
		return "", fmt.Errorf("render the request: %w", err)
	}
	return safetext.Plain(b.String()) + "\n", nil
}

// Counts returns the words and characters of a text, as the applicant sees
// them (characters, not bytes).
func Counts(text string) (words, chars int) {
	return criteria.WordCount(text), utf8.RuneCountInString(strings.TrimRight(text, "\n"))
}
