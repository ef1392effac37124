package wizard

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/expedite/expedite/internal/criteria"
)

// burst delivers every message before any command they return has run,
// as when a fast typist or a paste puts a whole page of keys in one read:
// the keys are all queued before the focus-moving commands come back.
func (d *driver) burst(msgs ...tea.Msg) {
	var later []tea.Msg
	for _, msg := range msgs {
		if _, ok := msg.(tea.QuitMsg); ok {
			d.quit = true
			continue
		}
		_, cmd := d.m.Update(msg)
		later = append(later, d.results(cmd)...)
	}
	for _, msg := range later {
		d.send(msg)
	}
}

// keysOf turns text into key presses, "\n" into Enter and "\t" into Tab.
func keysOf(s string) []tea.Msg {
	var out []tea.Msg
	for _, r := range s {
		switch r {
		case '\n':
			out = append(out, keyMsg("enter"))
		case '\t':
			out = append(out, keyMsg("tab"))
		default:
			out = append(out, tea.KeyPressMsg{Code: r, Text: string(r)})
		}
	}
	return out
}

func TestKeysRightAfterEnterLandInTheNextField(t *testing.T) {
	opt, _ := testOptions(t)
	d := newDriver(t, opt, 80, 24)
	d.press("enter", "enter", "enter") // start, no quick-screen reason, a. relative emergency
	d.wantStep(stepAbout)
	d.burst(keysOf("Ann Lee\nB1/B2\nAA00ABC123\n")...)
	d.wantStep(stepDates)
	d.wantAbout("Ann Lee", "B1/B2", "AA00ABC123")
}

func TestTeatestWholePageInOneWrite(t *testing.T) {
	opt, _ := testOptions(t)
	s := newSession(t, opt)
	s.toCriteria()
	s.keys("enter")
	s.waitFor("┃ Your full name")
	// The whole page at once, with no wait between the keys.
	for _, k := range keysOf("Ann Lee\nB1/B2\nAA00ABC123\n") {
		s.tm.Send(k)
	}
	s.waitFor("┃ Your post")
	s.keys("ctrl+c")
	s.result()
	a := loadDraft(t, opt)
	if a.Applicant.Name != "Ann Lee" || a.Applicant.Visa != "B1/B2" || a.Applicant.DS160 != "AA00ABC123" {
		t.Errorf("name %q, visa %q, DS-160 %q; want Ann Lee, B1/B2, AA00ABC123", a.Applicant.Name, a.Applicant.Visa, a.Applicant.DS160)
	}
}

func TestPastedLinesFillOneFieldEach(t *testing.T) {
	opt, _ := testOptions(t)
	d := newDriver(t, opt, 80, 24)
	d.press("enter", "enter", "enter")
	d.wantStep(stepAbout)
	d.send(tea.PasteMsg{Content: "Ann Lee\r\nB1/B2\nAA00ABC123"})
	d.wantAbout("Ann Lee", "B1/B2", "AA00ABC123")
}

// Without colour (NO_COLOR, a plain terminal) the chosen option of a
// select and of a yes/no question is still marked.
func TestChosenOptionsShowWithoutColour(t *testing.T) {
	opt, _ := testOptions(t)
	d := newDriver(t, opt, 80, 40)
	d.fillRelative()
	d.press("2") // About you, from the review
	d.press("enter", "enter", "enter")
	d.press("3") // Dates
	d.press("enter")
	d.wantScreen("> Montreal") // left behind, still marked
	d.press("esc", "esc")
	d.press("6") // Documents and family
	d.press("enter", "tab")
	d.wantScreen("Does your spouse travel with you?", "[ ] Yes", "[x] No")
	d.press("enter", "enter")
	d.wantScreen("Are you a Canadian citizen?", "[x] Yes", "[ ] No")
}

func (d *driver) wantAbout(name, visa, ds160 string) {
	d.t.Helper()
	v := d.m.f.v
	gotName, gotVisa, gotDS := *v.str("applicant.name"), *v.str("applicant.visa"), *v.str("applicant.ds160")
	if gotName != name || gotVisa != visa || gotDS != ds160 {
		d.t.Errorf("name %q, visa %q, DS-160 %q; want %q, %q, %q", gotName, gotVisa, gotDS, name, visa, ds160)
	}
}

