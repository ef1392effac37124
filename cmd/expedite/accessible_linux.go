//go:build linux

package main

import (
	"os"

	"golang.org/x/sys/unix"
)

// keepTyping sets the terminal so that Ctrl-C does not throw away the line
// being typed (NOFLSH), and returns how to put the settings back and how
// to rescue that line: with line editing switched off the terminal hands
// over what was typed so far, which the prompts keep.
func keepTyping(f *os.File) (restore func(), rescue func() bool) {
	fd := int(f.Fd())
	orig, err := unix.IoctlGetTermios(fd, unix.TCGETS)
	if err != nil {
		return func() {}, nil
	}
	t := *orig
	t.Lflag |= unix.NOFLSH
	if unix.IoctlSetTermios(fd, unix.TCSETS, &t) != nil {
		return func() {}, nil
	}
	restore = func() { unix.IoctlSetTermios(fd, unix.TCSETS, orig) }
	rescue = func() bool {
		r := t
		r.Lflag &^= unix.ICANON
		r.Cc[unix.VMIN], r.Cc[unix.VTIME] = 1, 0
		return unix.IoctlSetTermios(fd, unix.TCSETS, &r) == nil
	}
	return restore, rescue
}
