package fold

import (
	"bytes"
	"flag"
	"io"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"golang.org/x/text/transform"
)

// -update is accepted, so that go test ./... -update runs in every package.
var _ = flag.Bool("update", false, "rewrite golden files (none in this package)")

var cases = []struct {
	in, want string
}{
	{"", ""},
	{"abc", "abc"},
	{"２．２亿元", "2.2亿元"},
	{"５０％", "50%"},
	{"增长５０％，", "增长50%，"},
	{"ＡＢＣ公司ｘｙｚ", "ABC公司xyz"},
	{"１，２００万元", "1,200万元"},
	{"１，２００，０００元", "1,200,000元"},
	{"８２，２２５．００元", "82,225.00元"},
	{"１，２，３号厂房", "1，2，3号厂房"},     // list, not a thousands separator
	{"共３家，分别是", "共3家，分别是"},       // comma after a count
	{"１２，３４５６", "12，3456"},       // four digits after: not a separator
	{"０９：３０开幕", "09:30开幕"},       // clock time
	{"时间：２０２１", "时间：2021"},       // colon after a word stays
	{"３－５亿元", "3-5亿元"},           // range sign between digits
	{"２０２１／１２／３１", "2021/12/31"}, // date
	{"２０２１．１２．３１", "2021.12.31"},
	{"他说：“好。”", "他说：“好。”"}, // Chinese punctuation stays
	{"（记者　张三）", "（记者 张三）"}, // ideographic space
	{"a\u00a0b", "a b"},    // NBSP
	{"a\r\nb\rc\n", "a\nb\nc\n"},
	{"a\u2028b\u2029c\u0085d", "a\nb\nc\nd"},
	{"a\u200bb\ufeffc", "abc"},
	{"３．", "3．"}, // a full stop after a number at the end of a sentence
	{"第３．５", "第3.5"},
	{"ｘ．ｙ", "x．y"},
	{"\xff\xfe２", "\xff\xfe2"}, // invalid UTF-8 passes through
	{"２\xe4\xb8", "2\xe4\xb8"}, // truncated rune at EOF
	{"１＋１＝２", "1+1=2"},
	{"ｅｍａｉｌ＠ｅｘａｍｐｌｅ", "email@example"},
	{"～", "～"},
	{"\u3000\u3000正文", "  正文"},
}

func TestString(t *testing.T) {
	for _, c := range cases {
		if got := String(c.in); got != c.want {
			t.Errorf("String(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestChunked feeds the transformer one byte at a time, so that every
// lookahead decision crosses a buffer boundary.
func TestChunked(t *testing.T) {
	for _, c := range cases {
		r := transform.NewReader(iotest.OneByteReader(strings.NewReader(c.in)), Text())
		got, err := io.ReadAll(r)
		if err != nil {
			t.Errorf("%q: %v", c.in, err)
			continue
		}
		if string(got) != c.want {
			t.Errorf("chunked %q = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestSmallDst forces ErrShortDst on every rune.
func TestSmallDst(t *testing.T) {
	for _, c := range cases {
		var out bytes.Buffer
		w := transform.NewWriter(&out, Text())
		for i := 0; i < len(c.in); i++ {
			if _, err := w.Write([]byte{c.in[i]}); err != nil {
				t.Fatal(err)
			}
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		if out.String() != c.want {
			t.Errorf("writer %q = %q, want %q", c.in, out.String(), c.want)
		}
	}
}

func TestWidthOnlySpaceOnly(t *testing.T) {
	if got, _, _ := transform.String(Width(), "Ａ\u3000\r\n"); got != "A\u3000\r\n" {
		t.Errorf("Width = %q", got)
	}
	if got, _, _ := transform.String(Space(), "Ａ\u3000\r\n"); got != "Ａ \n" {
		t.Errorf("Space = %q", got)
	}
}

func TestSpan(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
	}{
		{"abc", 3},
		{"中文", 6},
		{"ab２", 2},
		{"a\r", 1},
		{"12", 2},
	} {
		n, _ := Text().Span([]byte(c.in), true)
		if n != c.want {
			t.Errorf("Span(%q) = %d, want %d", c.in, n, c.want)
		}
	}
	// \r at the end of a chunk needs the next byte.
	if n, err := Text().Span([]byte("a\r"), false); n != 1 || err != transform.ErrShortSrc {
		t.Errorf("Span(a\\r, !atEOF) = %d, %v", n, err)
	}
}

func TestStringNoAlloc(t *testing.T) {
	s := strings.Repeat("招商引资项目签约,总投资3.5亿元。\n", 100)
	if n := testing.AllocsPerRun(10, func() { _ = String(s) }); n != 0 {
		t.Errorf("String on clean text allocates %v times", n)
	}
}

func FuzzText(f *testing.F) {
	for _, c := range cases {
		f.Add(c.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := String(s)
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Fatalf("String(%q) = %q: invalid UTF-8", s, got)
		}
		if again := String(got); again != got {
			t.Fatalf("not idempotent: %q -> %q -> %q", s, got, again)
		}
		r := transform.NewReader(iotest.OneByteReader(strings.NewReader(s)), Text())
		chunked, err := io.ReadAll(r)
		if err != nil || string(chunked) != got {
			t.Fatalf("chunked %q = %q (%v), want %q", s, chunked, err, got)
		}
	})
}

func BenchmarkString(b *testing.B) {
	clean := strings.Repeat("招商引资项目签约,总投资3.5亿元,年产5万吨。\n", 200)
	wide := strings.Repeat("招商引资项目签约，总投资３．５亿元，年产５万吨。\r\n", 200)
	for _, bc := range []struct{ name, s string }{{"clean", clean}, {"fullwidth", wide}} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(bc.s)))
			b.ReportAllocs()
			for b.Loop() {
				_ = String(bc.s)
			}
		})
	}
}
