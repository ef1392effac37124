//go:build unix

package safefile

import (
	"fmt"
	"os"
	"syscall"
)

// openNonblock opens a file for reading without waiting on a named pipe's
// writer; the flag is cleared again for ordinary reads.
func openNonblock(path string) (*os.File, error) {
	fd, err := syscall.Open(path, syscall.O_RDONLY|syscall.O_NONBLOCK|syscall.O_CLOEXEC|syscall.O_NOCTTY, 0)
	if err != nil {
		return nil, &os.PathError{Op: "open", Path: path, Err: err}
	}
	if err := syscall.SetNonblock(fd, false); err != nil {
		syscall.Close(fd)
		return nil, &os.PathError{Op: "open", Path: path, Err: err}
	}
	return os.NewFile(uintptr(fd), path), nil
}

// lockDir takes an exclusive lock on a folder (flock on the folder
// itself, so no lock file is left behind) and returns its release.
// Writers of one folder take turns; the holder may treat every temporary
// name in it as a killed writer's.
func lockDir(dir string) (func(), error) {
	fd, err := syscall.Open(dir, syscall.O_RDONLY|syscall.O_DIRECTORY|syscall.O_CLOEXEC, 0)
	if err != nil {
		return nil, fmt.Errorf("open the folder %s: %w", dir, err)
	}
	for {
		err = syscall.Flock(fd, syscall.LOCK_EX)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		// A file system without locks still gets atomic writes; only
		// concurrent writers lose their turn-taking.
		if err == syscall.ENOLCK || err == syscall.EOPNOTSUPP || err == syscall.EINVAL {
			syscall.Close(fd)
			return func() {}, nil
		}
		syscall.Close(fd)
		return nil, fmt.Errorf("lock the folder %s: %w", dir, err)
	}
	return func() { syscall.Close(fd) }, nil
}
