package criteria

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Pitfall rule ids: weak writing that sinks requests.
const (
	RuleVague      = "pitfall.vague"
	RuleEmotional  = "pitfall.emotional"
	RuleNoEvidence = "pitfall.no-evidence"
	RuleTooLong    = "pitfall.too-long"
)

var (
	emotionalWords = phrases("please please", "i beg", "begging", "desperate", "desperately", "god bless", "i pray",
		"praying", "have mercy", "heartbroken", "heart broken", "i am devastated", "we are devastated",
		"i'm devastated", "my only hope", "our only hope",
		"my last hope", "our last hope", "in tears", "i am crying", "please help", "breaking my heart", "i can't live",
		"for the love of god")
	shoutWords = map[string]bool{"URGENT": true, "PLEASE": true, "HELP": true, "EMERGENCY": true, "IMMEDIATELY": true, "DYING": true, "ASAP": true, "NOW": true}

	monthWords = phrases("january", "jan", "february", "feb", "march", "mar", "april", "apr", "may", "june", "jun",
		"july", "jul", "august", "aug", "september", "sept", "sep", "october", "oct", "november", "nov", "december", "dec")
	whenWords = phrases("yesterday", "today", "tonight", "tomorrow", "last night", "last week", "last month",
		"this morning", "this week", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"days ago", "weeks ago", "hours ago", "day ago", "week ago")
	placeWords = phrases("hospital", "clinic", "medical center", "medical centre", "funeral home", "university",
		"college", "school", "headquarters", "office", "plant", "factory", "site", "stadium", "arena")
	placePreps = phrases("in", "at", "to", "from", "near")
	whoWords   = phrases("father", "mother", "dad", "mom", "mum", "parent", "parents", "son", "daughter", "child",
		"children", "brother", "sister", "sibling", "husband", "wife", "spouse", "grand*", "uncle", "aunt", "cousin",
		"employer", "company", "client", "customer", "manager", "boss", "ceo", "organizer", "organiser", "committee",
		"team", "doctor", "physician", "surgeon", "oncologist", "dr")
	fillerWords = phrases("family matter", "personal reason", "personal reasons", "personal matter", "urgent matter",
		"urgent reason", "urgent reasons", "urgent business matter", "various reasons", "presence is essential",
		"presence is required", "presence is needed", "presence is necessary", "it is important", "it is very important",
		"it is essential", "family emergency")
)

const minWords = 20

// pitfallFindings reports the weak-writing pitfalls of a text.
func pitfallFindings(p *prose, field string, maxWords int) []Finding {
	if len(p.toks) == 0 {
		return nil
	}
	var fs []Finding
	words := WordCount(p.text)
	if f, ok := p.vagueFinding(field, words); ok {
		fs = append(fs, f)
	}
	if f, ok := p.emotionalFinding(field); ok {
		fs = append(fs, f)
	}
	if words > maxWords {
		fs = append(fs, newFinding(RuleTooLong, Warning, field, map[string]any{"words": words, "max": maxWords}))
	}
	return fs
}

func isDigits(s string) bool {
	return s != "" && strings.IndexFunc(s, func(r rune) bool { return r < '0' || r > '9' }) < 0
}

// isDayNumber accepts 5, 21st, 3rd.
func isDayNumber(s string) bool {
	s = strings.TrimRight(s, "stndrh")
	return isDigits(s) && len(s) <= 2
}

// isNumericDate accepts 2026-11-20, 11/20, 20/11/2026.
func isNumericDate(s string) bool {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == '/' })
	if len(parts) < 2 || len(parts) > 3 || !strings.ContainsAny(s, "-/") {
		return false
	}
	for _, x := range parts {
		if !isDigits(x) {
			return false
		}
	}
	return true
}

func (p *prose) hasWhen() bool {
	t := p.toks
	for i := range t {
		if isNumericDate(t[i].low) || whenWords.matchAt(t, i, len(t)) > 0 {
			return true
		}
		if monthWords.matchAt(t, i, len(t)) > 0 &&
			((i+1 < len(t) && isDayNumber(t[i+1].low)) || (i > 0 && isDayNumber(t[i-1].low)) || (i > 1 && t[i-1].low == "of" && isDayNumber(t[i-2].low))) {
			return true
		}
	}
	return false
}

func isCapitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func (p *prose) hasWhere() bool {
	t := p.toks
	for i := range t {
		if placeWords.matchAt(t, i, len(t)) > 0 {
			return true
		}
		if i > 0 && isCapitalised(t[i].orig) && t[i].orig != "I" {
			prev := i - 1
			if t[prev].low == "the" && prev > 0 {
				prev--
			}
			if t[prev].sent == t[i].sent && placePreps.matchAt(t, prev, prev+1) > 0 {
				return true
			}
		}
		// ", MA" style state abbreviations.
		if len(t[i].orig) == 2 && strings.ToUpper(t[i].orig) == t[i].orig && t[i].start >= 2 && p.text[t[i].start-2:t[i].start] == ", " {
			return true
		}
	}
	return false
}

func isNameWord(s string) bool {
	return isCapitalised(s) && len(s) > 1 && strings.ToUpper(s) != s
}

func (p *prose) hasWho() bool {
	t := p.toks
	for i := range t {
		if whoWords.matchAt(t, i, len(t)) > 0 {
			return true
		}
		if i > 0 && isNameWord(t[i].orig) && isNameWord(t[i-1].orig) && p.text[t[i-1].end:t[i].start] == " " {
			return true
		}
	}
	return false
}

func (p *prose) vagueFinding(field string, words int) (Finding, bool) {
	if words < minWords {
		f := newFinding(RuleVague, Warning, field, map[string]any{"words": words})
		f.MessageID = RuleVague + ".short"
		return f, true
	}
	var missing []string
	if !p.hasWhen() {
		missing = append(missing, "when")
	}
	if !p.hasWhere() {
		missing = append(missing, "where")
	}
	if !p.hasWho() {
		missing = append(missing, "who")
	}
	filler := ""
	if i, n := fillerWords.find(p.toks, 0, len(p.toks)); i >= 0 {
		filler = p.text[p.toks[i].start:p.toks[i+n-1].end]
	}
	if len(missing) >= 2 || (filler != "" && len(missing) >= 1) {
		f := newFinding(RuleVague, Warning, field, map[string]any{"missing": missing})
		if filler != "" {
			f.Args["filler"] = filler
			f.MessageID = RuleVague + ".filler"
		}
		return f, true
	}
	return Finding{}, false
}

func (p *prose) emotionalFinding(field string) (Finding, bool) {
	type hit struct {
		at   int
		text string
	}
	var hits []hit
	for i := 0; i < len(p.toks) && len(hits) < 8; i++ {
		if n := emotionalWords.matchAt(p.toks, i, len(p.toks)); n > 0 {
			hits = append(hits, hit{p.toks[i].start, p.text[p.toks[i].start:p.toks[i+n-1].end]})
			i += n - 1
		}
	}
	if i := strings.Index(p.text, "!!"); i >= 0 {
		j := i
		for j < len(p.text) && p.text[j] == '!' {
			j++
		}
		hits = append(hits, hit{i, p.text[i:j]})
	}
	if at, s, ok := shouting(p.text); ok && !slices.ContainsFunc(hits, func(h hit) bool { return at >= h.at && at < h.at+len(h.text) }) {
		hits = append(hits, hit{at, s})
	}
	if len(hits) == 0 {
		return Finding{}, false
	}
	slices.SortStableFunc(hits, func(a, b hit) int { return a.at - b.at })
	var quoted []string
	seen := map[string]bool{}
	for _, h := range hits {
		k := strings.ToLower(h.text)
		if !seen[k] && len(quoted) < 4 {
			seen[k] = true
			quoted = append(quoted, clip(h.text, 40))
		}
	}
	f := newFinding(RuleEmotional, Warning, field, map[string]any{"quoted": quoted, "count": len(quoted)})
	f.Line, f.Column = p.lines.position(hits[0].at)
	f.Match = hits[0].text
	return f, true
}

// shouting finds a run of three or more words in capitals, or one of the
// shouted words (URGENT, PLEASE...). Acronyms such as ICU or SEVIS alone are
// not shouting.
func shouting(text string) (at int, match string, ok bool) {
	runStart, runLen, runEnd := -1, 0, 0
	i := 0
	for _, w := range strings.Fields(text) {
		j := strings.Index(text[i:], w) + i
		i = j + len(w)
		core := strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		if shoutWords[core] {
			return j, w, true
		}
		if isCapsWord(core) {
			if runLen == 0 {
				runStart = j
			}
			runLen++
			runEnd = i
			if runLen >= 3 {
				return runStart, text[runStart:runEnd], true
			}
			continue
		}
		runLen = 0
	}
	return 0, "", false
}

func isCapsWord(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}
