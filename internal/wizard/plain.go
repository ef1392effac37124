package wizard

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/expedite/expedite/internal/criteria"
	"github.com/expedite/expedite/internal/render"
	"github.com/expedite/expedite/internal/safetext"
)

// errInputEnded is returned when the input runs out mid-way.
var errInputEnded = errors.New("input ended")

// errQuit is returned when the applicant types q at a prompt that allows it.
var errQuit = errors.New("quit")

// prompter asks questions as plain lines: no colour, no cursor movement,
// one shared reader so that piped input is read line by line.
type prompter struct {
	in  *lineReader
	out io.Writer
	sig Signals
}

func (p *prompter) printf(format string, args ...any) { fmt.Fprintf(p.out, format, args...) }

// RunAccessible runs the wizard as plain line prompts on in and out, for
// screen readers and scripts. Enter keeps the value shown in brackets; a
// single "-" clears it. Long texts end with a line holding a single ".".
func RunAccessible(in io.Reader, out io.Writer, opt Options) Result {
	return RunAccessibleSignals(in, out, opt, Signals{})
}

// RunAccessibleSignals is RunAccessible that sig can stop (see Signals).
func RunAccessibleSignals(in io.Reader, out io.Writer, opt Options, sig Signals) Result {
	f := newFlow(opt)
	p := &prompter{in: newLineReader(in), out: out, sig: sig}
	p.printf("%s\n\n%s\n", safetext.Display(welcomeText(opt.Found)), tr("wizard.plain.how", nil))
	if f.resume == nil {
		f.step = stepScreen
	}
	for {
		err := p.runStep(f)
		switch {
		case errors.Is(err, errInputEnded):
			f.save()
			return f.result(InputEnded)
		case errors.Is(err, errInterrupted):
			f.save()
			p.printf("\n")
			return f.result(Interrupted)
		case errors.Is(err, errQuit):
			f.save()
			return f.result(Stopped)
		case err != nil:
			p.printf("\n%s\n", safetext.Line(err.Error()))
			continue
		}
		if f.step == stepDone {
			p.printf("\n%s", safetext.Display(nextStepsText(f.written, f.answers())))
			return f.result(Written)
		}
	}
}

// errBack is returned when the applicant types < to go back a part.
var errBack = errors.New("back")

// plainLabel drops an option's own letter ("a. Relative emergency"): the
// prompts number the options already.
func plainLabel(s string) string {
	if len(s) > 3 && s[0] >= 'a' && s[0] <= 'z' && s[1:3] == ". " {
		return s[3:]
	}
	return s
}

func (p *prompter) runStep(f *flow) error {
	switch f.step {
	case stepReview:
		return p.review(f)
	case stepStopped:
		p.printf("\n== %s ==\n%s\n", stepTitle(stepStopped), stopText(f.stop, f.v.post()))
		for {
			p.printf("%s", tr("wizard.plain.stopped", nil))
			s, err := p.line()
			if err != nil {
				return err
			}
			switch strings.ToLower(strings.TrimSpace(s)) {
			case "b":
				f.back()
				return nil
			case "q":
				return errQuit
			}
		}
	}
	p.printf("\n== %s ==\n", stepTitle(f.step))
	for _, q := range f.questions(f.step) {
		if err := p.ask(f, q); errors.Is(err, errBack) {
			f.back()
			return nil
		} else if err != nil {
			return err
		}
		f.save()
	}
	if f.step == stepWrite {
		if err := f.write(); err != nil {
			return err
		}
	}
	f.advance()
	return nil
}

func (p *prompter) ask(f *flow, q question) error {
	for {
		p.printf("\n%s\n", q.title)
		if q.help != "" {
			p.printf("(%s)\n", q.help)
		}
		var err error
		switch q.kind {
		case kindChoice:
			err = p.choice(q)
		case kindChoices:
			err = p.choices(q)
		case kindYesNo:
			err = p.yesNo(f, q)
		case kindText:
			err = p.text(f, q)
		default:
			err = p.single(f, q)
		}
		var retry retryError
		if errors.As(err, &retry) {
			p.printf("%s\n", tr("wizard.plain.error", map[string]any{"problem": safetext.Line(retry.msg)}))
			continue
		}
		return err
	}
}

