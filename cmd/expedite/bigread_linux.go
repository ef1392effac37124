//go:build linux

package main

import (
	"io"
	"os"
	"unsafe"

	"golang.org/x/sys/unix"
)

// hugePage is the size of a transparent huge page on Linux (x86-64 and
// arm64 with 4 KB pages).
const hugePage = 2 << 20

// readBig reads a regular file of size bytes (one huge page or more) into
// memory asked of the kernel in huge pages, and returns it as a string.
// Read into the Go heap, a 4 MB text costs a thousand first touches of a
// 4 KB page, each a fault (about 15 ms on the machines measured); in huge
// pages it costs two. The memory is never given back: lint reads one text
// and ends. ok is false when the memory cannot be had, or the file grew
// while it was read: the caller reads it the usual way.
func readBig(f *os.File, size int64) (text string, ok bool) {
	if size < hugePage {
		return "", false
	}
	n := int(size) + 1 // one more byte: a file that grew is seen
	region := (n + hugePage - 1) &^ (hugePage - 1)
	mem, err := unix.Mmap(-1, 0, region+hugePage, unix.PROT_READ|unix.PROT_WRITE, unix.MAP_PRIVATE|unix.MAP_ANON)
	if err != nil {
		return "", false
	}
	// Start on a huge page's boundary, so the kernel can back it whole.
	skip := (hugePage - int(uintptr(unsafe.Pointer(&mem[0]))&(hugePage-1))) & (hugePage - 1)
	buf := mem[skip : skip+region]
	_ = unix.Madvise(buf, unix.MADV_HUGEPAGE) // advice: without it, plain pages
	got := 0
	for got < n {
		k, err := f.Read(buf[got:n])
		got += k
		if err == io.EOF || (k == 0 && err == nil) {
			break
		}
		if err != nil {
			_ = unix.Munmap(mem)
			return "", false
		}
	}
	if got == n { // larger than it was: read again, the usual way
		_ = unix.Munmap(mem)
		return "", false
	}
	return unsafe.String(&buf[0], got), true
}
