package fact

import (
	"strings"
	"testing"
)

func TestBounds(t *testing.T) {
	for _, c := range []struct {
		s, name      string
		clause, sent string
	}{
		{"甲。乙，某项目，丙；丁", "某项目", "某项目", "乙，某项目，丙"},
		{"a, 某项目: b. c", "某项目", " 某项目", "a, 某项目: b. c"},
		{"某项目", "某项目", "某项目", "某项目"},
		{"一\n某项目\n二", "某项目", "某项目", "某项目"},
		{"\xef\xbc某项目\xef", "某项目", "\xef\xbc某项目\xef", "\xef\xbc某项目\xef"}, // cut breaks are not breaks
	} {
		start := strings.Index(c.s, c.name)
		end := start + len(c.name)
		if i, j := clause(c.s, start, end); c.s[i:j] != c.clause {
			t.Errorf("clause(%q, %q) = %q, want %q", c.s, c.name, c.s[i:j], c.clause)
		}
		if i, j := sentence(c.s, start, end); c.s[i:j] != c.sent {
			t.Errorf("sentence(%q, %q) = %q, want %q", c.s, c.name, c.s[i:j], c.sent)
		}
	}
}

func TestBreakSetLast(t *testing.T) {
	set := newBreakSet("，,")
	for _, c := range []struct {
		s       string
		i, size int
	}{
		{"甲，乙,丙", 9, 1},
		{"甲，乙丙", 3, 3},
		{"甲乙", -1, 0},
		{"", -1, 0},
	} {
		if i, size := set.last(c.s); i != c.i || size != c.size {
			t.Errorf("last(%q) = %d, %d, want %d, %d", c.s, i, size, c.i, c.size)
		}
	}
}

func TestPhraseSet(t *testing.T) {
	set := newPhraseSet("开工", "投产", "𠀀地") // the last opens with a rune outside the BMP
	for s, want := range map[string]bool{
		"项目今日开工":     true,
		"开":          false,
		"年内投产。":      true,
		"某𠀀地项目":      true,
		"𠀀":          false,
		"":           false,
		"\xff开工":     true,
		"开\xff工":     false,
		"project 开工": true,
	} {
		if got := set.in(s); got != want {
			t.Errorf("in(%q) = %v, want %v", s, got, want)
		}
	}
}
