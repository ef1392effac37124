package wizard

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/teatest/v2"
	"github.com/charmbracelet/x/vt"
)

// session runs the wizard in a real Bubble Tea program (teatest) and keeps
// a terminal emulator fed with its output, so that tests wait for text on
// the screen, as a person would, before each key.
type session struct {
	t   *testing.T
	tm  *teatest.TestModel
	emu *vt.Emulator
}

func newSession(t *testing.T, opt Options) *session {
	tm := teatest.NewTestModel(t, NewModel(opt),
		teatest.WithInitialTermSize(80, 24),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.NoTTY)))
	emu := vt.NewEmulator(80, 24)
	// Drain the emulator's answers to terminal queries. Closing the emulator
	// races with this reader inside vt, so the goroutine is left to end with
	// the test binary.
	go io.Copy(io.Discard, emu)
	return &session{t: t, tm: tm, emu: emu}
}

func (s *session) waitFor(text string) {
	s.t.Helper()
	out := s.tm.Output()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		b, _ := io.ReadAll(out)
		// A terminal's line discipline turns "\n" into "\r\n" (onlcr);
		// teatest's output is a plain buffer, so do it here.
		s.emu.Write(bytes.ReplaceAll(b, []byte("\n"), []byte("\r\n")))
		if strings.Contains(s.emu.String(), text) {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	s.t.Fatalf("waited 10s for %q; the screen shows:\n%s", text, s.emu.String())
}

func (s *session) keys(names ...string) {
	for _, k := range names {
		s.tm.Send(keyMsg(k))
	}
}

func (s *session) typ(text string) { s.tm.Type(text) }

// toCriteria starts a case: the welcome, no reason on the quick screen,
// up to the list of criteria.
func (s *session) toCriteria() {
	s.t.Helper()
	s.waitFor("> Start")
	s.keys("enter")
	s.waitFor("Is the trip mainly for one of these?")
	s.keys("enter")
	s.waitFor("Which official criterion fits")
}

// aloneAndCitizen ends the documents and family page: no other document,
// no spouse or child travelling, a Canadian citizen.
func (s *session) aloneAndCitizen() {
	s.t.Helper()
	s.waitFor("┃ Other documents")
	s.keys("tab")
	s.waitFor("┃ Does your spouse")
	s.keys("enter")
	s.waitFor("┃ How many of your children")
	s.keys("enter")
	s.waitFor("┃ Are you a Canadian citizen")
	s.keys("y")
}

func (s *session) result() Result {
	s.tm.WaitFinished(s.t, teatest.WithFinalTimeout(10*time.Second))
	return s.tm.FinalModel(s.t).(*Model).Result()
}

func TestFlowEligibleCaseToFiles(t *testing.T) {
	opt, _ := testOptions(t)
	s := newSession(t, opt)
	s.toCriteria()
	s.keys("down", "down")
	s.waitFor("> c. Student")
	s.keys("enter")
	s.waitFor("┃ Your full name")
	s.typ("François Lévesque")
	s.keys("enter")
	s.waitFor("┃ Visa class")
	s.typ("F-1")
	s.keys("enter")
	s.waitFor("┃ DS-160")
	s.keys("enter")
	s.waitFor("┃ Your post")
	s.keys("down", "down", "down", "down")
	s.waitFor("> Quebec City")
	s.keys("enter")
	s.waitFor("┃ The date you must travel")
	s.typ("2027-12-28")
	s.keys("enter")
	s.waitFor("┃ First available")
	s.typ("2028-10-20")
	s.keys("enter")
	s.waitFor("┃ Program start date")
	s.typ("2028-01-11")
	s.keys("enter")
	s.waitFor("┃ Your form")
	s.keys("enter")
	s.waitFor("┃ SEVIS number")
	s.typ("N0012345678")
	s.keys("enter")
	s.waitFor("┃ Your school")
	s.typ("Boston University")
	s.keys("enter")
	s.waitFor("┃ Describe the emergency")
	s.typ("I was admitted to the Master of Science in civil engineering at Boston University in Boston; my I-20 shows a start date of January 11, 2028.")
	s.waitFor("no pitfalls found")
	s.keys("tab")
	s.waitFor("┃ Which of these documents")
	s.keys("x", "down", "x", "enter")
	s.aloneAndCitizen()
	s.waitFor("No problems found.")
	s.keys("w")
	s.waitFor("Folder for request.txt")
	s.keys("enter")
	s.waitFor("Your request is ready.")
	s.keys("q")
	res := s.result()
	if res.Outcome != Written {
		t.Fatalf("outcome %v", res.Outcome)
	}
	req := readFile(t, filepath.Join(opt.OutDir, "request.txt"))
	mustContain(t, "request", req, "SEVIS number: N0012345678", "François Lévesque", "My program at Boston University starts on January 11, 2028",
		"- Signed I-20 or DS-2019 showing the program start date", "- Admission letter from the school")
	if _, err := os.Stat(filepath.Join(opt.OutDir, "checklist.pdf")); err != nil {
		t.Error(err)
	}
}

func TestFlowWeddingStoppedAtTheQuickScreen(t *testing.T) {
	opt, _ := testOptions(t)
	s := newSession(t, opt)
	s.waitFor("> Start")
	s.keys("enter")
	s.waitFor("Is the trip mainly for one of these?")
	s.keys("down")
	s.waitFor("> A wedding")
	s.keys("enter")
	s.waitFor("Attending a wedding is never accepted")
	s.waitFor("Book a regular appointment")
	s.keys("q")
	if res := s.result(); res.Outcome != Stopped {
		t.Fatalf("outcome %v", res.Outcome)
	}
	if _, err := os.Stat(opt.OutDir); !os.IsNotExist(err) {
		t.Error("files written for a wedding")
	}
}

func TestFlowBackFromReviewToFixADate(t *testing.T) {
	opt, _ := testOptions(t)
	a := loadExample(t, "urgent-business")
	a.TravelDate.Year = 2029 // far past the 10-day window: an error at review
	opt.Store.Save(a)
	opt.Found, _ = opt.Store.Load()
	s := newSession(t, opt)
	s.waitFor("Resume my saved answers")
	s.keys("enter")
	s.waitFor("error must be fixed")
	s.waitFor("ERROR part 3, Dates")
	s.keys("3")
	s.waitFor("┃ Your post")
	s.keys("enter")
	s.waitFor("┃ The date you must travel")
	s.keys("ctrl+u")
	s.typ("2028-03-08")
	s.keys("enter")
	s.waitFor("┃ First available")
	s.keys("enter")
	s.waitFor("No problems found.")
	s.keys("w")
	s.waitFor("Folder for request.txt")
	s.keys("enter")
	s.waitFor("Your request is ready.")
	s.keys("q")
	if res := s.result(); res.Outcome != Written {
		t.Fatalf("outcome %v", res.Outcome)
	}
	mustContain(t, "request", readFile(t, filepath.Join(opt.OutDir, "request.txt")), "on March 8, 2028")
}
