package answers

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Limits on what an answers file may hold, the same when reading a file,
// saving a draft and typing in the wizard. A real case is far inside them;
// beyond them is a paste gone wrong or the wrong file, and the memory and
// time spent on a file stay a small multiple of its size.
const (
	// MaxEvidence is the most documents listed under evidence.
	MaxEvidence = 100
	// MaxItem is the longest evidence item, in characters.
	MaxItem = 1000
	// MaxLine is the longest value of any other key but the description,
	// in characters (a name, a place, a contact, a situation).
	MaxLine = 5000
	// MaxDescription is the longest description, in characters (about
	// 30,000 words; the request warns from 500).
	MaxDescription = 200_000
	// maxTokens bounds the lines, list items and separators of a file,
	// and so the size of the YAML tree built before the strict reading.
	maxTokens = 50_000
)

// maxChars is the limit on the text at path ("description",
// "evidence[3]", "applicant.name").
func maxChars(path string) int {
	switch {
	case path == "description":
		return MaxDescription
	case strings.HasPrefix(path, "evidence["):
		return MaxItem
	}
	return MaxLine
}

// checkText refuses a text over its limit, or one that is not UTF-8.
func checkText(path, s string) error {
	if !utf8.ValidString(s) {
		return fmt.Errorf("%s is not UTF-8 text", path)
	}
	if n, limit := utf8.RuneCountInString(s), maxChars(path); n > limit {
		return fmt.Errorf("%s is %s characters long; at most %s are read", path, thousands(n), thousands(limit))
	}
	return nil
}

// checkCount refuses a list longer than MaxEvidence.
func checkCount(path string, n int) error {
	if n > MaxEvidence {
		return fmt.Errorf("%s lists %s documents; at most %d are read (the documents you hold, one per item)", path, thousands(n), MaxEvidence)
	}
	return nil
}

// CheckLimits reports the first value of a over the limits that reading
// and saving apply, as one line; nil when all are within them.
func CheckLimits(a *Answers) error {
	texts := []struct{ path, s string }{
		{"applicant.name", a.Applicant.Name}, {"applicant.post", a.Applicant.Post}, {"applicant.visa", a.Applicant.Visa},
		{"applicant.ds160", a.Applicant.DS160}, {"criterion", a.Criterion}, {"description", a.Description},
		{"relative.name", a.Relative.Name}, {"relative.relationship", a.Relative.Relationship},
		{"relative.place", a.Relative.Place}, {"relative.situation", a.Relative.Situation},
		{"relative.contact", a.Relative.Contact}, {"patient", a.Patient},
		{"medical.condition", a.Medical.Condition}, {"medical.provider", a.Medical.Provider},
		{"student.sevis_id", a.Student.SevisID}, {"student.form", a.Student.Form}, {"student.school", a.Student.School},
		{"event.what", a.Event.What}, {"event.where", a.Event.Where}, {"event.organiser", a.Event.Organiser}, {"event.employer", a.Event.Employer},
		{"event.unforeseen", a.Event.Unforeseen},
	}
	for _, t := range texts {
		if err := checkText(t.path, t.s); err != nil {
			return err
		}
	}
	if err := checkCount("evidence", len(a.Evidence)); err != nil {
		return err
	}
	for i, e := range a.Evidence {
		if err := checkText(fmt.Sprintf("evidence[%d]", i+1), e); err != nil {
			return err
		}
	}
	return nil
}

// tooManyTokens finds the line where a file passes maxTokens: newlines,
// commas, brackets and the "- ", ": ", "? " indicators. Each YAML node
// needs one of them, so the tree stays small. It returns 0 when the file
// is within the bound.
func tooManyTokens(data []byte) int {
	n, line := 0, 1
	for i, c := range data {
		switch c {
		case '\n':
			line++
			n++
		case ',', '[', '{':
			n++
		case '-', ':', '?':
			if i+1 < len(data) && data[i+1] == ' ' {
				n++
			}
		default:
			continue
		}
		if n > maxTokens {
			return line
		}
	}
	return 0
}

// quote shows a value from the file in a message: quoted, control
// characters escaped, cut to 60 characters so that a line stays a line.
func quote(s string) string {
	const max = 60
	if utf8.RuneCountInString(s) > max {
		r := []rune(s)
		return strconv.Quote(string(r[:max])) + "…"
	}
	return strconv.Quote(s)
}

func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// readFile reads an opened answers file. Through a symbolic link, an error
// does not quote the content: the link may lead to a file the applicant
// did not mean to show (run as root, /etc/shadow).
func readFile(path string, f *os.File) (*Answers, error) {
	a, err := Read(path, f)
	if err == nil {
		return a, nil
	}
	var e *Error
	if st, lerr := os.Lstat(path); lerr == nil && st.Mode()&os.ModeSymlink != 0 && errors.As(err, &e) {
		target, terr := filepath.EvalSymlinks(path)
		if terr != nil {
			target = "another file"
		}
		return nil, &Error{File: path, Line: e.Line, Msg: fmt.Sprintf("is not a valid answers file; it is a link to %s, whose content is not quoted here: check that file itself", target)}
	}
	return nil, err
}
