// Package suggest finds the "did you mean" for a mistyped name: a flag of
// the command line, a key of the answers file.
package suggest

import "strings"

// Closest returns the known name closest to word, compared in lower case:
// one at most two edits away, or one that word begins (two letters typed
// at least), the nearest first and, among equals, the first known. It
// returns "" when none is close.
func Closest(word string, known []string) string {
	word = strings.ToLower(word)
	best, bestDist := "", 3
	for _, k := range known {
		d := distance(word, k)
		if len(word) >= 2 && strings.HasPrefix(k, word) {
			d = min(d, 1)
		}
		if d < bestDist {
			best, bestDist = k, d
		}
	}
	return best
}

// distance is the Levenshtein distance between two names, byte by byte.
func distance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
