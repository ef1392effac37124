package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"runtime/debug"
	"strings"

	"github.com/expedite/expedite/internal/answers"
)

// version is set at build time (-ldflags "-X main.version=v1.2.3"); when it
// is not, the module version from the build information is used.
var version = ""

func versionString() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}

// command is one subcommand.
type command struct {
	name  string
	short string
	run   func(args []string, e *env) error
}

func commands() []command {
	return []command{
		{"wizard", "answer the questions in the terminal and write the request (the default)", runWizard},
		{"check", "screen an answers file against the criteria and rules", runCheck},
		{"lint", "check a text you wrote for the weak-writing pitfalls", runLint},
		{"render", "write the request text and the PDF checklist from an answers file", runRender},
		{"criteria", "list the emergency criteria, what each needs, and the sources", runCriteria},
	}
}

const mainHelp = `expedite helps you ask for an expedited (emergency) US visa interview in
Canada. It checks your case against the official criteria, writes the
request text to paste into the appointment system, and prints a checklist of
the documents to bring. It never contacts the official site or any network,
and it never invents facts: it asks, checks and arranges.

Usage:
  expedite [--accessible] [--draft FILE] [--out DIR]
                                start the wizard (same as 'expedite wizard')
  expedite COMMAND [FLAGS] [FILE]

Commands:
%s
Flags:
  -h, --help      show help (also 'expedite COMMAND --help')
  -v, --version   print the version

Examples:
  expedite                                  # answer the questions, get the files
  expedite check examples/relative-emergency.yaml
  expedite check --format json case.yaml
  expedite lint my-text.txt
  expedite render case.yaml --out ./request
  expedite criteria

Exit codes:
  0    no error finding (warnings may remain)
  1    at least one error finding: the request would be refused as it stands
  2    usage or input error (a file that cannot be read, broken YAML, an unknown key)
  130  interrupted (Ctrl-C); the wizard saves its draft first
`

func printMainHelp(w io.Writer) {
	var b strings.Builder
	for _, c := range commands() {
		fmt.Fprintf(&b, "  %-10s %s\n", c.name, c.short)
	}
	fmt.Fprintf(w, mainHelp, b.String())
}

// Main runs expedite with the arguments after the program name and returns
// the exit code.
func Main(args []string, e *env) int {
	return exitCode(dispatch(args, e), e.stderr)
}

func dispatch(args []string, e *env) error {
	if len(args) == 0 {
		return runWizard(nil, e)
	}
	switch args[0] {
	case "-h", "--help", "-help", "help":
		if len(args) > 1 && args[0] == "help" {
			return dispatch([]string{args[1], "--help"}, e)
		}
		printMainHelp(e.stdout)
		return nil
	case "-v", "--version", "-version", "version":
		fmt.Fprintf(e.stdout, "expedite %s\n", versionString())
		return nil
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(args[1:], e)
		}
	}
	if strings.HasPrefix(args[0], "-") {
		// Flags with no command belong to the wizard: expedite --accessible.
		return runWizard(args, e)
	}
	return usagef("", "unknown command %q; the commands are wizard, check, lint, render and criteria", args[0])
}

// flags is a command's flag set with its help text.
type flags struct {
	*flag.FlagSet
	cmd   string
	usage string // synopsis line(s)
	about string // what it does, examples
}

func newFlags(cmd, usage, about string) *flags {
	fs := flag.NewFlagSet(cmd, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return &flags{FlagSet: fs, cmd: cmd, usage: usage, about: about}
}

func (f *flags) help(w io.Writer) {
	fmt.Fprintf(w, "Usage:\n  %s\n\n%s\nFlags:\n", f.usage, f.about)
	f.VisitAll(func(fl *flag.Flag) {
		name, usage := flag.UnquoteUsage(fl)
		fmt.Fprintf(w, "  --%s", fl.Name)
		if name != "" {
			fmt.Fprintf(w, " %s", name)
		}
		fmt.Fprintf(w, "\n      %s", usage)
		if fl.DefValue != "" && fl.DefValue != "false" && fl.DefValue != "0" {
			fmt.Fprintf(w, " (default %s)", fl.DefValue)
		}
		fmt.Fprintln(w)
	})
	fmt.Fprintln(w, "  -h, --help\n      show this help")
}

// parse reads flags placed before, between or after the positional
// arguments (expedite render FILE --out DIR) and returns the positionals.
// It returns errHelp when --help was asked for, after printing the help.
func (f *flags) parse(args []string, stdout io.Writer) ([]string, error) {
	var pos []string
	for {
		if err := f.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				f.help(stdout)
				return nil, errHelp
			}
			return nil, usagef(f.cmd, "%s", strings.TrimPrefix(err.Error(), "flag provided but not defined: "))
		}
		args = f.Args()
		if len(args) == 0 {
			return pos, nil
		}
		// A lone "-" means standard input; "--" ends the flags.
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// errHelp ends a command after it printed its help; it exits 0.
var errHelp = errors.New("help shown")

// dateFlag is a --today style flag holding a YYYY-MM-DD date.
type dateFlag struct{ d answers.Date }

func (f *dateFlag) String() string { return f.d.String() }
func (f *dateFlag) Set(s string) error {
	d, err := answers.ParseDate(s)
	if err != nil {
		return err
	}
	f.d = d
	return nil
}

// choiceFlag is a string flag limited to a few values.
type choiceFlag struct {
	value   string
	choices []string
}

func (f *choiceFlag) String() string { return f.value }
func (f *choiceFlag) Set(s string) error {
	for _, c := range f.choices {
		if s == c {
			f.value = s
			return nil
		}
	}
	return fmt.Errorf("%q is not one of %s", s, strings.Join(f.choices, ", "))
}

func formatFlag(f *flags) *choiceFlag {
	c := &choiceFlag{value: "text", choices: []string{"text", "json"}}
	f.Var(c, "format", "output `format`: text or json")
	return c
}

func todayFlag(f *flags) *dateFlag {
	d := &dateFlag{}
	f.Var(d, "today", "judge dates as if today were `YYYY-MM-DD` (default: the local date)")
	return d
}

func (d *dateFlag) or(e *env) answers.Date {
	if !d.d.IsZero() {
		return d.d
	}
	return e.today()
}

// readAnswers reads an answers file, or standard input for "-".
func readAnswers(path string, e *env) (*answers.Answers, error) {
	if path == "-" {
		return answers.Read("stdin", e.stdin)
	}
	return answers.ReadFile(path)
}

// onePath checks that exactly one FILE was given.
func onePath(cmd string, pos []string) (string, error) {
	switch len(pos) {
	case 0:
		return "", usagef(cmd, "name an answers file (or - for standard input)")
	case 1:
		return pos[0], nil
	}
	return "", usagef(cmd, "one file at a time, please (got %d: %s)", len(pos), strings.Join(pos, " "))
}
