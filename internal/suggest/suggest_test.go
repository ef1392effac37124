package suggest

import "testing"

func TestClosest(t *testing.T) {
	flags := []string{"format", "quiet", "out", "accessible", "max-words", "lang"}
	keys := []string{"version", "applicant", "name", "relative", "relationship"}
	tests := []struct {
		word  string
		known []string
		want  string
	}{
		{"frmat", flags, "format"}, // one letter left out
		{"quite", flags, "quiet"},  // two letters swapped: two edits
		{"ot", flags, "out"},       // one left out of a short name
		{"acessible", flags, "accessible"},
		{"max-wrds", flags, "max-words"},
		{"acc", flags, "accessible"}, // a beginning of two letters or more
		{"a", flags, ""},             // one letter is not a beginning
		{"verbose", flags, ""},       // nothing close: no guess
		{"nmae", keys, "name"},
		{"NMAE", keys, "name"},      // compared in lower case
		{"relat", keys, "relative"}, // begins both: the first known wins
		{"relationshp", keys, "relationship"},
		{"", keys, ""},
		{"name", nil, ""},
	}
	for _, tt := range tests {
		if got := Closest(tt.word, tt.known); got != tt.want {
			t.Errorf("Closest(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}

func TestDistance(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want int
	}{
		{"", "", 0}, {"", "abc", 3}, {"abc", "", 3}, {"kitten", "sitting", 3},
		{"frmat", "format", 1}, {"quite", "quiet", 2}, {"same", "same", 0},
	} {
		if got := distance(tt.a, tt.b); got != tt.want {
			t.Errorf("distance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}
