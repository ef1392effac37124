package main

import (
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

var update = flag.Bool("update", false, "rewrite the expected output in testdata")

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"expedite": func() { os.Exit(Main(os.Args[1:], newSystemEnv())) },
	})
}

// TestScripts runs the real binary over testdata/script/*.txtar: each script
// execs expedite and compares its output and exit code.
func TestScripts(t *testing.T) {
	examples, err := filepath.Abs("../../examples")
	if err != nil {
		t.Fatal(err)
	}
	goldens, err := filepath.Abs("../../internal/render/testdata/request")
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir:           "testdata/script",
		UpdateScripts: *update,
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			// unescape FILE rewrites FILE, written as a Go string literal, as
			// the bytes it stands for: a way to put control characters in.
			"unescape": func(ts *testscript.TestScript, neg bool, args []string) {
				for _, name := range args {
					s, err := strconv.Unquote(strings.TrimSpace(ts.ReadFile(name)))
					ts.Check(err)
					ts.Check(os.WriteFile(ts.MkAbs(name), []byte(s), 0o600))
				}
			},
			// exits CODE PROG [ARGS...] runs PROG as exec does and checks its
			// exit code, which '! exec' cannot: 1 (error findings) and 2
			// (input or usage error) are different answers.
			"exits": exitsCmd,
			// mode PERM PATH... checks the permission bits of each path.
			"mode": func(ts *testscript.TestScript, neg bool, args []string) {
				if len(args) < 2 {
					ts.Fatalf("usage: mode PERM PATH...")
				}
				want, err := strconv.ParseUint(args[0], 8, 32)
				ts.Check(err)
				for _, p := range args[1:] {
					st, err := os.Stat(ts.MkAbs(p))
					ts.Check(err)
					if got := uint64(st.Mode().Perm()); (got == want) == neg {
						ts.Fatalf("%s has mode %o, want %s%o", p, got, map[bool]string{true: "not ", false: ""}[neg], want)
					}
				}
			},
		},
		Setup: func(e *testscript.Env) error {
			e.Setenv("EXAMPLES", examples)
			e.Setenv("GOLDEN", goldens)
			e.Setenv("NO_COLOR", "1")
			return nil
		},
	})
}
