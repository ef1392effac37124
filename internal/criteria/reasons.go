package criteria

import (
	"sync"

	"github.com/expedite/expedite/internal/catalog"
)

// RuleUnacceptableReason fires when the purpose of the trip is one of the
// catalog's reasons never accepted.
const RuleUnacceptableReason = "eligibility.unacceptable-reason"

// screenLanguage is the language whose term lists the current screening
// rules read. The screening engine in internal/prose reads the others.
const screenLanguage = "en"

// reason is one of the catalog's reasons never accepted, compiled into
// word lists for the screening rules.
type reason struct {
	id       string
	keyword  *phraseSet // what names it
	needsCue bool       // only a purpose when a cue is in the sentence
	requires *phraseSet // must also be in the sentence (nil: nothing)
	cue      *phraseSet // anywhere in the sentence, replaces the purpose cues before the keyword
	notAfter *phraseSet // a word just before the keyword that makes it something else
}

var compiled sync.Map // *catalog.Country -> []reason

// reasonsOf compiles a country's reasons once.
func reasonsOf(co *catalog.Country) []reason {
	if rs, ok := compiled.Load(co); ok {
		return rs.([]reason)
	}
	opt := func(t catalog.Terms) *phraseSet {
		if l := t.In(screenLanguage); len(l) > 0 {
			return phrases(l...)
		}
		return nil
	}
	var rs []reason
	for _, r := range co.Reasons {
		rs = append(rs, reason{id: r.ID, keyword: phrases(r.Terms.In(screenLanguage)...), needsCue: r.NeedsCue,
			requires: opt(r.Requires), cue: opt(r.Cues), notAfter: opt(r.NotAfter)})
	}
	compiled.Store(co, rs)
	return rs
}

var (
	// emergencyWords mark a sentence about a real emergency: an excluded
	// word in it is a circumstance, not the purpose ("collapsed at the wedding").
	emergencyWords = phrases("died", "dead", "death", "deceased", "passed away", "dying", "funeral", "burial", "collapsed",
		"accident", "intensive care", "icu", "hospitali*", "hospital", "surgery", "surgical", "critical", "life-threatening",
		"life threatening", "stroke", "heart attack", "cardiac", "cancer", "tumor", "tumors", "tumour", "tumours", "diagnos*",
		"injury", "injuries", "injured", "coma", "terminal", "palliative", "hospice", "ventilator", "life support", "gravely",
		"seriously ill", "transplant", "emergency room", "surgeon", "operation", "treatment", "chemotherapy",
		"seizure", "overdose", "ambulance", "paramedics", "doctor", "physician", "oncologist", "cardiologist")
	// purposeCues before an excluded word make it the purpose of the trip.
	purposeCues = phrases("attend", "attending", "go to", "going to", "be at", "be present", "present at", "celebrate",
		"celebrating", "for", "witness", "officiate", "participate", "participating", "join", "joining", "travel",
		"travelling", "traveling", "visit", "visiting", "invited", "invitation", "guest", "help", "helping", "assist",
		"assisting", "support", "supporting", "care for", "take care", "be with", "plan", "planned", "planning", "book",
		"booked", "enjoy", "spend", "present", "presenting", "speak", "speaking", "exhibit", "exhibiting", "register",
		"registered")
	bePresent = phrases("be there", "be present", "be by her side", "be by his side", "be by their side")
	// passingWords just before an excluded word make it a place or a time.
	passingWords = phrases("at", "during", "after", "before", "since", "while", "following", "from")
)

// emergencySentences returns the sentences that name a real emergency. It
// is worked out once, and only for texts that name an excluded reason.
func (p *prose) emergencySentences() map[int]bool {
	if p.emergency == nil {
		p.emergency = map[int]bool{}
		for j := 0; j < len(p.toks); j++ {
			if m := emergencyWords.matchAt(p.toks, j, len(p.toks)); m > 0 {
				p.emergency[p.toks[j].sent] = true
				j += m - 1
			}
		}
	}
	return p.emergency
}

// reasonFindings reports each excluded reason that reads as the purpose of
// the trip, at most once each, from the text and then the evidence items.
// In a purpose text (event.what) every mention counts, unless the sentence
// is about a real emergency.
func reasonFindings(co *catalog.Country, p *prose, field string, evidence []string, purpose bool) []Finding {
	var fs []Finding
	fired := map[string]bool{}
	rs := reasonsOf(co)
	if len(p.toks) > 0 {
		for _, r := range rs {
			if i, n := p.reasonMatch(r, purpose); i >= 0 {
				fired[r.id] = true
				t := p.toks[i]
				f := newFinding(RuleUnacceptableReason, Error, field, map[string]any{
					"reason": r.id, "sentence": clip(p.sentenceText(t.sent), 80)})
				f.Match = p.text[t.start:p.toks[i+n-1].end]
				f.Line, f.Column = p.lines.position(t.start)
				fs = append(fs, f)
			}
		}
	}
	for k, item := range evidence {
		p := newProse(item)
		for _, r := range rs {
			if fired[r.id] {
				continue
			}
			if i, n := p.reasonMatch(r, false); i >= 0 {
				fired[r.id] = true
				f := newFinding(RuleUnacceptableReason, Error, "evidence", map[string]any{
					"reason": r.id, "item": k + 1, "text": clip(item, 60)})
				f.MessageID = RuleUnacceptableReason + ".evidence"
				f.Match = item[p.toks[i].start:p.toks[i+n-1].end]
				fs = append(fs, f)
			}
		}
	}
	return fs
}

// reasonMatch returns the first place (token index and length) where r
// reads as the purpose of the trip, or -1. In a purpose text every mention
// is a purpose.
func (p *prose) reasonMatch(r reason, purpose bool) (int, int) {
	for i := 0; i < len(p.toks); i++ {
		n := r.keyword.matchAt(p.toks, i, len(p.toks))
		if n == 0 {
			continue
		}
		emergency := p.emergencySentences()
		textEmergency := len(emergency) > 0
		s := p.toks[i].sent
		lo, hi := p.spans[s][0], p.spans[s][1]
		if emergency[s] || (r.requires != nil && !r.requires.in(p.toks, lo, hi)) {
			continue
		}
		if r.notAfter != nil && i > lo && r.notAfter.matchAt(p.toks, i-1, i) > 0 {
			continue
		}
		cue := purpose
		switch {
		case purpose:
		case r.cue != nil:
			cue = r.cue.in(p.toks, lo, hi)
		default:
			cue = purposeCues.in(p.toks, max(lo, i-8), i) || bePresent.in(p.toks, lo, hi)
		}
		passing := passingWords.in(p.toks, max(lo, i-3), i)
		switch {
		case r.needsCue && !cue:
		case passing && !cue && r.cue == nil:
		case textEmergency && !cue:
		default:
			return i, n
		}
		i += n - 1
	}
	return -1, 0
}
