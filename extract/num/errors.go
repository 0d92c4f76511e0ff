package num

import (
	"errors"
	"unicode/utf8"
)

// ErrSyntax reports that a string is not a number of the accepted forms.
var ErrSyntax = errors.New("invalid syntax")

// ErrRange reports that a number does not fit a Decimal.
var ErrRange = errors.New("value out of range")

// A NumError records a failed conversion, like strconv.NumError.
type NumError struct {
	Func string // the failing function (ParseDecimal, Parse)
	Num  string // the input
	Err  error  // ErrSyntax or ErrRange
}

func (e *NumError) Error() string {
	return "num." + e.Func + ": parsing " + quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

func syntaxError(fn, s string) *NumError { return &NumError{fn, s, ErrSyntax} }
func rangeError(fn, s string) *NumError  { return &NumError{fn, s, ErrRange} }

// quote quotes s, cutting very long inputs.
func quote(s string) string {
	const max = 64
	if len(s) > max {
		i := max
		for i > 0 && !utf8.RuneStart(s[i]) {
			i--
		}
		s = s[:i] + "…"
	}
	return "\"" + s + "\""
}
