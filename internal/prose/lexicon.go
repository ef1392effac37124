package prose

//go:generate go test -run ^TestLexDataGenerated$ -update-lexdata .
//go:generate go test -run ^TestMatchersGenerated$ -update-matchers .

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

// cat is a set of lexicon categories (a bit each). A phrase of the lexicon
// may belong to several.
type cat uint64

const (
	catFunction cat = 1 << iota
	catSelf
	catOther
	catNeutral
	catPossessive
	catMe
	catAskMe
	catIntent
	catFor
	catTrip
	catFrame
	catAnaphor
	catCircumstance
	catHappening
	catNegation
	catNegationPre
	catMiss
	catCancel
	catBreak
	catCause
	catAnd
	catRecurring
	catOneOff
	catForesee
	catPastTime
	catRelativeTime
	catWeekday
	catMonth
	catMonthAbbrev
	catOrdinal
	catOf
	catTimeSuffix
	catTitle
	catStarter
	catWeakAbbrev
	catOrgHead
	catNameLink
	catRequestVerb
	catAppointment
	catBefore
	catAppeal
	catShout
	catPlaceUS
	catPlaceCA
	catPlaceOther
	catStateUS
	catStateCA
	catNoFuzzy
	catKin
	catModal
	catSeason
	catAt
	catPast
	catDeny
	catTransit
	catAbsent
	catStandIn
	catRequestAfter
	catBookMe
	catWeek
	catDocID
	catPlaceHead
	catAccompany
	catRecovered
)

// lexFile is one language's data file. Every list is a list of phrases.
type lexFile struct {
	Lang          string         `yaml:"lang"`
	Function      []string       `yaml:"function"`
	Self          []string       `yaml:"self"`
	Other         []string       `yaml:"other"`
	Neutral       []string       `yaml:"neutral"`
	Possessive    []string       `yaml:"possessive"`
	Me            []string       `yaml:"me"`
	AskMe         []string       `yaml:"ask_me"`
	Intent        []string       `yaml:"intent"`
	For           []string       `yaml:"for"`
	Trip          []string       `yaml:"trip"`
	Frame         []string       `yaml:"frame"`
	Anaphor       []string       `yaml:"anaphor"`
	Circumstance  []string       `yaml:"circumstance"`
	Happening     []string       `yaml:"happening"`
	Negation      []string       `yaml:"negation"`
	NegationPre   []string       `yaml:"negation_pre"`
	Miss          []string       `yaml:"miss"`
	Cancel        []string       `yaml:"cancel"`
	Break         []string       `yaml:"break"`
	Cause         []string       `yaml:"cause"`
	And           []string       `yaml:"and"`
	Recurring     []string       `yaml:"recurring"`
	OneOff        []string       `yaml:"one_off"`
	Foresee       []string       `yaml:"foresee"`
	PastTime      []string       `yaml:"past_time"`
	RelativeTime  []string       `yaml:"relative_time"`
	Weekday       []string       `yaml:"weekday"`
	Months        map[string]int `yaml:"months"`
	MonthAbbrev   []string       `yaml:"month_abbrev"`
	Ordinal       []string       `yaml:"ordinal"`
	Of            []string       `yaml:"of"`
	TimeSuffix    []string       `yaml:"time_suffix"`
	Title         []string       `yaml:"title"`
	Starter       []string       `yaml:"starter"`
	WeakAbbrev    []string       `yaml:"weak_abbrev"`
	OrgHead       []string       `yaml:"org_head"`
	NameLink      []string       `yaml:"name_link"`
	RequestVerb   []string       `yaml:"request_verb"`
	Appointment   []string       `yaml:"appointment"`
	Before        []string       `yaml:"before"`
	Appeal        []string       `yaml:"appeal"`
	Shout         []string       `yaml:"shout"`
	PlacesUS      []string       `yaml:"places_us"`
	PlacesCA      []string       `yaml:"places_ca"`
	PlacesOther   []string       `yaml:"places_other"`
	StateCodesUS  []string       `yaml:"state_codes_us"`
	StateCodesCA  []string       `yaml:"state_codes_ca"`
	NoFuzzy       []string       `yaml:"no_fuzzy"`
	Kin           []string       `yaml:"kin"`
	Modal         []string       `yaml:"modal"`
	Season        []string       `yaml:"season"`
	At            []string       `yaml:"at"`
	Past          []string       `yaml:"past"`
	Deny          []string       `yaml:"deny"`
	Transit       []string       `yaml:"transit"`
	Absent        []string       `yaml:"absent"`
	StandIn       []string       `yaml:"stand_in"`
	RequestAfter  []string       `yaml:"request_after"`
	BookMe        []string       `yaml:"book_me"`
	Week          []string       `yaml:"week"`
	DocID         []string       `yaml:"doc_id"`
	PlaceHead     []string       `yaml:"place_head"`
	Accompany     []string       `yaml:"accompany"`
	Recovered     []string       `yaml:"recovered"`
	sharedMonths  map[string]int // the other language's months, for dates only
	sharedPlaces  [3][]string
	sharedMonthsA []string
	sharedHeads   []string // the other language's head words and titles: names are often in it
	sharedTitles  []string
}

