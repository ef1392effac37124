//go:build !unix

package safefile

import "os"

func openNonblock(path string) (*os.File, error) { return os.Open(path) }

// lockDir is a no-op where folders cannot be locked.
func lockDir(dir string) (func(), error) { return func() {}, nil }
