package prose

import (
	"unicode"
	"unicode/utf8"
)

// Token flags, worked out while tokenizing.
const (
	fCap      uint8 = 1 << iota // first letter is a capital
	fAllCaps                    // two letters or more, none lowercase
	fDigits                     // only digits
	fHasDigit                   // some digit
	fAlpha                      // letters (and joiners) only
	fASCII                      // only ASCII bytes
	fLower                      // the text is already its folded key
)

// token is one word of a text: a small value over the text, never a
// string of its own.
type token struct {
	cats   cat    // categories of the longest lexicon phrase starting here
	start  int32  // byte offset in the text
	word   int32  // index of its folded form in Doc.words
	clause int32  // index in Doc.clauses
	size   uint16 // bytes: a longer run of letters is cut into tokens of maxToken
	n      uint8  // tokens that phrase covers (0: none)
	flags  uint8
}

// maxToken is the longest token in bytes; 24-byte tokens keep a long
// text's memory down (lint reads megabytes).
const maxToken = 1<<16 - 8

// stop is the byte offset just after the token.
func (t *token) stop() int32 { return t.start + int32(t.size) }

// asciiClass: 1 letter, 2 digit.
var asciiClass = func() (t [128]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = 1
		t[c-'a'+'A'] = 1
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = 2
	}
	return
}()

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// runeAt decodes the rune at i, fast for ASCII.
func runeAt(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

func wordRuneAt(s string, i int) (bool, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return asciiClass[c] != 0, 1
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	return isWordRune(r), n
}

// tokenize appends the words of text to dst. A word is a run of letters
// and digits; an apostrophe, hyphen, slash or period between two word
// characters stays inside (cousin's, life-threatening, 20/11, U.S), and
// so does a colon between digits (10:30). A French elision is its own
// token: "j'ai" is j + ai, "qu'elle" is qu + elle.
func tokenize(text string, dst []token) []token {
	n := len(text)
	i := 0
	for i < n {
		if ok, size := wordRuneAt(text, i); !ok {
			i += size
			continue
		}
		start := i
		var flags uint8 = fASCII | fAlpha | fLower
		letters, upper, skip := 0, 0, 0
	word:
		for i < n && i-start < maxToken {
			c := text[i]
			if c < utf8.RuneSelf {
				switch asciiClass[c] {
				case 1:
					letters++
					if c <= 'Z' {
						upper++
						flags &^= fLower
					}
					i++
					continue
				case 2:
					flags |= fHasDigit
					flags &^= fAlpha
					i++
					continue
				}
				if i+1 >= n {
					break word
				}
				switch c {
				case '\'', '-', '/', '.':
					if ok, _ := wordRuneAt(text, i+1); !ok {
						break word
					}
				case ':':
					if flags&fHasDigit == 0 || text[i+1] < '0' || text[i+1] > '9' {
						break word
					}
				default:
					break word
				}
				if c == '\'' && elision(text, start, i) {
					skip = 1
					break word
				}
				if c != '\'' && c != '-' {
					flags &^= fAlpha
				}
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(text[i:])
			if r == '\u2019' {
				if i+size >= n {
					break word
				}
				if ok, _ := wordRuneAt(text, i+size); !ok {
					break word
				}
				if elision(text, start, i) {
					skip = size
					break word
				}
				flags &^= fASCII | fLower
				i += size
				continue
			}
			if !isWordRune(r) {
				break word
			}
			flags &^= fASCII | fLower
			if unicode.IsLetter(r) {
				letters++
				if unicode.IsUpper(r) {
					upper++
				}
			} else {
				flags |= fHasDigit
				flags &^= fAlpha
			}
			i += size
		}
		if letters == 0 && flags&fHasDigit != 0 {
			flags |= fDigits
			for k := start; k < i; k++ {
				if text[k] < '0' || text[k] > '9' {
					flags &^= fDigits
					break
				}
			}
		}
		if letters > 0 {
			if r, _ := runeAt(text, start); unicode.IsUpper(r) {
				flags |= fCap
			}
			if upper == letters && letters >= 2 {
				flags |= fAllCaps
			}
		}
		dst = append(dst, token{start: int32(start), size: uint16(i - start), flags: flags})
		i += skip
	}
	return dst
}

// elision reports whether text[start:apos] is a French elided word (c, d,
// j, l, m, n, s, t, qu, jusqu, lorsqu, puisqu), which ends at the
// apostrophe at apos.
func elision(text string, start, apos int) bool {
	w := text[start:apos]
	switch len(w) {
	case 1:
		switch w[0] | 0x20 {
		case 'c', 'd', 'j', 'l', 'm', 'n', 's', 't':
			return true
		}
	case 2:
		return (w[0]|0x20) == 'q' && (w[1]|0x20) == 'u'
	case 5, 6:
		var l [6]byte
		for k := range w {
			l[k] = w[k] | 0x20
		}
		switch string(l[:len(w)]) {
		case "jusqu", "lorsqu", "puisqu", "quoiqu":
			return true
		}
	}
	return false
}

// appendFold appends s folded: lowercase, accents removed, curly
// apostrophes straight, œ and æ spelled out.
func appendFold(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch r {
		case 'à', 'á', 'â', 'ä', 'ã', 'å', 'À', 'Á', 'Â', 'Ä', 'Ã', 'Å':
			dst = append(dst, 'a')
		case 'ç', 'Ç':
			dst = append(dst, 'c')
		case 'è', 'é', 'ê', 'ë', 'È', 'É', 'Ê', 'Ë':
			dst = append(dst, 'e')
		case 'ì', 'í', 'î', 'ï', 'Ì', 'Í', 'Î', 'Ï':
			dst = append(dst, 'i')
		case 'ñ', 'Ñ':
			dst = append(dst, 'n')
		case 'ò', 'ó', 'ô', 'ö', 'õ', 'Ò', 'Ó', 'Ô', 'Ö', 'Õ':
			dst = append(dst, 'o')
		case 'ù', 'ú', 'û', 'ü', 'Ù', 'Ú', 'Û', 'Ü':
			dst = append(dst, 'u')
		case 'ý', 'ÿ', 'Ý':
			dst = append(dst, 'y')
		case 'œ', 'Œ':
			dst = append(dst, 'o', 'e')
		case 'æ', 'Æ':
			dst = append(dst, 'a', 'e')
		case 'ß':
			dst = append(dst, 's', 's')
		case '\u2019', '\u2018', '`':
			dst = append(dst, '\'')
		case '\u2010', '\u2011', '\u2013':
			dst = append(dst, '-')
		default:
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		}
	}
	return dst
}
