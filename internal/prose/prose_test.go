package prose

import (
	"fmt"
	"strings"
	"testing"
	"unsafe"
)

// families are test families shaped like the caller's (the real ones live
// in the catalog).
var testMatcher = MustCompile([]Family{
	{ID: "wedding", Terms: map[Lang][]string{
		English: {"wedding", "get married", "marry", "marriage ceremony", "reception", "tie the knot"},
		French:  {"mariage", "noces", "=marier", "=marie", "=mariee", "se marier", "se marie"}}},
	{ID: "graduation", Terms: map[Lang][]string{
		English: {"graduation", "graduate", "commencement", "convocation"},
		French:  {"collation des grades", "remise des diplomes", "bal des finissants"}}},
	{ID: "pregnancy", Terms: map[Lang][]string{
		English: {"pregnant", "pregnancy", "due date", "give birth", "birth", "newborn", "baby shower", "having a baby"},
		French:  {"enceinte", "grossesse", "accoucher", "accouchement", "naissance", "nouveau-ne", "avoir un bebe"}}},
	{ID: "conference", Terms: map[Lang][]string{
		English: {"conference", "summit", "convention", "congress", "trade show", "expo", "meeting"},
		French:  {"congres", "colloque", "conference", "salon", "sommet", "reunion", "assemblee"}}},
	{ID: "tourism", Terms: map[Lang][]string{
		English: {"vacation", "holiday", "sightseeing", "cruise", "tourism"},
		French:  {"vacances", "tourisme", "croisiere"}}},
})

type mentionWant struct {
	text   string // the matched words
	role   Role
	recurs bool
	once   bool
}

