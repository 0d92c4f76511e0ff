package t2s

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/transform"
)

// FuzzTransformer checks the invariants of the converter:
//
//   - no panic, and Transform always makes progress;
//   - String, Bytes, transform.String and Transform over chunked input with
//     a small dst all agree;
//   - valid UTF-8 in gives valid UTF-8 out with the same number of runes;
//   - Span(src, true) reports a prefix that String leaves unchanged;
//   - unchanged text is detected as Simplified.
//
// String is not idempotent with the OpenCC tables (薴 → 苧 → 苎,
// 大目乾連 → 大目乾连 → 大目干连), so the test only checks that a second
// conversion preserves the rune count and changes nothing when the first
// output contains no rune that starts a table entry.
func FuzzTransformer(f *testing.F) {
	for _, c := range conversions {
		f.Add(c.in, uint8(3), uint8(1))
	}
	f.Add("乾隆年間乾隆皇帝乾坤大挪移旋轉乾坤之力", uint8(1), uint8(0))
	f.Add("大目乾連冥間救母變文\xff宮商角徵羽", uint8(41), uint8(7))
	f.Fuzz(func(t *testing.T, s string, srcChunk, dstSize uint8) {
		want := String(s)
		if got := Bytes([]byte(s)); string(got) != want {
			t.Fatalf("Bytes(%q) = %q, String = %q", s, got, want)
		}
		if got, n, err := transform.String(Transformer(), s); got != want || n != len(s) || err != nil {
			t.Fatalf("transform.String(%q) = %q, %d, %v; String = %q", s, got, n, err, want)
		}
		if got := transformChunked(t, s, 1+int(srcChunk)%64, utf8.UTFMax+int(dstSize)%16); got != want {
			t.Fatalf("chunked Transform(%q) = %q, String = %q", s, got, want)
		}
		if utf8.ValidString(s) {
			if !utf8.ValidString(want) {
				t.Fatalf("String(%q) = %q is not valid UTF-8", s, want)
			}
			if a, b := utf8.RuneCountInString(s), utf8.RuneCountInString(want); a != b {
				t.Fatalf("String(%q) = %q: %d runes, want %d", s, want, b, a)
			}
		}
		n, err := Converter{}.Span([]byte(s), true)
		checkSpan(t, s, want, n, err)
		if n, err := (Converter{}).Span([]byte(s), false); err == nil && n != len(s) || !strings.HasPrefix(want, s[:n]) {
			t.Fatalf("Span(%q, false) = %d, %v", s, n, err)
		}
		if want == s && Detect(s) != Simplified {
			t.Fatalf("Detect(%q) = Traditional, but String leaves it unchanged", s)
		}
		if DetectBytes([]byte(s)) != Detect(s) {
			t.Fatalf("DetectBytes and Detect disagree on %q", s)
		}

		again := String(want)
		if utf8.RuneCountInString(again) != utf8.RuneCountInString(want) {
			t.Fatalf("String(%q) = %q changes the rune count", want, again)
		}
		if again != want && !hasEntry(want) {
			t.Fatalf("String(%q) = %q, but no rune of the input is in the table", want, again)
		}
	})
}

// hasEntry reports whether a rune of s starts a table entry.
func hasEntry(s string) bool {
	tab := load()
	for _, r := range s {
		if tab.lookup(r) != nil {
			return true
		}
	}
	return false
}
