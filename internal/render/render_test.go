package render

import (
	"bytes"
	"flag"
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/expedite/expedite/internal/answers"
	"github.com/expedite/expedite/internal/golden"
	"github.com/expedite/expedite/internal/msg"
	"github.com/expedite/expedite/internal/safetext"
)

var update = flag.Bool("update", false, "rewrite golden files")

var made = time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)

var eligible = []string{"relative-emergency", "medical-treatment", "student", "urgent-business", "significant-event"}

func load(t testing.TB, name string) *answers.Answers {
	t.Helper()
	a, err := answers.ReadFile(filepath.Join("..", "..", "examples", name+".yaml"))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestRequestTextGolden(t *testing.T) {
	for _, name := range examples(t) {
		t.Run(name, func(t *testing.T) {
			text, err := RequestText(load(t, name))
			if err != nil {
				t.Fatal(err)
			}
			golden.Check(t, filepath.Join("testdata", "request", name+".txt.golden"), text, *update)
			if p := safetext.Plain(text) + "\n"; p != text {
				t.Errorf("the request is not normalised:\n%q\n%q", text, p)
			}
			if words, _ := Counts(text); words > 350 {
				t.Errorf("%d words: too long for an officer to read in a minute", words)
			}
		})
	}
}

func TestRequestCarriesTheCriterionFacts(t *testing.T) {
	must := map[string][]string{
		"relative-emergency": {"for my B1/B2 visa. I must travel to the United States on December 2, 2027, for a family emergency: my father, Paul Tremblay.",
			"- Attending physician or funeral home: Dr. A. Lee, Massachusetts General Hospital, +1-617-555-0100", "That is 410 days after", "DS-160 confirmation number AA00ABC123"},
		"student": {"for my F-1 visa. My program at Boston University starts on January 11, 2028, and I must travel to the United States on December 28, 2027.",
			"- SEVIS number: N0012345678", "283 days after my program starts"},
		"medical-treatment": {"for urgent medical treatment for my minor child.", "- US doctor or hospital: Dr. R. Patel, Seattle Children's Hospital, Seattle, Washington, +1-206-555-0142", "Zoë Ñúñez"},
		"urgent-business":   {"for urgent business, at the request of Acme Robotics Inc.\n", "within the 10 days after it", "(before March 11, 2028)"},
		"significant-event": {"for an event, at the request of Alpine Canada.", "- Who requires my presence: Alpine Canada (Ms. K. Wong, team manager, +1-403-555-0110)"},
	}
	// What the description states already is not said again.
	mustNot := map[string][]string{
		"relative-emergency": {"Place in the United States:", "Situation:", "My case falls under", "death, grave illness"},
		"student":            {"Program start date:", "School:"},
		"medical-treatment":  {"Condition and treatment:", "Date of treatment:", "Patient:"},
		"urgent-business":    {"Why it could not be foreseen:", "When:", "Business:", "2028-02-20"},
		"significant-event":  {"Why it could not be foreseen:", "Where:", "When:", "2028-04-10"},
	}
	for name, wants := range must {
		text, err := RequestText(load(t, name))
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range wants {
			if !strings.Contains(text, w) {
				t.Errorf("%s: request lacks %q:\n%s", name, w, text)
			}
		}
		for _, w := range mustNot[name] {
			if strings.Contains(text, w) {
				t.Errorf("%s: request says %q:\n%s", name, w, text)
			}
		}
	}
}

// TestEmployerAskedNotGuessed: the request names the employer only when
// the applicant gave it.
func TestEmployerAskedNotGuessed(t *testing.T) {
	a := load(t, "urgent-business")
	text, _ := RequestText(a)
	if !strings.Contains(text, "- My employer: Northline Automation Ltd., Windsor, Ontario\n") {
		t.Errorf("the employer given is not named:\n%s", text)
	}
	a.Event.Employer = ""
	text, _ = RequestText(a)
	if strings.Contains(text, "employer:") || strings.Contains(text, "Northline") {
		t.Errorf("an employer not given is named:\n%s", text)
	}
}

// TestKinInTheRequestLanguage: the relationship is named in the request's
// language, whatever language it was typed in.
func TestKinInTheRequestLanguage(t *testing.T) {
	for _, c := range []struct{ typed, lang, want string }{
		{"ma mère", "en", "my mother, "},
		{"Père", "en", "my father, "},
		{"sister", "en", "my sister, "},
		{"my father", "fr", "(père)"},
		{"demi-sœur", "en", "my half-sister, "},
		{"cousin", "en", "my cousin, "},
	} {
		a := load(t, "relative-emergency")
		a.Relative.Relationship = c.typed
		a.RequestLanguage = c.lang
		text, err := RequestText(a)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(text, c.want) {
			t.Errorf("%q in a %s request: want %q in\n%s", c.typed, c.lang, c.want, text)
		}
		if c.typed == "ma mère" && strings.Contains(text, "ma mère") {
			t.Errorf("the French relationship is left as typed in the English request:\n%s", text)
		}
	}
}

// TestEachFactOnce: a fact the description does not state is added as a
// line; once the description states it, the line goes.
func TestEachFactOnce(t *testing.T) {
	tests := []struct {
		name, desc  string
		has, hasNot []string
	}{
		{"nothing stated", "My father is very ill.",
			[]string{"- Place in the United States: Massachusetts General Hospital, Boston, Massachusetts", "my father, Paul Tremblay (life-threatening car accident on November 20, in intensive care with head injuries).", "- Attending physician or funeral home: Dr. A. Lee"}, nil},
		{"place and situation stated", "On November 20 my father was hit by a car and is in intensive care with head injuries at Massachusetts General Hospital in Boston.",
			[]string{"- Attending physician or funeral home: Dr. A. Lee"}, []string{"Place in the United States:", "Situation:"}},
		{"the contact stated too", "On November 20 my father was hit by a car and is in intensive care with head injuries at Massachusetts General Hospital in Boston. His doctor is Dr. A. Lee (+1 617 555 0100).",
			nil, []string{"Place in the United States:", "Situation:", "Attending physician"}},
		{"an ISO date is written out", "On 2026-11-20 my father was hit by a car in Boston.",
			[]string{"On November 20, 2026 my father"}, []string{"2026-11-20"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := load(t, "relative-emergency")
			a.Description = tt.desc
			text, err := RequestText(a)
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.has {
				if !strings.Contains(text, w) {
					t.Errorf("lacks %q:\n%s", w, text)
				}
			}
			for _, w := range tt.hasNot {
				if strings.Contains(text, w) {
					t.Errorf("says %q:\n%s", w, text)
				}
			}
		})
	}
}

func TestRequestNeverInventsFacts(t *testing.T) {
	a := &answers.Answers{Criterion: "relative-emergency", Relative: answers.Relative{Name: "Paul"}}
	text, err := RequestText(a)
	if err != nil {
		t.Fatal(err)
	}
	for _, absent := range []string{"Place in the United States", "Situation", "Attending physician", "first available", "documents and will bring", "my father"} {
		if strings.Contains(text, absent) {
			t.Errorf("request shows %q though the applicant gave none:\n%s", absent, text)
		}
	}
	if !strings.Contains(text, "- Relative: Paul\n") {
		t.Errorf("given fact missing:\n%s", text)
	}
}

func TestRequestIsCleanForAWebForm(t *testing.T) {
	a := load(t, "relative-emergency")
	a.Applicant.Name = "Marie-Ève \x1b]0;pwned\x07Côté 🙏"
	a.Description = "“Smart” quotes — and dashes…  \nwrapped\nline\n\n\n\nnext\tparagraph   "
	text, err := RequestText(a)
	if err != nil {
		t.Fatal(err)
	}
	if strings.ContainsFunc(text, func(r rune) bool { return (r < 0x20 && r != '\n') || r == 0x7f || r > 0xffff }) {
		t.Errorf("control characters or emoji left: %q", text)
	}
	for _, want := range []string{`"Smart" quotes - and dashes... wrapped line`, "\n\nnext paragraph\n", "Marie-Ève ]0;pwnedCôté"} {
		if !strings.Contains(text, want) {
			t.Errorf("missing %q in %q", want, text)
		}
	}
	if strings.Contains(text, " \n") || strings.Contains(text, "\n\n\n") {
		t.Errorf("bad spacing: %q", text)
	}
}

func TestRequestNeedsACriterion(t *testing.T) {
	if _, err := RequestText(&answers.Answers{}); err == nil {
		t.Error("want an error without a criterion")
	}
}

func titles(secs []Section) []string {
	var ts []string
	for _, s := range secs {
		ts = append(ts, s.Title)
	}
	return ts
}

func allItems(secs []Section) string {
	var b strings.Builder
	for _, s := range secs {
		for _, it := range s.Items {
			b.WriteString(it.Text + "\n")
		}
	}
	return b.String()
}

func TestChecklistItems(t *testing.T) {
	tests := []struct {
		name   string
		edit   func(a *answers.Answers)
		has    []string
		hasNot []string
	}{
		{"citizen alone", func(a *answers.Answers) {}, []string{"Valid passport", "DS-160 confirmation page (AA00ABC123)", "5 x 5 cm", "My birth certificate, naming Paul Tremblay"},
			[]string{"Marriage certificate", "Birth certificate of child", "legal status", "attending US doctor", "death certificate"}},
		{"no evidence yet", func(a *answers.Answers) { a.Evidence = nil }, []string{"Letter from the attending US doctor", "death certificate", "Proof of your relationship"}, nil},
		{"other evidence", func(a *answers.Answers) { a.Evidence = []string{"Police report of the accident"} },
			[]string{"Police report of the accident", "Letter from the attending US doctor", "death certificate"}, nil},
		{"not a citizen", func(a *answers.Answers) { a.Applicant.CanadianCitizen = new(false) }, []string{"Proof of legal status in Canada"}, nil},
		{"spouse", func(a *answers.Answers) { a.Companions.Spouse = true }, []string{"Marriage certificate"}, []string{"Birth certificate of child"}},
		{"one child", func(a *answers.Answers) { a.Companions.Children = 1 },
			[]string{"Birth certificate of the child travelling with you"}, []string{"1 of 1", "child 2"}},
		{"three children", func(a *answers.Answers) { a.Companions.Children = 3 },
			[]string{"Birth certificate of child 1 of 3", "Birth certificate of child 2 of 3", "Birth certificate of child 3 of 3"}, []string{"child 4", "Marriage"}},
		{"student", func(a *answers.Answers) {
			a.Criterion = "student"
			a.Student = answers.Student{SevisID: "N0012345678", Form: "ds-2019"}
		}, []string{"Your signed DS-2019 showing the program start date (SEVIS N0012345678)"}, []string{"death certificate"}},
		{"business", func(a *answers.Answers) { a.Criterion = "urgent-business" }, []string{"Letter from the US company"}, []string{"organiser"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := load(t, "relative-emergency")
			tt.edit(a)
			items := allItems(Checklist(a))
			for _, h := range tt.has {
				if !strings.Contains(items, h) {
					t.Errorf("missing %q in\n%s", h, items)
				}
			}
			for _, h := range tt.hasNot {
				if strings.Contains(items, h) {
					t.Errorf("unexpected %q in\n%s", h, items)
				}
			}
		})
	}
}

// TestChecklistMarksHeldDocuments: each proof document is listed once, in
// the proof section: the ones held ticked, in the applicant's words, and
// no unticked generic line for a document already held.
func TestChecklistMarksHeldDocuments(t *testing.T) {
	secs := Checklist(load(t, "relative-emergency"))
	if i := slices.IndexFunc(secs, func(s Section) bool { return strings.Contains(s.Title, "in hand") }); i >= 0 {
		t.Errorf("a second list of held documents: %v", titles(secs))
	}
	i := slices.IndexFunc(secs, func(s Section) bool { return s.Title == "Proof of the emergency" })
	if i < 0 {
		t.Fatalf("no proof section: %v", titles(secs))
	}
	var got []string
	for _, it := range secs[i].Items {
		got = append(got, fmt.Sprintf("%v %s", it.Held, it.Text))
	}
	want := []string{
		"true Letter from Dr. A. Lee, Massachusetts General Hospital, describing the condition",
		"true Police report of the accident",
		"true My birth certificate, naming Paul Tremblay as my father",
	}
	if !slices.Equal(got, want) {
		t.Errorf("proof section:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, s := range secs {
		for _, it := range s.Items {
			if it.Held && s.Title != "Proof of the emergency" {
				t.Errorf("%q marked held in %q", it.Text, s.Title)
			}
		}
	}
}

// TestChecklistPDFListsEachDocumentOnce reads the PDF back: a held
// document is one ticked line, and the generic line it stands for is gone.
func TestChecklistPDFListsEachDocumentOnce(t *testing.T) {
	text := pdfText(t, makePDF(t, load(t, "relative-emergency"), Letter))
	if n := strings.Count(text, "Letter from"); n != 2 { // the doctor's, and the employer's under ties
		t.Errorf("%d lines start \"Letter from\":\n%s", n, text)
	}
	for _, bad := range []string{"attending US doctor", "Documents you listed as in hand", "after a death"} {
		if strings.Contains(text, bad) {
			t.Errorf("the PDF still shows %q:\n%s", bad, text)
		}
	}
	if !strings.Contains(text, "Police report of the accident") {
		t.Errorf("a held document is missing:\n%s", text)
	}
	// One space before the mark, as anywhere else in the text.
	if strings.Contains(text, "  (in hand)") || !strings.Contains(text, " (in hand)") {
		t.Errorf("a held document's mark is not one space after it:\n%s", text)
	}
}

func makePDF(t testing.TB, a *answers.Answers, paper string) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := ChecklistPDF(&buf, a, PDFOptions{Paper: paper, Made: made, Version: "test"}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestChecklistPDFReadsBack(t *testing.T) {
	for _, name := range eligible {
		t.Run(name, func(t *testing.T) {
			a := load(t, name)
			pdf := makePDF(t, a, Letter)
			if !bytes.HasPrefix(pdf, []byte("%PDF-")) {
				t.Fatal("not a PDF")
			}
			if n := pageCount(pdf); n < 1 || n > 2 {
				t.Errorf("%d pages, want 1 or 2", n)
			}
			text := pdfText(t, pdf)
			wants := []string{
				a.Applicant.Name, "Travel date", a.TravelDate.Long(), a.FirstAvailable.Long(), "Made on", "November 23, 2026",
				"Always", "Valid passport", "Proof of the emergency", "Next steps", "At the interview", "Important",
				"permanent visa ban", "Page 1 of",
			}
			for _, e := range a.Evidence {
				wants = append(wants, e)
			}
			for _, w := range wants {
				if !strings.Contains(text, w) {
					t.Errorf("PDF text lacks %q", w)
				}
			}
			if !a.Companions.Spouse && strings.Contains(text, "Marriage certificate") {
				t.Error("marriage certificate listed without a spouse")
			}
			if c := a.Applicant.CanadianCitizen; c != nil && *c && strings.Contains(text, "legal status in Canada") {
				t.Error("legal status proof listed for a citizen")
			}
			if t.Failed() {
				t.Logf("PDF text:\n%s", text)
			}
		})
	}
}

func TestChecklistPDFAccentsAndPaper(t *testing.T) {
	a := load(t, "medical-treatment")
	for _, name := range []string{"Zoë Ñúñez", "François Lévesque", "Marie-Ève Côté"} {
		a.Applicant.Name = name
		if text := pdfText(t, makePDF(t, a, A4)); !strings.Contains(text, name) {
			t.Errorf("%q does not read back:\n%s", name, text)
		}
	}
	letter, a4 := makePDF(t, a, Letter), makePDF(t, a, A4)
	if !bytes.Contains(letter, []byte("/MediaBox [0 0 612.00 792.00]")) || !bytes.Contains(a4, []byte("/MediaBox [0 0 595.28 841.89]")) {
		t.Error("paper sizes are not Letter and A4")
	}
}

func TestChecklistPDFIsReproducible(t *testing.T) {
	a := load(t, "student")
	if !bytes.Equal(makePDF(t, a, Letter), makePDF(t, a, Letter)) {
		t.Error("two renders of the same case differ")
	}
}

func TestChecklistPDFLongValues(t *testing.T) {
	a := load(t, "relative-emergency")
	a.Applicant.Name = strings.Repeat("Verylongname", 170) // 2,040 characters, no space
	a.Evidence = []string{strings.Repeat("word ", 400)}
	pdf := makePDF(t, a, Letter)
	text := pdfText(t, pdf)
	if !strings.Contains(text, "…") {
		t.Error("a 2,000-character name was not visibly cut")
	}
	if n := pageCount(pdf); n > 4 {
		t.Errorf("%d pages for one long item", n)
	}
}

func FuzzRequestText(f *testing.F) {
	f.Add("relative-emergency", "Zoë", "father", "On 2026-11-20 “he” fell — badly…\n\n\nline", "Letter", 2026, 12, 2)
	f.Add("student", "\x1b]52;c;x\x07", "", "🙏 please", "", 2027, 1, 11)
	f.Add("urgent-business", "", "", "", "\r\n\t", 0, 0, 0)
	f.Fuzz(func(t *testing.T, crit, name, rel, desc, evidence string, y, m, d int) {
		a := &answers.Answers{
			Criterion:   crit,
			Applicant:   answers.Applicant{Name: name, DS160: name},
			Description: desc,
			Relative:    answers.Relative{Name: name, Relationship: rel, Place: desc, Situation: rel, Contact: evidence},
			Student:     answers.Student{SevisID: name, School: rel, Form: evidence},
			Event:       answers.Event{What: desc, Where: name},
			Evidence:    []string{evidence, desc},
		}
		if date, err := answers.ParseDate(fmt.Sprintf("%04d-%02d-%02d", y, m, d)); err == nil {
			a.TravelDate, a.FirstAvailable, a.Student.ProgramStart = date, date.AddDays(40), date.AddDays(10)
		}
		text, err := RequestText(a)
		if err != nil {
			return // no known criterion
		}
		if !utf8.ValidString(text) && utf8.ValidString(name+rel+desc+evidence) {
			t.Fatalf("invalid UTF-8 out of valid input: %q", text)
		}
		for _, r := range text {
			if (r < 0x20 && r != '\n') || r == 0x7f || (r >= 0x80 && r < 0xa0) {
				t.Fatalf("control character %U in the request: %q", r, text)
			}
		}
		if strings.Contains(text, " \n") || strings.Contains(text, "\n\n\n") || !strings.HasSuffix(text, "\n") {
			t.Fatalf("bad spacing: %q", text)
		}
	})
}

// TestNoMarkerLeftAlone: a list marker or a checkbox's text never stays at
// the foot of a page while its item moves to the next (seen on A4).
func TestNoMarkerLeftAlone(t *testing.T) {
	marker := regexp.MustCompile(`^(-|\d+\.)$`)
	for _, name := range append(eligible, "weak-request", "refused-wedding") {
		for _, paper := range []string{Letter, A4} {
			pages := pdfPages(t, makePDF(t, load(t, name), paper))
			for i, page := range pages {
				var lines []string
				for _, l := range strings.Split(strings.TrimSpace(page), "\n") {
					if !strings.HasPrefix(l, "Made with expedite") {
						lines = append(lines, l)
					}
				}
				if len(lines) == 0 || marker.MatchString(lines[len(lines)-1]) {
					t.Errorf("%s on %s: page %d ends with %q", name, paper, i+1, lines)
				}
			}
		}
	}
}

// TestShortListFitsOnePage: on Letter paper (21 mm shorter than A4) a
// case's short list does not spill its last few lines onto a second page;
// the compact layout keeps it on one.
func TestShortListFitsOnePage(t *testing.T) {
	for _, name := range append(eligible, "weak-request", "refused-wedding", "refused-too-late") {
		for _, paper := range []string{Letter, A4} {
			pdf := makePDF(t, load(t, name), paper)
			if n := pageCount(pdf); n != 1 {
				pages := pdfPages(t, pdf)
				t.Errorf("%s on %s: %d pages; the last holds:\n%s", name, paper, n, pages[len(pages)-1])
			}
		}
	}
	// A long list still takes two pages, and its second page holds more
	// than a tail.
	a := load(t, "relative-emergency")
	a.Companions.Children = 9
	a.Companions.Spouse = true
	for i := range 8 {
		a.Evidence = append(a.Evidence, fmt.Sprintf("Hospital record number %d of the accident and the surgery that followed", i+1))
	}
	pages := pdfPages(t, makePDF(t, a, Letter))
	if len(pages) != 2 || strings.Count(pages[1], "\n") < 8 {
		t.Errorf("a long list: %d pages, the last:\n%s", len(pages), pages[len(pages)-1])
	}
}

// TestRegularPlan: the plan for a case that does not qualify comes from the
// catalog, worded for the post: its pairs, or the common pairs for a post
// with none; then applying one by one, the limits, applying abroad, scams.
func TestRegularPlan(t *testing.T) {
	en, fr := msg.For("en"), msg.For("fr")
	tests := []struct {
		p    *msg.Printer
		post string
		has  []string
	}{
		{en, "montreal", []string{"Watch Ottawa as well as Montreal", "apply individually", "20 times", "about 5 hours", "another country", "scam", "Never share your account login"}},
		{en, "toronto", []string{"Watch Ottawa as well as Toronto"}},
		{en, "halifax", []string{"Halifax is a smaller post", "Calgary/Vancouver, Montreal/Ottawa, Ottawa/Toronto are common pairs"}},
		{en, "", []string{"Watch a nearby post as well: Calgary/Vancouver"}},
		{fr, "quebec-city", []string{"Québec est un petit poste", "faites des demandes individuelles", "20 fois", "arnaque"}},
	}
	for _, tt := range tests {
		plan := RegularPlan(tt.p, tt.post)
		if len(plan) != 5 {
			t.Errorf("%s %q: %d lines: %q", tt.p.Lang(), tt.post, len(plan), plan)
		}
		all := strings.Join(plan, "\n")
		for _, h := range tt.has {
			if !strings.Contains(all, h) {
				t.Errorf("%s %q: no %q in\n%s", tt.p.Lang(), tt.post, h, all)
			}
		}
		if strings.Contains(all, "{{") || strings.Contains(all, "<no value>") {
			t.Errorf("%s %q: unfilled template in\n%s", tt.p.Lang(), tt.post, all)
		}
	}
}
