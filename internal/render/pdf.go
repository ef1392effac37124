package render

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"codeberg.org/go-pdf/fpdf"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"

	"github.com/expedite/expedite/internal/answers"
	"github.com/expedite/expedite/internal/criteria"
)

// Paper sizes the checklist can be printed on.
const (
	Letter = "letter"
	A4     = "a4"
)

// PDFOptions set what the checklist cannot know by itself.
type PDFOptions struct {
	Paper   string    // Letter (default) or A4
	Made    time.Time // printed as "made on" and stored as the creation date; fixed in tests
	Version string    // the program's version, for the document's producer field
}

const (
	margin   = 18.0 // mm
	lineH    = 5.2  // mm, body text
	boxSize  = 3.8  // mm, checkbox side
	boxGap   = 3.2  // mm between checkbox and text
	fontName = "Go"
	maxValue = 160 // characters of one header value before it is cut, visibly
)

// ChecklistPDF writes the document checklist for a case as a PDF.
func ChecklistPDF(w io.Writer, a *answers.Answers, opt PDFOptions) error {
	paper := "Letter"
	if opt.Paper == A4 {
		paper = "A4"
	}
	pdf := fpdf.New("P", "mm", paper, "")
	pdf.SetCatalogSort(true)
	pdf.SetCreationDate(opt.Made)
	pdf.SetModificationDate(opt.Made)
	pdf.SetProducer("expedite "+opt.Version, true)
	pdf.SetTitle("Expedited appointment: documents checklist", true)
	pdf.AddUTF8FontFromBytes(fontName, "", goregular.TTF)
	pdf.AddUTF8FontFromBytes(fontName, "B", gobold.TTF)
	pdf.SetMargins(margin, margin, margin)
	pdf.SetAutoPageBreak(true, margin)
	pdf.AliasNbPages("{nb}")
	made := answers.DateOf(opt.Made).Long()
	pdf.SetFooterFunc(func() {
		pdf.SetY(-margin + 4)
		pdf.SetFont(fontName, "", 8)
		pdf.SetTextColor(90, 90, 90)
		pdf.CellFormat(0, 4, fmt.Sprintf("Made with expedite on %s. It never contacts the official site.   Page %d of {nb}", made, pdf.PageNo()), "", 0, "C", false, 0, "")
		pdf.SetTextColor(0, 0, 0)
	})
	pdf.AddPage()
	d := &doc{pdf: pdf}
	d.header(a, made)
	for _, s := range Checklist(a) {
		d.section(s)
	}
	d.numbered("Next steps", NextSteps)
	d.bullets("At the interview", InterviewTips)
	d.bullets("Important", Warnings)
	if err := pdf.Error(); err != nil {
		return fmt.Errorf("make the checklist PDF: %w", err)
	}
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		return fmt.Errorf("make the checklist PDF: %w", err)
	}
	_, err := w.Write(buf.Bytes())
	return err
}

type doc struct{ pdf *fpdf.Fpdf }

func (d *doc) width() float64 {
	w, _ := d.pdf.GetPageSize()
	return w - 2*margin
}

// clipValue keeps a header value on a line or two, marking a cut with "…".
func clipValue(s string) string {
	s = one(s)
	if utf8.RuneCountInString(s) <= maxValue {
		return s
	}
	return string([]rune(s)[:maxValue-1]) + "…"
}

