package answers

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

const full = `version: 1
applicant:
  name: Zoë Ñúñez
  post: montreal
  visa: B1/B2
  canadian_citizen: true
  ds160: AA00ABC123
criterion: relative-emergency
travel_date: 2026-12-02
first_available: 2028-01-15
description: |
  On 2026-11-20 my father was hit by a car in Boston.
  He is in intensive care.
relative:
  name: Paul Tremblay
  relationship: father
  place: Boston, Massachusetts
  situation: life-threatening car accident
  contact: Dr. A. Lee, +1-617-555-0100
companions:
  spouse: true
  children: 2
evidence:
  - Letter from Dr. A. Lee
`

func TestDecodeFull(t *testing.T) {
	a, err := Decode("case.yaml", []byte(full))
	if err != nil {
		t.Fatal(err)
	}
	if a.Applicant.Name != "Zoë Ñúñez" || a.TravelDate != (Date{2026, 12, 2}) || a.Companions.Children != 2 ||
		!a.Companions.Spouse || a.Relative.Contact != "Dr. A. Lee, +1-617-555-0100" || len(a.Evidence) != 1 ||
		!strings.HasSuffix(a.Description, "intensive care.\n") {
		t.Errorf("decoded wrongly: %+v", a)
	}
}

func TestRoundTrip(t *testing.T) {
	a, err := Decode("case.yaml", []byte(full))
	if err != nil {
		t.Fatal(err)
	}
	out, err := Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Decode("again.yaml", out)
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if !reflect.DeepEqual(a, b) {
		t.Errorf("round trip changed the case:\n%+v\n%+v\n%s", a, b, out)
	}
	if strings.Contains(string(out), "student:") || strings.Contains(string(out), "medical:") {
		t.Errorf("empty sections were written:\n%s", out)
	}
}

func TestDecodeJSONAndCRLFAndBOM(t *testing.T) {
	inputs := map[string]string{
		"json":      `{"version": 1, "applicant": {"name": "Jane"}, "travel_date": "2026-12-02", "evidence": ["a"]}`,
		"crlf":      "version: 1\r\napplicant:\r\n  name: Jane\r\ntravel_date: 2026-12-02\r\nevidence:\r\n  - a\r\n",
		"bom":       "\ufeffversion: 1\napplicant:\n  name: Jane\ntravel_date: 2026-12-02\nevidence: [a]\n",
		"noversion": "applicant:\n  name: Jane\ntravel_date: 2026-12-02\nevidence: [a]\n",
	}
	for name, in := range inputs {
		a, err := Decode(name, []byte(in))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if a.Applicant.Name != "Jane" || a.TravelDate != (Date{2026, 12, 2}) || a.Version != 1 || len(a.Evidence) != 1 {
			t.Errorf("%s: decoded wrongly: %+v", name, a)
		}
	}
}

