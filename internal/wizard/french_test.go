package wizard

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/expedite/expedite/internal/msg"
)

// frenchScript answers every question of a relative-emergency case in
// French: a French relationship, o/n for yes and no.
var frenchScript = []string{
	"1",                        // vérification rapide : aucun de ces motifs
	"1",                        // critère a
	"Hélène Côté", "B1/B2", "", // à propos de vous (pas de DS-160)
	"3", "2026-12-02", "2028-01-15", // poste Montréal, dates
	"Paul Côté", "père", "Massachusetts General Hospital, Boston, Massachusetts",
	"accident de voiture le 2026-11-20, aux soins intensifs", "Dre A. Lee, +1-617-555-0100",
	"Le 20 novembre 2026, mon père, Paul Côté, a été happé par une voiture à Boston.",
	"Il est aux soins intensifs du Massachusetts General Hospital; la Dre A. Lee dit que son état est critique.",
	".",
	"1 4", "Lettre de mon employeur", ".", "o", "2", "non", // documents et famille
	"w", // révision : écrire
	"",  // dossier : celui par défaut
}

// messageID matches a message id left unworded on a screen.
var messageID = regexp.MustCompile(`\b(wizard|cli|input|pitfall|eligibility|format|required|ready|render|pdf|check|criteria|help|list)\.[a-z][a-z-]*`)

// englishWords are words of the wizard's English that a French screen
// must not show. The applicant's own text and the criterion's official
// English wording (between quotes) are taken out first.
var englishWords = regexp.MustCompile(`\b(the|Type|Choose|Answer|Error|Review|Next steps|Wrote|words|characters|Yes|No|none of these|Start|Press|request|part \d|Documents and family|About you|Dates:|error|warning)\b`)

var quotedEnglish = regexp.MustCompile(`"[^"]*"`)

// untranslated reports English left on a French screen: message ids and
// English words, outside the applicant's answers (the given strings).
func untranslated(screen string, answers ...string) []string {
	s := quotedEnglish.ReplaceAllString(screen, "")
	for _, a := range answers {
		s = strings.ReplaceAll(s, a, "")
	}
	var bad []string
	bad = append(bad, messageID.FindAllString(s, -1)...)
	for _, ln := range strings.Split(s, "\n") {
		if englishWords.MatchString(ln) {
			bad = append(bad, strings.TrimSpace(ln))
		}
	}
	return bad
}

// typed are the answers of frenchScript that reach the screen as typed,
// and the parts of the catalog that are names, not words.
var typed = []string{"Massachusetts General Hospital", "Boston", "Massachusetts", "Dre A. Lee", "Lettre de mon employeur",
	"request.txt", "checklist.pdf", "expedite", "Hélène Côté", "Paul Côté"}

func TestAccessibleWholeCaseInFrench(t *testing.T) {
	opt, _ := testOptions(t)
	opt.Lang = "fr"
	defer setLang(msg.Default)
	var out strings.Builder
	res := RunAccessible(script(frenchScript...), &out, opt)
	got := out.String()
	if res.Outcome != Written {
		t.Fatalf("outcome %v, want Written\n%s", res.Outcome, got)
	}
	mustContain(t, "transcript", got, "== Révision ==", "Aucun problème trouvé.", "Prochaines étapes\u00a0:", "Écrit\u00a0: ",
		"Demande rédigée en français", "Tapez o ou n")
	if bad := untranslated(got, typed...); len(bad) > 0 {
		t.Errorf("English on the French screens: %q\n%s", bad, got)
	}
	req := readFile(t, filepath.Join(opt.OutDir, "request.txt"))
	mustContain(t, "request", req, "Demande d'entrevue de visa accélérée", "(père), Paul Côté", "le 2 décembre 2026",
		"- Lettre de mon employeur")
	a := loadDraft(t, opt)
	if a.Language != "fr" || a.Companions.Children != 2 || !a.Companions.Spouse || a.Applicant.CanadianCitizen == nil || *a.Applicant.CanadianCitizen {
		t.Errorf("draft: language %q, %+v", a.Language, a)
	}
}

