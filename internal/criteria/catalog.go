// Package criteria holds the official emergency criteria and the rules that
// screen a case against them: answers and today's date in, findings out.
// It does no I/O and imports no terminal package, so every front end asks
// the same code.
package criteria

import "strings"

// Criterion ids, as written in the answers file.
const (
	RelativeEmergency = "relative-emergency"
	MedicalTreatment  = "medical-treatment"
	Student           = "student"
	UrgentBusiness    = "urgent-business"
	SignificantEvent  = "significant-event"
)

// Criterion is one of the five emergency criteria of the US posts in Canada.
type Criterion struct {
	ID       string   `json:"id"`
	Letter   string   `json:"letter"`
	Title    string   `json:"title"`
	Short    string   `json:"short"`    // one plain line for a menu (72 characters at most)
	Official string   `json:"official"` // the consulate's own terms
	Needs    []string `json:"needs"`    // what the request must state
	Proof    []string `json:"proof"`    // proof of the emergency to bring
	Typical  []string `json:"typical"`  // documents applicants often hold, offered in the wizard
}

// All lists the criteria in the consulate's order (a to e).
var All = []Criterion{
	{
		ID: RelativeEmergency, Letter: "a", Title: "Relative emergency in the United States",
		Short:    "Relative emergency: a close relative died or is gravely ill in the US",
		Official: "the death, grave illness or life-threatening accident of an immediate relative taking place in the United States",
		Needs: []string{
			"the relative's name and relationship to you (spouse, parent, child or sibling)",
			"where in the United States it is happening",
			"a description of the situation",
			"the contact details of the attending physician or the funeral home",
		},
		Proof: []string{"Letter from the attending US doctor or hospital, or a death certificate or funeral home letter"},
		Typical: []string{
			"Letter from the attending US doctor or hospital describing the condition",
			"Death certificate",
			"Letter from the funeral home with the date of the funeral",
			"Police or accident report",
			"Proof of our relationship (birth or marriage certificate)",
		},
	},
	{
		ID: MedicalTreatment, Letter: "b", Title: "Urgent medical treatment",
		Short:    "Medical: you or your minor child need urgent treatment in the US",
		Official: "urgent medical treatment in the United States for the applicant or the applicant's minor child",
		Needs: []string{
			"who is treated (you, or your minor child)",
			"the condition and the treatment needed",
			"the US doctor or hospital and the date of treatment",
		},
		Proof: []string{"Letter from the US doctor or hospital stating the treatment, its urgency and its date"},
		Typical: []string{
			"Letter from the US doctor or hospital stating the treatment, its urgency and its date",
			"Referral from my doctor in Canada",
			"Medical records of the condition",
			"Birth certificate of my child (the patient)",
		},
	},
	{
		ID: Student, Letter: "c", Title: "Student or exchange visitor start date",
		Short:    "Student: your F, M or J program starts before the first appointment",
		Official: "a student or exchange visitor (F, M or J) whose I-20 or DS-2019 program start date is earlier than the first available regular appointment",
		Needs: []string{
			"your SEVIS number (N followed by 10 digits), written in the request",
			"the program start date on your I-20 or DS-2019",
			"the first available regular appointment, to show it comes too late",
		},
		Proof: []string{"Your signed I-20 or DS-2019 showing the program start date"},
		Typical: []string{
			"Signed I-20 or DS-2019 showing the program start date",
			"Admission letter from the school",
			"SEVIS I-901 fee payment receipt",
			"Proof of funds for the program",
		},
	},
	{
		ID: UrgentBusiness, Letter: "d", Title: "Urgent business travel",
		Short:    "Urgent business: unforeseen, within 10 days of the first appointment",
		Official: "an unexpected need to travel for urgent business, occurring within 10 days after the first available regular appointment",
		Needs: []string{
			"what the business is, where and when",
			"why it could not have been foreseen or planned",
			"who in the US requires your presence",
		},
		Proof: []string{"Letter from the US company showing the business, its urgency and its dates"},
		Typical: []string{
			"Letter from the US company explaining the urgency and the dates",
			"Letter from my employer confirming my role and the trip",
			"Contract or order that requires my presence",
		},
	},
	{
		ID: SignificantEvent, Letter: "e", Title: "Significant event",
		Short:    "Significant event: unforeseen, of public importance (sport, press...)",
		Official: "an unexpected visit of significant cultural, political, journalistic, sporting or economic importance, occurring within 10 days after the first available regular appointment",
		Needs: []string{
			"what the event is, where and when",
			"why it is significant and why it was not foreseen",
			"who organises it or invited you",
		},
		Proof: []string{"Letter from the organiser showing the event, your role, its importance and its dates"},
		Typical: []string{
			"Letter or invitation from the organiser with my role and the dates",
			"Proof of the event's importance (press, official programme)",
			"Letter from my employer or federation confirming the trip",
		},
	},
}

// Lookup returns the criterion with the given id.
func Lookup(id string) (Criterion, bool) {
	for _, c := range All {
		if c.ID == id {
			return c, true
		}
	}
	return Criterion{}, false
}

// Post is a US consular post in Canada.
type Post struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	Nearby string `json:"nearby,omitempty"` // a second choice worth checking
}

// Posts lists the seven posts that interview visa applicants in Canada.
var Posts = []Post{
	{ID: "calgary", Name: "Calgary", Nearby: "vancouver"},
	{ID: "halifax", Name: "Halifax"},
	{ID: "montreal", Name: "Montreal", Nearby: "ottawa"},
	{ID: "ottawa", Name: "Ottawa", Nearby: "toronto"},
	{ID: "quebec-city", Name: "Quebec City"},
	{ID: "toronto", Name: "Toronto", Nearby: "ottawa"},
	{ID: "vancouver", Name: "Vancouver", Nearby: "calgary"},
}

// LookupPost finds a post by id, ignoring case and accepting "Quebec City".
func LookupPost(s string) (Post, bool) {
	id := strings.ReplaceAll(strings.ToLower(strings.TrimSpace(s)), " ", "-")
	id = strings.ReplaceAll(id, "é", "e")
	for _, p := range Posts {
		if p.ID == id {
			return p, true
		}
	}
	return Post{}, false
}

// UnacceptableReasons are the reasons the posts never accept, in plain words.
var UnacceptableReasons = []string{
	"attending a wedding or a graduation ceremony",
	"assisting a pregnant relative",
	"an annual business, academic or professional conference",
	"last-minute tourism or a vacation",
	"airline tickets already bought",
}
