package criteria

import (
	"slices"
	"strings"
	"testing"
)

// frScreenRules are the rules TestFrenchScreen judges: the reading of the
// purpose (never accepted, unclear), the tone and the asked-for date. The
// length rules (pitfall.vague, pitfall.no-specifics, pitfall.too-long)
// have their own tables and are left out, so that a short sentence is
// judged on what it says.
var frScreenRules = []string{RuleUnacceptableReason, RuleUnclearPurpose, RuleEmotional, RuleAsksForDate}

// TestFrenchScreen: French sentences, written as Quebec applicants write,
// each with the verdict a careful reader gives, before the engine was run
// on them. A purpose fires; a passing mention (what happened at an event,
// what a relative was doing, a name, a negation) stays silent. reason is
// the family a never-accepted finding must name. A case the engine does
// not yet read right carries knownGap: it is logged and counted, and the
// test fails if the engine starts getting it right (so the mark goes).
func TestFrenchScreen(t *testing.T) {
	const ur, up, em, ad = RuleUnacceptableReason, RuleUnclearPurpose, RuleEmotional, RuleAsksForDate
	tests := []struct {
		text     string
		want     []string
		reason   string
		knownGap string
	}{
		// Mariage, noces, se marier, la réception: the applicant's purpose.
		{"Je dois assister au mariage de ma sœur à Miami le 12 décembre.", []string{ur}, "wedding", ""},
		{"Mon frère se marie à Chicago le 5 décembre et je suis son témoin, je dois absolument y être.", []string{ur}, "wedding", ""},
		{"Nous voulons être présents aux noces de notre fils à Denver le 19 décembre.", []string{ur}, "wedding", ""},
		{"Je dois me rendre à Boston pour la réception de mariage de ma cousine le 28 novembre.", []string{ur}, "wedding", ""},
		{"Ma conjointe et moi voulons nous marier à Las Vegas le 31 décembre.", []string{ur}, "wedding", ""},
		{"Mon frère se marie à Miami le 12 décembre. Je dois y être pour la cérémonie.", []string{ur}, "wedding", ""},
		{"Ma grand-mère est décédée l'an dernier. Cette année, je dois assister au mariage de mon frère à Miami le 12 décembre.", []string{ur}, "wedding", ""},
		{"Je dois assister au mariaje de ma sœur à Miami le 12 décembre.", []string{ur}, "wedding", "a letter replaced in a seven-letter word: the matcher forgives a replaced letter from eight letters only, to keep short real words apart"},
		{"Je dois absolument assister au mariagge de ma sœur à Miami le 12 décembre.", []string{ur}, "wedding", ""},
		{"Ma belle-mère aura 90 ans le 3 janvier et on organise une grosse fête à Fort Myers. Elle a demandé que je sois là.", []string{ur}, "tourism", ""},
		{"Je veux emmener ma mère en pèlerinage au sanctuaire de Guadalupe du 8 au 12 décembre.", []string{ur}, "tourism", ""},
		{"Mon chum pis moi on s'en va à Cuba via Miami le 27 décembre, toute est payé d'avance depuis l'été.", []string{ur}, "tourism", ""},
		{"Ma blonde a réservé une semaine au Mexique en passant par Houston pour nos dix ans ensemble, départ le 2 janvier.", []string{ur}, "tourism", ""},
		{"Ma mère revenait de Punta Cana quand elle a fait un AVC à l'aéroport de Miami le 21 novembre; elle est au Jackson Memorial Hospital.", nil, "", ""},
		{"Ma bru attend son premier en janvier à Boston, je veux aller l'aider les premières semaines.", []string{ur}, "pregnancy", ""},
		{"À chaque saison, les semaines du marché de gros de New York sont le moment où nous passons nos commandes; je dois y être du 18 au 22 janvier.", []string{ur}, "conference", ""},
		// Collation des grades, bal des finissants, remise de diplômes.
		{"Pour assister à la collation des grades de ma fille à l'Université Harvard le 10 décembre.", []string{ur}, "graduation", ""},
		{"Nous devons aller au bal des finissants de notre fille à Plattsburgh le 18 décembre.", []string{ur}, "graduation", ""},
		{"Je dois être présent à la remise de diplômes de mon fils à New York le 14 décembre.", []string{ur}, "graduation", ""},
		{"Ma nièce reçoit son diplôme à l'Université de Miami le 14 décembre et je veux y assister.", []string{ur}, "graduation", ""},
		// Accouchement, nouveau-né, fille enceinte.
		{"Ma fille doit accoucher à Seattle au début décembre et je dois aller l'aider.", []string{ur}, "pregnancy", ""},
		{"Ma fille est enceinte de huit mois et je veux être auprès d'elle à Dallas pour la naissance.", []string{ur}, "pregnancy", ""},
		{"Je veux aller voir mon petit-fils nouveau-né à Denver et aider ma belle-fille pendant deux semaines.", []string{ur}, "pregnancy", ""},
		{"Ma fille doit accoucher le 5 décembre à Seattle. Elle m'a demandé d'être avec elle.", []string{ur}, "pregnancy", ""},
		{"Ma fille attend son premier enfant à New York pour le 16 décembre. Je veux être à ses côtés quand le petit arrivera.", []string{ur}, "pregnancy", ""},
		{"Ma belle-sœur accouchera à Boston vers le 15 décembre et mon frère m'a demandé de venir garder les enfants.", []string{ur}, "pregnancy", ""},
		// Congrès, colloque, salon annuel, 12e édition.
		{"Je dois présenter une affiche au congrès annuel de l'American Chemical Society à Houston.", []string{ur}, "conference", ""},
		{"Je suis invité à prendre la parole au colloque annuel des pédiatres à Boston le 9 décembre.", []string{ur}, "conference", ""},
		{"Notre entreprise tient un kiosque au salon annuel de l'alimentation à Chicago et je dois y être.", []string{ur}, "conference", ""},
		{"Je dois assister à la 12e édition du Sommet nord-américain du bois à Portland en janvier.", []string{ur}, "conference", ""},
		// Vacances, tourisme, voyage dans le Sud.
		{"Nous partons en vacances en Floride avec les enfants pour le temps des Fêtes.", []string{ur}, "tourism", ""},
		{"Nous voulons faire un voyage dans le Sud, à Fort Lauderdale, du 20 au 27 décembre.", []string{ur}, "tourism", ""},
		{"Je veux faire du tourisme à New York avec ma conjointe pendant la semaine de relâche.", []string{ur}, "tourism", ""},
		// A verb of a term, conjugated: « passer le temps des fêtes ».
		{"Mon mari et moi passons le temps des fêtes chez notre fille à Naples, en Floride, du 18 décembre au 4 janvier.", []string{ur}, "tourism", ""},
		{"Ma sœur et moi magasinons à New York du 10 au 14 décembre, comme chaque année.", []string{ur}, "tourism", ""},
		// Billets déjà achetés, non remboursables.
		{"J'ai déjà acheté mes billets d'avion pour Orlando le 3 décembre et ils ne sont pas remboursables.", []string{ur}, "tickets", ""},
		{"J'ai déjà acheté des billets non remboursables parce que le mariage de ma sœur est le 12 décembre à Miami.", []string{ur}, "tickets", ""},
		{"Nos billets non remboursables pour Los Angeles sont pour le 8 décembre.", []string{ur}, "tickets", ""},

		// Passing mentions: the event is where something happened, or
		// what a relative was doing; the purpose is the emergency.
		{"Mon père s'est effondré au mariage de mon cousin à Boston et il est aux soins intensifs.", nil, "", ""},
		{"Ma mère a fait un AVC pendant la collation des grades de mon neveu à Albany; elle est hospitalisée depuis le 20 novembre.", nil, "", ""},
		{"Mon père, qui était en vacances en Floride, a subi une crise cardiaque le 21 novembre à Sarasota.", nil, "", ""},
		{"Mon fils était parti présenter ses travaux à un colloque annuel à Atlanta quand il a été frappé par une voiture.", nil, "", ""},
		{"Ma femme est enceinte et restera à Montréal avec notre fils pendant mon absence.", nil, "", "the wife stays home; the engine warns that the pregnancy's role is unclear, in English too"},
		{"Notre voyage dans le Sud est annulé : le père de ma conjointe est mort à Chicago le 20 novembre.", nil, "", ""},
		{"J'ai acheté mon billet le jour même parce que ma mère est décédée à Phoenix le 19 novembre; les funérailles sont le 28.", nil, "", ""},
		{"Ma sœur, enceinte de six mois, a été grièvement blessée dans un accident à Buffalo le 20 novembre.", nil, "", ""},
		{"Nous avons dû renoncer au mariage de mon frère parce que notre mère a reçu un diagnostic de leucémie à Houston.", nil, "", ""},
		// Names, false friends and negations.
		{"Ma fille est aux soins intensifs à l'Hôpital Mercy de Baltimore depuis son accident de voiture du 19 novembre.", nil, "", ""},
		{"Mon patron m'a envoyé une convocation à une réunion d'urgence du conseil d'administration à New York le 2 décembre.", nil, "", ""},
		{"Ce n'est pas un congrès annuel : c'est une réunion extraordinaire convoquée le 20 novembre par notre client de Détroit.", nil, "", ""},
		{"Il ne s'agit pas de vacances : ma sœur a été opérée d'urgence à Phoenix le 22 novembre.", nil, "", ""},
		{"Le chirurgien de Boston a fixé l'opération de ma fille au 2 décembre.", nil, "", ""},
		// A never-accepted event of the writer's past: « j'ai eu ma graduation ».
		{"J'ai eu ma graduation au Cégep de Sherbrooke en juin et je commence mon programme à l'Université du Vermont le 11 janvier.", nil, "", ""},
		{"Mon père est aux soins intensifs à Tampa depuis le 21 novembre et je dois être à son chevet.", nil, "", ""},
		// An event named beside an emergency, with no purpose stated.
		{"Le mariage de ma sœur est le 12 décembre à Boston. Le 20 novembre, mon père a fait un AVC et il est hospitalisé à Boston.", []string{up}, "", ""},
		// Tone and the date asked for.
		{"Je vous en supplie, aidez-moi, ma mère est mourante à Miami!!!", []string{em}, "", ""},
		{"C'est une question de vie ou de mort, je suis désespérée : mon fils est dans le coma à Tampa.", []string{em}, "", ""},
		{"Pourriez-vous me donner un rendez-vous le 2 décembre à 9 h? Mon père est hospitalisé à Miami.", []string{ad}, "", ""},
		{"Je demande une entrevue le mardi 1er décembre, car ma mère est aux soins intensifs à Boston.", []string{ad}, "", ""},
	}
	fired, gaps := 0, 0
	for _, tt := range tests {
		fs := Lint(tt.text, LintOptions{})
		var got []string
		reasons := map[string]bool{}
		for _, f := range fs {
			if slices.Contains(frScreenRules, f.Rule) && !slices.Contains(got, f.Rule) {
				got = append(got, f.Rule)
			}
			if f.Rule == RuleUnacceptableReason {
				if r, ok := f.Args["reason"].(string); ok {
					reasons[r] = true
				}
			}
		}
		slices.Sort(got)
		want := slices.Clone(tt.want)
		slices.Sort(want)
		ok := slices.Equal(got, want) && (tt.reason == "" || reasons[tt.reason])
		if len(want) > 0 {
			fired++
		}
		switch {
		case tt.knownGap != "" && ok:
			t.Errorf("known gap now read right, remove its mark: %q", tt.text)
		case tt.knownGap != "":
			gaps++
			t.Logf("known gap (%s): %q: got %v, a careful reader says %v", tt.knownGap, tt.text, got, want)
		case !ok:
			var msgs []string
			for _, f := range fs {
				msgs = append(msgs, f.Rule+": "+argText(f))
			}
			t.Errorf("%q\n got %v, want %v (reason %q)\n%s", tt.text, got, want, tt.reason, strings.Join(msgs, "\n"))
		}
	}
	if len(tests) < 40 || fired < 15 || len(tests)-fired < 15 {
		t.Errorf("the table needs at least 40 sentences, purposes and passing mentions alike: %d, %d firing", len(tests), fired)
	}
	if gaps > 5 {
		t.Errorf("%d known gaps; at most 5", gaps)
	}
	t.Logf("%d French sentences: %d with a finding, %d silent, %d known gaps", len(tests), fired, len(tests)-fired, gaps)
}
