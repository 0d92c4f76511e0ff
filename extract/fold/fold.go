// Package fold normalizes character width and white space in Chinese text.
//
// Scraped Chinese pages mix half-width and full-width forms: "２．２亿元" and
// "2.2亿元" are the same amount, "ＡＢＣ" and "ABC" the same name. Fold maps
// the full-width forms of ASCII letters, digits and symbols to their ASCII
// forms, and the full-width punctuation that sits inside numbers (the
// decimal point in ２．２, the thousands separator in １，２００, the colon in
// ０９：３０) to ASCII, while Chinese punctuation between words (，。：；！？
// “” （）) stays as it is.
//
// It also normalizes white space: "\r\n", "\r", U+0085, U+2028 and U+2029
// become "\n"; NO-BREAK SPACE, IDEOGRAPHIC SPACE (U+3000) and the other
// Unicode space separators become an ASCII space; ZERO WIDTH SPACE and a
// stray BYTE ORDER MARK are removed.
//
// The transformers follow the golang.org/x/text/transform conventions, so they
// chain with decoders and with other normalizers:
//
//	t := transform.Chain(simplifiedchinese.GB18030.NewDecoder(), fold.Text())
//
// Invalid UTF-8 is passed through unchanged, byte for byte; a ZERO WIDTH
// SPACE or BYTE ORDER MARK right after an invalid byte is kept, since
// removing it could join the invalid bytes around it into a new character,
// and folding twice must give what folding once gives.
package fold

import (
	"unicode/utf8"

	"golang.org/x/text/transform"
)

// Width returns a Transformer that folds full-width ASCII forms to their
// half-width equivalents as described in the package documentation.
func Width() transform.SpanningTransformer { return &folder{width: true} }

// Space returns a Transformer that normalizes line breaks and white space as
// described in the package documentation.
func Space() transform.SpanningTransformer { return &folder{space: true} }

// Text returns a Transformer that applies both Width and Space in one pass.
func Text() transform.SpanningTransformer { return &folder{width: true, space: true} }

// String applies Text to s. It returns s itself when nothing changes.
func String(s string) string {
	if !mayChange(s) {
		return s
	}
	out, _, err := transform.String(Text(), s)
	if err != nil { // cannot happen: the transformer never fails at EOF
		return s
	}
	return out
}

// folder implements Width, Space and Text. prevDigit tells whether the last
// rune written (or spanned) was an ASCII digit after folding; it carries the
// left context of the number rules across calls. prevInvalid tells whether
// the last byte written was an invalid byte copied unchanged.
type folder struct {
	width, space bool
	prevDigit    bool
	prevInvalid  bool
}

func (f *folder) Reset() { f.prevDigit, f.prevInvalid = false, false }

// wrote records the left context after a rune: out written for the source
// rune r of size bytes (outLen 0: dropped, which changes no context).
func (f *folder) wrote(out rune, outLen, size int) {
	if outLen == 0 {
		return
	}
	f.prevDigit = isDigit(out)
	f.prevInvalid = out == utf8.RuneError && size == 1
}

// Span implements transform.SpanningTransformer.
func (f *folder) Span(src []byte, atEOF bool) (n int, err error) {
	for n < len(src) {
		r, size := rune(src[n]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(src[n:])
		}
		out, outLen, consumed, ok := f.fold(src[n:], r, size, atEOF)
		if !ok {
			return n, transform.ErrShortSrc
		}
		if consumed != size || outLen != size || out != r {
			return n, transform.ErrEndOfSpan
		}
		f.wrote(r, size, size)
		n += size
	}
	return n, nil
}

// mayChange reports whether s holds any rune that Text could change. It is
// a cheap pre-check: most scraped text needs no folding at all.
func mayChange(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c == '\r' {
				return true
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == 0x85 || r == 0xA0 || r == 0x1680 || r >= 0x2000 && r <= 0x200B ||
			r == 0x2028 || r == 0x2029 || r == 0x202F || r == 0x205F || r == 0x3000 ||
			r == 0xFEFF || r >= 0xFF01 && r <= 0xFF5E {
			return true
		}
		i += size
	}
	return false
}

// Transform implements transform.Transformer.
func (f *folder) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for nSrc < len(src) {
		r, size := rune(src[nSrc]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(src[nSrc:])
		}
		out, outLen, consumed, ok := f.fold(src[nSrc:], r, size, atEOF)
		if !ok {
			return nDst, nSrc, transform.ErrShortSrc
		}
		if nDst+outLen > len(dst) {
			return nDst, nSrc, transform.ErrShortDst
		}
		switch {
		case outLen == 0:
			// dropped
		case out == utf8.RuneError && size == 1 && consumed == 1:
			dst[nDst] = src[nSrc] // invalid byte: copy unchanged
		default:
			utf8.EncodeRune(dst[nDst:], out)
		}
		f.wrote(out, outLen, size)
		nDst += outLen
		nSrc += consumed
	}
	return nDst, nSrc, nil
}

