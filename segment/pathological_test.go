package segment

import (
	"strings"
	"testing"
)

// TestPathological cuts long runs of one kind of unit, with and without
// added words, which must take linear time and keep the invariants.
func TestPathological(t *testing.T) {
	s := New(Word{Text: "国有", Freq: 0}, Word{Text: "RD中", Freq: 10}, Word{Text: "的了", Freq: -1})
	n := 60000
	inputs := map[string]string{
		"han":        strings.Repeat("中", n),
		"rare":       strings.Repeat("鼪", n),
		"upper":      strings.Repeat("A中", n/2),
		"upperrun":   strings.Repeat("A", n),
		"digitsdots": strings.Repeat("1.", n/2),
		"commas":     strings.Repeat("1,", n/2),
		"digits":     strings.Repeat("1", n),
		"guoyou":     strings.Repeat("国有", n/2),
		"RD中":        strings.Repeat("RD中", n/3),
		"de":         strings.Repeat("的了", n/2),
		"punct":      strings.Repeat("，", n),
		"marks":      "a" + strings.Repeat("\u0301", n),
		"cyr":        strings.Repeat("ж", n),
		"mixed":      strings.Repeat("A1中.", n/4),
		"latin":      strings.Repeat("é", n),
	}
	for _, in := range inputs {
		for _, seg := range []*Segmenter{&std, s} {
			check(t, in, seg.Cut(in))
		}
	}
}
