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
