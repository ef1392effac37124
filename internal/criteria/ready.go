package criteria

import (
	"sort"
	"strings"
	"sync"

	"github.com/expedite/expedite/internal/catalog"
)

// Readiness is the engine's answer to "can this request be sent?": most
// posts consider one request only, so it is checked before it is sent.
// It lists what the criterion's request needs (from the catalog): each
// fact present or missing, the date rule met or not, and each claim the
// request makes backed by a document the applicant holds or not. The
// wizard, check --explain and the PDF show it; they decide nothing.
type Readiness struct {
	Ready    bool         `json:"ready"`
	Errors   int          `json:"errors"`   // error findings: the request would be refused
	Warnings int          `json:"warnings"` // warning findings: weigh them before sending
	Facts    []FactCheck  `json:"facts"`
	Date     DateCheck    `json:"date"`
	Claims   []ClaimCheck `json:"claims"`
}

// FactCheck is one fact the criterion's request needs.
type FactCheck struct {
	Field    string `json:"field"`
	Required bool   `json:"required"` // missing, it is also a required.* error
	Present  bool   `json:"present"`
}

// DateCheck is the criterion's date rule against the dates given.
type DateCheck struct {
	Rule  string `json:"rule"`  // window, program-start or none
	Known bool   `json:"known"` // the dates the rule needs are given
	Met   bool   `json:"met"`
}

// ClaimCheck is one claim the request makes and the documents held that
// prove it (indexes into the answers' evidence list).
type ClaimCheck struct {
	Claim     string `json:"claim"`
	Backed    bool   `json:"backed"`
	Documents []int  `json:"documents"`
}

// Proves returns, for each document the applicant holds (by index in the
// evidence list), the ids of the claims it proves.
func (r Readiness) Proves(n int) [][]string {
	out := make([][]string, n)
	for _, c := range r.Claims {
		for _, i := range c.Documents {
			if i >= 0 && i < n {
				out[i] = append(out[i], c.Claim)
			}
		}
	}
	return out
}

// MissingFacts lists the fields of the facts not given.
func (r Readiness) MissingFacts() []string {
	var ps []string
	for _, f := range r.Facts {
		if !f.Present {
			ps = append(ps, f.Field)
		}
	}
	return ps
}

// Unbacked lists the claims no document proves.
func (r Readiness) Unbacked() []string {
	var ids []string
	for _, c := range r.Claims {
		if !c.Backed {
			ids = append(ids, c.Claim)
		}
	}
	return ids
}

// ClaimsOf returns the ids of the claims of the case's criterion that a
// document of this name proves, by the same reading as the readiness
// list's (the checklist shows, for each document, the claim it proves).
func ClaimsOf(as *Assessment, doc string) []string {
	if as.Criterion == nil {
		return nil
	}
	toks := docTokens(doc)
	var ids []string
	for i := range as.Criterion.Claims {
		c := &as.Criterion.Claims[i]
		if c.When != nil && strings.TrimSpace(as.Answers.Get(c.When.Field)) != c.When.Equals {
			continue
		}
		if len(toks) > 0 && claimPhrases(c, as.Answers.Get).in(toks, 0, len(toks)) {
			ids = append(ids, c.ID)
		}
	}
	return ids
}

// readiness works out the checklist once the findings are known.
func readiness(s *state) Readiness {
	as, cr, a := s.as, s.cr, s.a
	errs, warns, _ := Count(as.Findings)
	r := Readiness{Errors: errs, Warnings: warns, Facts: []FactCheck{}, Claims: []ClaimCheck{}, Date: DateCheck{Rule: catalog.DateNone, Known: true, Met: true}}
	if cr == nil {
		return r
	}
	for _, f := range cr.Facts {
		r.Facts = append(r.Facts, FactCheck{Field: f.Field, Required: f.Required, Present: !isBlank(a.Get(f.Field))})
	}
	r.Date.Rule = cr.DateRule.Kind
	switch cr.DateRule.Kind {
	case catalog.DateWindow:
		r.Date.Known = !a.TravelDate.IsZero() && !a.FirstAvailable.IsZero()
		r.Date.Met = r.Date.Known && (as.TravelLead > 0 || as.InWindow)
	case catalog.DateProgramStart:
		r.Date.Known = !as.Start.IsZero() && !a.FirstAvailable.IsZero()
		r.Date.Met = as.ProgramLead > 0
	}
	docs := make([][]token, len(a.Evidence))
	for i, e := range a.Evidence {
		docs[i] = docTokens(e)
	}
	for ci := range cr.Claims {
		c := &cr.Claims[ci]
		if c.When != nil && strings.TrimSpace(a.Get(c.When.Field)) != c.When.Equals {
			continue
		}
		cc := ClaimCheck{Claim: c.ID, Documents: []int{}}
		set := claimPhrases(c, a.Get)
		for i, toks := range docs {
			if len(toks) > 0 && set.in(toks, 0, len(toks)) {
				cc.Documents = append(cc.Documents, i)
			}
		}
		cc.Backed = len(cc.Documents) > 0
		r.Claims = append(r.Claims, cc)
	}
	r.Ready = errs == 0 && len(r.MissingFacts()) == 0 && r.Date.Met && len(r.Unbacked()) == 0
	return r
}

// claimPhrases are the words that show a document proves a claim: the
// catalog's terms in every language, and the name in each of the claim's
// fields (the part before a comma or a bracket: "Acme Robotics Inc.").
func claimPhrases(c *catalog.Claim, get func(string) string) claimSet {
	var names []string
	for _, f := range c.Fields {
		name, _, _ := strings.Cut(get(f), "(")
		name, _, _ = strings.Cut(name, ",")
		if toks := docTokens(name); len(toks) > 0 {
			names = append(names, lows(toks))
		}
	}
	return claimSet{terms: claimTerms(c), names: phrases(names...)}
}

// claimSet is a claim's catalog terms (built once) and the names the
// applicant gave in its fields.
type claimSet struct{ terms, names *phraseSet }

func (c claimSet) in(toks []token, lo, hi int) bool {
	return c.terms.in(toks, lo, hi) || c.names.in(toks, lo, hi)
}

// claimTermsOf caches each claim's catalog terms as phrases: they are
// the same for every case checked (a batch checks thousands).
var claimTermsOf sync.Map // *catalog.Claim -> *phraseSet

func claimTerms(c *catalog.Claim) *phraseSet {
	if l, ok := claimTermsOf.Load(c); ok {
		return l.(*phraseSet)
	}
	var list []string
	for _, words := range c.Terms {
		for _, w := range words {
			stem, star := strings.CutSuffix(w, "*")
			if toks := docTokens(stem); len(toks) > 0 {
				p := lows(toks)
				if star {
					p += "*"
				}
				list = append(list, p)
			}
		}
	}
	sort.Strings(list) // the terms come from a map: one order every time
	set := phrases(list...)
	claimTermsOf.Store(c, set)
	return set
}

// docTokens are the words of a document's name, French elisions taken
// off ("l'acte" is "acte").
func docTokens(s string) []token {
	toks := tokenize(s, nil)
	for i, t := range toks {
		if k := strings.IndexByte(t.low, '\''); k > 0 && k <= 2 {
			toks[i].low = t.low[k+1:]
		}
	}
	return toks
}

func lows(toks []token) string {
	ws := make([]string, len(toks))
	for i, t := range toks {
		ws[i] = t.low
	}
	return strings.Join(ws, " ")
}
