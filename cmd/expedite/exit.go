package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/expedite/expedite/internal/answers"
)

// Exit codes, the same for every command. They are documented in the
// README and in 'expedite --help'.
const (
	exitOK          = 0   // no error finding
	exitFindings    = 1   // at least one error finding
	exitInput       = 2   // usage error, or an input that cannot be read
	exitInterrupted = 130 // the user pressed Ctrl-C (or the terminal closed)
)

// usageError is a command line that cannot be run as written.
type usageError struct {
	cmd string
	msg string
}

func (e *usageError) Error() string { return e.msg }

func usagef(cmd, format string, args ...any) error {
	return &usageError{cmd: cmd, msg: fmt.Sprintf(format, args...)}
}

// usage is a usage error worded by the message id.
func usage(cmd, id string, data map[string]any) error {
	return &usageError{cmd: cmd, msg: printer().Text(id, data)}
}

// inputError is a file or stream that cannot be used; its message already
// names the file.
type inputError struct{ msg string }

func (e *inputError) Error() string { return e.msg }

var (
	// errFindings means the command ran and reported error findings.
	errFindings = errors.New("error findings")
	// errInterrupted means the user stopped the program.
	errInterrupted = errors.New("interrupted")
)

// exitCode maps an error to the process exit code and prints what the user
// needs to see. It is the only place that decides exit codes.
func exitCode(err error, stderr io.Writer) int {
	var ue *usageError
	var ie *inputError
	var ae *answers.Error
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errFindings):
		return exitFindings
	case errors.Is(err, errInterrupted):
		return exitInterrupted
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "expedite: %s\n", errorLine(ue.msg))
		command := "expedite"
		if ue.cmd != "" {
			command += " " + ue.cmd
		}
		fmt.Fprintln(stderr, printer().Text("cli.run-help", map[string]any{"command": command}))
		return exitInput
	case errors.As(err, &ae), errors.As(err, &ie):
		fmt.Fprintf(stderr, "expedite: %s\n", errorLine(err.Error()))
		return exitInput
	}
	// Anything else is a failure of the program or the system (a full disk,
	// a folder that cannot be written). Say it in one line.
	fmt.Fprintf(stderr, "expedite: %s\n", errorLine(strings.TrimSpace(err.Error())))
	return exitInput
}
