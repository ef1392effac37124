package wizard

import (
	"image/color"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/expedite/expedite/internal/answers"
	"github.com/expedite/expedite/internal/msg"
)

// driver runs a Model without a terminal: it delivers messages, runs the
// commands they return (dropping any that do not answer at once, such as
// cursor blinks), and feeds their messages back, as a Bubble Tea program
// would.
type driver struct {
	t    *testing.T
	m    *Model
	quit bool
}

func newDriver(t *testing.T, opt Options, width, height int) *driver {
	d := &driver{t: t, m: NewModel(opt)}
	d.run(d.m.Init())
	d.send(tea.WindowSizeMsg{Width: width, Height: height})
	return d
}

func (d *driver) send(msg tea.Msg) {
	queue := []tea.Msg{msg}
	for steps := 0; len(queue) > 0; steps++ {
		if steps > 500 {
			d.t.Fatal("too many messages: a command loop?")
		}
		msg, queue = queue[0], queue[1:]
		if _, ok := msg.(tea.QuitMsg); ok {
			d.quit = true
			continue
		}
		_, cmd := d.m.Update(msg)
		queue = append(queue, d.results(cmd)...)
	}
}

func (d *driver) run(cmd tea.Cmd) {
	for _, msg := range d.results(cmd) {
		d.send(msg)
	}
}

// results runs cmd and flattens batches and sequences into messages.
func (d *driver) results(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	ch := make(chan tea.Msg, 1)
	go func() { ch <- cmd() }()
	var msg tea.Msg
	select {
	case msg = <-ch:
	case <-time.After(10 * time.Millisecond):
		return nil // a timer (cursor blink): not needed here
	}
	if msg == nil {
		return nil
	}
	if b, ok := msg.(tea.BatchMsg); ok {
		var out []tea.Msg
		for _, c := range b {
			out = append(out, d.results(c)...)
		}
		return out
	}
	// tea.Sequence returns an unexported slice of commands.
	if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeFor[tea.Cmd]() {
		var out []tea.Msg
		for i := range v.Len() {
			out = append(out, d.results(v.Index(i).Interface().(tea.Cmd))...)
		}
		return out
	}
	return []tea.Msg{msg}
}

func keyMsg(s string) tea.KeyPressMsg {
	switch s {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "shift+tab":
		return tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "ctrl+c":
		return tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	case "ctrl+u":
		return tea.KeyPressMsg{Code: 'u', Mod: tea.ModCtrl}
	}
	r := []rune(s)
	return tea.KeyPressMsg{Code: r[0], Text: s}
}

// press sends named keys ("enter", "down") one by one.
func (d *driver) press(keys ...string) {
	for _, k := range keys {
		d.send(keyMsg(k))
	}
}

