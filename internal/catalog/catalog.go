// Package catalog is what expedite knows, as data: the countries, their
// posts and rule parameters, the criteria, the reasons never accepted, the
// answers-file fields, the documents, next steps, tips, warnings and
// sources, read from embedded YAML files, validated strictly, parsed once.
package catalog

import (
	"embed"
	"io/fs"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
)

//go:generate go run ./gen

//go:embed data
var dataFS embed.FS

// Catalog is the whole knowledge base. Build one with Load; Default
// returns the embedded one.
type Catalog struct {
	Languages      []string   `yaml:"-" json:"languages"`
	DefaultCountry string     `yaml:"-" json:"-"`
	Fields         []*Field   `yaml:"-" json:"fields"`
	Countries      []*Country `yaml:"-" json:"countries"`

	fields map[string]*Field
}

// Text is a human-readable value in each of the catalog's languages.
// Values holding {{ }} are text/template templates filled from the answers.
type Text map[string]string

// In returns the text in lang, or in English when lang has none.
func (t Text) In(lang string) string {
	if s, ok := t[lang]; ok && s != "" {
		return s
	}
	return t["en"]
}

// Terms are words and phrases per language. A word ending in '*' matches
// any word that starts with it.
type Terms map[string][]string

// In returns the terms of lang (none when the language has none).
func (t Terms) In(lang string) []string { return t[lang] }

// Field is one key of the answers file.
type Field struct {
	Path      string    `yaml:"path" json:"path"`
	Type      FieldType `yaml:"type" json:"type"`
	Validator string    `yaml:"validator,omitempty" json:"validator,omitempty"`
	Page      string    `yaml:"page" json:"page"`
	Required  string    `yaml:"required" json:"required"`
	Label     Text      `yaml:"label" json:"label"`
	Question  Text      `yaml:"question,omitempty" json:"question,omitempty"`
	Help      Text      `yaml:"help,omitempty" json:"help,omitempty"`
	Why       Text      `yaml:"why,omitempty" json:"why,omitempty"`
	Missing   Text      `yaml:"missing,omitempty" json:"missing,omitempty"`
	Options   []Option  `yaml:"options,omitempty" json:"options,omitempty"`
	// Kin marks a relationship: the request names it in its own language
	// (rules.relatives.names), whatever language it was typed in.
	Kin bool `yaml:"kin,omitempty" json:"kin,omitempty"`
}

// FieldType is how a field's value is written.
type FieldType string

// Field types.
const (
	TypeLine   FieldType = "line"
	TypeText   FieldType = "text"
	TypeDate   FieldType = "date"
	TypeChoice FieldType = "choice"
	TypeBool   FieldType = "bool"
	TypeNumber FieldType = "number"
	TypeList   FieldType = "list"
	TypeFacts  FieldType = "facts"
)

// Wizard pages a field can be asked on.
const (
	PageNone        = "none"
	PageAbout       = "about"
	PageCriterion   = "criterion"
	PageDates       = "dates"
	PageFacts       = "facts"
	PageDescription = "description"
	PageEvidence    = "evidence"
)

// When a field is required.
const (
	RequiredAlways    = "always"
	RequiredCriterion = "criterion"
	RequiredNever     = "never"
)

// Option is one allowed value of a choice field.
type Option struct {
	Value   string `yaml:"value" json:"value"`
	Label   Text   `yaml:"label" json:"label"`
	Request Text   `yaml:"request,omitempty" json:"request,omitempty"` // how the request words it
}

