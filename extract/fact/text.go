package fact

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// This file holds the text helpers the finders share: clause and sentence
// bounds, the binary search over sorted facts, and word-list matching.

// clause returns the bounds of the clause around [start, end): between the
// nearest clause breaks (，；。！？：, and line breaks).
func clause(s string, start, end int) (int, int) {
	return bounds(s, start, end, clauseBreaks)
}

// sentence returns the bounds of the sentence around [start, end).
func sentence(s string, start, end int) (int, int) {
	return bounds(s, start, end, sentenceBreaks)
}

var (
	clauseBreaks   = newBreakSet("，,；;。！？!?：:\n")
	sentenceBreaks = newBreakSet("。！？!?\n；;")
)

// maxClause bounds how far a clause or sentence is looked for on either
// side of a name, in bytes, so that text without punctuation stays linear.
const maxClause = 1024

// bounds returns the span around [start, end) between the nearest runes of
// breaks, at most maxClause bytes away on either side. In invalid UTF-8 the
// window edges stop at start and end.
func bounds(s string, start, end int, breaks *breakSet) (int, int) {
	lo := max(0, start-maxClause)
	for lo > 0 && lo < start && !utf8.RuneStart(s[lo]) {
		lo++
	}
	i := lo
	if k, size := breaks.last(s[lo:start]); k >= 0 {
		i = min(lo+k+size, start)
	}
	hi := min(len(s), end+maxClause)
	for hi < len(s) && hi > end && !utf8.RuneStart(s[hi]) {
		hi--
	}
	j := hi
	if k := breaks.index(s[end:hi]); k >= 0 {
		j = end + k
	}
	return i, j
}

// A breakSet is a set of break runes searched for byte by byte, without decoding
// the text: a rune is found where its encoding starts at a byte that
// starts a rune, which in valid UTF-8 is exactly where the rune is.
type breakSet struct {
	first [256]bool // the first bytes of the encodings
	runes []string  // the encodings of the non-ASCII runes
	ascii [128]bool // the ASCII runes
}

func newBreakSet(runes string) *breakSet {
	set := new(breakSet)
	for _, r := range runes {
		e := string(r)
		set.first[e[0]] = true
		if r < utf8.RuneSelf {
			set.ascii[r] = true
		} else {
			set.runes = append(set.runes, e)
		}
	}
	return set
}

// at returns the size of the rune of set that s begins with, or 0.
func (set *breakSet) at(s string) int {
	if !set.first[s[0]] {
		return 0
	}
	if s[0] < utf8.RuneSelf {
		return 1
	}
	for _, e := range set.runes {
		if strings.HasPrefix(s, e) {
			return len(e)
		}
	}
	return 0
}

// index returns the index of the first rune of set in s, or -1.
func (set *breakSet) index(s string) int {
	for i := 0; i < len(s); i++ {
		if set.first[s[i]] && set.at(s[i:]) > 0 {
			return i
		}
	}
	return -1
}

// last returns the index and size of the last rune of set in s, or -1.
func (set *breakSet) last(s string) (int, int) {
	for i := len(s) - 1; i >= 0; i-- {
		if set.first[s[i]] {
			if n := set.at(s[i:]); n > 0 {
				return i, n
			}
		}
	}
	return -1, 0
}

// A runeSet is a set of runes of the Basic Multilingual Plane.
type runeSet [0x10000 / 64]uint64

// newRuneSet returns the set of the runes of chars.
func newRuneSet(chars string) *runeSet {
	set := new(runeSet)
	for _, r := range chars {
		set.add(r)
	}
	return set
}

// add adds r to the set; runes outside the Basic Multilingual Plane are
// left out.
func (set *runeSet) add(r rune) {
	if uint32(r) < 0x10000 {
		set[r>>6] |= 1 << (r & 63)
	}
}

// has reports whether r is in the set.
func (set *runeSet) has(r rune) bool {
	return uint32(r) < 0x10000 && set[r>>6]&(1<<(r&63)) != 0
}

// any reports whether s has a rune of the set: strings.ContainsAny without
// searching the set for each rune.
func (set *runeSet) any(s string) bool {
	for i := 0; i < len(s); {
		r, size := mcRune(s, i)
		if set.has(r) {
			return true
		}
		i += size
	}
	return false
}

