package wizard

import (
	"bytes"
	"io"
	"slices"
	"strings"
	"testing"
	"time"
)

// scrollTo presses down, as a reader scrolls the review, until text shows.
func (s *session) scrollTo(text string) {
	s.t.Helper()
	out := s.tm.Output()
	for range 200 {
		b, _ := io.ReadAll(out)
		s.emu.Write(bytes.ReplaceAll(b, []byte("\n"), []byte("\r\n")))
		if strings.Contains(s.emu.String(), text) {
			return
		}
		s.keys("down")
		time.Sleep(20 * time.Millisecond)
	}
	s.t.Fatalf("scrolled and found no %q; the screen shows:\n%s", text, s.emu.String())
}

// TestReviewShowsReadiness: the review lists what the request needs, ticks
// what is in order, names the document a claim lacks, says whether the
// request is ready and that most posts consider one request only; adding
// the missing document from the review makes it ready.
func TestReviewShowsReadiness(t *testing.T) {
	opt, _ := testOptions(t)
	a := loadExample(t, "relative-emergency")
	a.Evidence = slices.DeleteFunc(a.Evidence, func(e string) bool { return e == "My birth certificate, naming Paul Tremblay as my father" })
	if err := opt.Store.Save(a); err != nil {
		t.Fatal(err)
	}
	opt.Found, _ = opt.Store.Load()
	s := newSession(t, opt)
	s.waitFor("Resume my saved answers")
	s.keys("enter")
	s.waitFor("Not ready yet: a document proving your relationship to your relative.")
	s.waitFor("Before you send it: what this criterion's request needs")
	s.waitFor("[x] Attending physician or funeral home")
	s.waitFor("[x] Dates: you travel on December 2, 2027, 410 days before the first")
	s.waitFor(`[x] Proof of your relative's condition or death: "Letter from Dr. A. Lee`)
	s.waitFor("[ ] Proof of your relationship to your relative: none yet. Usually a birth")
	s.scrollTo("Most posts consider one expedite request only")

	s.keys("6") // documents: tick the proof of the relationship
	s.waitFor("┃ Which of these documents")
	s.keys("down", "down", "down", "down")
	s.waitFor("> • Proof of our relationship")
	s.keys("x", "enter")
	s.aloneAndCitizen()
	s.waitFor("Ready to send: every fact, the dates and every claim are in order.")
	s.waitFor(`[x] Proof of your relationship to your relative: "Proof of our relationship`)
	s.keys("q")
	if res := s.result(); res.Outcome != Stopped {
		t.Fatalf("outcome %v", res.Outcome)
	}
}

// TestReadyVerdictPointsNowhereWrong: the review heads with the verdict
// and lists the findings under it, so a verdict that sends the reader to
// a warning "above" sent them to nothing (a grandfather's case).
func TestReadyVerdictPointsNowhereWrong(t *testing.T) {
	opt, _ := testOptions(t)
	a := loadExample(t, "relative-emergency")
	a.Relative.Relationship = "grandfather"
	if err := opt.Store.Save(a); err != nil {
		t.Fatal(err)
	}
	opt.Found, _ = opt.Store.Load()
	d := newDriver(t, opt, 80, 24)
	d.press("enter")
	d.wantStep(stepReview)
	screen := d.screen()
	verdict, warning := strings.Index(screen, "Ready to send"), strings.Index(screen, "WARNING part 4")
	if verdict < 0 || warning < 0 || verdict > warning {
		t.Fatalf("want the verdict, then the warning:\n%s", screen)
	}
	if strings.Contains(screen, "above first") {
		t.Errorf("the verdict points above, where the warning is not:\n%s", screen)
	}
}
