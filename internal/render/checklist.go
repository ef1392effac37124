package render

import (
	"slices"
	"strings"
	"unicode"

	"github.com/expedite/expedite/internal/answers"
	"github.com/expedite/expedite/internal/catalog"
	"github.com/expedite/expedite/internal/criteria"
	"github.com/expedite/expedite/internal/msg"
)

// Item is one document to bring. Held marks a document the applicant said
// they already hold.
type Item struct {
	Text string
	Held bool
	// Proves says which claims of the request the document proves (proof
	// documents only; "" for the others).
	Proves string
}

// Section is a titled group of checklist items.
type Section struct {
	Title string
	Items []Item
}

// Checklist lists, in English, the documents this case calls for.
func Checklist(a *answers.Answers) []Section {
	return ChecklistFor(criteria.Assess(a, criteria.Options{}), msg.For(msg.Default))
}

// ChecklistFor lists the documents an assessed case calls for, and only
// those: no marriage certificate without a spouse, no status proof for a
// citizen. The documents are the catalog's.
func ChecklistFor(as *criteria.Assessment, p *msg.Printer) []Section {
	a, co := as.Answers, as.Country
	field := display(as, p)
	items := func(list []catalog.Item, data any) []Item {
		var out []Item
		for _, it := range list {
			if it.Unless != "" && a.Get(it.Unless) == "true" {
				continue
			}
			if it.When != nil && strings.TrimSpace(a.Get(it.When.Field)) != it.When.Equals {
				continue
			}
			out = append(out, Item{Text: p.Catalog(it.Text, data, field)})
		}
		return out
	}
	secs := []Section{{Title: p.Text("checklist.always", nil), Items: items(co.Documents.Always, nil)}}

	var family []Item
	if a.Companions.Spouse {
		family = append(family, items(co.Documents.Spouse, nil)...)
	}
	for i := 1; i <= a.Companions.Children; i++ {
		family = append(family, items(co.Documents.Child, map[string]any{"N": i, "Of": a.Companions.Children})...)
	}
	if len(family) > 0 {
		secs = append(secs, Section{Title: p.Text("checklist.family", nil), Items: family})
	}
	var held []Item
	for _, e := range a.Evidence {
		if v := one(e); v != "" {
			held = append(held, Item{Text: v, Held: true})
		}
	}
	var proof []Item
	if as.Criterion != nil {
		proof = items(as.Criterion.Checklist, nil)
	}
	if proof = mergeHeld(proof, held); len(proof) > 0 {
		for i := range proof {
			proof[i].Proves = proves(as, p, proof[i].Text)
		}
		title := p.Text("checklist.proof", nil)
		if as.Criterion == nil {
			title = p.Text("checklist.held", nil)
		}
		secs = append(secs, Section{Title: title, Items: proof})
	}
	return append(secs, Section{Title: p.Text("checklist.ties", nil), Items: items(co.Documents.Ties, nil)})
}

// mergeHeld lists each proof document once: the documents the applicant
// holds, ticked, in their own words, then the catalog's proof documents
// that none of them stands for, to get. A held document stands for a
// catalog line when they share at least two content words ("Letter from
// Dr. A. Lee ... describing the condition" for "Letter from the attending
// US doctor or hospital about your relative's condition"); a line that
// offers an alternative to the one before ("Or, after a death: ...") goes
// with it. When unsure, both lines stay: a document too many on the list
// costs less than one missing.
func mergeHeld(proof, held []Item) []Item {
	if len(held) == 0 {
		return proof
	}
	out := slices.Clone(held)
	covered := false
	for _, it := range proof {
		if isAlternative(it.Text) {
			if !covered {
				out = append(out, it)
			}
			continue
		}
		covered = false
		for _, h := range held {
			if sharedWords(it.Text, h.Text) >= 2 {
				covered = true
				break
			}
		}
		if !covered {
			out = append(out, it)
		}
	}
	return out
}

// isAlternative says whether a checklist line offers another document in
// place of the line before it.
func isAlternative(s string) bool {
	l := strings.ToLower(strings.TrimSpace(s))
	return strings.HasPrefix(l, "or,") || strings.HasPrefix(l, "or ") || strings.HasPrefix(l, "ou,") || strings.HasPrefix(l, "ou ")
}