// typeText types each character as its own key press.
func (d *driver) typeText(s string) {
	for _, r := range s {
		d.send(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

// screen is the current view without colours or styles.
func (d *driver) screen() string { return ansi.Strip(d.m.View().Content) }

func (d *driver) wantScreen(wants ...string) {
	d.t.Helper()
	mustContain(d.t, "screen", d.screen(), wants...)
}

func (d *driver) wantStep(s step) {
	d.t.Helper()
	if d.m.f.step != s {
		d.t.Fatalf("at step %q, want %q\n%s", stepTitle(d.m.f.step), stepTitle(s), d.screen())
	}
}

// fillRelative answers every step of a relative-emergency case up to the review.
func (d *driver) fillRelative() {
	d.t.Helper()
	d.press("enter") // welcome: start
	d.wantStep(stepScreen)
	d.press("enter") // none of these
	d.wantStep(stepCriterion)
	d.press("enter") // a. relative emergency
	d.wantStep(stepAbout)
	d.typeText("Zoë Ñúñez")
	d.press("enter")
	d.typeText("B1/B2")
	d.press("enter", "enter")
	d.wantStep(stepDates)
	d.press("down", "down", "enter") // Montreal
	d.typeText("2026-12-02")
	d.press("enter")
	d.typeText("2028-01-15")
	d.press("enter")
	d.wantStep(stepFacts)
	for _, s := range []string{"Paul Núñez", "father", "Boston, Massachusetts", "car accident, in intensive care", "Dr. A. Lee, +1-617-555-0100"} {
		d.typeText(s)
		d.press("enter")
	}
	d.wantStep(stepDescription)
	d.typeText("On November 20 my father, Paul Núñez, was hit by a car in Boston.")
	d.press("enter")
	d.typeText("He is in intensive care at Massachusetts General Hospital; Dr. A. Lee says it is critical.")
	d.press("tab")
	d.wantStep(stepEvidence)
	d.press("x", "enter") // the doctor's letter
	d.press("tab")        // no other documents
	d.press("enter")      // spouse: no
	d.press("enter")      // children: none
	d.press("y")          // Canadian citizen
	d.wantStep(stepReview)
}

func TestWelcomeScreen(t *testing.T) {
	opt, _ := testOptions(t)
	d := newDriver(t, opt, 80, 24)
	d.wantStep(stepWelcome)
	d.wantScreen("expedite · Welcome", "never contacts the official site", "never", "invents facts", "> Start", "ctrl+c save & quit")
}

func TestWholeCaseToFiles(t *testing.T) {
	opt, _ := testOptions(t)
	d := newDriver(t, opt, 80, 24)
	d.fillRelative()
	d.wantScreen("No problems found.", "Before you send it", "w write the files")
	for i := 0; i < 80 && !strings.Contains(d.screen(), "Paul Núñez"); i++ {
		d.press("down")
	}
	d.wantScreen("The request (", "Paul Núñez")
	d.press("w")
	d.wantStep(stepWrite)
	d.press("enter")
	d.wantStep(stepDone)
	d.wantScreen("Your request is ready.", "request.txt", "checklist.pdf", "Next steps:", "c copy the request")
	d.press("c")
	d.wantScreen("Copied the request")
	d.press("q")
	if !d.quit {
		t.Error("q did not quit")
	}
	res := d.m.Result()
	if res.Outcome != Written {
		t.Fatalf("outcome %v", res.Outcome)
	}
	mustContain(t, "request", readFile(t, filepath.Join(opt.OutDir, "request.txt")), "Zoë Ñúñez", "Dr. A. Lee, +1-617-555-0100",
		"Letter from the attending US doctor or hospital describing the condition")
	if a := loadDraft(t, opt); a.Applicant.CanadianCitizen == nil || !*a.Applicant.CanadianCitizen || a.Relative.Name != "Paul Núñez" {
		t.Errorf("draft %+v", a)
	}
}

func TestWeddingStopsKindly(t *testing.T) {
	opt, _ := testOptions(t)
	d := newDriver(t, opt, 80, 24)
	d.press("enter", "down", "enter")
	d.wantStep(stepStopped)
	d.wantScreen("Attending a wedding is never accepted", "Book a regular appointment", "apply individually", "scam", "esc go back")
	d.press("esc")
	d.wantStep(stepScreen)
	d.press("down", "enter")
	d.press("q")
	if res := d.m.Result(); res.Outcome != Stopped {
		t.Errorf("outcome %v", res.Outcome)
	}
}

func TestNoneOfTheCriteria(t *testing.T) {
	opt, _ := testOptions(t)
	d := newDriver(t, opt, 80, 24)
	d.press("enter", "enter")
	for range 5 {
		d.press("down")
	}
	d.press("enter")
	d.wantStep(stepStopped)
	d.wantScreen("does not fit any of the official criteria")
}

func TestInlineDateValidation(t *testing.T) {
	opt, _ := testOptions(t)
	d := newDriver(t, opt, 80, 24)
	d.press("enter", "enter", "down", "down", "down", "enter") // d. urgent business
	d.typeText("Jo")
	d.press("enter", "enter", "enter")
	d.wantStep(stepDates)
	d.press("enter") // Calgary
	d.typeText("2026-13-01")
	d.press("enter")
	d.wantScreen("this date does not exist")
	d.press("ctrl+u")
	d.typeText("2026-11-20")
	d.press("enter")
	d.wantScreen("The travel date 2026-11-20 is in the past (today is 2026-11-23).")
	d.press("ctrl+u")
	d.typeText("2028-03-01")
	d.press("enter")
	d.typeText("2028-01-01")
	d.press("enter")
	d.wantScreen("needs travel before 2028-01-11")
	d.wantStep(stepDates)
}

func TestBackFromReviewToFixADate(t *testing.T) {
	opt, _ := testOptions(t)
	d := newDriver(t, opt, 80, 24)
	d.fillRelative()
	d.press("3") // dates
	d.wantStep(stepDates)
	d.press("enter") // post: keep Montreal
	d.press("ctrl+u")
	d.typeText("2026-12-09")
	d.press("enter", "enter")
	d.wantStep(stepReview) // straight back to the review
	d.wantScreen("December 9, 2026")
	if a := loadDraft(t, opt); a.TravelDate.String() != "2026-12-09" {
		t.Errorf("draft travel date %s", a.TravelDate)
	}
}

func TestReviewBlocksWritingOnErrors(t *testing.T) {
	opt, _ := testOptions(t)
	a, _ := answers.ReadFile("../../examples/relative-emergency.yaml")
	a.Relative.Relationship = "cousin" // complete, with an error: opens on the review
	opt.Store.Save(a)
	opt.Found, _ = opt.Store.Load()
	d := newDriver(t, opt, 80, 24)
	d.wantScreen("Resume my saved answers", "You have saved answers from")
	d.press("enter")
	d.wantStep(stepReview)
	d.wantScreen("1 error must be fixed", "ERROR part 4, The facts")
	if strings.Contains(d.screen(), "w write the files") {
		t.Error("write offered despite an error")
	}
	d.press("w")
	d.wantStep(stepReview)
	d.wantScreen("Fix the errors first")
	d.press("4") // the facts
	d.wantStep(stepFacts)
	d.press("enter", "ctrl+u")
	d.typeText("father")
	d.press("enter", "enter", "enter", "enter")
	d.wantStep(stepReview)
	d.wantScreen("No problems found.")
}

func TestEscGoesBackAStep(t *testing.T) {
	opt, _ := testOptions(t)
	d := newDriver(t, opt, 80, 24)
	d.press("enter", "enter", "enter")
	d.wantStep(stepAbout)
	d.typeText("Jo")
	d.press("enter") // to the visa field
	d.press("esc")   // back to the name field
	d.wantStep(stepAbout)
	d.press("esc") // back to the criterion
	d.wantStep(stepCriterion)
	d.press("shift+tab")
	d.wantStep(stepScreen)
}

func TestCtrlCSavesWhatWasTyped(t *testing.T) {
	opt, _ := testOptions(t)
	d := newDriver(t, opt, 80, 24)
	d.press("enter", "enter", "enter")
	d.typeText("Marie-Ève Cô") // mid-field, not yet completed
	d.press("ctrl+c")
	if !d.quit {
		t.Fatal("ctrl+c did not quit")
	}
	res := d.m.Result()
	if res.Outcome != Interrupted {
		t.Errorf("outcome %v", res.Outcome)
	}
	if a := loadDraft(t, opt); a.Applicant.Name != "Marie-Ève Cô" || a.Criterion != "relative-emergency" {
		t.Errorf("draft %+v", a)
	}
}

func TestSignalSaves(t *testing.T) {
	opt, _ := testOptions(t)
	d := newDriver(t, opt, 80, 24)
	d.press("enter", "enter", "down", "down", "enter")
	d.typeText("N")
	d.send(Interrupt{})
	if !d.quit || d.m.Result().Outcome != Interrupted {
		t.Fatal("the interrupt did not stop the wizard")
	}
	if a := loadDraft(t, opt); a.Criterion != "student" || a.Applicant.Name != "N" {
		t.Errorf("draft %+v", a)
	}
}

func TestDescriptionHintsLive(t *testing.T) {
	opt, _ := testOptions(t)
	d := newDriver(t, opt, 80, 24)
	d.m.f.v.Criterion = "relative-emergency"
	d.m.f.step = stepDescription
	d.run(d.m.enter())
	d.typeText("Please please help")
	// The count follows every key; the findings wait for a pause in typing
	// (the driver drops the timer, so the pause is sent by hand).
	d.wantScreen("3 words, 18 characters")
	if s := d.screen(); strings.Contains(s, "warning:") || strings.Contains(s, "no pitfalls found") {
		t.Errorf("hints before a pause in typing:\n%s", s)
	}
	d.send(hintsDue{seq: d.m.hintSeq - 1}) // a pause overtaken by a key
	if s := d.screen(); strings.Contains(s, "warning:") {
		t.Errorf("an old pause brought the hints:\n%s", s)
	}
	d.send(hintsDue{seq: d.m.hintSeq})
	d.wantScreen("3 words, 18 characters", "warning:", `"Please please"`)
}

func TestFitsAnd80x24AndReflows(t *testing.T) {
	opt, _ := testOptions(t)
	d := newDriver(t, opt, 80, 24)
	d.press("enter", "enter", "enter", "enter")
	d.press("enter", "enter", "enter")
	d.wantFits([2]int{80, 24}, [2]int{60, 20}, [2]int{120, 40})
}

// wantFits resizes the terminal to each size and checks that the screen
// has no more lines than rows and no line wider than the columns.
func (d *driver) wantFits(sizes ...[2]int) {
	d.t.Helper()
	for _, size := range sizes {
		d.send(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		lines := strings.Split(d.screen(), "\n")
		if len(lines) > size[1] {
			d.t.Errorf("%dx%d: %d lines", size[0], size[1], len(lines))
		}
		for _, l := range lines {
			if w := ansi.StringWidth(l); w > size[0] {
				d.t.Errorf("%dx%d: a line of %d columns: %q", size[0], size[1], w, l)
			}
		}
	}
}

func TestEscapesInAnswersAreNotSentRaw(t *testing.T) {
	opt, _ := testOptions(t)
	a, _ := answers.ReadFile("../../examples/relative-emergency.yaml")
	a.Applicant.Name = "Eve\x1b]52;c;aGk=\x07"
	a.Description += "\x1b[2J"
	opt.Store.Save(a)
	opt.Found, _ = opt.Store.Load()
	d := newDriver(t, opt, 80, 24)
	d.press("enter")
	d.wantStep(stepReview)
	raw := d.m.View().Content
	if strings.Contains(raw, "\x1b]52") || strings.Contains(raw, "\x1b[2J") {
		t.Error("a user-supplied escape reached the terminal")
	}
}

func TestReviewFits80x24(t *testing.T) {
	opt, _ := testOptions(t)
	opt.Store.Save(loadExample(t, "weak-request"))
	opt.Found, _ = opt.Store.Load()
	d := newDriver(t, opt, 80, 24)
	d.press("enter")
	d.wantStep(stepReview)
	d.wantFits([2]int{80, 24}, [2]int{60, 20})
}

func TestColoursFollowTheBackground(t *testing.T) {
	opt, _ := testOptions(t)
	d := newDriver(t, opt, 80, 24)
	d.send(tea.BackgroundColorMsg{Color: color.White})
	light := d.m.st.title.GetForeground()
	if d.m.isDark {
		t.Fatal("a white background read as dark")
	}
	d.send(tea.BackgroundColorMsg{Color: color.Black})
	dark := d.m.st.title.GetForeground()
	if !d.m.isDark || light == dark {
		t.Errorf("the title colour does not follow the background: light %v, dark %v", light, dark)
	}
}

func TestVeryLongDescriptionIsKeptOrCleared(t *testing.T) {
	opt, _ := testOptions(t)
	a := loadExample(t, "relative-emergency")
	a.Description = strings.Repeat("He is in intensive care. ", 4000) // 100,000 characters
	opt.Store.Save(a)
	opt.Found, _ = opt.Store.Load()
	d := newDriver(t, opt, 80, 24)
	d.press("enter") // resume
	d.wantStep(stepReview)
	d.press("5")
	d.wantStep(stepDescription)
	d.wantScreen("100000 characters long", "Keep it as it is")
	d.press("enter") // keep
	d.wantStep(stepReview)
	if got := loadDraft(t, opt).Description; len(got) != len(strings.TrimSpace(a.Description)) {
		t.Fatalf("the long description changed: %d characters", len(got))
	}
	d.press("5", "down", "enter") // clear
	d.wantStep(stepDescription)
	d.wantScreen("Describe the emergency in your own words", "0 words")
	d.typeText("On November 20 my father was hit by a car in Boston.")
	d.press("tab")
	d.wantStep(stepReview)
	if got := loadDraft(t, opt).Description; got != "On November 20 my father was hit by a car in Boston." {
		t.Errorf("draft description %q", got)
	}
}

// TestBulletsWrapUnderTheirText: a "- " item of the welcome page or of
// the refusal's plan that runs over the width goes on under its own text,
// never back at the left margin (the French welcome, at 80 columns, left
// "réponses." and "quitte." alone at column 0).
func TestBulletsWrapUnderTheirText(t *testing.T) {
	check := func(name, screen string) {
		t.Helper()
		inItem := false
		for _, ln := range strings.Split(screen, "\n") {
			body := strings.TrimLeft(ln, " ")
			switch {
			case strings.HasPrefix(body, "- "):
				inItem = true
			case strings.TrimSpace(ln) == "":
				inItem = false
			case inItem && !strings.HasPrefix(ln, "  "):
				t.Errorf("%s: a bullet's continuation starts at the margin: %q\n%s", name, ln, screen)
			}
		}
	}
	for _, lang := range []string{"en", "fr"} {
		opt, _ := testOptions(t)
		opt.Lang = lang
		setLang(lang)
		d := newDriver(t, opt, 80, 24)
		d.wantStep(stepWelcome)
		check(lang+" welcome", d.screen())
		d.press("enter", "down", "enter")
		d.wantStep(stepStopped)
		check(lang+" wedding", d.screen())
	}
	setLang(msg.Default)
}
