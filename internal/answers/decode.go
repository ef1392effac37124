package answers

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/expedite/expedite/internal/catalog"
	"github.com/expedite/expedite/internal/safefile"
	"github.com/expedite/expedite/internal/suggest"
)

// MaxSize is the largest answers file read. A real case is a few KiB.
const MaxSize = 4 << 20

// Error is a problem with the answers file itself: it cannot be read, is not
// YAML, or has a key or value of the wrong kind. Line is 0 when no single
// line is to blame.
type Error struct {
	File string
	Line int
	Msg  string
	// ID and Args name the message in the message files (input.ID) for
	// the command line to word in the reader's language; Msg is English.
	// Args may hold "field" (a path, "" for the whole file), "kind" (list,
	// keys, alias or "" for a value), "value", "hint" (input.hint.HINT).
	ID   string
	Args map[string]any
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

// ReadFile reads and decodes the answers file at path.
func ReadFile(path string) (*Answers, error) {
	f, err := safefile.OpenRegular(path) // never a FIFO, a device, a folder
	if err != nil {
		msg, id := openMessage(err)
		e := &Error{File: path, Msg: msg, ID: id}
		var nr *safefile.NotRegularError
		if errors.As(err, &nr) {
			e.Args = map[string]any{"mode": nr.Mode}
		}
		return nil, e
	}
	defer f.Close()
	return readFile(path, f)
}

func openMessage(err error) (msg, id string) {
	var nr *safefile.NotRegularError
	if errors.As(err, &nr) {
		return fmt.Sprintf("is %s, not an answers file", safefile.Kind(nr.Mode)), "not-regular"
	}
	switch {
	case errors.Is(err, os.ErrNotExist):
		return "no such file", "no-such-file"
	case errors.Is(err, os.ErrPermission):
		return "permission denied: expedite may not read this file", "permission"
	}
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error(), ""
	}
	return err.Error(), ""
}

// Read decodes an answers file from r, reading at most MaxSize bytes. name
// is used in error messages.
func Read(name string, r io.Reader) (*Answers, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxSize+1))
	if err != nil {
		return nil, &Error{File: name, Msg: "cannot read: " + err.Error()}
	}
	if len(data) > MaxSize {
		return nil, &Error{File: name, Msg: fmt.Sprintf("is larger than %d MiB; an answers file is a few KiB, is this the right file?", MaxSize>>20)}
	}
	return Decode(name, data)
}

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// Decode reads one answers file's bytes strictly: unknown keys, values of
// the wrong kind, aliases and broken YAML are errors naming the line.
func Decode(name string, data []byte) (*Answers, error) {
	data = bytes.TrimPrefix(data, utf8BOM)
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, &Error{File: name, Msg: "the file is empty; an answers file starts with 'version: 1' (see examples/)", ID: "empty"}
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return nil, &Error{File: name, Line: lineAt(data, i), Msg: "this is not a text file (it holds NUL bytes)", ID: "nul"}
	}
	if !utf8.Valid(data) {
		i := firstInvalidUTF8(data)
		return nil, &Error{File: name, Line: lineAt(data, i), Msg: "the text is not UTF-8; save the file as UTF-8 and try again", ID: "not-utf8"}
	}
	if line := tooManyTokens(data); line > 0 {
		return nil, &Error{File: name, Line: line, Msg: fmt.Sprintf("too many lines and list items (over %s by here); an answers file is a few KiB: is this the right file?", thousands(maxTokens))}
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err == io.EOF {
		return nil, &Error{File: name, Msg: "the file is empty; an answers file starts with 'version: 1' (see examples/)", ID: "empty"}
	} else if err != nil {
		return nil, yamlError(name, err)
	}
	var more yaml.Node
	if err := dec.Decode(&more); err == nil {
		return nil, &Error{File: name, Line: more.Line, Msg: "the file holds more than one YAML document ('---'); keep one case per file", ID: "two-documents"}
	} else if err != io.EOF {
		return nil, yamlError(name, err)
	}
	root := &doc
	if root.Kind == yaml.DocumentNode {
		if len(root.Content) == 0 {
			return nil, &Error{File: name, Msg: "the file is empty; an answers file starts with 'version: 1' (see examples/)", ID: "empty"}
		}
		root = root.Content[0]
	}
	var a Answers
	if err := decodeValue(root, reflect.ValueOf(&a).Elem(), ""); err != nil {
		var fe *fieldError
		if errors.As(err, &fe) {
			return nil, &Error{File: name, Line: fe.line, Msg: fe.msg, ID: fe.id, Args: fe.args}
		}
		return nil, &Error{File: name, Msg: err.Error()}
	}
	switch a.Version {
	case 0:
		a.Version = FormatVersion
	case FormatVersion:
	default:
		return nil, &Error{File: name, Line: keyLine(root, "version"), Msg: fmt.Sprintf("version: this expedite reads format version %d, not %d", FormatVersion, a.Version),
			ID: "version", Args: map[string]any{"want": FormatVersion, "got": a.Version}}
	}
	return &a, nil
}

