//go:build !linux

package main

import "os"

// keepTyping: elsewhere a line half typed at Ctrl-C is not rescued; the
// answers given before it are kept.
func keepTyping(f *os.File) (restore func(), rescue func() bool) { return func() {}, nil }
