package han

import "testing"

func TestIs(t *testing.T) {
	for r, want := range map[rune]bool{
		'中': true, '〇': true, '㐀': true, '𠀀': true, '豈': true, '𱍊': true,
		'a': false, '1': false, '，': false, '⺀': false, 'ア': false, '가': false, 0x3134F + 1: false,
	} {
		if got := Is(r); got != want {
			t.Errorf("Is(%U %q) = %v, want %v", r, r, got, want)
		}
	}
}

func TestCount(t *testing.T) {
	if got := Count("年产5万吨PVC，二〇二三年"); got != 9 {
		t.Errorf("Count = %d, want 9", got)
	}
}
