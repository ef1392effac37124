package msg

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// Choose returns the language to speak: the --lang value when given
// (an unknown one is an error that lists the languages), otherwise the
// first of LC_ALL, LC_MESSAGES and LANG that is set (fr_CA.UTF-8, fr_FR
// and fr all mean French), otherwise English. A locale naming a language
// that has no message file means English.
func Choose(flag string, getenv func(string) string) (string, error) {
	if flag != "" {
		l := strings.ToLower(strings.TrimSpace(flag))
		if slices.Contains(Languages(), l) {
			return l, nil
		}
		return "", &UnknownLanguageError{Value: flag, Known: Languages()}
	}
	if getenv == nil {
		return Default, nil
	}
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(name); v != "" {
			if l := FromLocale(v); l != "" {
				return l, nil
			}
			return Default, nil
		}
	}
	return Default, nil
}

// FromLocale reads the language of a POSIX locale name (fr_CA.UTF-8,
// fr_FR@euro, fr, en-CA); "" when it has no message file.
func FromLocale(v string) string {
	v, _, _ = strings.Cut(v, ".")
	v, _, _ = strings.Cut(v, "@")
	v, _, _ = strings.Cut(strings.ReplaceAll(v, "-", "_"), "_")
	v = strings.ToLower(v)
	if slices.Contains(Languages(), v) {
		return v
	}
	return ""
}

// UnknownLanguageError is a --lang value that names no known language.
type UnknownLanguageError struct {
	Value string
	Known []string
}

func (e *UnknownLanguageError) Error() string {
	return fmt.Sprintf("unknown language %q for --lang; the languages are %s", e.Value, strings.Join(e.Known, ", "))
}

var frMonths = [...]string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet",
	"août", "septembre", "octobre", "novembre", "décembre"}

// Date writes a YYYY-MM-DD date the way the language writes dates in
// prose: unchanged in English (the form the applicant typed, which the
// official system shows), "2 décembre 2026" in French ("1er" for the
// first day). Anything that is not such a date comes back as it is.
func (p *Printer) Date(iso string) string {
	if p.lang != "fr" {
		return iso
	}
	t, err := time.Parse("2006-01-02", iso)
	if err != nil {
		return iso
	}
	day := fmt.Sprint(t.Day())
	if t.Day() == 1 {
		day = "1er"
	}
	return day + "\u00a0" + frMonths[t.Month()-1] + " " + fmt.Sprint(t.Year())
}
