package render

import (
	"bytes"
	"strings"
	"testing"

	"codeberg.org/go-pdf/fpdf"
)

// embedded reports whether a PDF embeds a font program (the Unicode font);
// Helvetica is built into every reader and is never embedded.
func embedded(pdf []byte) bool { return bytes.Contains(pdf, []byte("/FontFile2")) }

func TestChecklistPDFFontChoice(t *testing.T) {
	tests := []struct {
		name    string
		unicode bool // the text needs the embedded Unicode font
	}{
		{"François Lévesque", false},
		{"Marie-Ève Côté", false},
		{"Zoë Ñúñez", false},
		{"« Œuvre » d’Aimée “Dédé” Bœuf – ½ €", false},
		{"Łukasz Wiśniewski", true},
		{"Nguyễn Thị Hà", true},
		{"Дмитрий Ковалёв", true},
		{"Ελένη Παπαδοπούλου", true},
	}
	a := load(t, "relative-emergency")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a.Applicant.Name = tt.name
			pdf := makePDF(t, a, Letter)
			if got := embedded(pdf); got != tt.unicode {
				t.Errorf("font embedded: %v, want %v", got, tt.unicode)
			}
			if helv := bytes.Contains(pdf, []byte("/BaseFont /Helvetica")); helv == tt.unicode {
				t.Errorf("Helvetica used: %v, want %v", helv, !tt.unicode)
			}
			text := pdfText(t, pdf)
			// one is what the header prints: smart quotes and dashes made plain.
			for _, want := range []string{one(tt.name), "Proof of the emergency", "Page 1 of"} {
				if !strings.Contains(text, want) {
					t.Errorf("PDF text lacks %q:\n%s", want, text)
				}
			}
		})
	}
}

// TestChecklistPDFEvidenceNeedsUnicode: any text, not only the name, moves
// the document to the Unicode font.
func TestChecklistPDFEvidenceNeedsUnicode(t *testing.T) {
	a := load(t, "relative-emergency")
	a.Evidence = append(a.Evidence, "Świadectwo zgonu (death certificate)")
	pdf := makePDF(t, a, A4)
	if !embedded(pdf) {
		t.Error("Unicode font not embedded for a Polish document name")
	}
	if text := pdfText(t, pdf); !strings.Contains(text, "Świadectwo zgonu (death certificate)") {
		t.Errorf("evidence does not read back:\n%s", text)
	}
}

// TestChecklistPDFHyphenAndZero: the DS-160 number and the form's name are
// drawn with a plain hyphen-minus and a plain zero in both fonts (the Go
// font drew "DS–16Ø": a long dash and a slashed zero).
func TestChecklistPDFHyphenAndZero(t *testing.T) {
	a := load(t, "relative-emergency")
	a.Applicant.DS160 = "AA00ABC123"
	for _, name := range []string{"Jean Tremblay", "Łukasz Wiśniewski"} {
		a.Applicant.Name = name
		pdf := makePDF(t, a, Letter)
		if bytes.Contains(pdf, []byte("/BaseFont /utf8go")) {
			t.Errorf("%s: the Go font is still used", name)
		}
		text := pdfText(t, pdf)
		if want := "DS-160 confirmation page (AA00ABC123)"; !strings.Contains(text, want) {
			t.Errorf("%s: PDF text lacks %q:\n%s", name, want, text)
		}
		if strings.ContainsAny(text, "Ø–") {
			t.Errorf("%s: a slashed zero or a dash where none was typed:\n%s", name, text)
		}
	}
}

// TestChecklistPDFLabelColumn: every header value starts to the right of
// the longest label, in both fonts.
func TestChecklistPDFLabelColumn(t *testing.T) {
	labels := []string{"Applicant", "Post", "Criterion", "Travel date", "First available appointment", "Made on"}
	a := load(t, "relative-emergency")
	for _, tt := range []struct{ name, font, file string }{
		{"Jean Tremblay", coreFont, ""},
		{"Łukasz Wiśniewski", unicodeFont, "DejaVuSans-Bold"},
	} {
		a.Applicant.Name = tt.name
		strs := pdfStrings(t, makePDF(t, a, Letter))
		widest := 0.0
		f := fpdf.New("P", "pt", "Letter", "")
		if tt.font == unicodeFont {
			f.AddUTF8FontFromBytes(unicodeFont, "B", dejaVuSansBold)
		}
		f.SetFont(tt.font, "B", 10)
		for _, l := range labels {
			widest = max(widest, f.GetStringWidth(l))
		}
		found := 0
		for i, s := range strs {
			if !contains(labels, s.text) || i+1 == len(strs) {
				continue
			}
			found++
			v := strs[i+1]
			if v.y != s.y {
				t.Errorf("%s: the value after %q is not on its line", tt.font, s.text)
			}
			if v.x < s.x+widest {
				t.Errorf("%s: %q starts at %.1f pt, within the label column (%.1f + %.1f)", tt.font, v.text, v.x, s.x, widest)
			}
		}
		if found != len(labels) {
			t.Errorf("%s: %d labels found, want %d", tt.font, found, len(labels))
		}
	}
}

func contains(list []string, s string) bool {
	for _, l := range list {
		if l == s {
			return true
		}
	}
	return false
}

func TestToCP1252(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"DS-160 AA00ABC123", "DS-160 AA00ABC123", true},
		{"Lévesque", "L\xe9vesque", true},
		{"« œ » ’ “ ” – — … €", "\xab \x9c \xbb \x92 \x93 \x94 \x96 \x97 \x85 \x80", true},
		{"Łukasz", "?ukasz", false},
		{"Thị", "Th?", false},
	}
	for _, tt := range tests {
		got, ok := toCP1252(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("toCP1252(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
		if ok && decodeCP1252([]byte(got)) != tt.in {
			t.Errorf("%q does not decode back", tt.in)
		}
	}
}