// retryError asks the same question again, saying why.
type retryError struct{ msg string }

func (e retryError) Error() string { return e.msg }

func current(s string) string {
	if s == "" {
		return ""
	}
	return " [" + safetext.Line(s) + "]"
}

func (p *prompter) single(f *flow, q question) error {
	p.printf("%s%s%s ", tr("wizard.plain.answer", nil), current(*q.str), colon())
	s, err := p.line()
	if errors.Is(err, errInterrupted) {
		if t := strings.TrimSpace(p.typing()); t != "" && t != "-" {
			*q.str = t // kept as typed, checked when the wizard resumes
		}
		return err
	}
	if err != nil {
		return err
	}
	s = strings.TrimSpace(s)
	switch s {
	case "<":
		return errBack
	case "":
		s = *q.str
	case "-":
		s = ""
	}
	if err := f.validate(q, s); err != nil {
		return retryError{err.Error()}
	}
	*q.str = s
	return nil
}

func (p *prompter) text(f *flow, q question) error {
	if *q.str != "" {
		p.printf("%s\n%s\n", tr("wizard.plain.current", nil), safetext.Display(*q.str))
		p.printf("%s\n", tr("wizard.plain.text.edit", nil))
	} else {
		p.printf("%s\n", tr("wizard.plain.text.new", nil))
	}
	var lines []string
	cleared := false
	for {
		s, err := p.line()
		var retry retryError
		if errors.As(err, &retry) {
			p.printf("%s\n", tr("wizard.plain.error", map[string]any{"problem": retry.msg}))
			continue
		}
		if errors.Is(err, errInterrupted) {
			// Keep what was typed, the line being typed included.
			if t := p.typing(); t != "" {
				lines = append(lines, t)
			}
			if len(lines) > 0 {
				*q.str = strings.Join(lines, "\n")
			}
			return err
		}
		if err != nil {
			if len(lines) == 0 {
				return err
			}
			break // the input ended: take what was typed
		}
		t := strings.TrimSpace(s)
		if t == "." {
			break
		}
		if t == "-" && len(lines) == 0 {
			cleared = true
			break
		}
		if t == "<" && len(lines) == 0 {
			return errBack
		}
		lines = append(lines, s)
	}
	value := *q.str
	switch {
	case cleared:
		value = ""
	case len(lines) > 0:
		value = strings.Join(lines, "\n")
	}
	if err := f.validate(q, value); err != nil {
		return retryError{err.Error()}
	}
	*q.str = value
	if q.key == "description" {
		p.printHints(f, value)
	}
	return nil
}

// printHints shows the prose findings on a description, as the terminal
// form does under its editor.
func (p *prompter) printHints(f *flow, text string) {
	words := criteria.WordCount(text)
	p.printf("%s\n", tr("wizard.plain.counts", map[string]any{"words": words, "chars": len([]rune(text))}))
	for _, fd := range f.descriptionFindings() {
		p.printf("%s%s %s\n", severityName(fd.Severity), colon(), safetext.Line(message(fd)))
	}
}

