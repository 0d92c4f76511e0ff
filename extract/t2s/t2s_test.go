package t2s

import (
	"bytes"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/transform"
)

// update is the repository-wide flag for rewriting golden files. Here it
// regenerates testdata/*.t2s.golden with the opencc binary.
var update = flag.Bool("update", false, "rewrite golden files")

// conversions lists inputs and their expected output, which is what
// "opencc -c t2s.json" (OpenCC 1.1.6 data) produces.
var conversions = []struct{ in, want string }{
	// Empty, ASCII, digits, punctuation: untouched.
	{"", ""},
	{"hello, world 123\n", "hello, world 123\n"},
	{"２０２３年１２月", "２０２３年１２月"},
	{"「臺北」，《聯合報》！", "「台北」，《联合报》！"},
	{"ABC 123 東京", "ABC 123 东京"},
	{"這是一個測試。", "这是一个测试。"},
	{"\t說話\r\n", "\t说话\r\n"},

	// Already Simplified.
	{"电脑", "电脑"},
	{"中华人民共和国", "中华人民共和国"},
	{"带著", "带著"},

	// Characters.
	{"說話", "说话"},
	{"國際", "国际"},
	{"發展", "发展"},
	{"頭髮", "头发"},
	{"理髮", "理发"},
	{"發髮", "发发"},
	{"後來", "后来"},
	{"臺灣", "台湾"},
	{"台灣", "台湾"},
	{"軟體", "软体"},
	{"記憶體", "记忆体"},
	{"為什麼", "为什么"},
	{"麼", "么"},
	{"裡面", "里面"},
	{"裏面", "里面"},
	{"鍾愛", "钟爱"},
	{"鐘錶", "钟表"},
	{"隻身", "只身"},
	{"一隻", "一只"},
	{"東西", "东西"},
	{"遊戲", "游戏"},
	{"餘", "余"},
	{"夥伴", "伙伴"},
	{"剋扣", "克扣"},
	{"麪條", "面条"},
	{"麵條", "面条"},
	{"瞭解", "了解"},
	{"乾杯", "干杯"},
	{"反覆", "反复"},
	{"覆蓋", "覆盖"},
	{"於是", "于是"},
	{"徵收", "征收"},
	{"薴", "苧"}, // not idempotent: 苧 → 苎
	{"苧", "苎"},
	{"𡞵", "㛟"}, // supplementary plane key

	// 著 is kept, as OpenCC does.
	{"著力", "著力"},
	{"帶著", "带著"},

	// Phrases: longest match wins; identity phrases protect their runes.
	{"乾隆", "乾隆"},
	{"乾燥", "干燥"},
	{"乾隆皇帝很乾燥", "乾隆皇帝很干燥"},
	{"乾乾淨淨", "干干净净"},
	{"康乾盛世", "康乾盛世"},
	{"乾坤大挪移", "乾坤大挪移"},
	{"角徵羽", "角徵羽"},
	{"宮商角徵羽", "宫商角徵羽"},
	{"大目乾連冥間救母變文", "大目乾连冥间救母变文"},
	{"藉口", "借口"},
	{"慰藉", "慰藉"},
	{"茵藉", "茵借"},
	{"二噁英", "二𫫇英"}, // output longer than input in bytes
	{"x乾隆y乾z", "x乾隆y干z"},

	// Invalid UTF-8 passes through byte for byte.
	{"\xff", "\xff"},
	{"\xe4\xb9", "\xe4\xb9"},             // truncated 乾
	{"\xe4\xb9乾", "\xe4\xb9干"},           // truncated 乾 before 乾
	{"乾\xbe", "干\xbe"},                   // stray continuation byte
	{"發\xed\xa0\x80展", "发\xed\xa0\x80展"}, // surrogate
	{"\xc0\xaf髮\xf8", "\xc0\xaf发\xf8"},
	{"\xef\xbf\xbd發", "\ufffd发"}, // a real U+FFFD
}

