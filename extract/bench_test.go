package extract

import (
	"bytes"
	"os"
	"runtime"
	"runtime/debug"
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
			if s = fold.String(s); t2s.Detect(s) == t2s.Traditional {
				t2s.String(s)
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
			clean(splitLines(s), nil, nil, nil)
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
		u, _, err := decodeHTML(p, "")
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

// BenchmarkManyBlocks is a page of 100 000 short blocks (6 MB), HTML and
// the same as text: the shape whose memory per input byte is highest. It
// reports the peak heap over the input's size, sampled every millisecond
// while the page is read and written as JSON, with the collector kept
// close to the live heap (go test -bench ManyBlocks -benchtime 3x
// ./extract). The sampling stops the world, so its times are no speed.
func BenchmarkManyBlocks(b *testing.B) {
	line := "某县的项目进展顺利，各方面工作有序推进"
	var h, t bytes.Buffer
	h.WriteString(`<html><head><meta charset="utf-8"></head><body><div>`)
	for range 100000 {
		h.WriteString(line + "<br>\n")
		t.WriteString(line + "\n")
	}
	h.WriteString("</div></body></html>")
	for _, c := range []struct {
		name string
		page []byte
	}{{"html", h.Bytes()}, {"text", t.Bytes()}} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			var peak uint64
			for b.Loop() {
				peak = max(peak, peakHeap(func() {
					a, err := (&Options{}).Bytes(c.page)
					if err != nil {
						b.Fatal(err)
					}
					if _, err := a.MarshalJSON(); err != nil {
						b.Fatal(err)
					}
				}))
			}
			b.ReportMetric(float64(peak)/float64(len(c.page)), "peak-heap/B")
		})
	}
}

// peakHeap runs f with the collector at GOGC 10, so that the heap stays
// close to what is live, and returns the most heap in use seen, less what
// was in use before.
func peakHeap(f func()) uint64 {
	defer debug.SetGCPercent(debug.SetGCPercent(10))
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	base, peak := m.HeapAlloc, m.HeapAlloc
	done := make(chan struct{})
	sampled := make(chan uint64)
	go func() {
		var m runtime.MemStats
		top := uint64(0)
		for {
			runtime.ReadMemStats(&m)
			top = max(top, m.HeapAlloc)
			select {
			case <-done:
				sampled <- top
				return
			case <-time.After(time.Millisecond):
			}
		}
	}()
	f()
	close(done)
	peak = max(peak, <-sampled)
	return peak - base
}
