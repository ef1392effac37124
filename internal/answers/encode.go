package answers

import (
	"bytes"
	"fmt"
	"reflect"
	"strings"
	"unicode/utf8"

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
	validText(reflect.ValueOf(&c).Elem())
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

// validText replaces the bytes that are not UTF-8 in every text of v (a
// copy: lists are copied before they change).
func validText(v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		if s := v.String(); !utf8.ValidString(s) {
			v.SetString(strings.ToValidUTF8(s, "\ufffd"))
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				validText(v.Field(i))
			}
		}
	case reflect.Slice:
		if v.Type().Elem().Kind() == reflect.String && !v.IsNil() {
			c := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
			reflect.Copy(c, v)
			v.Set(c)
			for i := range c.Len() {
				validText(c.Index(i))
			}
		}
	}
}