// Country is one country's posts, rules and criteria.
type Country struct {
	ID               string    `yaml:"id" json:"id"`
	Name             Text      `yaml:"name" json:"name"`
	OfficialLanguage string    `yaml:"official_language" json:"official_language"`
	Source           string    `yaml:"source" json:"source"`
	Rules            Rules     `yaml:"rules" json:"rules"`
	Posts            []Post    `yaml:"posts" json:"posts"`
	Documents        Documents `yaml:"documents" json:"documents"`
	NextSteps        []Text    `yaml:"next_steps" json:"next_steps"`
	Tips             []Text    `yaml:"tips" json:"tips"`
	Warnings         []Text    `yaml:"warnings" json:"warnings"`
	Sources          []Source  `yaml:"sources" json:"sources"`
	RequestOpening   Text      `yaml:"request_opening" json:"request_opening"`

	// RegularPlan is what a case that does not qualify can do instead: a
	// plan for a regular appointment. Its templates get .Post (the
	// applicant's post, or empty), .Pairs (the posts paired with it) and
	// .AllPairs (every pair, "Calgary/Vancouver, ...").
	RegularPlan []Text `yaml:"regular_plan,omitempty" json:"regular_plan,omitempty"`

	Criteria []*Criterion `yaml:"-" json:"criteria"`
	Reasons  []*Reason    `yaml:"-" json:"reasons"`
}

// Rules are a country's rule parameters.
type Rules struct {
	// WindowDays: for a criterion with a window date rule, travel must
	// fall before the first available appointment plus this many days.
	WindowDays        int       `yaml:"window_days" json:"window_days"`
	OneRequestOnly    bool      `yaml:"one_request_only" json:"one_request_only"`
	MaxDaysAhead      int       `yaml:"max_days_ahead" json:"max_days_ahead,omitempty"`
	StudentWithinDays int       `yaml:"student_within_days" json:"student_within_days,omitempty"`
	Relatives         Relatives `yaml:"relatives" json:"relatives"`
}

// Relatives says who counts as an immediate relative.
type Relatives struct {
	Immediate      Terms `yaml:"immediate" json:"immediate"`
	OfficerDecides Terms `yaml:"officer_decides,omitempty" json:"officer_decides,omitempty"`
	Prefixes       Terms `yaml:"prefixes,omitempty" json:"prefixes,omitempty"` // step-, half-: still immediate
	// Possessives may lead a relationship as typed: "my father", « mon père ».
	Possessives Terms `yaml:"possessives,omitempty" json:"possessives,omitempty"`
	// Names are the relationships in every language, so a request written
	// in one language names the relative in it, whatever language the
	// answer was typed in ("père" in an English request is "father").
	Names []Text `yaml:"names,omitempty" json:"names,omitempty"`
}

// Bare is a relationship as typed, lower case, without a leading
// possessive: "My Father" and « mon père » are "father" and « père ».
func (r Relatives) Bare(rel string) string {
	s := strings.ToLower(strings.TrimSpace(rel))
	for _, ps := range r.Possessives {
		for _, p := range ps {
			if rest, ok := strings.CutPrefix(s, p+" "); ok {
				s = strings.TrimSpace(rest)
			}
		}
	}
	return s
}

// KinIn returns the relationship rel, as typed, in lang when Names knows
// it in some language; otherwise its bare form ("ma mère" in English is
// "mother"; "cousine" stays "cousine").
func (r Relatives) KinIn(rel, lang string) string {
	s := r.Bare(rel)
	for _, n := range r.Names {
		for _, v := range n {
			if strings.EqualFold(v, s) {
				if t := n.In(lang); t != "" {
					return t
				}
			}
		}
	}
	return s
}

// Post is a consular post.
type Post struct {
	ID    string   `yaml:"id" json:"id"`
	Name  Text     `yaml:"name" json:"name"`
	City  string   `yaml:"city" json:"city"`
	Pairs []string `yaml:"pairs,omitempty" json:"pairs,omitempty"` // posts worth checking too
}

// Documents are the documents to bring besides the proof of the emergency.
type Documents struct {
	Always []Item `yaml:"always" json:"always"`
	Spouse []Item `yaml:"spouse" json:"spouse"`
	Child  []Item `yaml:"child" json:"child"` // once per child: {{.N}} of {{.Of}}
	Ties   []Item `yaml:"ties" json:"ties"`
}

