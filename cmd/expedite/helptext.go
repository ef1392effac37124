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
