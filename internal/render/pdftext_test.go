package render

import (
	"bytes"
	"compress/zlib"
	"io"
	"regexp"
	"strings"
	"testing"
	"unicode/utf16"
)

var streamRE = regexp.MustCompile(`(?s)stream\r?\n(.*?)endstream`)

// pdfText reads back the text a PDF made by fpdf shows: every string
// drawn with Tj, one per line, in drawing order. fpdf writes text in a
// UTF-8 font as UTF-16BE inside (...) strings, in zlib-compressed content
// streams. This is a test helper, not a general PDF reader.
func pdfText(t *testing.T, pdf []byte) string {
	t.Helper()
	return strings.Join(pdfPages(t, pdf), "")
}

// pdfPages returns the text of each page content stream, a line per string.
func pdfPages(t *testing.T, pdf []byte) []string {
	t.Helper()
	var pages []string
	for _, m := range streamRE.FindAllSubmatch(pdf, -1) {
		r, err := zlib.NewReader(bytes.NewReader(m[1]))
		if err != nil {
			continue // not a compressed stream (font data may be, too)
		}
		content, err := io.ReadAll(r)
		if err != nil || !bytes.Contains(content, []byte("Tj")) {
			continue
		}
		var out strings.Builder
		for _, s := range tjStrings(content) {
			out.WriteString(decodeUTF16(s))
			out.WriteByte('\n')
		}
		pages = append(pages, out.String())
	}
	return pages
}

// tjStrings returns the raw bytes of each (...) string followed by Tj.
func tjStrings(content []byte) [][]byte {
	var res [][]byte
	for i := 0; i < len(content); i++ {
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
			res = append(res, s)
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

func pageCount(pdf []byte) int {
	return len(regexp.MustCompile(`/Type /Page\b[^s]`).FindAll(pdf, -1))
}
