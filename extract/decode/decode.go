// Package decode converts scraped text documents to UTF-8, detecting their
// encoding among UTF-8, GB18030 (and its subsets GBK and GB2312), Big5 and
// UTF-16 with a byte order mark.
//
// # Detection
//
// A byte order mark decides: EF BB BF is UTF-8 (the BOM is removed), FF FE
// UTF-16LE and FE FF UTF-16BE. Otherwise input that contains a NUL byte, or
// in which more than 1 byte in 32 is a control byte other than \t \n \v \f
// \r and ESC (a final DOS end-of-file byte 0x1A is allowed), is binary and
// rejected with ErrBinary; for UTF-16 the same test applies to code units.
// Valid UTF-8, including pure ASCII, is UTF-8.
//
// Anything else is scanned as GB18030 and as Big5 and each reading is scored
// by how plausible it is as Chinese text. Every decoded non-ASCII character
// is weighted by its class:
//
//	 3    one of the ~1000 most frequent Han characters (Simplified or
//	      Traditional)
//	 2    another GB2312 level-1 or Big5 frequently used character, or common
//	      punctuation and symbols (，。“”《》、fullwidth forms, ①, ℃, ㎡ ...)
//	 0.5  another CJK unified ideograph
//	 0    letters, other symbols, emoji
//	-2    rare in Chinese text: private use, CJK extensions and compatibility
//	      ideographs, kana, bopomofo, vertical forms, box drawing
//	-4    an invalid or unmapped byte sequence
//
// The score is the mean weight divided by 3, clamped to [0, 1]; text without
// non-ASCII characters scores 1. Correctly decoded news text scores about
// 0.95; decoded with the wrong one of the two encodings, about 0.4 or less,
// usually with many invalid sequences too. A
// reading is plausible if it has fewer invalid sequences than 1 per 1000
// bytes of input and scores at least 0.4. The plausible reading with the
// higher score wins, a tie going to GB18030, the more common encoding of
// Chinese news; if neither is plausible the input is rejected with
// ErrUndecodable.
//
// GB18030 input without four-byte sequences is reported as GBK, with them as
// GB18030; both are decoded with the GB18030 decoder, a superset of GBK and
// GB2312.
//
// # Tolerance
//
// An incomplete multi-byte sequence at the very end of the input, as left
// by truncation, is dropped: it is neither an error nor replaced by U+FFFD.
// This applies to every encoding, including an odd trailing byte or a
// trailing lone high surrogate in UTF-16.
//
// Elsewhere, invalid sequences are tolerated and replaced by U+FFFD if they
// are fewer than 1 per 1000 bytes of input (so none in inputs of up to 1000
// bytes). Invalid UTF-8 within that limit is decoded as UTF-8, each maximal
// run of invalid bytes becoming one U+FFFD, unless a GB18030 or Big5 reading
// is plausible and scores higher. In GB18030 and Big5 each invalid sequence
// becomes one U+FFFD, as with the golang.org/x/text decoders. Beyond the
// limit the input is rejected with ErrUndecodable and the offset of the
// first invalid byte. Input with more invalid UTF-8 than the limit that also
// contains a run of 8 valid three- or four-byte UTF-8 sequences (ASCII
// allowed between them), which GBK and Big5 text practically never does, is
// rejected as a mix of UTF-8 and another encoding rather than decoded into
// partial garbage.
//
// # Declared charsets
//
// To use a charset declared by a page (HTML <meta charset>, HTTP
// Content-Type), map the label with Lookup. If Detect reports UTF-8 or
// UTF-16, trust the bytes: a page that declares gb2312 but is valid UTF-8 is
// UTF-8. Otherwise, if Plausible(b, declared) is ok, prefer the declared
// encoding, decoding with its NewDecoder: it settles short or ambiguous
// inputs that Detect may get wrong. Otherwise use Detect's answer. Plausible
// alone is no proof against UTF-8: a few UTF-8 characters can read as
// plausible GBK.
//
// # Limitations
//
// Valid UTF-8 always wins, so a very short GBK or Big5 string whose bytes
// happen to be valid UTF-8 is reported as UTF-8 (about 1 two-character GBK
// string in 40, none of 6 characters or more in the tests). One or two
// characters can read plausibly in both GBK and Big5; ties go to GBK.
// Korean EUC-KR text reads as plausible GBK. UTF-16 without a BOM is
// reported as binary.
//
// All functions are safe for concurrent use. Time and memory are linear in
// the size of the input; the scoring tables are built once, on first use.
package decode

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// Encoding names an input encoding as reported to users. The values are
// lower-case WHATWG-style names.
type Encoding string

