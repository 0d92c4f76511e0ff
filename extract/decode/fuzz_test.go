package decode

import (
	"errors"
	"testing"
	"unicode/utf8"
)

// FuzzBytes checks that Bytes never panics, returns valid UTF-8 on success,
// agrees with Detect, and reports errors as *Error with a sentinel and an
// offset inside the input.
func FuzzBytes(f *testing.F) {
	for _, s := range []string{
		"", "a", "中文", "\xEF\xBB\xBF中文", "\xFF\xFE\x2D\x4E", "\xFE\xFF\x4E\x2D\xD8",
		"\xD6\xD0\xCE\xC4", "\xA4\xA4\xA4\xE5", "\x81\x30\x81\x30", "\x81\x30", "\x80abc",
		"abc\x00", "\x01\x02\x03", "PK\x03\x04", "\x89PNG\r\n\x1a\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		out, enc, err := Bytes(b)
		denc, derr := Detect(b)
		if denc != enc || (err == nil) != (derr == nil) || err != nil && err.Error() != derr.Error() {
			t.Fatalf("Detect = %q, %v; Bytes = %q, %v", denc, derr, enc, err)
		}
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("error %T %v is not an *Error", err, err)
			}
			if !errors.Is(err, ErrEmpty) && !errors.Is(err, ErrBinary) && !errors.Is(err, ErrUndecodable) {
				t.Fatalf("error %v wraps no sentinel", err)
			}
			if e.Offset < 0 || e.Offset > len(b) || len(b) > 0 && e.Offset == len(b) {
				t.Fatalf("offset %d outside input of %d bytes: %v", e.Offset, len(b), err)
			}
			if out != nil || enc != "" {
				t.Fatalf("on error: %q, %q", out, enc)
			}
			return
		}
		if !utf8.Valid(out) {
			t.Fatalf("invalid UTF-8 output %q from %q (%s)", out, b, enc)
		}
		if enc == UTF8 && utf8.Valid(b) && string(out) != string(b) && string(out) != string(b[3:]) {
			t.Fatalf("valid UTF-8 changed: %q -> %q", b, out)
		}
		if _, ok := Plausible(b, enc); !ok && enc != UTF16LE && enc != UTF16BE && enc != UTF8 {
			// Plausible must accept what Detect chose (modulo a BOM).
			t.Fatalf("Detect chose %s but Plausible rejects it for %q", enc, b)
		}
	})
}
