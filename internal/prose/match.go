package prose

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/kljensen/snowball/english"
	"github.com/kljensen/snowball/french"
)

// Family is a meaning the caller looks for: an id and its terms in each
// language. A term is a word or a phrase of words. Each word matches the
// same word folded (case and accents ignored), a word with the same stem
// (Snowball stemmer of the language: "married" finds "marrying"), and,
// from six letters, a word one edit away ("weddding", "graduaton"). A word
// written "=word" matches that word only; "word*" matches any word that
// starts with it; "*word" any word that ends with it after three letters
// or more, the last part of a name made one word ("Agrifest",
// "FinTechExpo" for "*fest", "*expo"). Names marks families whose terms are proper names
// (CES, Comic-Con): a mention inside a capitalised name is the thing
// itself, not a name of something else.
type Family struct {
	ID    string
	Terms map[Lang][]string
	Names bool
}

// Matcher is a compiled set of families. It is safe for concurrent use.
type Matcher struct {
	ids   []string
	names []bool
	langs [2]*langMatcher
}

const (
	modeStem   uint8 = iota // exact, stem or one edit
	modeExact               // "=word"
	modePrefix              // "word*"
	modeSuffix              // "*word"
)

// minSuffixHead is the fewest letters before a "*word" suffix.
const minSuffixHead = 3

type mword struct {
	key, stem string
	mode      uint8
}

// tnode is a node of a language's trie of terms while it is built: the
// words that go on from it (sorted by word id) and the families whose term
// ends here.
type tnode struct {
	kids []tkid
	fams []int32
}

type tkid struct{ word, node int32 }

// findKid returns the node word w leads to among kids (sorted by word),
// or -1, and where w stands or would stand in kids.
func findKid(kids []tkid, w int32) (node int32, at int) {
	at, ok := slices.BinarySearchFunc(kids, w, func(k tkid, w int32) int { return int(k.word - w) })
	if !ok {
		return -1, at
	}
	return kids[at].node, at
}

// fnode is a node of the built trie: its kids and families as ranges of
// langMatcher.kids and .fams, so the trie holds no pointer and three
// arrays in all.
type fnode struct {
	kidLo, kidHi, famLo, famHi int32
}

type langMatcher struct {
	lang     Lang
	words    []mword
	exact    strIndex // folded word -> its words ("=word" and stemmed ones)
	stems    strIndex // stem -> the stemmed words
	gate     strIndex // first three letters of the stems: only those words are stemmed
	dels     strIndex // a word of MinFuzzy letters and each of it with one letter off -> the word
	prefixes []int32
	suffixes []int32
	// The terms as a trie of word ids: root[w] is the node of a term's
	// first word w plus one (0: no term starts with it).
	root  []int32
	nodes []fnode
	kids  []tkid
	fams  []int32
	// articles are the words that stand for any determiner in a term
	// read loosely: "a", "an"; « un », « une » (see Doc.hits).
	articles []int32
}

// lmBuilder holds a langMatcher's indexes as maps, and its trie as nodes
// with their own lists, while it is compiled.
type lmBuilder struct {
	*langMatcher
	exact, stems, gate, dels map[string][]int32
	tree                     []tnode
}

// MinFuzzy is the shortest word (in letters) matched one edit away: a
// missing, doubled or swapped letter. A wrong letter (a substitution)
// counts only from MinFuzzySubst letters, because short real words are
// often one letter apart ("report" and "resort", "submit" and "summit").
const (
	MinFuzzy      = 6
	MinFuzzySubst = 8
	// MinFuzzyExact is the shortest exact-only word ("=graduation")
	// matched with a letter missed, added or swapped.
	MinFuzzyExact = 8
	// MinFuzzyStem is the shortest stem (in letters) matched with two
	// letters swapped when the word itself is not.
	MinFuzzyStem = 6
)

// transposed reports whether a and b (same length) differ by two
// neighbouring letters swapped.
func transposed(a, b string) bool {
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
}

// Compile builds a matcher. Family ids must be unique and not empty, and
// every term must have a word; languages other than English and French are
// errors. Families compiled ahead of time (matchers_gen.go: the built-in
// catalog's reasons, written by go generate) are found by their
// fingerprint and cost nothing; others are compiled here.
func Compile(families []Family) (*Matcher, error) {
	if len(precompiled) > 0 {
		fp := Fingerprint(families)
		for _, p := range precompiled {
			if p.fp == fp {
				return p.m, nil
			}
		}
	}
	return compile(families)
}

