package main

import (
	"strconv"
	"strings"

	"github.com/alecthomas/kong"

	"github.com/expedite/expedite/internal/criteria"
	"github.com/expedite/expedite/internal/msg"
)

// helpText is the command line's help: every command's summary and
// description, every flag's help, the headings, read from the message
// files (help.KEY) in the chosen language. The parser is built from it at
// run time (kong interpolates ${KEY} in the struct tags from helpVars), so
// the language chosen before dispatch changes the whole --help, the man
// page and the completions.
var helpText = helpTexts(msg.Default)

// helpTexts reads the help.* messages of a language.
func helpTexts(lang string) map[string]string {
	p := msg.For(lang)
	m := map[string]string{}
	for _, id := range msg.IDs(msg.Default) {
		if key, ok := strings.CutPrefix(id, "help."); ok {
			m[key] = p.Text(id, nil)
		}
	}
	return m
}

// helpVars are the values some tags need (the default of --max-words).
// The help strings are not kong variables: kong interpolates every
// variable into every flag, which cost 5 ms a run with the catalog's
// strings; helpStrings fills them in once the model is built.
func helpVars() kong.Vars {
	return kong.Vars{"max_words": strconv.Itoa(criteria.DefaultMaxWords)}
}

// helpStrings replaces the help tags of the model, which are keys of the
// catalog (help:"flag_format"), with the catalog's strings; placeholders
// that are keys (placeholder:"ph_dir") likewise.
func helpStrings(k *kong.Kong) {
	_ = kong.Visit(k.Model, func(n kong.Visitable, next kong.Next) error {
		switch n := n.(type) {
		case *kong.Node:
			if s, ok := helpText[n.Help]; ok {
				n.Help = s
			}
		case *kong.Value:
			if s, ok := helpText[n.Help]; ok {
				n.Help = s
			}
			// Placeholders too (placeholder:"ph_file": FILE, FICHIER).
			if n.Flag != nil {
				if s, ok := helpText[n.Flag.PlaceHolder]; ok {
					n.Flag.PlaceHolder = s
				}
			}
		}
		return next(nil)
	})
}
