package catalog

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// French joins « de » and « à » to a name the way French writes them: the
// elision before a vowel (« d'Acme »), the contraction with a leading
// article (« du Cirque du Soleil », « aux Laboratoires Nova »), and the
// article that an institution's name takes (« à l'Université Laval », « au
// Cégep de Sherbrooke », « de la Banque Nationale »). Other names are
// left as typed (« à Boston University », « de Google »).

// headGender is the gender of the nouns that open an institution's name
// and take an article: m or f.
var headGender = map[string]byte{
	"universite": 'f', "ecole": 'f', "academie": 'f', "faculte": 'f', "clinique": 'f', "compagnie": 'f',
	"societe": 'f', "banque": 'f', "ville": 'f', "municipalite": 'f', "fondation": 'f', "association": 'f',
	"organisation": 'f', "federation": 'f', "chambre": 'f', "commission": 'f', "caisse": 'f', "cooperative": 'f',
	"college": 'm', "cegep": 'm', "institut": 'm', "conservatoire": 'm', "seminaire": 'm', "hopital": 'm',
	"centre": 'm', "gouvernement": 'm', "ministere": 'm', "conseil": 'm', "bureau": 'm', "musee": 'm',
	"orchestre": 'm', "theatre": 'm', "laboratoire": 'm', "departement": 'm', "service": 'm', "groupe": 'm',
	"club": 'm', "festival": 'm', "salon": 'm', "congres": 'm', "sommet": 'm', "cirque": 'm', "consulat": 'm',
}

var foldAccent = strings.NewReplacer("é", "e", "è", "e", "ê", "e", "ë", "e", "à", "a", "â", "a", "î", "i", "ï", "i", "ô", "o", "û", "u", "ù", "u", "ç", "c")

// vowelStart reports whether s starts with a vowel or an h (treated as
// mute: « l'Hôpital », « d'Harvard »).
func vowelStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	f := foldAccent.Replace(string(unicode.ToLower(r)))
	return strings.ContainsAny(f, "aeiouyh")
}

// frPrep is « de » (de = true) or « à » before name.
func frPrep(name string, de bool) string {
	name = strings.TrimSpace(name)
	if name == "" {
		return ""
	}
	word, rest, _ := strings.Cut(name, " ")
	art := strings.ToLower(word)
	switch {
	case (art == "le" || art == "les") && rest != "":
		if de {
			return map[string]string{"le": "du ", "les": "des "}[art] + rest
		}
		return map[string]string{"le": "au ", "les": "aux "}[art] + rest
	case art == "la" && rest != "":
		return map[bool]string{true: "de la ", false: "à la "}[de] + rest
	case strings.HasPrefix(art, "l'") || strings.HasPrefix(art, "l’"):
		// an article that is part of the name: « de L'Oréal », « à L'Isle-Verte »
		return map[bool]string{true: "de ", false: "à "}[de] + name
	}
	if g, ok := headGender[foldAccent.Replace(strings.ToLower(word))]; ok {
		switch {
		case vowelStart(name):
			return map[bool]string{true: "de l'", false: "à l'"}[de] + name
		case g == 'm':
			return map[bool]string{true: "du ", false: "au "}[de] + name
		default:
			return map[bool]string{true: "de la ", false: "à la "}[de] + name
		}
	}
	if de {
		if vowelStart(name) {
			return "d'" + name
		}
		return "de " + name
	}
	return "à " + name
}
