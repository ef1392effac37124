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

// fact is one labelled line of the request ("Attending physician or
// funeral home: Dr. A. Lee, +1-617-555-0100").
type fact struct{ Label, Value string }

// requestData is what the request template sees: the answers, cleaned and
// arranged, with nothing added that the applicant did not give. In order:
// the opening (the visa, the travel date and the emergency in plain
// words), the applicant's description, the facts neither states, why the
// regular appointment is too late, the documents held, the signature.
type requestData struct {
	Heading       string
	Opening       string
	Description   string
	Facts         []fact
	Urgency       string
	EvidenceIntro string
	Colon         string // after a fact's label: ": ", or " : " in French
	Evidence      []string
	Signature     string
}

// one cleans a single-line value: control characters out, spaces single.
func one(s string) string { return strings.Join(strings.Fields(safetext.Plain(s)), " ") }

// display returns the answer at path as the request words it: a date
// spelled out, a choice in the option's words, text cleaned and its ISO
// dates spelled out.
func display(as *criteria.Assessment, p *msg.Printer) func(string) string {
	cat := catalog.Default()
	return func(path string) string {
		v := as.Answers.Get(path)
		f, ok := cat.Field(path)
		if !ok {
			return spellDates(one(v), p)
		}
		switch f.Type {
		case catalog.TypeLine:
			if f.Kin && as.Country != nil {
				// "ma mère" in an English request is "mother"
				return as.Country.Rules.Relatives.KinIn(v, p.Lang())
			}
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
		return spellDates(one(v), p)
	}
}

// statedIn returns whether text states the answer at path, as the
// request words it.
func statedIn(as *criteria.Assessment, p *msg.Printer, field func(string) string, path, text string) bool {
	if f, ok := catalog.Default().Field(path); ok && f.Type == catalog.TypeDate {
		d, err := answers.ParseDate(strings.TrimSpace(as.Answers.Get(path)))
		return err != nil || dateStated(d, text, p)
	}
	return stated(field(path), text)
}

// postName returns "the Montreal post", or "my post" when none was given.
func postName(as *criteria.Assessment, p *msg.Printer) string {
	if po, ok := as.Country.LookupPost(as.Answers.Applicant.Post); ok {
		return p.Text("render.post", map[string]any{"name": po.Name.In(p.Lang())})
	}
	return p.Text("render.post.none", nil)
}

// urgency says once why the regular appointment is too late, with the
// engine's day counts and window: the first regular appointment against
// the travel or program date (which the opening states already).
func urgency(as *criteria.Assessment, p *msg.Printer) string {
	a := as.Answers
	if a.FirstAvailable.IsZero() {
		return ""
	}
	lead := p.Text("render.urgency.first", map[string]any{"post": postName(as, p), "first": LongDate(a.FirstAvailable, p)})
	switch {
	case as.ProgramLead > 0:
		return p.Text("render.urgency.program", map[string]any{"lead": lead, "count": as.ProgramLead})
	case as.TravelLead > 0:
		return p.Text("render.urgency.before", map[string]any{"lead": lead, "count": as.TravelLead})
	case as.InWindow:
		return p.Text("render.urgency.window", map[string]any{"lead": lead, "window": as.WindowDays, "end": LongDate(as.WindowEnd, p)})
	}
	return p.Text("render.urgency.end", map[string]any{"lead": lead})
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

// Request renders the request of an assessed case in p's language.
func Request(as *criteria.Assessment, p *msg.Printer) (string, error) {
	d, err := compose(as, p)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	if err := requestTmpl.Execute(&b, d); err != nil {
		return "", fmt.Errorf("render the request: %w", err)
	}
	return safetext.Plain(b.String()) + "\n", nil
}

// compose arranges the request's parts for the template.
func compose(as *criteria.Assessment, p *msg.Printer) (requestData, error) {
	cr := as.Criterion
	if cr == nil {
		return requestData{}, fmt.Errorf("the case has no known criterion (%q); choose one first", as.Answers.Criterion)
	}
	a := as.Answers
	field := display(as, p)
	desc := strings.TrimSpace(spellDates(safetext.Plain(a.Description), p))
	// "new" gives a fact the description does not state yet.
	more := template.FuncMap{"new": func(path string) string {
		if statedIn(as, p, field, path, desc) {
			return ""
		}
		return field(path)
	},
		// The relationship in the request's language: "père" typed in an
		// English request is "father".
		"kin": func(s string) string { return as.Country.Rules.Relatives.KinIn(s, p.Lang()) },
	}
	opening := cr.Request.Opening
	if len(opening) == 0 {
		opening = as.Country.RequestOpening
	}
	open := p.CatalogFuncs(opening, map[string]any{"TravelDate": LongDate(a.TravelDate, p)}, field, more)
	if strings.HasSuffix(open, "..") && !strings.HasSuffix(open, "...") {
		open = open[:len(open)-1] // a value ending in "Inc." before the sentence's own period
	}
	d := requestData{
		Heading:       p.Text("render.heading", map[string]any{"title": cr.Title.In(p.Lang())}),
		Opening:       open,
		Description:   desc,
		Urgency:       urgency(as, p),
		EvidenceIntro: p.Text("render.evidence", nil),
		Colon:         p.Text("render.colon", nil),
		Signature:     one(a.Applicant.Name),
	}
	// The criterion's facts that neither the opening nor the description
	// states, in the catalog's order.
	said := d.Opening + "\n" + desc
	for _, f := range cr.Facts {
		v := field(f.Field)
		if v == "" || statedIn(as, p, field, f.Field, said) {
			continue
		}
		d.Facts = append(d.Facts, fact{p.Catalog(catalog.Default().Label(cr, f.Field), nil, nil), v})
	}
	for _, e := range a.Evidence {
		if v := one(e); v != "" {
			d.Evidence = append(d.Evidence, spellDates(v, p))
		}
	}
	if ds := one(a.Applicant.DS160); ds != "" && d.Signature != "" {
		d.Signature = p.Text("render.signature.ds160", map[string]any{"name": d.Signature, "ds160": ds})
	}
	return d, nil
}

// Counts returns the words and characters of a text, as the applicant sees
// them (characters, not bytes).
func Counts(text string) (words, chars int) {
	return criteria.WordCount(text), utf8.RuneCountInString(strings.TrimRight(text, "\n"))
}
