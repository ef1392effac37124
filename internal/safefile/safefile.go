// Package safefile writes the applicant's files atomically and privately:
// a file is created 0600 in a temporary name beside its target, synced,
// then renamed over it, so a crash leaves the old file or the new one,
// never a torn one. Folders it creates are 0700. Writers of one folder take
// turns (a lock on the folder), and the one holding the lock removes what
// a killed writer left behind. It only ever replaces regular files (or its
// own links): a folder, a device, a named pipe or a socket is refused.
package safefile

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// FileMode and DirMode are the permissions of what this package creates.
const (
	FileMode os.FileMode = 0o600
	DirMode  os.FileMode = 0o700
)

// MkdirAll creates dir and its missing parents with DirMode. A file
// standing where the folder should be is an error that says so.
func MkdirAll(dir string) error {
	if st, err := os.Stat(dir); err == nil {
		if !st.IsDir() {
			return fmt.Errorf("%s is %s, not a folder", dir, Kind(st.Mode()))
		}
		return nil
	}
	if err := os.MkdirAll(dir, DirMode); err != nil {
		for p := filepath.Dir(dir); p != filepath.Dir(p); p = filepath.Dir(p) {
			if st, serr := os.Stat(p); serr == nil && !st.IsDir() {
				return fmt.Errorf("%s is %s, not a folder", p, Kind(st.Mode()))
			}
		}
		return fmt.Errorf("create the folder %s: %w", dir, plainErr(err))
	}
	return nil
}

// Kind names what a file mode describes, for messages: "a file", "a
// folder", "a named pipe (FIFO)", "a device", "a socket", "a link".
func Kind(m os.FileMode) string {
	switch {
	case m.IsRegular():
		return "a file"
	case m.IsDir():
		return "a folder"
	case m&os.ModeNamedPipe != 0:
		return "a named pipe (FIFO)"
	case m&os.ModeSocket != 0:
		return "a socket"
	case m&os.ModeDevice != 0, m&os.ModeCharDevice != 0:
		return "a device"
	case m&os.ModeSymlink != 0:
		return "a symbolic link"
	}
	return "not a regular file"
}

// NotRegularError is a path that is not a regular file where one is
// needed: expedite neither reads it (a FIFO would hang) nor replaces it.
type NotRegularError struct {
	Path string
	Mode os.FileMode
}

func (e *NotRegularError) Error() string {
	return fmt.Sprintf("%s is %s, not a regular file", e.Path, Kind(e.Mode))
}

// CheckTarget reports whether path may be replaced: it is missing, or a
// regular file (a link to a regular file counts, and is replaced by a
// file). Anything else is a *NotRegularError.
func CheckTarget(path string) error {
	st, err := os.Stat(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("%s: %w", path, plainErr(err))
	}
	if !st.Mode().IsRegular() {
		return &NotRegularError{Path: path, Mode: st.Mode()}
	}
	return nil
}

// OpenRegular opens path for reading only if it is a regular file. It
// never blocks on a named pipe and never opens a device: the type is
// checked before opening, and again on the opened file.
func OpenRegular(path string) (*os.File, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, &NotRegularError{Path: path, Mode: st.Mode()}
	}
	f, err := openNonblock(path)
	if err != nil {
		return nil, err
	}
	if st, err = f.Stat(); err != nil || !st.Mode().IsRegular() {
		f.Close()
		if err != nil {
			return nil, err
		}
		return nil, &NotRegularError{Path: path, Mode: st.Mode()}
	}
	return f, nil
}

// WriteFile writes data to path atomically with FileMode, creating the
// folder if needed. path must be missing or a regular file.
func WriteFile(path string, data []byte) error {
	return WriteFiles(map[string][]byte{path: data})
}