// yamlHints say in plain words what usually causes a parser message.
var yamlHints = map[string]string{
	"indent": " (check the indentation here and on the next line: keys of one section line up, with spaces)",
	"colon":  " (a value holds ': '; put the whole value in quotes, or use 'description: |' for text)",
	"tab":    " (tabs cannot indent YAML; use spaces)",
}

// yamlHint names the hint for a parser message ("" when there is none).
func yamlHint(msg string) string {
	switch {
	case strings.Contains(msg, "did not find expected key"), strings.Contains(msg, "did not find expected '-' indicator"):
		return "indent"
	case strings.Contains(msg, "mapping values are not allowed"):
		return "colon"
	case strings.Contains(msg, "found character that cannot start any token"):
		return "tab"
	}
	return ""
}

var yamlLineRE = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// yamlError turns the YAML library's parse error, which carries its line
// only in its text, into an Error.
func yamlError(name string, err error) error {
	msg := err.Error()
	if m := yamlLineRE.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[1])
		hint := yamlHint(m[2])
		return &Error{File: name, Line: line, Msg: "this is not valid YAML: " + m[2] + yamlHints[hint],
			ID: "yaml", Args: map[string]any{"problem": m[2], "hint": hint}}
	}
	problem := strings.TrimPrefix(msg, "yaml: ")
	return &Error{File: name, Msg: "this is not valid YAML: " + problem, ID: "yaml", Args: map[string]any{"problem": problem, "hint": ""}}
}

type fieldError struct {
	line int
	msg  string
	id   string
	args map[string]any
}

func (e *fieldError) Error() string { return e.msg }

func errAt(n *yaml.Node, format string, args ...any) error {
	return &fieldError{line: n.Line, msg: fmt.Sprintf(format, args...)}
}

// errID is errAt with the message's id and arguments (see Error).
func errID(n *yaml.Node, id string, args map[string]any, format string, a ...any) error {
	return &fieldError{line: n.Line, msg: fmt.Sprintf(format, a...), id: id, args: args}
}

// kindArgs are the arguments of a "must be X, not Y" message.
func kindArgs(path string, n *yaml.Node) map[string]any {
	kind := ""
	switch n.Kind {
	case yaml.MappingNode:
		kind = "keys"
	case yaml.SequenceNode:
		kind = "list"
	case yaml.AliasNode:
		kind = "alias"
	}
	return map[string]any{"field": path, "kind": kind, "value": clipValue(n.Value)}
}

// clipValue cuts a value shown in a message to 60 characters.
func clipValue(s string) string {
	if r := []rune(s); len(r) > 60 {
		return string(r[:60]) + "…"
	}
	return s
}

var dateType = reflect.TypeFor[Date]()

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a set of keys"
	case yaml.SequenceNode:
		return "a list"
	case yaml.AliasNode:
		return "an alias"
	}
	return quote(n.Value)
}

func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.Tag == "!!null"
}

