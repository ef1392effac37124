package prose

import "github.com/expedite/expedite/internal/golit"

// For the external tests, which may import the packages that use this one.

// CompileFresh compiles families without looking for a generated matcher.
var CompileFresh = compile

// Precompiled reports the generated matchers' fingerprints.
func Precompiled() []uint64 {
	var out []uint64
	for _, p := range precompiled {
		out = append(out, p.fp)
	}
	return out
}

// MatchersSource is matchers_gen.go for the given sets of families.
func MatchersSource(from string, sets ...[]Family) ([]byte, error) {
	type entry = struct {
		fp uint64
		m  *Matcher
	}
	var list []entry
	for _, fams := range sets {
		m, err := compile(fams)
		if err != nil {
			return nil, err
		}
		list = append(list, entry{Fingerprint(fams), m})
	}
	return golit.File(from, golit.Options{Pkg: "prose"}, golit.Decl{Code: "var precompiled = %s", Value: list})
}
