package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// BenchmarkBatch screens a folder of 1,000 cases (the examples, copied) in
// one process, as 'expedite check DIR' does; cases/s is what the README
// reports.
func BenchmarkBatch(b *testing.B) {
	dir := b.TempDir()
	names, _ := filepath.Glob("../../examples/*.yaml")
	const n = 1000
	for i := range n {
		src, err := os.ReadFile(names[i%len(names)])
		if err != nil {
			b.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("%04d-%s", i, filepath.Base(names[i%len(names)]))), src, 0o600)
	}
	e := &env{stdin: strings.NewReader(""), stdout: io.Discard, stderr: io.Discard, getenv: func(string) string { return "" },
		now: func() time.Time { return time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC) }}
	for b.Loop() {
		if code := Main([]string{"check", dir}, e); code != exitFindings {
			b.Fatalf("exit %d", code)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "cases/s")
}

// TestBatchOrderAndWorst: many cases screened in parallel still print in
// name order, one line each, and one unreadable file among them makes the
// exit code 2 without hiding the others.
func TestBatchOrderAndWorst(t *testing.T) {
	dir := t.TempDir()
	names, _ := filepath.Glob("../../examples/*.yaml")
	var want []string
	for i := range 300 {
		src, err := os.ReadFile(names[i%len(names)])
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Join(dir, fmt.Sprintf("%03d.yaml", i))
		if i == 150 {
			src = []byte("criterion: [") // not valid YAML
		}
		if err := os.WriteFile(name, src, 0o600); err != nil {
			t.Fatal(err)
		}
		want = append(want, name+": ")
	}
	code, stdout, stderr := run(t, "", "check", "--today", "2026-11-23", dir)
	lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
	if code != exitInput || stderr != "expedite: 1 of 300 files could not be read\n" {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
	if len(lines) != len(want) {
		t.Fatalf("%d lines for %d cases", len(lines), len(want))
	}
	for i, l := range lines {
		if !strings.HasPrefix(l, want[i]) {
			t.Fatalf("line %d is %q, want it to start %q", i, l, want[i])
		}
	}
	if !strings.HasPrefix(lines[150], want[150]+"unreadable: ") {
		t.Errorf("the broken file reads %q", lines[150])
	}
}
