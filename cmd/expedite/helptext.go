package main

import (
	"strconv"
	"strings"

	"github.com/alecthomas/kong"

	"github.com/expedite/expedite/internal/criteria"
)

// helpText is the message catalog of the command line's help: every
// command's summary and description, every flag's help, the headings. The
// parser is built from it at run time (kong interpolates ${name} in the
// struct tags from helpVars), so a translated catalog put here before
// Main runs changes the whole --help, the man page and the completions.
var helpText = helpEN

var helpEN = map[string]string{
	"app": "help you ask for an expedited (emergency) US visa interview in Canada",

	"cmd_wizard":     "answer the questions in the terminal and write the request (the default)",
	"cmd_check":      "screen an answers file against the criteria and rules",
	"cmd_lint":       "check a text you wrote for the weak-writing pitfalls",
	"cmd_render":     "write the request text and the PDF checklist from an answers file",
	"cmd_criteria":   "list the emergency criteria, what each needs, and the sources",
	"cmd_completion": "print the shell completion script (bash, zsh or fish)",
	"cmd_man":        "print the manual page (troff), for man(1)",

	"about_wizard":     wizardAbout,
	"about_check":      checkAbout,
	"about_lint":       lintAbout,
	"about_render":     renderAbout,
	"about_criteria":   criteriaAbout,
	"about_completion": completionAbout,
	"about_man":        manAbout,

	"usage_wizard":     "expedite [wizard] [--accessible] [--draft FILE] [--out DIR] [--paper letter|a4]",
	"usage_check":      "expedite check [--format text|json] [--today YYYY-MM-DD] FILE|DIR...",
	"usage_lint":       "expedite lint [--format text|json] [--max-words N] [--quiet] [FILE|-]",
	"usage_render":     "expedite render FILE --out DIR [--paper letter|a4] [--force] [--today YYYY-MM-DD]",
	"usage_criteria":   "expedite criteria [--format text|json]",
	"usage_completion": "expedite completion [bash|zsh|fish]",
	"usage_man":        "expedite man > expedite.1",

	"flag_help":            "show this help (also 'expedite COMMAND --help')",
	"flag_version":         "print the version",
	"flag_accessible":      "plain line prompts instead of the full-screen form (also ACCESSIBLE=1)",
	"flag_draft":           "keep the draft in FILE (default: your state folder)",
	"flag_wizard_out":      "offer DIR as the folder for the files",
	"flag_paper":           "checklist size: letter or a4",
	"flag_today":           "judge dates as if today were YYYY-MM-DD (default: the local date)",
	"flag_format":          "output format: text or json",
	"flag_check_max_words": "warn (pitfall.too-long) when the description has more words than this",
	"flag_check_explain":   "print the readiness list: facts, dates, claims and their documents",
	"flag_lint_max_words":  "warn (pitfall.too-long) when the text has more words than this",
	"flag_quiet":           "print nothing when the text has no finding",
	"flag_render_out":      "write request.txt and checklist.pdf into DIR (- prints the request to stdout)",
	"flag_force":           "write the files even when the check finds errors",
	"arg_answers":          "the answers file (- reads standard input); for check, several files or a folder",
	"arg_shell":            "bash, zsh or fish (default: your $SHELL)",
	"arg_text":             "the text to check (standard input when absent, or -)",

	"usage":        "Usage:",
	"flags":        "Flags:",
	"default":      "default",
	"wizard_flags": "Wizard flags (also after 'expedite wizard'):",
	"main":         mainHelp,

	"man_description": `expedite helps a US-visa applicant in Canada ask for an expedited
(emergency) interview appointment. It walks you through the official
emergency criteria, checks your answers, and writes the request text to paste
into the appointment system plus a PDF checklist of the documents to bring.

It never contacts the official site or any network, sends no telemetry, and
never invents facts: it asks, checks and arranges what you told it.

Run without a command, it starts the wizard.`,
	"man_exit": `0: no error finding (warnings may remain). 1: at least one error
finding; as it stands the request would be refused. 2: usage or input error
(a file that cannot be read, broken YAML, an unknown key, a bad flag). 130:
interrupted (Ctrl-C, or the terminal closed); the wizard saves its draft
first.`,
	"man_files": `$XDG_STATE_HOME/expedite/draft.yaml (or ~/.local/state/expedite/draft.yaml):
the wizard's draft, an answers file written 0600. The request.txt and
checklist.pdf it writes are 0600 too.`,
	"man_environment": `ACCESSIBLE: when set, the wizard asks plain line prompts. NO_COLOR:
when set, no colours. XDG_STATE_HOME: where the draft is kept.`,
}

// helpVars are the catalog's strings as kong variables, with the values
// some tags need (the default of --max-words).
func helpVars() kong.Vars {
	v := kong.Vars{"max_words": strconv.Itoa(criteria.DefaultMaxWords)}
	for k, s := range helpText {
		if strings.HasPrefix(k, "cmd_") || strings.HasPrefix(k, "flag_") || strings.HasPrefix(k, "arg_") {
			v[k] = s
		}
	}
	return v
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
  expedite completion bash >> ~/.bashrc     # tab completion
  expedite man > expedite.1                 # the manual page

Exit codes:
  0    no error finding (warnings may remain)
  1    at least one error finding: the request would be refused as it stands
  2    usage or input error (a file that cannot be read, broken YAML, an unknown key)
  130  interrupted (Ctrl-C); the wizard saves its draft first
`
