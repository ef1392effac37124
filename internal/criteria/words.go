package criteria

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word of a text: its lowercase form, its original spelling
// and its byte span. Prose rules match word lists against tokens instead of
// running large regular expressions, which keeps lint linear and fast.
type token struct {
	low, orig  string
	start, end int
	sent       int // index of the sentence it belongs to
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// isJoiner reports characters that stay inside a word when letters or
// digits stand on both sides: cousin's, life-threatening, 2026-11-20,
// 11/20, U.S.
func isJoiner(r rune) bool { return r == '\'' || r == '\u2019' || r == '-' || r == '/' || r == '.' }

// tokenize splits text into words, each tagged with its sentence.
func tokenize(text string, sents []sentence) []token {
	var toks []token
	si := 0
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			i += size
			continue
		}
		start := i
		i += size
		for i < len(text) {
			r, size = utf8.DecodeRuneInString(text[i:])
			if isWordRune(r) {
				i += size
				continue
			}
			if isJoiner(r) && i+size < len(text) {
				if next, _ := utf8.DecodeRuneInString(text[i+size:]); isWordRune(next) {
					i += size
					continue
				}
			}
			break
		}
		for si+1 < len(sents) && sents[si+1].start <= start {
			si++
		}
		orig := text[start:i]
		low := strings.ToLower(strings.ReplaceAll(orig, "\u2019", "'"))
		toks = append(toks, token{low: low, orig: orig, start: start, end: i, sent: si})
	}
	return toks
}

// phraseSet is a list of words and phrases to find among tokens. A word
// ending in '*' matches any word that starts with it.
type phraseSet struct {
	byFirst  map[string][][]string
	prefixes [][]string
}

func phrases(list ...string) *phraseSet {
	p := &phraseSet{byFirst: map[string][][]string{}}
	for _, s := range list {
		words := strings.Fields(s)
		if strings.HasSuffix(words[0], "*") {
			p.prefixes = append(p.prefixes, words)
			continue
		}
		p.byFirst[words[0]] = append(p.byFirst[words[0]], words)
	}
	return p
}

func wordMatches(pat, w string) bool {
	if p, ok := strings.CutSuffix(pat, "*"); ok {
		return strings.HasPrefix(w, p)
	}
	return pat == w
}

// matchAt returns how many tokens the longest phrase starting at toks[i]
// covers, staying before index end; 0 when none matches.
func (p *phraseSet) matchAt(toks []token, i, end int) int {
	best := 0
	try := func(words []string) {
		if i+len(words) > end || len(words) <= best {
			return
		}
		for k, w := range words {
			if !wordMatches(w, toks[i+k].low) {
				return
			}
		}
		best = len(words)
	}
	for _, words := range p.byFirst[toks[i].low] {
		try(words)
	}
	for _, words := range p.prefixes {
		try(words)
	}
	return best
}

// find returns the first match in toks[lo:hi] as a token index and length,
// or -1.
func (p *phraseSet) find(toks []token, lo, hi int) (int, int) {
	for i := max(lo, 0); i < hi; i++ {
		if n := p.matchAt(toks, i, hi); n > 0 {
			return i, n
		}
	}
	return -1, 0
}

func (p *phraseSet) in(toks []token, lo, hi int) bool {
	i, _ := p.find(toks, lo, hi)
	return i >= 0
}

// sentenceSpans returns, for each of n sentences, the range [lo, hi) of
// its tokens (empty for a sentence with no word).
func sentenceSpans(toks []token, n int) [][2]int {
	spans := make([][2]int, n)
	seen := make([]bool, n)
	for i, t := range toks {
		if !seen[t.sent] {
			seen[t.sent] = true
			spans[t.sent][0] = i
		}
		spans[t.sent][1] = i + 1
	}
	return spans
}

// sentence is a span of a text between sentence ends (the readiness
// checks tokenize whole values, with no sentences).
type sentence struct {
	start int // byte offset in the text
	text  string
}
