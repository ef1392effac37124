package render

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/expedite/expedite/internal/answers"
	"github.com/expedite/expedite/internal/msg"
)

// The request says each fact once: a fact the applicant's description
// already states is not said again by the composed parts. These helpers
// decide whether a text states a value, as a careful reader would: every
// number of the value (a phone, an id, a day) is in the text, most of its
// names are, and most of its other words (a word counts when one in the
// text begins the same way: "injured" for "injuries").

// isoDate is a date as the answers file writes it.
var isoDate = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`)

// spellDates writes the ISO dates of an applicant's text as the request
// writes dates (formatting, not inventing: the same day).
func spellDates(s string, p *msg.Printer) string {
	return isoDate.ReplaceAllStringFunc(s, func(m string) string {
		d, err := answers.ParseDate(m)
		if err != nil {
			return m
		}
		return LongDate(d, p)
	})
}

// yearAfter is a year following a day: ", 2027".
var yearAfter = regexp.MustCompile(`^,? \d{4}\b`)

// numberRE finds the numbers of a text: phone numbers and ids written
// with separators count as one number.
var numberRE = regexp.MustCompile(`\+?\d(?:[\d().\- ]*\d)?`)

func numbers(s string) []string {
	var ns []string
	for _, m := range numberRE.FindAllString(s, -1) {
		ns = append(ns, strings.Map(func(r rune) rune {
			if unicode.IsDigit(r) {
				return r
			}
			return -1
		}, m))
	}
	return ns
}

// stopWords are words too common to show that a text states a fact.
var stopWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`the and for with from that this are was were has have had his her its our their
		into onto after before who whom which than then them they she him you your not but all any
		les des une pour par sur dans avec qui que mon mes son ses est sont aux leur nos vos`) {
		stopWords[w] = true
	}
}

type words struct {
	names, others []string // names: words written with a capital letter
}

func wordsOf(s string) words {
	var w words
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
		f = strings.Trim(f, "'")
		low := strings.ToLower(f)
		if len([]rune(low)) < 3 || stopWords[low] {
			continue
		}
		if unicode.IsUpper([]rune(f)[0]) {
			w.names = append(w.names, low)
		} else {
			w.others = append(w.others, low)
		}
	}
	return w
}

// hasWord reports whether a text word begins as w does (five letters, or
// all of a shorter word).
func hasWord(text map[string]bool, w string) bool {
	if text[w] {
		return true
	}
	r := []rune(w)
	if len(r) < 5 {
		return false
	}
	pre := string(r[:5])
	for t := range text {
		if strings.HasPrefix(t, pre) {
			return true
		}
	}
	return false
}

func share(text map[string]bool, ws []string) float64 {
	if len(ws) == 0 {
		return 1
	}
	n := 0
	for _, w := range ws {
		if hasWord(text, w) {
			n++
		}
	}
	return float64(n) / float64(len(ws))
}

// stated reports whether text already states value.
func stated(value, text string) bool {
	value = strings.TrimSpace(value)
	if value == "" {
		return true
	}
	have := map[string]bool{}
	for _, n := range numbers(text) {
		have[n] = true
	}
	for _, n := range numbers(value) {
		if !have[n] {
			return false
		}
	}
	tw := map[string]bool{}
	all := wordsOf(text)
	for _, w := range append(all.names, all.others...) {
		tw[w] = true
	}
	vw := wordsOf(value)
	if len(vw.names)+len(vw.others) == 0 {
		return len(numbers(value)) > 0
	}
	return share(tw, vw.names) >= 0.7 && share(tw, append(vw.names, vw.others...)) >= 0.6
}

// dateStated reports whether text names the day d, with or without its
// year ("December 10" or "December 10, 2027"; "10 décembre"), in the
// request's form.
func dateStated(d answers.Date, text string, p *msg.Printer) bool {
	if d.IsZero() {
		return true
	}
	text = strings.ReplaceAll(text, "\u00a0", " ")
	long := strings.ReplaceAll(LongDate(d, p), "\u00a0", " ")
	if strings.Contains(text, long) {
		return true
	}
	// The day without its year, not followed by another year.
	short := strings.TrimRight(strings.TrimSuffix(long, strconv.Itoa(d.Year)), " ,")
	if short == long {
		return false
	}
	for i := 0; ; {
		k := strings.Index(text[i:], short)
		if k < 0 {
			return false
		}
		rest := text[i+k+len(short):]
		if !yearAfter.MatchString(rest) && (rest == "" || !unicode.IsDigit([]rune(rest)[0])) {
			return true
		}
		i += k + len(short)
	}
}