// Item is one document, shown when its condition holds.
type Item struct {
	Text   Text   `yaml:"text" json:"text"`
	When   *Cond  `yaml:"when,omitempty" json:"when,omitempty"`
	Unless string `yaml:"unless,omitempty" json:"unless,omitempty"` // a bool field that, when true, leaves it out
}

// Cond holds when a field has a value.
type Cond struct {
	Field  string `yaml:"field" json:"field"`
	Equals string `yaml:"equals" json:"equals"`
}

// Source is a public page a country's facts come from, and how honestly
// they do: Read is when the facts were taken (YYYY-MM-DD); Checked says
// whether the live page itself was read then. When it was not, Via names
// where the facts were taken from instead (the project's notes), and
// every output says the live page is still to be checked.
type Source struct {
	ID      string `yaml:"id" json:"id"`
	URL     string `yaml:"url" json:"url"`
	Read    string `yaml:"read" json:"read"`
	Checked bool   `yaml:"checked" json:"checked"`
	Via     Text   `yaml:"via,omitempty" json:"via,omitempty"`
	About   Text   `yaml:"about" json:"about"`
}

// Criterion is one emergency criterion of a country.
type Criterion struct {
	ID          string   `yaml:"id" json:"id"`
	Letter      string   `yaml:"letter" json:"letter"`
	Title       Text     `yaml:"title" json:"title"`
	Short       Text     `yaml:"short" json:"short"`
	Official    Text     `yaml:"official" json:"official"`
	Needs       []Text   `yaml:"needs" json:"needs"`
	Facts       []Fact   `yaml:"facts" json:"facts"`
	Purpose     string   `yaml:"purpose,omitempty" json:"purpose,omitempty"` // a field stating the purpose itself
	Screen      Screen   `yaml:"screen,omitempty" json:"screen,omitempty"`
	DateRule    DateRule `yaml:"date_rule" json:"date_rule"`
	VisaClasses []string `yaml:"visa_classes,omitempty" json:"visa_classes,omitempty"`
	Proof       []Text   `yaml:"proof" json:"proof"`
	Checklist   []Item   `yaml:"checklist" json:"checklist"`
	Typical     []Text   `yaml:"typical" json:"typical"`
	Claims      []Claim  `yaml:"claims" json:"claims"`
	Request     Request  `yaml:"request,omitempty" json:"request"`
	Source      string   `yaml:"source" json:"source"`
	country     *Country
}

// Fact is a field a criterion asks. Label, Question, Help and Missing
// override the field table's. A fact under facts.<id> is defined here:
// it needs Type and Label.
type Fact struct {
	Field    string    `yaml:"field" json:"field"`
	Required bool      `yaml:"required,omitempty" json:"required,omitempty"`
	Type     FieldType `yaml:"type,omitempty" json:"type,omitempty"`
	Label    Text      `yaml:"label,omitempty" json:"label,omitempty"`
	Question Text      `yaml:"question,omitempty" json:"question,omitempty"`
	Help     Text      `yaml:"help,omitempty" json:"help,omitempty"`
	Why      Text      `yaml:"why,omitempty" json:"why,omitempty"`
	Missing  Text      `yaml:"missing,omitempty" json:"missing,omitempty"`
}

// Claim is something the request asserts that a document should prove
// (the relationship, the condition, the program start...). A document the
// applicant holds proves it when its name has one of the terms, or names
// the answer of one of the fields (the company in event.organiser).
type Claim struct {
	ID       string   `yaml:"id" json:"id"`
	Claim    Text     `yaml:"claim" json:"claim"`       // what the request asserts, as a noun phrase
	Document Text     `yaml:"document" json:"document"` // the document usually expected
	Terms    Terms    `yaml:"terms" json:"terms"`
	Fields   []string `yaml:"fields,omitempty" json:"fields,omitempty"`
	When     *Cond    `yaml:"when,omitempty" json:"when,omitempty"` // the claim is made only when this holds
}