func (p *prompter) choice(q question) error {
	cur := 0
	for i, o := range q.options {
		mark := " "
		if o.value == *q.str {
			mark, cur = "*", i+1
		}
		p.printf("%s %d. %s\n", mark, i+1, plainLabel(o.label))
	}
	def := ""
	if cur > 0 {
		def = " [" + strconv.Itoa(cur) + "]"
	}
	p.printf("%s%s%s ", tr("wizard.plain.choose", map[string]any{"count": len(q.options)}), def, colon())
	s, err := p.line()
	if err != nil {
		return err
	}
	s = strings.TrimSpace(s)
	if s == "<" {
		return errBack
	}
	if s == "" && cur > 0 {
		return nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > len(q.options) {
		return retryError{tr("wizard.plain.choose.bad", map[string]any{"count": len(q.options)})}
	}
	*q.str = q.options[n-1].value
	return nil
}

func (p *prompter) choices(q question) error {
	var cur []string
	for i, o := range q.options {
		mark := " "
		for _, v := range *q.list {
			if v == o.value {
				mark = "*"
				cur = append(cur, strconv.Itoa(i+1))
			}
		}
		p.printf("%s %d. %s\n", mark, i+1, plainLabel(o.label))
	}
	def := ""
	if len(cur) > 0 {
		def = " [" + strings.Join(cur, " ") + "]"
	}
	p.printf("%s%s%s ", tr("wizard.plain.choices", nil), def, colon())
	s, err := p.line()
	if err != nil {
		return err
	}
	s = strings.TrimSpace(s)
	if s == "<" {
		return errBack
	}
	if s == "" && len(cur) > 0 {
		return nil
	}
	var picked []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' }) {
		n, err := strconv.Atoi(w)
		if err != nil || n < 0 || n > len(q.options) {
			return retryError{tr("wizard.plain.choices.bad", map[string]any{"count": len(q.options)})}
		}
		if n > 0 {
			picked = append(picked, q.options[n-1].value)
		}
	}
	*q.list = picked
	return nil
}

func (p *prompter) yesNo(f *flow, q question) error {
	def := "n"
	if *q.flag {
		def = string([]rune(tr("wizard.yes", nil))[:1])
	}
	p.printf("%s [%s]%s ", tr("wizard.plain.yes-no", nil), def, colon())
	s, err := p.line()
	if err != nil {
		return err
	}
	t := strings.TrimSpace(s)
	if t == "<" {
		return errBack
	}
	if t != "" {
		yes, ok := yesNo(s)
		if !ok {
			return retryError{tr("wizard.plain.yes-no.bad", nil)}
		}
		*q.flag = yes
	}
	f.v.answer(q.key)
	return nil
}

func (p *prompter) review(f *flow) error {
	r := f.review()
	p.printf("\n== %s ==\n", stepTitle(stepReview))
	if len(r.findings) == 0 {
		p.printf("%s\n", tr("wizard.review.none", nil))
	}
	for _, fd := range r.findings {
		where := ""
		if part := partName(fd.Field); part != "" {
			where = " (" + part + ")"
		}
		p.printf("%s%s%s %s\n", strings.ToUpper(severityName(fd.Severity)), where, colon(), safetext.Line(message(fd)))
	}
	p.printf("\n%s", safetext.Display(render.ReadyText(r.ready)))
	p.printf("%s\n", safetext.Line(r.oneChance))
	if r.text != "" {
		p.printf("\n%s\n", tr("wizard.plain.request", map[string]any{"words": r.words, "chars": r.chars}))
		for i, ln := range r.length {
			if i > 0 {
				ln = "  - " + ln
			}
			p.printf("%s\n", safetext.Line(ln))
		}
		p.printf("%s\n\n%s", r.langNote, safetext.Display(r.text))
	}
	p.printf("\n%s\n", tr("wizard.plain.parts", nil))
	for i, s := range editable {
		p.printf("  %d. %s\n", i+1, stepTitle(s))
	}
	for {
		if r.blocked {
			p.printf("%s", tr("wizard.plain.review.blocked", nil))
		} else {
			p.printf("%s", tr("wizard.plain.review", nil))
		}
		s, err := p.line()
		if err != nil {
			return err
		}
		s = strings.ToLower(strings.TrimSpace(s))
		switch {
		case s == "q":
			return errQuit
		case s == "w" && !r.blocked:
			f.step = stepWrite
			return nil
		case s == "l":
			f.switchRequestLanguage()
			return nil
		}
		if n, err := strconv.Atoi(s); err == nil && n >= 1 && n <= len(editable) {
			f.edit(editable[n-1])
			return nil
		}
	}
}
