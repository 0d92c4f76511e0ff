package t2s

import (
	"strconv"
	"unicode"
	"unicode/utf8"
)

// Script is a Chinese script: Simplified or Traditional.
type Script int

const (
	// Simplified is Simplified Chinese, and also text that has no Han
	// characters or none that conversion would change.
	Simplified Script = iota
	// Traditional is Traditional Chinese.
	Traditional
)

// String returns "simplified" or "traditional".
func (s Script) String() string {
	switch s {
	case Simplified:
		return "simplified"
	case Traditional:
		return "traditional"
	}
	return "Script(" + strconv.Itoa(int(s)) + ")"
}

// Detection thresholds; see Detect. Scores are in half runes.
const (
	minScore       = 2 // at least one Traditional rune
	scorePerCent   = 3 // Traditional share of Han runes, in per cent
	ambiguousScore = 1 // score of an ambiguous character
	changedScore   = 2 // score of any other changed character
)

// Detect reports whether s is written in Traditional or Simplified Chinese.
//
// It counts h, the Han runes of s, and scores the Han runes that String
// would change: 1 for a rune changed by a phrase or by a character mapping,
// and ½ for a character changed on its own that OpenCC lists as its own
// alternative because it is also used in Simplified text (乾, 於, 徵, 夥,
// 剋, 麽, 薹); 著 is never changed. Identity phrases such as 乾隆 score 0.
// Detect returns Traditional if the score is at least 1 and at least 3% of
// h, and Simplified otherwise, including when s has no Han runes.
//
// Traditional prose has 20-40% of its Han runes changed, Simplified prose
// almost none, so the 3% threshold sits between the 1% and 5% limits of
// "clearly Simplified" and "clearly Traditional" and needs about one
// Traditional character per 33 Han runes. A lone ambiguous character (于是
// written 於是) does not make a text Traditional. A single unambiguous
// Traditional character (髮, 後) in a text of fewer than 34 Han runes does:
// for short texts the rule errs on the side of converting, which is harmless
// because String changes nothing in Simplified text but such characters.
func Detect(s string) Script { return detect(s) }

// DetectBytes is like Detect for a byte slice.
func DetectBytes(b []byte) Script { return detect(b) }

func detect[S text](s S) Script {
	h, score := count(load(), s)
	if score >= minScore && score*100 >= scorePerCent*changedScore*h {
		return Traditional
	}
	return Simplified
}

// count returns the number of Han runes in s and the score, in half runes,
// of those that conversion changes, as documented for Detect.
func count[S text](t *table, s S) (han, score int) {
outer:
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		if r, ok := decode3(s, i); ok && !t.hasEntryBMP(r) {
			if isHan(r) {
				han++
			}
			i += 3
			continue
		}
		r, size := decode(s[i:])
		if size <= 1 {
			i++
			continue
		}
		if !isHan(r) {
			i += size
			continue
		}
		han++
		e := t.lookup(r)
		if e == nil {
			i += size
			continue
		}
		if e.nphr > 0 {
			rest := s[i:]
			for k := int(e.phr); k < int(e.phr)+int(e.nphr); k++ {
				p := &t.phrases[k]
				if !hasPrefix(rest, p.from) {
					continue
				}
				// Compare the phrase rune by rune; keys and values have
				// the same number of runes, all Han.
				han += utf8.RuneCountInString(p.from) - 1
				if !p.identity {
					from, to := p.from, p.to
					for from != "" {
						rf, nf := utf8.DecodeRuneInString(from)
						rt, nt := utf8.DecodeRuneInString(to)
						if rf != rt {
							score += changedScore
						}
						from, to = from[nf:], to[nt:]
					}
				}
				i += len(p.from)
				continue outer
			}
		}
		switch {
		case e.to == "":
		case e.ambiguous:
			score += ambiguousScore
		default:
			score += changedScore
		}
		i += size
	}
	return han, score
}

// isHan reports whether r is a Han character.
func isHan(r rune) bool {
	if r >= 0x4E00 && r <= 0x9FFF {
		return true
	}
	return r >= 0x2E80 && unicode.Is(unicode.Han, r)
}
