package fact

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// This file handles pinyin glosses, which some sites print after the
// characters of a text: 年产(chǎn)60万(wàn)吨. The capacity finder reads the
// text without them and reports offsets, text and product in the text as
// written, glosses included (rule "gloss" in capacity.go).

// capMaxGloss bounds a gloss's syllable, in runes (zhuang, shuang: 6).
const capMaxGloss = 6

// capGlosses records the glosses removed from a text: the k-th stood at
// offset at[k] of the stripped text, and cum[k] bytes were removed up to and
// including it.
type capGlosses struct {
	at, cum []int
}

// capStripGlosses returns s without its pinyin glosses, and where they were.
// It returns s itself, and no glosses, when s has none.
func capStripGlosses(s string) (string, capGlosses) {
	var (
		g    capGlosses
		b    []byte
		last int
	)
	var next capParens
	for i := 0; i < len(s); {
		if i = next.at(s, i); i < 0 {
			break
		}
		n := capGlossLen(s, i)
		if n == 0 {
			i++
			continue
		}
		if b == nil {
			b = make([]byte, 0, len(s))
		}
		b = append(b, s[last:i]...)
		g.at = append(g.at, len(b))
		removed := n
		if k := len(g.cum); k > 0 {
			removed += g.cum[k-1]
		}
		g.cum = append(g.cum, removed)
		i += n
		last = i
	}
	if b == nil {
		return s, g
	}
	return string(append(b, s[last:]...)), g
}

// capParens finds the opening parentheses of a text, half- and full-width,
// in order; it remembers the next of each so as to search each part of the
// text once.
type capParens struct {
	half, full int // offset+1 of the next one found, 0 when not searched, -1 when none
}

// at returns the offset of the first opening parenthesis at or after i, or
// -1.
func (c *capParens) at(s string, i int) int {
	if c.half >= 0 && c.half <= i {
		c.half = capFind(strings.IndexByte(s[i:], '('), i)
	}
	if c.full >= 0 && c.full <= i {
		c.full = capFind(strings.Index(s[i:], "（"), i)
	}
	switch {
	case c.half < 0 && c.full < 0:
		return -1
	case c.full < 0 || c.half >= 0 && c.half < c.full:
		return c.half - 1
	}
	return c.full - 1
}

// capFind turns the result j of a search from i into offset+1, or -1.
func capFind(j, i int) int {
	if j < 0 {
		return -1
	}
	return i + j + 1
}

// capGlossLen returns the length of the gloss at i, or 0: an opening
// parenthesis right after a Han character, one pinyin syllable (lower-case
// letters with a vowel, tone marks allowed) and the closing parenthesis.
func capGlossLen(s string, i int) int {
	if i == 0 {
		return 0
	}
	if p, _ := utf8.DecodeLastRuneInString(s[:i]); !isHan(p) {
		return 0
	}
	open, w := utf8.DecodeRuneInString(s[i:])
	e, vowel := i+w, false
	for runes := 0; e < len(s) && runes <= capMaxGloss; runes++ {
		r, w := utf8.DecodeRuneInString(s[e:])
		switch {
		case r == ')' && open == '(' || r == '）' && open == '（':
			if runes == 0 || !vowel {
				return 0
			}
			return e + w - i
		case strings.ContainsRune(capPinyinVowels, r):
			vowel = true
		case r < 'a' || r > 'z':
			return 0
		}
		e += w
	}
	return 0
}

// capPinyinVowels are the vowels of pinyin, with and without tone marks.
const capPinyinVowels = "aeiouüāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"

// start maps an offset of the stripped text to the text as written, for
// where a span starts: after a gloss that stood there.
func (g capGlosses) start(x int) int {
	if len(g.at) == 0 {
		return x
	}
	k, found := slices.BinarySearch(g.at, x)
	if found {
		return x + g.cum[k] // glosses follow a Han character, so at most one stands at x
	}
	return x + g.removedBefore(k)
}

// end maps an offset of the stripped text to the text as written, for
// where a span ends: before a gloss that stood there.
func (g capGlosses) end(x int) int {
	if len(g.at) == 0 {
		return x
	}
	k, _ := slices.BinarySearch(g.at, x)
	return x + g.removedBefore(k)
}

// removedBefore returns the bytes removed by the glosses before the k-th.
func (g capGlosses) removedBefore(k int) int {
	if k == 0 {
		return 0
	}
	return g.cum[k-1]
}
