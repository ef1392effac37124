package eval

import (
	"fmt"
	"reflect"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/expedite/expedite/internal/answers"
)

// The dates every case is judged at (CORPUS.md): today, the travel date and
// the first available regular appointment.
const (
	Today          = "2026-11-25"
	TravelDate     = "2026-12-10"
	FirstAvailable = "2028-03-01"
)

// neutral is what an item leaves unsaid: valid values that carry no
// signal, so only the description and the item's own fields are judged.
const neutral = "see the description"

// defaults returns the answers-file keys of a complete, valid case for a
// criterion, before the item's fields.
func defaults(criterion string) map[string]string {
	v := map[string]string{
		"version":                    "1",
		"applicant.name":             "Alex Martin",
		"applicant.post":             "montreal",
		"applicant.visa":             "B1/B2",
		"applicant.canadian_citizen": "true",
		"applicant.ds160":            "AA00ABC123",
		"criterion":                  criterion,
		"travel_date":                TravelDate,
		"first_available":            FirstAvailable,
	}
	switch criterion {
	case "relative-emergency":
		v["relative.name"] = "Jordan Martin"
		v["relative.relationship"] = "father"
		v["relative.place"] = neutral
		v["relative.situation"] = neutral
		v["relative.contact"] = "Dr. Sam Lee, +1 617 555 0100"
	case "medical-treatment":
		v["patient"] = "self"
		v["medical.condition"] = neutral
		v["medical.provider"] = neutral
		v["medical.date"] = "2026-12-08"
	case "student":
		v["applicant.visa"] = "F-1"
		v["student.sevis_id"] = "N0012345678"
		v["student.program_start"] = "2027-01-11"
		v["student.form"] = "I-20"
		v["student.school"] = neutral
	case "urgent-business", "significant-event":
		v["event.what"] = neutral
		v["event.where"] = neutral
		v["event.date"] = "2026-12-12"
		v["event.organiser"] = neutral
		v["event.unforeseen"] = neutral
	}
	return v
}

// Case builds the answers of an item: the defaults, the item's fields on
// top, its description and one piece of evidence. Fields the answers
// format of this build does not know yet are left out and returned.
func Case(it Item) (*answers.Answers, []string, error) {
	v := defaults(it.Criterion)
	var skipped []string
	for k, val := range it.Fields {
		if !known(k) {
			skipped = append(skipped, k)
			continue
		}
		v[k] = val
	}
	root := map[string]any{}
	for k, val := range v {
		var x any = val
		switch k {
		case "version":
			x = 1
		case "applicant.canadian_citizen":
			x = true
		}
		set(root, strings.Split(k, "."), x)
	}
	root["description"] = it.Description
	root["evidence"] = []string{"Letter (" + neutral + ")"}
	data, err := yaml.Marshal(root)
	if err != nil {
		return nil, nil, fmt.Errorf("eval: %s: %w", it.ID, err)
	}
	a, err := answers.Decode(it.ID, data)
	if err != nil {
		return nil, nil, fmt.Errorf("eval: %s: the built case does not decode: %w", it.ID, err)
	}
	return a, skipped, nil
}

func set(m map[string]any, path []string, v any) {
	for _, p := range path[:len(path)-1] {
		sub, ok := m[p].(map[string]any)
		if !ok {
			sub = map[string]any{}
			m[p] = sub
		}
		m = sub
	}
	m[path[len(path)-1]] = v
}

// known reports whether the answers format of this build has a key.
func known(key string) bool {
	t := reflect.TypeFor[answers.Answers]()
	for _, part := range strings.Split(key, ".") {
		if t.Kind() != reflect.Struct {
			return false
		}
		found := false
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if strings.Split(f.Tag.Get("yaml"), ",")[0] == part {
				t, found = f.Type, true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}
