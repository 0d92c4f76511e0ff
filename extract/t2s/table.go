package t2s

import (
	"cmp"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// blockShift is the log2 of the block size of the two-level rune index.
const blockShift = 6

const blockMask = 1<<blockShift - 1

// maxPhraseBytes bounds the look-ahead needed to decide a phrase match.
const maxPhraseBytes = maxPhraseRunes * utf8.UTFMax

// entry describes the conversions that start with one rune.
type entry struct {
	to        string // character conversion; "" if the rune only starts phrases
	phr, nphr uint16 // phrases[phr:phr+nphr] start with the rune, longest first
	ambiguous bool   // the rune is also a Simplified character (乾, 於, 徵...)
}

// phrase is one TSPhrases entry.
type phrase struct {
	from, to string
	identity bool // from == to: matching only blocks other conversions
}

// table is the read-only lookup structure built from tables.go.
type table struct {
	bmp     [0x10000 / 64]uint64 // bit r set if BMP rune r has an entry
	l1      []uint16             // rune>>blockShift → block number in l2
	l2      []uint16             // blocks of 1<<blockShift entry numbers; block 0 is empty
	entries []entry              // entries[0] is unused: entry number 0 means "no entry"
	phrases []phrase
}

// load returns the table, building it on first use.
var load = sync.OnceValue(buildTable)

// buildTable parses tsPhrases and tsCharacters. All strings in the result
// are substrings of the constants: building copies no text.
func buildTable() *table {
	const (
		nChars   = 4200 // about the number of entries, to size allocations
		nPhrases = 300
		nBlocks  = 640
	)
	t := &table{
		l1:      make([]uint16, 0x30000>>blockShift),
		l2:      make([]uint16, 1<<blockShift, nBlocks<<blockShift),
		entries: make([]entry, 1, nChars),
		phrases: make([]phrase, 0, nPhrases),
	}
	// get returns the entry for r, adding it to the index if needed.
	get := func(r rune) *entry {
		hi := int(r >> blockShift)
		if hi >= len(t.l1) {
			t.l1 = append(t.l1, make([]uint16, hi+1-len(t.l1))...)
		}
		if t.l1[hi] == 0 {
			t.l1[hi] = uint16(len(t.l2) >> blockShift)
			t.l2 = append(t.l2, make([]uint16, 1<<blockShift)...)
		}
		k := int(t.l1[hi])<<blockShift | int(r&blockMask)
		if t.l2[k] == 0 {
			if r < 0x10000 {
				t.bmp[r>>6] |= 1 << (r & 63)
			}
			t.l2[k] = uint16(len(t.entries))
			t.entries = append(t.entries, entry{})
		}
		return &t.entries[t.l2[k]]
	}

	for line := range lines(tsCharacters) {
		key, vals, _ := strings.Cut(line, "\t")
		r, _ := utf8.DecodeRuneInString(key)
		e := get(r)
		to, alts, _ := strings.Cut(vals, " ")
		e.to = to
		for alts != "" {
			var alt string
			alt, alts, _ = strings.Cut(alts, " ")
			if alt == key {
				e.ambiguous = true
			}
		}
	}

	for line := range lines(tsPhrases) {
		from, to, _ := strings.Cut(line, "\t")
		t.phrases = append(t.phrases, phrase{from: from, to: to, identity: from == to})
	}
	// Group phrases by first rune, longest first, so that the first
	// candidate that matches is the longest match. tsPhrases is sorted, so
	// phrases with the same first rune are already adjacent.
	slices.SortStableFunc(t.phrases, func(a, b phrase) int {
		ra, _ := utf8.DecodeRuneInString(a.from)
		rb, _ := utf8.DecodeRuneInString(b.from)
		if ra != rb {
			return cmp.Compare(ra, rb)
		}
		return cmp.Compare(len(b.from), len(a.from))
	})
	for i, p := range t.phrases {
		r, _ := utf8.DecodeRuneInString(p.from)
		e := get(r)
		if e.nphr == 0 {
			e.phr = uint16(i)
		}
		e.nphr++
	}

	// Trim the first level to the last used block.
	n := len(t.l1)
	for n > 0 && t.l1[n-1] == 0 {
		n--
	}
	t.l1 = t.l1[:n:n]
	return t
}

// lines iterates over the "\n"-terminated lines of s.
func lines(s string) func(func(string) bool) {
	return func(yield func(string) bool) {
		for s != "" {
			line, rest, _ := strings.Cut(s, "\n")
			if !yield(line) {
				return
			}
			s = rest
		}
	}
}

// lookup returns the entry for r, or nil.
func (t *table) lookup(r rune) *entry {
	hi := uint(r) >> blockShift
	if hi >= uint(len(t.l1)) {
		return nil
	}
	n := t.l2[uint(t.l1[hi])<<blockShift|uint(r)&blockMask]
	if n == 0 {
		return nil
	}
	return &t.entries[n]
}

// decode3 is the fast path of the scanning loops: if s[i:] starts with a
// three-byte UTF-8 sequence other than those with lead bytes E0 and ED
// (which need more checks), it returns its rune and true. All BMP Han
// characters are three bytes long.
func decode3[S text](s S, i int) (rune, bool) {
	if i+2 >= len(s) {
		return 0, false
	}
	c0, c1, c2 := s[i], s[i+1], s[i+2]
	if c0 < 0xE1 || c0 > 0xEF || c0 == 0xED || c1&0xC0 != 0x80 || c2&0xC0 != 0x80 {
		return 0, false
	}
	return rune(c0&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(c2&0x3F), true
}

// hasEntryBMP reports whether the BMP rune r has an entry.
func (t *table) hasEntryBMP(r rune) bool {
	return t.bmp[uint16(r)>>6]&(1<<(r&63)) != 0
}

// text is the type of input the scanning functions accept.
type text interface{ ~string | ~[]byte }

// scan finds the first conversion in s that changes the text.
//
// It returns the length i of the prefix of s that converts to itself. If a
// changing conversion starts at i, it returns its length n > 0 in bytes and
// its replacement. If the conversion at i depends on input beyond the end of
// s (a phrase or a UTF-8 sequence that may continue) and !atEOF, it returns
// short == true. Otherwise i == len(s) and n == 0.
func scan[S text](t *table, s S, atEOF bool) (i, n int, to string, short bool) {
outer:
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		if r, ok := decode3(s, i); ok && !t.hasEntryBMP(r) {
			i += 3
			continue
		}
		r, size := decode(s[i:])
		if size == 0 {
			if !atEOF {
				return i, 0, "", true
			}
			size = 1 // truncated sequence at EOF: invalid byte
		}
		if r == utf8.RuneError {
			i += size
			continue
		}
		e := t.lookup(r)
		if e == nil {
			i += size
			continue
		}
		if e.nphr > 0 {
			rest := s[i:]
			for k := int(e.phr); k < int(e.phr)+int(e.nphr); k++ {
				p := &t.phrases[k]
				if len(rest) >= len(p.from) {
					if hasPrefix(rest, p.from) {
						if p.identity {
							i += len(p.from)
							continue outer
						}
						return i, len(p.from), p.to, false
					}
				} else if !atEOF && hasPrefix(rest, p.from[:len(rest)]) {
					// A longer phrase may match once more input arrives.
					return i, 0, "", true
				}
			}
		}
		if e.to != "" {
			return i, size, e.to, false
		}
		i += size
	}
	return i, 0, "", false
}

// hasPrefix reports whether s begins with p.
func hasPrefix[S text](s S, p string) bool {
	if len(s) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		if s[i] != p[i] {
			return false
		}
	}
	return true
}