func (d *doc) header(a *answers.Answers, made string) {
	p := d.pdf
	p.SetFont(fontName, "B", 16)
	p.MultiCell(0, 8, "Expedited visa appointment: documents to bring", "", "L", false)
	p.SetFont(fontName, "", 9.5)
	p.SetTextColor(60, 60, 60)
	p.MultiCell(0, 4.6, "Tick each box as you put the document in your folder. Bring originals and one copy of each.", "", "L", false)
	p.SetTextColor(0, 0, 0)
	p.Ln(3)

	crit := strings.TrimSpace(a.Criterion)
	if c, ok := criteria.Lookup(crit); ok {
		crit = c.Letter + ". " + c.Title
	}
	post := one(a.Applicant.Post)
	if pp, ok := criteria.LookupPost(post); ok {
		post = pp.Name
	}
	rows := [][2]string{
		{"Applicant", a.Applicant.Name},
		{"Post", post},
		{"Criterion", crit},
		{"Travel date", a.TravelDate.Long()},
		{"First available appointment", a.FirstAvailable.Long()},
		{"Made on", made},
	}
	labelW := 52.0
	for _, r := range rows {
		v := clipValue(r[1])
		if v == "" {
			v = "(not given)"
		}
		y := p.GetY()
		p.SetFont(fontName, "B", 10)
		p.CellFormat(labelW, lineH, r[0], "", 0, "L", false, 0, "")
		p.SetFont(fontName, "", 10)
		p.SetXY(margin+labelW, y)
		p.MultiCell(d.width()-labelW, lineH, v, "", "L", false)
	}
	p.Ln(2)
	p.SetDrawColor(0, 0, 0)
	p.SetLineWidth(0.3)
	p.Line(margin, p.GetY(), margin+d.width(), p.GetY())
	p.Ln(3)
}

func (d *doc) title(s string) {
	p := d.pdf
	// Keep a title with at least two lines of its list.
	_, h := p.GetPageSize()
	if p.GetY()+3*lineH+6 > h-margin {
		p.AddPage()
	}
	p.Ln(2)
	p.SetFont(fontName, "B", 12)
	p.MultiCell(0, 6.5, s, "", "L", false)
	p.SetFont(fontName, "", 10)
}

// checkbox draws an empty box, or a ticked one for a document in hand.
func (d *doc) checkbox(x, y float64, ticked bool) {
	p := d.pdf
	p.SetLineWidth(0.3)
	p.Rect(x, y, boxSize, boxSize, "D")
	if ticked {
		p.SetLineWidth(0.5)
		p.Line(x+0.7, y+boxSize*0.55, x+boxSize*0.42, y+boxSize-0.7)
		p.Line(x+boxSize*0.42, y+boxSize-0.7, x+boxSize-0.5, y+0.6)
		p.SetLineWidth(0.3)
	}
}

// keepTogether starts a new page when text, wrapped to width, would not fit
// above the bottom margin: a marker or checkbox never stays behind alone.
func (d *doc) keepTogether(text string, width float64) {
	p := d.pdf
	_, h := p.GetPageSize()
	need := float64(len(p.SplitText(text, width-2*p.GetCellMargin()))) * lineH
	if p.GetY()+need > h-margin && need < h-2*margin {
		p.AddPage()
	}
}

func (d *doc) section(s Section) {
	p := d.pdf
	d.title(s.Title)
	textX := margin + boxSize + boxGap
	for _, it := range s.Items {
		d.keepTogether(it.Text+"  (in hand)", d.width()-boxSize-boxGap)
		y := p.GetY()
		d.checkbox(margin, y+(lineH-boxSize)/2, it.Held)
		text := it.Text
		if it.Held {
			text += "  (in hand)"
		}
		p.SetXY(textX, y)
		p.MultiCell(d.width()-boxSize-boxGap, lineH, text, "", "L", false)
		p.Ln(0.8)
	}
}

func (d *doc) list(title string, items []string, marker func(i int) string) {
	p := d.pdf
	d.title(title)
	indent := 7.0
	for i, it := range items {
		d.keepTogether(it, d.width()-indent)
		y := p.GetY()
		p.SetX(margin)
		p.CellFormat(indent, lineH, marker(i), "", 0, "L", false, 0, "")
		p.SetXY(margin+indent, y)
		p.MultiCell(d.width()-indent, lineH, it, "", "L", false)
		p.Ln(0.6)
	}
}

func (d *doc) numbered(title string, items []string) {
	d.list(title, items, func(i int) string { return fmt.Sprintf("%d.", i+1) })
}

func (d *doc) bullets(title string, items []string) {
	d.list(title, items, func(int) string { return "-" })
}
