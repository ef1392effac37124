// Package wizard asks an applicant for their case, step by step, either as
// a terminal form (Bubble Tea and Huh) or as plain line prompts for screen
// readers and scripts, and writes the request through the render package.
// Every check it shows comes from the criteria engine.
package wizard

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/expedite/expedite/internal/answers"
	"github.com/expedite/expedite/internal/catalog"
	"github.com/expedite/expedite/internal/criteria"
	"github.com/expedite/expedite/internal/draft"
	"github.com/expedite/expedite/internal/msg"
	"github.com/expedite/expedite/internal/render"
)

// Options configure a wizard run.
type Options struct {
	Store   draft.Store
	Found   draft.Found // what was found at Store.Path on start
	Today   answers.Date
	OutDir  string // the output folder offered by default
	Paper   string
	Version string
	Lang    string // the language to start in (a resumed draft's language wins)
	Now     func() time.Time
}

// Outcome is how a wizard run ended.
type Outcome int

const (
	// Written: the request and the checklist were written.
	Written Outcome = iota
	// Stopped: the trip does not qualify and the applicant stopped there, or
	// quit at the review with errors left.
	Stopped
	// Interrupted: Ctrl-C, SIGTERM or SIGHUP; the draft was saved.
	Interrupted
	// InputEnded: the input ran out before the end (accessible mode).
	InputEnded
)

// Result reports a finished run.
type Result struct {
	Outcome   Outcome
	Written   render.Result // when Outcome is Written
	DraftPath string
	SaveErr   error // the last failure to save the draft, if any
}

// flow is the wizard's state and its rules of movement, shared by both
// front ends.
type flow struct {
	opt      Options
	v        *values
	resume   *answers.Answers
	step     step
	toReview bool   // editing from the review: come back to it when done
	focusKey string // the question a resumed part starts on
	stop     string // why the request stopped (stepStopped)
	stopFrom step
	saved    []byte
	saveErr  error
	written  render.Result
}

func newFlow(opt Options) *flow {
	if opt.Now == nil {
		opt.Now = time.Now
	}
	if opt.OutDir == "" {
		opt.OutDir = "."
	}
	f := &flow{opt: opt, v: &values{}, resume: opt.Found.Answers}
	setLang(msg.Default)
	setLang(opt.Lang)
	if f.resume != nil && f.resume.Language != "" {
		setLang(f.resume.Language)
	}
	if lang != msg.Default {
		*f.v.str("language") = lang
	}
	f.v.OutDir = opt.OutDir
	return f
}

func (f *flow) answers() *answers.Answers { return f.v.toAnswers() }

// save writes the draft when it changed since the last save. A failure is
// kept and shown, not fatal: the applicant can still finish.
func (f *flow) save() {
	if f.step == stepWelcome {
		return // nothing asked yet; a saved draft must not be overwritten before the choice
	}
	a := f.answers()
	data, err := answers.Marshal(a)
	if err != nil || bytes.Equal(data, f.saved) {
		return
	}
	if err := f.opt.Store.Save(a); err != nil {
		f.saveErr = err
		return
	}
	f.saved, f.saveErr = data, nil
}

// advance moves on after the current step was answered.
func (f *flow) advance() {
	f.save()
	switch f.step {
	case stepWelcome:
		if l, ok := strings.CutPrefix(f.v.Start, "lang:"); ok {
			// The welcome page again, in the language chosen.
			setLang(l)
			*f.v.str("language") = lang
			f.v.Start = ""
			return
		}
		chosen := *f.v.str("language")
		switch f.v.Start {
		case "resume":
			out := f.v.OutDir
			f.v = fromAnswers(f.resume)
			f.v.OutDir = out
			if chosen != "" {
				*f.v.str("language") = chosen
			}
			f.step = f.resumeStep()
			return
		case "over":
			if _, err := f.opt.Store.Archive(); err != nil {
				f.saveErr = err
			}
			f.saved = nil
		}
		f.step = stepScreen
		return
	case stepScreen:
		if f.v.Screen != "" {
			f.stopAt(f.v.Screen)
			return
		}
	case stepCriterion:
		if f.v.Criterion == "none" {
			f.stopAt("none")
			return
		}
	case stepDescription:
		if f.v.LongText == "clear" {
			f.v.Description, f.v.LongText = "", ""
			return // the same page again, now with the editor
		}
	case stepWrite:
		f.step = stepDone
		return
	}
	f.move(+1)
}

// move goes delta pages forward or back: straight to the review when the
// page was opened from it, and past a facts page that has no questions.
func (f *flow) move(delta step) {
	if f.toReview {
		f.toReview = false
		f.step = stepReview
		return
	}
	f.step += delta
	if f.step == stepFacts && len(f.questions(stepFacts)) == 0 {
		f.step += delta
	}
}

// resumeStep is where a resumed draft opens: the first part with a
// missing answer (from there the applicant walks forward as before), or
// the review when nothing is missing. It also notes the first question
// missing there (focusKey), for the form to start on it.
func (f *flow) resumeStep() step {
	missing := map[string]bool{}
	for _, fd := range criteria.Check(f.answers(), criteria.Options{Today: f.opt.Today}) {
		if strings.HasPrefix(fd.Rule, "required.") {
			missing[fd.Field] = true
		}
	}
	if f.v.Criterion == "" {
		return stepCriterion
	}
	for _, s := range editable {
		for _, q := range f.questions(s) {
			if missing[q.key] || q.flag != nil && !f.v.answered[q.key] {
				f.focusKey = q.key
				return s
			}
		}
		for k := range missing {
			if stepOf(k) == s {
				return s // missing, though no question of the part names it
			}
		}
	}
	return stepReview
}

