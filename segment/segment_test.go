package segment

import (
	"flag"
	"go/parser"
	"go/token"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite golden files")

// loadedAtStart records whether importing the package decoded the
// dictionary.
var loadedAtStart bool

func TestMain(m *testing.M) {
	loadedAtStart = baseLoaded.Load() || baseDict != nil
	os.Exit(m.Run())
}

func TestNoWorkAtInit(t *testing.T) {
	if loadedAtStart {
		t.Fatal("the dictionary was decoded before the first Cut or Load")
	}
	Load()
	Load()
	if !baseLoaded.Load() || baseDict == nil {
		t.Fatal("Load did not load the dictionary")
	}
}

// check verifies the invariants of a cut: the tokens are non-empty,
// contiguous substrings of text that cover it exactly and have a tag.
func check(t testing.TB, text string, toks []Token) {
	t.Helper()
	pos := 0
	var b strings.Builder
	for i, tk := range toks {
		if tk.Start != pos || tk.End <= tk.Start || tk.End > len(text) {
			t.Fatalf("%q: token %d %q has offsets [%d,%d), want start %d", clip(text), i, tk.Text, tk.Start, tk.End, pos)
		}
		if tk.Text != text[tk.Start:tk.End] {
			t.Fatalf("%q: token %d Text %q != text[%d:%d] %q", clip(text), i, tk.Text, tk.Start, tk.End, text[tk.Start:tk.End])
		}
		if tk.Pos == "" {
			t.Fatalf("%q: token %d %q has no tag", clip(text), i, tk.Text)
		}
		pos = tk.End
		b.WriteString(tk.Text)
	}
	if pos != len(text) || b.String() != text {
		t.Fatalf("%q: tokens cover %d of %d bytes", clip(text), pos, len(text))
	}
}

func clip(s string) string {
	if len(s) > 80 {
		return s[:80] + "…"
	}
	return s
}

// join returns the token texts joined by "|".
func join(toks []Token) string {
	parts := make([]string, len(toks))
	for i, tk := range toks {
		parts[i] = tk.Text
	}
	return strings.Join(parts, "|")
}

// tagged returns the tokens as "text/pos" joined by spaces.
func tagged(toks []Token) string {
	parts := make([]string, len(toks))
	for i, tk := range toks {
		parts[i] = tk.Text + "/" + tk.Pos
	}
	return strings.Join(parts, " ")
}

func TestCut(t *testing.T) {
	tests := []struct{ in, want string }{
		// Domain dictionary.
		{"2.2亿元", "2.2|亿元"},
		{"年产5万吨", "年产|5|万吨"},
		{"招商引资", "招商引资"},
		{"山西翔宇化工有限公司", "山西|翔宇|化工|有限公司"},
		{"湖北华强科技股份有限公司", "湖北|华强|科技|股份有限公司"},
		{"总投资3.5亿元", "总投资|3.5|亿元"},
		{"项目总投资12亿元,年产能10万吨", "项目|总投资|12|亿元|,|年产能|10|万吨"},
		{"集中签约项目28个", "集中签约|项目|28|个"},
		{"培育专精特新企业", "培育|专精特新|企业"},
		{"装机容量200兆瓦", "装机容量|200|兆瓦"},
		{"年处理30万吨", "年处理|30|万吨"},
		{"实施补链延链强链", "实施|补链|延链|强链"},
		{"固定资产投资增长12.5%", "固定资产投资|增长|12.5%"},
		// The log(0) bug of gse: 制 starts 制度 but is a word; 1 starts 1号店.
		{"工作制度", "工作|制度"},
		{"建立健全工作制度", "建立健全|工作|制度"},
		{"1号店", "1号店"},
		{"11号店", "11|号店"}, // not 1号店
		// Case is preserved; letters and digits are atomic.
		{"橡胶防老剂RD", "橡胶|防老剂|RD"},
		{"KSM增白剂", "KSM|增白剂"},
		{"4S店和A股", "4S店|和|A股"},
		{"AB股", "AB|股"},
		{"C++和AT&T", "C++|和|AT&T"},
		{"iPhone12", "iPhone|12"},
		// Numbers.
		{"1,200", "1,200"},
		{"50%", "50%"},
		{"2021年", "2021|年"},
		{"1,2", "1|,|2"},
		{"1,2345", "1|,|2345"},
		{"3.", "3|."},
		{"v1.2.3", "v|1.2.3"},
		{"12,345,678.9%", "12,345,678.9%"},
		// White space, punctuation, invalid UTF-8.
		{"a  b\n\nc", "a|  |b|\n\n|c"},
		{"中\xff文", "中|\xff|文"},
		{"“园区”，", "“|园区|”|，"},
		{"\u3000\u3000今年", "\u3000\u3000|今年"},
		// The HMM.
		{"他来到了网易杭研大厦", "他|来到|了|网易|杭研|大厦"},
		{"我来到北京清华大学", "我|来到|北京|清华大学"},
	}
	for _, tt := range tests {
		toks := Cut(tt.in)
		check(t, tt.in, toks)
		if got := join(toks); got != tt.want {
			t.Errorf("Cut(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestPos(t *testing.T) {
	tests := []struct{ in, want string }{
		{"总投资3.5亿元", "总投资/n 3.5/m 亿元/m"},
		{"橡胶防老剂RD, ok", "橡胶/n 防老剂/n RD/eng ,/x  /x ok/eng"},
		{"杭研大厦", "杭研/un 大厦/n"},
		{"Москва和東京", "Москва/x 和/c 東京/un"},
		{"\xff", "\xff/x"},
	}
	for _, tt := range tests {
		if got := tagged(Cut(tt.in)); got != tt.want {
			t.Errorf("Cut(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestEmpty(t *testing.T) {
	if toks := Cut(""); toks != nil {
		t.Errorf("Cut(\"\") = %v, want nil", toks)
	}
	var s Segmenter // the zero value works too
	if toks := s.Cut("中文"); join(toks) != "中文" {
		t.Errorf("zero Segmenter: %q", join(toks))
	}
}

func TestFixtures(t *testing.T) {
	for name, text := range sampleTexts(t) {
		toks := Cut(text)
		check(t, text, toks)
		// Cutting line by line gives the same tokens: white space ends
		// every block.
		var byLine []Token
		off := 0
		for _, line := range strings.SplitAfter(text, "\n") {
			for _, tk := range Cut(line) {
				tk.Start += off
				tk.End += off
				byLine = append(byLine, tk)
			}
			off += len(line)
		}
		merged := mergeSpace(byLine)
		if !slices.Equal(mergeSpace(toks), merged) {
			t.Errorf("%s: cutting line by line differs", name)
		}
	}
}

// mergeSpace merges adjacent white-space tokens.
func mergeSpace(toks []Token) []Token {
	var out []Token
	for _, tk := range toks {
		if n := len(out); n > 0 && tk.Pos == "x" && strings.TrimSpace(tk.Text) == "" &&
			out[n-1].Pos == "x" && strings.TrimSpace(out[n-1].Text) == "" {
			out[n-1].Text += tk.Text
			out[n-1].End = tk.End
			continue
		}
		out = append(out, tk)
	}
	return out
}

func TestLongText(t *testing.T) {
	texts := sampleTexts(t)
	names := make([]string, 0, len(texts))
	for n := range texts {
		names = append(names, n)
	}
	slices.Sort(names)
	var b strings.Builder
	for b.Len() < 4*maxChunkUnits*3 {
		for _, n := range names {
			b.WriteString(texts[n])
		}
	}
	long := b.String()
	check(t, long, Cut(long))

	// Without white space the chunks end at CJK punctuation.
	noSpace := strings.Join(strings.Fields(long), "")
	toks := Cut(noSpace)
	check(t, noSpace, toks)

	// Without white space or punctuation they end anywhere.
	han := strings.Repeat("中华人民共和国成立于一九四九年", 2*maxChunkUnits/15)
	check(t, han, Cut(han))
	// A huge run of one kind is split into units of at most maxUnitBytes.
	for _, s := range []string{strings.Repeat(" ", 3*maxUnitBytes), strings.Repeat("a", 3*maxUnitBytes), strings.Repeat("9", 3*maxUnitBytes)} {
		toks := Cut(s)
		check(t, s, toks)
		if len(toks) != 3 {
			t.Errorf("%d tokens for a run of %d bytes", len(toks), len(s))
		}
	}
}

func randomText(r *rand.Rand) string {
	pieces := []string{
		"中", "国", "有限公司", "亿元", "年产", "的", "了", "工作制度", "乾", "於", "㑩", "𫟹", "鼪",
		"1", "2.5", "1,200", "50%", ".", ",", "%", "+", "#", "&", "-", "_",
		"a", "RD", "C", "é", "e\u0301", "Ａ", "γ", "Москва", "かな", "한국",
		" ", "\n", "\r\n", "\t", "\u3000", "，", "。", "“", "”", "…", "\u00a0",
		"\xff", "\xe4\xb8", "\xc0\x80", "\xed\xa0\x80", "\U0001F600", "\u200b", "\x00",
	}
	n := r.IntN(40)
	var b strings.Builder
	for range n {
		if r.IntN(10) == 0 {
			b.WriteByte(byte(r.IntN(256)))
			continue
		}
		switch r.IntN(8) {
		case 0, 1:
			b.WriteRune(rune(0x4E00 + r.IntN(0x5200)))
			continue
		case 2:
			b.WriteRune(rune(r.IntN(0x110000))) // surrogates become U+FFFD
			continue
		}
		b.WriteString(pieces[r.IntN(len(pieces))])
	}
	return b.String()
}

func TestRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	s := New(Word{Text: "国有", Freq: 0}, Word{Text: "RD中", Freq: 10}, Word{Text: "的了", Freq: -1}, Word{Text: "a.1", Freq: 100})
	for range 20000 {
		text := randomText(r)
		check(t, text, Cut(text))
		check(t, text, s.Cut(text))
	}
}

func TestInvalidUTF8(t *testing.T) {
	for _, text := range []string{"\xff", "\xff\xfe", "中\xe4\xb8", "\xe4\xb8中", "a\xc0\x80b", "\xed\xa0\x80", "1\xff2", "RD\x80"} {
		toks := Cut(text)
		check(t, text, toks)
		for _, tk := range toks {
			if !utf8.ValidString(tk.Text) && (len(tk.Text) != 1 || tk.Pos != "x") {
				t.Errorf("%q: invalid token %q/%s", text, tk.Text, tk.Pos)
			}
		}
	}
}

func TestAddWords(t *testing.T) {
	s := New(Word{Text: "翔宇化工", Freq: 5000, Pos: "nt"})
	if got := tagged(s.Cut("山西翔宇化工有限公司")); got != "山西/ns 翔宇化工/nt 有限公司/n" {
		t.Errorf("New: %s", got)
	}
	// The default Segmenter is not affected.
	if got := join(Cut("山西翔宇化工有限公司")); got != "山西|翔宇|化工|有限公司" {
		t.Errorf("default: %s", got)
	}

	// Freq 0 wins wherever it fits, even against a strong reading.
	s = New(Word{Text: "中国", Freq: 0})
	if got := join(s.Cut("发展中国家")); got != "发展|中国|家" {
		t.Errorf("Freq 0: %s", got)
	}
	if got := join(New().Cut("发展中国家")); got != "发展中国家" {
		t.Errorf("without: %s", got)
	}
	// Two Freq 0 words that overlap: the one covering more wins.
	s = New(Word{Text: "展中", Freq: 0}, Word{Text: "中国家", Freq: 0})
	if got := join(s.Cut("发展中国家")); got != "发展|中国家" {
		t.Errorf("overlapping Freq 0: %s", got)
	}
	// A Freq 0 word keeps the dictionary's tag when it has one.
	s = New(Word{Text: "有限公司", Freq: 0}, Word{Text: "翔宇化工", Freq: 0})
	if got := tagged(s.Cut("翔宇化工有限公司")); got != "翔宇化工/nz 有限公司/n" {
		t.Errorf("Freq 0 tags: %s", got)
	}

	// A negative frequency removes a word.
	s = New(Word{Text: "招商引资", Freq: -1})
	if got := join(s.Cut("招商引资")); got != "招商|引资" {
		t.Errorf("removed: %s", got)
	}
	// Re-adding replaces.
	s.AddWords(Word{Text: "招商引资", Freq: 100})
	if got := join(s.Cut("招商引资")); got != "招商引资" {
		t.Errorf("re-added: %s", got)
	}

	// Added words match whole units, as written.
	s = New(Word{Text: "KSM增白剂", Freq: 100, Pos: "nz"}, Word{Text: "M增", Freq: 0})
	if got := tagged(s.Cut("KSM增白剂 SM增白剂 ksm增白剂")); got != "KSM增白剂/nz  /x SM/eng 增白剂/n  /x ksm/eng 增白剂/n" {
		t.Errorf("units: %s", got)
	}

	// Invalid words are ignored.
	s = New(Word{Text: ""}, Word{Text: "a b"}, Word{Text: "\xff"})
	if s.ov.Load() != nil {
		t.Error("invalid words were added")
	}

	// The package-level AddWords.
	AddWords(Word{Text: "翔宇化工", Freq: 5000})
	defer std.ov.Store(nil)
	if got := tagged(Cut("山西翔宇化工有限公司")); got != "山西/ns 翔宇化工/nz 有限公司/n" {
		t.Errorf("AddWords: %s", got)
	}
}

func TestCaseFold(t *testing.T) {
	// c++ and 4s店 are in the dictionary in lower case, as is an added word.
	s := New(Word{Text: "ipad平板", Freq: 100})
	tests := []struct{ in, want string }{
		{"C++", "C++/nz"},
		{"4S店", "4S店/n"},
		{"IPAD平板", "IPAD平板/nz"},
		{"iPad平板", "iPad平板/nz"},
		{"ipad平板", "ipad平板/nz"},
	}
	for _, tt := range tests {
		if got := tagged(s.Cut(tt.in)); got != tt.want {
			t.Errorf("Cut(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestGolden(t *testing.T) {
	texts := sampleTexts(t)
	for name, text := range texts {
		var b strings.Builder
		for _, tk := range Cut(text) {
			if strings.TrimSpace(tk.Text) == "" {
				b.WriteString(strconv.Quote(tk.Text) + "/" + tk.Pos)
			} else {
				b.WriteString(tk.Text + "/" + tk.Pos)
			}
			if strings.Contains(tk.Text, "\n") {
				b.WriteString("\n")
			} else {
				b.WriteString(" ")
			}
		}
		got := b.String()
		path := filepath.Join("testdata", "golden", strings.TrimSuffix(name, ".txt")+".seg")
		if *update {
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test -update)", err)
		}
		if got != string(want) {
			t.Errorf("%s: segmentation differs from %s (run go test -update and review the diff)", name, path)
		}
	}
}

func TestLoadIndependent(t *testing.T) {
	d1, err := loadDictionary(dictData, dictRawSize, hmmData)
	if err != nil {
		t.Fatal(err)
	}
	d2, err := loadDictionary(dictData, 0, hmmData)
	if err != nil {
		t.Fatal(err)
	}
	if d1 == d2 || &d1.logf[0] == &d2.logf[0] {
		t.Fatal("loads share memory")
	}
	if d1.words != dictWords || d1.total != dictTotal {
		t.Errorf("%d words, total %v; zdata.go says %d, %d", d1.words, d1.total, dictWords, dictTotal)
	}
	text := sampleTexts(t)["000_ef0243743d6ef745.txt"]
	if a, b := cut(d1, nil, text), cut(d2, nil, text); !slices.Equal(a, b) {
		t.Error("independent loads cut differently")
	}
	for _, bad := range []string{"", "x", dictData[:len(dictData)/2]} {
		if _, err := loadDictionary(bad, 0, hmmData); err == nil {
			t.Errorf("corrupt dictionary %d bytes: no error", len(bad))
		}
		if _, err := loadDictionary(dictData, 0, bad); err == nil {
			t.Errorf("corrupt HMM %d bytes: no error", len(bad))
		}
	}
}

// TestImports checks that the package's own code imports neither gse nor
// anything outside the standard library and this module.
func TestImports(t *testing.T) {
	for _, dir := range []string{".", "internal/dictfile"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") || filepath.Base(f) == "gen.go" {
				continue
			}
			af, err := parser.ParseFile(token.NewFileSet(), f, nil, parser.ImportsOnly)
			if err != nil {
				t.Fatal(err)
			}
			for _, imp := range af.Imports {
				p, _ := strconv.Unquote(imp.Path.Value)
				first := strings.Split(p, "/")[0]
				if strings.Contains(first, ".") && !strings.HasPrefix(p, "github.com/zhnews/zhnews/segment/") {
					t.Errorf("%s imports %s", f, p)
				}
			}
		}
	}
}