func TestMentionRoles(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []mentionWant
	}{
		// English: purposes.
		{"en purpose attend", "I need to attend my sister's wedding in Boston on Dec. 3.", []mentionWant{{"wedding", Purpose, false, false}}},
		{"en purpose my husband and I", "My husband and I must be there for our son's graduation at Boston University.", []mentionWant{{"graduation", Purpose, false, false}}},
		{"en purpose so that", "I am asking for an early interview so that I can be present at the convention.", []mentionWant{{"convention", Purpose, false, false}}},
		{"en purpose request for", "I am requesting an expedited appointment for my brother's wedding.", []mentionWant{{"wedding", Purpose, false, false}}},
		{"en purpose split", "Her due date is Dec 3. She asked me to be with her.", []mentionWant{{"due date", Purpose, false, false}}},
		{"en split purpose stops at a dated happening", "Our client's annual meeting is on December 15, but their CFO died suddenly on November 20 and I must take over the file in Boston.", []mentionWant{{"meeting", Unclear, true, false}}},
		{"en split purpose past an undated loss", "My brother's wedding is on December 31. Our parents passed away and I am the one walking him in, so I must be there.", []mentionWant{{"wedding", Purpose, false, false}}},
		{"fr split purpose stops at a dated happening", "La réunion annuelle de notre client est le 15 décembre, mais leur directeur financier est décédé subitement le 20 novembre et je dois reprendre le dossier à Boston.", []mentionWant{{"réunion", Unclear, true, false}}},
		{"en purpose pronoun back", "I must fly to Boston next week. It is my brother's wedding.", []mentionWant{{"wedding", Purpose, false, false}}},
		{"en purpose third sentence", "My name is Ana Ruiz. I live in Laval. I want to go to my cousin's wedding in Miami.", []mentionWant{{"wedding", Purpose, false, false}}},
		{"en purpose cause clause", "I have to travel to Ohio because my daughter is getting married.", []mentionWant{{"getting married", Purpose, false, false}}},
		{"en purpose fragment", "Need to attend the annual sales summit in Denver.", []mentionWant{{"summit", Purpose, true, false}}},
		{"en purpose frame", "The reason for my trip is the 12th edition of the Vegas expo.", []mentionWant{{"expo", Purpose, true, false}}},
		{"en purpose can't miss", "I can't miss my daughter's graduation.", []mentionWant{{"graduation", Purpose, false, false}}},
		{"en typo", "I need to atend my sisters weddding.", []mentionWant{{"weddding", Purpose, false, false}}},
		// English: not the purpose.
		{"en circumstance at", "My father collapsed at my cousin's wedding in Boston and is in intensive care.", []mentionWant{{"wedding", Circumstance, false, false}}},
		{"en circumstance relative activity", "He had gone to present at a yearly conference when he had the stroke.", []mentionWant{{"conference", Circumstance, true, false}}},
		{"en circumstance where", "My brother is in a coma in Dallas, where he had gone to speak at a congress.", []mentionWant{{"congress", Circumstance, false, false}}},
		{"en circumstance during", "During the reception, my mother fell and broke her hip.", []mentionWant{{"reception", Circumstance, false, false}}},
		{"fr negated, called off after the event's own words", "Le congrès annuel de notre entreprise a été annulé après l'explosion.", []mentionWant{{"congrès", Negated, true, false}}},
		{"en not negated by a later clause's cancellation", "I must attend the annual convention in Denver, and my hotel was cancelled.", []mentionWant{{"convention", Purpose, true, false}}},
		{"en negated", "This is not a conference. It is an emergency board meeting called on Nov 20.", []mentionWant{{"conference", Negated, false, false}, {"meeting", Unclear, false, true}}},
		{"en negated instead", "I will be at my father's bedside instead of the wedding.", []mentionWant{{"wedding", Negated, false, false}}},
		{"en negated cancelled", "The wedding was cancelled when my father died.", []mentionWant{{"wedding", Negated, false, false}}},
		{"en name hospital", "My mother is at Graduate Hospital on Wedding Chapel Road in Raleigh.", []mentionWant{{"Graduate", InName, false, false}, {"Wedding", InName, false, false}}},
		{"en unclear", "My sister's wedding is on December 3.", []mentionWant{{"wedding", Unclear, false, false}}},
		{"en relative clause of others", "I start my PhD in Ann Arbor on January 5. The department holds its annual research conference, which new students attend as orientation, in March.", []mentionWant{{"conference", Unclear, true, false}}},
		{"en relative clause of mine", "I fly on January 5 to the yearly research conference, which I attend as a speaker.", []mentionWant{{"conference", Purpose, true, false}}},
		{"en one-off", "The board called an extraordinary meeting for Nov 30.", []mentionWant{{"meeting", Unclear, false, true}}},
		{"en recurring as usual", "As usual, our team will be at the Orlando expo on December 10.", []mentionWant{{"expo", Purpose, true, false}}},
		{"en recurring habitual attendance", "The Houston summit, which I have attended since 2019, is on December 8.", []mentionWant{{"summit", Unclear, true, false}}},
		{"en recurring for the past years (a habit: unclear, the screen reads it as the purpose when nothing happened)", "I have been going to the Tampa convention for the past five years.", []mentionWant{{"convention", Unclear, true, false}}},
		{"en recurring marker of another event", "The annual Detroit conference was in January; now the trustee requires a meeting on December 2.", []mentionWant{{"conference", Unclear, true, false}, {"meeting", Unclear, false, false}}},
		// French: purposes.
		{"fr purpose present", "Je dois être présent au mariage de ma sœur le 3 décembre en Floride.", []mentionWant{{"mariage", Purpose, false, false}}},
		{"fr purpose pour assister", "Nous voulons partir le 5 décembre pour assister au congrès annuel de cardiologie.", []mentionWant{{"congrès", Purpose, true, false}}},
		{"fr purpose afin de", "J'ai besoin d'une entrevue rapide afin de participer au colloque de Boston.", []mentionWant{{"colloque", Purpose, false, false}}},
		{"fr purpose split", "Ma fille doit accoucher le 3 décembre. Elle m'a demandé d'être avec elle.", []mentionWant{{"accoucher", Purpose, false, false}}},
		{"fr purpose no accents", "je dois aller au mariage de mon frere a New York", []mentionWant{{"mariage", Purpose, false, false}}},
		// French: not the purpose.
		{"fr circumstance lors", "Mon père s'est effondré lors du congrès annuel à Chicago.", []mentionWant{{"congrès", Circumstance, true, false}}},
		{"fr circumstance pendant", "Pendant le mariage de mon cousin, ma mère a fait un AVC.", []mentionWant{{"mariage", Circumstance, false, false}}},
		{"en a clause that describes someone is not where it happened", "My brother is getting married in Boston on December 19 and my mother, who has cancer, wants the whole family there.", []mentionWant{{"getting married", Unclear, false, false}}},
		{"en what happened in a who clause at the reception still is", "My brother got married on November 21 and my mother, who collapsed at the reception, is in a coma.", []mentionWant{{"married", Circumstance, false, false}, {"reception", Circumstance, false, false}}},
		{"fr « atteinte d'un cancer » describes her", "Mon frère se marie à Boston le 19 décembre et ma mère, atteinte d'un cancer, veut que toute la famille soit présente.", []mentionWant{{"se marie", Unclear, false, false}}},
		{"en a date before, then what it is for", "Could I please get an appointment before December 15 for my son's graduation at Penn State?", []mentionWant{{"graduation", Purpose, false, false}}},
		{"en before the wedding, nothing for", "Before the wedding on December 12, my father collapsed.", []mentionWant{{"wedding", Circumstance, false, false}}},
		{"fr recurring comme d'habitude", "Comme d'habitude, notre équipe sera au salon d'Orlando le 10 décembre.", []mentionWant{{"salon", Unclear, true, false}}},
		{"fr recurring marker of another event", "J'étais au congrès annuel de Denver en janvier; le syndic exige maintenant une réunion le 2 décembre.", []mentionWant{{"congrès", Unclear, true, false}, {"réunion", Unclear, false, false}}},
		{"fr negated", "Ce n'est pas un congrès : c'est une assemblée extraordinaire convoquée d'urgence.", []mentionWant{{"congrès", Negated, false, false}, {"assemblée", Unclear, false, true}}},
		{"fr negated plutot", "Je reste auprès de mon père plutôt que d'aller au mariage.", []mentionWant{{"mariage", Negated, false, false}}},
		{"fr name", "Mon père est à l'Hôpital du Mariage, rue Principale.", []mentionWant{{"Mariage", InName, false, false}}},
		{"fr recurring chaque annee", "Il présentait au colloque qui a lieu chaque année quand il a eu son accident.", []mentionWant{{"colloque", Circumstance, true, false}}},
		{"fr edition", "Je veux assister à la 12e édition du salon de Las Vegas.", []mentionWant{{"salon", Purpose, true, false}}},
		{"en an ordinal between a term's words", "She is having a second baby in May.", []mentionWant{{"having a second baby", Unclear, false, false}}},
		{"en a term's article stands for a possessive, an ordinal skipped", "My daughter is having her first baby in Phoenix and I need to be there.", []mentionWant{{"having her first baby", Purpose, false, false}}},
		{"en only an ordinal is skipped", "My daughter is having her lovely baby in Phoenix.", nil},
		{"fr « un » stands for « son », « premier » skipped", "Ma fille va avoir son premier bébé à Miami et je veux l'aider.", []mentionWant{{"avoir son premier bébé", Purpose, false, false}}},
		{"en a circumstance governs what comes before the main clause's subject", "After my divorce I need a vacation in Miami.", []mentionWant{{"vacation", Unclear, false, false}}},
		{"en a circumstance right before the mention still governs it", "After the wedding my father collapsed.", []mentionWant{{"wedding", Circumstance, false, false}}},
		{"en the writer as the antecedent of who", "I am the one who has to be at my sister's wedding.", []mentionWant{{"wedding", Purpose, false, false}}},
		{"en someone else as the antecedent of who", "My brother is the one who has to be at the wedding.", []mentionWant{{"wedding", Circumstance, false, false}}},
		{"fr « c'est moi qui »", "C'est moi qui dois être au mariage de ma sœur.", []mentionWant{{"mariage", Purpose, false, false}}},
		{"en a year before a capitalised name", "I speak at the 2026 Houston Summit in December.", []mentionWant{{"Summit", Purpose, true, false}}},
		{"en a year after a name and its city", "I speak at the Energy Summit Houston 2026 in December.", []mentionWant{{"Summit", Purpose, true, false}}},
		{"en a date's year before a name is no edition", "On December 8, 2026 Summit staff met in Houston.", []mentionWant{{"Summit", Unclear, false, false}}},
		{"fr a year after a capitalised name", "Je dois présenter à la Conférence de Houston 2026 en décembre.", []mentionWant{{"Conférence", Purpose, true, false}}},
		{"en a month and its year after a name are a date", "I must speak at the Summit of December 2026 in Houston.", []mentionWant{{"Summit", Purpose, false, false}}},
		{"en an ordinal before anniversary counts years, not editions", "I must speak at the 100th anniversary Summit in Boston.", []mentionWant{{"Summit", Purpose, false, false}}},
		{"en as in previous years", "As in previous years, I present at the Houston summit.", []mentionWant{{"summit", Purpose, true, false}}},
		{"fr convocation is not graduation", "J'ai reçu une convocation pour une réunion extraordinaire.", []mentionWant{{"réunion", Unclear, false, true}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Parse(tt.text)
			got := d.Mentions(testMatcher)
			if len(got) != len(tt.want) {
				t.Fatalf("%q: got %d mentions %s, want %d", tt.text, len(got), describe(tt.text, got), len(tt.want))
			}
			for k, w := range tt.want {
				m := got[k]
				if s := tt.text[m.Span.Start:m.Span.End]; s != w.text || m.Role != w.role || m.Recurring != w.recurs || m.OneOff != w.once {
					t.Errorf("%q: mention %d = %s, want %q %s recurring=%v one-off=%v", tt.text, k, describe(tt.text, got[k:k+1]), w.text, w.role, w.recurs, w.once)
				}
			}
		})
	}
}

