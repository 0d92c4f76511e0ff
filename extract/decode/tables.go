package decode

import (
	"sync"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/transform"
)

// class is the plausibility class of one decoded non-ASCII character.
type class uint8

const (
	clsTop     class = iota // Han character in frequentHan
	clsCommon               // other GB2312 level-1 or Big5 frequent character
	clsPunct                // punctuation and symbols common in Chinese text
	clsHan                  // other CJK Unified Ideograph (U+4E00..U+9FFF)
	clsNeutral              // letters, symbols, emoji: no evidence either way
	clsRare                 // unlikely in Chinese news: PUA, extension, kana, ...
	clsInvalid              // invalid or unmapped byte sequence
	numClasses
)

// Bounds of the CJK Unified Ideographs block covered by the Han bit sets.
const (
	hanLo = 0x4E00
	hanHi = 0xA000 // exclusive
)

type hanSet [(hanHi - hanLo + 63) / 64]uint64

func (s *hanSet) add(r rune) {
	if hanLo <= r && r < hanHi {
		i := r - hanLo
		s[i>>6] |= 1 << (i & 63)
	}
}

func (s *hanSet) has(r rune) bool {
	i := r - hanLo
	return s[i>>6]&(1<<(i&63)) != 0
}

// Geometry of the two-byte code tables, indexed like the x/text decoders:
// lead byte 0x81..0xFE, then the trail byte's position in its valid ranges.
const (
	gbTrails   = 190 // GBK trail bytes 0x40..0x7E, 0x80..0xFE
	big5Trails = 157 // Big5 trail bytes 0x40..0x7E, 0xA1..0xFE
	numLeads   = 126 // lead bytes 0x81..0xFE
)

// tables holds the read-only data used for scoring. It is built once, on
// first use, by decoding every two-byte code with the x/text decoders.
type tables struct {
	top    hanSet // frequentHan
	common hanSet // GB2312 level 1 ∪ Big5 frequent ∪ top

	gb   [numLeads * gbTrails]class   // class of each GBK two-byte code
	big5 [numLeads * big5Trails]class // class of each Big5 two-byte code
}

var (
	tablesOnce sync.Once
	tablesData *tables
)

func getTables() *tables {
	tablesOnce.Do(func() { tablesData = buildTables() })
	return tablesData
}

func buildTables() *tables {
	t := new(tables)
	for _, r := range frequentHan {
		t.top.add(r)
		t.common.add(r)
	}
	gbk := simplifiedchinese.GBK.NewDecoder()
	big5 := traditionalchinese.Big5.NewDecoder()
	var src [2]byte
	var dst [16]byte
	decodePair := func(d transform.Transformer, lead, trail byte) rune {
		src[0], src[1] = lead, trail
		nDst, nSrc, err := d.Transform(dst[:], src[:], true)
		if err != nil || nSrc != 2 {
			return utf8.RuneError
		}
		r, _ := utf8.DecodeRune(dst[:nDst])
		return r
	}
	// The 3755 GB2312 level-1 characters: B0A1..D7F9.
	for lead := 0xB0; lead <= 0xD7; lead++ {
		for trail := 0xA1; trail <= 0xFE; trail++ {
			t.common.add(decodePair(gbk, byte(lead), byte(trail)))
		}
	}
	// The 5401 Big5 frequently used characters: A440..C67E.
	for lead := 0xA4; lead <= 0xC6; lead++ {
		for trail := 0x40; trail <= 0xFE; trail++ {
			if big5TrailIndex(byte(trail)) < 0 || lead == 0xC6 && trail > 0x7E {
				continue
			}
			t.common.add(decodePair(big5, byte(lead), byte(trail)))
		}
	}
	for lead := 0x81; lead <= 0xFE; lead++ {
		for trail := 0x40; trail <= 0xFE; trail++ {
			if i := gbTrailIndex(byte(trail)); i >= 0 {
				t.gb[(lead-0x81)*gbTrails+i] = t.classify(decodePair(gbk, byte(lead), byte(trail)))
			}
			if i := big5TrailIndex(byte(trail)); i >= 0 {
				t.big5[(lead-0x81)*big5Trails+i] = t.classify(decodePair(big5, byte(lead), byte(trail)))
			}
		}
	}
	return t
}

