package main

import (
	"io"
	"os"
	"time"

	"github.com/expedite/expedite/internal/answers"
)

// env is what a command may touch of the outside world. Tests supply their
// own.
type env struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	getenv func(string) string
	now    func() time.Time
}

func newSystemEnv() *env {
	return &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv, now: time.Now}
}

// today is the local calendar date, unless --today fixed it.
func (e *env) today() answers.Date { return answers.DateOf(e.now()) }

// timeOf is noon UTC of a date: a stable timestamp for a fixed --today.
func timeOf(d answers.Date) time.Time {
	return time.Date(d.Year, d.Month, d.Day, 12, 0, 0, 0, time.UTC)
}
