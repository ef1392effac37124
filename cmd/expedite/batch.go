package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/expedite/expedite/internal/answers"
	"github.com/expedite/expedite/internal/criteria"
	"github.com/expedite/expedite/internal/safetext"
)

// Batch mode: 'expedite check FILE FILE...' or 'expedite check DIR' screens
// many cases in one process, in parallel, and prints one line a case in the
// order given (a folder's files in name order), or one JSON object a line
// with --format json. The exit code is the worst of the cases: 2 when a
// file could not be read, else 1 when a case has an error finding, else 0.

// isBatch says whether check's arguments ask for batch mode: more than one
// path, or a folder.
func isBatch(pos []string) bool {
	if len(pos) > 1 {
		return true
	}
	if len(pos) == 1 && pos[0] != "-" {
		st, err := os.Stat(pos[0])
		return err == nil && st.IsDir()
	}
	return false
}

// caseResult is one case screened: its findings, or why it was not read.
type caseResult struct {
	path string
	fs   []criteria.Finding
	err  error
}

// batchLineJSON is one line of --format json in batch mode; its keys are a
// contract.
type batchLineJSON struct {
	File     string        `json:"file"`
	Status   string        `json:"status"` // ok, error, warning, note, or unreadable
	Findings []findingJSON `json:"findings"`
	Problem  string        `json:"problem,omitempty"` // why an unreadable file was not read
}

func runBatch(pos []string, e *env, format string, opt criteria.Options) error {
	if n := count(pos, "-"); n > 1 {
		return usage("check", "cli.err.stdin-twice", map[string]any{"count": n})
	}
	// Many small cases make much short-lived garbage: collect less often.
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	paths := expandCases(pos)
	results := make([]caseResult, len(paths))
	ready := make([]chan struct{}, len(paths))
	for i := range ready {
		ready[i] = make(chan struct{})
	}
	jobs := make(chan int)
	for range min(runtime.GOMAXPROCS(0), len(paths)) {
		go func() {
			for i := range jobs {
				results[i] = screen(paths[i], e, opt)
				close(ready[i])
			}
		}()
	}
	go func() {
		for i := range paths {
			jobs <- i
		}
		close(jobs)
	}()

	out := bufio.NewWriter(e.stdout)
	unreadable, withErrors := 0, false
	for i := range paths {
		<-ready[i]
		r := results[i]
		if r.err != nil {
			unreadable++
		} else if criteria.HasErrors(r.fs) {
			withErrors = true
		}
		if err := writeCase(out, r, format); err != nil {
			return err
		}
	}
	if err := out.Flush(); err != nil {
		return err
	}
	switch {
	case unreadable > 0:
		return &inputError{msg: printer().Text("cli.err.unreadable-files", map[string]any{"count": unreadable, "files": printer().Text("check.count.files", map[string]any{"count": len(paths)})})}
	case withErrors:
		return errFindings
	}
	return nil
}

func count(list []string, s string) int {
	n := 0
	for _, l := range list {
		if l == s {
			n++
		}
	}
	return n
}

// pathProblem stands in the list of cases for a path that yields none.
type pathProblem struct {
	path string
	err  error
}

// expandCases replaces each folder by the answers files (*.yaml, *.yml)
// under it, in name order, hidden folders left out. A folder that holds
// none, or cannot be read, stays as a problem to report on its line.
func expandCases(pos []string) []any {
	var paths []any
	for _, p := range pos {
		st, err := os.Stat(p)
		if p == "-" || err != nil || !st.IsDir() {
			paths = append(paths, p) // screen reports what is wrong with it
			continue
		}
		found := 0
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			switch {
			case err != nil:
				paths = append(paths, pathProblem{path, fmt.Errorf("%s: cannot read: %v", path, unwrapPath(err))})
				return nil
			case d.IsDir() && path != p && strings.HasPrefix(d.Name(), "."):
				return filepath.SkipDir
			case !d.IsDir() && (strings.HasSuffix(d.Name(), ".yaml") || strings.HasSuffix(d.Name(), ".yml")):
				paths = append(paths, path)
				found++
			}
			return nil
		})
		if err == nil && found == 0 {
			paths = append(paths, pathProblem{p, fmt.Errorf("%s: holds no answers file (*.yaml or *.yml)", p)})
		}
	}
	return paths
}

// screen reads and checks one case.
func screen(p any, e *env, opt criteria.Options) caseResult {
	if pp, ok := p.(pathProblem); ok {
		return caseResult{path: pp.path, err: pp.err}
	}
	path := p.(string)
	a, err := readAnswers(path, e) // refuses folders, pipes and devices
	if err != nil {
		return caseResult{path: path, err: err}
	}
	return caseResult{path: path, fs: criteria.Check(a, opt)}
}

// status is a case's worst severity, "ok" without findings, or
// "unreadable".
func (r caseResult) status() string {
	if r.err != nil {
		return "unreadable"
	}
	if len(r.fs) == 0 {
		return "ok"
	}
	worst := r.fs[0].Severity
	for _, f := range r.fs {
		if f.Severity > worst {
			worst = f.Severity
		}
	}
	return worst.String()
}

// writeCase writes a case's line. Text reads
// "FILE: STATUS[: COUNTS: RULE, RULE...]", or "FILE: unreadable: WHY".
func writeCase(w *bufio.Writer, r caseResult, format string) error {
	if format == "json" {
		line := batchLineJSON{File: r.path, Status: r.status(), Findings: jsonFindings(r.fs)}
		if r.err != nil {
			line.Problem = r.err.Error()
		}
		b, err := json.Marshal(line)
		if err != nil {
			return err
		}
		w.Write(escapeUnsafe(b))
		return w.WriteByte('\n')
	}
	line := r.path + ": " + r.status()
	switch {
	case r.err != nil:
		why := r.err.Error()
		if ae := (*answers.Error)(nil); errors.As(r.err, &ae) {
			why = inputMessage(ae) // in the reader's language, as a single check says it
		}
		line += ": " + strings.TrimPrefix(why, r.path+": ")
	case len(r.fs) > 0:
		var rules []string
		seen := map[string]bool{}
		for _, f := range r.fs {
			if !seen[f.Rule] {
				seen[f.Rule] = true
				rules = append(rules, f.Rule)
			}
		}
		line += ": " + counts(r.fs) + ": " + strings.Join(rules, ", ")
	}
	w.WriteString(safetext.Line(line))
	return w.WriteByte('\n')
}
