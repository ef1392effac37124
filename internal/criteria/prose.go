package criteria

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// LintOptions configure Lint.
type LintOptions struct {
	MaxWords int // 0 means DefaultMaxWords
}

// Lint runs the prose rules (unacceptable-reason, vague, emotional,
// too-long) over a text written outside an answers file. Findings carry
// the line and column of what they found.
func Lint(text string, opt LintOptions) []Finding {
	max := opt.MaxWords
	if max <= 0 {
		max = DefaultMaxWords
	}
	fs := reasonFindings(text, "text", nil)
	fs = append(fs, pitfallFindings(text, "text", max)...)
	Sort(fs)
	return fs
}

// sentence is a span of the text between sentence ends.
type sentence struct {
	start int // byte offset in the text
	text  string
}

var abbreviations = map[string]bool{
	"dr": true, "mr": true, "mrs": true, "ms": true, "st": true, "jr": true, "sr": true, "inc": true,
	"ltd": true, "co": true, "corp": true, "ave": true, "mt": true, "no": true, "vs": true, "etc": true,
	"e.g": true, "i.e": true, "prof": true, "u.s": true, "a.m": true, "p.m": true,
}

// sentences splits text at '.', '!' or '?' followed by a space, and at blank
// lines. A single line break is a space: people wrap lines by hand.
func sentences(text string) []sentence {
	var out []sentence
	start := 0
	emit := func(end int) {
		if s := text[start:end]; strings.TrimSpace(s) != "" {
			out = append(out, sentence{start, s})
		}
		start = end
	}
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c == '\n' && i+1 < len(text) && isBlankLineAhead(text[i+1:]):
			emit(i + 1)
		case (c == '.' || c == '!' || c == '?') && (i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\n' || text[i+1] == '\t'):
			if c == '.' && isAbbreviation(text[start:i]) {
				continue
			}
			emit(i + 1)
		}
	}
	emit(len(text))
	return out
}

func isBlankLineAhead(s string) bool {
	for _, r := range s {
		switch r {
		case '\n':
			return true
		case ' ', '\t', '\r':
			continue
		}
		return false
	}
	return false
}

// isAbbreviation reports whether the text before a '.' ends in an
// abbreviation or a single initial ("Dr.", "A.").
func isAbbreviation(before string) bool {
	i := strings.LastIndexAny(before, " \n\t(")
	w := strings.ToLower(before[i+1:])
	if utf8.RuneCountInString(w) == 1 {
		return true
	}
	return abbreviations[w]
}

// reason is one of the reasons the posts never accept, as patterns.
type reason struct {
	name     string         // plain words for the message
	keyword  *regexp.Regexp // what names it
	needsCue bool           // only a purpose when a purpose cue is near
	requires *regexp.Regexp // must also be in the sentence (nil: nothing)
	cue      *regexp.Regexp // replaces cueRE for this reason (nil: cueRE)
}

func ci(p string) *regexp.Regexp { return regexp.MustCompile(`(?i)` + p) }

var reasons = []reason{
	{name: "attending a wedding", keyword: ci(`\b(weddings?|marriage ceremony|get(ting)? married|gets married)\b`)},
	{name: "attending a graduation", keyword: ci(`\b(graduation|graduating|convocation|commencement ceremony)\b`)},
	{name: "assisting a pregnant relative", keyword: ci(`\b(pregnan(t|cy)|giv(e|es|ing) birth|due date|expecting a baby|newborn|new baby)\b`), needsCue: true,
		cue: ci(`\b(help|helping|assist|assisting|support|supporting|care for|take care|look after|be with|be there|be present|attend the birth)\b`)},
	{name: "an annual conference", keyword: ci(`\b(conference|convention|trade (show|fair)|symposium|annual (general )?meeting)\b`)},
	{name: "tourism or a vacation", keyword: ci(`\b(tourism|tourist|vacations?|holidays?|sightseeing|road trip|disney\w*|cruise|ski trip|spring break)\b`)},
	{name: "tickets already bought", keyword: ci(`\b(tickets?|flights?|air ?fares?|plane)\b`), requires: ci(`\b(already|non-?refundable|bought|purchased|paid for)\b`), cue: ci(`\b(because|since|as|so|therefore)\b`)},
}

var (
	// emergencyRE marks a sentence about a real emergency: an excluded word
	// in it is a circumstance, not the purpose ("collapsed at the wedding").
	emergencyRE = ci(`\b(died|dead|death|deceased|passed away|dying|funeral|burial|collapsed|accident|intensive care|icu|hospitali[sz](ed|ation)|hospital|surgery|surgical|critical|life[- ]threatening|stroke|heart attack|cardiac|cancer|tumou?rs?|diagnos\w*|injur(y|ies|ed)|coma|terminal|palliative|hospice|ventilator|life support|gravely|seriously ill|transplant|emergency room)\b`)
	// cueRE before an excluded word makes it the purpose of the trip.
	cueRE       = ci(`\b(attend|attending|go to|going to|be at|be present|present at|celebrate|celebrating|for|witness|officiate|participate|participating|join|joining|travel|travelling|traveling|visit|visiting|invited|invitation|guest|help|helping|assist|assisting|support|supporting|care for|take care|be with|plan|planned|planning|book|booked|enjoy|spend)\b`)
	bePresentRE = ci(`\b(be there|be present|be by (her|his|their) side)\b`)
	// passingRE just before an excluded word makes it a place or time.
	passingRE = ci(`\b(at|during|after|before|since|while|following|from)\b`)
	notConfRE = ci(`\b(video|tele|press|news|phone)[- ]?$`)
)

