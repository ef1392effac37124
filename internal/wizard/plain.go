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
	p.printf("%s\n\n%s\n", safetext.Display(welcomeText(opt.Found)), howToAnswer)
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

// howToAnswer is accessible mode's own instructions: lines typed, no keys
// of the terminal form.
const howToAnswer = `How to answer: type your answer and press Enter.
  - Enter alone keeps the answer shown in brackets.
  - A dash (-) alone clears it.
  - A less-than sign (<) alone goes back to the previous part.
  - A text of several lines ends with a line holding a single dot (.).
  - Ctrl-C, or the end of the input, saves your answers and stops.`

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
		p.printf("\n== %s ==\n%s\n", stepTitles[stepStopped], stopText(f.stop, f.v.post()))
		for {
			p.printf("Type b to go back and change the answer, or q to stop here: ")
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
	p.printf("\n== %s ==\n", stepTitles[f.step])
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
			p.printf("Error: %s\n", safetext.Line(retry.msg))
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
	p.printf("Answer%s: ", current(*q.str))
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
		p.printf("Current text:\n%s\n", safetext.Display(*q.str))
		p.printf("Type the new text, then a line with a single dot (.) to end it; a dot alone keeps the current text, a dash (-) alone clears it, < alone goes back.\n")
	} else {
		p.printf("Type the text, then a line with a single dot (.) to end it; < alone goes back.\n")
	}
	var lines []string
	cleared := false
	for {
		s, err := p.line()
		var retry retryError
		if errors.As(err, &retry) {
			p.printf("Error: %s\n", retry.msg)
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
	p.printf("(%d words, %d characters)\n", words, len([]rune(text)))
	for _, fd := range f.descriptionFindings() {
		p.printf("%s: %s\n", fd.Severity, safetext.Line(message(fd)))
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
	p.printf("Choose 1-%d%s: ", len(q.options), def)
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
		return retryError{fmt.Sprintf("type a number from 1 to %d", len(q.options))}
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
	p.printf("Type the numbers of all that apply, separated by spaces, or 0 for none%s: ", def)
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
			return retryError{fmt.Sprintf("type numbers from 1 to %d, or 0 for none", len(q.options))}
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
		def = "y"
	}
	p.printf("Type y or n [%s]: ", def)
	s, err := p.line()
	if err != nil {
		return err
	}
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "<":
		return errBack
	case "":
	case "y", "yes":
		*q.flag = true
	case "n", "no":
		*q.flag = false
	default:
		return retryError{"type y for yes or n for no"}
	}
	f.v.answer(q.key)
	return nil
}

func (p *prompter) review(f *flow) error {
	r := f.review()
	p.printf("\n== %s ==\n", stepTitles[stepReview])
	if len(r.findings) == 0 {
		p.printf("No problems found.\n")
	}
	for _, fd := range r.findings {
		where := ""
		if part := partName(fd.Field); part != "" {
			where = " (" + part + ")"
		}
		p.printf("%s%s: %s\n", strings.ToUpper(fd.Severity.String()), where, safetext.Line(message(fd)))
	}
	p.printf("\n%s", safetext.Display(render.ReadyText(r.ready)))
	p.printf("%s\n", safetext.Line(r.oneChance))
	if r.text != "" {
		p.printf("\nThe request (%d words, %d characters):\n\n%s", r.words, r.chars, safetext.Display(r.text))
	}
	p.printf("\nParts you can change:\n")
	for i, s := range editable {
		p.printf("  %d. %s\n", i+1, stepTitles[s])
	}
	for {
		if r.blocked {
			p.printf("Fix the errors first. Type the number of a part to change it, or q to stop without writing: ")
		} else {
			p.printf("Type w to write the files, the number of a part to change it, or q to stop without writing: ")
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
		}
		if n, err := strconv.Atoi(s); err == nil && n >= 1 && n <= len(editable) {
			f.edit(editable[n-1])
			return nil
		}
	}
}
