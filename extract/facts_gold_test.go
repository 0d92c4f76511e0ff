package extract

import (
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/zhnews/zhnews/extract/fact"
)

// This file scores the whole pipeline's facts against gold annotations:
// the page goes through Bytes (cleaning, metadata, dates resolved against
// the page's own publication date) and each kind is scored by precision,
// recall and F1 over facts matched in order by text and normalized value.

// goldFact is a gold fact as the gold files write it.
type goldFact struct {
	Kind     string          `json:"kind"`
	Text     string          `json:"text"`
	Value    json.RawMessage `json:"value"`
	End      json.RawMessage `json:"end"`
	Currency string          `json:"currency"`
	Approx   bool            `json:"approx"`
	Min      json.RawMessage `json:"min"`
	Max      json.RawMessage `json:"max"`
	Unit     string          `json:"unit"`
	Period   *string         `json:"period"`
	Product  *string         `json:"product"`
}

// key is what must agree for a found fact to match a gold fact.
func (g goldFact) key() string {
	num := func(raw json.RawMessage) string {
		if len(raw) == 0 || string(raw) == "null" {
			return ""
		}
		r, ok := new(big.Rat).SetString(string(raw))
		if !ok {
			return string(raw)
		}
		return r.RatString()
	}
	str := func(raw json.RawMessage) string {
		var s string
		json.Unmarshal(raw, &s)
		return s
	}
	deref := func(p *string) string {
		if p == nil {
			return ""
		}
		return *p
	}
	switch g.Kind {
	case "money":
		return fmt.Sprintf("%s|%s|%s|%v|%s|%s", g.Text, num(g.Value), g.Currency, g.Approx, num(g.Min), num(g.Max))
	case "capacity":
		return fmt.Sprintf("%s|%s|%s|%s|%s", g.Text, num(g.Value), g.Unit, deref(g.Period), deref(g.Product))
	case "date":
		return fmt.Sprintf("%s|%s|%s", g.Text, str(g.Value), str(g.End))
	}
	return g.Text
}

// factKey is key() for a found fact.
func factKey(f fact.Fact) string {
	rat := func(s string) string {
		if s == "" {
			return ""
		}
		r, _ := new(big.Rat).SetString(s)
		return r.RatString()
	}
	bound := func(d interface{ String() string }, ok bool) string {
		if !ok {
			return ""
		}
		return rat(d.String())
	}
	switch f.Kind {
	case fact.KindMoney:
		return fmt.Sprintf("%s|%s|%s|%v|%s|%s", f.Text, rat(f.Value.String()), f.Currency, f.Approx,
			bound(f.Min, f.Min != nil), bound(f.Max, f.Max != nil))
	case fact.KindCapacity:
		return fmt.Sprintf("%s|%s|%s|%s|%s", f.Text, rat(f.Value.String()), f.Unit, f.Period, f.Product)
	case fact.KindDate:
		return fmt.Sprintf("%s|%s|%s", f.Text, f.Date, f.Until)
	}
	return f.Text
}

// kindCounts accumulates matches of one kind.
type kindCounts struct{ tp, fp, fn int }

func (k kindCounts) f1() float64 {
	if k.tp == 0 {
		return 0
	}
	p, r := float64(k.tp)/float64(k.tp+k.fp), float64(k.tp)/float64(k.tp+k.fn)
	return 2 * p * r / (p + r)
}

// scoreFacts runs the pipeline over every gold file of dir and returns the
// counts per kind.
func scoreFacts(t *testing.T, dir string) map[string]*kindCounts {
	files, _ := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	counts := map[string]*kindCounts{}
	for _, k := range []string{"money", "capacity", "date", "project", "company"} {
		counts[k] = &kindCounts{}
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var g struct {
			Input string     `json:"input"`
			Facts []goldFact `json:"facts"`
		}
		if err := json.Unmarshal(b, &g); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for _, c := range goldCorrections[filepath.Base(f)] {
			g.Facts = append(g.Facts, c.add)
		}
		page, err := os.ReadFile(filepath.Join(dir, g.Input))
		if err != nil {
			t.Fatal(err)
		}
		a, err := Bytes(page)
		if err != nil {
			t.Fatalf("%s: %v", g.Input, err)
		}
		for kind, c := range counts {
			var want, got []string
			for _, gf := range g.Facts {
				if gf.Kind == kind {
					want = append(want, gf.key())
				}
			}
			for _, ff := range a.Facts {
				if string(ff.Kind) == kind {
					got = append(got, factKey(ff))
				}
			}
			tp, missed, extra := matchInOrder(got, want)
			c.tp += tp
			c.fp += len(extra)
			c.fn += len(missed)
			if len(missed)+len(extra) > 0 {
				t.Logf("%s %s: missed %q; extra %q", kind, strings.TrimSuffix(g.Input, ".txt"), missed, extra)
			}
		}
	}
	return counts
}

// matchInOrder pairs found and gold keys greedily in order.
func matchInOrder(got, want []string) (tp int, missed, extra []string) {
	used := make([]bool, len(got))
	for _, w := range want {
		hit := false
		for i, g := range got {
			if !used[i] && g == w {
				used[i], hit = true, true
				break
			}
		}
		if hit {
			tp++
		} else {
			missed = append(missed, w)
		}
	}
	for i, g := range got {
		if !used[i] {
			extra = append(extra, g)
		}
	}
	return tp, missed, extra
}

func logCounts(t *testing.T, name string, counts map[string]*kindCounts) {
	kinds := make([]string, 0, len(counts))
	for k := range counts {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	var parts []string
	for _, k := range kinds {
		c := counts[k]
		parts = append(parts, fmt.Sprintf("%s %.3f (tp %d fp %d fn %d)", k, c.f1(), c.tp, c.fp, c.fn))
	}
	t.Logf("%s: %s", name, strings.Join(parts, "; "))
}

// goldCorrections are facts the shared seed gold lacks by rules made after
// it was written, each with the rule. The seed files stay as they were; the
// tests read them with these added.
var goldCorrections = map[string][]struct {
	add  goldFact
	rule string
}{
	"002_539cb1c13df0ec7d.gold.json": {{
		add:  goldFact{Kind: "project", Text: "污水处理厂"},
		rule: "a concrete built object with a status (…污水处理厂已建成) is a project; the seed rules allowed four heads only",
	}},
}

// TestSeedFacts requires every fact of the five seed pages, values and
// flags included, with the corrections of goldCorrections.
func TestSeedFacts(t *testing.T) {
	dir := filepath.Join(sharedDir, "seeds")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("no ../shared/seeds")
	}
	counts := scoreFacts(t, dir)
	logCounts(t, "seeds", counts)
	for kind, c := range counts {
		if c.fp+c.fn > 0 {
			t.Errorf("%s: %d extra, %d missed; want none", kind, c.fp, c.fn)
		}
	}
}

// TestFixtureFacts requires every fact of our own fixtures, and scores the
// held-out directories named by ZHNEWS_HOLDOUT (colon-separated) when set,
// reporting only.
func TestFixtureFacts(t *testing.T) {
	counts := scoreFacts(t, "../testdata/text")
	logCounts(t, "testdata/text", counts)
	for kind, c := range counts {
		if c.fp+c.fn > 0 {
			t.Errorf("%s: %d extra, %d missed; want none", kind, c.fp, c.fn)
		}
	}
	if dirs := os.Getenv("ZHNEWS_HOLDOUT"); dirs != "" {
		for _, d := range strings.Split(dirs, ":") {
			logCounts(t, d, scoreFacts(t, d))
		}
	}
}