func TestNextStepsLeaveOutTheDS160WhenItIsDone(t *testing.T) {
	for _, ds160 := range []string{"", "AA00ABC123"} {
		opt, _ := testOptions(t)
		d := newDriver(t, opt, 80, 40)
		d.fillRelative()
		d.press("2", "enter", "enter")
		d.typeText(ds160)
		d.press("enter")
		d.wantStep(stepReview)
		d.press("w", "enter")
		d.wantStep(stepDone)
		got := d.screen()
		if has := strings.Contains(got, "Complete the DS-160"); has != (ds160 == "") {
			t.Errorf("DS-160 %q: next steps say to complete the DS-160: %v\n%s", ds160, has, got)
		}
		if ds160 != "" {
			mustContain(t, "screen", got, "1. Pay the fee")
		}
	}
}

func TestErrorsReadWellAndShowUnderTheirField(t *testing.T) {
	opt, _ := testOptions(t)
	d := newDriver(t, opt, 80, 30)
	d.press("enter", "enter", "enter")
	d.typeText("Ann Lee")
	d.press("enter")
	d.typeText("B1/B2")
	d.press("enter", "enter")
	d.press("down", "down", "enter")
	d.typeText("2026-12-02")
	d.press("enter")
	d.typeText("2028-01-15")
	d.press("enter")
	d.wantStep(stepFacts)
	d.typeText("Paul Lee")
	d.press("enter")
	d.typeText("uncle")
	d.press("enter")
	scr := d.screen()
	mustContain(t, "screen", scr, "An uncle is not an immediate relative")
	// The error sits right under the relationship question, before the next one.
	rel, err, next := strings.Index(scr, "related to you"), strings.Index(scr, "An uncle"), strings.Index(scr, "Where in the United States")
	if !(rel >= 0 && rel < err && (next < 0 || err < next)) {
		t.Errorf("the error is not under its field:\n%s", scr)
	}
}

// The live hints under the editor are check's findings on the description:
// a reason never accepted, written only in the description, shows there.
func TestLiveHintsAreChecksFindings(t *testing.T) {
	opt, _ := testOptions(t)
	a := loadExample(t, "urgent-business")
	a.Description = ""
	opt.Store.Save(a)
	opt.Found, _ = opt.Store.Load()
	d := newDriver(t, opt, 60, 30)
	d.press("enter") // resume
	d.press("5")     // the description
	d.wantStep(stepDescription)
	text := "I must attend our annual sales conference in Chicago on December 2, where I present the new product line to our US distributors."
	d.typeText(text)
	d.send(hintsDue{seq: d.m.hintSeq})
	var want []string
	for _, fd := range criteria.Check(d.m.f.answers(), criteria.Options{Today: today}) {
		if fd.Field == "description" {
			want = append(want, message(fd))
		}
	}
	if len(want) == 0 {
		t.Fatal("check finds nothing on the description")
	}
	scr := d.screen()
	mustContain(t, "screen", scr, "error:", "annual")
	// Each hint is wrapped to the width, not cut: its last words show.
	flat := strings.Join(strings.Fields(scr), " ")
	for _, w := range want[:min(3, len(want))] {
		words := strings.Fields(w)
		if tail := strings.Join(words[max(0, len(words)-3):], " "); !strings.Contains(flat, tail) {
			t.Errorf("hint %q is not shown whole (no %q):\n%s", w, tail, scr)
		}
	}
	for _, ln := range strings.Split(scr, "\n") {
		if ansi.StringWidth(ln) > 60 {
			t.Errorf("line wider than 60: %q", ln)
		}
	}
}

// A question not answered stays out of the draft: no canadian_citizen:
// false for a page never shown, nor for the question not reached yet.
func TestUnansweredQuestionsStayOutOfTheDraft(t *testing.T) {
	opt, _ := testOptions(t)
	d := newDriver(t, opt, 80, 24)
	d.press("enter", "enter", "enter")
	d.typeText("Ann Lee")
	d.press("enter")
	d.typeText("B1/B2")
	d.press("enter", "enter")
	d.wantStep(stepDates)
	draft := readFile(t, opt.Store.Path)
	mustContain(t, "draft", draft, "name: Ann Lee")
	for _, absent := range []string{"canadian_citizen", "spouse", "children"} {
		if strings.Contains(draft, absent) {
			t.Errorf("the draft has %s before its page was shown:\n%s", absent, draft)
		}
	}

	// On the last page, the spouse answered, the citizenship not yet.
	opt, _ = testOptions(t)
	d = newDriver(t, opt, 80, 40)
	d.fillRelative()
	d.press("6", "enter", "tab", "y")
	d.wantScreen("How many of your children")
	a := loadDraft(t, opt)
	if a.Applicant.CanadianCitizen == nil || !*a.Applicant.CanadianCitizen || !a.Companions.Spouse {
		t.Errorf("answers lost: citizen %v, spouse %v", a.Applicant.CanadianCitizen, a.Companions.Spouse)
	}

	opt, _ = testOptions(t)
	d = newDriver(t, opt, 80, 40)
	d.press("enter", "enter", "enter")
	d.typeText("Ann Lee")
	d.press("enter", "ctrl+c")
	if draft := readFile(t, opt.Store.Path); strings.Contains(draft, "canadian_citizen") {
		t.Errorf("the draft has canadian_citizen:\n%s", draft)
	}
}

