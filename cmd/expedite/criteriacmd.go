package main

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/expedite/expedite/internal/criteria"
)

const criteriaAbout = `Lists the five emergency criteria of the US posts in Canada, what a request
under each must state, and the proof to bring; then the reasons that are
never accepted.

Examples:
  expedite criteria
  expedite criteria --format json
`

func runCriteria(args []string, e *env) error {
	f := newFlags("criteria", "expedite criteria [--format text|json]", criteriaAbout)
	format := formatFlag(f)
	pos, err := f.parse(args, e.stdout)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("criteria", "criteria takes no file")
	}
	if format.value == "json" {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(struct {
			Criteria      []criteria.Criterion `json:"criteria"`
			NeverAccepted []string             `json:"never_accepted"`
			Posts         []criteria.Post      `json:"posts"`
		}{criteria.All, criteria.UnacceptableReasons, criteria.Posts})
	}
	w := e.stdout
	fmt.Fprintln(w, "The five emergency criteria (US posts in Canada). Each is granted only at the")
	fmt.Fprintln(w, "consular section's discretion, after you book a regular appointment.")
	for _, c := range criteria.All {
		fmt.Fprintf(w, "\n%s. %s (criterion: %s)\n", c.Letter, c.Title, c.ID)
		fmt.Fprintf(w, "   Official: %s.\n", c.Official)
		fmt.Fprintln(w, "   The request must state:")
		for _, n := range c.Needs {
			fmt.Fprintf(w, "   - %s\n", n)
		}
		fmt.Fprintf(w, "   Proof to bring: %s.\n", strings.Join(c.Proof, "; "))
	}
	fmt.Fprintln(w, "\nThe 10-day rule: for urgent business and significant events, the travel date")
	fmt.Fprintln(w, "must fall before the first available regular appointment plus 10 days.")
	fmt.Fprintln(w, "\nNever accepted as a reason:")
	for _, r := range criteria.UnacceptableReasons {
		fmt.Fprintf(w, "   - %s\n", r)
	}
	fmt.Fprintln(w, "\nA denied ESTA (visa waiver) is often cited as a reason too; it is not one of")
	fmt.Fprintln(w, "the five criteria above, so keep the denial e-mail as context, not as the case.")
	return nil
}
