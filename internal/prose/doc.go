// Package prose reads a short text in English or French and says what its
// sentences and clauses do: who wants to go where and for what, what
// merely happened, what is denied, which words are names, dates and
// places, what recurs, what was planned long ago, what is a plea. It knows
// nothing of visas and does no I/O: the caller passes the families of
// terms it cares about and decides what the roles mean.
//
//	doc := prose.Parse(text)
//	for _, m := range doc.Mentions(matcher) { ... m.Role ... }
//
// Parsing is one pass over the text: tokens are small values over the
// input (byte offsets, a word id, lexicon categories), each distinct word
// is folded (lowercase, accents off) and looked up once, and every
// linguistic phrase list is matched in the same pass through one trie.
package prose

import (
	"strings"
	"time"
)

// Lang is a language of the texts: English or French.
type Lang string

// The languages prose reads.
const (
	English Lang = "en"
	French  Lang = "fr"
)

// Span is a byte range [Start, End) of the text.
type Span struct {
	Start, End int
}

// word is one distinct folded word of a document.
type word struct {
	key     string
	lex     [2]int32  // lexicon word id in English, French; -1 when absent
	cats    [2]cat    // categories of the word alone in each lexicon
	extra   cat       // categories from its shape (a word ending in n't negates)
	stem    [2]string // its stem in English, French, once a matcher needed it
	stemmed [2]bool
}

type sentence struct {
	lo, hi     int32 // token range
	start, end int32 // byte range, trimmed
}

type clause struct {
	lo, hi int32 // token range
	sent   int32
}

// Doc is a parsed text. It is not safe for concurrent use; parse once per
// goroutine.
type Doc struct {
	text      string
	lang      Lang
	li        int // 0 English, 1 French
	lx        *lexicon
	v         *Vocab
	toks      []token
	words     []word // the vocabulary's words, as far as this text needed them
	sents     []sentence
	clauses   []clause
	dates     []Date // worked out on the first call of Dates
	dated     bool
	maxYear   int // the latest year written, once yearsRead
	yearsRead bool
	today     time.Time // the day the text is read (ReadOn); zero: not known
}

// ReadOn says on which day the text is read, before its mentions are
// read: an event the text says was on a day long before it is past ("my
// graduation ceremony was in June 2026"). A zero day reads none as past.
func (d *Doc) ReadOn(today time.Time) { d.today = today }

// Vocab is the words of the texts it has read: each distinct word is
// folded, looked up in the lexicons and matched against each matcher once,
// however many texts use it. A long text read in pieces shares one, so
// its memory grows with its vocabulary, not its length. It is not safe for
// concurrent use.
type Vocab struct {
	index  map[string]int32
	words  []word
	caches map[cacheKey]*wordCache
}

type cacheKey struct {
	m  *Matcher
	li int
}

// wordCache is a matcher's words for each vocabulary word: flat[at[w].off:
// at[w].off+at[w].n], at[w].off -1 until the word is first matched.
type wordCache struct {
	at   []matchSpan // by word id; off < 0: not matched yet
	flat []int32
}

// matchSpan is where a word's matching phrase words are in flat: one
// value, so a token costs one memory read.
type matchSpan struct{ off, n int32 }

// NewVocab returns an empty vocabulary.
func NewVocab() *Vocab {
	return &Vocab{index: make(map[string]int32, 64), caches: map[cacheKey]*wordCache{}}
}

// Parse reads text. It never fails: any string, valid UTF-8 or not, gives
// a document.
func Parse(text string) *Doc {
	v := &Vocab{index: make(map[string]int32, min(64, len(text)/10+1)), caches: map[cacheKey]*wordCache{}}
	return v.Parse(text, nil)
}

// Parse reads text with v's words. reuse, when not nil, is a document v
// parsed before that is no longer used: its memory is taken over.
func (v *Vocab) Parse(text string, reuse *Doc) *Doc {
	en, fr := lexicons()
	d := &Doc{}
	if reuse != nil {
		*d = Doc{toks: reuse.toks[:0], sents: reuse.sents[:0], clauses: reuse.clauses[:0], dates: reuse.dates[:0]}
		*reuse = Doc{}
	}
	d.text, d.v = text, v
	if d.toks == nil {
		d.toks = make([]token, 0, len(text)/5+1)
	}
	d.toks = tokenize(text, d.toks)
	d.intern(en, fr)
	d.detectLanguage(en, fr)
	d.matchLexicon()
	d.segment()
	return d
}

// intern gives every token a word id, folding each distinct word once.
func (d *Doc) intern(en, fr *lexicon) {
	v := d.v
	var buf []byte
	for i := range d.toks {
		t := &d.toks[i]
		raw := d.text[t.start:t.stop()]
		var id int32
		var ok bool
		if t.flags&fLower != 0 {
			id, ok = v.index[raw]
		} else {
			buf = appendFold(buf[:0], raw)
			id, ok = v.index[string(buf)]
		}
		if !ok {
			key := raw // a word already folded is kept as a piece of the text
			if t.flags&fLower == 0 {
				key = string(buf)
			}
			id = int32(len(v.words))
			v.index[key] = id
			v.words = append(v.words, newWord(key, en, fr))
		}
		t.word = id
	}
	d.words = v.words
}

