package extract

import (
	"encoding/json"
	"fmt"

	"github.com/zhnews/zhnews/extract/fold"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// This file checks the cleaner against hand-made gold annotations in the
// format of ../shared/seeds (see its README): every gold body paragraph must
// be in the body, no gold boilerplate line may be, and title, published,
// source and authors must be equal.

// gold is a gold annotation file.
type gold struct {
	Input       string            `json:"input"`
	Encoding    string            `json:"encoding"`
	Script      string            `json:"script"`
	Title       *string           `json:"title"`
	Published   *string           `json:"published"`
	Source      *string           `json:"source"`
	Authors     []string          `json:"authors"`
	Body        []string          `json:"body"`
	Boilerplate []string          `json:"boilerplate"`
	Facts       []json.RawMessage `json:"facts"`
}

// sharedDir is where the project's shared material sits next to the
// repository; users' clones do not have it.
const sharedDir = "../../shared"

func readGold(t *testing.T, path string) gold { return readJSON[gold](t, path) }

// readJSON reads a JSON file into a T, failing the test when it cannot.
func readJSON[T any](t *testing.T, path string) T {
	t.Helper()
	var v T
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return v
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// foldGold applies the width and white-space folding the pipeline applies
// (U+3000 → space …) to the gold strings, which are the raw page lines.
func foldGold(g gold) gold {
	f := func(s *string) {
		if s != nil {
			v := fold.String(*s)
			*s = v
		}
	}
	f(g.Title)
	f(g.Source)
	for i := range g.Body {
		g.Body[i] = strings.TrimSpace(fold.String(g.Body[i]))
	}
	for i := range g.Boilerplate {
		g.Boilerplate[i] = strings.TrimSpace(fold.String(g.Boilerplate[i]))
	}
	return g
}

// metaMatch says which metadata fields of an article equal the gold's.
type metaMatch struct{ title, published, source, authors bool }

// metaProblems compares the metadata of an article with a folded gold
// annotation: title, published (HH:MM gold stamps gain :00), source,
// authors, and script and encoding when the gold states them.
func metaProblems(a *Article, g gold) ([]string, metaMatch) {
	var p []string
	check := func(name, got, want string) bool {
		if got != want {
			p = append(p, fmt.Sprintf("%s = %q, want %q", name, got, want))
			return false
		}
		return true
	}
	want := deref(g.Published)
	if len(want) == len("2006-01-02T15:04") {
		want += ":00"
	}
	var m metaMatch
	m.title = check("title", a.Title, deref(g.Title))
	m.published = check("published", a.Published.String(), want)
	m.source = check("source", a.Source, deref(g.Source))
	m.authors = slices.Equal(a.Authors, g.Authors) || len(a.Authors)+len(g.Authors) == 0
	if !m.authors {
		p = append(p, fmt.Sprintf("authors = %q, want %q", a.Authors, g.Authors))
	}
	if g.Script != "" {
		check("script", a.Script, g.Script)
	}
	if g.Encoding != "" {
		check("encoding", a.Encoding, g.Encoding)
	}
	return p, m
}

// goldProblems compares an article with its gold annotation.
func goldProblems(a *Article, g gold) []string {
	g = foldGold(g)
	p, _ := metaProblems(a, g)
	body := map[string]int{}
	for _, para := range a.Paragraphs {
		body[para]++
	}
	for _, para := range g.Body {
		if body[para] == 0 {
			p = append(p, fmt.Sprintf("missing body paragraph %.60q", para))
		}
	}
	goldBody := map[string]bool{}
	for _, para := range g.Body {
		goldBody[para] = true
	}
	for _, bp := range g.Boilerplate {
		if body[bp] > 0 && !goldBody[bp] {
			p = append(p, fmt.Sprintf("boilerplate in body: %.60q", bp))
		}
	}
	if len(a.Paragraphs) != len(g.Body) && len(p) == 0 {
		p = append(p, fmt.Sprintf("%d paragraphs, want %d", len(a.Paragraphs), len(g.Body)))
	}
	return p
}

// checkGoldDir runs the cleaner over every gold file in dir.
func checkGoldDir(t *testing.T, dir string) {
	files, _ := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	if len(files) == 0 {
		t.Skipf("no gold files in %s", dir)
	}
	var st goldStats
	defer func() { t.Logf("%s: %s", dir, st) }()
	for _, f := range files {
		g := readGold(t, f)
		t.Run(strings.TrimSuffix(filepath.Base(f), ".gold.json"), func(t *testing.T) {
			page, err := os.ReadFile(filepath.Join(dir, g.Input))
			if err != nil {
				t.Fatal(err)
			}
			a, err := Bytes(page)
			if err != nil {
				t.Fatal(err)
			}
			problems := goldProblems(a, g)
			st.add(a, foldGold(g), len(problems) == 0)
			for _, p := range problems {
				t.Error(p)
			}
		})
	}
}

func TestSeedsGold(t *testing.T) { checkGoldDir(t, filepath.Join(sharedDir, "seeds")) }

func TestFixturesGold(t *testing.T) { checkGoldDir(t, "../testdata/text") }

// TestHoldoutGold runs over a directory of gold files named by
// ZHNEWS_HOLDOUT, for measuring the cleaner on pages it was not tuned on.
func TestHoldoutGold(t *testing.T) {
	dir := os.Getenv("ZHNEWS_HOLDOUT")
	if dir == "" {
		t.Skip("ZHNEWS_HOLDOUT not set")
	}
	checkGoldDir(t, dir)
}

// goldStats aggregates the gold checks over a directory.
type goldStats struct {
	pages, clean                            int
	title, published, source, authors       int
	bodyWant, bodyFound, boiler, boilerLeak int
}

func (st *goldStats) add(a *Article, g gold, clean bool) {
	st.pages++
	if clean {
		st.clean++
	}
	_, m := metaProblems(a, g)
	st.title += b2i(m.title)
	st.published += b2i(m.published)
	st.source += b2i(m.source)
	st.authors += b2i(m.authors)
	body := map[string]bool{}
	for _, p := range a.Paragraphs {
		body[p] = true
	}
	goldBody := map[string]bool{}
	for _, p := range g.Body {
		goldBody[p] = true
		st.bodyWant++
		if body[p] {
			st.bodyFound++
		}
	}
	for _, b := range g.Boilerplate {
		st.boiler++
		if body[b] && !goldBody[b] {
			st.boilerLeak++
		}
	}
}

func (st goldStats) String() string {
	return fmt.Sprintf("%d/%d pages pass every check; title %d, published %d, source %d, authors %d right; body paragraphs found %d/%d; boilerplate lines in the body %d/%d",
		st.clean, st.pages, st.title, st.published, st.source, st.authors, st.bodyFound, st.bodyWant, st.boilerLeak, st.boiler)
}
