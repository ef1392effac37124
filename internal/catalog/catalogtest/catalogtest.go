// Package catalogtest builds test catalogs from the embedded one: they
// show that a new criterion or another country's rule is a data change.
package catalogtest

import (
	"fmt"
	"io/fs"
	"strings"
	"testing/fstest"

	"github.com/expedite/expedite/internal/catalog"
)

// SixthID is the id of the sixth criterion of Sixth.
const SixthID = "esta-denied"

// sixth is a criterion defined only in data: a denied ESTA application,
// with two facts of its own (stored under facts: in the answers file), a
// window date rule and its proof.
const sixth = `
  - id: esta-denied
    letter: f
    title: {en: Denied ESTA application, fr: Demande ESTA refusée}
    short: {en: "Denied ESTA: your visa-waiver application was refused", fr: "ESTA refusée : votre demande d'exemption de visa a été refusée"}
    official:
      en: a traveller whose ESTA (visa waiver) application was denied and who must travel within the window
      fr: un voyageur dont la demande ESTA (exemption de visa) a été refusée et qui doit voyager dans le délai
    needs:
      - {en: the date the ESTA application was denied, fr: la date du refus de la demande ESTA}
      - {en: the ESTA application number, fr: le numéro de la demande ESTA}
    facts:
      - field: facts.esta_denied_on
        type: date
        required: true
        label: {en: ESTA denied on, fr: ESTA refusée le}
        question: {en: "When was your ESTA application denied? (YYYY-MM-DD)", fr: "Quand votre demande ESTA a-t-elle été refusée? (AAAA-MM-JJ)"}
        missing: {en: "Add the date your ESTA application was denied (YYYY-MM-DD).", fr: "Ajoutez la date du refus de votre demande ESTA (AAAA-MM-JJ)."}
      - field: facts.esta_application
        type: line
        required: true
        label: {en: ESTA application number, fr: Numéro de la demande ESTA}
        question: {en: "Your ESTA application number", fr: "Le numéro de votre demande ESTA"}
    date_rule: {kind: window, late: error}
    proof:
      - {en: The e-mail denying the ESTA application, fr: Le courriel refusant la demande ESTA}
    checklist:
      - text:
          en: "The e-mail denying the ESTA application{{with field \"facts.esta_application\"}} (application {{.}}){{end}}"
          fr: "Le courriel refusant la demande ESTA{{with field \"facts.esta_application\"}} (demande {{.}}){{end}}"
    typical:
      - {en: The ESTA denial e-mail, fr: Le courriel de refus de l'ESTA}
    source: ca-expedite
`

// Sixth returns the embedded catalog with a sixth criterion (a denied
// ESTA application) and a 3-day window instead of 10.
func Sixth() (*catalog.Catalog, error) {
	return Edit(
		Change{"ca/country.yaml", "window_days: 10", "window_days: 3"},
		Change{"ca/criteria.yaml", "", sixth},
	)
}

// Change is one edit of an embedded catalog file: the first Old replaced
// by New, or New appended when Old is empty.
type Change struct{ File, Old, New string }

// Edit returns the embedded catalog with the changes made, loaded and
// validated as any catalog is. A change whose Old the file does not hold
// is an error, so a test cannot silently test the unchanged catalog.
func Edit(changes ...Change) (*catalog.Catalog, error) {
	m := fstest.MapFS{}
	src := catalog.Files()
	err := fs.WalkDir(src, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(src, p)
		m[p] = &fstest.MapFile{Data: b}
		return err
	})
	if err != nil {
		return nil, err
	}
	for _, c := range changes {
		f, ok := m[c.File]
		if !ok {
			return nil, fmt.Errorf("catalogtest: no file %s", c.File)
		}
		s := string(f.Data)
		switch {
		case c.Old == "":
			s += c.New
		case strings.Contains(s, c.Old):
			s = strings.Replace(s, c.Old, c.New, 1)
		default:
			return nil, fmt.Errorf("catalogtest: %s does not hold %q", c.File, c.Old)
		}
		m[c.File] = &fstest.MapFile{Data: []byte(s)}
	}
	return catalog.Load(m)
}