// gbTrailIndex returns the column of a GBK trail byte, or -1.
func gbTrailIndex(c byte) int {
	switch {
	case 0x40 <= c && c <= 0x7E:
		return int(c) - 0x40
	case 0x80 <= c && c <= 0xFE:
		return int(c) - 0x41
	}
	return -1
}

// big5TrailIndex returns the column of a Big5 trail byte, or -1.
func big5TrailIndex(c byte) int {
	switch {
	case 0x40 <= c && c <= 0x7E:
		return int(c) - 0x40
	case 0xA1 <= c && c <= 0xFE:
		return int(c) - 0x62
	}
	return -1
}

// classify returns the plausibility class of a non-ASCII rune.
func (t *tables) classify(r rune) class {
	switch {
	case hanLo <= r && r < hanHi:
		switch {
		case t.top.has(r):
			return clsTop
		case t.common.has(r):
			return clsCommon
		}
		return clsHan
	case r == utf8.RuneError:
		return clsInvalid
	case isPunct(r):
		return clsPunct
	case isRare(r):
		return clsRare
	}
	return clsNeutral
}

// isPunct reports whether r is punctuation or a symbol commonly found in
// Chinese text (and encodable in GBK).
func isPunct(r rune) bool {
	switch {
	case r == 0xB0 || r == 0xB1 || r == 0xB7 || r == 0xD7 || r == 0xF7: // ° ± · × ÷
		return true
	case 0x2010 <= r && r <= 0x2027: // ‐ – — ‖ ‘ ’ “ ” • …
		return true
	case r == 0x2030 || r == 0x2032 || r == 0x2033 || r == 0x203B: // ‰ ′ ″ ※
		return true
	case r == 0x2103 || r == 0x2116: // ℃ №
		return true
	case 0x2160 <= r && r <= 0x216B: // Ⅰ..Ⅻ
		return true
	case 0x2190 <= r && r <= 0x2193: // ← ↑ → ↓
		return true
	case 0x2460 <= r && r <= 0x249B: // ①.. ⑴.. ⒈..
		return true
	case 0x25A0 <= r && r <= 0x25CF: // ■ □ ▲ △ ◆ ◇ ○ ◎ ●
		return true
	case r == 0x2605 || r == 0x2606: // ★ ☆
		return true
	case 0x3380 <= r && r <= 0x33DF: // units: ㎎ ㎏ ㎜ ㎝ ㎞ ㎡ ㏄
		return true
	case 0x3000 <= r && r <= 0x3003: // ideographic space 、 。 〃
		return true
	case 0x3008 <= r && r <= 0x3011: // 〈 〉 《 》 「 」 『 』 【 】
		return true
	case 0x3014 <= r && r <= 0x3017: // 〔 〕 〖 〗
		return true
	case 0xFF01 <= r && r <= 0xFF5E: // fullwidth ASCII
		return true
	case 0xFFE0 <= r && r <= 0xFFE5: // ￠ ￡ ￢ ￣ ￤ ￥
		return true
	}
	return false
}

// isRare reports whether r is unlikely in Chinese news text, so that finding
// it suggests a wrong decoding.
func isRare(r rune) bool {
	switch {
	case r < 0xA0: // C1 controls
		return true
	case 0x2500 <= r && r <= 0x257F: // box drawing
		return true
	case 0x2E80 <= r && r <= 0x2FFF: // radicals, ideographic description
		return true
	case 0x3040 <= r && r <= 0x31FF: // kana, bopomofo, strokes
		return true
	case 0x3400 <= r && r <= 0x4DBF: // CJK Extension A
		return true
	case 0xA000 <= r && r <= 0xD7FF: // Yi, Hangul, ...
		return true
	case 0xE000 <= r && r <= 0xFAFF: // private use, CJK compatibility ideographs
		return true
	case 0xFE10 <= r && r <= 0xFE6F: // vertical, compatibility and small forms
		return true
	case 0xFF61 <= r && r <= 0xFF9F: // halfwidth katakana
		return true
	case 0xFFF0 <= r && r <= 0xFFFF: // specials
		return true
	case 0x20000 <= r: // CJK Extension B and later, supplementary private use
		return true
	}
	return false
}
