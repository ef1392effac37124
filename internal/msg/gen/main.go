// Command gen writes messages_gen.go from data/*.yaml (run by go generate
// in internal/msg).
package main

import (
	"fmt"
	"os"

	"github.com/expedite/expedite/internal/msg"
)

func main() {
	src, err := msg.GoSource(os.DirFS("."))
	if err == nil {
		err = os.WriteFile("messages_gen.go", src, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}