// Fingerprint is a 64-bit hash of families: their ids, names marks and
// terms in every language, in order.
func Fingerprint(families []Family) uint64 {
	h := uint64(14695981039346656037)
	add := func(s string) {
		for i := 0; i < len(s); i++ {
			h ^= uint64(s[i])
			h *= 1099511628211
		}
		h ^= 0xff // a byte no UTF-8 text has ends each string
		h *= 1099511628211
	}
	for _, f := range families {
		add(f.ID)
		if f.Names {
			add("names")
		}
		langs := make([]string, 0, len(f.Terms))
		for l := range f.Terms {
			langs = append(langs, string(l))
		}
		sort.Strings(langs)
		for _, l := range langs {
			add("lang:" + l)
			for _, t := range f.Terms[Lang(l)] {
				add(t)
			}
		}
		add("end")
	}
	return h
}

func compile(families []Family) (*Matcher, error) {
	m := &Matcher{}
	var bs [2]*lmBuilder
	for k, l := range []Lang{English, French} {
		m.langs[k] = &langMatcher{lang: l}
		bs[k] = &lmBuilder{langMatcher: m.langs[k], exact: map[string][]int32{}, stems: map[string][]int32{},
			gate: map[string][]int32{}, dels: map[string][]int32{}}
	}
	seen := map[string]bool{}
	for fi, f := range families {
		if strings.TrimSpace(f.ID) == "" {
			return nil, fmt.Errorf("prose: family %d has no id", fi+1)
		}
		if seen[f.ID] {
			return nil, fmt.Errorf("prose: family %q appears twice", f.ID)
		}
		seen[f.ID] = true
		m.ids = append(m.ids, f.ID)
		m.names = append(m.names, f.Names)
		for lang, terms := range f.Terms {
			li := langIndex(lang)
			if li < 0 {
				return nil, fmt.Errorf("prose: family %q: language %q is not en or fr", f.ID, lang)
			}
			lm := bs[li]
			for _, term := range terms {
				var ws []int32
				for _, raw := range termWords(term) {
					w, err := lm.add(raw)
					if err != nil {
						return nil, fmt.Errorf("prose: family %q: term %q: %w", f.ID, term, err)
					}
					ws = append(ws, w)
				}
				if len(ws) == 0 {
					return nil, fmt.Errorf("prose: family %q: an empty term", f.ID)
				}
				lm.insert(ws, int32(fi))
			}
		}
	}
	for _, b := range bs {
		lm := b.langMatcher
		lm.exact, lm.stems, lm.gate, lm.dels = newIndex(b.exact), newIndex(b.stems), newIndex(b.gate), newIndex(b.dels)
		for len(lm.root) < len(lm.words) {
			lm.root = append(lm.root, 0)
		}
		for id, w := range lm.words {
			if w.mode != modePrefix && w.mode != modeSuffix && isArticle(lm.lang, w.key) {
				lm.articles = append(lm.articles, int32(id))
			}
		}
		for _, n := range b.tree {
			f := fnode{kidLo: int32(len(lm.kids)), famLo: int32(len(lm.fams))}
			lm.kids = append(lm.kids, n.kids...)
			lm.fams = append(lm.fams, n.fams...)
			f.kidHi, f.famHi = int32(len(lm.kids)), int32(len(lm.fams))
			lm.nodes = append(lm.nodes, f)
		}
	}
	return m, nil
}

// child returns the node word w leads to from node n, or -1.
func (lm *langMatcher) child(n, w int32) int32 {
	nd := lm.nodes[n]
	c, _ := findKid(lm.kids[nd.kidLo:nd.kidHi], w)
	return c
}

// insert adds a term (its word ids) of family fam to the trie.
func (lm *lmBuilder) insert(ws []int32, fam int32) {
	for len(lm.root) < len(lm.words) {
		lm.root = append(lm.root, 0)
	}
	if lm.root[ws[0]] == 0 {
		lm.tree = append(lm.tree, tnode{})
		lm.root[ws[0]] = int32(len(lm.tree))
	}
	n := lm.root[ws[0]] - 1
	for _, w := range ws[1:] {
		c, at := findKid(lm.tree[n].kids, w)
		if c < 0 {
			c = int32(len(lm.tree))
			lm.tree = append(lm.tree, tnode{})
			lm.tree[n].kids = slices.Insert(lm.tree[n].kids, at, tkid{w, c})
		}
		n = c
	}
	if !slices.Contains(lm.tree[n].fams, fam) {
		lm.tree[n].fams = append(lm.tree[n].fams, fam)
	}
}

