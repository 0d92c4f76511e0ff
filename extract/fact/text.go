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
	return bounds(s, start, end, "，,；;。！？!?：:\n")
}

// sentence returns the bounds of the sentence around [start, end).
func sentence(s string, start, end int) (int, int) {
	return bounds(s, start, end, "。！？!?\n；;")
}

// maxClause bounds how far a clause or sentence is looked for on either
// side of a name, in bytes, so that text without punctuation stays linear.
const maxClause = 1024

// bounds returns the span around [start, end) between the nearest runes of
// breaks, at most maxClause bytes away on either side. In invalid UTF-8 the
// window edges stop at start and end.
func bounds(s string, start, end int, breaks string) (int, int) {
	lo := max(0, start-maxClause)
	for lo > 0 && lo < start && !utf8.RuneStart(s[lo]) {
		lo++
	}
	i := strings.LastIndexAny(s[lo:start], breaks)
	if i < 0 {
		i = lo
	} else {
		i += lo
		_, size := utf8.DecodeRuneInString(s[i:])
		i = min(i+size, start)
	}
	hi := min(len(s), end+maxClause)
	for hi < len(s) && hi > end && !utf8.RuneStart(s[hi]) {
		hi--
	}
	j := strings.IndexAny(s[end:hi], breaks)
	if j < 0 {
		j = hi
	} else {
		j += end
	}
	return i, j
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
