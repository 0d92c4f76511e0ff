package fold

import "testing"

func TestPinyin(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"生产(chǎn)基地", "生产基地"},
		{"60万(wàn)吨", "60万吨"},
		{"项(xiàng)目（mù）", "项目"},
		{"一期(二期)项目", "一期(二期)项目"},           // not a syllable
		{"ABS(abs)改性料", "ABS(abs)改性料"},     // after a letter, and without a tone mark
		{"某县(xian)项目", "某县(xian)项目"},       // no tone mark: a word in Latin letters, kept
		{"杞县(qǐ xiàn)项目", "杞县(qǐ xiàn)项目"}, // a space: not one syllable
		{"(chǎn)开头", "(chǎn)开头"},           // nothing before it
		{"没有括号", "没有括号"},
		{"未闭合(chǎn", "未闭合(chǎn"},
	} {
		if got := Pinyin(c.in); got != c.want {
			t.Errorf("Pinyin(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
