package decode

import (
	"bytes"
	"encoding/binary"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/transform"
)

// stats summarises one pass of a scanner over the input.
type stats struct {
	count    [numClasses]int // non-ASCII units by class
	bad      int             // invalid units (counted in count[clsInvalid] too)
	firstBad int             // offset of the first invalid unit, or -1
	badLen   int             // bytes of it worth showing in an error
	four     int             // GB18030 four-byte sequences
	end      int             // input length minus a truncated trailing sequence
}

func newStats(n int) stats { return stats{firstBad: -1, end: n} }

func (s *stats) add(c class, off int) {
	s.count[c]++
	if c == clsInvalid {
		if s.bad == 0 {
			s.firstBad, s.badLen = off, 2
		}
		s.bad++
	}
}

// invalid records an invalid unit at off whose first n bytes explain it.
func (s *stats) invalid(off, n int) {
	s.add(clsInvalid, off)
	if s.bad == 1 {
		s.badLen = n
	}
}

// units returns the number of non-ASCII units (characters or invalid
// sequences) seen.
func (s *stats) units() int {
	n := 0
	for _, c := range s.count {
		n += c
	}
	return n
}

// score returns the plausibility of the decoded text in [0, 1]: the mean
// weight of the classes of its non-ASCII characters (see the package
// documentation) divided by the maximum weight, 3. Text without non-ASCII
// characters scores 1.
func (s *stats) score() float64 {
	n := s.units()
	if n == 0 {
		return 1
	}
	c := &s.count
	w := 3*float64(c[clsTop]) + 2*float64(c[clsCommon]+c[clsPunct]) + 0.5*float64(c[clsHan]) -
		2*float64(c[clsRare]) - 4*float64(c[clsInvalid])
	return max(0, w/(3*float64(n)))
}

// maxBad returns the number of invalid units tolerated in n bytes of input:
// fewer than 1 per 1000 bytes. Up to that many are replaced by U+FFFD; more
// reject the input.
func maxBad(n int) int { return (n - 1) / 1000 }

// tolerable reports whether the invalid units are few enough to be replaced
// by U+FFFD in n bytes of input.
func (s *stats) tolerable(n int) bool { return s.bad <= maxBad(n) }

// scanUTF8 scans b as UTF-8, classifying every non-ASCII rune. Each invalid
// byte counts as one invalid unit. An incomplete sequence at the very end is
// not counted: it shortens s.end instead. The scan stops early once the
// invalid bytes exceed the tolerance.
func scanUTF8(t *tables, b []byte) stats {
	s := newStats(len(b))
	limit := maxBad(len(b))
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			if !utf8.FullRune(b[i:]) {
				s.end = i
				break
			}
			if s.invalid(i, 1); s.bad > limit {
				break // rejected; the counts cover the part scanned
			}
			i++
			continue
		}
		s.add(t.classify(r), i)
		i += size
	}
	return s
}

// utf8Run reports whether b contains n consecutive valid three- or four-byte
// UTF-8 sequences, ignoring ASCII between them, and the offset of the first
// of them. Such a run is practically impossible in GBK or Big5 text, so it
// shows a UTF-8 part of a mixed document.
func utf8Run(b []byte, n int) (int, bool) {
	run, start := 0, 0
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c < 0xE0 {
			// ASCII keeps the run, other bytes (invalid or in a two-byte
			// sequence) end it: run &= 0 for c >= 0x80, without a branch.
			run &= int(c>>7) - 1
			continue
		}
		size := 0
		if c < 0xF0 {
			// Three-byte sequence, checked inline.
			if i+2 < len(b) && b[i+1]&0xC0 == 0x80 && b[i+2]&0xC0 == 0x80 &&
				(c != 0xE0 || b[i+1] >= 0xA0) && (c != 0xED || b[i+1] < 0xA0) {
				size = 3
			}
		} else if _, sz := utf8.DecodeRune(b[i:]); sz == 4 {
			size = 4
		}
		if size == 0 {
			run = 0
			continue
		}
		if run == 0 {
			start = i
		}
		if run++; run >= n {
			return start, true
		}
		i += size - 1
	}
	return 0, false
}

