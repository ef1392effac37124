package criteria

import (
	"slices"
	"strings"

	"github.com/expedite/expedite/internal/catalog"
	"github.com/expedite/expedite/internal/prose"
)

// Pitfall rule ids: weak writing that sinks requests.
const (
	RuleVague      = "pitfall.vague"
	RuleEmotional  = "pitfall.emotional"
	RuleNoEvidence = "pitfall.no-evidence"
	RuleTooLong    = "pitfall.too-long"
)

// minWords: a description shorter than this is vague whatever it says.
const minWords = 20

// screenText runs the prose rules every text gets, with or without a
// criterion (cr may be nil): the reasons never accepted, then the
// pitfalls. Check and Lint both call it, so the wizard's hints, check,
// lint and the review say the same; a long text read in pieces gets the
// same rules and the same merge (lintLong).
func screenText(co *catalog.Country, cr *catalog.Criterion, r *reading, maxWords int) []Finding {
	words := WordCount(r.text)
	if words == 0 {
		return nil
	}
	return mergePieces([]pieceResult{pieceOf(co, cr, r, false)}, cr, r.field, words, maxWords)
}

// emotionalFinding quotes up to four pleas of the text (begging, "please
// please", « je vous en supplie », shouting, "!!").
func emotionalFinding(r *reading) (Finding, bool) {
	appeals := r.doc.Appeals()
	if len(appeals) == 0 {
		return Finding{}, false
	}
	slices.SortStableFunc(appeals, func(a, b prose.Span) int { return a.Start - b.Start })
	first := appeals[0]
	var quoted []string
	seen := map[string]bool{}
	for _, a := range appeals {
		q := r.quote(a)
		if k := strings.ToLower(q); !seen[k] && len(quoted) < 4 {
			seen[k] = true
			quoted = append(quoted, clip(q, 40))
		}
	}
	f := newFinding(RuleEmotional, Warning, r.field, map[string]any{"quoted": quoted, "count": len(quoted)})
	f.Match = r.quote(first)
	return r.at(f, first.Start), true
}
