package catalog

import "github.com/expedite/expedite/internal/golit"

// GoSource returns the Go source of a file of package pkg that declares
// func name() *Catalog returning c as a literal: `go generate` writes the
// embedded catalog as Go (embedded_gen.go), so the program pays nothing to
// parse it. The YAML stays the source; a test checks the two agree.
// Unexported fields (what the loader links) are left out.
func GoSource(c *Catalog, pkg, name string) ([]byte, error) {
	return golit.File("data/", golit.Options{Pkg: pkg, ExportedOnly: true},
		golit.Decl{Code: "func " + name + "() *Catalog {\n\treturn %s\n}", Value: c})
}
