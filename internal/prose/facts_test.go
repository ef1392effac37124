package prose

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

func quote(text string, s Span) string { return text[s.Start:s.End] }

func TestSentences(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Dr. Smith called. He said Mr. Brown is at St. Mary's.", []string{"Dr. Smith called.", "He said Mr. Brown is at St. Mary's."}},
		{"M. Tremblay est hospitalisé. Mme Roy a appelé.", []string{"M. Tremblay est hospitalisé.", "Mme Roy a appelé."}},
		{"We fly on Dec. 3 to Boston. The surgery is at 9 a.m. tomorrow.", []string{"We fly on Dec. 3 to Boston.", "The surgery is at 9 a.m. tomorrow."}},
		{"He works at Acme Inc. in Ohio. The U.S. Embassy knows.", []string{"He works at Acme Inc. in Ohio.", "The U.S. Embassy knows."}},
		{"Is he ok? No!! he is not", []string{"Is he ok?", "No!!", "he is not"}},
		{"The hearing is in Washington, D.C. on December 2. I must go.", []string{"The hearing is in Washington, D.C. on December 2.", "I must go."}},
		{"He moved to the U.S. in 2019.", []string{"He moved to the U.S. in 2019."}},
		{"line one\nstill one\n\nnew paragraph", []string{"line one still one", "new paragraph"}},
		{"Needs:\n- a letter\n- a report", []string{"Needs:", "a letter", "a report"}},
		{"", nil},
	}
	for _, tt := range tests {
		d := Parse(tt.text)
		var got []string
		for i := range d.Sentences() {
			got = append(got, d.Sentence(i))
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%q: sentences %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestLang(t *testing.T) {
	for text, want := range map[string]Lang{
		"My father is in the hospital in Boston.":             English,
		"Mon père est à l'hôpital à Boston depuis hier soir.": French,
		"mon pere est a l hopital":                            French,
		"":                                                    English,
	} {
		if got := Parse(text).Lang(); got != want {
			t.Errorf("%q: language %s, want %s", text, got, want)
		}
	}
}

func TestDates(t *testing.T) {
	type dt struct {
		text string
		kind DateKind
		m, d int
	}
	tests := []struct {
		text string
		want []dt
	}{
		{"on Nov 20, on 20/11 and on 2026-11-20", []dt{{"Nov 20", Day, 11, 20}, {"20/11", Day, 11, 20}, {"2026-11-20", Day, 11, 20}}},
		{"the 3rd of December, December 3rd, 2026 and 11/20", []dt{{"3rd of December", Day, 12, 3}, {"December 3rd, 2026", Day, 12, 3}, {"11/20", Day, 11, 20}}},
		{"le 3 décembre, le 1er déc. et le 20 nov 2026", []dt{{"3 décembre", Day, 12, 3}, {"1er déc", Day, 12, 1}, {"20 nov 2026", Day, 11, 20}}},
		{"last Tuesday, yesterday and next week", []dt{{"last Tuesday", Relative, 0, 0}, {"yesterday", Relative, 0, 0}, {"next week", Relative, 0, 0}}},
		{"hier soir et la semaine prochaine, lundi", []dt{{"hier soir", Relative, 0, 0}, {"la semaine prochaine", Relative, 0, 0}, {"lundi", Relative, 0, 0}}},
		{"registered in August, en août", []dt{{"August", MonthOnly, 8, 0}, {"août", MonthOnly, 8, 0}}},
		{"at 9 a.m., at 10:30 or à 14h30", []dt{{"9 a.m", Clock, 0, 0}, {"10:30", Clock, 0, 0}, {"14h30", Clock, 0, 0}}},
		{"I may come in March; it costs 3-4 dollars, 1.5 hours", []dt{{"March", MonthOnly, 3, 0}}},
	}
	for _, tt := range tests {
		var got []dt
		for _, x := range Parse(tt.text).Dates() {
			got = append(got, dt{quote(tt.text, x.Span), x.Kind, x.Month, x.Day})
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%q: dates %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestPlaces(t *testing.T) {
	tests := []struct {
		text string
		want string
	}{
		{"My father is in a hospital in Tampa, Florida.", "Tampa:us Florida:us"},
		{"Mon père est hospitalisé en Floride, à Fort Lauderdale.", "Floride:us Fort Lauderdale:us"},
		{"Ma sœur vit en Caroline du Nord et moi à Montréal.", "Caroline du Nord:us Montréal:canada"},
		{"He lives in Albuquerque, Nouveau-Mexique.", "Albuquerque:us Nouveau-Mexique:us"},
		{"The accident happened in Calgary, Alberta.", "Calgary:canada Alberta:canada"},
		{"She is at a clinic in Paris, France.", "Paris:elsewhere France:elsewhere"},
		{"He is in Springfield, MA and I am in Laval, QC.", "Springfield:us MA:us Laval:canada QC:canada"},
		{"we went to new york last year", "new york:us"},
		{"They told us it is fine.", ""},
		{"Boston, MA is where she lives.", "Boston:us MA:us"},
		{"The wedding is in Edison NJ on Dec 19.", "NJ:us"},
		{"hi my cousin gets married dec 19 in edison nj, pls help", "nj:us"},
		{"je serai à sherbrooke qc demain", "qc:canada"},
		{"Please Help ME, I am Fine OK?", ""},
		{"she lives in town me and my kids too", ""},
	}
	for _, tt := range tests {
		var got []string
		for _, p := range Parse(tt.text).Places() {
			got = append(got, quote(tt.text, p.Span)+":"+p.Where.String())
		}
		if s := strings.Join(got, " "); s != tt.want {
			t.Errorf("%q: places %q, want %q", tt.text, s, tt.want)
		}
	}
}

func TestNames(t *testing.T) {
	tests := []struct {
		text string
		want string
	}{
		{"Dr. Ruiz at Mercy Hospital called Paul Tremblay.", "Dr. Ruiz:1 Mercy Hospital:2 Paul Tremblay:1"},
		{"M. Gagnon travaille chez Acme Inc. depuis 2019.", "M. Gagnon:1 Acme Inc:2"},
		{"Il est au CHU de Québec et à l'Université Laval.", "CHU de Québec:2 Université Laval:2"},
		{"The company is in Boston, Massachusetts.", ""},
		{"PLEASE HELP ME NOW", ""},
		{"My father is ill.", ""},
	}
	for _, tt := range tests {
		var got []string
		for _, n := range Parse(tt.text).Names() {
			got = append(got, quote(tt.text, n.Span)+":"+string(rune('0'+n.Kind)))
		}
		if s := strings.Join(got, " "); s != tt.want {
			t.Errorf("%q: names %q, want %q", tt.text, s, tt.want)
		}
	}
}

func TestForeseen(t *testing.T) {
	tests := []struct {
		text string
		want string
	}{
		{"We registered for the expo in August.", "registered for the expo in August"},
		{"We have been planning this trip for months.", "have been planning this trip for months"},
		{"I was invited last spring to speak.", "invited last spring"},
		{"Je suis inscrit depuis août.", "inscrit depuis août"},
		{"Ce voyage est prévu depuis des mois.", "prévu depuis des mois"},
		{"The meeting was not planned months ago: it was called on Nov 20.", ""},
		{"I was invited yesterday to testify.", ""},
		{"My father was admitted last night.", ""},
		// A calendar day a month or more before today (November 25, 2026).
		{"It was set by the board on September 15.", "was set by the board on September 15"},
		{"The dealer meeting was scheduled on 2026-10-01 for December 10.", "was scheduled on 2026-10-01"},
		{"The summit was set on November 20, 2026.", ""},
		{"The summit was scheduled on December 15.", ""},
		{"It was not set on September 15.", ""},
		{"Our company, registered on March 1, 2010 in Quebec, must repair the line.", ""},
		// The first days of a month long past; the last ones are not.
		{"We registered in early October for the expo.", "registered in early October"},
		{"Le client nous a demandé au début d'octobre d'installer la ligne.", "a demandé au début d'octobre"},
		{"We registered in late October for the expo.", ""},
		// The day of the task asked, not the day it was asked.
		{"Mr. Owens has asked me to be on site on March 8 to repair it.", ""},
		// More ways to say it was planned.
		{"The demonstration has been on the agenda since September.", "on the agenda since September"},
		{"We agreed with our partner in August to sign in Houston.", "We agreed with our partner in August"},
		{"The visit was fixed at the beginning of the summer.", "was fixed at the beginning of the summer"},
		{"I was told last spring that I would lead the kickoff.", "was told last spring"},
		{"On m'a annoncé le printemps dernier que je dirigerais le lancement.", "On m'a annoncé le printemps dernier"},
		// Said, then set aside.
		{"Back in August, our partner asked me to visit his plant some day; that is not why I travel.", ""},
	}
	today := time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)
	for _, tt := range tests {
		var got []string
		for _, s := range Parse(tt.text).Foreseen(today) {
			got = append(got, quote(tt.text, s))
		}
		if s := strings.Join(got, "|"); s != tt.want {
			t.Errorf("%q: foreseen %q, want %q", tt.text, s, tt.want)
		}
	}
}

func TestDateRequests(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Please give me an appointment on December 3.", true},
		{"Any day between December 1 and December 4 works for my interview.", true},
		{"I would like the 9 a.m. slot if possible.", true},
		{"Je voudrais un rendez-vous le 3 décembre à 9 h.", true},
		{"Pourriez-vous me donner une entrevue le 2 décembre?", true},
		{"I need an appointment before December 3.", false},
		{"I need an appointment because the surgery is on December 3.", false},
		{"J'ai besoin d'un rendez-vous avant le 3 décembre.", false},
		{"My father's surgery is on December 3 at 9 a.m.", false},
		{"Please book me for the first available slot next week, ideally Tuesday morning.", true},
		{"I can only come to the consulate in Toronto on Mondays.", true},
		{"Je ne suis disponible que les lundis pour l'entrevue à Montréal.", true},
		{"I need an early interview as my father's surgery in Boston is on Tuesday.", false},
		{"I need an early interview as my father's surgery in Boston is on December 3.", false},
		{"I need an appointment before Tuesday, when my mother will be taken off life support.", false},
		{"Please give me an interview; my mother died on Monday in Miami.", false},
	}
	for _, tt := range tests {
		if got := len(Parse(tt.text).DateRequests()) > 0; got != tt.want {
			t.Errorf("%q: asks for a date = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestAppeals(t *testing.T) {
	tests := []struct {
		text string
		want string
	}{
		{"Please please help me, I am desperate!!", "Please please|desperate|!!"},
		{"I BEG YOU to help. It is URGENT.", "I BEG|URGENT"},
		{"Je vous en supplie, je suis désespérée.", "Je vous en supplie|désespérée"},
		{"My father is critically ill at Mercy Hospital in the ICU.", ""},
		{"A tornado devastated the town.", ""},
		{"THIS IS NOT FAIR", "THIS IS NOT"},
		{"This is the worst thing that has ever happened to me, I cry every night and I can't eat.", "worst thing that has ever happened|I cry every night|I can't eat"},
		{"Je n'en dors plus et je suis à bout.", "Je n'en dors plus|je suis à bout"},
		{"I thank you from the bottom of my heart for reading my request.", ""},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range Parse(tt.text).Appeals() {
			got = append(got, quote(tt.text, s))
		}
		if s := strings.Join(got, "|"); s != tt.want {
			t.Errorf("%q: appeals %q, want %q", tt.text, s, tt.want)
		}
	}
}

func TestCompileErrors(t *testing.T) {
	for _, fs := range [][]Family{
		{{ID: ""}},
		{{ID: "a"}, {ID: "a"}},
		{{ID: "a", Terms: map[Lang][]string{"de": {"x"}}}},
		{{ID: "a", Terms: map[Lang][]string{English: {"  "}}}},
		{{ID: "a", Terms: map[Lang][]string{English: {"two-words, really"}}}},
	} {
		if _, err := Compile(fs); err == nil {
			t.Errorf("Compile(%v): no error", fs)
		}
	}
}

func TestOneEdit(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"wedding", "weddding", true}, {"wedding", "weding", true}, {"wedding", "wedidng", true},
		{"wedding", "wedging", true}, {"wedding", "bedding", true}, {"graduation", "graduaton", true},
		{"conference", "confrence", true}, {"conference", "confernece", true}, {"summit", "sumit", true},
		{"wedding", "weeding!", false}, {"abc", "cba", false}, {"mariage", "marriage", true},
	} {
		if got := oneEdit(c.a, c.b); got != c.want {
			t.Errorf("oneEdit(%q, %q) = %v", c.a, c.b, got)
		}
	}
}

func TestTolerantMatching(t *testing.T) {
	m := MustCompile([]Family{{ID: "x", Terms: map[Lang][]string{English: {"wedding", "summit", "=expo", "resort"}}}})
	for text, want := range map[string]int{
		"the weddding":    1, // doubled letter
		"the weding":      1, // missing letter
		"weddings":        1, // stem
		"the bedding":     0, // a listed real word is never read as a typo
		"please submit":   0,
		"a police report": 0, // a wrong letter in a short word is another word
		"the summitt":     1,
		"the expos":       0, // exact only
		"the Expo":        1,
	} {
		if got := len(Parse(text).Mentions(m)); got != want {
			t.Errorf("%q: %d mentions, want %d", text, got, want)
		}
	}
}

// TestTolerantInflection: a misspelt inflected word ("recieving") is two
// letters swapped from its term word's stem, not from the word, and then
// stands for every word of that stem; a letter changed, missed or added in
// a stem never counts: real words' stems are often that close ("converting"
// and convent, "policy" and police, "registered" and registration).
func TestTolerantInflection(t *testing.T) {
	stems := MustCompile([]Family{{ID: "x", Terms: map[Lang][]string{English: {"receive his diploma", "convention", "police report", "registration"}}}})
	for text, want := range map[string]int{
		"recieving his diploma": 1, // a swap in the stem
		"recieves his diploma":  1,
		"recieve his diploma":   1, // one swap from the word itself
		"converting the files":  0, // convert is one letter changed from convent
		"deceiving his diploma": 0,
		"the policy report":     0, // polici is a letter more than polic: another word
		"I registered in May":   0, // regist is a letter less than registr
	} {
		if got := len(Parse(text).Mentions(stems)); got != want {
			t.Errorf("%q: %d mentions, want %d", text, got, want)
		}
	}
	// Real words one edit from a term's word are kept from fuzzy matching.
	en := MustCompile([]Family{{ID: "x", Terms: map[Lang][]string{English: {"fiance", "shopping", "attacked", "deceased", "see the"}, French: {"fracture", "enterrement"}}}})
	for _, text := range []string{"our finance team", "the shipping dock", "I have attached the letter", "his fever decreased", "I am seeking the earliest date",
		"Voici la facture du garage.", "Il entrera à l'hôpital demain."} {
		if got := len(Parse(text).Mentions(en)); got != 0 {
			t.Errorf("%q: %d mentions, want 0", text, got)
		}
	}
	// « annulé » (called off) is not « annuel ».
	fr := MustCompile([]Family{{ID: "x", Terms: map[Lang][]string{French: {"souper annuel"}}}})
	if got := len(Parse("Le souper annulé de la compagnie.").Mentions(fr)); got != 0 {
		t.Errorf("« souper annulé »: %d mentions, want 0", got)
	}
	// One edit from a listed word ("receiving") is also every word of its
	// stem ("receive"), so the phrase that begins with it is read.
	words := MustCompile([]Family{{ID: "x", Terms: map[Lang][]string{English: {"receive his diploma", "receiving her award"}}}})
	if got := len(Parse("recieving his diploma").Mentions(words)); got != 1 {
		t.Errorf("recieving his diploma: %d mentions, want 1", got)
	}
}

// TestFuzzyOnly: the audit of tools/fuzzaudit reports a word that matches
// a term's word only one edit away, and nothing for a word that matches
// exactly, a word the lexicon keeps from fuzzy matching ("decreased"), or
// what is not a word.
func TestFuzzyOnly(t *testing.T) {
	m := MustCompile([]Family{{ID: "x", Terms: map[Lang][]string{English: {"deceased", "meeting"}, French: {"fracture"}}}})
	got := m.FuzzyOnly(English, []string{"meetin", "deceased", "decreased", "meetin-", "Meetin", "other"})
	want := map[string][]string{"meetin": {"meeting"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("FuzzyOnly(English) = %v, want %v", got, want)
	}
	if got := m.FuzzyOnly(French, []string{"facture", "fractures"}); len(got) != 0 {
		t.Errorf("FuzzyOnly(French) = %v, want nothing («facture» is kept from fuzzy matching; «fractures» is a stem match)", got)
	}
}

// TestSuffixTerms: "*word" matches the end of a word made of a name and
// it ("AgriTechExpo"), with three letters or more before it, never the
// word alone nor a word one edit away.
func TestSuffixTerms(t *testing.T) {
	m := MustCompile([]Family{{ID: "x", Terms: map[Lang][]string{English: {"*expo", "*fest", "annual *summit"}, French: {"*expo"}}}})
	for text, want := range map[string]int{
		"at AgriTechExpo in Iowa":              1,
		"at the Musikfest in Bethlehem":        1,
		"the annual FinTechSummit in New York": 1,
		"the FinTechSummit in New York":        0, // the phrase needs "annual"
		"at the expo in Iowa":                  0, // the word alone is another term's
		"at ArtExpo":                           1,
		"at MyExpo":                            0, // two letters before it
		"at AgriTechExpoo":                     0, // no misspelling forgiven
		"au salon AgroExpo de Chicago":         1,
	} {
		if got := len(Parse(text).Mentions(m)); got != want {
			t.Errorf("%q: %d mentions, want %d", text, got, want)
		}
	}
}

// TestFrenchVerbForms: a French verb of the first group in a term matches
// its conjugated forms, which Snowball does not bring to the infinitive's
// stem; a short verb, and a word that is not a verb, do not spread.
func TestFrenchVerbForms(t *testing.T) {
	m := MustCompile([]Family{{ID: "x", Terms: map[Lang][]string{French: {"passer les fêtes", "=magasiner", "accoucher", "aller"}}}})
	for text, want := range map[string]int{
		"Nous passons les fêtes à Miami.":    1,
		"Ils passaient les fêtes à Miami.":   1,
		"Elles passeront les fêtes à Miami.": 1,
		"Nous magasinons à New York.":        1,
		"Ma fille accouchera le 5 décembre.": 1,
		"Ma fille accouchent le 5 décembre.": 1,
		"Nous allons à Miami.":               0, // « aller » is too short to spread
		"Les passants regardent le magasin.": 0,
		"Le passage des fêtes à Miami.":      0,
	} {
		if got := len(Parse(text).Mentions(m)); got != want {
			t.Errorf("%q: %d mentions, want %d", text, got, want)
		}
	}
}

// TestTermWords pins how a term is cut into words: an exact mark holds on
// every part of an elided word ("=l'aïd" must not match « l'aider », whose
// stem is aid), a prefix mark on its last.
func TestTermWords(t *testing.T) {
	tests := []struct {
		term string
		want []string
	}{
		{"pour =l'aïd", []string{"pour", "=l", "=aïd"}},
		{"m'occuper", []string{"m", "occuper"}},
		{"disney*", []string{"disney*"}},
		{"*expo", []string{"*expo"}},
		{"=wedding reception", []string{"=wedding", "reception"}},
	}
	for _, tt := range tests {
		if got := termWords(tt.term); !slices.Equal(got, tt.want) {
			t.Errorf("termWords(%q) = %q, want %q", tt.term, got, tt.want)
		}
	}
}
