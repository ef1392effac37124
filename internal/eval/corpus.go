// Package eval measures the screening rules on a labelled corpus of
// descriptions (testdata/corpus, format in its README section and in
// CORPUS.md): it builds a complete, valid case for each item, runs the
// engine's real check, and reports per rule and per language the
// precision, recall and confusion counts, on the whole corpus and on the
// held-out split, with every misjudged item. `make eval` prints it.
package eval

import (
	"bytes"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Scored lists the rule ids the corpus labels, in report order.
var Scored = []string{
	"eligibility.unacceptable-reason",
	"eligibility.foreseeable",
	"eligibility.outside-us",
	"eligibility.not-minor",
	"eligibility.spectator",
	"pitfall.no-specifics",
	"pitfall.asks-for-date",
	"pitfall.vague",
	"pitfall.emotional",
}

// Unlabelled are rules that read the description but that the corpus does
// not label yet: eligibility.not-qualifying fires when neither the
// relative's situation (here "see the description") nor the description
// names a death, an illness or an accident; pitfall.too-long on length.
var Unlabelled = []string{"eligibility.not-qualifying", "pitfall.too-long"}

// Item is one labelled description.
type Item struct {
	ID           string            `yaml:"id"`
	Lang         string            `yaml:"lang"`
	Split        string            `yaml:"split"`
	Criterion    string            `yaml:"criterion"`
	HardNegative bool              `yaml:"hard_negative"`
	Note         string            `yaml:"note"`
	Fields       map[string]string `yaml:"fields,omitempty"`
	Description  string            `yaml:"description"`
	Expect       []string          `yaml:"expect"`

	File string `yaml:"-"` // where it was read, for messages
	Line int    `yaml:"-"`
	// Blind: the item's file is a blind set (every item held out), written
	// by someone who had not seen the engine.
	Blind bool `yaml:"-"`
}

// Heldout reports whether the item is in the held-out split (never look
// at these when improving the rules).
func (it Item) Heldout() bool { return it.Split == "heldout" }

// scoredFor reports whether rule is scored on this item: not-minor and
// spectator only when the item sets the field they read.
func (it Item) scoredFor(rule string) bool {
	switch rule {
	case "eligibility.not-minor":
		return it.Fields["medical.patient_born"] != ""
	case "eligibility.spectator":
		return it.Fields["event.role"] != ""
	}
	return true
}

// FieldKeys are the answers-file keys an item may set.
var FieldKeys = []string{
	"relative.name", "relative.relationship", "relative.place", "relative.situation", "relative.contact",
	"patient", "medical.condition", "medical.provider", "medical.date", "medical.patient_born",
	"student.school", "event.what", "event.where", "event.date", "event.organiser", "event.unforeseen", "event.role",
}

var (
	criterionIDs = []string{"relative-emergency", "medical-treatment", "student", "urgent-business", "significant-event"}
	roles        = []string{"speaker", "competitor", "journalist", "official", "organiser", "performer", "spectator"}
	dateRE       = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	idRE         = regexp.MustCompile(`^(.+)-(\d{3})$`)
)

type file struct {
	Items []yaml.Node `yaml:"items"`
}

// Load reads every *.yaml file of dir in fsys, strictly: unknown keys,
// missing values, bad ids, unknown rule ids, a held-out split that is not
// exactly every fifth item of its file, and duplicate ids are errors
// naming the file, the line and the field.
func Load(fsys fs.FS, dir string) ([]Item, error) {
	names, err := fs.Glob(fsys, path.Join(dir, "*.yaml"))
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	sort.Strings(names)
	var items []Item
	seen := map[string]string{}
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("eval: %w", err)
		}
		got, err := parseFile(name, data)
		if err != nil {
			return nil, err
		}
		for _, it := range got {
			if prev, ok := seen[it.ID]; ok {
				return nil, fmt.Errorf("%s:%d: id: %q already used in %s", it.File, it.Line, it.ID, prev)
			}
			seen[it.ID] = fmt.Sprintf("%s:%d", it.File, it.Line)
		}
		items = append(items, got...)
	}
	return items, nil
}

func parseFile(name string, data []byte) ([]Item, error) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	var f file
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	stem := strings.TrimSuffix(path.Base(name), ".yaml")
	var out []Item
	for _, n := range f.Items {
		var it Item
		if err := n.Decode(&it); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, n.Line, err)
		}
		// Decode ignores unknown keys on a node: check them here.
		for i := 0; i+1 < len(n.Content); i += 2 {
			switch key := n.Content[i].Value; key {
			case "id", "lang", "split", "criterion", "hard_negative", "note", "fields", "description", "expect":
			default:
				return nil, fmt.Errorf("%s:%d: %s: unknown key", name, n.Content[i].Line, key)
			}
		}
		it.File, it.Line = name, n.Line
		if err := it.validate(stem); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, n.Line, err)
		}
		out = append(out, it)
	}
	// A file is a blind set (every item held out) or a mixed one, where
	// exactly every fifth item (005, 010...) is held out.
	blind := true
	for _, it := range out {
		blind = blind && it.Heldout()
	}
	if blind {
		for k := range out {
			out[k].Blind = true
		}
	} else {
		for _, it := range out {
			var num int
			fmt.Sscanf(it.ID[len(it.ID)-3:], "%d", &num)
			if want := num%5 == 0; it.Heldout() != want {
				return nil, fmt.Errorf("%s:%d: split: %q, but item %d of a mixed file is %s (every fifth item is held out)", name, it.Line, it.Split, num, map[bool]string{true: "heldout", false: "train"}[want])
			}
		}
	}
	return out, nil
}

func (it Item) validate(stem string) error {
	m := idRE.FindStringSubmatch(it.ID)
	if m == nil || m[1] != stem {
		return fmt.Errorf("id: %q is not %s-NNN", it.ID, stem)
	}
	switch it.Lang {
	case "en", "fr":
	default:
		return fmt.Errorf("lang: %q is not en or fr", it.Lang)
	}
	if it.Split != "train" && it.Split != "heldout" {
		return fmt.Errorf("split: %q is not train or heldout", it.Split)
	}
	if !slices.Contains(criterionIDs, it.Criterion) {
		return fmt.Errorf("criterion: %q is not one of %s", it.Criterion, strings.Join(criterionIDs, ", "))
	}
	if strings.TrimSpace(it.Note) == "" {
		return fmt.Errorf("note: missing")
	}
	if strings.TrimSpace(it.Description) == "" {
		return fmt.Errorf("description: missing")
	}
	if it.Expect == nil {
		return fmt.Errorf("expect: missing (write [] when no rule is expected)")
	}
	for _, r := range it.Expect {
		if !slices.Contains(Scored, r) {
			return fmt.Errorf("expect: %q is not a scored rule", r)
		}
	}
	for k, v := range it.Fields {
		if !slices.Contains(FieldKeys, k) {
			return fmt.Errorf("fields: %q is not an allowed key", k)
		}
		switch {
		case k == "medical.date" || k == "medical.patient_born" || k == "event.date":
			if !dateRE.MatchString(v) {
				return fmt.Errorf("fields: %s: %q is not YYYY-MM-DD", k, v)
			}
		case k == "patient" && v != "self" && v != "child":
			return fmt.Errorf("fields: patient: %q is not self or child", v)
		case k == "event.role" && !slices.Contains(roles, v):
			return fmt.Errorf("fields: event.role: %q is not one of %s", v, strings.Join(roles, ", "))
		}
	}
	return nil
}