// isArticle reports whether a term's word key is the indefinite article
// of language l, which a loose reading lets stand for any determiner
// (French "a" is avoir: « a accouché »).
func isArticle(l Lang, key string) bool {
	switch l {
	case English:
		return key == "a" || key == "an"
	case French:
		return key == "un" || key == "une"
	}
	return false
}

// MustCompile is Compile for families known to be valid; it panics on an
// error.
func MustCompile(families []Family) *Matcher {
	m, err := Compile(families)
	if err != nil {
		panic(err)
	}
	return m
}

// termWords splits a term into its words the way texts are split: at
// spaces and after an elision ("m'occuper" is m, occuper), keeping the
// "=" and "*" marks of a word on each of its parts.
func termWords(term string) []string {
	var out []string
	for _, part := range strings.Fields(term) {
		pre, suf := "", ""
		bare := part
		if strings.HasPrefix(bare, "=") || strings.HasPrefix(bare, "*") {
			pre, bare = bare[:1], bare[1:]
		}
		if strings.HasSuffix(bare, "*") {
			suf, bare = "*", strings.TrimSuffix(bare, "*")
		}
		toks := tokenize(bare, nil)
		if len(toks) < 2 || int(toks[0].start) != 0 || int(toks[len(toks)-1].stop()) != len(bare) {
			out = append(out, part)
			continue
		}
		for k, t := range toks {
			w := pre + bare[t.start:t.stop()] // "=l'aïd": l and aïd, both exact
			if k == len(toks)-1 {
				w += suf
			}
			out = append(out, w)
		}
	}
	return out
}

func langIndex(l Lang) int {
	switch l {
	case English:
		return 0
	case French:
		return 1
	}
	return -1
}

// stems caches the Snowball stems of the words seen: the stemmer converts
// each word to runes and tries its suffix lists, and a batch of cases, or a
// long text, meets the same words again and again. One map a language; it
// grows with the vocabulary, not with the text.
var stems [2]sync.Map // folded word -> stem

func stem(l Lang, w string) string {
	i := 0
	if l == French {
		i = 1
	}
	if s, ok := stems[i].Load(w); ok {
		return s.(string)
	}
	var s string
	if l == French {
		s = french.Stem(w, true)
	} else {
		s = english.Stem(w, true)
	}
	stems[i].Store(w, s)
	return s
}

func (lm *lmBuilder) add(raw string) (int32, error) {
	mode := modeStem
	switch {
	case strings.HasPrefix(raw, "="):
		mode, raw = modeExact, raw[1:]
	case strings.HasSuffix(raw, "*"):
		mode, raw = modePrefix, strings.TrimSuffix(raw, "*")
	case strings.HasPrefix(raw, "*"):
		mode, raw = modeSuffix, raw[1:]
	}
	toks := tokenize(raw, nil)
	if len(toks) != 1 || int(toks[0].start) != 0 || int(toks[0].stop()) != len(raw) {
		return 0, fmt.Errorf("%q is not one word", raw)
	}
	key := foldString(raw)
	for _, id := range lm.exact[key] {
		if lm.words[id].mode == mode {
			return id, nil
		}
	}
	id := int32(len(lm.words))
	w := mword{key: key, mode: mode}
	switch mode {
	case modePrefix:
		lm.prefixes = append(lm.prefixes, id)
	case modeSuffix:
		lm.suffixes = append(lm.suffixes, id)
	case modeStem:
		w.stem = stem(lm.lang, key)
		lm.stems[w.stem] = append(lm.stems[w.stem], id)
		lm.gate[gateKey(w.stem)] = nil
		// French Snowball leaves many conjugated forms with stems of their
		// own ("passons" is passon, "attendent" stays whole): a verb of
		// the first group in a term also matches its usual forms.
		for _, f := range frenchForms(lm.lang, key) {
			if s := stem(lm.lang, f); s != w.stem {
				lm.stems[s] = appendUnique(lm.stems[s], id)
				lm.gate[gateKey(s)] = nil
			}
		}
		if letters(key) >= MinFuzzy {
			lm.addDeletions(key, id)
		}
		// A misspelt inflection ("recieving") is one swap from the
		// stem of its word (receiv), not from the word itself.
		if letters(w.stem) >= MinFuzzyStem && w.stem != key {
			lm.addDeletions(w.stem, id)
		}
		lm.exact[key] = append(lm.exact[key], id)
	default:
		lm.exact[key] = append(lm.exact[key], id)
		for _, f := range frenchForms(lm.lang, key) { // "=magasiner": magasinons, not « magasin »
			lm.exact[f] = appendUnique(lm.exact[f], id)
		}
		// A word kept from stemming ("=graduation") still forgives a
		// letter missed, added or swapped ("graduaton"), from
		// MinFuzzyExact letters; never a letter changed, which makes
		// real words of its neighbours (« finissant », « finissent »).
		if letters(key) >= MinFuzzyExact {
			lm.addDeletions(key, id)
		}
	}
	lm.words = append(lm.words, w)
	return id, nil
}

