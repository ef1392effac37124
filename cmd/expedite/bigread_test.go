package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadBigText: a text of a huge page or more (read into huge pages on
// Linux) comes back byte for byte, and is still refused when it is not
// UTF-8 or too large; a small one is read the usual way.
func TestReadBigText(t *testing.T) {
	dir := t.TempDir()
	para := "My father, Paul Tremblay, was hit by a car in Boston on 2026-11-20; é à « ».\n\n"
	big := strings.Repeat(para, (3<<20)/len(para))
	for _, tc := range []struct {
		name, content, err string
	}{
		{"small", para, ""},
		{"big", big, ""},
		{"exactly the limit", big + strings.Repeat("x", 4<<20-len(big)), ""},
		{"big, not UTF-8", big + "Zo\xeb", "not UTF-8"},
		{"too large", big + strings.Repeat("x", 4<<20-len(big)+1), "larger than 4 MiB"},
	} {
		path := filepath.Join(dir, strings.ReplaceAll(tc.name, " ", "-")+".txt")
		if err := os.WriteFile(path, []byte(tc.content), 0o600); err != nil {
			t.Fatal(err)
		}
		text, name, err := readText(path, &env{})
		switch {
		case tc.err == "" && err != nil:
			t.Errorf("%s: %v", tc.name, err)
		case tc.err == "" && (text != tc.content || name != path):
			t.Errorf("%s: read %d bytes as %q, want %d bytes as %q", tc.name, len(text), name, len(tc.content), path)
		case tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)):
			t.Errorf("%s: error %v, want one saying %q", tc.name, err, tc.err)
		}
	}
}