// The encodings this package detects.
const (
	UTF8    Encoding = "utf-8"
	GBK     Encoding = "gbk"     // GB18030 input without four-byte sequences
	GB18030 Encoding = "gb18030" // GB18030 input with four-byte sequences
	Big5    Encoding = "big5"    // Big5 with the WHATWG (HKSCS) extensions
	UTF16LE Encoding = "utf-16le"
	UTF16BE Encoding = "utf-16be"
)

// NewDecoder returns a decoder from e to UTF-8, for use with the
// golang.org/x/text/transform package. GBK and GB18030 both return a GB18030
// decoder. The UTF-8 decoder removes a leading BOM and replaces invalid bytes
// with U+FFFD; the UTF-16 decoders remove a leading BOM and switch byte order
// if it says so. Unlike Bytes, the decoders replace a truncated trailing
// sequence with U+FFFD rather than dropping it. NewDecoder returns nil for
// an unknown Encoding.
func (e Encoding) NewDecoder() *encoding.Decoder {
	switch e {
	case UTF8:
		return unicode.UTF8BOM.NewDecoder()
	case GBK, GB18030:
		return simplifiedchinese.GB18030.NewDecoder()
	case Big5:
		return traditionalchinese.Big5.NewDecoder()
	case UTF16LE:
		return unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder()
	case UTF16BE:
		return unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewDecoder()
	}
	return nil
}

// Detect reports the encoding of the document b, as Bytes would decode it,
// without decoding it. The error, if any, is an *Error wrapping ErrEmpty,
// ErrBinary or ErrUndecodable.
func Detect(b []byte) (Encoding, error) {
	r, err := analyze(b)
	if err != nil {
		return "", err
	}
	return r.enc, nil
}

// Bytes decodes the document b to UTF-8 and reports its encoding. When b is
// already UTF-8 without invalid bytes, the result is b itself, minus a
// leading BOM and a truncated trailing sequence; otherwise it is newly
// allocated. On error it returns nil, "" and an *Error wrapping ErrEmpty,
// ErrBinary or ErrUndecodable.
func Bytes(b []byte) ([]byte, Encoding, error) {
	r, err := analyze(b)
	if err != nil {
		return nil, "", err
	}
	src := b[r.start:r.end]
	switch r.enc {
	case UTF8:
		if r.fixUTF8 {
			return bytes.ToValidUTF8(src, []byte("\uFFFD")), r.enc, nil
		}
		return src, r.enc, nil
	case UTF16LE:
		return transformAll(unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewDecoder(), src, len(src)*3/2), r.enc, nil
	case UTF16BE:
		return transformAll(unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM).NewDecoder(), src, len(src)*3/2), r.enc, nil
	}
	return transformAll(r.enc.NewDecoder(), src, len(src)+len(src)/2), r.enc, nil
}

// transformAll runs t over all of src into a buffer of initial capacity
// size, growing it if needed.
func transformAll(t transform.Transformer, src []byte, size int) []byte {
	dst := make([]byte, size+utf8.UTFMax)
	nDst := 0
	for {
		n, nSrc, err := t.Transform(dst[nDst:], src, true)
		nDst += n
		src = src[nSrc:]
		if err != transform.ErrShortDst {
			// The decoders used here report no other error at EOF.
			return dst[:nDst]
		}
		grown := make([]byte, 2*len(dst)+utf8.UTFMax)
		copy(grown, dst[:nDst])
		dst = grown
	}
}