func (f *lexFile) lists() []struct {
	c    cat
	list []string
} {
	type l = struct {
		c    cat
		list []string
	}
	months := make([]string, 0, len(f.Months)+len(f.sharedMonths))
	for k := range f.Months {
		months = append(months, k)
	}
	for k := range f.sharedMonths {
		months = append(months, k)
	}
	sort.Strings(months) // word ids, and so the generated lexicon, do not depend on map order
	return []l{
		{catFunction, f.Function}, {catSelf, f.Self}, {catOther, f.Other}, {catNeutral, f.Neutral},
		{catPossessive, f.Possessive}, {catMe, f.Me}, {catAskMe, f.AskMe}, {catIntent, f.Intent},
		{catFor, f.For}, {catTrip, f.Trip}, {catFrame, f.Frame}, {catAnaphor, f.Anaphor},
		{catCircumstance, f.Circumstance}, {catHappening, f.Happening}, {catNegation, f.Negation},
		{catNegationPre, f.NegationPre}, {catMiss, f.Miss}, {catCancel, f.Cancel}, {catBreak, f.Break},
		{catCause, f.Cause}, {catAnd, f.And}, {catRecurring, f.Recurring}, {catOneOff, f.OneOff},
		{catForesee, f.Foresee}, {catPastTime, f.PastTime}, {catRelativeTime, f.RelativeTime},
		{catWeekday, f.Weekday}, {catMonth, months}, {catMonthAbbrev, append(f.MonthAbbrev, f.sharedMonthsA...)},
		{catOrdinal, f.Ordinal}, {catOf, f.Of}, {catTimeSuffix, f.TimeSuffix}, {catTitle, append(f.Title, f.sharedTitles...)},
		{catStarter, f.Starter}, {catWeakAbbrev, f.WeakAbbrev}, {catOrgHead, append(f.OrgHead, f.sharedHeads...)},
		{catNameLink, f.NameLink}, {catRequestVerb, f.RequestVerb}, {catAppointment, f.Appointment},
		{catBefore, f.Before}, {catAppeal, f.Appeal}, {catShout, f.Shout},
		{catPlaceUS, append(f.PlacesUS, f.sharedPlaces[0]...)},
		{catPlaceCA, append(f.PlacesCA, f.sharedPlaces[1]...)},
		{catPlaceOther, append(f.PlacesOther, f.sharedPlaces[2]...)},
		{catStateUS, f.StateCodesUS}, {catStateCA, f.StateCodesCA}, {catNoFuzzy, f.NoFuzzy}, {catKin, f.Kin}, {catModal, f.Modal}, {catSeason, f.Season}, {catAt, f.At}, {catPast, f.Past}, {catDeny, f.Deny}, {catTransit, f.Transit}, {catAbsent, f.Absent}, {catStandIn, f.StandIn}, {catRequestAfter, f.RequestAfter}, {catBookMe, f.BookMe}, {catWeek, f.Week}, {catDocID, f.DocID}, {catPlaceHead, f.PlaceHead}, {catAccompany, f.Accompany}, {catRecovered, f.Recovered},
	}
}

// lexicon is one language's compiled phrase trie over lexicon word ids.
type lexicon struct {
	lang    Lang
	ids     strIndex // folded word -> lexicon word id
	root    []int32  // word id -> node of the one-word path, -1 when none
	kids    []int32  // node -> start of its children in kidWord and kidNode (len nodes+1)
	kidWord []int32  // a child's word id, ascending within a node
	kidNode []int32  // the child node
	nodes   []lexNode
	months  strIndex // folded month name -> 1..12
}

// child returns the node reached from node by word id, or -1.
func (lx *lexicon) child(node, id int32) int32 {
	lo, hi := lx.kids[node], lx.kids[node+1]
	for lo < hi {
		mid := int32(uint32(lo+hi) >> 1)
		switch w := lx.kidWord[mid]; {
		case w == id:
			return lx.kidNode[mid]
		case w < id:
			lo = mid + 1
		default:
			hi = mid
		}
	}
	return -1
}

type lexNode struct {
	cats  cat // categories of the phrase ending here, and of the phrases it extends
	final bool
}

// lexicons returns the two compiled lexicons. They are generated Go
// (lexcompiled_gen.go, written by go generate from data/*.yaml and kept in
// step by TestLexDataGenerated), laid out by the linker, so reading a text
// costs no set-up. While that file is being regenerated after a change of
// the lexicon's layout it may hold nil, and the lists are compiled here.
func lexicons() (*lexicon, *lexicon) {
	if compiledLexEN != nil && compiledLexFR != nil {
		return compiledLexEN, compiledLexFR
	}
	lexOnce.Do(func() {
		var err error
		if lexEN, lexFR, err = compileLexicons(genLexEN(), genLexFR()); err != nil {
			panic(err) // the data is generated and tested: a build defect
		}
	})
	return lexEN, lexFR
}