// WriteFiles writes several files: every file is first written in full
// under a temporary name, and only when all succeeded are they renamed
// into place, so a failure before the renames leaves every target as it
// was. The renames are separate steps: use WritePair for files that must
// change together. A failure between renames names what was replaced.
func WriteFiles(files map[string][]byte) error {
	paths := make([]string, 0, len(files))
	for p := range files {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, path := range paths {
		if err := MkdirAll(filepath.Dir(path)); err != nil {
			return err
		}
	}
	unlocks := map[string]func(){}
	defer func() {
		for _, u := range unlocks {
			u()
		}
	}()
	for _, path := range paths {
		dir := filepath.Dir(path)
		if _, ok := unlocks[dir]; ok {
			continue
		}
		u, err := lockDir(dir)
		if err != nil {
			return fmt.Errorf("write %s: %w", path, err)
		}
		unlocks[dir] = u
	}
	return writeFilesLocked(paths, files)
}

// writeFilesLocked is WriteFiles with the folders' locks held.
func writeFilesLocked(paths []string, files map[string][]byte) error {
	temps := map[string]string{}
	defer func() {
		for _, t := range temps {
			os.Remove(t) // after a successful rename this finds nothing
		}
	}()
	for _, path := range paths {
		if err := CheckTarget(path); err != nil {
			var nr *NotRegularError
			if errors.As(err, &nr) {
				return fmt.Errorf("%s; expedite will not replace it", err)
			}
			return err
		}
		removeStale(path)
		tmp, err := writeTemp(path, files[path])
		if err != nil {
			return fmt.Errorf("write %s: %w", path, plainErr(err))
		}
		temps[path] = tmp
	}
	var done []string
	synced := map[string]bool{}
	for _, path := range paths {
		if err := rename(temps[path], path); err != nil {
			if len(done) > 0 {
				return &PartialError{Err: fmt.Errorf("write %s: %w (%s was replaced already)", path, plainErr(err), strings.Join(done, " and "))}
			}
			return fmt.Errorf("write %s: %w", path, plainErr(err))
		}
		delete(temps, path)
		done = append(done, path)
	}
	for _, path := range paths {
		if dir := filepath.Dir(path); !synced[dir] {
			syncDir(dir)
			synced[dir] = true
		}
	}
	return nil
}

// tempPattern is the name of a temporary file for path; a name with this
// prefix found while holding the folder's lock is a killed writer's.
func tempPrefix(path string) string { return "." + filepath.Base(path) + ".tmp-" }

// removeStale removes the temporary files of path left by writers that
// were killed. It runs with the folder's lock held, so no live writer is
// using them. It removes regular files only.
func removeStale(path string) {
	matches, _ := filepath.Glob(filepath.Join(filepath.Dir(path), escapeGlob(tempPrefix(path))+"*"))
	for _, m := range matches {
		if st, err := os.Lstat(m); err == nil && st.Mode().IsRegular() {
			os.Remove(m)
		}
	}
}

func escapeGlob(s string) string {
	return strings.NewReplacer(`\`, `\\`, "*", `\*`, "?", `\?`, "[", `\[`).Replace(s)
}

// writeData writes the bytes of a temporary file; tests replace it to
// simulate a full disk.
var writeData = func(f *os.File, data []byte) (int, error) { return f.Write(data) }

// rename is os.Rename; tests replace it to make one fail.
var rename = os.Rename

func writeTemp(path string, data []byte) (string, error) {
	f, err := os.CreateTemp(filepath.Dir(path), tempPrefix(path)+"*")
	if err != nil {
		return "", err
	}
	name := f.Name()
	ok := false
	defer func() {
		if !ok {
			f.Close()
			os.Remove(name)
		}
	}()
	if err := f.Chmod(FileMode); err != nil {
		return "", err
	}
	if _, err := writeData(f, data); err != nil {
		return "", err
	}
	if err := f.Sync(); err != nil {
		return "", err
	}
	if err := f.Close(); err != nil {
		return "", err
	}
	ok = true
	return name, nil
}

// syncDir makes a rename durable. Some systems cannot sync a folder; the
// rename itself has happened, so that is not an error.
func syncDir(dir string) {
	syncDirCount++
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}

// syncDirCount counts folder syncs, for a test that a write does one.
var syncDirCount int

// plainErr drops the "open /x/y:" prefix of a path error: the caller names
// the file in words the user knows.
func plainErr(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}