// scanGB18030 scans b as GB18030 (a superset of GBK and GB2312), following
// the segmentation of the x/text decoder. The scan stops early once the
// invalid units exceed the tolerance.
func scanGB18030(t *tables, b []byte) stats {
	s := newStats(len(b))
	var quad *quadDecoder // for four-byte sequences, made on demand
	n := len(b)
	limit := maxBad(n)
	for i := 0; i < n; {
		if s.bad > limit {
			break // rejected; the counts cover the part scanned
		}
		c0 := b[i]
		if c0 < utf8.RuneSelf {
			i++
			continue
		}
		switch {
		case c0 == 0x80: // euro sign in CP936
			s.add(clsNeutral, i)
			i++
			continue
		case c0 == 0xFF:
			s.invalid(i, 1)
			i++
			continue
		}
		if i+1 >= n {
			s.end = i // truncated two- or four-byte sequence
			break
		}
		c1 := b[i+1]
		if j := gbTrailIndex(c1); j >= 0 {
			s.add(t.gb[int(c0-0x81)*gbTrails+j], i)
			i += 2
			continue
		}
		if c1 < 0x30 || c1 > 0x39 {
			s.invalid(i, 2)
			i++
			continue
		}
		// Four-byte sequence: [81-FE][30-39][81-FE][30-39].
		if i+3 >= n {
			if i+2 >= n || 0x81 <= b[i+2] && b[i+2] <= 0xFE {
				s.end = i // truncated
				break
			}
			s.invalid(i, n-i)
			i++
			continue
		}
		c2, c3 := b[i+2], b[i+3]
		if c2 < 0x81 || c2 > 0xFE || c3 < 0x30 || c3 > 0x39 {
			s.invalid(i, 4)
			i++
			continue
		}
		lin := ((int(c0-0x81)*10+int(c1-0x30))*126+int(c2-0x81))*10 + int(c3-0x30)
		var r rune
		switch {
		case lin < 39420: // BMP code point not in GBK
			if quad == nil {
				quad = &quadDecoder{dec: simplifiedchinese.GB18030.NewDecoder()}
			}
			r = quad.decode(b[i : i+4])
		case 189000 <= lin && lin < 189000+0x100000: // supplementary plane
			r = rune(lin-189000) + 0x10000
		default:
			s.invalid(i, 4)
			i++
			continue
		}
		s.add(t.classify(r), i)
		s.four++
		i += 4
	}
	return s
}

// scanBig5 scans b as Big5 (with the HKSCS extensions of the WHATWG
// Encoding Standard), following the segmentation of the x/text decoder.
// The scan stops early once the invalid units exceed the tolerance.
func scanBig5(t *tables, b []byte) stats {
	s := newStats(len(b))
	n := len(b)
	limit := maxBad(n)
	for i := 0; i < n; {
		if s.bad > limit {
			break // rejected; the counts cover the part scanned
		}
		c0 := b[i]
		if c0 < utf8.RuneSelf {
			i++
			continue
		}
		if c0 == 0x80 || c0 == 0xFF {
			s.invalid(i, 1)
			i++
			continue
		}
		if i+1 >= n {
			s.end = i // truncated
			break
		}
		c1 := b[i+1]
		if j := big5TrailIndex(c1); j >= 0 {
			s.add(t.big5[int(c0-0x81)*big5Trails+j], i)
			i += 2
			continue
		}
		s.invalid(i, 2)
		if c1 < 0x40 {
			i++
		} else {
			i += 2 // x/text consumes a trail byte in 0x7F..0xA0 or 0xFF
		}
	}
	return s
}

// quadDecoder decodes single GB18030 four-byte sequences.
type quadDecoder struct {
	dec transform.Transformer
	dst [8]byte
}