// word returns the lexicon's id of key (-1 when absent) and the
// categories of key alone, as a one-word phrase.
func (lx *lexicon) word(key string) (int32, cat) {
	id, ok := lx.ids.one(key)
	if !ok {
		return -1, 0
	}
	if n := lx.root[id]; n >= 0 && lx.nodes[n].final {
		return id, lx.nodes[n].cats
	}
	return id, 0
}

func newWord(key string, en, fr *lexicon) word {
	w := word{key: key, lex: [2]int32{-1, -1}}
	for k, lx := range []*lexicon{en, fr} {
		w.lex[k], w.cats[k] = lx.word(key)
	}
	if strings.HasSuffix(key, "n't") {
		w.extra |= catNegation
	}
	return w
}

// detectLanguage counts the function words of each language.
func (d *Doc) detectLanguage(en, fr *lexicon) {
	var ne, nf int
	for i := range d.toks {
		w := &d.words[d.toks[i].word]
		if w.cats[0]&catFunction != 0 {
			ne++
		}
		if w.cats[1]&catFunction != 0 {
			nf++
		}
	}
	d.lang, d.li, d.lx = English, 0, en
	if nf > ne {
		d.lang, d.li, d.lx = French, 1, fr
	}
}

// matchLexicon records, at each token, the longest lexicon phrase that
// starts there: one walk of the trie per token, all lists at once.
func (d *Doc) matchLexicon() {
	lx, li := d.lx, d.li
	coverEnd := 0 // just after the last recurrence marker
	for i := range d.toks {
		t := &d.toks[i]
		w := &d.words[t.word]
		t.cats = w.extra
		id := w.lex[li]
		if id < 0 {
			continue
		}
		node := lx.root[id]
		if node < 0 {
			continue
		}
		var best cat
		var n uint8
		if lx.nodes[node].final {
			best, n = lx.nodes[node].cats, 1
		}
		for j := i + 1; j < len(d.toks) && j-i < 8; j++ {
			id := d.words[d.toks[j].word].lex[li]
			if id < 0 {
				break
			}
			next := lx.child(node, id)
			if next < 0 {
				break
			}
			node = next
			if lx.nodes[node].final {
				best, n = lx.nodes[node].cats, uint8(j-i+1)
			}
		}
		// A phrase inside a recurrence marker is a part of it, not a
		// time of its own: "last year" in "like last year", « d'habitude »
		// in « comme d'habitude ».
		if n > 0 && i+int(n) <= coverEnd {
			continue
		}
		t.cats |= best
		t.n = n
		if best&catRecurring != 0 {
			coverEnd = max(coverEnd, i+int(n))
		}
	}
}

// Lang is the language the text is written in (the one with more function
// words; English on a tie).
func (d *Doc) Lang() Lang { return d.lang }

// Text is the parsed text.
func (d *Doc) Text() string { return d.text }

// Words counts the words of the text.
func (d *Doc) Words() int { return len(d.toks) }

// Sentences returns the byte span of each sentence.
func (d *Doc) Sentences() []Span {
	out := make([]Span, len(d.sents))
	for i, s := range d.sents {
		out[i] = Span{int(s.start), int(s.end)}
	}
	return out
}

// Sentence returns the text of sentence i, on one line.
func (d *Doc) Sentence(i int) string {
	if i < 0 || i >= len(d.sents) {
		return ""
	}
	s := d.sents[i]
	return strings.Join(strings.Fields(d.text[s.start:s.end]), " ")
}

// SentenceOf returns the index of the sentence that holds byte offset off,
// or -1.
func (d *Doc) SentenceOf(off int) int {
	lo, hi := 0, len(d.sents)
	for lo < hi {
		m := (lo + hi) / 2
		if int(d.sents[m].end) <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(d.sents) && int(d.sents[lo].start) <= off {
		return lo
	}
	return -1
}

// key is the folded form of token i.
func (d *Doc) key(i int) string { return d.words[d.toks[i].word].key }

// single is the categories of token i's word alone.
func (d *Doc) single(i int) cat {
	return d.words[d.toks[i].word].cats[d.li] | d.words[d.toks[i].word].extra
}

// has reports whether token i starts a phrase of any of the categories c.
func (d *Doc) has(i int, c cat) bool { return d.toks[i].cats&c != 0 }

func (d *Doc) raw(i int) string { return d.text[d.toks[i].start:d.toks[i].stop()] }

func (d *Doc) spanOf(lo, hi int) Span {
	return Span{int(d.toks[lo].start), int(d.toks[hi-1].stop())}
}

func (d *Doc) sentOf(i int) int { return int(d.clauses[d.toks[i].clause].sent) }