// within returns the facts of a sorted, non-overlapping list that end after
// lo and start before hi, found by binary search, so that linking stays
// linear in the size of the text.
func within(facts []Fact, lo, hi int) []Fact {
	i := sort.Search(len(facts), func(k int) bool { return facts[k].End > lo })
	j := i
	for j < len(facts) && facts[j].Start < hi {
		j++
	}
	return facts[i:j]
}

// hasAnySuffix reports whether s ends with one of words.
func hasAnySuffix(s string, words []string) bool {
	for _, w := range words {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// hasAnyPrefix reports whether s starts with one of words.
func hasAnyPrefix(s string, words []string) bool {
	for _, w := range words {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// mcRune decodes the rune at s[i], quickly for the three-byte runes of
// Chinese text.
func mcRune(s string, i int) (rune, int) {
	c := s[i]
	if c < 0x80 {
		return rune(c), 1
	}
	if c&0xF0 == 0xE0 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
		r := rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
		if r >= 0x800 && (r < 0xD800 || r > 0xDFFF) {
			return r, 3
		}
	}
	return utf8.DecodeRuneInString(s[i:])
}

// containsAny reports whether s contains one of words; for long texts and
// lists, a phraseSet is faster.
func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// span returns s[i:j], or "" when the bounds cross (a clause cut short by
// the maxClause window).
func span(s string, i, j int) string {
	if i >= j {
		return ""
	}
	return s[i:j]
}

// A wordSet holds words for exact lookup.
type wordSet map[string]bool

func newWordSet(words ...string) wordSet {
	m := wordSet{}
	for _, w := range words {
		m[w] = true
	}
	return m
}

// A wordList matches the longest listed word at the start of a string.
type wordList map[rune][]string

func newWordList(words ...string) wordList {
	m := wordList{}
	for _, w := range words {
		first, _ := utf8.DecodeRuneInString(w)
		m[first] = append(m[first], w)
	}
	return m
}

// prefix returns the length of the longest listed word that s starts with.
func (m wordList) prefix(s string) int {
	first, _ := utf8.DecodeRuneInString(s)
	n := 0
	for _, w := range m[first] {
		if len(w) > n && strings.HasPrefix(s, w) {
			n = len(w)
		}
	}
	return n
}

// A phraseSet finds whether a text contains one of its words in one pass
// over the text, looking up only the runes that begin a word.
type phraseSet struct {
	first   runeSet
	byFirst map[rune][]string
}

func newPhraseSet(words ...string) *phraseSet {
	p := &phraseSet{byFirst: map[rune][]string{}}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		p.first.add(r)
		p.byFirst[r] = append(p.byFirst[r], w)
	}
	return p
}

// in reports whether s contains one of the words.
func (p *phraseSet) in(s string) bool {
	for i := 0; i < len(s); {
		r, size := mcRune(s, i)
		if p.first.has(r) || r >= 0x10000 {
			for _, w := range p.byFirst[r] {
				if strings.HasPrefix(s[i:], w) {
					return true
				}
			}
		}
		i += size
	}
	return false
}

// A suffixList matches the longest listed word at the end of a string.
type suffixList map[rune][]string

func newSuffixList(words ...string) suffixList {
	m := suffixList{}
	for _, w := range words {
		last, _ := utf8.DecodeLastRuneInString(w)
		m[last] = append(m[last], w)
	}
	return m
}

// suffix returns the length of the longest listed word that s ends with.
func (m suffixList) suffix(s string) int {
	last, _ := utf8.DecodeLastRuneInString(s)
	n := 0
	for _, w := range m[last] {
		if len(w) > n && strings.HasSuffix(s, w) {
			n = len(w)
		}
	}
	return n
}

func isCountRune(r rune) bool {
	return r >= '0' && r <= '9' || strings.ContainsRune("一二三四五六七八九十", r)
}

// isCount reports whether s is a short list number: 3, 12, 三, 十二.
func isCount(s string) bool {
	if s == "" || utf8.RuneCountInString(s) > 3 {
		return false
	}
	for _, r := range s {
		if !isCountRune(r) {
			return false
		}
	}
	return true
}