// decode decodes the UTF-8 sequence at the start of s, which must not be
// empty and must not start with an ASCII byte. It returns
// (utf8.RuneError, 1) for an invalid sequence, following the rules of
// utf8.DecodeRune, and (utf8.RuneError, 0) if s is a proper prefix of a
// valid sequence. A valid encoding of U+FFFD returns (utf8.RuneError, 3).
func decode[S text](s S) (rune, int) {
	c0 := s[0]
	var need int
	lo, hi := byte(0x80), byte(0xBF) // valid range of the second byte
	switch {
	case c0 < 0xC2:
		return utf8.RuneError, 1
	case c0 < 0xE0:
		need = 2
	case c0 < 0xF0:
		need = 3
		if c0 == 0xE0 {
			lo = 0xA0
		} else if c0 == 0xED {
			hi = 0x9F
		}
	case c0 < 0xF5:
		need = 4
		if c0 == 0xF0 {
			lo = 0x90
		} else if c0 == 0xF4 {
			hi = 0x8F
		}
	default:
		return utf8.RuneError, 1
	}
	n := min(len(s), need)
	if n > 1 && (s[1] < lo || s[1] > hi) {
		return utf8.RuneError, 1
	}
	for k := 2; k < n; k++ {
		if s[k]&0xC0 != 0x80 {
			return utf8.RuneError, 1
		}
	}
	if n < need {
		return utf8.RuneError, 0
	}
	switch need {
	case 2:
		return rune(c0&0x1F)<<6 | rune(s[1]&0x3F), 2
	case 3:
		return rune(c0&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	return rune(c0&0x07)<<18 | rune(s[1]&0x3F)<<12 | rune(s[2]&0x3F)<<6 | rune(s[3]&0x3F), 4
}
