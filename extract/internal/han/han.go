// Package han tells Han characters, the ideographs of Chinese text, from
// other runes: the one definition the zhnews packages share.
package han

// Is reports whether r is a CJK ideograph: the unified blocks and their
// extensions A to H, the compatibility ideographs, and 〇 (U+3007, the
// ideographic zero written in dates). It needs no table lookup, unlike
// unicode.Is(unicode.Han, r), which also admits radicals and marks that do
// not occur in words.
func Is(r rune) bool {
	return r >= 0x4E00 && r <= 0x9FFF || r >= 0x3400 && r <= 0x4DBF || r >= 0xF900 && r <= 0xFAFF ||
		r >= 0x20000 && r <= 0x3134F || r == 0x3007
}

// Count returns the number of Han characters in s.
func Count(s string) int {
	n := 0
	for _, r := range s {
		if Is(r) {
			n++
		}
	}
	return n
}
