package wizard

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"sync"
	"time"
	"unicode/utf8"
)

// errInterrupted is returned when a signal (Ctrl-C, SIGTERM, SIGHUP) or a
// closed terminal stops the line prompts.
var errInterrupted = errors.New("interrupted")

// Signals lets the caller stop the line prompts. When Stop is closed the
// prompts keep every answer, the one being typed included, save the draft
// and end with Interrupted. Rescue, when set, is called first: on a
// terminal it makes the half-typed line readable (it returns true when a
// read will then return it); the prompts wait for that line at most
// RescueWait.
//
// Gone, when set, is asked when the input ends: true means the terminal
// went away (its window was closed), which ends the prompts as a signal
// does, not as input that ran out.
type Signals struct {
	Stop   <-chan struct{}
	Rescue func() bool
	Gone   func() bool
}

// RescueWait bounds the wait for a rescued half-typed line.
const RescueWait = 500 * time.Millisecond

// lineReader reads the input in its own goroutine, so that a signal can
// stop a prompt that waits for a line, and keeps the bytes of the line
// being typed (those after the last newline).
type lineReader struct {
	mu      sync.Mutex
	pending []byte // read, not yet a whole line
	moved   chan struct{}
	lines   chan lineResult
}

type lineResult struct {
	line string
	err  error // io.EOF: the input ended; another error: it broke (a closed terminal)
}

func newLineReader(in io.Reader) *lineReader {
	r := &lineReader{lines: make(chan lineResult), moved: make(chan struct{}, 1)}
	go r.run(in)
	return r
}

func (r *lineReader) run(in io.Reader) {
	buf := make([]byte, 4096)
	for {
		n, err := in.Read(buf)
		r.mu.Lock()
		r.pending = append(r.pending, buf[:n]...)
		var whole []string
		for {
			i := bytes.IndexByte(r.pending, '\n')
			if i < 0 {
				break
			}
			whole = append(whole, strings.TrimRight(string(r.pending[:i]), "\r"))
			r.pending = r.pending[i+1:]
		}
		r.mu.Unlock()
		if n > 0 {
			select {
			case r.moved <- struct{}{}:
			default:
			}
		}
		for _, l := range whole {
			r.lines <- lineResult{line: l}
		}
		if err != nil {
			r.mu.Lock()
			last := strings.TrimRight(string(r.pending), "\r")
			r.pending = nil
			r.mu.Unlock()
			if last != "" && err == io.EOF {
				r.lines <- lineResult{line: last} // a last line without a newline
			}
			if err != io.EOF {
				err = errInterrupted
			}
			for {
				r.lines <- lineResult{err: err}
			}
		}
	}
}

// partial is the line being typed: the bytes read after the last newline.
func (r *lineReader) partial() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return strings.TrimRight(string(r.pending), "\r\n")
}

// line reads one line, or stops on a signal.
func (p *prompter) line() (string, error) {
	select {
	case res := <-p.in.lines:
		if res.err == io.EOF {
			if p.sig.Gone != nil && p.sig.Gone() {
				return "", errInterrupted
			}
			return "", errInputEnded
		}
		if res.err != nil {
			return "", res.err
		}
		if !utf8.ValidString(res.line) {
			return "", retryError{notUTF8}
		}
		return res.line, nil
	case <-p.sig.Stop:
		return "", errInterrupted
	}
}

// notUTF8 is said of a line whose bytes are not UTF-8 (a terminal set to
// Latin-1, say): it is refused, never saved as binary data.
const notUTF8 = "that line is not UTF-8 text (is the terminal set to another encoding?); type it again"

// typing is the line being typed when a signal came, rescued from the
// terminal where that is possible; "" when there is none or it is not
// UTF-8.
func (p *prompter) typing() string {
	if p.sig.Rescue != nil && p.in.partial() == "" {
		// Drop an old notice, then wait for the rescued bytes.
		select {
		case <-p.in.moved:
		default:
		}
		if p.sig.Rescue() {
			select {
			case <-p.in.moved:
			case <-time.After(RescueWait):
			}
		}
	}
	s := p.in.partial()
	if !utf8.ValidString(s) {
		return ""
	}
	return s
}
