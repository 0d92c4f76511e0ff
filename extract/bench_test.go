package extract

import (
	"os"
	"testing"
)

// loadFixtures reads every fixture page, for benchmarks.
func loadFixtures(b *testing.B) [][]byte {
	var pages [][]byte
	for _, dir := range fixtureDirs {
		for _, f := range fixtures(b, dir) {
			p, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			pages = append(pages, p)
		}
	}
	if len(pages) == 0 {
		b.Skip("no fixtures")
	}
	return pages
}

// BenchmarkBytes measures the whole text pipeline (decode, normalize,
// clean, metadata) over all fixture pages, in bytes of input per second.
func BenchmarkBytes(b *testing.B) {
	pages := loadFixtures(b)
	n := 0
	for _, p := range pages {
		n += len(p)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			if _, err := Bytes(p); err != nil {
				b.Fatal(err)
			}
		}
	}
}
