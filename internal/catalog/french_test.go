package catalog

import "testing"

func TestFrenchPrepositions(t *testing.T) {
	for _, c := range []struct{ name, de, a string }{
		{"Acme Robotics Inc.", "d'Acme Robotics Inc.", "à Acme Robotics Inc."},
		{"Boston University", "de Boston University", "à Boston University"},
		{"Université Laval", "de l'Université Laval", "à l'Université Laval"},
		{"université de Montréal", "de l'université de Montréal", "à l'université de Montréal"},
		{"École Polytechnique", "de l'École Polytechnique", "à l'École Polytechnique"},
		{"Cégep de Sherbrooke", "du Cégep de Sherbrooke", "au Cégep de Sherbrooke"},
		{"Collège Dawson", "du Collège Dawson", "au Collège Dawson"},
		{"Banque Nationale", "de la Banque Nationale", "à la Banque Nationale"},
		{"Hôpital Sainte-Justine", "de l'Hôpital Sainte-Justine", "à l'Hôpital Sainte-Justine"},
		{"Institut Armand-Frappier", "de l'Institut Armand-Frappier", "à l'Institut Armand-Frappier"},
		{"Le Cirque du Soleil", "du Cirque du Soleil", "au Cirque du Soleil"},
		{"Les Laboratoires Nova", "des Laboratoires Nova", "aux Laboratoires Nova"},
		{"La Presse", "de la Presse", "à la Presse"},
		{"L'Oréal", "de L'Oréal", "à L'Oréal"},
		{"Harvard", "d'Harvard", "à Harvard"},
		{"Canada Alpin", "de Canada Alpin", "à Canada Alpin"},
		{"  Google ", "de Google", "à Google"},
		{"", "", ""},
	} {
		if got := frPrep(c.name, true); got != c.de {
			t.Errorf("de %q = %q, want %q", c.name, got, c.de)
		}
		if got := frPrep(c.name, false); got != c.a {
			t.Errorf("à %q = %q, want %q", c.name, got, c.a)
		}
	}
}