// Date rules.
const (
	DateWindow       = "window"        // travel before first available + window_days
	DateProgramStart = "program-start" // program starts before the first available
	DateNone         = "none"
)

// DateRule is a criterion's date rule.
type DateRule struct {
	Kind string `yaml:"kind" json:"kind"`
	Late string `yaml:"late,omitempty" json:"late,omitempty"` // window: "error" or "warning"
	Days int    `yaml:"days,omitempty" json:"days,omitempty"` // window: overrides the country's window_days
	// Field is the date that must come before the first available
	// appointment (program-start).
	Field string `yaml:"field,omitempty" json:"field,omitempty"`
}

// Request is how the request text words a criterion: its opening
// sentence. The facts the opening and the applicant's description do not
// state follow as lines labelled by the facts' labels.
type Request struct {
	Opening Text `yaml:"opening,omitempty" json:"opening,omitempty"`
}

// Screen is how the prose screen reads a criterion's case: the screening
// rules that apply to it beyond the common ones (ScreenRules), what the
// description must name (Specifics), and the fields that state the facts
// as the applicant sums them up (read like the description, every mention
// of a reason being its purpose), and the fact that says where it happens.
type Screen struct {
	Rules     []string `yaml:"rules,omitempty" json:"rules,omitempty"`
	Specifics []string `yaml:"specifics,omitempty" json:"specifics,omitempty"`
	Facts     []string `yaml:"facts,omitempty" json:"facts,omitempty"`
	Place     string   `yaml:"place,omitempty" json:"place,omitempty"` // the fact that says where it happens
	// Foreseen are the facts eligibility.foreseeable reads besides the
	// description: the applicant's own account of why the trip was not
	// foreseen may say it was ("we registered in August").
	Foreseen []string `yaml:"foreseen,omitempty" json:"foreseen,omitempty"`
	// Qualifies are the closed lists of what the criterion covers, per
	// fact: an answer to that fact that names none of it (read by package
	// prose: stems, misspellings, negation) is the warning
	// eligibility.not-qualifying. Blocked purposes have endless synonyms;
	// qualifying ones (a death, a grave illness, an accident) do not.
	Qualifies []Qualify `yaml:"qualifies,omitempty" json:"qualifies,omitempty"`
}

// Qualify is what an answer to one fact must name for the criterion to
// apply.
type Qualify struct {
	Field string `yaml:"field" json:"field"`
	Terms Terms  `yaml:"terms" json:"terms"`
}

// ScreenRules are the rules a criterion's screen may switch on.
var ScreenRules = []string{"eligibility.foreseeable", "eligibility.outside-us", "eligibility.not-minor", "eligibility.spectator"}

// Specifics are what pitfall.no-specifics may ask a description to name.
var Specifics = []string{"date", "place", "name"}

