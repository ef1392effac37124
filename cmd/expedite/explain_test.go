package main

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/expedite/expedite/internal/golden"
)

// TestExplainGolden: check --explain for every example, compared with
// testdata/explain/<example>.txt (go test -update rewrites them). The JSON
// output carries the same list.
func TestExplainGolden(t *testing.T) {
	paths, err := filepath.Glob("../../examples/*.yaml")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no examples: %v", err)
	}
	for _, path := range paths {
		name := strings.TrimSuffix(filepath.Base(path), ".yaml")
		t.Run(name, func(t *testing.T) {
			run := func(args ...string) string {
				var out, errb bytes.Buffer
				e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, getenv: func(string) string { return "" },
					now: func() time.Time { return time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC) }}
				if code := Main(args, e); code > 1 {
					t.Fatalf("%s: exit %d: %s", strings.Join(args, " "), code, errb.String())
				}
				return out.String()
			}
			got := run("check", "--explain", path)
			golden.Check(t, filepath.Join("testdata", "explain", name+".txt"), got, *update)
			if !strings.Contains(got, "  [") || !strings.Contains(got, "Ready to send") && !strings.Contains(got, "Not ready yet") {
				t.Errorf("no readiness list or verdict in:\n%s", got)
			}

			var doc struct {
				Readiness struct {
					Ready   bool
					Verdict string
					Checks  []struct {
						Kind, Text string
						OK         bool
					}
				}
			}
			if err := json.Unmarshal([]byte(run("check", "--format", "json", path)), &doc); err != nil {
				t.Fatal(err)
			}
			if doc.Readiness.Verdict == "" || !strings.Contains(got, doc.Readiness.Verdict) {
				t.Errorf("JSON verdict %q is not the one --explain prints", doc.Readiness.Verdict)
			}
			for _, c := range doc.Readiness.Checks {
				if !strings.Contains(got, "  [x] "+c.Text) && !strings.Contains(got, "  [ ] "+c.Text) {
					t.Errorf("JSON check %q is not in the --explain list", c.Text)
				}
			}
		})
	}
}
