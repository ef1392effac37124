package criteria

import (
	"runtime"
	"slices"
	"strings"
	"sync"
	"unicode"
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

// pieceResult is what the screening rules found in one text or one piece
// of a long text, before merging.
type pieceResult struct {
	reasons  []Finding // unacceptable-reason and unclear-purpose, in order
	has      map[string]bool
	asks     *Finding
	plea     *Finding
	foreseen *Finding // with the criterion's own rules only
	us       int
	outside  *Finding
}

// specificsNeeded are what pitfall.no-specifics asks of a text under cr
// (nil: none chosen).
func specificsNeeded(cr *catalog.Criterion) []string {
	if cr != nil && len(cr.Screen.Specifics) > 0 {
		return cr.Screen.Specifics
	}
	return catalog.Specifics
}

// pieceOf runs the screening rules on a reading; own adds the criterion's
// own prose rules (foreseeable, outside the US).
func pieceOf(co *catalog.Country, cr *catalog.Criterion, r *reading, own bool) pieceResult {
	pr := pieceResult{reasons: reasonFindings(co, r, false), has: map[string]bool{}}
	for _, n := range specificsNeeded(cr) {
		pr.has[n] = r.has(n)
	}
	if f, ok := asksForDateFinding(r); ok {
		pr.asks = &f
	}
	if f, ok := emotionalFinding(r); ok {
		pr.plea = &f
	}
	if own && cr != nil && slices.Contains(cr.Screen.Rules, RuleForeseeable) {
		if f, ok := foreseeableFinding(r); ok {
			pr.foreseen = &f
		}
	}
	if own && cr != nil && slices.Contains(cr.Screen.Rules, RuleOutsideUS) {
		us, other, where := countries(r.doc.Places())
		pr.us = us
		if other > 0 {
			f := outsideFinding(r, where)
			pr.outside = &f
		}
	}
	return pr
}

// mergePieces gives the findings of a text read in pieces, as one text's
// would be: a reason never accepted once, where it first reads as the
// purpose (an unclear mention of it elsewhere says nothing more); the
// specifics looked for in the whole text; the first four pleas; the
// first date asked for; a place outside the US only when no piece names
// one in the US.
func mergePieces(results []pieceResult, cr *catalog.Criterion, field string, words, maxWords int) []Finding {
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
	fs = slices.DeleteFunc(fs, func(f Finding) bool { return f.Rule == RuleUnclearPurpose && fired[f.Args["reason"].(string)] })
	if words < minWords {
		f := newFinding(RuleVague, Warning, field, map[string]any{"words": words})
		f.MessageID = RuleVague + ".short"
		fs = append(fs, f)
	} else {
		var missing []string
		for _, n := range specificsNeeded(cr) {
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

// lintLong is Lint for a text of several pieces: every rule reads each
// piece, the criterion's own ones included, and the findings are merged
// as one text's would be (mergePieces). The pieces are read on every CPU
// at once, each worker with a vocabulary of its own; the merge follows
// the text.
func lintLong(co *catalog.Country, cr *catalog.Criterion, text string, maxWords int, field string, as readAs) []Finding {
	lines := newLineIndex(text)
	ends := pieces(text)
	results := make([]pieceResult, len(ends))
	words := make([]int, len(ends)) // each piece's words, counted by its worker
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
				words[k] = WordCount(text[start:ends[k]])
				doc = v.Parse(text[start:ends[k]], doc)
				results[k] = pieceOf(co, cr, readDoc(co, doc, field, lines, start, as), true)
			}
		}()
	}
	wg.Wait()
	total := 0
	for k, n := range words {
		total += n
		if k > 0 && splitsWord(text, ends[k-1]) {
			total-- // a word cut in two by a piece's end is one word
		}
	}
	return mergePieces(results, cr, field, total, maxWords)
}

// splitsWord reports whether a cut of text at off falls inside a word:
// no space on either side.
func splitsWord(text string, off int) bool {
	if off <= 0 || off >= len(text) {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(text[:off])
	after, _ := utf8.DecodeRuneInString(text[off:])
	return !unicode.IsSpace(before) && !unicode.IsSpace(after)
}