// Reason is a reason the posts never accept. Its terms are a family of
// meanings read by package prose: each word also matches its inflections
// (Snowball stem) and, from six letters, a misspelling one edit away; a
// word written =word matches that word only, word* any word starting
// with it. Excludes are phrases that contain a term but name something
// else ("birth certificate", « salon funéraire »). A recurring reason
// counts only when the text marks it as recurring (annual, every year, the
// 12th edition, « annuel ») and no one-off marker stands next to it.
// Known are the names of events of a recurring reason that recur by
// themselves (CES, Comic-Con, « le Salon de l'auto »): a mention of one
// counts as recurring with no marker, and a late registration does not
// make it a one-off. Unless are words that, in the mention's sentence or
// the one before, make it something else (tickets "to watch the game" are
// not airline tickets). Others marks a reason about someone else (assisting a
// pregnant relative): the writer's own state ("I'm pregnant") is not it.
// Generic are words that name the event only once the text has said what
// it is ("the ceremony" after "finishing her PhD", "walks" after "his
// degree"): a generic mention counts as the reason when one of Context
// (or a term) stands in its sentence or the two before, and nothing
// grave happened near it (then "the ceremony" is likely a funeral).
// Calm are phrases that name the reason only in a text where nothing
// happened now (no death, illness or accident): a visit to a son is a
// family visit, a visit to a father in intensive care is the emergency.
// Argues are, for an argument reason, the words that make it one
// ("already", "non-refundable", the money lost): without one, in a text
// whose reason is stated by a student's papers, a flight "booked for
// January 10" is how the student travels. Watch are the ways a spectator
// says they go to watch an event ("to see the game", « voir le
// spectacle »): terms of the reason, except in a case whose applicant gave
// their role at the event as a spectator's, where the spectator finding
// says it once.
type Reason struct {
	ID        string `yaml:"id" json:"id"`
	Name      Text   `yaml:"name" json:"name"`
	Listed    Text   `yaml:"listed" json:"listed"`
	Screen    Text   `yaml:"screen" json:"screen"`
	Stop      Text   `yaml:"stop" json:"stop"`
	Terms     Terms  `yaml:"terms" json:"terms"`
	NeedsCue  bool   `yaml:"needs_cue,omitempty" json:"needs_cue,omitempty"`
	Cues      Terms  `yaml:"cues,omitempty" json:"cues,omitempty"`
	Requires  Terms  `yaml:"requires,omitempty" json:"requires,omitempty"`
	NotAfter  Terms  `yaml:"not_after,omitempty" json:"not_after,omitempty"`
	Excludes  Terms  `yaml:"excludes,omitempty" json:"excludes,omitempty"`
	Recurring bool   `yaml:"recurring,omitempty" json:"recurring,omitempty"`
	Known     Terms  `yaml:"known,omitempty" json:"known,omitempty"`
	Unless    Terms  `yaml:"unless,omitempty" json:"unless,omitempty"`
	Others    bool   `yaml:"others,omitempty" json:"others,omitempty"`
	Generic   Terms  `yaml:"generic,omitempty" json:"generic,omitempty"`
	Argument  bool   `yaml:"argument,omitempty" json:"argument,omitempty"`
	Context   Terms  `yaml:"context,omitempty" json:"context,omitempty"`
	Calm      Terms  `yaml:"calm,omitempty" json:"calm,omitempty"`
	Argues    Terms  `yaml:"argues,omitempty" json:"argues,omitempty"`
	Watch     Terms  `yaml:"watch,omitempty" json:"watch,omitempty"`
}

var (
	defaultOnce sync.Once
	defaultCat  *Catalog
)

// override is a catalog put in place of the embedded one by Use.
var override atomic.Pointer[Catalog]

// Use makes c the catalog every part reads, until restore is called. It is
// for tests that show a catalog change needs no Go change; they must not
// run in parallel with tests of the embedded catalog.
func Use(c *Catalog) (restore func()) {
	old := override.Swap(c)
	return func() { override.Store(old) }
}

// Files returns the embedded catalog files, for tests that build a
// variant of them.
func Files() fs.FS {
	sub, err := fs.Sub(dataFS, "data")
	if err != nil {
		panic(err)
	}
	return sub
}

// Default returns the catalog in use: the embedded one, built on first
// use from the Go that go generate wrote from data/.
func Default() *Catalog {
	if c := override.Load(); c != nil {
		return c
	}
	defaultOnce.Do(func() {
		// embedded() is data/ as Go (go generate); the tests validate
		// data/ and check the two agree.
		defaultCat = embedded()
		defaultCat.link()
	})
	return defaultCat
}

// Country returns the default country.
func (c *Catalog) Country() *Country {
	co, _ := c.LookupCountry(c.DefaultCountry)
	return co
}

// LookupCountry finds a country by id.
func (c *Catalog) LookupCountry(id string) (*Country, bool) {
	for _, co := range c.Countries {
		if co.ID == id {
			return co, true
		}
	}
	return nil, false
}

