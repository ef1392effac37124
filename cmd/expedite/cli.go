package main

import (
	"errors"
	"fmt"
	"io"
	"runtime/debug"
	"strings"

	"github.com/alecthomas/kong"
	"github.com/posener/complete"
	"github.com/willabides/kongplete"

	"github.com/expedite/expedite/internal/answers"
	"github.com/expedite/expedite/internal/catalog"
	"github.com/expedite/expedite/internal/msg"
	"github.com/expedite/expedite/internal/render"
	"github.com/expedite/expedite/internal/suggest"
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

// cli is the command line, parsed by kong. Every help tag is a key of the
// help catalog (helptext.go), replaced by its string when the parser is
// built, so the catalog's language changes them at run time.
type cli struct {
	Help       helpFlag      `short:"h" help:"flag_help"`
	Version    versionFlag   `short:"v" help:"flag_version"`
	Lang       string        `help:"flag_lang" placeholder:"en|fr" predictor:"lang"` // taken out by Main, listed in the help
	Wizard     wizardCmd     `cmd:"" default:"withargs" help:"cmd_wizard"`
	Check      checkCmd      `cmd:"" help:"cmd_check"`
	Lint       lintCmd       `cmd:"" help:"cmd_lint"`
	Render     renderCmd     `cmd:"" help:"cmd_render"`
	Criteria   criteriaCmd   `cmd:"" help:"cmd_criteria"`
	Completion completionCmd `cmd:"" help:"cmd_completion"`
	Man        manCmd        `cmd:"" help:"cmd_man"`
}

type wizardCmd struct {
	Accessible bool      `help:"flag_accessible"`
	Draft      string    `help:"flag_draft" placeholder:"ph_file" predictor:"file"`
	Out        string    `help:"flag_wizard_out" default:"." placeholder:"ph_dir" predictor:"dir"`
	Paper      paperFlag `help:"flag_paper" default:"letter" placeholder:"letter|a4" predictor:"paper"`
	Today      dateFlag  `help:"flag_today" placeholder:"ph_date"`
	Files      []string  `arg:"" optional:"" hidden:""`
	args       []string  // the command line as given, for the hint to run it again
}

type checkCmd struct {
	Format   formatFlag   `help:"flag_format" default:"text" placeholder:"text|json" predictor:"format"`
	Today    dateFlag     `help:"flag_today" placeholder:"ph_date"`
	MaxWords maxWordsFlag `help:"flag_check_max_words" default:"${max_words}" placeholder:"N"`
	Explain  bool         `help:"flag_check_explain"`
	Files    []string     `arg:"" optional:"" name:"file" help:"arg_answers" predictor:"file"`
}

type lintCmd struct {
	Format    formatFlag    `help:"flag_format" default:"text" placeholder:"text|json" predictor:"format"`
	Criterion criterionFlag `help:"flag_lint_criterion" placeholder:"ph_criterion" predictor:"criterion"`
	Today     dateFlag      `help:"flag_today" placeholder:"ph_date"`
	Applicant string        `help:"flag_lint_applicant" placeholder:"ph_name"`
	MaxWords  maxWordsFlag  `help:"flag_lint_max_words" default:"${max_words}" placeholder:"N"`
	Quiet     bool          `short:"q" help:"flag_quiet"`
	Files     []string      `arg:"" optional:"" name:"file" help:"arg_text" predictor:"file"`
}

type renderCmd struct {
	Out   string    `help:"flag_render_out" placeholder:"ph_dir" predictor:"dir"`
	Paper paperFlag `help:"flag_paper" default:"letter" placeholder:"letter|a4" predictor:"paper"`
	Force bool      `help:"flag_force"`
	Today dateFlag  `help:"flag_today" placeholder:"ph_date"`
	Files []string  `arg:"" optional:"" name:"file" help:"arg_answers" predictor:"file"`
}

type criteriaCmd struct {
	Format formatFlag `help:"flag_format" default:"text" placeholder:"text|json" predictor:"format"`
	Files  []string   `arg:"" optional:"" hidden:""`
}

// Help texts shown under "expedite COMMAND --help", from the catalog.
func (wizardCmd) Help() string     { return helpText["about_wizard"] }
func (checkCmd) Help() string      { return helpText["about_check"] }
func (lintCmd) Help() string       { return helpText["about_lint"] }
func (renderCmd) Help() string     { return helpText["about_render"] }
func (criteriaCmd) Help() string   { return helpText["about_criteria"] }
func (completionCmd) Help() string { return helpText["about_completion"] }
func (manCmd) Help() string        { return helpText["about_man"] }

// commandNames are the subcommands, in the order the help lists them.
var commandNames = []string{"wizard", "check", "lint", "render", "criteria", "completion", "man"}

// exitRequest carries an exit code out of kong (after --help or --version,
// or a completion answered) to Main, which recovers it: kong calls Exit in
// the middle of parsing, and a test must not lose its process.
type exitRequest struct{ code int }

// newParser builds the kong parser writing to e's streams.
func newParser(e *env, c *cli) (*kong.Kong, error) {
	k, err := kong.New(c,
		kong.Name("expedite"),
		kong.Description(helpText["app"]),
		kong.Vars(helpVars()),
		kong.Writers(e.stdout, e.stderr),
		kong.Exit(func(code int) { panic(exitRequest{code}) }),
		kong.Help(printHelp),
		kong.WithHyphenPrefixedParameters(true),
		kong.NoDefaultHelp(),
	)
	if err != nil {
		return nil, err
	}
	helpStrings(k)
	return k, nil
}

// helpFlag is -h/--help, on the app so every command has it; kong's own
// says "Show context-sensitive help." in English only.
type helpFlag bool

func (helpFlag) BeforeReset(ctx *kong.Context) error {
	if err := printHelp(kong.HelpOptions{}, ctx); err != nil {
		return err
	}
	ctx.Kong.Exit(0)
	return nil
}

// versionFlag is -v/--version.
type versionFlag bool

func (versionFlag) BeforeReset(ctx *kong.Context) error {
	fmt.Fprintf(ctx.Stdout, "expedite %s\n", versionString())
	ctx.Kong.Exit(0)
	return nil
}

// Main runs expedite with the arguments after the program name and returns
// the exit code.
func Main(args []string, e *env) (code int) {
	defer func() {
		if r := recover(); r != nil {
			ex, ok := r.(exitRequest)
			if !ok {
				panic(r)
			}
			code = ex.code
		}
	}()
	args, lang, err := chooseLanguage(args, e)
	if err != nil {
		return exitCode(err, e.stderr)
	}
	if lang != uiLang {
		helpText = helpTexts(lang)
	}
	uiLang = lang
	return exitCode(dispatch(args, e), e.stderr)
}

// uiLang is the language expedite speaks in this run.
var uiLang = msg.Default

// printer words the command line's messages in the chosen language.
func printer() *msg.Printer { return msg.For(uiLang) }

// chooseLanguage takes --lang (or --lang=, -lang) out of the arguments,
// wherever it stands before "--", so every command accepts it, and picks
// the language: --lang, else the locale (LC_ALL, LC_MESSAGES, LANG), else
// English. An unknown --lang is a usage error listing the languages.
func chooseLanguage(args []string, e *env) ([]string, string, error) {
	flagValue, given, rest := "", false, make([]string, 0, len(args))
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			rest = append(rest, args[i:]...)
			break
		}
		name, value, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !strings.HasPrefix(a, "-") || name != "lang" {
			rest = append(rest, a)
			continue
		}
		if !hasValue {
			if i+1 >= len(args) {
				fallback, _ := msg.Choose("", e.getenv)
				return nil, "", &usageError{msg: msg.For(fallback).Text("cli.err.flag-needs-value", map[string]any{"flag": "lang"})}
			}
			i++
			value = args[i]
		}
		flagValue, given = value, true
	}
	if given && strings.TrimSpace(flagValue) == "" {
		flagValue = "''"
	}
	lang, err := msg.Choose(flagValue, e.getenv)
	if err != nil {
		fallback, _ := msg.Choose("", e.getenv)
		return nil, "", &usageError{msg: msg.For(fallback).Text("cli.err.lang", map[string]any{
			"value": flagValue, "languages": strings.Join(msg.Languages(), ", ")})}
	}
	return rest, lang, nil
}

