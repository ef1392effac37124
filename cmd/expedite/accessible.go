package main

import (
	"os"
	"os/signal"
	"syscall"

	"github.com/charmbracelet/x/term"

	"github.com/expedite/expedite/internal/wizard"
)

// runAccessible runs the line prompts as the full-screen wizard runs:
// Ctrl-C (SIGINT), SIGTERM, SIGHUP and a closed terminal keep every
// answer, the one being typed included, save the draft and exit 130.
func runAccessible(opt wizard.Options, e *env) wizard.Result {
	stop := make(chan struct{})
	defer onStopSignal(func() { close(stop) })()
	sig := wizard.Signals{Stop: stop}
	if f, ok := e.stdin.(*os.File); ok && term.IsTerminal(f.Fd()) {
		restore, rescue := keepTyping(f)
		defer restore()
		sig.Rescue = rescue
		sig.Gone = func() bool { return !term.IsTerminal(f.Fd()) } // a hung-up terminal answers no query
	}
	return wizard.RunAccessibleSignals(e.stdin, e.stdout, opt, sig)
}

// holdSignals catches SIGINT, SIGTERM and SIGHUP while a write runs, so
// that it ends on its own terms (written whole, or undone with its
// temporary files removed) rather than half way. The returned function
// reports whether one came; its first call after the write also stops
// catching them.
func holdSignals() func() bool {
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	got, stopped := false, false
	return func() bool {
		if !stopped {
			signal.Stop(sigs)
			stopped = true
		}
		select {
		case <-sigs:
			got = true
		default:
		}
		return got
	}
}