// TestAccessibleRequestLanguageSwitch: l at the review writes the request
// in the other language, kept in the draft; the description stays as typed.
func TestAccessibleRequestLanguageSwitch(t *testing.T) {
	opt, _ := testOptions(t)
	opt.Lang = "fr"
	defer setLang(msg.Default)
	lines := append(append([]string{}, frenchScript[:len(frenchScript)-2]...), "l", "w", "")
	var out strings.Builder
	if res := RunAccessible(script(lines...), &out, opt); res.Outcome != Written {
		t.Fatalf("outcome %v\n%s", res.Outcome, out.String())
	}
	mustContain(t, "transcript", out.String(), "Demande rédigée en anglais")
	req := readFile(t, filepath.Join(opt.OutDir, "request.txt"))
	mustContain(t, "request", req, "Request for an expedited visa interview", "Le 20 novembre 2026, mon père, Paul Côté")
	if a := loadDraft(t, opt); a.RequestLanguage != "en" {
		t.Errorf("request_language %q", a.RequestLanguage)
	}
}

func TestYesNoInFrench(t *testing.T) {
	for in, want := range map[string]bool{"o": true, "oui": true, "OUI": true, "y": true, "yes": true, "n": false, "non": false, "no": false} {
		if got, ok := yesNo(in); !ok || got != want {
			t.Errorf("yesNo(%q) = %v, %v", in, got, ok)
		}
	}
	if _, ok := yesNo("peut-être"); ok {
		t.Error("yesNo accepts anything")
	}
}

