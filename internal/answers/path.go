package answers

import (
	"reflect"
	"strconv"
	"strings"
)

// Paths lists every key path of the answers file in file order
// ("applicant.name", ..., "facts"): what the catalog's field table must
// describe, no more, no less.
func Paths() []string {
	var ps []string
	var walk func(t reflect.Type, prefix string)
	walk = func(t reflect.Type, prefix string) {
		for i := range t.NumField() {
			name, _, _ := strings.Cut(t.Field(i).Tag.Get("yaml"), ",")
			ft := t.Field(i).Type
			if ft.Kind() == reflect.Struct && ft != dateType {
				walk(ft, prefix+name+".")
				continue
			}
			ps = append(ps, prefix+name)
		}
	}
	walk(reflect.TypeFor[Answers](), "")
	return ps
}

// field finds the value at a key path, or an invalid Value.
func (a *Answers) field(path string) reflect.Value {
	v := reflect.ValueOf(a).Elem()
	for _, part := range strings.Split(path, ".") {
		if v.Kind() != reflect.Struct || v.Type() == dateType {
			return reflect.Value{}
		}
		idx, ok := structFields(v.Type())[part]
		if !ok {
			return reflect.Value{}
		}
		v = v.Field(idx)
	}
	return v
}

// Get returns the value at a key path as text: a date as YYYY-MM-DD, a
// yes/no as true or false, a list one item a line, a catalog fact
// (facts.<id>) from the facts map. Unknown paths and unset values give "".
func (a *Answers) Get(path string) string {
	if id, ok := strings.CutPrefix(path, "facts."); ok {
		return a.Facts[id]
	}
	v := a.field(path)
	if v.IsValid() && v.Kind() == reflect.Pointer {
		v = v.Elem() // nil: not answered, invalid
	}
	if !v.IsValid() {
		return ""
	}
	switch v.Kind() {
	case reflect.String:
		return v.String()
	case reflect.Bool:
		return strconv.FormatBool(v.Bool())
	case reflect.Int:
		return strconv.Itoa(int(v.Int()))
	case reflect.Slice:
		return strings.Join(v.Interface().([]string), "\n")
	}
	if d, ok := v.Interface().(Date); ok {
		return d.String()
	}
	return ""
}

// Set stores a text value at a key path: dates are parsed (a value that is
// not a date leaves the date unset), yes/no and numbers likewise. It
// reports whether the path exists.
func (a *Answers) Set(path, value string) bool {
	if id, ok := strings.CutPrefix(path, "facts."); ok {
		if a.Facts == nil {
			a.Facts = map[string]string{}
		}
		if value == "" {
			delete(a.Facts, id)
		} else {
			a.Facts[id] = value
		}
		return true
	}
	v := a.field(path)
	if !v.IsValid() || !v.CanSet() {
		return false
	}
	if v.Kind() == reflect.Pointer { // "" leaves the answer absent
		if value == "" {
			v.SetZero()
			return true
		}
		v.Set(reflect.New(v.Type().Elem()))
		v = v.Elem()
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString(value)
	case reflect.Bool:
		b, _ := strconv.ParseBool(value)
		v.SetBool(b)
	case reflect.Int:
		n, _ := strconv.Atoi(value)
		v.SetInt(int64(max(n, 0)))
	case reflect.Slice:
		var items []string
		for _, ln := range strings.Split(value, "\n") {
			if ln = strings.TrimSpace(ln); ln != "" {
				items = append(items, ln)
			}
		}
		v.Set(reflect.ValueOf(items))
	default:
		if v.Type() == dateType {
			d, _ := ParseDate(strings.TrimSpace(value))
			v.Set(reflect.ValueOf(d))
		} else {
			return false
		}
	}
	return true
}

// Clone returns a deep copy of a.
func (a *Answers) Clone() *Answers {
	c := *a
	c.Evidence = append([]string(nil), a.Evidence...)
	if a.Facts != nil {
		c.Facts = make(map[string]string, len(a.Facts))
		for k, v := range a.Facts {
			c.Facts[k] = v
		}
	}
	return &c
}