func (q *quadDecoder) decode(seq []byte) rune {
	nDst, _, _ := q.dec.Transform(q.dst[:], seq, true)
	r, _ := utf8.DecodeRune(q.dst[:nDst])
	return r
}

// scanUTF16 scans b (without BOM) as UTF-16 in the given byte order. NUL
// bytes are normal in UTF-16, so binary detection works on code units and is
// reported in bin. An odd trailing byte or a trailing lone high surrogate
// shortens s.end.
func scanUTF16(t *tables, b []byte, bigEndian bool) (s stats, bin binInfo) {
	s = newStats(len(b))
	bin = binInfo{nul: -1, firstCtl: -1, size: len(b) / 2}
	n := len(b) &^ 1
	s.end = n
	unit := func(i int) rune {
		if bigEndian {
			return rune(b[i])<<8 | rune(b[i+1])
		}
		return rune(b[i+1])<<8 | rune(b[i])
	}
	for i := 0; i < n; {
		u := unit(i)
		switch {
		case u < utf8.RuneSelf:
			if u == 0 {
				bin.nul = i
				return s, bin
			}
			if isControl(byte(u)) {
				bin.control(i)
			}
			i += 2
		case 0xD800 <= u && u < 0xDC00:
			if i+2 >= n {
				s.end = i // truncated surrogate pair
				return s, bin
			}
			if u2 := unit(i + 2); 0xDC00 <= u2 && u2 < 0xE000 {
				s.add(t.classify((u-0xD800)<<10+(u2-0xDC00)+0x10000), i)
				i += 4
				continue
			}
			s.add(clsInvalid, i)
			i += 2
		case 0xDC00 <= u && u < 0xE000:
			s.add(clsInvalid, i)
			i += 2
		default:
			s.add(t.classify(u), i)
			i += 2
		}
	}
	return s, bin
}

// binInfo records the evidence for binary data.
type binInfo struct {
	nul      int // offset of the first NUL, or -1
	ctl      int // number of other control characters
	firstCtl int // offset of the first of them, or -1
	size     int // number of characters considered
}

func (bi *binInfo) control(off int) {
	if bi.ctl == 0 {
		bi.firstCtl = off
	}
	bi.ctl++
}

// binary reports whether the input is binary: it contains a NUL, or more
// than 1 in 32 (about 3%) of its characters are controls (see isControl).
func (bi *binInfo) binary() bool {
	return bi.nul >= 0 || bi.ctl*32 > bi.size
}

// scanBinary gathers binary evidence over the bytes of b. A single 0x1A
// (DOS end-of-file) as the last byte is not counted as a control.
func scanBinary(b []byte) binInfo {
	bi := binInfo{nul: bytes.IndexByte(b, 0), firstCtl: -1, size: len(b)}
	if bi.nul >= 0 {
		return bi
	}
	if len(b) > 0 && b[len(b)-1] == 0x1A {
		b = b[:len(b)-1]
	}
	for i := 0; i < len(b); {
		// Skip 8 bytes at a time when none is below 0x20 or equal to 0x7F.
		if i+8 <= len(b) {
			const ones, highs = 0x0101010101010101, 0x8080808080808080
			x := binary.LittleEndian.Uint64(b[i:])
			y := x ^ 0x7F*ones
			if (x-0x20*ones)&^x&highs == 0 && (y-ones)&^y&highs == 0 {
				i += 8
				continue
			}
		}
		if isControl(b[i]) {
			bi.control(i)
		}
		i++
	}
	return bi
}

// isControl reports whether c is a C0 control or DEL other than the
// whitespace controls \t \n \v \f \r and ESC.
func isControl(c byte) bool {
	const allowed = 1<<'\t' | 1<<'\n' | 1<<'\v' | 1<<'\f' | 1<<'\r' | 1<<0x1B
	return c < 0x20 && allowed>>c&1 == 0 || c == 0x7F
}