// fold decides what the rune r (of size bytes, at the start of src) becomes.
// It returns the output rune and its encoded length (0 to drop it), the
// number of source bytes consumed, and ok=false when more input is needed to
// decide.
func (f *folder) fold(src []byte, r rune, size int, atEOF bool) (out rune, outLen, consumed int, ok bool) {
	if r == utf8.RuneError && size == 1 {
		if !atEOF && !utf8.FullRune(src) {
			return 0, 0, 0, false
		}
		return r, 1, 1, true
	}
	if f.space {
		if o, n, c, done, ok := f.foldSpace(src, r, size, atEOF); done || !ok {
			return o, n, c, ok
		}
	}
	if f.width && r >= 0xFF01 && r <= 0xFF5E {
		if o, ok := f.foldWidth(src[size:], r, atEOF); !ok {
			return 0, 0, 0, false
		} else if o != r {
			return o, 1, size, true
		}
	}
	return r, size, size, true
}

// foldSpace handles the white-space rules. done reports whether r was a
// white-space rune handled here.
func (f *folder) foldSpace(src []byte, r rune, size int, atEOF bool) (out rune, outLen, consumed int, done, ok bool) {
	switch r {
	case '\r':
		if len(src) < 2 && !atEOF {
			return 0, 0, 0, true, false
		}
		if len(src) >= 2 && src[1] == '\n' {
			return '\n', 1, 2, true, true
		}
		return '\n', 1, 1, true, true
	case 0x85, 0x2028, 0x2029:
		return '\n', 1, size, true, true
	case 0x200B, 0xFEFF:
		if f.prevInvalid {
			// Dropping it would join the invalid bytes around it, which
			// can spell a new rune ("\xef\xbb" U+FEFF "\xbf" would become a
			// BOM that a second pass drops): kept, folding stays idempotent.
			return r, size, size, true, true
		}
		return 0, 0, size, true, true
	case 0xA0, 0x1680, 0x202F, 0x205F, 0x3000:
		return ' ', 1, size, true, true
	}
	if r >= 0x2000 && r <= 0x200A {
		return ' ', 1, size, true, true
	}
	return r, size, size, false, true
}

// foldWidth folds a full-width form r (U+FF01..U+FF5E). rest is the input
// after r. Letters, digits and symbols that Chinese text does not use as
// punctuation always fold; the punctuation that can sit inside a number folds
// only there.
func (f *folder) foldWidth(rest []byte, r rune, atEOF bool) (rune, bool) {
	half := r - 0xFF01 + '!'
	switch {
	case isDigit(half), half >= 'A' && half <= 'Z', half >= 'a' && half <= 'z':
		return half, true
	case half == '%' || half == '+' || half == '=' || half == '@' || half == '#' ||
		half == '$' || half == '&' || half == '*' || half == '<' || half == '>' ||
		half == '^' || half == '_' || half == '`' || half == '\\' || half == '|':
		return half, true
	case half == '.' || half == ':' || half == '-' || half == '/':
		if !f.prevDigit {
			return r, true
		}
		d, ok := digitsAhead(rest, 1, atEOF)
		if !ok {
			return 0, false
		}
		if d >= 1 {
			return half, true
		}
	case half == ',':
		if !f.prevDigit {
			return r, true
		}
		d, ok := digitsAhead(rest, 4, atEOF)
		if !ok {
			return 0, false
		}
		if d == 3 {
			return half, true
		}
	}
	return r, true
}

// digitsAhead counts the digits (ASCII or full-width) at the start of b, up
// to max, passing over the zero-width runes that folding drops. It reports ok=false when b ends before the count is certain and
// more input may follow.
func digitsAhead(b []byte, max int, atEOF bool) (n int, ok bool) {
	for n < max {
		if len(b) == 0 {
			return n, atEOF
		}
		r, size := rune(b[0]), 1
		if r >= utf8.RuneSelf {
			if !utf8.FullRune(b) {
				return n, atEOF
			}
			r, size = utf8.DecodeRune(b)
		}
		b = b[size:]
		if r == 0x200B || r == 0xFEFF {
			continue // dropped (after a valid rune), so the digits after it are adjacent
		}
		if !isDigit(r) && !(r >= '０' && r <= '９') {
			return n, true
		}
		n++
	}
	return n, true
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }
