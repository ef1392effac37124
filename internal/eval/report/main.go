// Command report prints the screening rules' precision and recall on the
// labelled corpus: `make eval`, or `go run ./internal/eval/report`.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/expedite/expedite/internal/eval"
)

func main() {
	dir := flag.String("corpus", "internal/eval/testdata/corpus", "folder of the corpus files (*.yaml)")
	flag.Parse()
	items, err := eval.Load(os.DirFS(*dir), ".")
	if err != nil {
		fmt.Fprintln(os.Stderr, "eval:", err)
		os.Exit(2)
	}
	if len(items) == 0 {
		fmt.Fprintf(os.Stderr, "eval: no corpus items in %s\n", *dir)
		os.Exit(2)
	}
	eval.WriteReport(os.Stdout, eval.Judge(items, eval.Check))
}
