package prose

import (
	"strings"
	"unicode/utf8"
)

// segment cuts the tokens into sentences and the sentences into clauses.
//
// A sentence ends at '!', '?', '…', a blank line, a line that starts a
// list item, or a period followed by a space, except after a title ("Dr.",
// « M. », "Mme."), an initial, a month abbreviation before a number
// ("Dec. 3"), or a common abbreviation ("Inc.", "a.m.") unless the next
// word starts a sentence ("The", "I", "Je"...). A clause ends at ';', a
// parenthesis or a dash, before a clause word ("because", "where", "who",
// « parce que », « où »), and at a comma or an "and" followed by a subject.
func (d *Doc) segment() {
	n := len(d.toks)
	if n == 0 {
		return
	}
	sentLo, clauseLo := 0, 0
	closeClause := func(hi int) {
		c := int32(len(d.clauses))
		d.clauses = append(d.clauses, clause{lo: int32(clauseLo), hi: int32(hi), sent: int32(len(d.sents))})
		for k := clauseLo; k < hi; k++ {
			d.toks[k].clause = c
		}
		clauseLo = hi
	}
	closeSentence := func(hi int) {
		closeClause(hi)
		d.sents = append(d.sents, sentence{lo: int32(sentLo), hi: int32(hi), start: d.toks[sentLo].start, end: d.sentenceEnd(hi - 1)})
		sentLo = hi
	}
	for i := 0; i+1 < n; i++ {
		gap := d.text[d.toks[i].stop():d.toks[i+1].start]
		if gap == " " {
			// the common case: only a clause word can cut here
			next := &d.toks[i+1]
			if next.cats&catBreak != 0 || next.cats&catAnd != 0 && d.endsClause(i, gap) {
				closeClause(i + 1)
			}
			continue
		}
		if d.endsSentence(i, gap) {
			closeSentence(i + 1)
			continue
		}
		if d.endsClause(i, gap) || strings.Contains(gap, ",") && clauseLo > sentLo && describesSomeone[d.key(clauseLo)] {
			// the comma that closes "..., who has cancer, ..." too
			closeClause(i + 1)
		}
	}
	closeSentence(n)
}

// sentenceEnd is the byte after the last token of a sentence and its
// closing punctuation.
func (d *Doc) sentenceEnd(last int) int32 {
	e := int(d.toks[last].stop())
	limit := len(d.text)
	if last+1 < len(d.toks) {
		limit = int(d.toks[last+1].start)
	}
	for e < limit {
		switch d.text[e] {
		case '.', '!', '?', ')', '"', '\'', ':', ';':
			e++
			continue
		}
		if strings.HasPrefix(d.text[e:limit], "…") || strings.HasPrefix(d.text[e:limit], "»") || strings.HasPrefix(d.text[e:limit], "\u201d") {
			_, size := utf8.DecodeRuneInString(d.text[e:])
			e += size
			continue
		}
		break
	}
	return int32(e)
}

func (d *Doc) endsSentence(i int, gap string) bool {
	if strings.ContainsAny(gap, "!?") || strings.Contains(gap, "…") {
		return true
	}
	if nl := strings.IndexByte(gap, '\n'); nl >= 0 {
		rest := gap[nl+1:]
		if strings.IndexByte(rest, '\n') >= 0 {
			return true // blank line
		}
		if t := strings.TrimLeft(rest, " \t\r"); t != "" && (t[0] == '-' || t[0] == '*' || strings.HasPrefix(t, "•")) {
			return true // list item
		}
		if d.toks[i+1].flags&fDigits != 0 && strings.HasPrefix(d.text[d.toks[i+1].stop():], ")") {
			return true // numbered item: "2)"
		}
	}
	dot := strings.IndexByte(gap, '.')
	switch {
	case dot < 0:
		return false
	case dot > 0:
		return true // `word." Next`, `word). Next`
	case len(gap) == 1:
		return false
	}
	// A period right after the word: is the word an abbreviation?
	next := i + 1
	single := d.single(i)
	nextCap := d.toks[next].flags&fCap != 0
	switch {
	case strings.HasPrefix(gap, ".."):
		return true
	case single&catTitle != 0 && d.toks[i].flags&fDigits == 0:
		return false
	case d.toks[i].stop()-d.toks[i].start == 1 && d.toks[i].flags&fCap != 0:
		return false // an initial
	case single&catMonthAbbrev != 0 && d.toks[next].flags&fHasDigit != 0:
		return false
	case single&catWeakAbbrev != 0:
		return nextCap && d.single(next)&catStarter != 0
	case strings.IndexByte(d.raw(i), '.') >= 0 && !nextCap && d.toks[next].flags&fAlpha != 0:
		return false // a dotted abbreviation goes on: "Washington, D.C. on", "9 a.m. at"
	}
	return true
}

func (d *Doc) endsClause(i int, gap string) bool {
	if strings.ContainsAny(gap, ";()[]") || strings.Contains(gap, "—") || strings.Contains(gap, "–") || strings.Contains(gap, " - ") {
		return true
	}
	next := &d.toks[i+1]
	if next.cats&catBreak != 0 {
		return true
	}
	subject := catSelf | catOther | catPossessive
	if strings.ContainsAny(gap, ",:") && (next.cats&(subject|catNeutral) != 0 || describesSomeone[d.key(i+1)]) {
		return true // "..., my father", « ma mère, atteinte d'un cancer, »
	}
	if next.cats&catAnd != 0 && i+2 < len(d.toks) && d.toks[i+2].cats&subject != 0 {
		return true
	}
	// "... last year and Sam asked me to ...", « ... et Marc m'a demandé »:
	// "and" then a person's name (one capitalised word, not a place or a
	// month) then a lower-case word starts a clause of its own.
	if next.cats&catAnd != 0 && i+3 < len(d.toks) {
		name, after := &d.toks[i+2], &d.toks[i+3]
		notName := catPlaceUS | catPlaceCA | catPlaceOther | catStateUS | catStateCA | catMonth | catMonthAbbrev | catWeekday | catTitle | catOrgHead | catFunction
		if name.flags&fCap != 0 && name.flags&fAllCaps == 0 && name.cats&notName == 0 && d.single(i+2)&notName == 0 &&
			after.flags&fCap == 0 && after.flags&fAlpha != 0 && d.text[name.stop():after.start] == " " {
			return true
		}
	}
	return false
}
