package answers

import (
	"fmt"
	"time"
)

// Date is a calendar day with no time of day and no time zone, written
// YYYY-MM-DD. The zero Date means "not given".
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// ParseDate reads a YYYY-MM-DD date and rejects days that do not exist
// (2026-02-30).
func ParseDate(s string) (Date, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return Date{}, fmt.Errorf("%s is not a date written YYYY-MM-DD", quote(s))
	}
	return DateOf(t), nil
}

// DateOf returns the calendar day of t in t's own location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// IsZero reports whether the date was not given.
func (d Date) IsZero() bool { return d == Date{} }

func (d Date) time() time.Time { return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC) }

// Time is the date at midnight UTC, or the zero time for the zero date.
func (d Date) Time() time.Time {
	if d.IsZero() {
		return time.Time{}
	}
	return d.time()
}

// AddDays returns the date n days later (earlier when n is negative).
func (d Date) AddDays(n int) Date { return DateOf(d.time().AddDate(0, 0, n)) }

// Before reports whether d is strictly earlier than e.
func (d Date) Before(e Date) bool { return d.time().Before(e.time()) }

// DaysUntil returns the number of days from d to e (negative when e is earlier).
func (d Date) DaysUntil(e Date) int { return int(e.time().Sub(d.time()).Hours() / 24) }

// String returns the date as YYYY-MM-DD, or "" for the zero date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// Long returns the date spelled out for a reader, e.g. "December 2, 2026".
func (d Date) Long() string {
	if d.IsZero() {
		return ""
	}
	return d.time().Format("January 2, 2006")
}

// MarshalYAML writes the date as a plain YYYY-MM-DD scalar.
func (d Date) MarshalYAML() (any, error) { return d.String(), nil }

// MarshalText lets JSON and other encoders write the date as YYYY-MM-DD.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }
