// Command gen writes embedded_gen.go: the catalog of data/, validated,
// as a Go literal (run by go generate in internal/catalog).
package main

import (
	"fmt"
	"os"

	"github.com/expedite/expedite/internal/catalog"
)

func main() {
	c, err := catalog.Load(os.DirFS("data"))
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen: data/"+err.Error())
		os.Exit(1)
	}
	src, err := catalog.GoSource(c, "catalog", "embedded")
	if err == nil {
		err = os.WriteFile("embedded_gen.go", src, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}
