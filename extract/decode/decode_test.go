package decode

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// update is required in every test package of this repository, because CI
// runs "go test ./... -update". This package has no golden files.
// -update is accepted, so that go test ./... -update runs in every package.
var _ = flag.Bool("update", false, "rewrite golden files (none in this package)")

// encode encodes s with e, failing the test on unsupported runes.
func encode(t testing.TB, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encoding %q: %v", s, err)
	}
	return b
}

// encodable returns s without the runes e cannot encode.
func encodable(e encoding.Encoding, s string) string {
	var sb strings.Builder
	enc := e.NewEncoder()
	for _, r := range s {
		if _, err := enc.String(string(r)); err == nil {
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

func gbkBytes(t testing.TB, s string) []byte  { return encode(t, simplifiedchinese.GBK, s) }
func gb18030(t testing.TB, s string) []byte   { return encode(t, simplifiedchinese.GB18030, s) }
func big5Bytes(t testing.TB, s string) []byte { return encode(t, traditionalchinese.Big5, s) }
func utf16(t testing.TB, big bool, s string) []byte {
	order := unicode.LittleEndian
	if big {
		order = unicode.BigEndian
	}
	return encode(t, unicode.UTF16(order, unicode.UseBOM), s)
}

func cat(parts ...[]byte) []byte { return bytes.Join(parts, nil) }

// seedFiles returns the repository's UTF-8 seed articles with their
// Traditional versions (OpenCC s2t) from testdata/s2t.
func seedFiles(t testing.TB) (names []string, simp, trad []string) {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "..", "testdata", "seeds", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no seed files: %v", err)
	}
	for _, p := range paths {
		s, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		tr, err := os.ReadFile(filepath.Join("testdata", "s2t", filepath.Base(p)))
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, filepath.Base(p))
		simp = append(simp, string(s))
		trad = append(trad, string(tr))
	}
	return names, simp, trad
}

const (
	zhLong  = "新华社北京电 国家统计局今天发布数据显示，今年前三季度国内生产总值同比增长百分之五点二，经济运行总体回升向好。专家表示，随着一系列政策措施落地见效，市场预期持续改善。"
	twLong  = "中央社台北電 行政院今天通過明年度總預算案，教育、科技與社會福利支出均較今年增加。發言人表示，政府將持續推動經濟轉型，並協助中小企業提升競爭力。"
	zhLine  = "今天天气很好我们去公园" // 10+ characters
	twLine  = "今天天氣很好我們去公園" // the same in Traditional
	asciiTx = "The quick brown fox jumps over the lazy dog.\n"
)

type tcase struct {
	name    string
	in      []byte
	enc     Encoding // expected encoding if no error
	out     string   // expected output if no error
	err     error    // expected sentinel
	offset  int      // expected Error.Offset if err != nil, or -1 for any
	message string   // expected full message if not empty
}

func cases(t testing.TB) []tcase {
	rng := rand.New(rand.NewSource(42))
	random := make([]byte, 4096)
	rng.Read(random)
	randomHigh := make([]byte, 4096)
	for i := range randomHigh {
		randomHigh[i] = byte(0x80 + rng.Intn(0x80))
	}

	longZh := strings.Repeat(zhLong+"\n", 40) // ~ 11 KB in UTF-8
	// UTF-8 with 3 stray bytes in ~11 KB, at character boundaries: tolerated.
	var stray []byte
	var strayOut string
	for i, r := range []rune(longZh) {
		if i == 300 || i == 2000 || i == 3000 {
			stray = append(stray, 0xFF)
			strayOut += "\uFFFD"
		}
		stray = utf8.AppendRune(stray, r)
		strayOut += string(r)
	}
	// The same with 1 stray byte every 34 characters (1% of the bytes): rejected.
	var many []byte
	for i, r := range []rune(longZh) {
		if i%34 == 17 {
			many = append(many, 0xFF)
		}
		many = utf8.AppendRune(many, r)
	}
	// A UTF-8 part followed by a GBK part.
	utf8Part := strings.Repeat(zhLong, 3)
	mixed := cat([]byte(utf8Part), gbkBytes(t, strings.Repeat(zhLong, 3)))
	// cp1252 English with two curly quotes in 3 KB: tolerated as UTF-8.
	eng := strings.Repeat(asciiTx, 70)
	cp1252 := cat([]byte(eng[:1000]), []byte{0x93}, []byte(eng[1000:2000]), []byte{0x94}, []byte(eng[2000:]))

	gbkLong := gbkBytes(t, zhLong)
	big5Long := big5Bytes(t, twLong)
	gbkZhongguo := gbkBytes(t, "中国")
	big5Taiwan := big5Bytes(t, "臺灣")

	return []tcase{
		// Empty, ASCII, whitespace.
		{name: "empty", in: []byte{}, err: ErrEmpty, message: "decode: empty input"},
		{name: "nil", in: nil, err: ErrEmpty},
		{name: "ascii", in: []byte(asciiTx), enc: UTF8, out: asciiTx},
		{name: "whitespace", in: []byte(" \t\r\n\f\v \n"), enc: UTF8, out: " \t\r\n\f\v \n"},
		{name: "single letter", in: []byte("a"), enc: UTF8, out: "a"},
		{name: "ascii with ESC", in: []byte("\x1b[1mbold\x1b[0m plain text here"), enc: UTF8, out: "\x1b[1mbold\x1b[0m plain text here"},
		{name: "DOS EOF", in: []byte("hello\x1a"), enc: UTF8, out: "hello\x1a"},

		// UTF-8.
		{name: "utf-8", in: []byte(zhLong), enc: UTF8, out: zhLong},
		{name: "utf-8 traditional", in: []byte(twLong), enc: UTF8, out: twLong},
		{name: "utf-8 two chars", in: []byte("中国"), enc: UTF8, out: "中国"},
		{name: "utf-8 emoji", in: []byte("点赞👍"), enc: UTF8, out: "点赞👍"},
		{name: "utf-8 truncated", in: []byte(zhLong)[:len(zhLong)-1], enc: UTF8, out: zhLong[:len(zhLong)-3]},
		{name: "utf-8 truncated 2", in: []byte("新闻")[:5], enc: UTF8, out: "新"},
		{name: "utf-8 stray bytes", in: stray, enc: UTF8, out: strayOut},
		{name: "utf-8 too many stray bytes", in: many, err: ErrUndecodable, offset: 49,
			message: "decode: not UTF-8, GB18030 or Big5: mixed UTF-8 and other text: invalid UTF-8 byte 0xFF at offset 49"},
		{name: "cp1252 quotes in English", in: cp1252, enc: UTF8,
			out: eng[:1000] + "\uFFFD" + eng[1000:2000] + "\uFFFD" + eng[2000:]},
		{name: "mixed utf-8 and gbk", in: mixed, err: ErrUndecodable, offset: len(utf8Part)},
		// GBK bytes C4 A3 (模) are also the valid UTF-8 "ģ": valid UTF-8 wins.
		{name: "gbk that is valid utf-8", in: []byte{0xC4, 0xA3}, enc: UTF8, out: "ģ"},

		// BOMs.
		{name: "utf-8 bom", in: cat([]byte("\xEF\xBB\xBF"), []byte(zhLong)), enc: UTF8, out: zhLong},
		{name: "utf-8 bom only", in: []byte("\xEF\xBB\xBF"), enc: UTF8, out: ""},
		{name: "utf-8 bom gbk body", in: cat([]byte("\xEF\xBB\xBF"), gbkLong), err: ErrUndecodable, offset: 3,
			message: "decode: not UTF-8, GB18030 or Big5: UTF-8 BOM but invalid byte 0xD0 at offset 3"},
		{name: "utf-16le", in: utf16(t, false, zhLong), enc: UTF16LE, out: zhLong},
		{name: "utf-16be", in: utf16(t, true, twLong), enc: UTF16BE, out: twLong},
		{name: "utf-16le ascii", in: utf16(t, false, asciiTx), enc: UTF16LE, out: asciiTx},
		{name: "utf-16le bom only", in: []byte{0xFF, 0xFE}, enc: UTF16LE, out: ""},
		{name: "utf-16le odd byte", in: cat(utf16(t, false, "中文"), []byte{0x41}), enc: UTF16LE, out: "中文"},
		{name: "utf-16be truncated pair", in: cat(utf16(t, true, "表情😀"))[:8], enc: UTF16BE, out: "表情"},
		{name: "utf-16le lone surrogate", in: cat(utf16(t, false, "中"), []byte{0x00, 0xDC}), err: ErrUndecodable, offset: 4},
		{name: "utf-16le NUL", in: cat(utf16(t, false, "ab"), []byte{0, 0}, utf16(t, false, "c")[2:]), err: ErrBinary, offset: 6,
			message: "decode: binary data: NUL code unit at offset 6"},

		// Binary.
		{name: "NUL", in: []byte("abc\x00def"), err: ErrBinary, offset: 3,
			message: "decode: binary data: NUL byte at offset 3"},
		{name: "gbk with NUL", in: cat(gbkLong, []byte{0}), err: ErrBinary, offset: len(gbkLong)},
		{name: "png", in: []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"), err: ErrBinary, offset: 8},
		{name: "zip", in: []byte("PK\x03\x04\x14\x00\x00\x00\x08\x00"), err: ErrBinary, offset: 5},
		{name: "zip without NUL", in: []byte("PK\x03\x04\x14\x01\x02\x08\x08\x01abc"), err: ErrBinary, offset: 2,
			message: "decode: binary data: 8 control characters in 13 bytes, the first at offset 2"},
		{name: "controls", in: []byte("\x01\x02\x03"), err: ErrBinary, offset: 0},
		{name: "random", in: random, err: ErrBinary, offset: -1},
		{name: "random high bytes", in: randomHigh, err: ErrUndecodable, offset: -1},

		// GBK and GB18030.
		{name: "gbk", in: gbkLong, enc: GBK, out: zhLong},
		{name: "gbk traditional", in: gbkBytes(t, twLong), enc: GBK, out: twLong},
		{name: "gbk line", in: gbkBytes(t, zhLine), enc: GBK, out: zhLine},
		{name: "gbk two chars", in: gbkZhongguo, enc: GBK, out: "中国"},
		{name: "gbk one char", in: gbkBytes(t, "的"), enc: GBK, out: "的"},
		{name: "gbk mixed ascii", in: gbkBytes(t, "Hello 世界 2024"), enc: GBK, out: "Hello 世界 2024"},
		{name: "gbk price", in: gbkBytes(t, "Price: 100元/㎡"), enc: GBK, out: "Price: 100元/㎡"},
		{name: "gbk euro", in: cat(gbkBytes(t, "价格"), []byte{0x80}, []byte("100")), enc: GBK, out: "价格€100"},
		{name: "gbk truncated", in: gbkLong[:len(gbkLong)-1], enc: GBK, out: zhLong[:len(zhLong)-3]},
		{name: "gbk truncated short", in: gbkZhongguo[:3], enc: GBK, out: "中"},
		{name: "gbk 0xFF", in: cat(gbkLong, []byte{0xFF}, gbkLong), err: ErrUndecodable, offset: len(gbkLong),
			message: fmt.Sprintf("decode: not UTF-8, GB18030 or Big5: invalid byte 0xFF at offset %d", len(gbkLong))},
		{name: "gbk bad trail", in: cat(gbkLong, []byte{0xD6, '\n'}, gbkLong), err: ErrUndecodable, offset: len(gbkLong),
			message: fmt.Sprintf("decode: not UTF-8, GB18030 or Big5: invalid byte sequence 0xD6 0x0A at offset %d", len(gbkLong))},
		{name: "gb18030 nbsp", in: gb18030(t, zhLong+"\u00a0"), enc: GB18030, out: zhLong + "\u00a0"},
		{name: "gb18030 emoji", in: gb18030(t, "点赞👍"+zhLong), enc: GB18030, out: "点赞👍" + zhLong},
		{name: "gb18030 truncated 4-byte", in: gb18030(t, zhLong+"😀")[:len(gbkLong)+2], enc: GBK, out: zhLong},
		{name: "gb18030 truncated 4-byte 3", in: gb18030(t, zhLong+"😀")[:len(gbkLong)+3], enc: GBK, out: zhLong},

		// Big5.
		{name: "big5", in: big5Long, enc: Big5, out: twLong},
		{name: "big5 line", in: big5Bytes(t, twLine), enc: Big5, out: twLine},
		{name: "big5 two chars", in: big5Taiwan, enc: Big5, out: "臺灣"},
		{name: "big5 mixed ascii", in: big5Bytes(t, "Hello 世界 2024"), enc: Big5, out: "Hello 世界 2024"},
		{name: "big5 truncated", in: big5Long[:len(big5Long)-1], enc: Big5, out: twLong[:len(twLong)-3]},
		{name: "big5 truncated short", in: big5Taiwan[:3], enc: Big5, out: "臺"},

		// Neither.
		{name: "latin-1", in: mustBytes(charmap.ISO8859_1.NewEncoder().Bytes([]byte(strings.Repeat("Le ministre a déclaré à Paris: «très bien». ", 3)))),
			err: ErrUndecodable, message: "decode: not UTF-8, GB18030 or Big5: invalid byte sequence 0xE9 0x20 at offset 20", offset: 20},
	}
}

func mustBytes(b []byte, err error) []byte {
	if err != nil {
		panic(err)
	}
	return b
}

func TestBytes(t *testing.T) {
	for _, c := range cases(t) {
		t.Run(c.name, func(t *testing.T) {
			out, enc, err := Bytes(c.in)
			denc, derr := Detect(c.in)
			if denc != enc || fmt.Sprint(derr) != fmt.Sprint(err) {
				t.Errorf("Detect = %q, %v; Bytes reported %q, %v", denc, derr, enc, err)
			}
			if c.err != nil {
				if err == nil {
					t.Fatalf("Bytes = %q, %q, nil; want error %v", out, enc, c.err)
				}
				if !errors.Is(err, c.err) {
					t.Errorf("error %q is not %v", err, c.err)
				}
				var e *Error
				if !errors.As(err, &e) {
					t.Fatalf("error %T is not an *Error", err)
				}
				if c.offset >= 0 && e.Offset != c.offset {
					t.Errorf("Offset = %d, want %d (%v)", e.Offset, c.offset, err)
				}
				if c.message != "" && err.Error() != c.message {
					t.Errorf("message\n got %q\nwant %q", err.Error(), c.message)
				}
				if out != nil || enc != "" {
					t.Errorf("on error Bytes returned %q, %q", out, enc)
				}
				return
			}
			if err != nil {
				t.Fatalf("unexpected error: %v", err)
			}
			if enc != c.enc {
				t.Errorf("encoding = %q, want %q", enc, c.enc)
			}
			if string(out) != c.out {
				t.Errorf("output\n got %q\nwant %q", trim(out), trim([]byte(c.out)))
			}
			if !utf8.Valid(out) {
				t.Errorf("output is not valid UTF-8")
			}
		})
	}
}

func trim(b []byte) string {
	if len(b) > 200 {
		return string(b[:100]) + "..." + string(b[len(b)-100:])
	}
	return string(b)
}

// The test cases above must really exercise the ambiguity they claim to.
func TestAmbiguousCases(t *testing.T) {
	tb := getTables()
	for _, s := range []string{"中国", "军用布生产线改造项目", "发展捷报频传:一洲印", "Hello 世界 2024", "北京", "你好", "经济"} {
		b := gbkBytes(t, s)
		if st := scanBig5(tb, b); st.bad != 0 {
			t.Errorf("GBK %q is not valid Big5 byte-wise", s)
		}
		if got, enc, err := Bytes(b); err != nil || enc != GBK || string(got) != s {
			t.Errorf("GBK %q: got %q, %q, %v", s, got, enc, err)
		}
	}
	for _, s := range []string{"臺灣", "軍用布生產線改造項目", "對園區高新區創業街進", "投資6000萬元改造", "學習", "政府"} {
		b := big5Bytes(t, s)
		if st := scanGB18030(tb, b); st.bad != 0 {
			t.Errorf("Big5 %q is not valid GB18030 byte-wise", s)
		}
		if got, enc, err := Bytes(b); err != nil || enc != Big5 || string(got) != s {
			t.Errorf("Big5 %q: got %q, %q, %v", s, got, enc, err)
		}
	}
}

func TestBytesAliasesUTF8(t *testing.T) {
	in := []byte("\xEF\xBB\xBF" + zhLong)
	out, _, err := Bytes(in)
	if err != nil || len(out) == 0 || &out[0] != &in[3] {
		t.Errorf("Bytes copied valid UTF-8 input (err %v)", err)
	}
}

func TestSeeds(t *testing.T) {
	names, simp, trad := seedFiles(t)
	for i, name := range names {
		t.Run(name, func(t *testing.T) {
			// GB18030 encodes everything; GBK-encodable text is reported as GBK.
			want := GBK
			if encodable(simplifiedchinese.GBK, simp[i]) != simp[i] {
				want = GB18030
			}
			check(t, "gb18030", gb18030(t, simp[i]), want, simp[i])
			gbkText := encodable(simplifiedchinese.GBK, simp[i])
			check(t, "gbk", gbkBytes(t, gbkText), GBK, gbkText)
			big5Text := encodable(traditionalchinese.Big5, trad[i])
			check(t, "big5", big5Bytes(t, big5Text), Big5, big5Text)
			// Traditional text is also written in GBK.
			gbkTrad := encodable(simplifiedchinese.GBK, trad[i])
			check(t, "gbk traditional", gbkBytes(t, gbkTrad), GBK, gbkTrad)
			check(t, "utf-8", []byte(simp[i]), UTF8, simp[i])
		})
	}
}

// TestIconvFixtures decodes files produced by iconv (a different encoder
// implementation): testdata/iconv/001.gbk is seed 001 in GBK and
// 002.big5hkscs is the s2t version of seed 002 in Big5-HKSCS.
func TestIconvFixtures(t *testing.T) {
	names, simp, trad := seedFiles(t)
	for _, c := range []struct {
		file string
		seed int
		want Encoding
		text []string
	}{
		{"001.gbk", 1, GBK, simp},
		{"002.big5hkscs", 2, Big5, trad},
	} {
		in, err := os.ReadFile(filepath.Join("testdata", "iconv", c.file))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(names[c.seed], c.file[:3]) {
			t.Fatalf("seed %d is %s", c.seed, names[c.seed])
		}
		check(t, c.file, in, c.want, c.text[c.seed])
	}
}

func check(t *testing.T, name string, in []byte, enc Encoding, want string) {
	t.Helper()
	out, gotEnc, err := Bytes(in)
	if err != nil {
		t.Errorf("%s: %v", name, err)
		return
	}
	if gotEnc != enc {
		t.Errorf("%s: encoding %q, want %q", name, gotEnc, enc)
	}
	if string(out) != want {
		t.Errorf("%s: decoded text differs from the original (%d vs %d bytes)", name, len(out), len(want))
	}
	if d, err := Detect(in); d != gotEnc || err != nil {
		t.Errorf("%s: Detect = %q, %v", name, d, err)
	}
}

// TestShortSnippets measures detection accuracy on every run of n Han
// characters and punctuation (no ASCII) of the seeds, in GBK and Big5.
// Longer runs must be perfect; the shortest are inherently ambiguous.
func TestShortSnippets(t *testing.T) {
	_, simp, trad := seedFiles(t)
	for _, c := range []struct {
		n       int
		minRate float64
	}{{1, 0.80}, {2, 0.96}, {3, 0.99}, {4, 0.995}, {6, 1}, {10, 1}} {
		for _, e := range []struct {
			name  string
			enc   encoding.Encoding
			want  Encoding
			texts []string
		}{
			{"gbk", simplifiedchinese.GBK, GBK, simp},
			{"big5", traditionalchinese.Big5, Big5, trad},
		} {
			total, right := 0, 0
			var wrong []string
			for _, text := range e.texts {
				rs := []rune(text)
			window:
				for i := 0; i+c.n <= len(rs); i++ {
					for _, r := range rs[i : i+c.n] {
						if r < utf8.RuneSelf {
							continue window
						}
					}
					w := string(rs[i : i+c.n])
					b, err := e.enc.NewEncoder().Bytes([]byte(w))
					if err != nil {
						continue
					}
					total++
					out, enc, err := Bytes(b)
					switch {
					case err == nil && enc == e.want && string(out) == w:
						right++
					case err == nil && enc == UTF8 && utf8.Valid(b):
						// Legacy bytes that happen to be valid UTF-8: by
						// design UTF-8 wins. Counted as wrong.
						fallthrough
					default:
						if len(wrong) < 5 {
							wrong = append(wrong, fmt.Sprintf("%s→%s", w, enc))
						}
					}
				}
			}
			rate := float64(right) / float64(total)
			t.Logf("%d chars %s: %d/%d = %.4f %v", c.n, e.name, right, total, rate, wrong)
			if rate < c.minRate {
				t.Errorf("%d chars %s: accuracy %.4f < %.4f; wrong e.g. %v", c.n, e.name, rate, c.minRate, wrong)
			}
		}
	}
}

func TestErrorType(t *testing.T) {
	_, err := Detect([]byte("x\x00"))
	var e *Error
	if !errors.As(err, &e) || e.Offset != 1 || e.Err != ErrBinary || e.Reason != "NUL byte" {
		t.Fatalf("got %#v", err)
	}
	if errors.Is(err, ErrEmpty) || errors.Is(err, ErrUndecodable) {
		t.Errorf("%v matches the wrong sentinel", err)
	}
	if e.Unwrap() != ErrBinary {
		t.Errorf("Unwrap = %v", e.Unwrap())
	}
	wrapped := fmt.Errorf("reading page: %w", err)
	if !errors.Is(wrapped, ErrBinary) {
		t.Errorf("wrapped error lost its sentinel")
	}
	_, _, err = Bytes(nil)
	if err.Error() != "decode: empty input" || !errors.Is(err, ErrEmpty) {
		t.Errorf("empty: %v", err)
	}
}

func TestLookup(t *testing.T) {
	for _, c := range []struct {
		label string
		want  Encoding
		ok    bool
	}{
		{"utf-8", UTF8, true},
		{"UTF-8", UTF8, true},
		{"utf8", UTF8, true},
		{" Utf-8\n", UTF8, true},
		{"unicode-1-1-utf-8", UTF8, true},
		{"gb2312", GBK, true},
		{"GB2312", GBK, true},
		{"gbk", GBK, true},
		{"GBK", GBK, true},
		{"x-gbk", GBK, true},
		{"cp936", GBK, true},
		{"windows-936", GBK, true},
		{"csgb2312", GBK, true},
		{"chinese", GBK, true},
		{"euc-cn", GBK, true},
		{"gb_2312-80", GBK, true},
		{"gb18030", GB18030, true},
		{"GB18030", GB18030, true},
		{"big5", Big5, true},
		{"BIG5", Big5, true},
		{"big5-hkscs", Big5, true},
		{"cn-big5", Big5, true},
		{"x-x-big5", Big5, true},
		{"cp950", Big5, true},
		{"utf-16", UTF16LE, true},
		{"utf-16le", UTF16LE, true},
		{"utf-16be", UTF16BE, true},
		{"", "", false},
		{"latin1", "", false},
		{"hz-gb-2312", "", false},
		{"shift_jis", "", false},
		{"utf-8;", "", false},
	} {
		got, ok := Lookup(c.label)
		if got != c.want || ok != c.ok {
			t.Errorf("Lookup(%q) = %q, %v; want %q, %v", c.label, got, ok, c.want, c.ok)
		}
		if ok && got.NewDecoder() == nil {
			t.Errorf("%q has no decoder", got)
		}
	}
}

func TestNewDecoder(t *testing.T) {
	for _, c := range []struct {
		enc Encoding
		in  []byte
	}{
		{UTF8, []byte("\xEF\xBB\xBF" + zhLong)},
		{GBK, gbkBytes(t, zhLong)},
		{GB18030, gb18030(t, zhLong+"😀")},
		{Big5, big5Bytes(t, twLong)},
		{UTF16LE, utf16(t, false, zhLong)},
		{UTF16BE, utf16(t, true, zhLong)},
	} {
		want, enc, err := Bytes(c.in)
		if err != nil || enc != c.enc {
			t.Fatalf("%s: Bytes: %q, %v", c.enc, enc, err)
		}
		// Chain with another transformer through a reader.
		var sb bytes.Buffer
		r := transform.NewReader(bytes.NewReader(c.in), transform.Chain(c.enc.NewDecoder(), transform.Nop))
		if _, err := sb.ReadFrom(r); err != nil {
			t.Fatalf("%s: %v", c.enc, err)
		}
		if sb.String() != string(want) {
			t.Errorf("%s: decoder output differs from Bytes", c.enc)
		}
	}
	if Encoding("latin1").NewDecoder() != nil {
		t.Errorf("unknown encoding has a decoder")
	}
}

func TestPlausible(t *testing.T) {
	zhUTF8 := []byte(zhLong)
	zhGBK := gbkBytes(t, zhLong)
	twBig5 := big5Bytes(t, twLong)
	for _, c := range []struct {
		name string
		in   []byte
		enc  Encoding
		ok   bool
	}{
		{"utf-8 as utf-8", zhUTF8, UTF8, true},
		{"utf-8 as gbk", zhUTF8, GBK, false}, // page declares gb2312 but is UTF-8
		{"utf-8 as gb18030", zhUTF8, GB18030, false},
		{"utf-8 as big5", zhUTF8, Big5, false},
		{"gbk as gbk", zhGBK, GBK, true},
		{"gbk as gb18030", zhGBK, GB18030, true},
		{"gbk as big5", zhGBK, Big5, false},
		{"gbk as utf-8", zhGBK, UTF8, false},
		{"big5 as big5", twBig5, Big5, true},
		{"big5 as gbk", twBig5, GBK, false},
		{"ascii as utf-8", []byte(asciiTx), UTF8, true},
		{"ascii as gbk", []byte(asciiTx), GBK, true},
		{"ascii as big5", []byte(asciiTx), Big5, true},
		{"utf-16le", utf16(t, false, zhLong), UTF16LE, true},
		{"utf-16le without bom", utf16(t, false, zhLong)[2:], UTF16LE, true},
		{"utf-16le as be", utf16(t, false, zhLong)[2:], UTF16BE, false},
		{"binary", []byte("abc\x00"), UTF8, false},
		{"unknown", zhUTF8, Encoding("latin1"), false},
	} {
		score, ok := Plausible(c.in, c.enc)
		if ok != c.ok || score < 0 || score > 1 {
			t.Errorf("%s: Plausible = %.3f, %v; want ok %v", c.name, score, ok, c.ok)
		}
	}
	if s, _ := Plausible(zhGBK, GBK); s < 0.8 {
		t.Errorf("score of real GBK text %.3f < 0.8", s)
	}
}

// TestTables checks the sizes of the sets the scoring is built on.
func TestTables(t *testing.T) {
	tb := getTables()
	count := func(s *hanSet) int {
		n := 0
		for r := rune(hanLo); r < hanHi; r++ {
			if s.has(r) {
				n++
			}
		}
		return n
	}
	if n := count(&tb.top); n != utf8.RuneCountInString(frequentHan) {
		t.Errorf("top set has %d characters, frequentHan %d (duplicates?)", n, utf8.RuneCountInString(frequentHan))
	}
	// 3755 GB2312 level-1 + 5401 Big5 frequent, overlapping in ~2000, plus
	// a few frequent Traditional forms outside Big5's frequent set.
	if n := count(&tb.common); n < 6500 || n > 7500 {
		t.Errorf("common set has %d characters", n)
	}
}

func TestLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	_, simp, trad := seedFiles(t)
	for _, c := range []struct {
		enc  Encoding
		text string
		b    func(testing.TB, string) []byte
	}{
		{GB18030, strings.Join(simp, "\n"), gb18030},
		{Big5, encodable(traditionalchinese.Big5, strings.Join(trad, "\n")), big5Bytes},
	} {
		text := strings.Repeat(c.text, 8<<20/len(c.text))
		in := c.b(t, text)
		// A stray invalid byte far into the input must be found (validity
		// is checked over everything), and tolerated.
		in[len(in)-1000] = 0xFF
		out, enc, err := Bytes(in)
		if err != nil || enc != c.enc || !utf8.Valid(out) || !bytes.Contains(out, []byte("\uFFFD")) {
			t.Errorf("%s: %q, %v", c.enc, enc, err)
		}
	}
}

func TestConcurrent(t *testing.T) {
	inputs := [][]byte{[]byte(zhLong), gbkBytes(t, zhLong), big5Bytes(t, twLong), utf16(t, false, zhLong), gb18030(t, zhLong+"😀")}
	done := make(chan bool)
	for g := 0; g < 8; g++ {
		go func() {
			defer func() { done <- true }()
			for i := 0; i < 50; i++ {
				in := inputs[(g+i)%len(inputs)]
				if _, _, err := Bytes(in); err != nil {
					t.Error(err)
					return
				}
				Plausible(in, GBK)
			}
		}()
	}
	for g := 0; g < 8; g++ {
		<-done
	}
}
