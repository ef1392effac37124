package answers

import (
	"bytes"
	"fmt"

	"go.yaml.in/yaml/v3"
)

// Header is the first line of every answers file expedite writes.
const Header = "# expedite answers file, format version 1. Check it with: expedite check FILE\n"

// Marshal writes a as an answers file that Decode reads back unchanged.
func Marshal(a *Answers) ([]byte, error) {
	c := *a
	c.Version = FormatVersion
	var buf bytes.Buffer
	buf.WriteString(Header)
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(&c); err != nil {
		return nil, fmt.Errorf("encode answers: %w", err)
	}
	if err := enc.Close(); err != nil {
		return nil, fmt.Errorf("encode answers: %w", err)
	}
	return buf.Bytes(), nil
}
