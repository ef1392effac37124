package main

import (
	"errors"
	"fmt"
	"os"
	"os/signal"
	"strings"
	"sync/atomic"
	"syscall"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/term"

	"github.com/expedite/expedite/internal/draft"
	"github.com/expedite/expedite/internal/wizard"
)

func runWizard(c *wizardCmd, e *env) error {
	accessible, draftPath, out, paper, today := &c.Accessible, &c.Draft, &c.Out, &c.Paper, &c.Today
	var err error
	if len(c.Files) > 0 {
		return usage("wizard", "cli.err.wizard-no-file", nil)
	}
	if e.getenv("ACCESSIBLE") != "" {
		*accessible = true
	}
	path := *draftPath
	if path == "" {
		if path, err = draft.DefaultPath(e.getenv); err != nil {
			return err
		}
	}
	store := draft.Store{Path: path, Now: e.now}
	found, err := store.Load()
	if err != nil {
		return err
	}
	opt := wizard.Options{Store: store, Found: found, Today: today.or(e), OutDir: *out, Paper: paper.value,
		Version: versionString(), Now: e.now, Lang: uiLang}

	var res wizard.Result
	if *accessible {
		res = runAccessible(opt, e)
	} else {
		if !isTerminal(e.stdin) {
			return usage("wizard", "cli.err.wizard-terminal", nil)
		}
		if res, err = runTUI(opt, e); err != nil {
			return err
		}
	}
	return wizardOutcome(res, !*accessible, againCommand(c.args), e)
}

// againCommand is the command line to run again, with the flags that were
// given (--draft above all: without it the draft would not be found),
// quoted for the shell.
func againCommand(args []string) string {
	parts := []string{"expedite"}
	for _, a := range args {
		parts = append(parts, shellQuote(a))
	}
	return strings.Join(parts, " ")
}

func isTerminal(r any) bool {
	f, ok := r.(*os.File)
	return ok && term.IsTerminal(f.Fd())
}

// onStopSignal calls stop once on Ctrl-C (SIGINT), SIGTERM or SIGHUP (the
// terminal closed), until the returned release is called.
func onStopSignal(stop func()) (release func()) {
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	done := make(chan struct{})
	var stopped atomic.Bool
	go func() {
		select {
		case <-sigs:
			stopped.Store(true)
			stop()
		case <-done:
		}
	}()
	return func() {
		// Once stopped, the program is on its way out with the draft
		// saved: a second signal (a hung-up terminal sends SIGHUP to the
		// whole session, and may again) must not kill it before it exits
		// with its code.
		if stopped.Load() {
			signal.Ignore(os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
		}
		signal.Stop(sigs)
		close(done)
	}
}

// runTUI runs the full-screen form. Signals (Ctrl-C outside raw mode,
// SIGTERM, SIGHUP when the terminal closes) save the draft and stop it.
func runTUI(opt wizard.Options, e *env) (wizard.Result, error) {
	m := wizard.NewModel(opt)
	p := tea.NewProgram(m, tea.WithInput(e.stdin), tea.WithOutput(e.stderr), tea.WithoutSignalHandler())
	defer onStopSignal(func() { p.Send(wizard.Interrupt{}) })()
	if _, err := p.Run(); err != nil && !errors.Is(err, tea.ErrInterrupted) {
		res := m.Result()
		return res, fmt.Errorf("the terminal form stopped: %w (your answers are saved in %s)", err, res.DraftPath)
	}
	return m.Result(), nil
}

// wizardOutcome reports how the wizard ended and picks the exit code.
// The paths written are printed on stdout after the full-screen form (which
// draws on stderr); the line prompts already showed them.
// again is the command line that resumes: expedite with the flags used.
func wizardOutcome(res wizard.Result, printPaths bool, again string, e *env) error {
	switch res.Outcome {
	case wizard.Written:
		if !printPaths {
			if res.SaveErr != nil {
				fmt.Fprintf(e.stderr, "%s.\n", savedNote(res))
			}
			return nil
		}
		fmt.Fprintln(e.stdout, wroteRequest(res.Written))
		fmt.Fprintln(e.stdout, printer().Text("cli.render.wrote", map[string]any{"path": res.Written.ChecklistPath}))
		if res.SaveErr != nil {
			fmt.Fprintf(e.stderr, "%s.\n", savedNote(res))
		} else {
			fmt.Fprintln(e.stderr, printer().Text("cli.wizard.stay", map[string]any{"path": res.DraftPath}))
		}
		return nil
	case wizard.Stopped:
		fmt.Fprintln(e.stderr, printer().Text("cli.wizard.stopped", map[string]any{"saved": savedNote(res)}))
		return errFindings
	case wizard.InputEnded:
		return &inputError{msg: printer().Text("cli.wizard.input-ended", map[string]any{"saved": lowerFirst(savedNote(res))})}
	}
	if res.SaveErr != nil {
		fmt.Fprintln(e.stderr, printer().Text("cli.wizard.interrupted", map[string]any{"saved": savedNote(res)}))
	} else {
		fmt.Fprintln(e.stderr, printer().Text("cli.wizard.interrupted.resume", map[string]any{"path": res.DraftPath, "again": again}))
	}
	return errInterrupted
}
