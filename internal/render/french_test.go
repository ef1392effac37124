package render

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/expedite/expedite/internal/answers"
	"github.com/expedite/expedite/internal/catalog"
	"github.com/expedite/expedite/internal/criteria"
	"github.com/expedite/expedite/internal/golden"
	"github.com/expedite/expedite/internal/msg"
	"github.com/expedite/expedite/internal/safetext"
)

// frenchExamples are the cases of examples/fr, each with its English twin.
var frenchExamples = map[string]string{
	"urgence-familiale":   "relative-emergency",
	"traitement-medical":  "medical-treatment",
	"etudiant":            "student",
	"affaires-urgentes":   "urgent-business",
	"evenement-important": "significant-event",
}

func loadFr(t testing.TB, name string) *answers.Answers {
	t.Helper()
	a, err := answers.ReadFile(filepath.Join("..", "..", "examples", "fr", name+".yaml"))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestFrenchRequestGolden: the request of every French example, written
// in French (request_language absent: the interface language), against a
// golden file.
func TestFrenchRequestGolden(t *testing.T) {
	for name := range frenchExamples {
		t.Run(name, func(t *testing.T) {
			a := loadFr(t, name)
			text, err := Request(criteria.Assess(a, criteria.Options{}), msg.For("fr"))
			if err != nil {
				t.Fatal(err)
			}
			golden.Check(t, filepath.Join("testdata", "fr", name+".request.txt.golden"), text, *update)
			if p := safetext.Plain(text) + "\n"; p != text {
				t.Errorf("the request is not normalised:\n%q\n%q", text, p)
			}
			// The applicant's description is used as typed, never translated.
			first := strings.Fields(a.Description)[:6]
			if !strings.Contains(text, strings.Join(first, " ")) {
				t.Errorf("the description is not there as typed: %q", first)
			}
			// The criterion is named once, by its French title, in the
			// heading (the official wording is the criteria command's).
			if title := a.Criterion; strings.Count(text, criterionTitle(title, "fr")) != 1 {
				t.Errorf("the criterion's title is not named once:\n%s", text)
			}
			for _, english := range []string{"I ask for", "The first available", "I hold these", "Relative:", "Place in the United States"} {
				if strings.Contains(text, english) {
					t.Errorf("English left in the French request: %q", english)
				}
			}
		})
	}
}

// TestRequestLanguage: request_language chooses the request's language,
// whatever the interface speaks; absent, the interface language does.
func TestRequestLanguage(t *testing.T) {
	a := loadFr(t, "urgence-familiale")
	if got := RequestLang(a, "en"); got != "en" {
		t.Errorf("no request_language, English interface: %q", got)
	}
	if got := RequestLang(a, "fr"); got != "fr" {
		t.Errorf("no request_language, French interface: %q", got)
	}
	a.RequestLanguage = "fr"
	if got := RequestLang(a, "en"); got != "fr" {
		t.Errorf("request_language fr: %q", got)
	}
	text, err := RequestText(a)
	if err != nil || !strings.HasPrefix(text, "Demande d'entrevue de visa accélérée") {
		t.Errorf("request_language fr, RequestText: %v\n%s", err, text)
	}
	a.RequestLanguage = "en"
	res, err := Write(a, "-", PDFOptions{Lang: "fr", Made: made})
	if err != nil || !strings.HasPrefix(res.Text, "Request for an expedited visa interview") {
		t.Errorf("request_language en over a French interface: %v\n%s", err, res.Text)
	}
}

// TestFrenchChecklistPDFText reads the French checklist back: headings,
// accents, œ and « » drawn as they are, and a golden file of the text.
func TestFrenchChecklistPDFText(t *testing.T) {
	for name := range frenchExamples {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := ChecklistPDF(&buf, loadFr(t, name), PDFOptions{Made: made, Version: "test", Lang: "fr"}); err != nil {
				t.Fatal(err)
			}
			text := pdfText(t, buf.Bytes())
			golden.Check(t, filepath.Join("testdata", "fr", name+".checklist.txt.golden"), text, *update)
			for _, want := range []string{"Rendez-vous de visa d'urgence\u00a0: pièces à apporter", "Prochaines étapes", "À l'entrevue", "Passeport valide", "Préparé avec expedite le 23\u00a0novembre 2026"} {
				if !strings.Contains(text, want) {
					t.Errorf("the checklist lacks %q:\n%s", want, text)
				}
			}
			for _, english := range []string{"Next steps", "At the interview", "Valid passport", "Travel date", "Made with"} {
				if strings.Contains(text, english) {
					t.Errorf("English left in the French checklist: %q", english)
				}
			}
		})
	}
}

// TestFrenchCharactersInPDF: é è ê à ç ô œ « » and the non-breaking space
// come back from the PDF as they went in (the applicant's own values are
// cleaned for print as the request is: their « » become plain quotes).
func TestFrenchCharactersInPDF(t *testing.T) {
	a := loadFr(t, "urgence-familiale")
	a.Applicant.Name = "Hélène Bélanger-Côté"
	a.Evidence = []string{"Lettre du cœur, reçue à Québec, écrite à l'hôpital"}
	var buf bytes.Buffer
	if err := ChecklistPDF(&buf, a, PDFOptions{Made: made, Lang: "fr"}); err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, buf.Bytes())
	for _, want := range []string{"Hélène Bélanger-Côté", "Lettre du cœur, reçue à Québec, écrite à l'hôpital", "«\u00a0dates libres connues\u00a0»", "Si la demande est acceptée\u00a0:", "Demandeur", "Critère", "Date du voyage", "2 décembre 2027", "Montréal"} {
		if !strings.Contains(text, want) {
			t.Errorf("the PDF does not show %q:\n%s", want, text)
		}
	}
}

func criterionTitle(id, lang string) string {
	cr, _ := catalog.Default().Country().Criterion(id)
	return cr.Title.In(lang)
}
