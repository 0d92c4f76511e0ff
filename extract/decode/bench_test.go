package decode

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/traditionalchinese"
)

// benchInputs returns the seed articles, repeated to about size bytes of
// UTF-8, in UTF-8, GBK and Big5.
func benchInputs(b *testing.B, size int) (utf8In, gbkIn, big5In []byte) {
	_, simp, trad := seedFiles(b)
	s := strings.Join(simp, "\n")
	s = strings.Repeat(s, max(1, size/len(s)))
	tr := encodable(traditionalchinese.Big5, strings.Join(trad, "\n"))
	tr = strings.Repeat(tr, max(1, size/len(tr)))
	return []byte(s), gb18030(b, s), big5Bytes(b, tr)
}

func benchBytes(b *testing.B, in []byte, want Encoding) {
	b.Helper()
	if _, enc, err := Bytes(in); err != nil || enc != want {
		b.Fatalf("got %q, %v; want %q", enc, err, want)
	}
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Bytes(in)
	}
}

func benchDetect(b *testing.B, in []byte, want Encoding) {
	b.Helper()
	if enc, err := Detect(in); err != nil || enc != want {
		b.Fatalf("got %q, %v; want %q", enc, err, want)
	}
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Detect(in)
	}
}

func BenchmarkBytes(b *testing.B) {
	u, g, big5 := benchInputs(b, 1<<20)
	b.Run("utf8-1MB", func(b *testing.B) { benchBytes(b, u, UTF8) })
	b.Run("gbk-1MB", func(b *testing.B) { benchBytes(b, g, GB18030) })
	b.Run("big5-1MB", func(b *testing.B) { benchBytes(b, big5, Big5) })
	u, g, big5 = benchInputs(b, 10<<20)
	b.Run("utf8-10MB", func(b *testing.B) { benchBytes(b, u, UTF8) })
	b.Run("gbk-10MB", func(b *testing.B) { benchBytes(b, g, GB18030) })
	b.Run("big5-10MB", func(b *testing.B) { benchBytes(b, big5, Big5) })
	short := gbkBytes(b, zhLine)
	b.Run("gbk-short", func(b *testing.B) { benchBytes(b, short, GBK) })
}

func BenchmarkDetect(b *testing.B) {
	u, g, big5 := benchInputs(b, 1<<20)
	b.Run("utf8-1MB", func(b *testing.B) { benchDetect(b, u, UTF8) })
	b.Run("gbk-1MB", func(b *testing.B) { benchDetect(b, g, GB18030) })
	b.Run("big5-1MB", func(b *testing.B) { benchDetect(b, big5, Big5) })
}
