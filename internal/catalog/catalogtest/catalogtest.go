// Package catalogtest builds test catalogs from the embedded one: they
// show that a new criterion or another country's rule is a data change.
package catalogtest

import (
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
	edit := func(name, old, new string) {
		m[name] = &fstest.MapFile{Data: []byte(strings.Replace(string(m[name].Data), old, new, 1))}
	}
	edit("ca/country.yaml", "window_days: 10", "window_days: 3")
	m["ca/criteria.yaml"] = &fstest.MapFile{Data: append(m["ca/criteria.yaml"].Data, sixth...)}
	return catalog.Load(m)
}
