package render

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"codeberg.org/go-pdf/fpdf"

	"github.com/expedite/expedite/internal/answers"
	"github.com/expedite/expedite/internal/criteria"
	"github.com/expedite/expedite/internal/msg"
	"github.com/expedite/expedite/internal/safetext"
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
	Lang    string    // the reader's language (the interface's; English when empty)
	// RequestLang is the language of request.txt; when empty, the answers'
	// request_language, else Lang.
	RequestLang string
}

// printer is the checklist's printer: the reader's language.
func (o PDFOptions) printer() *msg.Printer {
	if o.Lang == "" {
		return msg.For(msg.Default)
	}
	return msg.For(o.Lang)
}

const (
	margin   = 18.0 // mm
	lineH    = 5.2  // mm, body text
	boxSize  = 3.8  // mm, checkbox side
	boxGap   = 3.2  // mm between checkbox and text
	labelGap = 3.0  // mm between the longest header label and its value
	maxValue = 160  // characters of one header value before it is cut, visibly
)

// Fonts. The checklist is set in the PDF's built-in Helvetica, which every
// reader has and which needs no embedding, whenever all its text is in
// Windows-1252 (English, French, « », œ, curly quotes, dashes). Text beyond
// it (Łukasz Wiśniewski, Nguyễn Thị Hà, Cyrillic, Greek) switches the whole
// document to DejaVu Sans, embedded and subset to the characters used.
// fonts/README.md says where the font files come from and under which licence.
const (
	coreFont    = "Helvetica"
	unicodeFont = "DejaVuSans"
)

var (
	//go:embed fonts/DejaVuSans.ttf
	dejaVuSans []byte
	//go:embed fonts/DejaVuSans-Bold.ttf
	dejaVuSansBold []byte
)

// errNeedsUnicode stops a Helvetica layout at the first text it cannot draw.
var errNeedsUnicode = errors.New("text outside Windows-1252")

// ChecklistPDF writes the document checklist for a case as a PDF.
func ChecklistPDF(w io.Writer, a *answers.Answers, opt PDFOptions) error {
	out, err := checklistLayouts(a, opt, false)
	if errors.Is(err, errNeedsUnicode) {
		out, err = checklistLayouts(a, opt, true)
	}
	if err != nil {
		return fmt.Errorf("make the checklist PDF: %w", err)
	}
	_, err = w.Write(out)
	return err
}

// checklistLayouts lays the checklist out normally and, when that leaves
// only a short tail on a second page, again in the compact layout, kept if
// it fits on one page.
func checklistLayouts(a *answers.Answers, opt PDFOptions, unicode bool) ([]byte, error) {
	out, fit, err := checklistPDF(a, opt, unicode, false)
	if err != nil || fit.pages != 2 || fit.tail > shortTail {
		return out, err
	}
	compact, cfit, err := checklistPDF(a, opt, unicode, true)
	if err != nil || cfit.pages != 1 {
		return out, err
	}
	return compact, nil
}

// fit is how a layout filled its pages: their number, and how much of the
// last page's writing height it used.
type fit struct {
	pages int
	tail  float64
}

