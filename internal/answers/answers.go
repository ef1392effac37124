// Package answers defines one applicant's case, the answers file (format
// version 1), and its strict YAML reading and writing.
package answers

// FormatVersion is the answers-file format this program reads and writes.
const FormatVersion = 1

// Answers is one applicant's case. The yaml keys are a public contract:
// keys may be added, never renamed.
type Answers struct {
	Version        int        `yaml:"version"`
	Applicant      Applicant  `yaml:"applicant"`
	Criterion      string     `yaml:"criterion,omitempty"`
	TravelDate     Date       `yaml:"travel_date,omitempty"`
	FirstAvailable Date       `yaml:"first_available,omitempty"`
	Description    string     `yaml:"description,omitempty"`
	Relative       Relative   `yaml:"relative,omitempty"`
	Patient        string     `yaml:"patient,omitempty"`
	Medical        Medical    `yaml:"medical,omitempty"`
	Student        Student    `yaml:"student,omitempty"`
	Event          Event      `yaml:"event,omitempty"`
	Companions     Companions `yaml:"companions,omitempty"`
	Evidence       []string   `yaml:"evidence,omitempty"`
	// Facts holds the facts of criteria defined only in the catalog, keyed
	// by the catalog's fact id (facts.<id>); built-in criteria keep their keys.
	Facts map[string]string `yaml:"facts,omitempty"`
	// Language is the wizard's language (en, fr), kept in its draft;
	// RequestLanguage the language the request text is written in (the
	// interface language when absent). What the applicant wrote is never
	// translated.
	Language        string `yaml:"language,omitempty"`
	RequestLanguage string `yaml:"request_language,omitempty"`
}

// Applicant is the person who will travel.
type Applicant struct {
	Name            string `yaml:"name,omitempty"`
	Post            string `yaml:"post,omitempty"`
	Visa            string `yaml:"visa,omitempty"`
	CanadianCitizen *bool  `yaml:"canadian_citizen,omitempty"` // nil: not answered yet
	DS160           string `yaml:"ds160,omitempty"`
}

// Relative is the immediate relative in an emergency in the United States
// (criterion relative-emergency).
type Relative struct {
	Name         string `yaml:"name,omitempty"`
	Relationship string `yaml:"relationship,omitempty"`
	Place        string `yaml:"place,omitempty"`
	Situation    string `yaml:"situation,omitempty"`
	Contact      string `yaml:"contact,omitempty"`
}

// Medical holds the facts of urgent treatment (criterion medical-treatment).
// Who is treated is Answers.Patient.
type Medical struct {
	Condition string `yaml:"condition,omitempty"`
	Provider  string `yaml:"provider,omitempty"`
	Date      Date   `yaml:"date,omitempty"`
	// PatientBorn is the child's date of birth when the patient is a child.
	PatientBorn Date `yaml:"patient_born,omitempty"`
}

// Student holds the program facts of an F, M or J applicant (criterion student).
type Student struct {
	SevisID      string `yaml:"sevis_id,omitempty"`
	ProgramStart Date   `yaml:"program_start,omitempty"`
	Form         string `yaml:"form,omitempty"`
	School       string `yaml:"school,omitempty"`
}

// Event holds the facts of urgent business or a significant event
// (criteria urgent-business and significant-event).
type Event struct {
	What      string `yaml:"what,omitempty"`
	Where     string `yaml:"where,omitempty"`
	Date      Date   `yaml:"date,omitempty"`
	Organiser string `yaml:"organiser,omitempty"`
	// Employer is the applicant's own employer or company, for urgent
	// business (the organiser is the US company that needs them).
	Employer   string `yaml:"employer,omitempty"`
	Unforeseen string `yaml:"unforeseen,omitempty"`
	// Role is the applicant's role at the event: speaker, competitor,
	// journalist, official, organiser, performer or spectator.
	Role string `yaml:"role,omitempty"`
}

// Companions are the people travelling with the applicant.
type Companions struct {
	Spouse   bool `yaml:"spouse"`
	Children int  `yaml:"children"`
}

// IsZero lets the encoder leave out empty sections.
func (r Relative) IsZero() bool   { return r == Relative{} }
func (m Medical) IsZero() bool    { return m == Medical{} }
func (s Student) IsZero() bool    { return s == Student{} }
func (e Event) IsZero() bool      { return e == Event{} }
func (c Companions) IsZero() bool { return c == Companions{} }
