package safefile

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// RunsDir is the hidden folder, inside an output folder, that holds the
// files of each run; "current" in it is a link to the run shown.
const RunsDir = ".expedite"

const currentLink = "current"

// PartialError is a WritePair failure after some of the files were
// replaced (only where links cannot be made, as on some USB sticks): its
// message names what was replaced. Any other WritePair error means that
// nothing the user sees changed.
type PartialError struct{ Err error }

func (e *PartialError) Error() string { return e.Err.Error() }
func (e *PartialError) Unwrap() error { return e.Err }

// linkTarget is what dir/name links to.
func linkTarget(name string) string { return filepath.Join(RunsDir, currentLink, name) }

// WritePair writes files (base name to content) into dir so that they
// change together: dir/NAME is a link to .expedite/current/NAME, and
// .expedite/current is a link to the folder of one run. A run's files are
// written and synced in a new folder, then one rename of the "current"
// link shows them all at once, so a reader (or a crash) sees every file
// from the old run or every file from the new one, never a mix. Regular
// files found under those names (from an earlier version) are first taken
// into a run of their own, unchanged, and replaced by links. One folder
// sync makes a run durable. Where links cannot be made (some USB sticks),
// the files are written as in WriteFiles.
func WritePair(dir string, files map[string][]byte) error {
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	if err := MkdirAll(dir); err != nil {
		return err
	}
	unlock, err := lockDir(dir)
	if err != nil {
		return err
	}
	defer unlock()

	// What stands under each name now.
	var adopt []string // regular files or missing names to turn into links
	for _, n := range names {
		p := filepath.Join(dir, n)
		st, err := os.Lstat(p)
		switch {
		case errors.Is(err, os.ErrNotExist):
			adopt = append(adopt, n)
		case err != nil:
			return fmt.Errorf("%s: %w", p, plainErr(err))
		case st.Mode()&os.ModeSymlink != 0:
			if t, _ := os.Readlink(p); t != linkTarget(n) {
				return fmt.Errorf("%s is a link to %s; expedite will not replace it", p, t)
			}
		case st.Mode().IsRegular():
			adopt = append(adopt, n)
		default:
			return fmt.Errorf("%s is %s; expedite will not replace it", p, Kind(st.Mode()))
		}
	}
	runs := filepath.Join(dir, RunsDir)
	if st, err := os.Lstat(runs); errors.Is(err, os.ErrNotExist) {
		if err := os.Mkdir(runs, DirMode); err != nil {
			return fmt.Errorf("create the folder %s: %w", runs, plainErr(err))
		}
	} else if err != nil {
		return fmt.Errorf("%s: %w", runs, plainErr(err))
	} else if !st.IsDir() {
		return fmt.Errorf("%s is %s, not expedite's folder; expedite will not replace it", runs, Kind(st.Mode()))
	}
	cleanRuns(dir, runs, names)

	// Links for the names that are not links yet, made first: where links
	// cannot be made, nothing has changed and the plain way is taken.
	tempLinks := map[string]string{}
	defer func() {
		for _, t := range tempLinks {
			os.Remove(t)
		}
	}()
	for _, n := range adopt {
		t := filepath.Join(dir, tempPrefix(filepath.Join(dir, n))+"link")
		os.Remove(t)
		if err := symlink(linkTarget(n), t); err != nil {
			os.Remove(runs)
			return writeUnlinked(dir, names, files)
		}
		tempLinks[n] = t
	}
	if len(adopt) > 0 {
		// Take what the names show now into a run of its own (hard links:
		// the same files), make it current, then turn the names into links
		// to it. What each name shows does not change.
		snap, err := os.MkdirTemp(runs, "run-")
		if err != nil {
			return fmt.Errorf("create a folder in %s: %w", runs, plainErr(err))
		}
		for _, n := range names {
			src := filepath.Join(dir, n)
			if st, err := os.Lstat(src); err == nil && st.Mode()&os.ModeSymlink != 0 {
				src = filepath.Join(runs, currentLink, n)
			}
			if _, err := os.Lstat(src); err != nil {
				continue // nothing shown under this name
			}
			if err := os.Link(src, filepath.Join(snap, n)); err != nil {
				os.RemoveAll(snap)
				return writeUnlinked(dir, names, files)
			}
		}
		if err := flip(runs, snap); err != nil {
			os.RemoveAll(snap)
			return err
		}
		for _, n := range adopt {
			if err := rename(tempLinks[n], filepath.Join(dir, n)); err != nil {
				return fmt.Errorf("write %s: %w", filepath.Join(dir, n), plainErr(err))
			}
			delete(tempLinks, n)
		}
		syncDir(dir)
	}

	// The new run, written in full and synced, then shown in one rename.
	old, _ := os.Readlink(filepath.Join(runs, currentLink))
	run, err := os.MkdirTemp(runs, "run-")
	if err != nil {
		return fmt.Errorf("create a folder in %s: %w", runs, plainErr(err))
	}
	for _, n := range names {
		if err := writeNew(filepath.Join(run, n), files[n]); err != nil {
			os.RemoveAll(run)
			return fmt.Errorf("write %s: %w", filepath.Join(dir, n), plainErr(err))
		}
	}
	if err := flip(runs, run); err != nil {
		os.RemoveAll(run)
		return err
	}
	syncDir(runs)
	if old != "" && !strings.ContainsRune(old, os.PathSeparator) {
		os.RemoveAll(filepath.Join(runs, old))
	}
	return nil
}

