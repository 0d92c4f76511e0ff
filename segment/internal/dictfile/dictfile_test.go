package dictfile

import (
	"flag"
	"slices"
	"testing"
)

// -update is accepted, so that go test ./... -update runs in every package.
var _ = flag.Bool("update", false, "rewrite golden files (none in this package)")

func TestRoundTrip(t *testing.T) {
	entries := []Entry{
		{"中", 10, "ns"}, {"中国", 100, "ns"}, {"中国人", 5, "n"}, {"国", 7, "n"},
		{"A股", 3, "n"}, {"C++", 3, "nz"}, {"𫟹", 2, "zg"}, {"人民", 50, ""},
	}
	b, err := EncodeDict(entries)
	if err != nil {
		t.Fatal(err)
	}
	d, err := DecodeDict(string(b), 0)
	if err != nil {
		t.Fatal(err)
	}
	code := map[rune]uint16{}
	for i, r := range d.Runes {
		code[r] = uint16(i + 1)
	}
	lookup := func(w string) (uint32, string, bool) {
		n := uint32(0)
		for _, r := range w {
			c := code[r]
			found := false
			if n == 0 {
				if c != 0 && int(c) <= d.NRoot {
					n, found = uint32(c), true
				}
			} else {
				for k := d.First[n]; k < d.First[n+1]; k++ {
					if d.Label[k] == c {
						n, found = k, true
						break
					}
				}
			}
			if !found {
				return 0, "", false
			}
		}
		return d.Freq[n], d.Tags[d.Tag[n]], true
	}
	var total uint64
	for _, e := range entries {
		f, tag, ok := lookup(e.Word)
		if !ok || f != e.Freq || tag != e.Tag {
			t.Errorf("%s: got %d %q %v, want %d %q", e.Word, f, tag, ok, e.Freq, e.Tag)
		}
		total += uint64(e.Freq)
	}
	if f, _, ok := lookup("中国人民"); ok || f != 0 {
		t.Error("中国人民 found")
	}
	if f, _, ok := lookup("A"); !ok || f != 0 {
		t.Error("prefix A: not a prefix-only node")
	}
	if d.Total != total {
		t.Errorf("total %d, want %d", d.Total, total)
	}
	// Deterministic.
	b2, _ := EncodeDict(entries)
	if !slices.Equal(b, b2) {
		t.Error("encoding is not deterministic")
	}

	for _, bad := range [][]Entry{{{"", 1, "n"}}, {{"a", 0, "n"}}, {{"\xff", 1, "n"}}, {{"a", 1, "n"}, {"a", 2, "n"}}} {
		if _, err := EncodeDict(bad); err == nil {
			t.Errorf("%v: no error", bad)
		}
	}
	for i := 0; i < len(b); i += 7 {
		DecodeDict(string(b[:i]), 0) // must not panic
	}
}

func TestHMMRoundTrip(t *testing.T) {
	m := &HMM{
		Start: [4]float64{-0.26, MinFloat, MinFloat, -1.46},
		Runes: []rune{'中', '国', '𫟹'},
		Emit:  [][4]float64{{-1, -2, -3, -4}, {MinFloat, -2, MinFloat, -4}, {-1, MinFloat, MinFloat, MinFloat}},
	}
	for i := range m.Trans {
		for j := range m.Trans[i] {
			m.Trans[i][j] = float64(-i*4 - j)
		}
	}
	b, err := EncodeHMM(m)
	if err != nil {
		t.Fatal(err)
	}
	got, err := DecodeHMM(string(b))
	if err != nil {
		t.Fatal(err)
	}
	if got.Start != m.Start || got.Trans != m.Trans || !slices.Equal(got.Runes, m.Runes) || !slices.Equal(got.Emit, m.Emit) {
		t.Errorf("got %+v, want %+v", got, m)
	}
	if _, err := EncodeHMM(&HMM{Runes: []rune{'b', 'a'}, Emit: make([][4]float64, 2)}); err == nil {
		t.Error("unsorted runes: no error")
	}
	for i := 0; i < len(b); i += 3 {
		DecodeHMM(string(b[:i])) // must not panic
	}
}