var (
	lexOnce      sync.Once
	lexEN, lexFR *lexicon
)

// compileLexicons compiles the two languages' files; months, places, names'
// heads and titles are recognised in either language.
func compileLexicons(en, fr *lexFile) (*lexicon, *lexicon, error) {
	en.sharedMonths, fr.sharedMonths = fr.Months, en.Months
	en.sharedMonthsA, fr.sharedMonthsA = fr.MonthAbbrev, en.MonthAbbrev
	en.sharedHeads, fr.sharedHeads = fr.OrgHead, en.OrgHead
	en.sharedTitles, fr.sharedTitles = fr.Title, en.Title
	en.sharedPlaces = [3][]string{fr.PlacesUS, fr.PlacesCA, fr.PlacesOther}
	fr.sharedPlaces = [3][]string{en.PlacesUS, en.PlacesCA, en.PlacesOther}
	lx1, err := compileLexicon(English, en)
	if err != nil {
		return nil, nil, err
	}
	lx2, err := compileLexicon(French, fr)
	if err != nil {
		return nil, nil, err
	}
	return lx1, lx2, nil
}

func compileLexicon(lang Lang, f *lexFile) (*lexicon, error) {
	lx := &lexicon{lang: lang}
	ids, edges, months := map[string][]int32{}, map[uint64]int32{}, map[string][]int32{}
	lx.nodes = append(lx.nodes, lexNode{}) // node 0: unused root
	id := func(w string) int32 {
		if i, ok := ids[w]; ok {
			return i[0]
		}
		i := int32(len(ids))
		ids[w] = []int32{i}
		lx.root = append(lx.root, -1)
		return i
	}
	for _, l := range f.lists() {
		for _, p := range l.list {
			words := phraseWords(p)
			if len(words) == 0 {
				return nil, fmt.Errorf("prose: %s lexicon: empty phrase %q", lang, p)
			}
			node := int32(-1)
			for k, w := range words {
				wid := id(w)
				var next int32
				if k == 0 {
					next = lx.root[wid]
				} else {
					var ok bool
					next, ok = edges[uint64(node)<<32|uint64(uint32(wid))]
					if !ok {
						next = -1
					}
				}
				if next < 0 {
					next = int32(len(lx.nodes))
					lx.nodes = append(lx.nodes, lexNode{})
					if k == 0 {
						lx.root[wid] = next
					} else {
						edges[uint64(node)<<32|uint64(uint32(wid))] = next
					}
				}
				node = next
			}
			lx.nodes[node].cats |= l.c
			lx.nodes[node].final = true
		}
	}
	for k, v := range f.Months {
		months[foldString(k)] = []int32{int32(v)}
	}
	for k, v := range f.sharedMonths {
		if _, ok := months[foldString(k)]; !ok {
			months[foldString(k)] = []int32{int32(v)}
		}
	}
	lx.ids, lx.months = newIndex(ids), newIndex(months)
	// A longer phrase also carries the categories of the phrases it extends
	// ("invited to" is an intent, and "invited" a foreseeability marker).
	keys := make([]uint64, 0, len(edges))
	for k := range edges {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(a, b int) bool { return keys[a] < keys[b] })
	lx.kids = make([]int32, len(lx.nodes)+1)
	for _, k := range keys {
		lx.kids[k>>32+1]++
	}
	for n := 1; n < len(lx.kids); n++ {
		lx.kids[n] += lx.kids[n-1]
	}
	for _, k := range keys { // sorted by node, then word id
		lx.kidWord = append(lx.kidWord, int32(uint32(k)))
		lx.kidNode = append(lx.kidNode, edges[k])
	}
	var walk func(node int32, inherited cat)
	walk = func(node int32, inherited cat) {
		if lx.nodes[node].final {
			lx.nodes[node].cats |= inherited
			inherited = lx.nodes[node].cats
		}
		for _, c := range lx.kidNode[lx.kids[node]:lx.kids[node+1]] {
			walk(c, inherited)
		}
	}
	for _, n := range lx.root {
		if n >= 0 {
			walk(n, 0)
		}
	}
	return lx, nil
}

// phraseWords splits a lexicon phrase into folded words the way the
// tokenizer splits a text: "m'a demandé" is m, a, demande.
func phraseWords(p string) []string {
	var out []string
	toks := tokenize(p, nil)
	for _, t := range toks {
		out = append(out, foldString(p[t.start:t.stop()]))
	}
	return out
}

// foldString folds a whole string (lowercase, accents off).
func foldString(s string) string {
	var b []byte
	b = appendFold(b, s)
	return strings.TrimSpace(string(b))
}