// decodeValue sets v from n. path names the value in messages ("" for the root).
func decodeValue(n *yaml.Node, v reflect.Value, path string) error {
	if n.Kind == yaml.AliasNode {
		return errAt(n, "%s: anchors and aliases (*%s) are not supported in answers files; write the value out", label(path), strings.Trim(quote(n.Value), `"`))
	}
	if isNull(n) {
		return nil // an empty value leaves the field unset
	}
	if v.Type() == dateType {
		if n.Kind != yaml.ScalarNode {
			return errID(n, "not-date", kindArgs(path, n), "%s must be a date written YYYY-MM-DD, not %s", label(path), kindName(n))
		}
		d, err := ParseDate(n.Value)
		if err != nil {
			return errID(n, "not-real-date", kindArgs(path, n), "%s: %s is not a real date written YYYY-MM-DD (for example 2026-12-02)", label(path), quote(n.Value))
		}
		v.Set(reflect.ValueOf(d))
		return nil
	}
	switch v.Kind() {
	case reflect.Pointer: // an answer that may be absent (a yes/no not answered yet)
		e := reflect.New(v.Type().Elem())
		if err := decodeValue(n, e.Elem(), path); err != nil {
			return err
		}
		v.Set(e)
	case reflect.Struct:
		return decodeStruct(n, v, path)
	case reflect.String:
		if n.Kind != yaml.ScalarNode {
			return errID(n, "not-text", kindArgs(path, n), "%s must be text, not %s", label(path), kindName(n))
		}
		if n.Tag == "!!binary" {
			return errAt(n, "%s: binary values (!!binary) are not read; write the text itself, in UTF-8", label(path))
		}
		if err := checkText(path, n.Value); err != nil {
			return errAt(n, "%s", err)
		}
		v.SetString(n.Value)
	case reflect.Bool:
		b, err := strconv.ParseBool(n.Value)
		if n.Kind != yaml.ScalarNode || err != nil || (n.Value != "true" && n.Value != "false") {
			return errID(n, "not-bool", kindArgs(path, n), "%s must be true or false, not %s", label(path), kindName(n))
		}
		v.SetBool(b)
	case reflect.Int:
		i, err := strconv.Atoi(n.Value)
		if n.Kind != yaml.ScalarNode || err != nil || i < 0 || i > 99 {
			return errID(n, "not-number", kindArgs(path, n), "%s must be a whole number from 0 to 99, not %s", label(path), kindName(n))
		}
		v.SetInt(int64(i))
	case reflect.Slice:
		if n.Kind != yaml.SequenceNode {
			return errID(n, "not-list", kindArgs(path, n), "%s must be a list, one item a line starting with '- ', not %s", label(path), kindName(n))
		}
		if err := checkCount(path, len(n.Content)); err != nil {
			return errAt(n, "%s", err)
		}
		s := reflect.MakeSlice(v.Type(), 0, len(n.Content))
		for i, item := range n.Content {
			e := reflect.New(v.Type().Elem()).Elem()
			if err := decodeValue(item, e, fmt.Sprintf("%s[%d]", path, i+1)); err != nil {
				return err
			}
			s = reflect.Append(s, e)
		}
		v.Set(s)
	case reflect.Map:
		return decodeFacts(n, v, path)
	default:
		return fmt.Errorf("answers: unsupported field kind %s at %s", v.Kind(), path)
	}
	return nil
}

// decodeFacts reads the facts map: plain keys, each a line of text or a
// date (dates stay text here; the engine checks them).
func decodeFacts(n *yaml.Node, v reflect.Value, path string) error {
	if n.Kind != yaml.MappingNode {
		return errID(n, "not-keys", kindArgs(path, n), "%s must be a set of keys (key: value), not %s", label(path), kindName(n))
	}
	m := reflect.MakeMapWithSize(v.Type(), len(n.Content)/2)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode || !factKeyRE.MatchString(k.Value) {
			return errAt(k, "%s: a key must be a plain word in lower case, such as esta_denied_on", label(path))
		}
		if _, ok := catalog.Default().Field(path + "." + k.Value); !ok {
			return unknownFact(k, path)
		}
		if m.MapIndex(reflect.ValueOf(k.Value)).IsValid() {
			return errID(k, "twice", map[string]any{"field": path + "." + k.Value}, "%s.%s is given twice; keep one", path, k.Value)
		}
		if isNull(val) {
			continue
		}
		if val.Kind != yaml.ScalarNode {
			return errAt(val, "%s.%s must be text, not %s", path, k.Value, kindName(val))
		}
		m.SetMapIndex(reflect.ValueOf(k.Value), reflect.ValueOf(val.Value))
	}
	v.Set(m)
	return nil
}

