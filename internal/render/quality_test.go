package render

import (
	"fmt"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/expedite/expedite/internal/answers"
	"github.com/expedite/expedite/internal/catalog"
	"github.com/expedite/expedite/internal/criteria"
	"github.com/expedite/expedite/internal/msg"
)

// The bar an experienced consular reader sets for the request, measured on
// every example: short, each fact and each date said once, one date
// format, plain composed words, nothing that is not in the answers.

const (
	maxRequestWords = 250
	maxRequestChars = 1500
	repeatOverlap   = 0.6 // word-trigram overlap at which two sentences say the same
	maxDateUses     = 2
	minFlesch       = 50.0 // reading ease of the English composed parts
)

func examples(t *testing.T) []string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "..", "examples", "*.yaml"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no examples: %v", err)
	}
	var names []string
	for _, p := range paths {
		names = append(names, strings.TrimSuffix(filepath.Base(p), ".yaml"))
	}
	return names
}

// sentenceSplit cuts a text into sentences: at a line end, and after . ! ?
// followed by a space and a capital letter or digit (not after "Dr." or an
// initial).
var sentenceEnd = regexp.MustCompile(`([.!?])\s+`)

func sentencesOf(text string) []string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(line), "- "))
		if line == "" {
			continue
		}
		start := 0
		for _, m := range sentenceEnd.FindAllStringIndex(line, -1) {
			before := line[start:m[0]]
			last := before[strings.LastIndexAny(before, " ")+1:]
			next := []rune(line[m[1]:])
			if len(next) == 0 || !(unicode.IsUpper(next[0]) || unicode.IsDigit(next[0])) || isAbbrev(last) {
				continue
			}
			out = append(out, strings.TrimSpace(line[start:m[0]+1]))
			start = m[1]
		}
		if rest := strings.TrimSpace(line[start:]); rest != "" {
			out = append(out, rest)
		}
	}
	return out
}

func lowerWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '-'
	})
}

func trigrams(s string) map[string]bool {
	ws := lowerWords(s)
	out := map[string]bool{}
	for i := 0; i+3 <= len(ws); i++ {
		out[strings.Join(ws[i:i+3], " ")] = true
	}
	return out
}

// overlap is the share of the shorter sentence's word trigrams that the
// other one has too.
func overlap(a, b string) float64 {
	ta, tb := trigrams(a), trigrams(b)
	if len(ta) == 0 || len(tb) == 0 {
		return 0
	}
	n := 0
	for g := range ta {
		if tb[g] {
			n++
		}
	}
	return float64(n) / float64(min(len(ta), len(tb)))
}

// syllables counts an English word's syllables: vowel groups, a final
// silent e taken off, at least one.
func syllables(w string) int {
	w = strings.ToLower(w)
	n, prev := 0, false
	for _, r := range w {
		v := strings.ContainsRune("aeiouy", r)
		if v && !prev {
			n++
		}
		prev = v
	}
	if strings.HasSuffix(w, "e") && !strings.HasSuffix(w, "le") && n > 1 {
		n--
	}
	return max(n, 1)
}

// flesch is the Flesch reading ease of sentences.
func flesch(sents []string) float64 {
	var words, syl int
	for _, s := range sents {
		for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
			words++
			syl += syllables(w)
		}
	}
	if words == 0 {
		return 100
	}
	return 206.835 - 1.015*float64(words)/float64(len(sents)) - 84.6*float64(syl)/float64(words)
}

var (
	monthDay = regexp.MustCompile(`\b(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2})\b(, (\d{4}))?`)
	otherDay = regexp.MustCompile(`\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December)\b`)
	numberIn = regexp.MustCompile(`\d+`)
	isoIn    = regexp.MustCompile(`\d{4}-\d{2}-\d{2}`)
)