func describe(text string, ms []Mention) string {
	var b strings.Builder
	for _, m := range ms {
		fmt.Fprintf(&b, "[%q %s cue=%q recurring=%v one-off=%v]", text[m.Span.Start:m.Span.End], m.Role, text[m.Cue.Start:m.Cue.End], m.Recurring, m.OneOff)
	}
	return b.String()
}

// TestTokenSize keeps a token at 24 bytes: lint holds one per word of a
// text of megabytes.
func TestTokenSize(t *testing.T) {
	if s := unsafe.Sizeof(token{}); s != 24 {
		t.Errorf("a token is %d bytes, not 24", s)
	}
}

// TestLongWordIsCut checks that a run of letters longer than a token can
// hold is cut into tokens that cover it exactly.
func TestLongWordIsCut(t *testing.T) {
	text := "I " + strings.Repeat("a", 3*maxToken+5) + " went"
	toks := tokenize(text, nil)
	if len(toks) != 6 {
		t.Fatalf("%d tokens, want 6", len(toks))
	}
	for k := 1; k < 5; k++ {
		if toks[k].start != toks[k-1].stop() && k > 1 {
			t.Errorf("token %d starts at %d, the one before stops at %d", k, toks[k].start, toks[k-1].stop())
		}
	}
	if got := text[toks[5].start:toks[5].stop()]; got != "went" {
		t.Errorf("last token %q", got)
	}
}