// Plausible reports how plausible it is that b is text in encoding e, as a
// score in [0, 1] (see the package documentation), and whether b is
// acceptable as e: not binary, invalid sequences within the tolerance, and
// for GBK, GB18030, Big5 and UTF-16 a score of at least 0.4. UTF-8 is
// acceptable within the tolerance whatever its score. A BOM matching e is
// skipped. When the invalid sequences exceed the tolerance, the scan stops
// there and the score covers only the part scanned. Pure ASCII scores 1 and
// is acceptable as UTF-8, GBK, GB18030 and Big5. Plausible reports 0, false
// for an unknown Encoding.
//
// Use it to check a declared charset (see the package documentation) or to
// rank candidate encodings.
func Plausible(b []byte, e Encoding) (score float64, ok bool) {
	t := getTables()
	var s stats
	switch e {
	case UTF8, GBK, GB18030, Big5:
		if e == UTF8 && hasPrefix(b, bomUTF8) {
			b = b[len(bomUTF8):]
		}
		if bin := scanBinary(b); bin.binary() {
			return 0, false
		}
		switch e {
		case UTF8:
			s = scanUTF8(t, b)
		case Big5:
			s = scanBig5(t, b)
		default:
			s = scanGB18030(t, b)
		}
	case UTF16LE, UTF16BE:
		be := e == UTF16BE
		if be && hasPrefix(b, bomUTF16BE) || !be && hasPrefix(b, bomUTF16LE) {
			b = b[2:]
		}
		var bin binInfo
		if s, bin = scanUTF16(t, b, be); bin.binary() {
			return 0, false
		}
	default:
		return 0, false
	}
	score = s.score()
	if !s.tolerable(len(b)) {
		return score, false
	}
	return score, e == UTF8 || plausible(&s)
}

// Byte order marks.
const (
	bomUTF8    = "\xEF\xBB\xBF"
	bomUTF16LE = "\xFF\xFE"
	bomUTF16BE = "\xFE\xFF"
)

func hasPrefix(b []byte, prefix string) bool {
	return len(b) >= len(prefix) && string(b[:len(prefix)]) == prefix
}

// Thresholds of the detection rule; see the package documentation.
const (
	minScore = 0.4 // minimum score of a plausible GB18030 or Big5 reading
	mixedRun = 8   // valid 3/4-byte UTF-8 sequences in a row that show a UTF-8 part
)

// plausible reports whether a GB18030 or Big5 reading with stats s scores
// high enough (tolerance of invalid sequences aside).
func plausible(s *stats) bool { return s.score() >= minScore }

// result is the outcome of analyze: how to decode which part of the input.
type result struct {
	enc        Encoding
	start, end int  // decode b[start:end]
	fixUTF8    bool // UTF-8 with invalid bytes to replace
}

// analyze implements the detection rule shared by Detect and Bytes.
func analyze(b []byte) (result, error) {
	n := len(b)
	if n == 0 {
		return result{}, &Error{Err: ErrEmpty}
	}
	switch {
	case hasPrefix(b, bomUTF16LE):
		return analyzeUTF16(b, false)
	case hasPrefix(b, bomUTF16BE):
		return analyzeUTF16(b, true)
	}
	if bin := scanBinary(b); bin.binary() {
		return result{}, binaryError(bin, 0, "byte")
	}
	start := 0
	if hasPrefix(b, bomUTF8) {
		start = len(bomUTF8)
	}
	body := b[start:]
	if utf8.Valid(body) {
		return result{enc: UTF8, start: start, end: n}, nil
	}
	if k := truncatedUTF8(body); k > 0 && utf8.Valid(body[:len(body)-k]) {
		return result{enc: UTF8, start: start, end: n - k}, nil
	}

	t := getTables()
	u := scanUTF8(t, body)
	utf8OK := u.tolerable(len(body))
	if start > 0 {
		if utf8OK {
			return result{enc: UTF8, start: start, end: start + u.end, fixUTF8: true}, nil
		}
		off := start + u.firstBad
		return result{}, &Error{Err: ErrUndecodable, Offset: off,
			Reason: fmt.Sprintf("UTF-8 BOM but invalid byte 0x%02X", b[off])}
	}

	g := scanGB18030(t, b)
	g5 := scanBig5(t, b)
	gOK := g.tolerable(n) && plausible(&g)
	bOK := g5.tolerable(n) && plausible(&g5)
	if utf8OK {
		us := u.score()
		if (!gOK || us >= g.score()) && (!bOK || us >= g5.score()) {
			return result{enc: UTF8, end: u.end, fixUTF8: true}, nil
		}
	} else if _, mixed := utf8Run(b, mixedRun); mixed {
		return result{}, &Error{Err: ErrUndecodable, Offset: u.firstBad,
			Reason: fmt.Sprintf("mixed UTF-8 and other text: invalid UTF-8 byte 0x%02X", b[u.firstBad])}
	}
	switch {
	case gOK && (!bOK || g.score() >= g5.score()):
		enc := GBK
		if g.four > 0 {
			enc = GB18030
		}
		return result{enc: enc, end: g.end}, nil
	case bOK:
		return result{enc: Big5, end: g5.end}, nil
	}
	return result{}, undecodableError(b, &u, &g, &g5)
}

