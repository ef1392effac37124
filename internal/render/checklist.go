package render

import (
	"fmt"
	"strings"

	"github.com/expedite/expedite/internal/answers"
	"github.com/expedite/expedite/internal/criteria"
)

// Item is one document to bring. Held marks a document the applicant said
// they already hold.
type Item struct {
	Text string
	Held bool
}

// Section is a titled group of checklist items.
type Section struct {
	Title string
	Items []Item
}

// Checklist lists the documents this case calls for, and only those: no
// marriage certificate without a spouse, no status proof for a citizen.
func Checklist(a *answers.Answers) []Section {
	ds160 := "DS-160 confirmation page"
	if n := one(a.Applicant.DS160); n != "" {
		ds160 += " (" + n + ")"
	}
	always := []Item{
		{Text: "Valid passport"},
		{Text: ds160},
		{Text: "Printed appointment confirmation and instructions page"},
		{Text: "One colour photo, 5 x 5 cm (2 x 2 in), taken within the last 6 months"},
	}
	if !a.Applicant.CanadianCitizen {
		always = append(always, Item{Text: "Proof of legal status in Canada (permanent resident card, or work or study permit)"})
	}
	secs := []Section{{Title: "Always", Items: always}}

	var family []Item
	if a.Companions.Spouse {
		family = append(family, Item{Text: "Marriage certificate (your spouse travels with you)"})
	}
	for i := 1; i <= a.Companions.Children; i++ {
		family = append(family, Item{Text: fmt.Sprintf("Birth certificate of child %d of %d travelling with you", i, a.Companions.Children)})
	}
	if len(family) > 0 {
		secs = append(secs, Section{Title: "Family travelling with you", Items: family})
	}

	if proof := emergencyProof(a); len(proof) > 0 {
		secs = append(secs, Section{Title: "Proof of the emergency", Items: proof})
	}

	var held []Item
	for _, e := range a.Evidence {
		if v := one(e); v != "" {
			held = append(held, Item{Text: v, Held: true})
		}
	}
	if len(held) > 0 {
		secs = append(secs, Section{Title: "Documents you listed as in hand", Items: held})
	}

	secs = append(secs, Section{Title: "Ties that bring you home (helpful at any interview)", Items: []Item{
		{Text: "Lease, mortgage or property deed"},
		{Text: "Letter from your employer, or proof of your business"},
		{Text: "Proof of family ties in Canada"},
	}})
	return secs
}

func emergencyProof(a *answers.Answers) []Item {
	switch strings.TrimSpace(a.Criterion) {
	case criteria.RelativeEmergency:
		return []Item{
			{Text: "Letter from the attending US doctor or hospital about your relative's condition"},
			{Text: "Or, after a death: the death certificate or a letter from the funeral home"},
			{Text: "Proof of your relationship (for example a birth or marriage certificate)"},
		}
	case criteria.MedicalTreatment:
		items := []Item{{Text: "Letter from the US doctor or hospital stating the treatment, its urgency and its date"}}
		if strings.TrimSpace(a.Patient) == "child" {
			items = append(items, Item{Text: "Your child's birth certificate"})
		}
		return items
	case criteria.Student:
		form := criteria.NormalForm(a.Student.Form)
		if form == "" {
			form = "I-20 or DS-2019"
		}
		text := "Your signed " + form + " showing the program start date"
		if s := one(a.Student.SevisID); s != "" {
			text += " (SEVIS " + s + ")"
		}
		return []Item{{Text: text}}
	case criteria.UrgentBusiness:
		return []Item{{Text: "Letter from the US company showing the business, its urgency and its dates"}}
	case criteria.SignificantEvent:
		return []Item{{Text: "Letter from the organiser showing the event, your role, its importance and its dates"}}
	}
	return nil
}

// NextSteps is the official process, in order.
var NextSteps = []string{
	"Complete the DS-160 online application for your visa type.",
	"Pay the fee and book a regular appointment first: an expedite request is only possible after that.",
	"Submit the request from the appointment system's menu: paste the text from request.txt.",
	"Wait for the e-mail answer, usually within a few business days. No answer means no.",
	"If approved: log back in, cancel the regular appointment, book the approved date (the fee already paid counts) and print the appointment confirmation.",
	"Bring the proof of the emergency and the documents on this list to the interview.",
}

// InterviewTips are short and practical.
var InterviewTips = []string{
	"The interview lasts 2 to 3 minutes: answer briefly and to the point.",
	"Hand over clear, short evidence when asked.",
	"Be honest in every answer.",
	"If refused, do not argue: ask politely for the reason in writing and what would help next time.",
}

// Warnings are the facts that cost applicants most.
var Warnings = []string{
	"Misrepresentation can mean a permanent visa ban: state only what is true.",
	"Many posts allow only one expedite request: send it complete the first time.",
	"Rescheduling is limited to 20 times; after that the fee must be paid again.",
	"Nobody can sell \"known free dates\". Never share your account login.",
}
