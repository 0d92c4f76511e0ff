package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
)

// corpus writes n documents, the fixture pages in turn, into a directory
// tree and returns its root and total size.
func corpus(b *testing.B, n int) (string, int64) {
	var pages [][]byte
	for _, pat := range []string{"../../testdata/seeds/*.txt", "../../testdata/text/*.txt", "../../testdata/html/*.html"} {
		files, _ := filepath.Glob(pat)
		for _, f := range files {
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
	root := b.TempDir()
	var size int64
	for i := range n {
		dir := filepath.Join(root, fmt.Sprintf("%03d", i/100))
		if i%100 == 0 {
			os.MkdirAll(dir, 0o755)
		}
		p := pages[i%len(pages)]
		ext := ".txt"
		if strings.HasPrefix(strings.TrimSpace(string(p[:min(len(p), 64)])), "<") {
			ext = ".html"
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%05d%s", i, ext)), p, 0o644); err != nil {
			b.Fatal(err)
		}
		size += int64(len(p))
	}
	return root, size
}

// BenchmarkBatch runs the program over a corpus of 10 000 documents built
// from the fixtures, with one worker and with one per core, writing JSON
// Lines (facts included, no tokens) to nowhere. Run with -benchtime 1x.
func BenchmarkBatch(b *testing.B) {
	root, size := corpus(b, 10000)
	if os.Getenv("GOGC") == "" { // as main does
		defer debug.SetGCPercent(debug.SetGCPercent(gcPercent))
	}
	for _, j := range []int{1, runtime.GOMAXPROCS(0)} {
		b.Run(fmt.Sprintf("j=%d", j), func(b *testing.B) {
			b.SetBytes(size)
			for b.Loop() {
				if code := run([]string{"-json", "-j", fmt.Sprint(j), root}, nil, io.Discard, io.Discard); code != 0 {
					b.Fatalf("exit %d", code)
				}
			}
			b.ReportMetric(10000*float64(b.N)/b.Elapsed().Seconds(), "docs/s")
		})
	}
}
