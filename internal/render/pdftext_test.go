package render

import (
	"bytes"
	"compress/zlib"
	"io"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"
)

var streamRE = regexp.MustCompile(`(?s)stream\r?\n(.*?)endstream`)

// pdfText reads back the text a PDF made by fpdf shows: every string
// drawn with Tj, one per line, in drawing order. fpdf writes text in a
// UTF-8 font as UTF-16BE inside (...) strings, and text in a built-in font
// (Helvetica) as Windows-1252 bytes, in content streams, zlib-compressed
// or not.
// This is a test helper, not a general PDF reader.
func pdfText(t *testing.T, pdf []byte) string {
	t.Helper()
	return strings.Join(pdfPages(t, pdf), "")
}

// pdfPages returns the text of each page content stream, a line per string.
func pdfPages(t *testing.T, pdf []byte) []string {
	t.Helper()
	var pages []string
	utf16Fonts := type0Fonts(pdf)
	for _, m := range streamRE.FindAllSubmatch(pdf, -1) {
		content := streamContent(m[1])
		if !bytes.Contains(content, []byte("Tj")) {
			continue // not a page (font data may be compressed too)
		}
		var out strings.Builder
		for _, s := range tjStrings(content) {
			if utf16Fonts[s.font] {
				out.WriteString(decodeUTF16(s.raw))
			} else {
				out.WriteString(decodeCP1252(s.raw))
			}
			out.WriteByte('\n')
		}
		pages = append(pages, out.String())
	}
	return pages
}

var (
	fontResRE = regexp.MustCompile(`/(F[0-9a-f]+) (\d+) 0 R`)
	objRE     = regexp.MustCompile(`(?s)\n(\d+) 0 obj\s*(.*?)endobj`)
	tfRE      = regexp.MustCompile(`^/(F[0-9a-f]+) [0-9.]+ Tf`)
	tdRE      = regexp.MustCompile(`^BT ([0-9.]+) ([0-9.]+) Td`)
)

// type0Fonts returns the resource names of the fonts whose strings are
// UTF-16BE (fpdf's UTF-8 fonts, /Subtype /Type0).
func type0Fonts(pdf []byte) map[string]bool {
	type0 := map[string]bool{}
	for _, m := range objRE.FindAllSubmatch(pdf, -1) {
		if bytes.Contains(m[2], []byte("/Subtype /Type0")) {
			type0[string(m[1])] = true
		}
	}
	res := map[string]bool{}
	for _, m := range fontResRE.FindAllSubmatch(pdf, -1) {
		if type0[string(m[2])] {
			res[string(m[1])] = true
		}
	}
	return res
}

// streamContent is a stream's data, inflated when it is zlib-compressed
// (fpdf can write either).
func streamContent(data []byte) []byte {
	r, err := zlib.NewReader(bytes.NewReader(data))
	if err != nil {
		return data
	}
	content, err := io.ReadAll(r)
	if err != nil {
		return data
	}
	return content
}

// tjString is the raw bytes of a (...) string shown with Tj, and the
// resource name of the font selected (Tf) when it was drawn.
type tjString struct {
	font string
	x, y float64 // where it starts, in points from the bottom left (Td)
	raw  []byte
}

// tjStrings returns each (...) string followed by Tj, with its font.
func tjStrings(content []byte) []tjString {
	var res []tjString
	font := ""
	var x, y float64
	for i := 0; i < len(content); i++ {
		if content[i] == 'B' {
			if m := tdRE.FindSubmatch(content[i:]); m != nil {
				x, _ = strconv.ParseFloat(string(m[1]), 64)
				y, _ = strconv.ParseFloat(string(m[2]), 64)
			}
			continue
		}
		if content[i] == '/' {
			if m := tfRE.FindSubmatch(content[i:]); m != nil {
				font = string(m[1])
			}
			continue
		}
		if content[i] != '(' {
			continue
		}
		var s []byte
		depth := 1
		j := i + 1
		for ; j < len(content) && depth > 0; j++ {
			c := content[j]
			switch {
			case c == '\\' && j+1 < len(content):
				j++
				switch e := content[j]; e {
				case 'n':
					s = append(s, '\n')
				case 'r':
					s = append(s, '\r')
				case 't':
					s = append(s, '\t')
				case 'b':
					s = append(s, '\b')
				case 'f':
					s = append(s, '\f')
				default:
					if e >= '0' && e <= '7' {
						v := 0
						k := 0
						for ; k < 3 && j+k < len(content) && content[j+k] >= '0' && content[j+k] <= '7'; k++ {
							v = v*8 + int(content[j+k]-'0')
						}
						j += k - 1
						s = append(s, byte(v))
					} else {
						s = append(s, e)
					}
				}
			case c == '(':
				depth++
				s = append(s, c)
			case c == ')':
				depth--
				if depth > 0 {
					s = append(s, c)
				}
			default:
				s = append(s, c)
			}
		}
		rest := bytes.TrimLeft(content[j:], " ")
		if bytes.HasPrefix(rest, []byte("Tj")) {
			res = append(res, tjString{font, x, y, s})
		}
		i = j - 1
	}
	return res
}

func decodeUTF16(b []byte) string {
	u := make([]uint16, 0, len(b)/2)
	for i := 0; i+1 < len(b); i += 2 {
		u = append(u, uint16(b[i])<<8|uint16(b[i+1]))
	}
	return string(utf16.Decode(u))
}

// decodeCP1252 reads Windows-1252 bytes, the encoding of fpdf's built-in
// fonts (WinAnsiEncoding).
func decodeCP1252(b []byte) string {
	row8 := map[byte]rune{}
	for r, c := range cp1252Row8 {
		row8[c] = r
	}
	var out strings.Builder
	for _, c := range b {
		if r, ok := row8[c]; ok {
			out.WriteRune(r)
		} else {
			out.WriteRune(rune(c))
		}
	}
	return out.String()
}

func pageCount(pdf []byte) int {
	return len(regexp.MustCompile(`/Type /Page\b[^s]`).FindAll(pdf, -1))
}

// pdfStrings returns every string a PDF shows, decoded, with its place.
func pdfStrings(t *testing.T, pdf []byte) []shown {
	t.Helper()
	var res []shown
	utf16Fonts := type0Fonts(pdf)
	for _, m := range streamRE.FindAllSubmatch(pdf, -1) {
		content := streamContent(m[1])
		if !bytes.Contains(content, []byte("Tj")) {
			continue
		}
		for _, s := range tjStrings(content) {
			text := decodeCP1252(s.raw)
			if utf16Fonts[s.font] {
				text = decodeUTF16(s.raw)
			}
			res = append(res, shown{text: text, font: s.font, x: s.x, y: s.y})
		}
	}
	return res
}

type shown struct {
	text, font string
	x, y       float64
}
