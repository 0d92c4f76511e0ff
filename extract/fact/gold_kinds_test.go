package fact

import (
	"encoding/json"
	"fmt"
	"github.com/zhnews/zhnews/segment"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// This file scores fact finders against the gold annotations of the seed
// pages (../shared/seeds), our fixtures (testdata/text) and, when
// ZHNEWS_HOLDOUT names it, a held-out directory: per kind, precision,
// recall and F1 over (text, value) pairs matched in order.

// goldFile is the part of a gold annotation the fact tests need.
type goldFile struct {
	Input     string            `json:"input"`
	Title     *string           `json:"title"`
	Published *string           `json:"published"`
	Body      []string          `json:"body"`
	Facts     []json.RawMessage `json:"facts"`
}

// goldFact is one gold fact, with its fields as the gold writes them.
type goldFact struct {
	Kind     string   `json:"kind"`
	Text     string   `json:"text"`
	Value    any      `json:"value"`
	End      any      `json:"end"`
	Currency string   `json:"currency"`
	Approx   bool     `json:"approx"`
	Min      *float64 `json:"min"`
	Max      *float64 `json:"max"`
	Unit     string   `json:"unit"`
	Period   *string  `json:"period"`
	Product  *string  `json:"product"`
}

// goldDirs are the directories of gold files, relative to this package.
var goldDirs = []string{"../../../shared/seeds", "../../testdata/text"}

func loadGold(t *testing.T, dir string) map[string]goldFile {
	files, _ := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	out := map[string]goldFile{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var g goldFile
		if err := json.Unmarshal(b, &g); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		out[strings.TrimSuffix(filepath.Base(f), ".gold.json")] = g
	}
	return out
}

// text returns the title and body as one string, the way the gold orders
// its facts.
func (g goldFile) text() string {
	var parts []string
	if g.Title != nil {
		parts = append(parts, *g.Title)
	}
	return strings.Join(append(parts, g.Body...), "\n")
}

func (g goldFile) facts(kind string) []goldFact {
	var fs []goldFact
	for _, raw := range g.Facts {
		var f goldFact
		json.Unmarshal(raw, &f)
		if f.Kind == kind {
			fs = append(fs, f)
		}
	}
	return fs
}

// score matches found facts to gold facts of one kind by text, in order,
// and counts true positives, false positives and false negatives.
func score(found []Fact, gold []goldFact) (tp, fp, fn int, missed, extra []string) {
	used := make([]bool, len(found))
	for _, g := range gold {
		hit := false
		for i, f := range found {
			if !used[i] && f.Text == g.Text {
				used[i], hit = true, true
				break
			}
		}
		if hit {
			tp++
		} else {
			fn++
			missed = append(missed, g.Text)
		}
	}
	for i, f := range found {
		if !used[i] {
			fp++
			extra = append(extra, f.Text)
		}
	}
	return
}

// kindScore runs find over every gold page and reports F1 for one kind.
func kindScore(t *testing.T, kind string, dirs []string, find func(text string, g goldFile) []Fact) (f1 float64, pages int) {
	var TP, FP, FN int
	for _, dir := range dirs {
		for name, g := range loadGold(t, dir) {
			pages++
			tp, fp, fn, missed, extra := score(find(g.text(), g), g.facts(kind))
			TP, FP, FN = TP+tp, FP+fp, FN+fn
			if fp+fn > 0 {
				t.Logf("%s %s: missed %q; extra %q", kind, name, missed, extra)
			}
		}
	}
	if TP == 0 {
		return 0, pages
	}
	p, r := float64(TP)/float64(TP+FP), float64(TP)/float64(TP+FN)
	f1 = 2 * p * r / (p + r)
	t.Logf("%s: P=%.3f R=%.3f F1=%.3f (tp %d fp %d fn %d) over %d pages", kind, p, r, f1, TP, FP, FN, pages)
	return f1, pages
}

func TestGoldCompanies(t *testing.T) {
	f1, pages := kindScore(t, "company", goldDirs[:1], func(s string, _ goldFile) []Fact { return Companies(s) })
	if pages == 0 {
		t.Skip("no ../shared/seeds")
	}
	if f1 < 0.9 {
		t.Errorf("company F1 on the seeds = %.3f, want >= 0.90", f1)
	}
	kindScore(t, "company", goldDirs[1:], func(s string, _ goldFile) []Fact { return Companies(s) })
	if dir := os.Getenv("ZHNEWS_HOLDOUT"); dir != "" {
		kindScore(t, "company", []string{dir}, func(s string, _ goldFile) []Fact { return Companies(s) })
	}
}

var _ = fmt.Sprint

func TestGoldProjects(t *testing.T) {
	find := func(s string, _ goldFile) []Fact { return Projects(s) }
	f1, pages := kindScore(t, "project", goldDirs[:1], find)
	if pages == 0 {
		t.Skip("no ../shared/seeds")
	}
	if f1 < 0.85 {
		t.Errorf("project F1 on the seeds = %.3f, want >= 0.85", f1)
	}
	kindScore(t, "project", goldDirs[1:], find)
	if dir := os.Getenv("ZHNEWS_HOLDOUT"); dir != "" {
		kindScore(t, "project", []string{dir}, find)
	}
}

// seedBodies returns the clean bodies of the seed pages, as the golden
// outputs of package extract hold them, for benchmarks.
func seedBodies(tb testing.TB) []string {
	files, _ := filepath.Glob("../../testdata/golden/seeds/*.json")
	var bodies []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		var a struct {
			Body string `json:"body"`
		}
		if err := json.Unmarshal(b, &a); err != nil {
			tb.Fatal(err)
		}
		bodies = append(bodies, a.Body)
	}
	if len(bodies) == 0 {
		tb.Skip("no golden seed outputs")
	}
	return bodies
}

// benchBodies runs find over every body per iteration, in bytes of body
// per second.
func benchBodies(b *testing.B, bodies []string, find func(string)) {
	n := 0
	for _, s := range bodies {
		n += len(s)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	segment.Load() // once per process, lazily; segment's BenchmarkLoad measures it
	for b.Loop() {
		for _, s := range bodies {
			find(s)
		}
	}
}

// BenchmarkFind measures all the fact finders together on the seed bodies,
// in bytes of text per second.
func BenchmarkFind(b *testing.B) {
	ref := time.Date(2023, 4, 15, 0, 0, 0, 0, time.UTC)
	benchBodies(b, seedBodies(b), func(s string) { Find(s, ref) })
}
