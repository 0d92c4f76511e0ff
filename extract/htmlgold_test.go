package extract

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/zhnews/zhnews/extract/fold"
)

// htmlGold is the gold annotation of an HTML fixture: the article as the
// seeds' gold describes it, and snippets of chrome that must not be in the
// body.
type htmlGold struct {
	Input     string   `json:"input"`
	Encoding  string   `json:"encoding"`
	Script    string   `json:"script"`
	Title     *string  `json:"title"`
	Published *string  `json:"published"`
	Source    *string  `json:"source"`
	Authors   []string `json:"authors"`
	Body      []string `json:"body"`
	Absent    []string `json:"absent"`
}

// TestHTMLFixturesGold checks the HTML fixtures against their gold: title,
// published, source, authors, encoding and script equal; every gold body
// paragraph in the body; no absent snippet in it.
func TestHTMLFixturesGold(t *testing.T) {
	files, _ := filepath.Glob("../testdata/html/*.gold.json")
	if len(files) == 0 {
		t.Skip("no HTML fixtures")
	}
	paragraphs, found, leaked, absent := 0, 0, 0, 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var g htmlGold
		if err := json.Unmarshal(b, &g); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		t.Run(strings.TrimSuffix(g.Input, ".html"), func(t *testing.T) {
			page, err := os.ReadFile(filepath.Join("../testdata/html", g.Input))
			if err != nil {
				t.Fatal(err)
			}
			a, err := Bytes(page)
			if err != nil {
				t.Fatal(err)
			}
			if a.Format != FormatHTML {
				t.Errorf("format = %q", a.Format)
			}
			fg := foldGold(gold{Title: g.Title, Source: g.Source, Body: g.Body})
			check := func(name, got, want string) {
				if got != want {
					t.Errorf("%s = %q, want %q", name, got, want)
				}
			}
			check("title", a.Title, deref(fg.Title))
			want := deref(g.Published)
			if len(want) == len("2006-01-02T15:04") {
				want += ":00"
			}
			check("published", a.Published.String(), want)
			check("source", a.Source, deref(fg.Source))
			check("encoding", a.Encoding, g.Encoding)
			check("script", a.Script, g.Script)
			if !slices.Equal(a.Authors, g.Authors) && len(a.Authors)+len(g.Authors) > 0 {
				t.Errorf("authors = %q, want %q", a.Authors, g.Authors)
			}
			body := a.Body()
			for _, p := range fg.Body {
				paragraphs++
				if slices.Contains(a.Paragraphs, p) {
					found++
				} else {
					t.Errorf("missing body paragraph %.60q", p)
				}
			}
			for _, s := range g.Absent {
				absent++
				if strings.Contains(body, strings.TrimSpace(fold.String(s))) {
					leaked++
					t.Errorf("chrome in the body: %.60q", s)
				}
			}
		})
	}
	t.Logf("%d pages: body paragraphs found %d/%d, absent snippets in the body %d/%d", len(files), found, paragraphs, leaked, absent)
}

// TestSeedsAsHTML checks that the five seed articles give the same facts
// (kind, text, normalized value) when served as HTML as when saved as text.
func TestSeedsAsHTML(t *testing.T) {
	pages, _ := filepath.Glob("../testdata/seeds/*.txt")
	for _, p := range pages {
		n := strings.SplitN(filepath.Base(p), "_", 2)[0]
		hp := filepath.Join("../testdata/html", "seed_"+n+".html")
		if _, err := os.Stat(hp); err != nil {
			t.Errorf("no HTML version of %s", p)
			continue
		}
		keys := func(path string) []string {
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			a, err := Bytes(b)
			if err != nil {
				t.Fatal(err)
			}
			var ks []string
			for _, f := range a.Facts {
				ks = append(ks, string(f.Kind)+" "+factKey(f)+" "+f.In)
			}
			return ks
		}
		text, page := keys(p), keys(hp)
		if !slices.Equal(text, page) {
			_, missed, extra := matchInOrder(page, text)
			t.Errorf("seed %s: %d facts from text, %d from HTML; missing in HTML %q; extra %q", n, len(text), len(page), missed, extra)
		}
	}
}
