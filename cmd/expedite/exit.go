package main

import (
	"errors"
	"fmt"
	"io"
	"os"
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
	case errors.As(err, &ae):
		fmt.Fprintf(stderr, "expedite: %s\n", errorLine(inputMessage(ae)))
		return exitInput
	case errors.As(err, &ie):
		fmt.Fprintf(stderr, "expedite: %s\n", errorLine(err.Error()))
		return exitInput
	}
	// Anything else is a failure of the program or the system (a full disk,
	// a folder that cannot be written). Say it in one line.
	fmt.Fprintf(stderr, "expedite: %s\n", errorLine(strings.TrimSpace(err.Error())))
	return exitInput
}

// inputMessage words an answers-file error in the chosen language:
// "FILE[:LINE]: MESSAGE", from the message input.ID when the error names one.
func inputMessage(ae *answers.Error) string {
	if ae.ID == "" {
		return ae.Error()
	}
	p := printer()
	data := map[string]any{}
	for k, v := range ae.Args {
		data[k] = v
	}
	if field, ok := data["field"].(string); ok && field == "" {
		data["field"] = p.Text("input.the-file", nil)
	}
	if kind, ok := data["kind"].(string); ok {
		if kind != "" {
			data["got"] = p.Text("input.kind."+kind, nil)
		} else {
			data["got"] = p.Quote(fmt.Sprint(data["value"]))
		}
	}
	if mode, ok := data["mode"].(os.FileMode); ok {
		data["what"] = fileKind(mode)
	}
	if hint, ok := data["hint"].(string); ok {
		data["hint"] = ""
		if hint != "" {
			data["hint"] = p.Text("input.hint."+hint, nil)
		}
	}
	text := p.Text("input."+ae.ID, data)
	if ae.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", ae.File, ae.Line, text)
	}
	return fmt.Sprintf("%s: %s", ae.File, text)
}