func TestAccessibleUnansweredQuestionsStayOutOfTheDraft(t *testing.T) {
	opt, _ := testOptions(t)
	var out strings.Builder
	res := RunAccessible(script("1", "1", "Ann Lee", "B1/B2", ""), &out, opt)
	if res.Outcome != InputEnded {
		t.Fatalf("outcome %v", res.Outcome)
	}
	draft := readFile(t, opt.Store.Path)
	mustContain(t, "draft", draft, "name: Ann Lee")
	if strings.Contains(draft, "canadian_citizen") {
		t.Errorf("the draft has canadian_citizen before its question:\n%s", draft)
	}
}

// A half-finished draft opens at the first part with a missing answer and
// walks forward from there; a complete one opens on the review.
func TestResumeAtTheFirstMissingAnswer(t *testing.T) {
	opt, _ := testOptions(t)
	a := loadExample(t, "relative-emergency")
	a.Relative.Contact = ""
	a.Applicant.CanadianCitizen = nil
	opt.Store.Save(a)
	opt.Found, _ = opt.Store.Load()
	d := newDriver(t, opt, 80, 24)
	d.press("enter") // resume
	d.wantStep(stepFacts)
	if q := d.m.qs[d.m.focusIndex()]; q.key != "relative.contact" {
		t.Errorf("the part opens on %s, want the missing relative.contact", q.key)
	}
	d.typeText("Dr. A. Lee, +1-617-555-0100")
	d.press("enter")
	d.wantStep(stepDescription) // forward, not back to the review
	d.press("tab")
	d.wantStep(stepEvidence)
	d.press("enter", "tab", "enter", "enter", "y")
	d.wantStep(stepReview)
	d.wantScreen("No problems found.")

	// Complete now: it opens on the review.
	opt.Found, _ = opt.Store.Load()
	d = newDriver(t, opt, 80, 24)
	d.press("enter")
	d.wantStep(stepReview)
}

func TestAccessibleResumeAtTheFirstMissingAnswer(t *testing.T) {
	opt, _ := testOptions(t)
	a := loadExample(t, "relative-emergency")
	a.Applicant.CanadianCitizen = nil
	opt.Store.Save(a)
	opt.Found, _ = opt.Store.Load()
	var out strings.Builder
	RunAccessible(script("1"), &out, opt)
	got := out.String()
	if i, j := strings.Index(got, "== Documents and family =="), strings.Index(got, "== Review =="); i < 0 || j >= 0 {
		t.Errorf("resume did not open on the documents part:\n%s", got)
	}
}

