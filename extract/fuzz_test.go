package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/zhnews/zhnews/extract/fold"
)

// addFixtures adds the fixture pages (cut to 16 KB) to a fuzz corpus.
func addFixtures(f *testing.F, dirs ...string) {
	for _, dir := range dirs {
		files, _ := filepath.Glob(filepath.Join("../testdata", dir, "*"))
		for _, p := range files {
			if strings.HasSuffix(p, ".json") {
				continue
			}
			if b, err := os.ReadFile(p); err == nil {
				f.Add(b[:min(len(b), 16<<10)])
			}
		}
	}
}

// checkArticle checks the invariants every extracted article keeps.
func checkArticle(t *testing.T, a *Article) {
	t.Helper()
	body := a.Body()
	for _, s := range append([]string{a.Title, a.Source, a.Summary, body}, a.Authors...) {
		if !utf8.ValidString(s) {
			t.Fatalf("invalid UTF-8 in the output: %q", s)
		}
	}
	if fold.String(body) != body {
		t.Fatalf("body is not folded: %q", body)
	}
	for _, p := range a.Paragraphs {
		if p == "" || strings.Contains(p, "\n") || strings.TrimSpace(p) != p {
			t.Fatalf("bad paragraph %q", p)
		}
	}
	for _, f := range a.Facts {
		src := body
		if f.In == "title" {
			src = a.Title
		}
		if f.Start < 0 || f.End > len(src) || f.Start > f.End || src[f.Start:f.End] != f.Text {
			t.Fatalf("fact %q at [%d,%d) does not match its text", f.Text, f.Start, f.End)
		}
	}
}

// FuzzBytes drives the whole pipeline, format detected, on arbitrary bytes:
// it must return an article or an error, never panic, and keep the
// invariants of checkArticle.
func FuzzBytes(f *testing.F) {
	addFixtures(f, "seeds", "text", "html")
	f.Add([]byte(""))
	f.Add([]byte("<html><body><div><p>一</p></div></body></html>"))
	f.Add([]byte("\xef\xbb\xbf标题\n时间:2021-12-31 09:00\n正文,投资3亿元。"))
	f.Add([]byte("\xff\xfe\x07\x68\x98\x98\n\x00"))       // UTF-16LE with BOM
	f.Add([]byte("\xd6\xd0\xce\xc4\xd0\xc2\xce\xc5\xb5")) // GBK cut mid-character
	f.Add([]byte("\xa4\xa4\xa4\xe5\xb7\x73\xbb\xd8\xa4")) // Big5 cut mid-character
	f.Add([]byte("标题\x00正文\x00"))                         // NUL bytes
	f.Add([]byte("亿亿亿亿亿亿亿亿元,123456789012345678901234567890万元"))
	f.Fuzz(func(t *testing.T, b []byte) {
		a, err := Bytes(b)
		if err != nil {
			return
		}
		checkArticle(t, a)
	})
}

// FuzzHTML drives the HTML path on arbitrary bytes.
func FuzzHTML(f *testing.F) {
	addFixtures(f, "html")
	f.Add([]byte("<p>a<br><br>b</p><table><tr><td>x</td><td>y</td></tr></table>"))
	f.Add([]byte(strings.Repeat("<div>", 600) + "<h1>题</h1><p>正文,投资3亿元。</p>"))
	f.Add([]byte("<meta charset=gbk><p>\xd6\xd0\xce\xc4\xd0"))
	f.Fuzz(func(t *testing.T, b []byte) {
		a, err := (&Options{Format: FormatHTML}).Bytes(b)
		if err != nil {
			return
		}
		checkArticle(t, a)
	})
}
