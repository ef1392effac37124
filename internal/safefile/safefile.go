// Package safefile writes the applicant's files atomically and privately:
// a file is created 0600 in a temporary name beside its target, synced,
// then renamed over it, so a crash leaves the old file or the new one,
// never a torn one. Folders it creates are 0700.
package safefile

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"
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
			return fmt.Errorf("%s is a file, not a folder", dir)
		}
		return nil
	}
	if err := os.MkdirAll(dir, DirMode); err != nil {
		for p := filepath.Dir(dir); p != filepath.Dir(p); p = filepath.Dir(p) {
			if st, serr := os.Stat(p); serr == nil && !st.IsDir() {
				return fmt.Errorf("%s is a file, not a folder", p)
			}
		}
		return fmt.Errorf("create the folder %s: %w", dir, plainErr(err))
	}
	return nil
}

// WriteFile writes data to path atomically with FileMode, creating the
// folder if needed.
func WriteFile(path string, data []byte) error {
	return WriteFiles(map[string][]byte{path: data})
}

// WriteFiles writes several files as one step: every file is first written
// in full under a temporary name, and only when all succeeded are they
// renamed into place. If any write fails (a full disk, say), none of the
// targets is touched.
func WriteFiles(files map[string][]byte) (err error) {
	temps := map[string]string{}
	defer func() {
		for _, t := range temps {
			os.Remove(t) // after a successful rename this finds nothing
		}
	}()
	for path, data := range files {
		if err := MkdirAll(filepath.Dir(path)); err != nil {
			return err
		}
		if st, err := os.Stat(path); err == nil && st.IsDir() {
			return fmt.Errorf("%s is a folder; expedite will not replace it", path)
		}
		tmp, err := writeTemp(path, data)
		if err != nil {
			return fmt.Errorf("write %s: %w", path, plainErr(err))
		}
		temps[path] = tmp
	}
	for path, tmp := range temps {
		if err := os.Rename(tmp, path); err != nil {
			return fmt.Errorf("write %s: %w", path, plainErr(err))
		}
		delete(temps, path)
		syncDir(filepath.Dir(path))
		removeStale(path)
	}
	return nil
}

// staleAge is how old a temporary file must be before it is taken for the
// leftover of a writer that was killed, and removed: it holds the
// applicant's data.
const staleAge = time.Minute

func removeStale(path string) {
	matches, _ := filepath.Glob(filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*"))
	for _, m := range matches {
		if st, err := os.Lstat(m); err == nil && st.Mode().IsRegular() && time.Since(st.ModTime()) > staleAge {
			os.Remove(m)
		}
	}
}

// writeData writes the bytes of a temporary file; tests replace it to
// simulate a full disk.
var writeData = func(f *os.File, data []byte) (int, error) { return f.Write(data) }

func writeTemp(path string, data []byte) (string, error) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
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
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}

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
