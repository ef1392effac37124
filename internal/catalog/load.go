package catalog

import (
	"bytes"
	"fmt"
	"github.com/expedite/expedite/internal/prose"
	"io/fs"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"text/template"
	"time"

	"go.yaml.in/yaml/v3"
)

// Error is a defect in a catalog file: the file, the key (a path such as
// criteria[2].title) and what is wrong.
type Error struct {
	File string
	Line int
	Key  string
	Msg  string
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	b.WriteString(": ")
	if e.Key != "" {
		b.WriteString(e.Key + ": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

type rootFile struct {
	Languages      []string `yaml:"languages"`
	DefaultCountry string   `yaml:"default_country"`
	Countries      []string `yaml:"countries"`
}

type fieldsFile struct {
	Fields []*Field `yaml:"fields"`
}

type criteriaFile struct {
	Criteria []*Criterion `yaml:"criteria"`
}

type reasonsFile struct {
	Reasons []*Reason `yaml:"reasons"`
}

// Load reads and validates a catalog from fsys: catalog.yaml, fields.yaml,
// and for each country <id>/country.yaml, <id>/criteria.yaml and
// <id>/reasons.yaml. Unknown keys, missing languages, dangling ids and
// templates that do not parse are errors naming the file and the key.
func Load(fsys fs.FS) (*Catalog, error) {
	var root rootFile
	if err := decodeFile(fsys, "catalog.yaml", &root); err != nil {
		return nil, err
	}
	c := &Catalog{Languages: root.Languages, DefaultCountry: root.DefaultCountry}
	var ff fieldsFile
	if err := decodeFile(fsys, "fields.yaml", &ff); err != nil {
		return nil, err
	}
	c.Fields = ff.Fields
	for _, id := range root.Countries {
		co := &Country{}
		if err := decodeFile(fsys, id+"/country.yaml", co); err != nil {
			return nil, err
		}
		var cf criteriaFile
		if err := decodeFile(fsys, id+"/criteria.yaml", &cf); err != nil {
			return nil, err
		}
		var rf reasonsFile
		if err := decodeFile(fsys, id+"/reasons.yaml", &rf); err != nil {
			return nil, err
		}
		co.Criteria, co.Reasons = cf.Criteria, rf.Reasons
		if co.ID != id {
			return nil, &Error{File: id + "/country.yaml", Key: "id", Msg: fmt.Sprintf("is %q, but the folder is %q", co.ID, id)}
		}
		c.Countries = append(c.Countries, co)
	}
	c.link()
	v := &validator{c: c}
	v.root(root)
	if v.err != nil {
		return nil, v.err
	}
	return c, nil
}

// link builds what the files imply: the field table by path, with a field
// for each facts.<id> fact a criterion defines, and each criterion's
// country. It never fails: the validator reports what is wrong.
func (c *Catalog) link() {
	c.fields = make(map[string]*Field, len(c.Fields))
	for _, f := range c.Fields {
		if f != nil {
			if _, dup := c.fields[f.Path]; !dup {
				c.fields[f.Path] = f
			}
		}
	}
	for _, co := range c.Countries {
		for _, cr := range co.Criteria {
			if cr == nil {
				continue
			}
			cr.country = co
			for _, f := range cr.Facts {
				if !strings.HasPrefix(f.Field, "facts.") {
					continue
				}
				if _, done := c.fields[f.Field]; done {
					continue
				}
				fld := &Field{Path: f.Field, Type: f.Type, Page: PageFacts, Required: RequiredNever, Label: f.Label,
					Question: f.Question, Help: f.Help, Why: f.Why, Missing: f.Missing}
				if f.Required {
					fld.Required = RequiredCriterion
				}
				if f.Type == TypeDate {
					fld.Validator = "date"
				}
				c.fields[f.Field] = fld
			}
		}
	}
}

// decodeFile decodes one YAML file strictly into out.
func decodeFile(fsys fs.FS, name string, out any) error {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return &Error{File: name, Msg: "cannot read: " + strings.TrimPrefix(err.Error(), "open "+name+": ")}
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(out); err != nil {
		return yamlErr(name, err)
	}
	return nil
}

var (
	lineRE    = regexp.MustCompile(`line (\d+): (.*)`)
	unknownRE = regexp.MustCompile(`^field (\S+) not found in type \S+$`)
)

func yamlErr(name string, err error) error {
	msg := err.Error()
	msg = strings.TrimPrefix(msg, "yaml: unmarshal errors:\n")
	msg = strings.TrimPrefix(msg, "yaml: ")
	first, _, _ := strings.Cut(strings.TrimSpace(msg), "\n")
	if m := lineRE.FindStringSubmatch(first); m != nil {
		line, _ := strconv.Atoi(m[1])
		what := m[2]
		if u := unknownRE.FindStringSubmatch(what); u != nil {
			return &Error{File: name, Line: line, Key: u[1], Msg: "unknown key"}
		}
		return &Error{File: name, Line: line, Msg: what}
	}
	return &Error{File: name, Msg: first}
}

// validator checks a loaded catalog; it keeps the first error.
type validator struct {
	c    *Catalog
	file string
	err  error
}

func (v *validator) fail(key, format string, args ...any) {
	if v.err == nil {
		v.err = &Error{File: v.file, Key: key, Msg: fmt.Sprintf(format, args...)}
	}
}

var languageRE = regexp.MustCompile(`^[a-z]{2}$`)

func (v *validator) root(root rootFile) {
	v.file = "catalog.yaml"
	if len(root.Languages) == 0 {
		v.fail("languages", "no language is declared")
	}
	for i, l := range root.Languages {
		if !languageRE.MatchString(l) || slices.Index(root.Languages, l) != i {
			v.fail(fmt.Sprintf("languages[%d]", i), "%q is not a two-letter language code given once", l)
		}
	}
	if !slices.Contains(root.Languages, "en") {
		v.fail("languages", "English (en) must be one of them: it is the fallback")
	}
	if !slices.Contains(root.Countries, root.DefaultCountry) {
		v.fail("default_country", "%q is not one of the countries", root.DefaultCountry)
	}
	v.fields()
	for _, co := range v.c.Countries {
		v.country(co)
	}
}

var (
	fieldTypes = []FieldType{TypeLine, TypeText, TypeDate, TypeChoice, TypeBool, TypeNumber, TypeList, TypeFacts}
	pages      = []string{PageNone, PageAbout, PageCriterion, PageDates, PageFacts, PageDescription, PageEvidence}
	requireds  = []string{RequiredAlways, RequiredCriterion, RequiredNever}
	pathRE     = regexp.MustCompile(`^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)?$`)
)

func (v *validator) fields() {
	v.file = "fields.yaml"
	if len(v.c.Fields) == 0 {
		v.fail("fields", "no field is defined")
	}
	for i, f := range v.c.Fields {
		key := fmt.Sprintf("fields[%d]", i)
		if f == nil {
			v.fail(key, "is empty")
			continue
		}
		key = fmt.Sprintf("fields[%d] (%s)", i, f.Path)
		if !pathRE.MatchString(f.Path) {
			v.fail(key+".path", "%q is not a key path such as student.sevis_id", f.Path)
		}
		if slices.IndexFunc(v.c.Fields, func(o *Field) bool { return o != nil && o.Path == f.Path }) != i {
			v.fail(key+".path", "%q is defined twice", f.Path)
		}
		v.fieldShape(key, f)
	}
}

func (v *validator) fieldShape(key string, f *Field) {
	if !slices.Contains(fieldTypes, f.Type) {
		v.fail(key+".type", "%q is not one of %s", f.Type, joinQuoted(fieldTypes))
	}
	if !slices.Contains(pages, f.Page) {
		v.fail(key+".page", "%q is not one of %s", f.Page, joinQuoted(pages))
	}
	if !slices.Contains(requireds, f.Required) {
		v.fail(key+".required", "%q is not one of %s", f.Required, joinQuoted(requireds))
	}
	if f.Validator != "" {
		if _, ok := validators[f.Validator]; !ok {
			v.fail(key+".validator", "%q is not a validator expedite has (%s)", f.Validator, strings.Join(validatorNames(), ", "))
		}
	}
	v.text(key+".label", f.Label, true)
	v.text(key+".question", f.Question, f.Page != PageNone && f.Page != "")
	v.text(key+".help", f.Help, false)
	v.text(key+".why", f.Why, false)
	v.text(key+".missing", f.Missing, f.Required == RequiredAlways)
	if (f.Type == TypeChoice) != (len(f.Options) > 0) && f.Validator == "" {
		v.fail(key+".options", "a choice field lists its options, and only a choice field has options")
	}
	for j, o := range f.Options {
		ok := fmt.Sprintf("%s.options[%d]", key, j)
		if o.Value == "" {
			v.fail(ok+".value", "is empty")
		}
		v.text(ok+".label", o.Label, true)
		v.text(ok+".request", o.Request, false)
	}
}

func (v *validator) country(co *Country) {
	v.file = co.ID + "/country.yaml"
	langs := v.c.Languages
	v.text("name", co.Name, true)
	if !slices.Contains(langs, co.OfficialLanguage) {
		v.fail("official_language", "%q is not one of the catalog's languages (%s)", co.OfficialLanguage, strings.Join(langs, ", "))
	}
	for i, s := range co.Sources {
		key := fmt.Sprintf("sources[%d]", i)
		if s.ID == "" || slices.IndexFunc(co.Sources, func(o Source) bool { return o.ID == s.ID }) != i {
			v.fail(key+".id", "%q is empty or given twice", s.ID)
		}
		if !strings.HasPrefix(s.URL, "https://") {
			v.fail(key+".url", "%q is not an https:// address", s.URL)
		}
		if _, err := time.Parse(time.DateOnly, s.Read); err != nil {
			v.fail(key+".read", "%q is not the date the facts were taken, written YYYY-MM-DD", s.Read)
		}
		// Checked and Via say the same thing twice on purpose: a source
		// claims a read of the live page only with checked: true and no
		// via, and one not checked says where its facts came from.
		if s.Checked && len(s.Via) > 0 {
			v.fail(key+".via", "a source whose live page was checked (checked: true) was not read via anything else")
		}
		if !s.Checked && len(s.Via) == 0 {
			v.fail(key+".via", "is missing: say where the facts were taken from, or set checked: true once the live page itself was read")
		}
		v.text(key+".via", s.Via, false)
		v.text(key+".about", s.About, true)
	}
	v.source("source", co, co.Source)
	if co.Rules.WindowDays < 0 || co.Rules.MaxDaysAhead < 0 || co.Rules.StudentWithinDays < 0 {
		v.fail("rules", "day counts cannot be negative")
	}
	v.terms("rules.relatives.immediate", co.Rules.Relatives.Immediate, true)
	v.terms("rules.relatives.officer_decides", co.Rules.Relatives.OfficerDecides, false)
	v.terms("rules.relatives.prefixes", co.Rules.Relatives.Prefixes, false)
	v.terms("rules.relatives.possessives", co.Rules.Relatives.Possessives, false)
	for i, n := range co.Rules.Relatives.Names {
		v.text(fmt.Sprintf("rules.relatives.names[%d]", i), n, true)
	}
	if len(co.Posts) == 0 {
		v.fail("posts", "no post is listed")
	}
	for i, p := range co.Posts {
		key := fmt.Sprintf("posts[%d]", i)
		if p.ID == "" || slices.IndexFunc(co.Posts, func(o Post) bool { return o.ID == p.ID }) != i {
			v.fail(key+".id", "%q is empty or given twice", p.ID)
		}
		v.text(key+".name", p.Name, true)
		for j, pair := range p.Pairs {
			if _, ok := co.LookupPost(pair); !ok {
				v.fail(fmt.Sprintf("%s.pairs[%d]", key, j), "%q is not a post of %s", pair, co.ID)
			}
		}
	}
	v.items("documents.always", co.Documents.Always)
	v.items("documents.spouse", co.Documents.Spouse)
	v.items("documents.child", co.Documents.Child)
	v.items("documents.ties", co.Documents.Ties)
	v.texts("next_steps", co.NextSteps, true)
	v.texts("tips", co.Tips, true)
	v.texts("warnings", co.Warnings, true)
	v.texts("regular_plan", co.RegularPlan, false)
	v.text("request_opening", co.RequestOpening, true)

	v.file = co.ID + "/criteria.yaml"
	v.criteria(co)
	v.file = co.ID + "/reasons.yaml"
	v.reasons(co)
}

func (v *validator) source(key string, co *Country, id string) {
	if _, ok := co.SourceByID(id); !ok {
		v.fail(key, "%q is not one of the sources in %s/country.yaml", id, co.ID)
	}
}

var (
	criterionIDRE = regexp.MustCompile(`^[a-z][a-z0-9-]*$`)
	dateKinds     = []string{DateWindow, DateProgramStart, DateNone}
)

func (v *validator) criteria(co *Country) {
	if len(co.Criteria) == 0 {
		v.fail("criteria", "no criterion is defined")
	}
	for i, cr := range co.Criteria {
		key := fmt.Sprintf("criteria[%d]", i)
		if cr == nil {
			v.fail(key, "is empty")
			continue
		}
		key = fmt.Sprintf("criteria[%d] (%s)", i, cr.ID)
		if !criterionIDRE.MatchString(cr.ID) || slices.IndexFunc(co.Criteria, func(o *Criterion) bool { return o != nil && o.ID == cr.ID }) != i {
			v.fail(key+".id", "%q is not a lower-case id given once", cr.ID)
		}
		if cr.Letter == "" || slices.IndexFunc(co.Criteria, func(o *Criterion) bool { return o != nil && o.Letter == cr.Letter }) != i {
			v.fail(key+".letter", "%q is empty or given twice", cr.Letter)
		}
		v.text(key+".title", cr.Title, true)
		v.text(key+".short", cr.Short, true)
		v.text(key+".official", cr.Official, true)
		v.texts(key+".needs", cr.Needs, true)
		v.texts(key+".proof", cr.Proof, true)
		v.texts(key+".typical", cr.Typical, false)
		v.items(key+".checklist", cr.Checklist)
		if len(cr.Checklist) == 0 {
			v.fail(key+".checklist", "lists no proof document for the checklist")
		}
		v.source(key+".source", co, cr.Source)
		for j, f := range cr.Facts {
			v.fact(fmt.Sprintf("%s.facts[%d] (%s)", key, j, f.Field), f)
		}
		v.screen(key, cr)
		if cr.Purpose != "" {
			if _, ok := cr.Fact(cr.Purpose); !ok {
				v.fail(key+".purpose", "%q is not one of the criterion's facts", cr.Purpose)
			}
		}
		if !slices.Contains(dateKinds, cr.DateRule.Kind) {
			v.fail(key+".date_rule.kind", "%q is not one of %s", cr.DateRule.Kind, joinQuoted(dateKinds))
		}
		if cr.DateRule.Kind == DateWindow {
			if cr.DateRule.Late != "error" && cr.DateRule.Late != "warning" {
				v.fail(key+".date_rule.late", "%q: say how a trip after the window counts, error or warning", cr.DateRule.Late)
			}
			if cr.Window() <= 0 {
				v.fail(key+".date_rule", "a window needs days: set rules.window_days in %s/country.yaml or days here", co.ID)
			}
		} else if cr.DateRule.Late != "" || cr.DateRule.Days != 0 {
			v.fail(key+".date_rule", "late and days belong to a window date rule only")
		}
		if cr.DateRule.Kind == DateProgramStart {
			if f, ok := v.c.fields[cr.DateRule.Field]; !ok || f.Type != TypeDate {
				v.fail(key+".date_rule.field", "%q is not a date field", cr.DateRule.Field)
			} else if _, ok := cr.Fact(cr.DateRule.Field); !ok {
				v.fail(key+".date_rule.field", "%q is not one of the criterion's facts", cr.DateRule.Field)
			}
		} else if cr.DateRule.Field != "" {
			v.fail(key+".date_rule.field", "belongs to a program-start date rule only")
		}
		v.claims(key+".claims", cr)
		v.text(key+".request.opening", cr.Request.Opening, false)
	}
}

func (v *validator) claims(key string, cr *Criterion) {
	for i, c := range cr.Claims {
		k := fmt.Sprintf("%s[%d] (%s)", key, i, c.ID)
		if !criterionIDRE.MatchString(c.ID) || slices.IndexFunc(cr.Claims, func(o Claim) bool { return o.ID == c.ID }) != i {
			v.fail(k+".id", "%q is not a lower-case id given once", c.ID)
		}
		v.text(k+".claim", c.Claim, true)
		v.text(k+".document", c.Document, true)
		v.terms(k+".terms", c.Terms, true)
		for j, f := range c.Fields {
			if _, ok := cr.Fact(f); !ok {
				v.fail(fmt.Sprintf("%s.fields[%d]", k, j), "%q is not one of the criterion's facts", f)
			}
		}
		if c.When != nil {
			if _, ok := v.c.fields[c.When.Field]; !ok {
				v.fail(k+".when.field", "%q is not a field", c.When.Field)
			}
		}
	}
}

func (v *validator) fact(key string, f Fact) {
	if name, ok := strings.CutPrefix(f.Field, "facts."); ok {
		if !pathRE.MatchString(name) || strings.Contains(name, ".") {
			v.fail(key+".field", "%q: a fact of the catalog is facts.<id>, id in lower case", f.Field)
		}
		if old, ok := v.c.fields[f.Field]; ok && old.Type != f.Type {
			v.fail(key+".type", "%s is defined twice with different types", f.Field)
		}
		if !slices.Contains([]FieldType{TypeLine, TypeText, TypeDate}, f.Type) {
			v.fail(key+".type", "%q: a fact of the catalog is a line, text or date", f.Type)
		}
		v.text(key+".label", f.Label, true)
		v.text(key+".question", f.Question, true)
	} else {
		fld, ok := v.c.fields[f.Field]
		if !ok {
			v.fail(key+".field", "%q is not a field of fields.yaml, nor a facts.<id> fact", f.Field)
			return
		}
		if f.Type != "" && f.Type != fld.Type {
			v.fail(key+".type", "the type of %s is set in fields.yaml", f.Field)
		}
		if f.Required && fld.Required != RequiredCriterion {
			v.fail(key+".required", "%s is not required by criterion in fields.yaml (required: %s)", f.Field, fld.Required)
		}
		v.text(key+".label", f.Label, false)
		v.text(key+".question", f.Question, false)
	}
	v.text(key+".help", f.Help, false)
	v.text(key+".why", f.Why, false)
	v.text(key+".missing", f.Missing, false)
}

func (v *validator) reasons(co *Country) {
	for i, r := range co.Reasons {
		key := fmt.Sprintf("reasons[%d]", i)
		if r == nil {
			v.fail(key, "is empty")
			continue
		}
		key = fmt.Sprintf("reasons[%d] (%s)", i, r.ID)
		if !criterionIDRE.MatchString(r.ID) || slices.IndexFunc(co.Reasons, func(o *Reason) bool { return o != nil && o.ID == r.ID }) != i {
			v.fail(key+".id", "%q is not a lower-case id given once", r.ID)
		}
		v.text(key+".name", r.Name, true)
		v.text(key+".listed", r.Listed, true)
		v.text(key+".screen", r.Screen, true)
		v.text(key+".stop", r.Stop, true)
		v.terms(key+".terms", r.Terms, true)
		v.terms(key+".cues", r.Cues, false)
		v.terms(key+".requires", r.Requires, false)
		v.terms(key+".not_after", r.NotAfter, false)
		v.terms(key+".excludes", r.Excludes, false)
		v.terms(key+".known", r.Known, false)
		v.terms(key+".unless", r.Unless, false)
		v.terms(key+".generic", r.Generic, false)
		v.terms(key+".context", r.Context, false)
		v.terms(key+".calm", r.Calm, false)
		v.terms(key+".argues", r.Argues, false)
		v.terms(key+".watch", r.Watch, false)
		if len(r.Argues) > 0 && !r.Argument {
			v.fail(key+".argues", "argues is given but the reason is not an argument")
		}
		if (len(r.Generic) > 0) != (len(r.Context) > 0) {
			v.fail(key+".generic", "generic and context are given together: a generic word counts only in context")
		}
		if len(r.Known) > 0 && !r.Recurring {
			v.fail(key+".known", "known events are listed but the reason is not recurring")
		}
		if r.NeedsCue && len(r.Cues) == 0 {
			v.fail(key+".cues", "needs_cue is set but no cue is listed")
		}
		for field, t := range map[string]Terms{"terms": r.Terms, "cues": r.Cues, "requires": r.Requires, "not_after": r.NotAfter, "excludes": r.Excludes, "known": r.Known, "unless": r.Unless, "generic": r.Generic, "context": r.Context, "calm": r.Calm, "argues": r.Argues, "watch": r.Watch} {
			fam := prose.Family{ID: r.ID, Terms: map[prose.Lang][]string{}}
			for l, words := range t {
				fam.Terms[prose.Lang(l)] = words
			}
			if _, err := prose.Compile([]prose.Family{fam}); err != nil {
				v.fail(key+"."+field, "%s", strings.TrimPrefix(err.Error(), "prose: "))
			}
		}
	}
}

func (v *validator) screen(key string, cr *Criterion) {
	for i, r := range cr.Screen.Rules {
		if !slices.Contains(ScreenRules, r) {
			v.fail(fmt.Sprintf("%s.screen.rules[%d]", key, i), "%q is not one of %s", r, joinQuoted(ScreenRules))
		}
	}
	for i, s := range cr.Screen.Specifics {
		if !slices.Contains(Specifics, s) {
			v.fail(fmt.Sprintf("%s.screen.specifics[%d]", key, i), "%q is not one of %s", s, joinQuoted(Specifics))
		}
	}
	for i, f := range cr.Screen.Facts {
		if _, ok := cr.Fact(f); !ok {
			v.fail(fmt.Sprintf("%s.screen.facts[%d]", key, i), "%q is not one of the criterion's facts", f)
		}
	}
	if p := cr.Screen.Place; p != "" {
		if _, ok := cr.Fact(p); !ok {
			v.fail(key+".screen.place", "%q is not one of the criterion's facts", p)
		}
	}
	for i, f := range cr.Screen.Foreseen {
		if _, ok := cr.Fact(f); !ok {
			v.fail(fmt.Sprintf("%s.screen.foreseen[%d]", key, i), "%q is not one of the criterion's facts", f)
		}
	}
	if len(cr.Screen.Foreseen) > 0 && !slices.Contains(cr.Screen.Rules, "eligibility.foreseeable") {
		v.fail(key+".screen.foreseen", "facts are read for eligibility.foreseeable, which the criterion's screen does not apply")
	}
	for i, q := range cr.Screen.Qualifies {
		k := fmt.Sprintf("%s.screen.qualifies[%d]", key, i)
		if _, ok := cr.Fact(q.Field); !ok {
			v.fail(k+".field", "%q is not one of the criterion's facts", q.Field)
		}
		v.terms(k+".terms", q.Terms, true)
		fam := prose.Family{ID: "qualifies", Terms: map[prose.Lang][]string{}}
		for l, words := range q.Terms {
			fam.Terms[prose.Lang(l)] = words
		}
		if _, err := prose.Compile([]prose.Family{fam}); err != nil {
			v.fail(k+".terms", "%s", strings.TrimPrefix(err.Error(), "prose: "))
		}
	}
}

func (v *validator) items(key string, items []Item) {
	for i, it := range items {
		k := fmt.Sprintf("%s[%d]", key, i)
		v.text(k+".text", it.Text, true)
		if it.When != nil {
			if _, ok := v.c.fields[it.When.Field]; !ok {
				v.fail(k+".when.field", "%q is not a field", it.When.Field)
			}
		}
		if it.Unless != "" {
			if f, ok := v.c.fields[it.Unless]; !ok || f.Type != TypeBool {
				v.fail(k+".unless", "%q is not a yes/no field", it.Unless)
			}
		}
	}
}

func (v *validator) texts(key string, ts []Text, required bool) {
	if required && len(ts) == 0 {
		v.fail(key, "is empty")
	}
	for i, t := range ts {
		v.text(fmt.Sprintf("%s[%d]", key, i), t, true)
	}
}

// text checks that t is given in every language (when required or given
// at all), names no other language, and parses as a template.
func (v *validator) text(key string, t Text, required bool) {
	if len(t) == 0 {
		if required {
			v.fail(key, "is missing")
		}
		return
	}
	for _, l := range v.c.Languages {
		if strings.TrimSpace(t[l]) == "" {
			v.fail(key, "no %q text: every text is given in %s", l, strings.Join(v.c.Languages, ", "))
		}
	}
	for l, s := range t {
		if !slices.Contains(v.c.Languages, l) {
			v.fail(key+"."+l, "%q is not one of the catalog's languages (%s)", l, strings.Join(v.c.Languages, ", "))
		}
		if strings.Contains(s, "{{") {
			if _, err := template.New(key).Funcs(TemplateFuncs(nil)).Parse(s); err != nil {
				v.fail(key+"."+l, "the template does not parse: %s", strings.TrimPrefix(err.Error(), "template: "+key+":"))
			}
		}
	}
}

func (v *validator) terms(key string, t Terms, required bool) {
	if len(t) == 0 {
		if required {
			v.fail(key, "is missing")
		}
		return
	}
	if required {
		for _, l := range v.c.Languages {
			if len(t[l]) == 0 {
				v.fail(key, "no %q terms: every list is given in %s", l, strings.Join(v.c.Languages, ", "))
			}
		}
	}
	for l, words := range t {
		if !slices.Contains(v.c.Languages, l) {
			v.fail(key+"."+l, "%q is not one of the catalog's languages (%s)", l, strings.Join(v.c.Languages, ", "))
		}
		for i, w := range words {
			if strings.TrimSpace(w) == "" || w != strings.ToLower(w) {
				v.fail(fmt.Sprintf("%s.%s[%d]", key, l, i), "%q: terms are lower case and not empty", w)
			}
		}
	}
}

func joinQuoted[T ~string](xs []T) string {
	q := make([]string, len(xs))
	for i, x := range xs {
		q[i] = strconv.Quote(string(x))
	}
	return strings.Join(q, ", ")
}