func (f *flow) stopAt(reason string) {
	f.stop, f.stopFrom, f.step = reason, f.step, stepStopped
}

// back returns to the previous step.
func (f *flow) back() {
	f.save()
	switch f.step {
	case stepWelcome:
		return
	case stepStopped:
		f.step = f.stopFrom
		return
	case stepReview:
		f.step = stepEvidence
		return
	case stepWrite:
		f.step = stepReview
		return
	}
	f.move(-1)
}

// edit jumps from the review to step s, to come back when it is done.
func (f *flow) edit(s step) {
	f.step, f.toReview = s, true
}

// review is what the review step shows.
type review struct {
	findings  []criteria.Finding
	ready     render.ReadyList // the readiness list: facts, dates, claims and their documents
	oneChance string           // most posts consider one request only
	text      string           // the request preview ("" when it cannot be made yet)
	words     int
	chars     int
	length    []string // over the length limits: the counts and what to cut (never cut)
	blocked   bool     // error findings: writing is not allowed
	langNote  string   // the request's language, and how to switch it
}

func (f *flow) review() review {
	a := f.answers()
	as := criteria.Assess(a, criteria.Options{Today: f.opt.Today})
	p := msg.For(lang)
	r := review{findings: as.Findings, ready: render.Readiness(as, p), oneChance: p.Text("ready.one-chance", nil)}
	r.blocked = criteria.HasErrors(r.findings)
	r.langNote = f.requestLanguageNote()
	rp := msg.For(render.RequestLang(a, lang))
	if text, err := render.Request(as, rp); err == nil {
		r.text = text
		r.words, r.chars = render.Counts(text)
		r.length = render.Measure(as, text, rp).Advice(rp)
	}
	return r
}

// descriptionFindings are what check finds on the description: the same
// call as check's, on the answers as they stand, kept to the field. The
// live hints under the editor show these.
func (f *flow) descriptionFindings() []criteria.Finding {
	var out []criteria.Finding
	for _, fd := range criteria.Check(f.answers(), criteria.Options{Today: f.opt.Today}) {
		if fd.Field == "description" {
			out = append(out, fd)
		}
	}
	return out
}

// write renders both files into the chosen folder.
func (f *flow) write() error {
	dir := expandHome(strings.TrimSpace(f.v.OutDir))
	if dir == "" {
		dir = "."
	}
	res, err := render.Write(f.answers(), dir, render.PDFOptions{Paper: f.opt.Paper, Made: f.opt.Now(), Version: f.opt.Version, Lang: lang})
	if err != nil {
		return err
	}
	f.written = res
	return nil
}

// expandHome turns a leading "~/" into the home folder, as a shell would:
// people type "~/Documents" into the folder question.
func expandHome(dir string) string {
	if dir != "~" && !strings.HasPrefix(dir, "~/") {
		return dir
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return dir
	}
	return filepath.Join(home, strings.TrimPrefix(dir[1:], "/"))
}

// pages maps the field table's pages to the wizard's steps.
var pages = map[string]step{
	catalog.PageAbout: stepAbout, catalog.PageCriterion: stepCriterion, catalog.PageDates: stepDates,
	catalog.PageFacts: stepFacts, catalog.PageDescription: stepDescription, catalog.PageEvidence: stepEvidence,
}

// stepOf is the step that asks the field at path (stepReview when none does).
func stepOf(path string) step {
	if fl, ok := catalog.Default().Field(path); ok {
		if s, ok := pages[fl.Page]; ok {
			return s
		}
	}
	if strings.HasPrefix(path, "facts.") {
		return stepFacts
	}
	return stepReview
}

// partName names the part of the review that asks the field at path, as
// the applicant knows it: "part 4, The facts" ("" when no part asks it).
func partName(path string) string {
	s := stepOf(path)
	if n := stepNumber(s); n > 0 {
		return tr("wizard.part", map[string]any{"number": n, "title": stepTitle(s)})
	}
	return ""
}

// stepNumber is the position of an editable step (1-based), or 0.
func stepNumber(s step) int {
	for i, e := range editable {
		if e == s {
			return i + 1
		}
	}
	return 0
}

func (f *flow) result(o Outcome) Result {
	return Result{Outcome: o, Written: f.written, DraftPath: f.opt.Store.Path, SaveErr: f.saveErr}
}

// welcomeText says what the program does and does not do.
func welcomeText(found draft.Found) string {
	s := tr("wizard.welcome", nil)
	if found.SetAside != "" {
		s += "\n\n" + tr("wizard.welcome.set-aside", map[string]any{"problem": found.Problem, "path": found.SetAside})
	}
	if found.Answers != nil {
		when := found.Saved.Format("January 2 at 15:04")
		if lang != msg.Default {
			when = msg.For(lang).Date(found.Saved.Format("2006-01-02")) + found.Saved.Format(" à 15 h 04")
		}
		s += "\n\n" + tr("wizard.welcome.saved", map[string]any{"when": when})
	}
	return s
}

// nextSteps is shown after the files are written.
func nextStepsText(res render.Result, a *answers.Answers) string {
	var b strings.Builder
	b.WriteString(tr("wizard.wrote", map[string]any{"path": res.RequestPath}) + "\n" + tr("wizard.wrote", map[string]any{"path": res.ChecklistPath}) + "\n\n" + tr("wizard.next-steps", nil) + "\n")
	for i, s := range render.NextSteps(msg.For(lang), a) {
		b.WriteString("  " + string(rune('1'+i)) + ". " + s + "\n")
	}
	return b.String()
}