func dispatch(args []string, e *env) error {
	var c cli
	parser, err := newParser(e, &c)
	if err != nil {
		return err
	}
	if e.getenv("COMP_LINE") != "" {
		// The shell asks for completions (see 'expedite completion').
		kongplete.Complete(parser,
			kongplete.WithPredictor("file", complete.PredictFiles("*")),
			kongplete.WithPredictor("dir", complete.PredictDirs("*")),
			kongplete.WithPredictor("format", complete.PredictSet("text", "json")),
			kongplete.WithPredictor("paper", complete.PredictSet(render.Letter, render.A4)),
			kongplete.WithPredictor("shell", complete.PredictSet("bash", "zsh", "fish")),
			kongplete.WithPredictor("lang", complete.PredictSet(msg.Languages()...)),
			kongplete.WithPredictor("criterion", complete.PredictSet(catalog.Default().Country().CriterionIDs()...)),
			kongplete.WithExitFunc(func(code int) { panic(exitRequest{code}) }),
			kongplete.WithErrorHandler(func(error) {}),
		)
	}
	args = normaliseArgs(args, parser)
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") && !isCommand(args[0]) {
		return usage("", "cli.err.unknown-command", map[string]any{"command": args[0], "commands": commandList()})
	}
	c.Wizard.args = args
	kctx, err := parser.Parse(args)
	if err != nil {
		return parseError(err, parser)
	}
	switch kctx.Selected().Name {
	case "check":
		return runCheck(&c.Check, e)
	case "lint":
		return runLint(&c.Lint, e)
	case "render":
		return runRender(&c.Render, e)
	case "criteria":
		return runCriteria(&c.Criteria, e)
	case "completion":
		return runCompletion(&c.Completion, e)
	case "man":
		return runMan(parser, e)
	}
	return runWizard(&c.Wizard, e)
}