// A resize reflows the page: at 80x24 and then at 120x40 the header and
// the focused question's title are on the screen, top first.
func TestTeatestResizeReflows(t *testing.T) {
	opt, _ := testOptions(t)
	a := loadExample(t, "relative-emergency")
	a.Relative.Contact = ""
	opt.Store.Save(a)
	opt.Found, _ = opt.Store.Load()
	s := newSession(t, opt)
	s.waitFor("Resume my saved answers")
	s.keys("enter")
	s.waitFor("┃ Attending physician")
	s.wantTop("expedite · The facts")
	for _, size := range [][2]int{{120, 40}, {80, 24}, {100, 30}} {
		s.emu.Resize(size[0], size[1])
		s.tm.Send(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		s.waitFor("Your relative's full name") // all five questions fit
		s.wantTop("expedite · The facts")
		s.waitFor("┃ Attending physician")
	}
	s.keys("ctrl+c")
	s.result()
}

// wantTop checks the first line of the screen.
func (s *session) wantTop(want string) {
	s.t.Helper()
	first, _, _ := strings.Cut(s.emu.String(), "\n")
	if !strings.Contains(first, want) {
		s.t.Errorf("the top line is %q, want %q; the screen:\n%s", first, want, s.emu.String())
	}
}

// ? opens every key through the Bubbles help and any key closes it; in a
// text field ? is a letter and F1 opens the help; the short help stays.
func TestQuestionMarkOpensTheFullHelp(t *testing.T) {
	opt, _ := testOptions(t)
	d := newDriver(t, opt, 80, 24)
	d.wantScreen("? all keys")
	d.press("?")
	d.wantScreen("Moving", "shift+tab", "previous question", "Choosing", "space/x", "Typing", "ctrl+u", "Review and after", "1-6", "change a part", "ctrl+c", "save and quit")
	d.wantFits([2]int{80, 24})
	d.press("down") // closes the help, does not move the choice
	d.wantScreen("> Start", "? all keys")
	d.press("enter", "enter", "enter")
	d.wantStep(stepAbout)
	d.wantScreen("f1 all keys")
	d.typeText("Who? Me")
	if got := *d.m.f.v.str("applicant.name"); got != "Who? Me" {
		t.Errorf("name %q: ? did not type", got)
	}
	d.send(tea.KeyPressMsg{Code: tea.KeyF1})
	d.wantScreen("Review and after")
	d.press("esc")
	d.wantStep(stepAbout)
	d.wantScreen("Your full name")
}

// Accessible mode has its own wording: no keys of the terminal form,
// options numbered once, and it says how to go back, clear and end a text.
// < goes back a part.
func TestAccessibleOwnWording(t *testing.T) {
	opt, _ := testOptions(t)
	var out strings.Builder
	RunAccessible(script("1", "1", "Ann Lee", "<", "2", "<", "1", "Ann Lee", "B1/B2", "", "3", "2026-12-02", "2028-01-15",
		"Paul Lee", "father", "Boston", "accident", "Dr Lee 555", "My father was hit.", ".", "1", ""), &out, opt)
	got := out.String()
	mustContain(t, "transcript", got, "(<) alone goes back", "A dash (-) alone clears it", "single dot (.)",
		"  1. Relative emergency", "Only what you really have.")
	for _, tui := range []string{"1. a.", "space or x", "Space or x", " tab", " esc", "shift+"} {
		if strings.Contains(got, tui) {
			t.Errorf("the transcript says %q", tui)
		}
	}
	// < on the visa question went back to the criteria, where 2 chose
	// medical; < on the name came back again, where 1 chose
	// the relative emergency again.
	if n := strings.Count(got, "== Which criterion fits? =="); n != 3 {
		t.Errorf("the criteria were asked %d times, want 3", n)
	}
	if c := loadDraft(t, opt).Criterion; c != "relative-emergency" {
		t.Errorf("criterion %q after going back, want relative-emergency", c)
	}
}

// On the description page the hints take their rows and the editor the
// rest: at 80x24 with three hints the title and the cursor's row show,
// and at 120x40 the editor gets its eight rows back.
func TestDescriptionFitsWithItsHints(t *testing.T) {
	opt, _ := testOptions(t)
	d := newDriver(t, opt, 80, 24)
	d.m.f.v.Criterion = "relative-emergency"
	d.m.f.step = stepDescription
	d.run(d.m.enter())
	d.typeText("Please please help. I am desperate. I beg you, my uncle is sick and I must attend the annual conference")
	d.send(hintsDue{seq: d.m.hintSeq})
	d.wantFits([2]int{80, 24})
	d.wantScreen("Describe the emergency", "annual conference", "error:")
	lines := strings.Split(d.screen(), "\n")
	if n := len(lines); n > 24 {
		t.Errorf("%d lines at 80x24", n)
	}
	if rows := strings.Count(d.screen(), "┃"); rows < 3+5 {
		t.Errorf("the editor has %d rows at 80x24, want at least 5 with its title and help:\n%s", rows, d.screen())
	}
	d.wantScreen("more: the review lists them all")
	d.send(tea.WindowSizeMsg{Width: 120, Height: 40})
	d.wantScreen("Describe the emergency", "annual conference")
	if rows := strings.Count(d.screen(), "┃"); rows < 8+2 {
		t.Errorf("the editor has %d rows at 120x40, want its 8, the title and the help:\n%s", rows, d.screen())
	}
}

// A move key the field does not take does not move: tab on the last line
// field of a page (Submit is Enter there) neither skips its check nor
// leaves the page.
func TestTabOnTheLastLineFieldChecksFirst(t *testing.T) {
	opt, _ := testOptions(t)
	d := newDriver(t, opt, 80, 24)
	d.press("enter", "enter", "enter")
	d.burst(keysOf("Ann Lee\nB1/B2\nbad")...)
	d.press("tab")
	d.wantStep(stepAbout)
	d.press("enter")
	d.wantStep(stepAbout)
	d.wantScreen("does not look like a DS-160")
}