// checklistPDF lays the checklist out in Helvetica, or in the embedded
// Unicode font when unicode is set. In Helvetica it fails with
// errNeedsUnicode as soon as some text is not in Windows-1252.
func checklistPDF(a *answers.Answers, opt PDFOptions, unicode, compact bool) ([]byte, fit, error) {
	paper := "Letter"
	if opt.Paper == A4 {
		paper = "A4"
	}
	pdf := fpdf.New("P", "mm", paper, "")
	pdf.SetCatalogSort(true)
	// Uncompressed: the checklist is a few kilobytes either way (8 KB, 4 KB
	// compressed), and a zlib writer for each stream cost most of the
	// PDF's time and 2.4 MB of memory.
	pdf.SetCompression(false)
	pdf.SetCreationDate(opt.Made)
	pdf.SetModificationDate(opt.Made)
	pdf.SetProducer("expedite "+opt.Version, true)
	pr := opt.printer()
	pdf.SetTitle(pr.Text("pdf.title", nil), true)
	d := &doc{pdf: pdf, font: coreFont, lh: lineH, gap: 1, pr: pr}
	if compact {
		d.lh, d.gap = compactLH, compactGap
	}
	if unicode {
		d.font = unicodeFont
		pdf.AddUTF8FontFromBytes(unicodeFont, "", dejaVuSans)
		pdf.AddUTF8FontFromBytes(unicodeFont, "B", dejaVuSansBold)
	}
	pdf.SetMargins(margin, margin, margin)
	pdf.SetAutoPageBreak(true, margin)
	pdf.AliasNbPages("{nb}")
	made := LongDate(answers.DateOf(opt.Made), pr)
	pdf.SetFooterFunc(func() {
		pdf.SetY(-margin + 4)
		pdf.SetFont(d.font, "", 8)
		pdf.SetTextColor(90, 90, 90)
		pdf.CellFormat(0, 4, d.t(pr.Text("pdf.footer", map[string]any{"made": made, "page": pdf.PageNo(), "pages": "{nb}"})), "", 0, "C", false, 0, "")
		pdf.SetTextColor(0, 0, 0)
	})
	pdf.AddPage()
	as := criteria.Assess(a, criteria.Options{})
	d.header(as, pr, made)
	for _, s := range ChecklistFor(as, pr) {
		d.section(s)
	}
	d.numbered(pr.Text("pdf.next-steps", nil), NextSteps(pr, a))
	d.bullets(pr.Text("pdf.interview", nil), InterviewTips(pr))
	d.bullets(pr.Text("pdf.important", nil), Warnings(pr))
	if d.outside {
		return nil, fit{}, errNeedsUnicode
	}
	if err := pdf.Error(); err != nil {
		return nil, fit{}, err
	}
	_, h := pdf.GetPageSize()
	f := fit{pages: pdf.PageNo(), tail: (pdf.GetY() - margin) / (h - 2*margin)}
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		return nil, fit{}, err
	}
	if d.outside { // the footer of the last page is drawn by Output
		return nil, fit{}, errNeedsUnicode
	}
	return buf.Bytes(), f, nil
}

// doc draws the checklist. Every text goes through t before fpdf sees it.
type doc struct {
	pdf     *fpdf.Fpdf
	font    string       // coreFont or unicodeFont
	outside bool         // some text was not in Windows-1252 (core font only)
	lh      float64      // line height: lineH, or less in the compact layout
	gap     float64      // scale of the space between items and before titles
	pr      *msg.Printer // the reader's language
}

// Layouts: the compact one is tried when the normal one spills a short
// tail onto a second page (a few lines of Letter paper, 21 mm shorter than
// A4), so a short list fits on one page.
const (
	compactLH  = 4.6
	compactGap = 0.5
	// shortTail is the most of a second page (a fraction of its writing
	// height) that the compact layout tries to bring back onto the first.
	shortTail = 0.3
)

// t returns s as the current font needs it: UTF-8 for the Unicode font,
// Windows-1252 bytes for Helvetica, noting any character it cannot encode.
func (d *doc) t(s string) string {
	if d.font != coreFont {
		return s
	}
	b, ok := toCP1252(s)
	if !ok {
		d.outside = true
	}
	return b
}

// runes returns s for fpdf's SplitText, which reads its text as runes and
// measures rune r with the current font's width r: for Helvetica that is
// each Windows-1252 byte as a rune of the same number.
func (d *doc) runes(s string) string {
	s = d.t(s)
	if d.font != coreFont {
		return s
	}
	r := make([]rune, len(s))
	for i := range len(s) {
		r[i] = rune(s[i])
	}
	return string(r)
}

// cp1252Row8 maps the characters Windows-1252 puts at 0x80-0x9F (five of
// those bytes are unassigned). 0xA0-0xFF are U+00A0-U+00FF, as in Latin-1.
var cp1252Row8 = map[rune]byte{
	'€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87,
	'ˆ': 0x88, '‰': 0x89, 'Š': 0x8A, '‹': 0x8B, 'Œ': 0x8C, 'Ž': 0x8E,
	'‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97,
	'˜': 0x98, '™': 0x99, 'š': 0x9A, '›': 0x9B, 'œ': 0x9C, 'ž': 0x9E, 'Ÿ': 0x9F,
}

// toCP1252 encodes s in Windows-1252. ok is false when some character has
// no place there; it is then written as "?".
func toCP1252(s string) (enc string, ok bool) {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++
	}
	if i == len(s) {
		return s, true // ASCII: the same bytes
	}
	ok = true
	b := make([]byte, i, len(s))
	copy(b, s[:i])
	for _, r := range s[i:] {
		switch c, in := cp1252Row8[r]; {
		case r < utf8.RuneSelf:
			b = append(b, byte(r))
		case r >= 0xA0 && r <= 0xFF:
			b = append(b, byte(r))
		case in:
			b = append(b, c)
		default:
			b = append(b, '?')
			ok = false
		}
	}
	return string(b), ok
}