// addDeletions indexes word id under its key and under the key with each
// letter taken out, so a text word one edit away finds it.
func (lm *lmBuilder) addDeletions(key string, id int32) {
	lm.dels[key] = appendUnique(lm.dels[key], id)
	var buf []byte
	for k := 0; k < len(key); k++ {
		buf = append(append(buf[:0], key[:k]...), key[k+1:]...)
		lm.dels[string(buf)] = appendUnique(lm.dels[string(buf)], id)
	}
}

// frenchForms returns the present, imperfect, future and conditional
// forms and the participles of a French verb of the first group ("passer":
// passe, passons, passent, passait, passera, passé...), folded; none for
// another word or language. Verbs of five letters or fewer are left out:
// their forms are other common words.
func frenchForms(l Lang, key string) []string {
	if l != French || !strings.HasSuffix(key, "er") || letters(key) < 6 {
		return nil
	}
	r := key[:len(key)-2]
	soft := r // "mangeons", "commencons" keep the consonant soft
	if strings.HasSuffix(r, "g") {
		soft = r + "e"
	}
	return []string{
		r + "e", r + "es", r + "ent", soft + "ons", r + "ez",
		soft + "ais", soft + "ait", soft + "aient", r + "ions", r + "iez",
		r + "era", r + "erai", r + "eras", r + "erons", r + "erez", r + "eront",
		r + "erait", r + "eraient", r + "ee", r + "ees", soft + "ant",
	}
}

// irregularStems are the words whose Snowball stem does not begin as they
// do (English's exceptions: "tying" is "tie"), so the gate on a stem's
// first letters would turn them away.
var irregularStems = map[string]bool{"dying": true, "lying": true, "tying": true, "skies": true}

func gateKey(s string) string {
	if len(s) > 3 {
		return s[:3]
	}
	return s
}

func letters(s string) int {
	n := 0
	for _, r := range s {
		if r >= 'a' && r <= 'z' || r > 0x7f {
			n++
		}
	}
	return n
}

func appendUnique(list []int32, id int32) []int32 {
	for _, x := range list {
		if x == id {
			return list
		}
	}
	return append(list, id)
}

