package t2s

import (
	"io"
	"strings"
	"testing"

	"golang.org/x/text/transform"
)

// benchTexts returns the Simplified seeds joined, and the Traditional seed
// (real Traditional text) repeated to a similar size.
func benchTexts(b *testing.B) map[string]string {
	var simp strings.Builder
	for _, s := range seeds(b) {
		if !s.traditional {
			simp.WriteString(s.text)
		}
	}
	trad := seedText(b, seedTraditional)
	return map[string]string{
		"simplified":  simp.String(),
		"traditional": strings.Repeat(trad, max(1, simp.Len()/len(trad))),
	}
}

func forEachText(b *testing.B, f func(b *testing.B, s string)) {
	texts := benchTexts(b)
	load()
	for _, name := range []string{"simplified", "traditional"} {
		s := texts[name]
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			b.ReportAllocs()
			f(b, s)
		})
	}
}

var (
	sinkString string
	sinkBytes  []byte
	sinkScript Script
	sinkTable  *table
)

func BenchmarkString(b *testing.B) {
	forEachText(b, func(b *testing.B, s string) {
		for b.Loop() {
			sinkString = String(s)
		}
	})
}

func BenchmarkBytes(b *testing.B) {
	forEachText(b, func(b *testing.B, s string) {
		in := []byte(s)
		for b.Loop() {
			sinkBytes = Bytes(in)
		}
	})
}

// BenchmarkTransformer measures Transform with a large dst, as in a chain.
func BenchmarkTransformer(b *testing.B) {
	forEachText(b, func(b *testing.B, s string) {
		src := []byte(s)
		dst := make([]byte, 2*len(src))
		var c Converter
		for b.Loop() {
			if _, _, err := c.Transform(dst, src, true); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkReader measures a transform.Reader with its 4 KiB buffers; the
// allocations are the Reader's.
func BenchmarkReader(b *testing.B) {
	forEachText(b, func(b *testing.B, s string) {
		r := strings.NewReader(s)
		for b.Loop() {
			r.Reset(s)
			if _, err := io.Copy(io.Discard, transform.NewReader(r, Transformer())); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkDetect(b *testing.B) {
	forEachText(b, func(b *testing.B, s string) {
		for b.Loop() {
			sinkScript = Detect(s)
		}
	})
}

// BenchmarkLoadTable measures building the lookup table, which happens once
// per process, on first use.
func BenchmarkLoadTable(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkTable = buildTable()
	}
}
