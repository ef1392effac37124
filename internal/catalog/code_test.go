package catalog_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/expedite/expedite/internal/answers"
	"github.com/expedite/expedite/internal/catalog"
)

// TestNoKnowledgeInGo: no criterion id and no reason id is a string
// literal in the program's Go code outside the catalog, no switch is on a
// criterion, and no Go string counts the criteria ("five"): what the
// catalog says is read from it.
func TestNoKnowledgeInGo(t *testing.T) {
	co := catalog.Default().Country()
	ids := map[string]string{}
	for _, cr := range co.Criteria {
		ids[cr.ID] = "criterion"
	}
	for _, r := range co.Reasons {
		ids[r.ID] = "reason"
	}
	five := regexp.MustCompile(`(?i)\bfive\b`)
	root := filepath.Join("..", "..")
	fset := token.NewFileSet()
	checked := 0
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			// internal/eval is the measuring harness of the screening corpus,
			// not the program; it still lists the criterion ids (to move onto
			// the catalog by its owners).
			if p != root && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata" || p == filepath.Join(root, "internal", "catalog") ||
				p == filepath.Join(root, "internal", "eval")) {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, p, nil, parser.ParseComments)
		if err != nil {
			return err
		}
		if ast.IsGenerated(f) {
			return nil // data written from the catalog by go generate
		}
		checked++
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.BasicLit:
				if n.Kind != token.STRING {
					return true
				}
				s, _ := strconv.Unquote(n.Value)
				if kind, ok := ids[s]; ok {
					t.Errorf("%s: the %s id %q is written in Go; read it from the catalog", fset.Position(n.Pos()), kind, s)
				}
				if five.MatchString(s) {
					t.Errorf("%s: %q counts the criteria in Go; the catalog knows how many there are", fset.Position(n.Pos()), s)
				}
			case *ast.SwitchStmt:
				if n.Tag != nil && strings.Contains(strings.ToLower(exprText(n.Tag)), "crit") {
					t.Errorf("%s: a switch on a criterion; the catalog says what a criterion needs", fset.Position(n.Pos()))
				}
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if checked < 20 {
		t.Fatalf("only %d Go files checked: is the walk rooted at the module?", checked)
	}
}

func exprText(e ast.Expr) string {
	var b strings.Builder
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			b.WriteString(id.Name + ".")
		}
		return true
	})
	return b.String()
}

// TestFieldTableIsTheAnswersFile: the field table describes every key of
// the answers file, in its order, and nothing else.
func TestFieldTableIsTheAnswersFile(t *testing.T) {
	var table []string
	for _, f := range catalog.Default().Fields {
		table = append(table, f.Path)
	}
	keys := answers.Paths()
	slices.Sort(keys)
	sorted := slices.Sorted(slices.Values(table))
	if !slices.Equal(keys, sorted) {
		t.Errorf("fields.yaml and the answers file differ:\n table: %v\n file:  %v", sorted, keys)
	}
}