func isCommand(name string) bool {
	for _, c := range commandNames {
		if c == name {
			return true
		}
	}
	return false
}

func commandList() string {
	return printer().AnyOf(commandNames, "list.and")
}

// normaliseArgs keeps the spellings the command line always took: "help
// CMD" and "version", and single-dash long flags (-today, -help) as the Go
// flag package read them.
func normaliseArgs(args []string, parser *kong.Kong) []string {
	if len(args) > 0 {
		switch args[0] {
		case "help":
			return append(args[1:2:2], "--help")
		case "version":
			return []string{"--version"}
		}
	}
	long := map[string]bool{}
	_ = kong.Visit(parser.Model, func(n kong.Visitable, next kong.Next) error {
		if f, ok := n.(*kong.Flag); ok {
			long[f.Name] = true
		}
		return next(nil)
	})
	out := make([]string, 0, len(args))
	for i, a := range args {
		if a == "--" {
			return append(out, args[i:]...)
		}
		name, _, _ := strings.Cut(strings.TrimPrefix(a, "-"), "=")
		if len(a) > 2 && a[0] == '-' && a[1] != '-' && len(name) > 1 && long[name] {
			a = "-" + a
		}
		out = append(out, a)
	}
	return out
}

// parseError turns kong's parse errors into usage errors naming the
// command; an unknown flag gets the nearest known one as a suggestion.
func parseError(err error, parser *kong.Kong) error {
	var pe *kong.ParseError
	node := parser.Model.Node
	if errors.As(err, &pe) && pe.Context != nil {
		if sel := pe.Context.Selected(); sel != nil {
			node = sel
		} else if node.DefaultCmd != nil {
			node = node.DefaultCmd
		}
	}
	cmd := ""
	if node.Type == kong.CommandNode {
		cmd = node.Name
	}
	msg := err.Error()
	if rest, ok := strings.CutPrefix(msg, "unknown flag "); ok {
		flag, _, _ := strings.Cut(rest, ",")
		flag, _, _ = strings.Cut(flag, "=")
		return usagef(cmd, "%s", unknownFlagMessage(flag, node))
	}
	// kong prefixes a value's error with its flag ("--today: ..."): drop
	// it when the message names the flag itself.
	if flag, rest, ok := strings.Cut(msg, ": "); ok && strings.HasPrefix(flag, "--") && strings.Contains(rest, flag) {
		msg = rest
	}
	return usagef(cmd, "%s", msg)
}

// unknownFlagMessage says "unknown flag --frmat; did you mean --format?"
// when one known flag of the command is close.
func unknownFlagMessage(flag string, node *kong.Node) string {
	var names []string
	for _, group := range node.AllFlags(true) {
		for _, f := range group {
			names = append(names, f.Name)
		}
	}
	best := suggest.Closest(strings.TrimLeft(flag, "-"), names)
	if best != "" {
		return printer().Text("cli.err.unknown-flag.suggest", map[string]any{"flag": flag, "best": best})
	}
	return printer().Text("cli.err.unknown-flag", map[string]any{"flag": flag})
}

