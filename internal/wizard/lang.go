package wizard

import (
	"reflect"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/huh/v2"

	"github.com/expedite/expedite/internal/criteria"
	"github.com/expedite/expedite/internal/msg"
	"github.com/expedite/expedite/internal/render"
)

// lang is the language the wizard speaks: Options.Lang when it starts,
// then the welcome page's choice (kept in the draft as language). One
// wizard runs at a time.
var lang = msg.Default

// setLang switches the wizard's language; an unknown one leaves it.
func setLang(l string) {
	for _, k := range msg.Languages() {
		if k == l {
			lang = l
		}
	}
}

// tr words message id in the wizard's language.
func tr(id string, data map[string]any) string { return msg.For(lang).Text(id, data) }

// languageOptions are the welcome page's offer to switch language, each
// in its own words: "Français (passer au français)" in English (the
// message wizard.switch names the other language).
func languageOptions() []option {
	var opts []option
	for _, l := range msg.Languages() {
		if l != lang {
			opts = append(opts, option{tr("wizard.switch", nil), "lang:" + l})
		}
	}
	return opts
}

// keyWords are Huh's help words (English in Huh) and their message ids.
var keyWords = map[string]string{
	"next": "wizard.key.next", "back": "wizard.key.back", "done": "wizard.key.done", "new line": "wizard.key.new-line",
	"submit": "wizard.key.submit", "select": "wizard.key.select", "confirm": "wizard.key.confirm", "toggle": "wizard.key.toggle",
	"up": "wizard.key.up", "down": "wizard.key.down", "left": "wizard.key.left", "right": "wizard.key.right",
	"filter": "wizard.key.filter", "complete": "wizard.key.complete", "open": "wizard.key.open", "close": "wizard.key.close",
	"first": "wizard.key.first", "last": "wizard.key.last", "page up": "wizard.key.page-up", "page down": "wizard.key.page-down",
	"½ page up": "wizard.key.half-up", "½ page down": "wizard.key.half-down", "go to start": "wizard.key.go-start",
	"go to end": "wizard.key.go-end", "select all": "wizard.key.select-all", "select none": "wizard.key.select-none",
	"set filter": "wizard.key.set-filter", "clear filter": "wizard.key.clear-filter", "open editor": "wizard.key.editor",
	"Yes": "wizard.Yes", "No": "wizard.No",
}

// wordKeys words every key binding's help in km in the wizard's language,
// and lets French answer yes with o (oui).
func wordKeys(km *huh.KeyMap) {
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Pointer:
			if !v.IsNil() {
				walk(v.Elem())
			}
		case reflect.Struct:
			if b, ok := v.Addr().Interface().(*key.Binding); ok {
				h := b.Help()
				if id, ok := keyWords[h.Desc]; ok {
					b.SetHelp(h.Key, tr(id, nil))
				}
				return
			}
			for i := range v.NumField() {
				if v.Type().Field(i).IsExported() {
					walk(v.Field(i))
				}
			}
		}
	}
	walk(reflect.ValueOf(km))
	if lang == "fr" {
		km.Confirm.Accept = key.NewBinding(key.WithKeys("o", "O", "y", "Y"), key.WithHelp("o", tr("wizard.Yes", nil)))
	}
}

// yesNo reads a typed yes or no, in English or French (y, yes, o, oui,
// n, no, non); ok is false for anything else.
func yesNo(s string) (yes, ok bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "y", "yes", "o", "oui":
		return true, true
	case "n", "no", "non":
		return false, true
	}
	return false, false
}

// colon is what ends a label before its value: ":" in English, a
// non-breaking space and ":" in French.
func colon() string {
	if lang == "fr" {
		return "\u00a0:"
	}
	return ":"
}

// severityName is a finding's severity in the wizard's language.
func severityName(s criteria.Severity) string { return tr("wizard.severity."+s.String(), nil) }

// requestLanguages are the request's language as it stands and the one l
// switches to.
func (f *flow) requestLanguages() (cur, other string) {
	cur = render.RequestLang(f.answers(), lang)
	other = msg.Default
	for _, l := range msg.Languages() {
		if l != cur {
			other = l
			break
		}
	}
	return cur, other
}

// switchRequestLanguage writes the request in the other language (the
// review's l key); the choice is kept in the draft as request_language.
func (f *flow) switchRequestLanguage() {
	_, other := f.requestLanguages()
	*f.v.str("request_language") = other
	f.save()
}

// requestLanguageNote says in which language the request is written and
// how to switch.
func (f *flow) requestLanguageNote() string {
	cur, other := f.requestLanguages()
	return tr("wizard.review.request-lang", map[string]any{"language": tr("wizard.lang."+cur, nil), "other": tr("wizard.lang."+other, nil)})
}