var factKeyRE = regexp.MustCompile(`^[a-z][a-z0-9_]*$`)

// unknownFact names the facts the catalog's criteria define.
func unknownFact(k *yaml.Node, path string) error {
	key := k.Value
	known := map[string]int{}
	for _, co := range catalog.Default().Countries {
		for _, cr := range co.Criteria {
			for _, f := range cr.Facts {
				if id, ok := strings.CutPrefix(f.Field, path+"."); ok {
					if _, dup := known[id]; !dup {
						known[id] = len(known)
					}
				}
			}
		}
	}
	if len(known) == 0 {
		return errAt(k, "unknown key %q in %s; no criterion of this expedite has facts under %s", key, path, path)
	}
	return unknownKey(k, key, path, known)
}

func label(path string) string {
	if path == "" {
		return "the file"
	}
	return path
}

func decodeStruct(n *yaml.Node, v reflect.Value, path string) error {
	if n.Kind != yaml.MappingNode {
		what := "the file"
		if path != "" {
			what = path
		}
		return errAt(n, "%s must be a set of keys (key: value), not %s", what, kindName(n))
	}
	fields := structFields(v.Type())
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			return errAt(k, "%s: a key must be a plain word", label(path))
		}
		key := k.Value
		full := key
		if path != "" {
			full = path + "." + key
		}
		idx, ok := fields[key]
		if !ok {
			return unknownKey(k, key, path, fields)
		}
		if seen[key] {
			return errID(k, "twice", map[string]any{"field": full}, "%s is given twice; keep one", full)
		}
		seen[key] = true
		if err := decodeValue(val, v.Field(idx), full); err != nil {
			return err
		}
	}
	return nil
}

// fieldsOf caches structFields: the answers' few struct types are read
// field by field many times a check.
var fieldsOf sync.Map // reflect.Type -> map[string]int

// structFields maps a struct's yaml keys to its field indexes. The map is
// shared: callers must not change it.
func structFields(t reflect.Type) map[string]int {
	if m, ok := fieldsOf.Load(t); ok {
		return m.(map[string]int)
	}
	m := make(map[string]int, t.NumField())
	for i := range t.NumField() {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("yaml"), ",")
		if name != "" && name != "-" {
			m[name] = i
		}
	}
	fieldsOf.Store(t, m)
	return m
}

func unknownKey(k *yaml.Node, key, path string, fields map[string]int) error {
	known := make([]string, 0, len(fields))
	for k := range fields {
		known = append(known, k)
	}
	sort.Slice(known, func(i, j int) bool { return fields[known[i]] < fields[known[j]] })
	where := "at the top level"
	if path != "" {
		where = "in " + path
	}
	if best := suggest.Closest(key, known); best != "" {
		return errID(k, "unknown-key", map[string]any{"key": clipValue(key), "in": path, "best": best},
			"unknown key %s %s; did you mean %q?", quote(key), where, best)
	}
	return errID(k, "unknown-key.list", map[string]any{"key": clipValue(key), "in": path, "keys": strings.Join(known, ", ")},
		"unknown key %s %s; the keys here are: %s", quote(key), where, strings.Join(known, ", "))
}

func keyLine(root *yaml.Node, key string) int {
	for i := 0; i+1 < len(root.Content); i += 2 {
		if root.Content[i].Value == key {
			return root.Content[i].Line
		}
	}
	return 0
}

func lineAt(data []byte, off int) int { return bytes.Count(data[:off], []byte("\n")) + 1 }

func firstInvalidUTF8(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(data)
}