func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		name, in string
		line     int
		want     string
	}{
		{"empty", "  \n", 0, "the file is empty"},
		{"comment only", "# nothing\n", 0, "the file is empty"},
		{"unknown key", "version: 1\napplicant:\n  nmae: Jane\n", 3, `unknown key "nmae" in applicant; did you mean "name"?`},
		{"unknown top key", "version: 1\nfoo: bar\n", 2, `unknown key "foo" at the top level; the keys here are: version, applicant`},
		{"bad date", "travel_date: 2026-02-30\n", 1, `travel_date: "2026-02-30" is not a real date`},
		{"date written otherwise", "version: 1\nfirst_available: 12/02/2026\n", 2, "first_available"},
		{"wrong type bool", "applicant:\n  canadian_citizen: maybe\n", 2, "applicant.canadian_citizen must be true or false"},
		{"wrong type int", "companions:\n  children: two\n", 2, "companions.children must be a whole number"},
		{"negative int", "companions:\n  children: -1\n", 2, "companions.children must be a whole number"},
		{"string given a map", "description:\n  a: b\n", 2, "description must be text, not a set of keys"},
		{"list given text", "evidence: a letter\n", 1, "evidence must be a list"},
		{"section given a list", "relative:\n  - a\n", 2, "relative must be a set of keys"},
		{"root is a list", "- a\n- b\n", 1, "the file must be a set of keys"},
		{"broken yaml", "applicant:\n  name: [Jane\n", 0, "this is not valid YAML"},
		{"bad indentation", "applicant:\n  name: Jane\n post: x\n", 2, "this is not valid YAML"},
		{"duplicate", "criterion: student\ncriterion: student\n", 2, "criterion is given twice"},
		{"alias", "applicant:\n  name: &n Jane\nrelative:\n  name: *n\n", 4, "aliases"},
		{"two documents", "version: 1\n---\nversion: 1\n", 2, "more than one YAML document"},
		{"version 2", "version: 2\n", 1, "format version 1, not 2"},
		{"binary", "version: 1\n\x00\x01\x02", 2, "not a text file"},
		{"latin-1", "version: 1\napplicant:\n  name: Zo\xeb\n", 3, "not UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode("f.yaml", []byte(tt.in))
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("want *Error, got %v", err)
			}
			if !strings.Contains(e.Msg, tt.want) {
				t.Errorf("message %q does not contain %q", e.Msg, tt.want)
			}
			if tt.line != 0 && e.Line != tt.line {
				t.Errorf("line %d, want %d (%s)", e.Line, tt.line, e)
			}
			if strings.Contains(e.Error(), "\n") || !strings.HasPrefix(e.Error(), "f.yaml:") {
				t.Errorf("not one line naming the file: %q", e.Error())
			}
		})
	}
}

func TestReadCapsSize(t *testing.T) {
	_, err := Read("big.yaml", strings.NewReader("description: "+strings.Repeat("a", MaxSize)))
	if err == nil || !strings.Contains(err.Error(), "larger than 4 MiB") {
		t.Errorf("want a size error, got %v", err)
	}
}

func TestReadFileErrors(t *testing.T) {
	if _, err := ReadFile(t.TempDir() + "/missing.yaml"); err == nil || !strings.Contains(err.Error(), "missing.yaml: no such file") {
		t.Errorf("got %v", err)
	}
	if _, err := ReadFile(t.TempDir()); err == nil || !strings.Contains(err.Error(), "is a folder") {
		t.Errorf("got %v", err)
	}
}

func TestDates(t *testing.T) {
	d := Date{2026, 12, 25}
	if got := d.AddDays(10).String(); got != "2027-01-04" {
		t.Errorf("AddDays: %s", got)
	}
	if !d.Before(Date{2026, 12, 26}) || d.Before(d) {
		t.Error("Before is wrong")
	}
	if n := d.DaysUntil(Date{2027, 1, 4}); n != 10 {
		t.Errorf("DaysUntil = %d", n)
	}
	if d.Long() != "December 25, 2026" || (Date{}).String() != "" {
		t.Error("formatting is wrong")
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte(full))
	f.Add([]byte("a: &a [*a, *a]\nb: *a\n"))
	f.Add([]byte("{\"version\": 1}"))
	f.Add([]byte("travel_date: 2026-02-30"))
	f.Add([]byte(strings.Repeat("[", 5000)))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := Decode("fuzz.yaml", data)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || strings.Contains(err.Error(), "\n") {
				t.Fatalf("error is not a one-line *Error: %q", err)
			}
			return
		}
		out, err := Marshal(a)
		if err != nil {
			t.Fatalf("marshal: %v", err)
		}
		b, err := Decode("again.yaml", out)
		if err != nil {
			t.Fatalf("re-decode: %v\n%s", err, out)
		}
		if !reflect.DeepEqual(a, b) {
			t.Fatalf("round trip changed the case:\n%+v\n%+v", a, b)
		}
	})
}
