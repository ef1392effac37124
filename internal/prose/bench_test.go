package prose

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// benchText is a realistic paragraph in both languages, with mentions in
// every role.
const benchText = `My father, Paul Tremblay, collapsed on Nov. 20 at my cousin's wedding in Boston and is in intensive care at Massachusetts General Hospital. Dr. Ruiz says he may not survive the week. I need to be at his bedside before the surgery on December 3; this is not a conference or a vacation. My sister registered for the annual trade summit in August, but she is not travelling. Mon père s'est effondré lors du congrès annuel à Chicago et je dois être présent le 3 décembre. Please give me an appointment as soon as possible.
`

func benchDoc(size int) string {
	return strings.Repeat(benchText, size/len(benchText)+1)[:size]
}

// BenchmarkParseMentions parses a text and finds the mentions and facts
// of the families, as the screening does. MB/s should stay flat from 1 KB
// to 1 MB (linear).
func BenchmarkParseMentions(b *testing.B) {
	lexicons() // loaded once per process, not per text
	for _, size := range []int{1 << 10, 10 << 10, 100 << 10, 1 << 20} {
		text := benchDoc(size)
		b.Run(fmt.Sprintf("%dKB", size>>10), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				d := Parse(text)
				_ = d.Mentions(testMatcher)
			}
		})
	}
}

// BenchmarkParseAll also extracts dates, places, names, foreseeability,
// date requests and appeals.
func BenchmarkParseAll(b *testing.B) {
	lexicons()
	for _, size := range []int{1 << 10, 100 << 10, 1 << 20} {
		text := benchDoc(size)
		b.Run(fmt.Sprintf("%dKB", size>>10), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				d := Parse(text)
				_ = d.Mentions(testMatcher)
				_, _, _ = d.Dates(), d.Places(), d.Names()
				_, _, _ = d.Foreseen(time.Time{}), d.DateRequests(), d.Appeals()
			}
		})
	}
}