func TestString(t *testing.T) {
	for _, c := range conversions {
		if got := String(c.in); got != c.want {
			t.Errorf("String(%q) = %q, want %q", c.in, got, c.want)
		}
		if got := Bytes([]byte(c.in)); string(got) != c.want {
			t.Errorf("Bytes(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestTransformString(t *testing.T) {
	for _, c := range conversions {
		got, n, err := transform.String(Transformer(), c.in)
		if got != c.want || n != len(c.in) || err != nil {
			t.Errorf("transform.String(%q) = %q, %d, %v; want %q, %d, nil", c.in, got, n, err, c.want, len(c.in))
		}
		gotb, n, err := transform.Bytes(Converter{}, []byte(c.in))
		if string(gotb) != c.want || n != len(c.in) || err != nil {
			t.Errorf("transform.Bytes(%q) = %q, %d, %v; want %q, %d, nil", c.in, gotb, n, err, c.want, len(c.in))
		}
	}
}

// longText returns all conversion inputs and the seeds, joined.
func longText(t testing.TB) string {
	var b strings.Builder
	for _, c := range conversions {
		b.WriteString(c.in)
		b.WriteString("|")
	}
	for _, s := range seeds(t) {
		b.WriteString(s.text)
	}
	return b.String()
}

func TestReader(t *testing.T) {
	in := longText(t)
	want := String(in)
	readers := map[string]func(io.Reader) io.Reader{
		"plain":   func(r io.Reader) io.Reader { return r },
		"onebyte": iotest.OneByteReader,
		"half":    iotest.HalfReader,
		"dataerr": iotest.DataErrReader,
	}
	for name, wrap := range readers {
		r := transform.NewReader(wrap(strings.NewReader(in)), Transformer())
		got, err := io.ReadAll(iotest.OneByteReader(r))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if string(got) != want {
			t.Errorf("%s: reader output differs from String", name)
		}
	}

	var buf bytes.Buffer
	w := transform.NewWriter(&buf, Transformer())
	for i := 0; i < len(in); i += 7 {
		if _, err := w.Write([]byte(in[i:min(i+7, len(in))])); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if buf.String() != want {
		t.Errorf("writer output differs from String")
	}
}

// transformChunked drives Transform by hand, feeding src in chunks of at
// most srcChunk bytes and writing to a dst of dstSize bytes.
func transformChunked(t testing.TB, s string, srcChunk, dstSize int) string {
	var c Converter
	var out []byte
	dst := make([]byte, dstSize)
	src := []byte(s)
	pending := 0 // bytes of src made available to Transform
	start := 0   // first byte not yet consumed
	for iter := 0; ; iter++ {
		if iter > 10*len(s)+100 {
			t.Fatalf("no progress converting %q (chunk %d, dst %d)", s, srcChunk, dstSize)
		}
		pending = min(len(src), max(pending, start)+srcChunk)
		atEOF := pending == len(src)
		nDst, nSrc, err := c.Transform(dst, src[start:pending], atEOF)
		if !utf8.Valid(dst[:nDst]) && utf8.ValidString(s) {
			t.Fatalf("Transform wrote a split rune %q", dst[:nDst])
		}
		out = append(out, dst[:nDst]...)
		start += nSrc
		switch {
		case err == nil:
			if start != pending {
				t.Fatalf("Transform returned nil error at %d/%d", start, pending)
			}
			if atEOF {
				return string(out)
			}
		case errors.Is(err, transform.ErrShortSrc):
			if atEOF {
				t.Fatalf("ErrShortSrc at EOF")
			}
		case errors.Is(err, transform.ErrShortDst):
			// A phrase is copied or replaced as a whole, so dst needs room
			// for the longest one to guarantee progress.
			if nDst == 0 && nSrc == 0 {
				if len(dst) >= maxPhraseBytes+utf8.UTFMax {
					t.Fatalf("ErrShortDst without progress, dst %d", len(dst))
				}
				dst = make([]byte, 2*len(dst))
			}
		default:
			t.Fatal(err)
		}
	}
}

func TestTransformChunked(t *testing.T) {
	in := longText(t)
	want := String(in)
	for _, chunk := range []int{1, 2, 3, 5, 16, 41, 42, 43, 4096} {
		for _, dst := range []int{4, 5, 7, 64} {
			if got := transformChunked(t, in, chunk, dst); got != want {
				t.Errorf("chunk %d dst %d: output differs from String", chunk, dst)
			}
		}
	}
	for _, c := range conversions {
		for chunk := 1; chunk <= len(c.in)+1; chunk++ {
			if got := transformChunked(t, c.in, chunk, 4); got != c.want {
				t.Errorf("chunk %d: %q → %q, want %q", chunk, c.in, got, c.want)
			}
		}
	}
}

func TestTransformErrors(t *testing.T) {
	tests := []struct {
		src         string
		atEOF       bool
		dstSize     int
		dst         string
		nSrc        int
		err         error
		description string
	}{
		{"abc乾", false, 64, "abc", 3, transform.ErrShortSrc, "乾 may start a phrase"},
		{"abc乾", true, 64, "abc干", 6, nil, "at EOF 乾 is a character"},
		{"乾隆", false, 64, "", 0, transform.ErrShortSrc, "乾隆年間 may follow"},
		{"乾隆年", false, 64, "", 0, transform.ErrShortSrc, "乾隆年間 may follow"},
		{"乾隆x", false, 64, "乾隆x", 7, nil, "identity phrase then ASCII"},
		{"乾燥", false, 64, "干燥", 6, nil, "no phrase starts with 乾燥"},
		{"髮", false, 64, "发", 3, nil, "髮 starts no phrase"},
		{"a\xe4\xb9", false, 64, "a", 1, transform.ErrShortSrc, "truncated rune"},
		{"a\xe4\xb9", true, 64, "a\xe4\xb9", 3, nil, "truncated rune at EOF"},
		{"a\xe4", true, 64, "a\xe4", 2, nil, "truncated rune at EOF"},
		{"\xe4\xb9a", false, 64, "\xe4\xb9a", 3, nil, "invalid, not truncated"},
		{"中心", false, 4, "中", 3, transform.ErrShortDst, "no split rune"},
		{"中心", false, 2, "", 0, transform.ErrShortDst, "no split rune"},
		{"abc髮", false, 5, "abc", 3, transform.ErrShortDst, "replacement does not fit"},
		{"二噁英", true, 9, "", 0, transform.ErrShortDst, "phrase does not fit"},
		{"x角徵羽", true, 7, "x", 1, transform.ErrShortDst, "identity phrase is not split"},
		{"x角徵羽", true, 11, "x角徵羽", 10, nil, "identity phrase fits"},
		{"x角徵", false, 11, "x", 1, transform.ErrShortSrc, "角徵羽 may follow"},
		{"文錦覆", false, 64, "", 0, transform.ErrShortSrc, "文錦覆阱 may follow"},
		{"文錦覆x", false, 64, "文锦覆x", 10, nil, "not a phrase"},
		{"\x80\x80\x80\x80\x80", true, 2, "\x80\x80", 2, transform.ErrShortDst, "invalid bytes may be split"},
	}
	for _, tt := range tests {
		dst := make([]byte, tt.dstSize)
		nDst, nSrc, err := Converter{}.Transform(dst, []byte(tt.src), tt.atEOF)
		if string(dst[:nDst]) != tt.dst || nSrc != tt.nSrc || err != tt.err {
			t.Errorf("%s: Transform(%q, atEOF=%v, dst %d) = %q, %d, %v; want %q, %d, %v",
				tt.description, tt.src, tt.atEOF, tt.dstSize, dst[:nDst], nSrc, err, tt.dst, tt.nSrc, tt.err)
		}
	}
}

func TestSpan(t *testing.T) {
	tests := []struct {
		src   string
		atEOF bool
		n     int
		err   error
	}{
		{"", true, 0, nil},
		{"", false, 0, nil},
		{"abc", true, 3, nil},
		{"中文", true, 6, nil},
		{"中文髮", true, 6, transform.ErrEndOfSpan},
		{"髮", false, 0, transform.ErrEndOfSpan},
		{"中乾", false, 3, transform.ErrShortSrc},
		{"中乾", true, 3, transform.ErrEndOfSpan},
		{"乾隆", true, 6, nil},
		{"乾隆", false, 0, transform.ErrShortSrc},
		{"乾隆皇帝", false, 12, nil},
		{"乾隆皇帝很乾燥", true, 15, transform.ErrEndOfSpan},
		{"角徵羽", true, 9, nil},
		{"徵", true, 0, transform.ErrEndOfSpan},
		{"著作", true, 6, nil},
		{"a\xffb", true, 3, nil},
		{"a\xe4\xb9", false, 1, transform.ErrShortSrc},
		{"a\xe4\xb9", true, 3, nil},
	}
	for _, tt := range tests {
		n, err := Converter{}.Span([]byte(tt.src), tt.atEOF)
		if n != tt.n || err != tt.err {
			t.Errorf("Span(%q, %v) = %d, %v; want %d, %v", tt.src, tt.atEOF, n, err, tt.n, tt.err)
		}
	}
	// Span agrees with String on every conversion input.
	for _, c := range conversions {
		n, err := Converter{}.Span([]byte(c.in), true)
		checkSpan(t, c.in, c.want, n, err)
	}
}

// checkSpan checks the result of Span(s, true) against want = String(s).
func checkSpan(t *testing.T, s, want string, n int, err error) {
	t.Helper()
	switch {
	case n < 0 || n > len(s):
		t.Fatalf("Span(%q) = %d out of range", s, n)
	case !strings.HasPrefix(want, s[:n]):
		t.Errorf("Span(%q) = %d, but String gives %q", s, n, want)
	case err == nil && n != len(s):
		t.Errorf("Span(%q) = %d, nil; want n = len(src)", s, n)
	case err == nil && want != s:
		t.Errorf("Span(%q) = %d, nil; but String changes it to %q", s, n, want)
	case err != nil && err != transform.ErrEndOfSpan:
		t.Errorf("Span(%q) = %d, %v", s, n, err)
	case err == transform.ErrEndOfSpan && want == s:
		t.Errorf("Span(%q) = %d, ErrEndOfSpan; but String leaves it unchanged", s, n)
	}
}

func TestChainGB18030(t *testing.T) {
	in := longText(t)
	// Drop the invalid UTF-8 and what GB18030 cannot encode.
	in = strings.ToValidUTF8(in, "")
	enc, _, err := transform.String(simplifiedchinese.GB18030.NewEncoder(), in)
	if err != nil {
		t.Fatal(err)
	}
	r := transform.NewReader(iotest.OneByteReader(strings.NewReader(enc)),
		transform.Chain(simplifiedchinese.GB18030.NewDecoder(), Transformer()))
	got, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != String(in) {
		t.Errorf("GB18030 chain differs from String")
	}

	// Big5, the usual legacy encoding of Traditional pages.
	big5, _, err := transform.String(traditionalchinese.Big5.NewEncoder(), "臺灣的頭髮發展很乾燥")
	if err != nil {
		t.Fatal(err)
	}
	got2, _, err := transform.String(transform.Chain(traditionalchinese.Big5.NewDecoder(), Transformer()), big5)
	if err != nil || got2 != "台湾的头发发展很干燥" {
		t.Errorf("Big5 chain = %q, %v", got2, err)
	}
}

func TestNoAlloc(t *testing.T) {
	for _, s := range seeds(t) {
		if s.traditional {
			continue
		}
		in := s.text
		if got := String(in); unsafe.StringData(got) != unsafe.StringData(in) {
			t.Errorf("%s: String did not return its input", s.name)
		}
		b := []byte(in)
		if got := Bytes(b); len(got) != len(b) || &got[0] != &b[0] {
			t.Errorf("%s: Bytes did not return its input", s.name)
		}
		if a := testing.AllocsPerRun(10, func() { String(in) }); a != 0 {
			t.Errorf("%s: String allocates %v times", s.name, a)
		}
		if a := testing.AllocsPerRun(10, func() { Bytes(b) }); a != 0 {
			t.Errorf("%s: Bytes allocates %v times", s.name, a)
		}
		if a := testing.AllocsPerRun(10, func() { Detect(in) }); a != 0 {
			t.Errorf("%s: Detect allocates %v times", s.name, a)
		}
	}
	trad := seedText(t, seedTraditional)
	if a := testing.AllocsPerRun(10, func() { String(trad) }); a != 1 {
		t.Errorf("String on Traditional text allocates %v times, want 1", a)
	}
	tb := []byte(trad)
	if a := testing.AllocsPerRun(10, func() { Bytes(tb) }); a != 1 {
		t.Errorf("Bytes on Traditional text allocates %v times, want 1", a)
	}
	dst := make([]byte, 2*len(tb))
	if a := testing.AllocsPerRun(10, func() { Converter{}.Transform(dst, tb, true) }); a != 0 {
		t.Errorf("Transform allocates %v times", a)
	}
	if a := testing.AllocsPerRun(10, func() { Converter{}.Span(tb, true) }); a != 0 {
		t.Errorf("Span allocates %v times", a)
	}
}

func TestDecode(t *testing.T) {
	check := func(b []byte) {
		t.Helper()
		if len(b) == 0 || b[0] < utf8.RuneSelf {
			return
		}
		r, size := decode(b)
		if size == 0 {
			if utf8.FullRune(b) {
				t.Fatalf("decode(%x) reports a truncated rune, but utf8.FullRune is true", b)
			}
			return
		}
		wr, wsize := utf8.DecodeRune(b)
		if r != wr || size != wsize {
			t.Fatalf("decode(%x) = %U, %d; utf8.DecodeRune = %U, %d", b, r, size, wr, wsize)
		}
		if rs, ss := decode(string(b)); rs != r || ss != size {
			t.Fatalf("decode(string %x) differs", b)
		}
	}
	conts := []byte{0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF}
	for b0 := 0x80; b0 <= 0xFF; b0++ {
		check([]byte{byte(b0)})
		for b1 := 0; b1 <= 0xFF; b1++ {
			check([]byte{byte(b0), byte(b1)})
			for _, b2 := range conts {
				check([]byte{byte(b0), byte(b1), b2})
				for _, b3 := range conts {
					check([]byte{byte(b0), byte(b1), b2, b3})
				}
			}
		}
	}
	for r := rune(0x80); r <= utf8.MaxRune; r++ {
		var buf [utf8.UTFMax]byte
		n := utf8.EncodeRune(buf[:], r)
		check(buf[:n])
		for k := 1; k < n; k++ {
			if _, size := decode(buf[:k]); size != 0 {
				t.Fatalf("decode(%x) of a truncated %U = %d, want 0", buf[:k], r, size)
			}
		}
	}
}

func TestTable(t *testing.T) {
	tab := load()
	if len(tab.phrases) == 0 || len(tab.entries) < 4000 {
		t.Fatalf("table too small: %d phrases, %d entries", len(tab.phrases), len(tab.entries))
	}
	if dataVersion == "" {
		t.Error("empty dataVersion")
	}
	for k, p := range tab.phrases {
		if n := utf8.RuneCountInString(p.from); n < 2 || n > maxPhraseRunes || len(p.from) > maxPhraseBytes {
			t.Errorf("phrase %q has %d runes", p.from, n)
		}
		if len(p.from) > 42 || len(p.to) > 42 {
			t.Errorf("phrase %q is longer than the 42 bytes documented for Transform", p.from)
		}
		if utf8.RuneCountInString(p.to) != utf8.RuneCountInString(p.from) {
			t.Errorf("phrase %q → %q changes the rune count", p.from, p.to)
		}
		for _, r := range p.from {
			if !isHan(r) {
				t.Errorf("phrase %q has non-Han rune %q", p.from, r)
			}
		}
		r, _ := utf8.DecodeRuneInString(p.from)
		e := tab.lookup(r)
		if e == nil || k < int(e.phr) || k >= int(e.phr)+int(e.nphr) {
			t.Errorf("phrase %q not indexed", p.from)
		}
		if prev := tab.phrases[max(k-1, 0)].from; k > 0 && strings.HasPrefix(prev, string(r)) && len(prev) < len(p.from) {
			t.Errorf("phrases %q, %q not longest first", tab.phrases[k-1].from, p.from)
		}
	}
	n := 0
	for line := range lines(tsCharacters) {
		n++
		key, vals, _ := strings.Cut(line, "\t")
		r, size := utf8.DecodeRuneInString(key)
		to, _, _ := strings.Cut(vals, " ")
		if size != len(key) || !isHan(r) {
			t.Errorf("character key %q", key)
		}
		if e := tab.lookup(r); e == nil || e.to != to || to == key {
			t.Errorf("character %q not indexed", key)
		}
		if utf8.RuneCountInString(to) != 1 {
			t.Errorf("character %q → %q", key, to)
		}
	}
	// Runes without entries.
	for _, r := range []rune{0, 'a', 0x7F, 0x80, 0x4E2D, 0xFFFF, 0x10000, 0x2B727, utf8.MaxRune, -1} {
		if e := tab.lookup(r); e != nil {
			t.Errorf("lookup(%U) = %+v", r, e)
		}
	}
	t.Logf("%d characters, %d phrases, %d entries, %d index blocks (%d bytes)",
		n, len(tab.phrases), len(tab.entries)-1, len(tab.l2)>>blockShift, 2*(len(tab.l1)+len(tab.l2)))
}

// Seeds.

const seedTraditional = "002_539cb1c13df0ec7d.txt"

type seed struct {
	name, text  string
	traditional bool
}

func seeds(t testing.TB) []seed {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "..", "testdata", "seeds", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no seeds: %v", err)
	}
	var out []seed
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(f)
		out = append(out, seed{name, string(data), name == seedTraditional})
	}
	return out
}

func seedText(t testing.TB, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "seeds", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}