// flip points runs/current at run with one rename.
func flip(runs, run string) error {
	t := filepath.Join(runs, "."+currentLink+".tmp")
	os.Remove(t)
	if err := symlink(filepath.Base(run), t); err != nil {
		return fmt.Errorf("write in %s: %w", runs, plainErr(err))
	}
	if err := rename(t, filepath.Join(runs, currentLink)); err != nil {
		os.Remove(t)
		return fmt.Errorf("write in %s: %w", runs, plainErr(err))
	}
	return nil
}

// cleanRuns removes what killed writers left: runs that are not current,
// a half-made link, and temporary files of the names. The caller holds
// the folder's lock, so no live writer is using them.
func cleanRuns(dir, runs string, names []string) {
	cur, _ := os.Readlink(filepath.Join(runs, currentLink))
	entries, _ := os.ReadDir(runs)
	for _, e := range entries {
		n := e.Name()
		switch {
		case n == currentLink, n == cur:
		case strings.HasPrefix(n, "run-") && e.Type().IsDir():
			os.RemoveAll(filepath.Join(runs, n))
		case n == "."+currentLink+".tmp" && e.Type()&os.ModeSymlink != 0:
			os.Remove(filepath.Join(runs, n))
		}
	}
	for _, n := range names {
		p := filepath.Join(dir, n)
		removeStale(p)
		if st, err := os.Lstat(filepath.Join(dir, tempPrefix(p)+"link")); err == nil && st.Mode()&os.ModeSymlink != 0 {
			os.Remove(filepath.Join(dir, tempPrefix(p)+"link"))
		}
	}
}

// writeNew creates path (which must not exist) 0600 with data, synced.
func writeNew(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, FileMode)
	if err != nil {
		return err
	}
	if err := f.Chmod(FileMode); err != nil {
		f.Close()
		return err
	}
	if _, err := writeData(f, data); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// writeUnlinked writes the files as plain files, where links cannot be
// made; a failure after the first rename is a *PartialError.
func writeUnlinked(dir string, names []string, files map[string][]byte) error {
	paths := map[string][]byte{}
	for _, n := range names {
		paths[filepath.Join(dir, n)] = files[n]
	}
	sorted := make([]string, 0, len(names))
	for _, n := range names {
		sorted = append(sorted, filepath.Join(dir, n))
	}
	return writeFilesLocked(sorted, paths)
}

// symlink is os.Symlink; tests replace it to act as a file system without
// links.
var symlink = os.Symlink