func (d *doc) width() float64 {
	w, _ := d.pdf.GetPageSize()
	return w - 2*margin
}

// clipValue keeps a header value on a line or two, marking a cut with "…".
func clipValue(s string) string { return safetext.Clip(one(s), maxValue) }

func (d *doc) header(as *criteria.Assessment, pr *msg.Printer, made string) {
	a := as.Answers
	p := d.pdf
	p.SetFont(d.font, "B", 16)
	p.MultiCell(0, 8, d.t(pr.Text("pdf.heading", nil)), "", "L", false)
	p.SetFont(d.font, "", 9.5)
	p.SetTextColor(60, 60, 60)
	p.MultiCell(0, 4.6, d.t(pr.Text("pdf.intro", nil)), "", "L", false)
	p.SetTextColor(0, 0, 0)
	p.Ln(3)

	crit := strings.TrimSpace(a.Criterion)
	if c := as.Criterion; c != nil {
		crit = c.Letter + ". " + c.Title.In(pr.Lang())
	}
	post := one(a.Applicant.Post)
	if pp, ok := as.Country.LookupPost(post); ok {
		post = pp.Name.In(pr.Lang())
	}
	rows := [][2]string{
		{pr.Text("pdf.applicant", nil), a.Applicant.Name},
		{pr.Text("pdf.post", nil), post},
		{pr.Text("pdf.criterion", nil), crit},
		{pr.Text("pdf.travel", nil), LongDate(a.TravelDate, pr)},
		{pr.Text("pdf.first", nil), LongDate(a.FirstAvailable, pr)},
		{pr.Text("pdf.made", nil), made},
	}
	// The label column fits the longest label, whatever its language.
	p.SetFont(d.font, "B", 10)
	labelW := 0.0
	for _, r := range rows {
		labelW = max(labelW, p.GetStringWidth(d.t(r[0])))
	}
	labelW += 2*p.GetCellMargin() + labelGap
	for _, r := range rows {
		v := clipValue(r[1])
		if v == "" {
			v = pr.Text("pdf.not-given", nil)
		}
		y := p.GetY()
		p.SetFont(d.font, "B", 10)
		p.CellFormat(labelW, d.lh, d.t(r[0]), "", 0, "L", false, 0, "")
		p.SetFont(d.font, "", 10)
		p.SetXY(margin+labelW, y)
		p.MultiCell(d.width()-labelW, d.lh, d.t(v), "", "L", false)
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
	if p.GetY()+3*d.lh+6 > h-margin {
		p.AddPage()
	}
	p.Ln(2 * d.gap)
	p.SetFont(d.font, "B", 12)
	p.MultiCell(0, 6.5*d.lh/lineH, d.t(s), "", "L", false)
	p.SetFont(d.font, "", 10)
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
	need := float64(len(p.SplitText(d.runes(text), width-2*p.GetCellMargin()))) * d.lh
	if p.GetY()+need > h-margin && need < h-2*margin {
		p.AddPage()
	}
}

func (d *doc) section(s Section) {
	p := d.pdf
	d.title(s.Title)
	textX := margin + boxSize + boxGap
	for _, it := range s.Items {
		held := " " + d.pr.Text("pdf.in-hand", nil)
		text := it.Text
		if it.Held {
			text += held
		}
		if it.Proves != "" {
			text += ". " + it.Proves // the claim of the request it proves
		}
		d.keepTogether(text, d.width()-boxSize-boxGap)
		y := p.GetY()
		d.checkbox(margin, y+(d.lh-boxSize)/2, it.Held)
		p.SetXY(textX, y)
		p.MultiCell(d.width()-boxSize-boxGap, d.lh, d.t(text), "", "L", false)
		p.Ln(0.8 * d.gap)
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
		p.CellFormat(indent, d.lh, d.t(marker(i)), "", 0, "L", false, 0, "")
		p.SetXY(margin+indent, y)
		p.MultiCell(d.width()-indent, d.lh, d.t(it), "", "L", false)
		p.Ln(0.6 * d.gap)
	}
}

func (d *doc) numbered(title string, items []string) {
	d.list(title, items, func(i int) string { return fmt.Sprintf("%d.", i+1) })
}

func (d *doc) bullets(title string, items []string) {
	d.list(title, items, func(int) string { return "-" })
}