// minorWords are left out when comparing two document names (English and
// French).
var minorWords = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "from": true, "for": true, "to": true, "or": true, "and": true,
	"your": true, "my": true, "with": true, "about": true, "its": true, "on": true, "in": true, "by": true, "us": true,
	"le": true, "la": true, "les": true, "de": true, "du": true, "des": true, "un": true, "une": true, "ou": true,
	"et": true, "votre": true, "vos": true, "mon": true, "ma": true, "mes": true, "sur": true, "aux": true, "au": true,
	"l": true, "d": true, "en": true, "avec": true,
}

// sharedWords counts the content words two document names have in common.
func sharedWords(a, b string) int {
	words := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			if !minorWords[w] && len([]rune(w)) > 1 {
				m[strings.TrimSuffix(w, "s")] = true
			}
		}
		return m
	}
	n, wb := 0, words(b)
	for w := range words(a) {
		if wb[w] {
			n++
		}
	}
	return n
}

func texts(ts []catalog.Text, p *msg.Printer) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = p.Catalog(t, nil, nil)
	}
	return out
}

// NextSteps is the official process, in order, for this case: a step the
// case has already done (a DS-160 number given) words itself away, as
// empty text, and is left out.
func NextSteps(p *msg.Printer, a *answers.Answers) []string {
	var out []string
	for _, t := range catalog.Default().Country().NextSteps {
		if s := strings.TrimSpace(p.Catalog(t, nil, a.Get)); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// InterviewTips are short and practical.
func InterviewTips(p *msg.Printer) []string { return texts(catalog.Default().Country().Tips, p) }

// Warnings are the facts that cost applicants most.
func Warnings(p *msg.Printer) []string { return texts(catalog.Default().Country().Warnings, p) }

// RegularPlan is the catalog's plan for a regular appointment, for a case
// that does not qualify, worded for the applicant's post (its id; empty or
// unknown gives the general advice): the posts paired with it, applying
// one by one, the reschedule limit and the lockout, applying abroad, the
// scam warning.
func RegularPlan(p *msg.Printer, post string) []string {
	co := catalog.Default().Country()
	data := map[string]string{"AllPairs": allPairs(co, p)}
	if pp, ok := co.LookupPost(strings.TrimSpace(post)); ok {
		data["Post"] = pp.Name.In(p.Lang())
		var pairs []string
		for _, id := range pp.Pairs {
			if q, ok := co.LookupPost(id); ok {
				pairs = append(pairs, q.Name.In(p.Lang()))
			}
		}
		switch n := len(pairs); {
		case n == 1:
			data["Pairs"] = pairs[0]
		case n > 1:
			data["Pairs"] = strings.Join(pairs[:n-1], ", ") + " " + p.Text("list.or", nil) + " " + pairs[n-1]
		}
	}
	var out []string
	for _, t := range co.RegularPlan {
		if s := strings.TrimSpace(p.Catalog(t, data, nil)); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// allPairs lists the pairs of posts once each, "Calgary/Vancouver,
// Montreal/Ottawa, Ottawa/Toronto", in the catalog's order.
func allPairs(co *catalog.Country, p *msg.Printer) string {
	var out []string
	seen := map[string]bool{}
	for _, a := range co.Posts {
		for _, id := range a.Pairs {
			b, ok := co.LookupPost(id)
			if !ok {
				continue
			}
			x, y := a, b
			if y.ID < x.ID {
				x, y = y, x
			}
			if key := x.ID + "/" + y.ID; !seen[key] {
				seen[key] = true
				out = append(out, x.Name.In(p.Lang())+"/"+y.Name.In(p.Lang()))
			}
		}
	}
	return strings.Join(out, ", ")
}

// proves words the claims a document proves, as the engine links them:
// "Proves: your relationship to your relative", or "" for none.
func proves(as *criteria.Assessment, p *msg.Printer, doc string) string {
	var claims []string
	for _, id := range criteria.ClaimsOf(as, doc) {
		if c, ok := claimOf(as.Criterion, id); ok {
			claims = append(claims, p.Catalog(c.Claim, nil, nil))
		}
	}
	if len(claims) == 0 {
		return ""
	}
	return p.Text("checklist.proves", map[string]any{"claims": strings.Join(claims, "; ")})
}
