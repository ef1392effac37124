package answers

import (
	"bytes"
	"fmt"
	"reflect"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Header is the first line of every answers file expedite writes.
const Header = "# expedite answers file, format version 1. Check it with: expedite check FILE\n"

// Marshal writes a as an answers file that Decode reads back unchanged.
// Text is always written as text: bytes that are not UTF-8 (which the
// readers refuse before they get here) become U+FFFD, never a !!binary
// value that would come back as base64.
func Marshal(a *Answers) ([]byte, error) {
	c := *a
	c.Version = FormatVersion
	eachText(reflect.ValueOf(&c).Elem(), func(s string) string { return strings.ToValidUTF8(s, "\ufffd") })
	// Texts of several lines that the YAML library could write as a block
	// it cannot read back (FuzzSaveRoundTrip found "\t\n", and "\n0" in a
	// list) stand in as placeholders, then go in double quotes.
	prefix := "expedite-quoted-"
	eachText(reflect.ValueOf(&c).Elem(), func(s string) string {
		for strings.HasPrefix(s, prefix) {
			prefix += "x" // a placeholder never equals a text of the case
		}
		return s
	})
	quoted := map[string]string{}
	eachText(reflect.ValueOf(&c).Elem(), func(s string) string {
		if !strings.Contains(s, "\n") || plainBlock(s) {
			return s
		}
		key := fmt.Sprintf("%s%d", prefix, len(quoted))
		quoted[key] = s
		return key
	})
	var doc yaml.Node
	if err := doc.Encode(&c); err != nil {
		return nil, fmt.Errorf("encode answers: %w", err)
	}
	if len(quoted) > 0 {
		restoreQuoted(&doc, quoted)
	}
	var buf bytes.Buffer
	buf.WriteString(Header)
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(&doc); err != nil {
		return nil, fmt.Errorf("encode answers: %w", err)
	}
	if err := enc.Close(); err != nil {
		return nil, fmt.Errorf("encode answers: %w", err)
	}
	return buf.Bytes(), nil
}

// eachText replaces every text of v with f(text) (v is a copy: lists are
// copied before they change).
func eachText(v reflect.Value, f func(string) string) {
	switch v.Kind() {
	case reflect.String:
		if s := v.String(); f(s) != s {
			v.SetString(f(s))
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				eachText(v.Field(i), f)
			}
		}
	case reflect.Pointer:
		if !v.IsNil() && v.Elem().Kind() == reflect.String {
			p := reflect.New(v.Elem().Type())
			p.Elem().Set(v.Elem())
			v.Set(p)
			eachText(p.Elem(), f)
		}
	case reflect.Slice:
		if v.Type().Elem().Kind() == reflect.String && !v.IsNil() {
			c := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
			reflect.Copy(c, v)
			v.Set(c)
			for i := range c.Len() {
				eachText(c.Index(i), f)
			}
		}
	}
}

// restoreQuoted puts the texts back in place of their placeholders, in
// double quotes.
func restoreQuoted(n *yaml.Node, quoted map[string]string) {
	if s, ok := quoted[n.Value]; ok && n.Kind == yaml.ScalarNode {
		n.Value, n.Style = s, yaml.DoubleQuotedStyle
	}
	for _, c := range n.Content {
		restoreQuoted(c, quoted)
	}
}

// plainBlock reports a text of several lines that reads back the same as a
// YAML literal block: it starts with a visible character, and holds no tab,
// carriage return, byte-order mark or other line break than "\n".
func plainBlock(s string) bool {
	return s != "" && s[0] != ' ' && s[0] != '\n' && !strings.ContainsAny(s, "\t\r\u0085\u2028\u2029\ufeff")
}