// Field returns the field at path (facts.<id> included).
func (c *Catalog) Field(path string) (*Field, bool) {
	f, ok := c.fields[path]
	return f, ok
}

// Criterion finds a criterion of the country by id.
func (co *Country) Criterion(id string) (*Criterion, bool) {
	id = strings.TrimSpace(id)
	for _, cr := range co.Criteria {
		if cr.ID == id {
			return cr, true
		}
	}
	return nil, false
}

// CriterionIDs lists the criterion ids in order.
func (co *Country) CriterionIDs() []string {
	ids := make([]string, len(co.Criteria))
	for i, cr := range co.Criteria {
		ids[i] = cr.ID
	}
	return ids
}

// Reason finds a reason never accepted by id.
func (co *Country) Reason(id string) (*Reason, bool) {
	for _, r := range co.Reasons {
		if r.ID == id {
			return r, true
		}
	}
	return nil, false
}

// LookupPost finds a post by id or name, ignoring case and accents
// ("Quebec City", "Montréal").
func (co *Country) LookupPost(s string) (Post, bool) {
	id := strings.ReplaceAll(strings.ToLower(strings.TrimSpace(s)), " ", "-")
	id = foldAccent.Replace(id)
	for _, p := range co.Posts {
		if p.ID == id {
			return p, true
		}
	}
	return Post{}, false
}

// PostIDs lists the post ids in order.
func (co *Country) PostIDs() []string {
	ids := make([]string, len(co.Posts))
	for i, p := range co.Posts {
		ids[i] = p.ID
	}
	return ids
}

// SourceByID finds a source.
func (co *Country) SourceByID(id string) (Source, bool) {
	for _, s := range co.Sources {
		if s.ID == id {
			return s, true
		}
	}
	return Source{}, false
}

// Window returns the window in days of a criterion with a window date rule.
func (cr *Criterion) Window() int {
	if cr.DateRule.Days > 0 {
		return cr.DateRule.Days
	}
	return cr.country.Rules.WindowDays
}

// Fact returns the criterion's fact at path.
func (cr *Criterion) Fact(path string) (Fact, bool) {
	for _, f := range cr.Facts {
		if f.Field == path {
			return f, true
		}
	}
	return Fact{}, false
}

// FactPaths lists the fields the criterion asks.
func (cr *Criterion) FactPaths() []string {
	var ps []string
	for _, f := range cr.Facts {
		ps = append(ps, f.Field)
	}
	return ps
}

// Label returns the fact's label: the criterion's own, else the field's.
func (c *Catalog) Label(cr *Criterion, path string) Text {
	if cr != nil {
		if f, ok := cr.Fact(path); ok && len(f.Label) > 0 {
			return f.Label
		}
	}
	if f, ok := c.Field(path); ok {
		return f.Label
	}
	return Text{"en": path}
}

// Question returns the question asking path, the criterion's own first.
func (c *Catalog) Question(cr *Criterion, path string) (q, help Text) {
	if f, ok := c.Field(path); ok {
		q, help = f.Question, f.Help
	}
	if cr != nil {
		if f, ok := cr.Fact(path); ok {
			if len(f.Question) > 0 {
				q = f.Question
			}
			if len(f.Help) > 0 {
				help = f.Help
			}
		}
	}
	return q, help
}

// Missing returns the fix for a missing required field, or nil.
func (c *Catalog) Missing(cr *Criterion, path string) Text {
	if cr != nil {
		if f, ok := cr.Fact(path); ok && len(f.Missing) > 0 {
			return f.Missing
		}
	}
	if f, ok := c.Field(path); ok {
		return f.Missing
	}
	return nil
}

// FactFields lists every field that some criterion asks: their format is
// checked only when the chosen criterion asks them.
func (co *Country) FactFields() []string {
	var ps []string
	for _, cr := range co.Criteria {
		for _, f := range cr.Facts {
			if !slices.Contains(ps, f.Field) {
				ps = append(ps, f.Field)
			}
		}
	}
	return ps
}
