package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/alecthomas/kong"
	"github.com/muesli/mango"
	"github.com/muesli/roff"
)

type completionCmd struct {
	Shell []string `arg:"" optional:"" name:"shell" help:"arg_shell" predictor:"shell"`
}

type manCmd struct{}

// completionScripts are the shell hooks of kongplete's InstallCompletions
// (which only knows the login shell from the user database): each makes
// the shell call the expedite binary with COMP_LINE set.
var completionScripts = map[string]string{
	"bash": "complete -C ${bin} ${cmd}\n",
	"zsh": `autoload -U +X bashcompinit && bashcompinit
complete -C ${bin} ${cmd}
`,
	"fish": `function __complete_${cmd}
    set -lx COMP_LINE (commandline -cp)
    test -z (commandline -ct)
    and set COMP_LINE "$COMP_LINE "
    ${bin}
end
complete -f -c ${cmd} -a "(__complete_${cmd})"
`,
}

func runCompletion(c *completionCmd, e *env) error {
	shell := filepath.Base(e.getenv("SHELL"))
	switch len(c.Shell) {
	case 0:
	case 1:
		shell = c.Shell[0]
	default:
		return usage("completion", "cli.err.one-shell", nil)
	}
	script, ok := completionScripts[shell]
	if !ok {
		if shell == "." || shell == "" {
			return usage("completion", "cli.err.name-shell", nil)
		}
		return usage("completion", "cli.err.not-a-shell", map[string]any{"shell": clipArg(shell)})
	}
	bin, err := os.Executable()
	if err != nil {
		return fmt.Errorf("cannot find the expedite program's own path: %w", err)
	}
	if abs, err := filepath.Abs(bin); err == nil {
		bin = abs
	}
	vars := map[string]string{"cmd": "expedite", "bin": shellQuote(bin)}
	_, err = fmt.Fprint(e.stdout, os.Expand(script, func(s string) string {
		if v, ok := vars[s]; ok {
			return v
		}
		return "$" + s
	}))
	return err
}

// shellQuote quotes a path for the shell when it needs it.
func shellQuote(s string) string {
	if s != "" && strings.Trim(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/._-+") == "" {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// runMan prints the manual page, built with mango from the parser's model
// (the catalog's strings): each command with its synopsis, summary and
// flags, then the sections every man page has. mango-kong would pass each
// command's long help as its synopsis; this keeps the page readable.
func runMan(k *kong.Kong, e *env) error {
	man := mango.NewManPage(1, "expedite", helpText["app"]).WithLongDescription(paragraphs(helpText["man_description"]))
	addManFlags(&man.Root, k.Model.Node.Flags)
	for _, n := range k.Model.Node.Children {
		if n.Hidden {
			continue
		}
		c := mango.NewCommand(n.Name, n.Help, strings.TrimPrefix(helpText["usage_"+n.Name], "expedite "+n.Name))
		if n.Name == "wizard" {
			c.Usage = " " + strings.TrimPrefix(helpText["usage_wizard"], "expedite [wizard] ")
		}
		addManFlags(c, n.Flags)
		if err := man.Root.AddCommand(c); err != nil {
			return err
		}
	}
	man.WithSection("Exit status", paragraphs(helpText["man_exit"]))
	man.WithSection("Files", paragraphs(helpText["man_files"]))
	man.WithSection("Environment", paragraphs(helpText["man_environment"]))
	_, err := fmt.Fprint(e.stdout, manHeading(man.Build(roff.NewDocument()), helpText["man_manual"]))
	return err
}

// manHeading puts the manual's name ("User Commands") in the .TH line's
// last field, where mango puts the page's one-line description: man
// prints that field centred in the page's top line, and a description
// that long overwrote the title there ("EXPEDhelp1you ask...").
func manHeading(page, manual string) string {
	first, rest, _ := strings.Cut(page, "\n")
	if !strings.HasPrefix(first, ".TH ") {
		return page
	}
	if i := strings.Index(first, ` "expedite" "`); i >= 0 {
		first = first[:i] + ` "expedite" "` + strings.ReplaceAll(manual, `"`, "") + `"`
	}
	return first + "\n" + rest
}

func addManFlags(c *mango.Command, flags []*kong.Flag) {
	for _, f := range flags {
		if f.Hidden {
			continue
		}
		name := f.Name
		if !f.IsBool() {
			name += " " + f.FormatPlaceHolder()
		}
		short := ""
		if f.Short != 0 {
			short = string(f.Short)
		}
		_ = c.AddFlag(mango.Flag{Name: name, Short: short, Usage: f.Help, PFlag: true})
	}
}

// paragraphs joins the lines of each paragraph of a help text, which
// mango would otherwise set as one paragraph a line.
func paragraphs(s string) string {
	var out []string
	for _, p := range strings.Split(strings.TrimSpace(s), "\n\n") {
		out = append(out, strings.Join(strings.Fields(p), " "))
	}
	return strings.Join(out, "\n\n")
}