// TestFlowWholeCaseInFrench drives the terminal form through every page:
// it starts in English, switches to French on the welcome page, and each
// screen after is checked for message ids and English words.
func TestFlowWholeCaseInFrench(t *testing.T) {
	opt, _ := testOptions(t)
	defer setLang(msg.Default)
	s := newSession(t, opt)
	s.waitFor("> Start")
	s.keys("down")
	s.waitFor("> Français")
	s.keys("enter")
	s.waitFor("> Commencer")
	names := []string{"François Lévesque", "Boston University", "N0012345678", "request.txt", "checklist.pdf", "expedite", "I-20", "DS-2019", "SEVIS", "F-1", "B1/B2", "J-1", "DS-160"}
	check := func() {
		t.Helper()
		if bad := untranslated(s.emu.String(), names...); len(bad) > 0 {
			t.Errorf("English on a French screen: %q\n%s", bad, s.emu.String())
		}
	}
	check()
	s.keys("?")
	s.waitFor("Partout")
	check()
	s.keys("x")
	s.waitFor("> Commencer")
	s.keys("enter")
	s.waitFor("surtout pour l'un de ces motifs")
	check()
	s.keys("enter")
	s.waitFor("Quel critère officiel correspond")
	check()
	s.keys("down", "down")
	s.waitFor("> c. Étudiant")
	s.keys("enter")
	s.waitFor("┃ Votre nom complet")
	check()
	s.typ("François Lévesque")
	s.keys("enter")
	s.waitFor("┃ Catégorie de visa")
	s.typ("F-1")
	s.keys("enter")
	s.waitFor("┃ Numéro de confirmation DS-160")
	s.keys("enter")
	s.waitFor("┃ Votre poste")
	check()
	s.keys("down", "down", "down", "down")
	s.waitFor("> Québec")
	s.keys("enter")
	s.waitFor("┃ La date à laquelle vous devez voyager")
	s.typ("2027-13-28")
	s.keys("enter")
	s.waitFor("cette date n'existe pas")
	check()
	for range len("2027-13-28") {
		s.keys("backspace")
	}
	s.typ("2027-12-28")
	s.keys("enter")
	s.waitFor("┃ Premier rendez-vous régulier")
	s.typ("2028-10-20")
	s.keys("enter")
	s.waitFor("┃ Date de début du programme")
	check()
	s.typ("2028-01-11")
	s.keys("enter")
	s.waitFor("┃ Votre formulaire")
	s.keys("enter")
	s.waitFor("┃ Numéro SEVIS")
	s.typ("N0012345678")
	s.keys("enter")
	s.waitFor("┃ Votre école")
	s.typ("Boston University")
	s.keys("enter")
	s.waitFor("┃ Décrivez l'urgence")
	s.typ("J'ai été admis à la maîtrise en génie civil de la Boston University, à Boston; mon I-20 indique une date de début du programme le 11 janvier 2028.")
	s.waitFor("mots,")
	check()
	s.keys("tab")
	s.waitFor("avez-vous déjà")
	check()
	s.keys("x", "down", "x", "enter")
	s.waitFor("┃ Autres documents")
	s.keys("tab")
	s.waitFor("┃ Votre conjoint ou conjointe")
	check()
	s.keys("enter")
	s.waitFor("┃ Combien de vos enfants")
	s.keys("enter")
	s.waitFor("┃ Êtes-vous citoyen canadien")
	s.keys("o")
	s.waitFor("Aucun problème trouvé.")
	check()
	if os.Getenv("EXPEDITE_DUMP") != "" {
		os.WriteFile(os.Getenv("EXPEDITE_DUMP"), []byte(s.emu.String()), 0o600)
	}
	s.keys("w")
	s.waitFor("Dossier pour request.txt")
	check()
	s.keys("enter")
	s.waitFor("Votre demande est prête.")
	check()
	s.keys("q")
	res := s.result()
	if res.Outcome != Written {
		t.Fatalf("outcome %v", res.Outcome)
	}
	req := readFile(t, filepath.Join(opt.OutDir, "request.txt"))
	mustContain(t, "request", req, "Numéro SEVIS : N0012345678", "François Lévesque", "le 28 décembre 2027", "Mon programme")
	a := loadDraft(t, opt)
	if a.Language != "fr" || a.Applicant.CanadianCitizen == nil || !*a.Applicant.CanadianCitizen {
		t.Errorf("draft: language %q, citizen %v", a.Language, a.Applicant.CanadianCitizen)
	}
}

// TestUntranslatedCatchesEnglish: the check of French screens can fail.
func TestUntranslatedCatchesEnglish(t *testing.T) {
	for _, screen := range []string{
		"┃ Are you a Canadian citizen?\n┃ > Yes",
		"Aucun problème trouvé.\nwizard.review.parts",
		"Press a number to change a part",
		"Tapez o ou n [n] : \nError: type y for yes or n for no",
	} {
		if len(untranslated(screen)) == 0 {
			t.Errorf("not caught: %q", screen)
		}
	}
	if bad := untranslated("Aucun problème trouvé.\nMa situation : \"the death of an immediate relative\""); len(bad) > 0 {
		t.Errorf("French with the quoted official wording: %q", bad)
	}
}

// TestAccessibleStopInFrench: the quick screen stops a wedding, kindly,
// in French, with the plan for a regular appointment.
func TestAccessibleStopInFrench(t *testing.T) {
	opt, _ := testOptions(t)
	opt.Lang = "fr"
	defer setLang(msg.Default)
	var out strings.Builder
	res := RunAccessible(script("2", "q"), &out, opt)
	got := out.String()
	if res.Outcome != Stopped {
		t.Fatalf("outcome %v\n%s", res.Outcome, got)
	}
	mustContain(t, "transcript", got, "Assister à un mariage n'est jamais accepté", "Prenez un rendez-vous régulier", "Tapez b pour revenir")
	if bad := untranslated(got, "Calgary/Vancouver", "Montréal/Ottawa", "Ottawa/Toronto"); len(bad) > 0 {
		t.Errorf("English on the French screens: %q\n%s", bad, got)
	}
}
