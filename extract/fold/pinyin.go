package fold

import (
	"strings"
	"unicode/utf8"
)

// Pinyin removes the pinyin glosses that some reposting sites insert after
// Chinese characters to defeat duplicate detection: 生产(chǎn)基地 →
// 生产基地, 60万(wàn)吨 → 60万吨. A gloss is one syllable in parentheses
// (ASCII or full-width) right after a Han character: lower-case Latin
// letters with a tone mark, at most seven. Parentheses holding anything
// else (二期, ABS, 杞县) stay. It returns s itself when there is no gloss.
func Pinyin(s string) string {
	if !strings.ContainsAny(s, "(（") {
		return s
	}
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if (r == '(' || r == '（') && i > 0 {
			prev, _ := utf8.DecodeLastRuneInString(s[:i])
			if n := glossLen(s[i:]); n > 0 && isHanRune(prev) {
				if b.Len() == 0 {
					b.Grow(len(s))
				}
				b.WriteString(s[last:i])
				i += n
				last = i
				continue
			}
		}
		i += size
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// glossLen returns the length of the gloss that opens s, or 0.
func glossLen(s string) int {
	_, open := utf8.DecodeRuneInString(s)
	toned, letters := false, 0
	for i := open; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == ')' || r == '）':
			if toned && letters > 0 {
				return i + size
			}
			return 0
		case r >= 'a' && r <= 'z':
			letters++
		case strings.ContainsRune("āáǎàōóǒòēéěèīíǐìūúǔùǖǘǚǜüńňǹḿ", r):
			letters++
			toned = true
		default:
			return 0
		}
		if letters > 7 {
			return 0
		}
		i += size
	}
	return 0
}

// isHanRune reports whether r is a CJK unified ideograph.
func isHanRune(r rune) bool {
	return r >= 0x4E00 && r <= 0x9FFF || r >= 0x3400 && r <= 0x4DBF || r >= 0x20000 && r <= 0x3134F
}
