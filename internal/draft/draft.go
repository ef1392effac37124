// Package draft keeps the wizard's draft, an ordinary answers file: where
// it lives, saving it atomically and privately, and setting aside one that
// cannot be read so that it is never overwritten.
package draft

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/expedite/expedite/internal/answers"
	"github.com/expedite/expedite/internal/safefile"
)

// DefaultPath is $XDG_STATE_HOME/expedite/draft.yaml, or
// ~/.local/state/expedite/draft.yaml when XDG_STATE_HOME is not set.
func DefaultPath(getenv func(string) string) (string, error) {
	if dir := getenv("XDG_STATE_HOME"); filepath.IsAbs(dir) {
		return filepath.Join(dir, "expedite", "draft.yaml"), nil
	}
	home := getenv("HOME")
	if home == "" {
		h, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("cannot find your home folder to keep the draft in; name a file with --draft FILE")
		}
		home = h
	}
	return filepath.Join(home, ".local", "state", "expedite", "draft.yaml"), nil
}

// Store is one draft file.
type Store struct {
	Path string
	Now  func() time.Time // for the names of set-aside files; time.Now when nil
}

// Found is what Load found.
type Found struct {
	Answers *answers.Answers // nil when there is no usable draft
	Saved   time.Time        // when the draft was last saved
	// SetAside names the file an unreadable draft was moved to, and Problem
	// says what was wrong with it; both are empty otherwise.
	SetAside string
	Problem  string
}

func (s Store) now() time.Time {
	if s.Now != nil {
		return s.Now()
	}
	return time.Now()
}

// Load reads the draft. No draft is not an error. Anything at the path
// that is not a regular file (a folder, a device, a named pipe, a socket)
// is refused and left alone. A draft expedite wrote that cannot be read
// as an answers file is renamed aside (never overwritten, never deleted)
// and reported in Found; a file expedite did not write is refused and
// left alone.
func (s Store) Load() (Found, error) {
	st, err := os.Stat(s.Path)
	if errors.Is(err, os.ErrNotExist) {
		if _, lerr := os.Lstat(s.Path); lerr == nil {
			return Found{}, fmt.Errorf("the draft %s is a link to nothing; name another file with --draft FILE", s.Path)
		}
		return Found{}, nil
	}
	if err != nil {
		return Found{}, fmt.Errorf("read the draft %s: %w", s.Path, err)
	}
	if !st.Mode().IsRegular() {
		return Found{}, fmt.Errorf("the draft %s is %s, not a file; expedite leaves it alone: name a file with --draft FILE", s.Path, safefile.Kind(st.Mode()))
	}
	a, err := answers.ReadFile(s.Path)
	if err == nil {
		return Found{Answers: a, Saved: st.ModTime()}, nil
	}
	if !wroteIt(s.Path) {
		return Found{}, fmt.Errorf("%v; it is not a draft expedite wrote, so expedite neither moves nor overwrites it: fix it, or name another file with --draft FILE", err)
	}
	aside, rerr := s.setAside("broken")
	if rerr != nil {
		return Found{}, fmt.Errorf("the draft %s cannot be read (%v), and could not be moved aside: %w", s.Path, err, rerr)
	}
	return Found{SetAside: aside, Problem: err.Error()}, nil
}

// wroteIt reports whether path is a regular file that starts as every
// draft expedite writes does (answers.Header), a byte-order mark aside.
func wroteIt(path string) bool {
	f, err := safefile.OpenRegular(path)
	if err != nil {
		return false
	}
	defer f.Close()
	buf := make([]byte, 3+len(answers.Header))
	n, _ := io.ReadFull(f, buf)
	return bytes.HasPrefix(bytes.TrimPrefix(buf[:n], []byte("\xef\xbb\xbf")), []byte(strings.TrimSuffix(answers.Header, "\n")))
}

// Save writes the draft atomically, 0600, creating its folder 0700. It
// saves only what Load can read back: a draft over the reader's limits
// (answers.MaxSize, and the limits on lists and texts) is not saved, and
// the error says why; the last good draft stays.
func (s Store) Save(a *answers.Answers) error {
	if err := answers.CheckLimits(a); err != nil {
		return fmt.Errorf("not saved: %w", err)
	}
	data, err := answers.Marshal(a)
	if err != nil {
		return err
	}
	if len(data) > answers.MaxSize {
		return fmt.Errorf("not saved: your answers come to %.1f MiB, more than the %d MiB a draft can hold; shorten the longest text (a paste gone wrong?)", float64(len(data))/(1<<20), answers.MaxSize>>20)
	}
	if _, err := answers.Decode(s.Path, data); err != nil {
		return fmt.Errorf("not saved, as it could not be read back: %w", err)
	}
	if err := safefile.WriteFile(s.Path, data); err != nil {
		return fmt.Errorf("save the draft: %w", err)
	}
	return nil
}

// Archive moves the current draft aside (when starting over), so that
// nothing typed before is lost. It returns the new name, or "" when there
// was no draft.
func (s Store) Archive() (string, error) {
	if _, err := os.Stat(s.Path); errors.Is(err, os.ErrNotExist) {
		return "", nil
	}
	return s.setAside("old")
}

// setAside renames the draft to draft.yaml.KIND-YYYYMMDD-HHMMSS[-N], a
// name that does not exist yet.
func (s Store) setAside(kind string) (string, error) {
	base := fmt.Sprintf("%s.%s-%s", s.Path, kind, s.now().Format("20060102-150405"))
	name := base
	for i := 2; ; i++ {
		if _, err := os.Lstat(name); errors.Is(err, os.ErrNotExist) {
			break
		}
		name = fmt.Sprintf("%s-%d", base, i)
	}
	if err := os.Rename(s.Path, name); err != nil {
		return "", err
	}
	return name, nil
}