// wordMatches returns the matcher words a doc word matches. Its stem is
// worked out once, for all the matchers a text is read with.
func (lm *langMatcher) wordMatches(w *word, noFuzzy bool, dst []int32) []int32 {
	key := w.key
	start := len(dst)
	dst = append(dst, lm.exact.get(key)...)
	for _, id := range lm.prefixes {
		if strings.HasPrefix(key, lm.words[id].key) {
			dst = appendUnique(dst, id)
		}
	}
	for _, id := range lm.suffixes {
		if suf := lm.words[id].key; strings.HasSuffix(key, suf) && letters(key[:len(key)-len(suf)]) >= minSuffixHead {
			dst = appendUnique(dst, id)
		}
	}
	if len(key) >= 3 && (lm.gate.has(gateKey(key)) || irregularStems[key]) {
		for _, id := range lm.stems.get(lm.stemOf(w)) {
			dst = appendUnique(dst, id)
		}
	}
	if len(dst) > start || noFuzzy || letters(key) < MinFuzzy || strings.ContainsAny(key, "0123456789") {
		return dst
	}
	try := func(k string) {
		for _, id := range lm.dels.get(k) {
			mw := &lm.words[id]
			w := mw.key
			if w[0] == key[0] && oneEdit(key, w) && (len(key) != len(w) || mw.mode != modeExact && letters(w) >= MinFuzzySubst || transposed(key, w)) {
				dst = lm.appendStemmed(dst, id)
			}
		}
	}
	try(key)
	var buf [64]byte
	if len(key) < len(buf) {
		for k := 0; k < len(key); k++ {
			b := append(append(buf[:0], key[:k]...), key[k+1:]...)
			try(string(b))
		}
	}
	if len(dst) > start || len(key) >= len(buf) {
		return dst
	}
	// Then the word's stem against the stems of the terms' words, for an
	// inflected word misspelt ("recieving" is reciev, one swap from
	// receiv): two letters swapped only. A letter missed or added makes
	// other real words' stems meet ("policy" and "police", "register" and
	// "registration", « annulée » and « annuel »).
	s := lm.stemOf(w)
	if s == key || letters(s) < MinFuzzyStem {
		return dst
	}
	tryStem := func(k string) {
		for _, id := range lm.dels.get(k) {
			mw := &lm.words[id]
			if mw.mode == modeStem && len(mw.stem) == len(s) && mw.stem[0] == s[0] && transposed(s, mw.stem) {
				dst = lm.appendStemmed(dst, id)
			}
		}
	}
	for k := 0; k < len(s); k++ {
		tryStem(string(append(append(buf[:0], s[:k]...), s[k+1:]...)))
	}
	return dst
}

// stemOf is doc word w's stem in lm's language, worked out once for all
// the matchers a text is read with.
func (lm *langMatcher) stemOf(w *word) string {
	li := langIndex(lm.lang)
	if !w.stemmed[li] {
		base := strings.TrimSuffix(strings.TrimSuffix(w.key, "'s"), "'")
		w.stem[li], w.stemmed[li] = stem(lm.lang, base), true
	}
	return w.stem[li]
}

// appendStemmed adds word id to a word's matches found one edit away, and
// with a stemmed word every word of its stem: "recieving", one swap from
// "receiving", is also "receive".
func (lm *langMatcher) appendStemmed(dst []int32, id int32) []int32 {
	dst = appendUnique(dst, id)
	if mw := &lm.words[id]; mw.mode == modeStem {
		for _, other := range lm.stems.get(mw.stem) {
			dst = appendUnique(dst, other)
		}
	}
	return dst
}

// oneEdit reports whether a and b differ by at most one insertion,
// deletion, substitution or swap of two neighbouring letters.
func oneEdit(a, b string) bool {
	if a == b {
		return true
	}
	la, lb := len(a), len(b)
	if la > lb {
		a, b, la, lb = b, a, lb, la
	}
	if lb-la > 1 {
		return false
	}
	i := 0
	for i < la && a[i] == b[i] {
		i++
	}
	if la == lb {
		if a[i+1:] == b[i+1:] {
			return true
		}
		return i+1 < la && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
	}
	return a[i:] == b[i+1:]
}

// FuzzyOnly returns, for each of words read in language l that matches a
// word of m's terms only one edit away (no exact, stem, prefix or suffix
// match), the term words it matches, sorted. Run on a list of real words,
// everything it returns is a false match to keep from fuzzy matching (the
// lexicon's no_fuzzy), not a typo: see tools/fuzzaudit.
func (m *Matcher) FuzzyOnly(l Lang, words []string) map[string][]string {
	li := langIndex(l)
	if li < 0 {
		return nil
	}
	lm := m.langs[li]
	en, fr := lexicons()
	out := map[string][]string{}
	for _, raw := range words {
		key := foldString(raw)
		if key == "" || !isLetterByte(key[0]) || !isLetterByte(key[len(key)-1]) || strings.ContainsAny(key, " \t") {
			continue // not a word: "always-", "brother."
		}
		w := newWord(key, en, fr)
		if w.cats[li]&catNoFuzzy != 0 || len(lm.wordMatches(&w, true, nil)) > 0 {
			continue
		}
		for _, id := range lm.wordMatches(&w, false, nil) {
			if k := lm.words[id].key; !slices.Contains(out[key], k) {
				out[key] = append(out[key], k)
			}
		}
		slices.Sort(out[key])
	}
	for k, v := range out {
		if len(v) == 0 {
			delete(out, k)
		}
	}
	return out
}
