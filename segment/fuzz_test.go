package segment

import (
	"testing"
	"unicode/utf8"
)

// FuzzCut checks the invariants of Cut on arbitrary input: no panic, the
// tokens are contiguous, non-empty substrings that cover the input, and
// invalid bytes are tokens of their own. The seed corpus is in
// testdata/fuzz/FuzzCut.
func FuzzCut(f *testing.F) {
	for _, s := range []string{
		"", "山西翔宇化工有限公司年产5万吨", "总投资3.5亿元", "1,200 50% 2.2.", "橡胶防老剂RD",
		"C++ AT&T 4S店 A股", "中\xff文", "\xe4\xb8", "  \n\t\u3000", "Москва東京かな", "e\u0301\u0301",
		"乾於鼪𫟹", "1,2345,678.9.%%",
	} {
		f.Add(s)
	}
	s := New(Word{Text: "国有", Freq: 0}, Word{Text: "RD中", Freq: 10}, Word{Text: "的了", Freq: -1})
	f.Fuzz(func(t *testing.T, text string) {
		toks := Cut(text)
		check(t, text, toks)
		for _, tk := range toks {
			if !utf8.ValidString(tk.Text) && (len(tk.Text) != 1 || tk.Pos != "x") {
				t.Fatalf("invalid token %q/%s", tk.Text, tk.Pos)
			}
		}
		check(t, text, s.Cut(text))
	})
}