// composedWords are the words the program itself may write: every word of
// the catalog's files and of the English messages.
func composedWords(t *testing.T) map[string]bool {
	t.Helper()
	ws := map[string]bool{}
	add := func(b []byte) {
		for _, w := range lowerWords(string(b)) {
			ws[strings.Trim(w, "'-")] = true
		}
	}
	err := fs.WalkDir(catalog.Files(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(catalog.Files(), p)
		add(b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join("..", "msg", "data", "en.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	add(b)
	for m := time.January; m <= time.December; m++ {
		ws[strings.ToLower(m.String())] = true // dates are written out
	}
	return ws
}

// TestRequestQuality renders every example and fails on any breach of the
// bar: length, a repeated sentence, a date said more than twice or in
// another format, a name, number or date that is not in the answers, hard
// composed words, an emotional word, or a request for a specific
// appointment date.
func TestRequestQuality(t *testing.T) {
	vocab := composedWords(t)
	p := msg.For(msg.Default)
	for _, name := range examples(t) {
		t.Run(name, func(t *testing.T) {
			a := load(t, name)
			raw, err := os.ReadFile(filepath.Join("..", "..", "examples", name+".yaml"))
			if err != nil {
				t.Fatal(err)
			}
			as := criteria.Assess(a, criteria.Options{})
			text, err := Request(as, p)
			if err != nil {
				t.Fatal(err)
			}
			words, chars := Counts(text)
			t.Logf("%d words, %d characters", words, chars)
			if words > maxRequestWords || chars > maxRequestChars {
				t.Errorf("%d words and %d characters; at most %d and %d", words, chars, maxRequestWords, maxRequestChars)
			}

			// No sentence said twice, none nearly the same as another.
			sents := sentencesOf(text)
			for i := range sents {
				for j := i + 1; j < len(sents); j++ {
					if o := overlap(sents[i], sents[j]); o >= repeatOverlap || sents[i] == sents[j] {
						t.Errorf("repeated (%.2f):\n  %s\n  %s", o, sents[i], sents[j])
					}
				}
			}

			// One date format; each day at most twice; every day is one
			// of the answers' dates or the window's end the engine worked out.
			if m := otherDay.FindString(text); m != "" {
				t.Errorf("a date not in the long form: %q", m)
			}
			days := map[string]answers.Date{}
			for _, iso := range isoIn.FindAllString(string(raw), -1) {
				if d, err := answers.ParseDate(iso); err == nil {
					days[monthDayOf(d)] = d
				}
			}
			written := map[string]bool{} // days the applicant wrote out
			for _, m := range monthDay.FindAllStringSubmatch(strings.Join(strings.Fields(string(raw)), " "), -1) {
				written[m[1]+" "+m[2]] = true
			}
			for _, d := range []answers.Date{as.WindowEnd} {
				if !d.IsZero() {
					days[monthDayOf(d)] = d
				}
			}
			uses := map[string]int{}
			for _, m := range monthDay.FindAllStringSubmatch(text, -1) {
				key := m[1] + " " + m[2]
				uses[key]++
				d, ok := days[key]
				if !written[key] && (!ok || (m[4] != "" && m[4] != strconv.Itoa(d.Year))) {
					t.Errorf("the date %q is none of the answers' dates", m[0])
				}
			}
			for day, n := range uses {
				if n > maxDateUses {
					t.Errorf("%s appears %d times; at most %d", day, n, maxDateUses)
				}
			}

			// Honest: every number and every name in the text is in the
			// answers file, or is a count the engine worked out, or a word
			// the program itself writes.
			nums := map[int]bool{as.TravelLead: true, as.ProgramLead: true, as.WindowDays: true}
			for _, d := range days {
				nums[d.Day], nums[d.Year] = true, true
			}
			for _, s := range numberIn.FindAllString(string(raw), -1) {
				n, _ := strconv.Atoi(s)
				nums[n] = true
			}
			for _, s := range numberIn.FindAllString(text, -1) {
				if n, _ := strconv.Atoi(s); !nums[n] {
					t.Errorf("the number %s is not in the answers", s)
				}
			}
			rawLow := strings.ToLower(string(raw))
			for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '-' }) {
				w = strings.Trim(w, "'-")
				if w == "" || !unicode.IsUpper([]rune(w)[0]) {
					continue
				}
				low := strings.ToLower(w)
				if !vocab[low] && !strings.Contains(rawLow, low) {
					t.Errorf("the name %q is not in the answers", w)
				}
			}

			// The composed parts: plain, calm, and they leave the
			// appointment date to the officer.
			d, err := compose(as, p)
			if err != nil {
				t.Fatal(err)
			}
			composed := []string{d.Opening, d.Urgency, d.EvidenceIntro}
			if f := flesch(composed); f < minFlesch {
				t.Errorf("the composed parts read hard (Flesch %.0f < %.0f):\n%s", f, minFlesch, strings.Join(composed, "\n"))
			} else {
				t.Logf("Flesch reading ease of the composed parts: %.0f", math.Round(f))
			}
			for _, f := range criteria.Lint(strings.Join(composed, "\n"), criteria.LintOptions{}) {
				if f.Rule == criteria.RuleEmotional {
					t.Errorf("an emotional word in the composed parts: %q", f.Match)
				}
			}
			if m := askDate.FindString(strings.Join(composed, " ")); m != "" {
				t.Errorf("the composed parts ask for an appointment date: %q", m)
			}
		})
	}
}

var askDate = regexp.MustCompile(`(?i)(appointment|interview) (on|for|before|by) (January|February|March|April|May|June|July|August|September|October|November|December|\d)|give me (an|the) (appointment|interview)`)

func monthDayOf(d answers.Date) string {
	long := LongDate(d, msg.For(msg.Default))
	md, _, _ := strings.Cut(long, ", ")
	return md
}

// TestLongRequestIsNotCut: over the limits, the request keeps every word
// of the description, and the advice gives the counts and what to cut:
// a sentence the request already says, a long one, one with nothing to
// check.
func TestLongRequestIsNotCut(t *testing.T) {
	a := load(t, "relative-emergency")
	filler := strings.Repeat("The hospital staff have been kind and the family has been told to wait for more news from the team. ", 14)
	a.Description = "I must travel to the United States on December 2, 2027 for my father, Paul Tremblay. " +
		"I have been thinking about him every single day and every single night since the accident happened and I cannot sleep or work or eat properly because of it, not even for a day. " +
		"It is hard for all of us. " + filler
	p := msg.For(msg.Default)
	as := criteria.Assess(a, criteria.Options{})
	text, err := Request(as, p)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text, strings.TrimSpace(filler)) {
		t.Error("the description was cut")
	}
	l := Measure(as, text, p)
	adv := strings.Join(l.Advice(p), "\n")
	for _, want := range []string{
		fmt.Sprintf("The request has %d words and %d characters, over the 250 words and 1500 characters", l.Words, l.Chars),
		`cut "I must travel to the United States on December 2, 2027 for my father,...": the request already says it`,
		`shorten "I have been thinking about him every single day and every single..." (34 words)`,
		`cut "It is hard for all of us.": no date, name or number an officer can check`,
	} {
		if !strings.Contains(adv, want) {
			t.Errorf("the advice lacks %q:\n%s", want, adv)
		}
	}
	short := load(t, "relative-emergency")
	as = criteria.Assess(short, criteria.Options{})
	text, _ = Request(as, p)
	if adv := Measure(as, text, p).Advice(p); len(adv) != 0 {
		t.Errorf("advice for a request within the limits: %q", adv)
	}
}

// TestQualityCheckersCatch: the measures above fail on what they are
// there to catch.
func TestQualityCheckersCatch(t *testing.T) {
	if o := overlap("On November 20 my father was hit by a car in Boston.", "My father was hit by a car in Boston on November 20."); o < repeatOverlap {
		t.Errorf("a reworded repeat scores %.2f", o)
	}
	if o := overlap("My father was hit by a car.", "The first regular appointment is in March."); o >= repeatOverlap {
		t.Errorf("two different sentences score %.2f", o)
	}
	if f := flesch([]string{"Notwithstanding the aforementioned considerations, the applicant respectfully requests expeditious consideration of the extraordinary circumstances."}); f >= minFlesch {
		t.Errorf("officialese reads at %.0f", f)
	}
	for _, s := range []string{"on 2027-12-02", "on 12/02/2027", "on 2 December"} {
		if !otherDay.MatchString(s) {
			t.Errorf("%q is not caught as another date format", s)
		}
	}
	if !askDate.MatchString("please give me an appointment on December 3") {
		t.Error("asking for an appointment date is not caught")
	}
	if got := sentencesOf("Dr. A. Lee says so. Mr. D. Owens agrees.\n- a list item"); len(got) != 3 {
		t.Errorf("sentences: %q", got)
	}
}

// TestChecklistShowsWhatEachDocumentProves: each proof document, held or
// to get, is listed once with the claim of the request it proves, as the
// engine links them; the PDF prints it.
func TestChecklistShowsWhatEachDocumentProves(t *testing.T) {
	a := load(t, "relative-emergency")
	secs := Checklist(a)
	var proof Section
	for _, s := range secs {
		if s.Title == "Proof of the emergency" {
			proof = s
		}
	}
	want := map[string]string{
		"Letter from Dr. A. Lee, Massachusetts General Hospital, describing the condition": "Proves: your relative's condition or death; the date of the event",
		"Police report of the accident":                           "Proves: the date of the event",
		"My birth certificate, naming Paul Tremblay as my father": "Proves: your relationship to your relative",
	}
	seen := map[string]int{}
	for _, it := range proof.Items {
		seen[it.Text]++
		if w, ok := want[it.Text]; ok && (it.Proves != w || !it.Held) {
			t.Errorf("%q: held %v, %q; want held, %q", it.Text, it.Held, it.Proves, w)
		}
	}
	for doc := range want {
		if seen[doc] != 1 {
			t.Errorf("%q listed %d times", doc, seen[doc])
		}
	}
	text := strings.Join(pdfPages(t, makePDF(t, a, Letter)), "\n")
	if !strings.Contains(strings.Join(strings.Fields(text), " "), "Proves: your relationship to your relative") {
		t.Errorf("the PDF does not say what the birth certificate proves:\n%s", text)
	}
	a.Evidence = nil
	for _, s := range Checklist(a) {
		for _, it := range s.Items {
			if strings.Contains(it.Text, "Proof of your relationship") && it.Proves != "Proves: your relationship to your relative" {
				t.Errorf("the line to get does not say what it proves: %+v", it)
			}
		}
	}
}

var frDay = regexp.MustCompile(`\b(1er|\d{1,2})[ \x{00a0}](janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b`)

// TestFrenchRequestQuality: the French examples' requests, written in
// French, meet the same bar for length, repeated sentences, dates (one
// form, each day at most twice) and numbers from the answers.
func TestFrenchRequestQuality(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("..", "..", "examples", "fr", "*.yaml"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no French examples: %v", err)
	}
	p := msg.For("fr")
	for _, path := range paths {
		t.Run(filepath.Base(path), func(t *testing.T) {
			a, err := answers.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			raw, _ := os.ReadFile(path)
			as := criteria.Assess(a, criteria.Options{})
			text, err := Request(as, p)
			if err != nil {
				t.Fatal(err)
			}
			words, chars := Counts(text)
			t.Logf("%d mots, %d caractères", words, chars)
			if words > maxRequestWords || chars > maxRequestChars {
				t.Errorf("%d words and %d characters; at most %d and %d", words, chars, maxRequestWords, maxRequestChars)
			}
			sents := sentencesOf(text)
			for i := range sents {
				for j := i + 1; j < len(sents); j++ {
					if o := overlap(sents[i], sents[j]); o >= repeatOverlap {
						t.Errorf("repeated (%.2f):\n  %s\n  %s", o, sents[i], sents[j])
					}
				}
			}
			if m := otherDay.FindString(text); m != "" && !frDay.MatchString(m) {
				t.Errorf("a date not in the long form: %q", m)
			}
			if m := monthDay.FindString(text); m != "" {
				t.Errorf("an English date in the French request: %q", m)
			}
			uses := map[string]int{}
			for _, m := range frDay.FindAllStringSubmatch(text, -1) {
				uses[m[1]+" "+m[2]]++
			}
			for day, n := range uses {
				if n > maxDateUses {
					t.Errorf("%s appears %d times; at most %d", day, n, maxDateUses)
				}
			}
			nums := map[int]bool{as.TravelLead: true, as.ProgramLead: true, as.WindowDays: true, as.WindowEnd.Day: true, as.WindowEnd.Year: true}
			for _, s := range numberIn.FindAllString(string(raw), -1) {
				n, _ := strconv.Atoi(s)
				nums[n] = true
			}
			for _, s := range numberIn.FindAllString(text, -1) {
				if n, _ := strconv.Atoi(s); !nums[n] {
					t.Errorf("the number %s is not in the answers", s)
				}
			}
		})
	}
}