// windowBefore returns up to n words of s that end at byte offset i.
func windowBefore(s string, i, n int) string {
	j := i
	for words := 0; j > 0 && words < n; {
		j--
		if s[j] == ' ' || s[j] == '\n' {
			words++
		}
	}
	return s[j:i]
}

// reasonFindings reports each excluded reason that reads as the purpose of
// the trip, at most once each, from the text and then the evidence items.
func reasonFindings(text, field string, evidence []string) []Finding {
	var fs []Finding
	fired := map[string]bool{}
	textEmergency := emergencyRE.MatchString(text)
	lines := newLineIndex(text)
	for _, s := range sentences(text) {
		for _, r := range reasons {
			if fired[r.name] {
				continue
			}
			if loc := reasonMatch(r, s.text, textEmergency); loc != nil {
				fired[r.name] = true
				f := reasonFinding(r, field, s.text[loc[0]:loc[1]], strings.TrimSpace(s.text))
				f.Line, f.Column = lines.position(s.start + loc[0])
				fs = append(fs, f)
			}
		}
	}
	for i, item := range evidence {
		for _, r := range reasons {
			if fired[r.name] {
				continue
			}
			if loc := reasonMatch(r, item, emergencyRE.MatchString(item)); loc != nil {
				fired[r.name] = true
				f := reasonFinding(r, fmt.Sprintf("evidence"), item[loc[0]:loc[1]], strings.TrimSpace(item))
				f.Message = fmt.Sprintf("Evidence item %d (%q) points to %s as the purpose of the trip. ", i+1, clip(item, 60), r.name) + reasonFix
				fs = append(fs, f)
			}
		}
	}
	return fs
}

const reasonFix = "The posts never accept that as an emergency. If that is the reason, book a regular appointment as early as you can; if the emergency is something else, state it plainly and leave this out."

func reasonFinding(r reason, field, match, sentence string) Finding {
	f := newFinding(RuleUnacceptableReason, Error, field,
		"The purpose of the trip reads as %s (%q). %s", r.name, clip(sentence, 80), reasonFix)
	f.Match = match
	return f
}

// reasonMatch returns the location of r in a sentence when it reads as the
// purpose of the trip, or nil.
func reasonMatch(r reason, s string, textEmergency bool) []int {
	if r.requires != nil && !r.requires.MatchString(s) {
		return nil
	}
	locs := r.keyword.FindAllStringIndex(s, -1)
	if locs == nil || emergencyRE.MatchString(s) {
		return nil
	}
	for _, loc := range locs {
		before := windowBefore(s, loc[0], 8)
		if r.name == "an annual conference" && notConfRE.MatchString(before) {
			continue
		}
		var cue bool
		if r.cue != nil {
			cue = r.cue.MatchString(s)
		} else {
			cue = cueRE.MatchString(before) || bePresentRE.MatchString(s)
		}
		passing := passingRE.MatchString(windowBefore(s, loc[0], 3))
		switch {
		case r.needsCue && !cue:
		case passing && !cue && r.cue == nil:
		case textEmergency && !cue:
		default:
			return loc
		}
	}
	return nil
}

var (
	emotionalRE = ci(`\b(please[\s,.!]*please|i beg( you)?|begging|desperate(ly)?|god bless|i pray|praying|have mercy|mercy|heart ?broken|devastated|(my|our) (only|last) hope|in tears|i am crying|please help( me| us)?|breaking my heart|i can'?t live|for the love of god)\b|!{2,}`)
	shoutWords  = map[string]bool{"URGENT": true, "PLEASE": true, "HELP": true, "EMERGENCY": true, "IMMEDIATELY": true, "DYING": true, "ASAP": true, "NOW": true}

	whenRE   = ci(`\b(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}(/\d{2,4})?|(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\.? \d{1,2}|\d{1,2}(st|nd|rd|th)? (of )?(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)|yesterday|today|tonight|tomorrow|last (night|week|month)|this (morning|week)|(on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)|\d+ (days?|weeks?|hours?) ago)\b`)
	whereRE  = regexp.MustCompile(`\b(in|at|to|from|near) (the )?[A-Z][\p{L}'-]+|, [A-Z]{2}\b|(?i)\b(hospital|clinic|medical cent(er|re)|funeral home|university|college|school|headquarters|office|plant|factory|site|stadium|arena)\b`)
	whoRE    = regexp.MustCompile(`(?i)\b(father|mother|dad|mom|mum|parents?|son|daughter|child|children|brother|sister|sibling|husband|wife|spouse|grand\w+|uncle|aunt|cousin|employer|company|client|customer|manager|boss|ceo|organi[sz]er|committee|team|doctor|physician|surgeon|oncologist|dr\.?)\b|\b[A-Z][\p{Ll}'-]+ [A-Z][\p{Ll}'-]+`)
	fillerRE = ci(`\b(family matter|personal (reasons?|matter)|urgent (matter|reasons?|business matter)|various reasons|(my )?presence is (essential|required|needed|necessary)|it is (very )?(important|essential)|family emergency)\b`)
)

