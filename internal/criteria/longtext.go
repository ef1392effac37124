package criteria

import (
	"runtime"
	"slices"
	"strings"
	"sync"
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

// pieceResult is what the rules found in one piece, before merging.
type pieceResult struct {
	reasons  []Finding // unacceptable-reason and unclear-purpose, in order
	has      map[string]bool
	asks     *Finding
	plea     *Finding
	foreseen *Finding
	us       int
	outside  *Finding
}

// readPiece runs the rules on the piece [start, end) of text.
func readPiece(co *catalog.Country, cr *catalog.Criterion, v *prose.Vocab, reuse *prose.Doc, text string, lines lineIndex, start, end int, field string, needs []string) (pieceResult, *prose.Doc) {
	doc := v.Parse(text[start:end], reuse)
	r := readDoc(co, doc, field, lines, start)
	pr := pieceResult{reasons: reasonFindings(co, r, false), has: map[string]bool{}}
	for _, n := range needs {
		pr.has[n] = r.has(n)
	}
	if f, ok := asksForDateFinding(r); ok {
		pr.asks = &f
	}
	if f, ok := emotionalFinding(r); ok {
		pr.plea = &f
	}
	if cr != nil && slices.Contains(cr.Screen.Rules, RuleForeseeable) {
		if f, ok := foreseeableFinding(r); ok {
			pr.foreseen = &f
		}
	}
	if cr != nil && slices.Contains(cr.Screen.Rules, RuleOutsideUS) {
		us, other, where := countries(r.doc.Places())
		pr.us = us
		if other > 0 {
			f := newFinding(RuleOutsideUS, Error, r.field, map[string]any{
				"place": r.quote(where), "sentence": r.sentence(r.doc.SentenceOf(where.Start))})
			f.Match = r.quote(where)
			f = r.at(f, where.Start)
			pr.outside = &f
		}
	}
	return pr, doc
}

// lintLong is Lint for a text of several pieces: every rule reads each
// piece, and the findings are merged as one text's would be: a reason
// never accepted is reported once, where it first reads as the purpose;
// the specifics are looked for in the whole text; the pleas quoted are
// the first four; the places outside the US count only when no piece
// names one in the US. The pieces are read on every CPU at once, each
// worker with a vocabulary of its own; the merge follows the text.
func lintLong(co *catalog.Country, cr *catalog.Criterion, text string, maxWords int, field string) []Finding {
	lines := newLineIndex(text)
	needs := catalog.Specifics
	if cr != nil && len(cr.Screen.Specifics) > 0 {
		needs = cr.Screen.Specifics
	}
	ends := pieces(text)
	results := make([]pieceResult, len(ends))
	next := make(chan int, len(ends))
	for k := range ends {
		next <- k
	}
	close(next)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(ends)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v := prose.NewVocab()
			var doc *prose.Doc
			for k := range next {
				start := 0
				if k > 0 {
					start = ends[k-1]
				}
				results[k], doc = readPiece(co, cr, v, doc, text, lines, start, ends[k], field, needs)
			}
		}()
	}
	wg.Wait()

	var fs []Finding
	fired, unclear := map[string]bool{}, map[string]bool{}
	has := map[string]bool{}
	var asks, foreseen, outside, firstPlea *Finding
	usPlaces := 0
	var pleas []string
	for _, pr := range results {
		for _, f := range pr.reasons {
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
		for n, ok := range pr.has {
			has[n] = has[n] || ok
		}
		if asks == nil {
			asks = pr.asks
		}
		if f := pr.plea; f != nil {
			if firstPlea == nil {
				firstPlea = f
			}
			for _, q := range f.Args["quoted"].([]string) {
				if len(pleas) < 4 && !slices.ContainsFunc(pleas, func(p string) bool { return strings.EqualFold(p, q) }) {
					pleas = append(pleas, q)
				}
			}
		}
		if foreseen == nil {
			foreseen = pr.foreseen
		}
		usPlaces += pr.us
		if outside == nil {
			outside = pr.outside
		}
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
