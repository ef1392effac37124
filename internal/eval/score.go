package eval

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/expedite/expedite/internal/answers"
	"github.com/expedite/expedite/internal/criteria"
)

// Result is the engine's verdict on one item.
type Result struct {
	Item    Item
	Got     []string // the scored rule ids the engine reported
	Skipped []string // item fields this build's answers format lacks
	Err     error
}

// Check is the engine's real check, keeping the scored rule ids.
func Check(a *answers.Answers) []string {
	today, _ := answers.ParseDate(Today)
	var got []string
	for _, f := range criteria.Check(a, criteria.Options{Today: today}) {
		if slices.Contains(Scored, f.Rule) && !slices.Contains(got, f.Rule) {
			got = append(got, f.Rule)
		}
	}
	return got
}

// Judge runs check on the case of every item.
func Judge(items []Item, check func(*answers.Answers) []string) []Result {
	out := make([]Result, len(items))
	for i, it := range items {
		out[i].Item = it
		a, skipped, err := Case(it)
		out[i].Skipped = skipped
		if err != nil {
			out[i].Err = err
			continue
		}
		out[i].Got = check(a)
	}
	return out
}

// Counts are the confusion counts of one rule on a set of items.
type Counts struct{ TP, FP, FN, TN int }

// Precision is TP/(TP+FP); 1 when the rule never fired.
func (c Counts) Precision() float64 {
	if c.TP+c.FP == 0 {
		return 1
	}
	return float64(c.TP) / float64(c.TP+c.FP)
}

// Recall is TP/(TP+FN); 1 when nothing was expected.
func (c Counts) Recall() float64 {
	if c.TP+c.FN == 0 {
		return 1
	}
	return float64(c.TP) / float64(c.TP+c.FN)
}

func (c *Counts) add(expected, got bool) {
	switch {
	case expected && got:
		c.TP++
	case got:
		c.FP++
	case expected:
		c.FN++
	default:
		c.TN++
	}
}

// Langs are the report's language columns; "all" is both.
var Langs = []string{"all", "en", "fr"}

// Table holds the counts per rule and language.
type Table map[string]map[string]*Counts

// Score counts, per rule and language, the results that keep(r) accepts.
func Score(results []Result, keep func(Result) bool) Table {
	t := Table{}
	for _, rule := range Scored {
		t[rule] = map[string]*Counts{}
		for _, l := range Langs {
			t[rule][l] = &Counts{}
		}
	}
	for _, r := range results {
		if !keep(r) || r.Err != nil {
			continue
		}
		for _, rule := range Scored {
			if !r.Item.scoredFor(rule) {
				continue
			}
			e, g := slices.Contains(r.Item.Expect, rule), slices.Contains(r.Got, rule)
			t[rule]["all"].add(e, g)
			t[rule][r.Item.Lang].add(e, g)
		}
	}
	return t
}

// All keeps every result; Heldout only the held-out split.
func All(Result) bool       { return true }
func Heldout(r Result) bool { return r.Item.Heldout() }

// Blind keeps the blind sets: held out and written without seeing the
// engine, the most honest measure.
func Blind(r Result) bool { return r.Item.Blind }

// Misjudged reports whether the engine's rules differ from the labels.
func (r Result) Misjudged() (missed, extra []string) {
	for _, rule := range Scored {
		if !r.Item.scoredFor(rule) {
			continue
		}
		e, g := slices.Contains(r.Item.Expect, rule), slices.Contains(r.Got, rule)
		switch {
		case e && !g:
			missed = append(missed, rule)
		case g && !e:
			extra = append(extra, rule)
		}
	}
	return missed, extra
}

// WriteTable prints a table: one line per rule, a column group per
// language (precision, recall, TP/FP/FN).
func WriteTable(w io.Writer, title string, t Table) {
	fmt.Fprintf(w, "%s\n", title)
	fmt.Fprintf(w, "%-32s", "rule")
	for _, l := range Langs {
		fmt.Fprintf(w, " | %-3s %5s %5s %11s", l, "P", "R", "TP/FP/FN")
	}
	fmt.Fprintln(w)
	for _, rule := range Scored {
		fmt.Fprintf(w, "%-32s", rule)
		for _, l := range Langs {
			c := t[rule][l]
			fmt.Fprintf(w, " |     %5.2f %5.2f %11s", c.Precision(), c.Recall(), fmt.Sprintf("%d/%d/%d", c.TP, c.FP, c.FN))
		}
		fmt.Fprintln(w)
	}
}

// WriteReport prints the whole report: the corpus size, the two tables
// and every misjudged item (held-out ones marked: do not tune on them).
func WriteReport(w io.Writer, results []Result) {
	var n, held, en, fr, errs int
	skipped := map[string]int{}
	for _, r := range results {
		n++
		if r.Item.Heldout() {
			held++
		}
		if r.Item.Lang == "fr" {
			fr++
		} else {
			en++
		}
		if r.Err != nil {
			errs++
		}
		for _, s := range r.Skipped {
			skipped[s]++
		}
	}
	fmt.Fprintf(w, "corpus: %d items (%d en, %d fr), %d held out; judged at today %s, travel %s, first available %s\n", n, en, fr, held, Today, TravelDate, FirstAvailable)
	for _, k := range FieldKeys {
		if skipped[k] > 0 {
			fmt.Fprintf(w, "note: %d items set %s, which this build's answers format does not have; left out\n", skipped[k], k)
		}
	}
	fmt.Fprintln(w)
	WriteTable(w, "whole corpus", Score(results, All))
	fmt.Fprintln(w)
	WriteTable(w, "held-out split", Score(results, Heldout))
	fmt.Fprintln(w)
	WriteTable(w, "blind sets only (held out, written without seeing the engine)", Score(results, Blind))
	fmt.Fprintln(w)
	fmt.Fprintln(w, "misjudged items (missed: expected but not reported; extra: reported but not expected)")
	for _, r := range results {
		if r.Err != nil {
			fmt.Fprintf(w, "  %s: %v\n", r.Item.ID, r.Err)
			continue
		}
		missed, extra := r.Misjudged()
		if len(missed)+len(extra) == 0 {
			continue
		}
		tag := ""
		if r.Item.Heldout() {
			tag = " [held-out]"
		}
		fmt.Fprintf(w, "  %s%s %s %s:", r.Item.ID, tag, r.Item.Lang, r.Item.Criterion)
		if len(missed) > 0 {
			fmt.Fprintf(w, " missed %s", strings.Join(missed, ", "))
		}
		if len(extra) > 0 {
			if len(missed) > 0 {
				fmt.Fprint(w, ";")
			}
			fmt.Fprintf(w, " extra %s", strings.Join(extra, ", "))
		}
		if r.Item.Heldout() {
			// Nobody tunes the rules on held-out texts: their words stay hidden.
			fmt.Fprintln(w)
			continue
		}
		fmt.Fprintf(w, "\n      %s\n", clip(r.Item.Description, 150))
	}
}

func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

// checkAll is every rule id the engine reports (for tests of the defaults).
func checkAll(a *answers.Answers, today answers.Date) []string {
	var got []string
	for _, f := range criteria.Check(a, criteria.Options{Today: today}) {
		got = append(got, f.Rule)
	}
	return got
}