const minWords = 20

// pitfallFindings reports the weak-writing pitfalls of a text.
func pitfallFindings(text, field string, maxWords int) []Finding {
	if strings.TrimSpace(text) == "" {
		return nil
	}
	var fs []Finding
	lines := newLineIndex(text)
	words := len(strings.Fields(text))

	if f, ok := vagueFinding(text, field, words); ok {
		fs = append(fs, f)
	}
	if f, ok := emotionalFinding(text, field, lines); ok {
		fs = append(fs, f)
	}
	if words > maxWords {
		fs = append(fs, newFinding(RuleTooLong, Warning, field,
			"The text has %d words; keep it under %d. Officers read quickly and most posts give one chance: lead with the facts and let the documents carry the detail.", words, maxWords))
	}
	return fs
}

func vagueFinding(text, field string, words int) (Finding, bool) {
	if words < minWords {
		return newFinding(RuleVague, Warning, field,
			"The text is very short (%d words). An officer needs the facts: what happened, when (a date), where (city, hospital or company), and who is involved, by name.", words), true
	}
	var missing []string
	if !whenRE.MatchString(text) {
		missing = append(missing, "when (a date)")
	}
	if !whereRE.MatchString(text) {
		missing = append(missing, "where (a city, hospital or company)")
	}
	if !whoRE.MatchString(text) {
		missing = append(missing, "who is involved (a name or relationship)")
	}
	filler := fillerRE.FindString(text)
	if len(missing) >= 2 || (filler != "" && len(missing) >= 1) {
		msg := "The text does not say " + joinAnd(missing) + "."
		if filler != "" {
			msg = fmt.Sprintf("%q says nothing an officer can check, and the text does not say %s.", filler, joinAnd(missing))
		}
		return newFinding(RuleVague, Warning, field,
			"%s State what happened, when, where and who, for example: \"On 2026-11-20 my father, Paul Tremblay, was admitted to Massachusetts General Hospital in Boston after a car accident.\"", msg), true
	}
	return Finding{}, false
}

func emotionalFinding(text, field string, lines lineIndex) (Finding, bool) {
	type hit struct {
		at   int
		text string
	}
	var hits []hit
	for _, loc := range emotionalRE.FindAllStringIndex(text, 8) {
		hits = append(hits, hit{loc[0], text[loc[0]:loc[1]]})
	}
	if at, s, ok := shouting(text); ok {
		hits = append(hits, hit{at, s})
	}
	if len(hits) == 0 {
		return Finding{}, false
	}
	first := hits[0]
	var quoted []string
	seen := map[string]bool{}
	for _, h := range hits {
		if h.at < first.at {
			first = h
		}
		k := strings.ToLower(h.text)
		if !seen[k] && len(quoted) < 4 {
			seen[k] = true
			quoted = append(quoted, fmt.Sprintf("%q", clip(h.text, 40)))
		}
	}
	f := newFinding(RuleEmotional, Warning, field,
		"%s %s a plea, not a fact. Officers decide on facts: state what happened, when and where, calmly, and let the documents show the urgency.",
		strings.Join(quoted, ", "), map[bool]string{true: "is", false: "are"}[len(quoted) == 1])
	f.Line, f.Column = lines.position(first.at)
	f.Match = first.text
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

func joinAnd(parts []string) string {
	switch len(parts) {
	case 0:
		return ""
	case 1:
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " or " + parts[len(parts)-1]
}

// clip shortens s to n characters on one line, for quoting in a message.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// lineIndex maps byte offsets to 1-based line and character columns.
type lineIndex struct {
	text   string
	starts []int
}

func newLineIndex(text string) lineIndex {
	starts := []int{0}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			starts = append(starts, i+1)
		}
	}
	return lineIndex{text, starts}
}

func (l lineIndex) position(off int) (line, col int) {
	lo, hi := 0, len(l.starts)
	for lo+1 < hi {
		mid := (lo + hi) / 2
		if l.starts[mid] <= off {
			lo = mid
		} else {
			hi = mid
		}
	}
	return lo + 1, utf8.RuneCountInString(l.text[l.starts[lo]:off]) + 1
}
