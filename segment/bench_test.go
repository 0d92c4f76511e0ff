package segment

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/zhnews/zhnews/extract/decode"
	"github.com/zhnews/zhnews/extract/t2s"
)

// sampleTexts returns the sample bodies: the five seeds and the text
// fixtures, decoded to UTF-8 and converted to Simplified script.
func sampleTexts(tb testing.TB) map[string]string {
	tb.Helper()
	var paths []string
	for _, pat := range []string{"../testdata/seeds/*.txt", "../testdata/text/*.txt"} {
		m, err := filepath.Glob(pat)
		if err != nil {
			tb.Fatal(err)
		}
		paths = append(paths, m...)
	}
	if len(paths) < 5 {
		tb.Fatalf("only %d sample texts", len(paths))
	}
	texts := map[string]string{}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		u, _, err := decode.Bytes(b)
		if err != nil {
			tb.Fatalf("%s: %v", p, err)
		}
		texts[filepath.Base(p)] = t2s.String(string(u))
	}
	return texts
}

func BenchmarkLoad(b *testing.B) {
	var ms runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms)
	before := ms.HeapAlloc
	var d *dictionary
	var heap float64
	b.ReportAllocs()
	start := time.Now()
	for b.Loop() {
		d = nil
		var err error
		d, err = loadDictionary(dictData, dictRawSize, hmmData)
		if err != nil {
			b.Fatal(err)
		}
	}
	elapsed := time.Since(start)
	runtime.GC()
	runtime.ReadMemStats(&ms)
	heap = float64(int64(ms.HeapAlloc)-int64(before)) / (1 << 20)
	runtime.KeepAlive(d)
	b.ReportMetric(float64(elapsed.Microseconds())/1000/float64(b.N), "ms/load")
	b.ReportMetric(heap, "MB-heap")
}

func BenchmarkCut(b *testing.B) {
	Load()
	texts := sampleTexts(b)
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			Cut(t)
		}
	}
}

// BenchmarkCutAddedWords is BenchmarkCut with a Segmenter that has added
// words, which takes the slower route through the overlay.
func BenchmarkCutAddedWords(b *testing.B) {
	Load()
	texts := sampleTexts(b)
	s := New(Word{Text: "翔宇化工", Freq: 100}, Word{Text: "项目建设", Freq: 0}, Word{Text: "招商", Freq: -1})
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			s.Cut(t)
		}
	}
}

// BenchmarkCutParallel cuts the samples from all cores.
func BenchmarkCutParallel(b *testing.B) {
	Load()
	texts := sampleTexts(b)
	var list []string
	n := 0
	for _, t := range texts {
		list = append(list, t)
		n += len(t)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			for _, t := range list {
				Cut(t)
			}
		}
	})
}
