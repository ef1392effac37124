package textarea

import (
	"strings"
	"unicode"
)

// heredocDoc is github.com/MakeNowJust/heredoc's Doc (MIT), which the
// upstream tests use: the text without its first newline and its common
// indentation. Copied so as not to add a module for tests.
func heredocDoc(raw string) string {
	skipFirst := false
	if len(raw) > 0 && raw[0] == '\n' {
		raw = raw[1:]
	} else {
		skipFirst = true
	}
	lines := strings.Split(raw, "\n")
	minIndent := int(^uint(0) >> 1)
	for i, line := range lines {
		if i == 0 && skipFirst {
			continue
		}
		indent := 0
		for _, r := range line {
			if !unicode.IsSpace(r) {
				break
			}
			indent++
		}
		if len(line) == indent {
			if i == len(lines)-1 && indent < minIndent {
				lines[i] = ""
			}
		} else if indent < minIndent {
			minIndent = indent
		}
	}
	for i, line := range lines {
		if i == 0 && skipFirst {
			continue
		}
		if len(line) >= minIndent {
			lines[i] = line[minIndent:]
		}
	}
	return strings.Join(lines, "\n")
}
