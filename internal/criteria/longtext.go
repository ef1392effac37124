package criteria

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/expedite/expedite/internal/catalog"
	"github.com/expedite/expedite/internal/prose"
)

// lintPiece is the size of the pieces a long text is read in. A request
// is a page; a text many times longer (a helper's file of many requests)
// is read a piece at a time with one vocabulary, so its memory stays that
// of a piece and each distinct word is folded, stemmed and matched once.
const lintPiece = 64 << 10

// pieces cuts text into pieces of about lintPiece bytes, each ending at a
// paragraph break (a blank line) when there is one within a second
// lintPiece, else at a line end, else at a space.
func pieces(text string) []int {
	var ends []int
	for start := 0; start < len(text); {
		end := start + lintPiece
		if end >= len(text) {
			ends = append(ends, len(text))
			break
		}
		window := text[end:min(len(text), end+lintPiece)]
		switch {
		case strings.Contains(window, "\n\n"):
			end += strings.Index(window, "\n\n") + 2
		case strings.Contains(window, "\n"):
			end += strings.Index(window, "\n") + 1
		case strings.Contains(window, " "):
			end += strings.Index(window, " ") + 1
		default:
			end += len(window)
			for end < len(text) && !utf8.RuneStart(text[end]) {
				end-- // never inside a character
			}
		}
		ends = append(ends, end)
		start = end
	}
	return ends
}

// lintLong is Lint for a text of several pieces: every rule reads each
// piece, and the findings are merged as one text's would be: a reason
// never accepted is reported once, where it first reads as the purpose;
// the specifics are looked for in the whole text; the pleas quoted are
// the first four; the places outside the US count only when no piece
// names one in the US.
func lintLong(co *catalog.Country, cr *catalog.Criterion, text string, maxWords int, field string) []Finding {
	lines := newLineIndex(text)
	v := prose.NewVocab()
	var doc *prose.Doc
	var fs []Finding
	fired, unclear := map[string]bool{}, map[string]bool{}
	needs := catalog.Specifics
	if cr != nil && len(cr.Screen.Specifics) > 0 {
		needs = cr.Screen.Specifics
	}
	has := map[string]bool{}
	var asks, foreseen, outside *Finding
	usPlaces := 0
	var pleas []string
	var firstPlea *Finding
	start := 0
	for _, end := range pieces(text) {
		doc = v.Parse(text[start:end], doc)
		r := readDoc(co, doc, field, lines, start)
		for _, f := range reasonFindings(co, r, false) {
			id := f.Args["reason"].(string)
			switch f.Rule {
			case RuleUnacceptableReason:
				if !fired[id] {
					fired[id] = true
					fs = append(fs, f)
				}
			case RuleUnclearPurpose:
				if !unclear[id] {
					unclear[id] = true
					fs = append(fs, f)
				}
			}
		}
		for _, n := range needs {
			has[n] = has[n] || r.has(n)
		}
		if asks == nil {
			if f, ok := asksForDateFinding(r); ok {
				asks = &f
			}
		}
		if f, ok := emotionalFinding(r); ok {
			if firstPlea == nil {
				firstPlea = &f
			}
			for _, q := range f.Args["quoted"].([]string) {
				if len(pleas) < 4 && !slices.ContainsFunc(pleas, func(p string) bool { return strings.EqualFold(p, q) }) {
					pleas = append(pleas, q)
				}
			}
		}
		if cr != nil && slices.Contains(cr.Screen.Rules, RuleForeseeable) && foreseen == nil {
			if f, ok := foreseeableFinding(r); ok {
				foreseen = &f
			}
		}
		if cr != nil && slices.Contains(cr.Screen.Rules, RuleOutsideUS) {
			us, other, where := countries(r.doc.Places())
			usPlaces += us
			if other > 0 && outside == nil {
				f := newFinding(RuleOutsideUS, Error, r.field, map[string]any{
					"place": r.quote(where), "sentence": r.sentence(r.doc.SentenceOf(where.Start))})
				f.Match = r.quote(where)
				f = r.at(f, where.Start)
				outside = &f
			}
		}
		start = end
	}
	// An unclear mention of a reason that reads as the purpose elsewhere
	// says nothing more.
	fs = slices.DeleteFunc(fs, func(f Finding) bool { return f.Rule == RuleUnclearPurpose && fired[f.Args["reason"].(string)] })
	words := WordCount(text)
	if words < minWords {
		f := newFinding(RuleVague, Warning, field, map[string]any{"words": words})
		f.MessageID = RuleVague + ".short"
		fs = append(fs, f)
	} else {
		var missing []string
		for _, n := range needs {
			if !has[n] {
				missing = append(missing, n)
			}
		}
		if len(missing) > 0 {
			fs = append(fs, newFinding(RuleNoSpecifics, Warning, field, map[string]any{"missing": missing}))
		}
	}
	if asks != nil {
		fs = append(fs, *asks)
	}
	if firstPlea != nil {
		firstPlea.Args["quoted"], firstPlea.Args["count"] = pleas, len(pleas)
		fs = append(fs, *firstPlea)
	}
	if words > maxWords {
		fs = append(fs, newFinding(RuleTooLong, Warning, field, map[string]any{"words": words, "max": maxWords}))
	}
	if foreseen != nil {
		fs = append(fs, *foreseen)
	}
	if outside != nil && usPlaces == 0 {
		fs = append(fs, *outside)
	}
	return fs
}
