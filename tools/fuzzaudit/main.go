// Command fuzzaudit lists the real words that the engine's matchers read
// as a typo of a term's word: a word of a list of real words (one a line,
// its first field; a frequency list will do) that matches a term's word
// only one edit away. Each is a false match ("decreased" read as
// "deceased", « facture » as « fracture ») to add to the lexicon's
// no_fuzzy (internal/prose/data/en.yaml, fr.yaml), unless it is a
// misspelling or a form of the same word. Run it when the catalog's terms
// grow:
//
//	go run ./tools/fuzzaudit -en en_50k.txt -fr fr_50k.txt
//
// The lists are not in the repository (the README's Screening accuracy
// says which were used); the command reads only the files it is given.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/expedite/expedite/internal/catalog"
	"github.com/expedite/expedite/internal/criteria"
	"github.com/expedite/expedite/internal/prose"
)

func main() {
	en := flag.String("en", "", "a list of real English words, one a line")
	fr := flag.String("fr", "", "a list of real French words, one a line")
	flag.Parse()
	if *en == "" && *fr == "" {
		fmt.Fprintln(os.Stderr, "fuzzaudit: give -en FILE, -fr FILE or both")
		os.Exit(2)
	}
	var matchers []*prose.Matcher
	for _, fams := range criteria.MatcherFamilies(catalog.Default().Country()) {
		m, err := prose.Compile(fams)
		if err != nil {
			fmt.Fprintln(os.Stderr, "fuzzaudit:", err)
			os.Exit(1)
		}
		matchers = append(matchers, m)
	}
	found := 0
	for _, l := range []struct {
		lang prose.Lang
		path string
	}{{prose.English, *en}, {prose.French, *fr}} {
		if l.path == "" {
			continue
		}
		words, err := readWords(l.path)
		if err != nil {
			fmt.Fprintln(os.Stderr, "fuzzaudit:", err)
			os.Exit(1)
		}
		hits := map[string][]string{}
		for _, m := range matchers {
			for w, terms := range m.FuzzyOnly(l.lang, words) {
				for _, t := range terms {
					if !slices.Contains(hits[w], t) {
						hits[w] = append(hits[w], t)
					}
				}
			}
		}
		keys := make([]string, 0, len(hits))
		for w := range hits {
			keys = append(keys, w)
		}
		slices.Sort(keys)
		for _, w := range keys {
			slices.Sort(hits[w])
			fmt.Printf("%s\t%s\t%s\n", l.lang, w, strings.Join(hits[w], ","))
		}
		found += len(keys)
	}
	fmt.Fprintf(os.Stderr, "fuzzaudit: %d words matched only one edit away; add the real words that are not a form of the term's word to no_fuzzy\n", found)
}

// readWords reads the first field of each line of path.
func readWords(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var words []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if fs := strings.Fields(sc.Text()); len(fs) > 0 {
			words = append(words, fs[0])
		}
	}
	return words, sc.Err()
}