// undecodableError explains why no reading was acceptable.
func undecodableError(b []byte, u, g, g5 *stats) error {
	n := len(b)
	if g.tolerable(n) || g5.tolerable(n) {
		// Valid enough, but not Chinese-looking.
		return &Error{Err: ErrUndecodable, Offset: u.firstBad,
			Reason: fmt.Sprintf("implausible as GB18030 (score %.2f) or Big5 (score %.2f); first non-UTF-8 byte 0x%02X",
				g.score(), g5.score(), b[u.firstBad])}
	}
	// Report the invalid sequence that ended the longest valid prefix.
	s := u
	for _, c := range []*stats{g, g5} {
		if c.firstBad > s.firstBad {
			s = c
		}
	}
	return &Error{Err: ErrUndecodable, Offset: s.firstBad, Reason: "invalid " + showBytes(b[s.firstBad:], s.badLen)}
}

// showBytes describes the first n bytes of b (at least one), as in
// "byte 0xFF" or "byte sequence 0xD6 0x0A".
func showBytes(b []byte, n int) string {
	n = max(1, min(n, len(b)))
	if n == 1 {
		return fmt.Sprintf("byte 0x%02X", b[0])
	}
	var sb strings.Builder
	sb.WriteString("byte sequence")
	for _, c := range b[:n] {
		fmt.Fprintf(&sb, " 0x%02X", c)
	}
	return sb.String()
}

// binaryError describes the binary evidence bi, whose offsets are relative
// to base; unit names what was counted.
func binaryError(bi binInfo, base int, unit string) error {
	if bi.nul >= 0 {
		return &Error{Err: ErrBinary, Offset: base + bi.nul, Reason: "NUL " + unit}
	}
	return &Error{Err: ErrBinary, Offset: base + bi.firstCtl,
		Reason: fmt.Sprintf("%d control characters in %d %ss, the first", bi.ctl, bi.size, unit)}
}

// truncatedUTF8 returns the length of an incomplete but so far valid UTF-8
// sequence at the end of b, or 0.
func truncatedUTF8(b []byte) int {
	for k := 1; k <= utf8.UTFMax-1 && k <= len(b); k++ {
		c := b[len(b)-k]
		if c < utf8.RuneSelf {
			return 0
		}
		if utf8.RuneStart(c) {
			if !utf8.FullRune(b[len(b)-k:]) {
				return k
			}
			return 0
		}
	}
	return 0
}

// analyzeUTF16 handles input with a UTF-16 BOM.
func analyzeUTF16(b []byte, bigEndian bool) (result, error) {
	enc := UTF16LE
	if bigEndian {
		enc = UTF16BE
	}
	body := b[2:]
	s, bin := scanUTF16(getTables(), body, bigEndian)
	if bin.binary() {
		return result{}, binaryError(bin, 2, "code unit")
	}
	if !s.tolerable(len(body)) {
		off := 2 + s.firstBad
		return result{}, &Error{Err: ErrUndecodable, Offset: off,
			Reason: fmt.Sprintf("%s BOM but invalid surrogate 0x%04X", strings.ToUpper(string(enc)), unit16(b[off:], bigEndian))}
	}
	return result{enc: enc, start: 2, end: 2 + s.end}, nil
}

func unit16(b []byte, bigEndian bool) uint16 {
	if bigEndian {
		return uint16(b[0])<<8 | uint16(b[1])
	}
	return uint16(b[1])<<8 | uint16(b[0])
}
