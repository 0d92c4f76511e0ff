package extract

import (
	"bytes"
	"os"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/zhnews/zhnews/extract/decode"
	"github.com/zhnews/zhnews/extract/fact"
	"github.com/zhnews/zhnews/extract/fold"
	"github.com/zhnews/zhnews/extract/t2s"
)

// The benchmarks measure each stage of the pipeline on the fixture pages,
// in bytes of input per second (go test -bench . ./extract).

// loadFixtures reads the fixture pages of the given directories.
func loadFixtures(b *testing.B, dirs ...string) ([][]byte, int64) {
	var pages [][]byte
	var n int64
	for _, dir := range dirs {
		for _, f := range fixtures(b, dir) {
			p, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			pages = append(pages, p)
			n += int64(len(p))
		}
	}
	if len(pages) == 0 {
		b.Skip("no fixtures")
	}
	return pages, n
}

// BenchmarkBytes is the whole pipeline over every fixture, text and HTML.
func BenchmarkBytes(b *testing.B) {
	pages, n := loadFixtures(b, fixtureDirs...)
	runPages(b, pages, n, new(Options))
}

// BenchmarkText is the text pipeline end to end: decode, normalize, clean,
// metadata and facts, no segmentation.
func BenchmarkText(b *testing.B) {
	pages, n := loadFixtures(b, "seeds", "text")
	runPages(b, pages, n, new(Options))
}

// BenchmarkTextNoFacts is BenchmarkText without facts.
func BenchmarkTextNoFacts(b *testing.B) {
	pages, n := loadFixtures(b, "seeds", "text")
	runPages(b, pages, n, &Options{NoFacts: true})
}

// BenchmarkHTML is the HTML pipeline end to end, facts included.
func BenchmarkHTML(b *testing.B) {
	pages, n := loadFixtures(b, "html")
	runPages(b, pages, n, new(Options))
}

// BenchmarkHTMLNoFacts is the HTML pipeline without facts: the main-content
// extraction alone.
func BenchmarkHTMLNoFacts(b *testing.B) {
	pages, n := loadFixtures(b, "html")
	runPages(b, pages, n, &Options{NoFacts: true})
}

func runPages(b *testing.B, pages [][]byte, n int64, o *Options) {
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			if _, err := o.Bytes(p); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkStageDecode is bytes → UTF-8 on the text fixtures.
func BenchmarkStageDecode(b *testing.B) {
	pages, n := loadFixtures(b, "seeds", "text")
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			if _, _, err := decode.Bytes(p); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// decodedFixtures returns the text fixtures decoded to UTF-8.
func decodedFixtures(b *testing.B) ([]string, int64) {
	pages, _ := loadFixtures(b, "seeds", "text")
	var texts []string
	var n int64
	for _, p := range pages {
		u, _, err := decode.Bytes(p)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(u))
		n += int64(len(u))
	}
	return texts, n
}

// BenchmarkStageNormalize is width folding and Traditional → Simplified.
func BenchmarkStageNormalize(b *testing.B) {
	texts, n := decodedFixtures(b)
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range texts {
			s = fold.String(s)
			if t2s.Detect(s) == t2s.Traditional {
				s = t2s.String(s)
			}
		}
	}
}

// BenchmarkStageClean is line cleaning and metadata on normalized text.
func BenchmarkStageClean(b *testing.B) {
	texts, n := decodedFixtures(b)
	for i, s := range texts {
		texts[i] = t2s.String(fold.String(s))
	}
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range texts {
			cleanLines(splitLines(s))
		}
	}
}

// BenchmarkStageFacts is fact finding on the clean bodies of the text
// fixtures.
func BenchmarkStageFacts(b *testing.B) {
	pages, _ := loadFixtures(b, "seeds", "text")
	var bodies []string
	var n int64
	for _, p := range pages {
		a, err := (&Options{NoFacts: true}).Bytes(p)
		if err != nil {
			b.Fatal(err)
		}
		bodies = append(bodies, a.Body())
		n += int64(len(a.Body()))
	}
	ref := time.Date(2023, 4, 15, 0, 0, 0, 0, time.UTC)
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range bodies {
			fact.Find(s, ref)
		}
	}
}

// BenchmarkStageHTMLParse is parsing and DOM walking alone.
func BenchmarkStageHTMLParse(b *testing.B) {
	pages, n := loadFixtures(b, "html")
	var docs [][]byte
	for _, p := range pages {
		u, _, err := decodeHTML(p)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, u)
	}
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, u := range docs {
			doc, err := html.Parse(bytes.NewReader(u))
			if err != nil {
				b.Fatal(err)
			}
			htmlLines(doc, false)
		}
	}
}
