package extract

import (
	"sort"
	"testing"
	"unicode/utf8"
)

// TestChromeWordsPinned pins every phrase of the chrome vocabulary by an
// example built from it by its rule: a whole line is the phrase, a block
// header too (and it heads a block), a prefix phrase opens a line, a
// contains-phrase stands inside a short one. Each must give its own reason.
func TestChromeWordsPinned(t *testing.T) {
	type pin struct {
		rule, phrase, line string
		want               Reason
		block              bool
	}
	var pins []pin
	for k, r := range wholeLine {
		pins = append(pins, pin{"whole line", k, k, r, false})
	}
	for k, r := range blockHeader {
		pins = append(pins, pin{"block header", k, k, r, true})
	}
	for _, ps := range prefixRules {
		for _, p := range ps {
			pins = append(pins, pin{"prefix", p.key, p.key + "荆川县", p.reason, false})
		}
	}
	for _, ps := range containsRules {
		for _, p := range ps {
			pins = append(pins, pin{"contains", p.key, "荆川" + p.key + "县", p.reason, false})
		}
	}
	sort.Slice(pins, func(i, j int) bool { return pins[i].rule+pins[i].phrase < pins[j].rule+pins[j].phrase })
	failed := 0
	for _, p := range pins {
		m, ok := matchChrome(p.line, lineKey(p.line), utf8.RuneCountInString(p.line))
		if !ok || m.reason != p.want || m.block != p.block {
			failed++
			t.Errorf("%s %q: matchChrome(%q) = %q block %v (%v), want %q block %v", p.rule, p.phrase, p.line, m.reason, m.block, ok, p.want, p.block)
		}
	}
	t.Logf("%d phrases pinned, %d failed", len(pins), failed)
}
