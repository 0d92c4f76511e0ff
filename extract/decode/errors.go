package decode

import (
	"errors"
	"strconv"
)

// Sentinel errors, wrapped in an *Error by the functions of this package.
// Test for them with errors.Is.
var (
	// ErrEmpty is reported for an input of zero bytes.
	ErrEmpty = errors.New("decode: empty input")

	// ErrBinary is reported for input that is not text: it contains a NUL
	// byte (outside UTF-16), or too many control characters.
	ErrBinary = errors.New("decode: binary data")

	// ErrUndecodable is reported for text that is neither valid UTF-8 nor
	// plausible GB18030 or Big5 (or, after a BOM, not valid in the encoding
	// the BOM announces).
	ErrUndecodable = errors.New("decode: not UTF-8, GB18030 or Big5")
)

// An Error describes why an input could not be decoded and where.
type Error struct {
	Err    error  // ErrEmpty, ErrBinary or ErrUndecodable
	Offset int    // byte offset in the input the error refers to
	Reason string // what was found there, e.g. "NUL byte"; empty for ErrEmpty
}

// Error returns, for example,
// "decode: binary data: NUL byte at offset 123" or
// "decode: not UTF-8, GB18030 or Big5: invalid byte 0xFF at offset 4567".
func (e *Error) Error() string {
	if e.Reason == "" {
		return e.Err.Error()
	}
	return e.Err.Error() + ": " + e.Reason + " at offset " + strconv.Itoa(e.Offset)
}

// Unwrap returns e.Err, so that errors.Is(err, ErrBinary) and the like work.
func (e *Error) Unwrap() error { return e.Err }