// printHelp is kong's help printer: expedite's own layout, every string from
// the catalog.
func printHelp(_ kong.HelpOptions, ctx *kong.Context) error {
	w := ctx.Stdout
	node := ctx.Selected()
	if node == nil || (node == ctx.Model.DefaultCmd && !named(ctx.Args, node.Name)) {
		printMainHelp(w, ctx.Model.Node)
		return nil
	}
	fmt.Fprintf(w, "%s\n  %s\n\n%s\n%s\n", helpText["usage"], helpText["usage_"+node.Name], node.Detail, helpText["flags"])
	for _, f := range node.Flags {
		if f.Hidden {
			continue
		}
		printFlag(w, f)
	}
	for _, f := range ctx.Model.Node.Flags {
		if f.Name == "help" || f.Name == "lang" {
			printFlag(w, f)
		}
	}
	return nil
}

// named says whether the command line names the command (the wizard is
// also the default, picked when no command is named).
func named(args []string, name string) bool {
	for _, a := range args {
		if a == "--" {
			break
		}
		if !strings.HasPrefix(a, "-") {
			return a == name
		}
	}
	return false
}

func printFlag(w io.Writer, f *kong.Flag) {
	fmt.Fprint(w, "  ")
	if f.Short != 0 {
		fmt.Fprintf(w, "-%c, ", f.Short)
	}
	fmt.Fprintf(w, "--%s", f.Name)
	if !f.IsBool() {
		fmt.Fprintf(w, " %s", f.FormatPlaceHolder())
	}
	fmt.Fprintf(w, "\n      %s", f.Help)
	if f.Default != "" && !f.IsBool() && f.Default != "0" {
		fmt.Fprintf(w, " (%s %s)", helpText["default"], f.Default)
	}
	fmt.Fprintln(w)
}

func printMainHelp(w io.Writer, root *kong.Node) {
	var b strings.Builder
	for _, c := range root.Children {
		if !c.Hidden {
			fmt.Fprintf(&b, "  %-11s %s\n", c.Name, c.Help)
		}
	}
	fmt.Fprintf(w, helpText["main"], b.String())
	if root.DefaultCmd != nil {
		fmt.Fprintf(w, "\n%s\n", helpText["wizard_flags"])
		for _, f := range root.DefaultCmd.Flags {
			if !f.Hidden {
				printFlag(w, f)
			}
		}
	}
}

// dateFlag is a --today style flag holding a YYYY-MM-DD date.
type dateFlag struct{ d answers.Date }

func (f *dateFlag) String() string { return f.d.String() }
func (f *dateFlag) Set(s string) error {
	d, err := answers.ParseDate(s)
	if err != nil {
		return errors.New(printer().Text("cli.err.not-a-date", map[string]any{"value": s}))
	}
	f.d = d
	return nil
}
func (f *dateFlag) Decode(ctx *kong.DecodeContext) error { return decodeSet(ctx, f.Set) }

func (d *dateFlag) or(e *env) answers.Date {
	if !d.d.IsZero() {
		return d.d
	}
	return e.today()
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
	return errors.New(printer().Text("cli.err.not-one-of", map[string]any{"value": clipArg(s), "choices": strings.Join(f.choices, ", ")}))
}

// formatFlag is --format text|json; paperFlag is --paper letter|a4;
// criterionFlag is --criterion with the catalog's criterion ids.
type (
	formatFlag    struct{ choiceFlag }
	paperFlag     struct{ choiceFlag }
	criterionFlag struct{ choiceFlag }
)

func (f *criterionFlag) Decode(ctx *kong.DecodeContext) error {
	f.choices = catalog.Default().Country().CriterionIDs()
	return decodeSet(ctx, f.Set)
}

func (f *formatFlag) Decode(ctx *kong.DecodeContext) error {
	f.choices = []string{"text", "json"}
	return decodeSet(ctx, f.Set)
}

func (f *paperFlag) Decode(ctx *kong.DecodeContext) error {
	f.choices = []string{render.Letter, render.A4}
	return decodeSet(ctx, f.Set)
}

func (f *maxWordsFlag) Decode(ctx *kong.DecodeContext) error { return decodeSet(ctx, f.Set) }

// decodeSet reads a flag's value and hands it to set.
func decodeSet(ctx *kong.DecodeContext, set func(string) error) error {
	if ctx.Scan.Peek().Type == kong.EOLToken {
		return errors.New(printer().Text("cli.err.flag-needs-value", map[string]any{"flag": ctx.Value.Name}))
	}
	var s string
	if err := ctx.Scan.PopValueInto("value", &s); err != nil {
		return err
	}
	return set(s)
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
		return "", usage(cmd, "cli.err.name-file", nil)
	case 1:
		return pos[0], nil
	}
	return "", usage(cmd, "cli.err.one-file", map[string]any{"count": len(pos), "files": strings.Join(pos, " ")})
}
