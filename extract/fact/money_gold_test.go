package fact

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zhnews/zhnews/extract/num"
)

// The gold test of money and capacity: the facts of the gold pages, matched
// in order (longest common subsequence) by kind, text, value and the flags
// of the kind. Directories, relative to this package: the seed pages
// (../../../shared/seeds, skipped when absent), the fixtures
// (../../testdata/text) and, when ZHNEWS_HOLDOUT names a directory, a
// held-out set (measured, never asserted).

var (
	mcSeedDir    = filepath.Join("..", "..", "..", "shared", "seeds")
	mcFixtureDir = filepath.Join("..", "..", "testdata", "text")
)

// mcPage is a gold page: its title and body (joined by "\n") and its facts.
type mcPage struct {
	name        string
	title, body string
	text        string
	facts       []mcGoldFact
}

type mcGoldFact struct {
	Kind     string          `json:"kind"`
	Text     string          `json:"text"`
	Value    json.RawMessage `json:"value"`
	Currency string          `json:"currency"`
	Approx   bool            `json:"approx"`
	Min      *json.Number    `json:"min"`
	Max      *json.Number    `json:"max"`
	Unit     string          `json:"unit"`
	Period   *string         `json:"period"`
	Product  *string         `json:"product"`
}

func mcLoadGold(tb testing.TB, dir string) []mcPage {
	files, _ := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	var pages []mcPage
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		var g struct {
			Title *string      `json:"title"`
			Body  []string     `json:"body"`
			Facts []mcGoldFact `json:"facts"`
		}
		dec := json.NewDecoder(strings.NewReader(string(b)))
		dec.UseNumber()
		if err := dec.Decode(&g); err != nil {
			tb.Fatalf("%s: %v", f, err)
		}
		p := mcPage{name: strings.TrimSuffix(filepath.Base(f), ".gold.json"), body: strings.Join(g.Body, "\n"), facts: g.Facts}
		if g.Title != nil {
			p.title = *g.Title
		}
		p.text = p.title + "\n" + p.body
		pages = append(pages, p)
	}
	return pages
}

// mcDec formats a gold number as a Decimal does.
func mcDec(n *json.Number) string {
	if n == nil {
		return ""
	}
	d, err := num.ParseDecimal(n.String())
	if err != nil {
		return n.String()
	}
	return d.String()
}

// mcDecRaw formats a gold value that is a number.
func mcDecRaw(raw json.RawMessage) string {
	n := json.Number(raw)
	return mcDec(&n)
}

// key formats a gold fact for matching.
func (g mcGoldFact) key() string {
	switch Kind(g.Kind) {
	case KindMoney:
		s := g.Text + " " + mcDecRaw(g.Value) + " " + g.Currency
		if g.Approx {
			s += " ~"
		}
		if g.Min != nil {
			s += " >=" + mcDec(g.Min)
		}
		if g.Max != nil {
			s += " <=" + mcDec(g.Max)
		}
		return s
	case KindCapacity:
		p, prod := "", ""
		if g.Period != nil {
			p = *g.Period
		}
		if g.Product != nil {
			prod = *g.Product
		}
		return g.Text + " " + mcDecRaw(g.Value) + " " + g.Unit + " " + p + " " + prod
	}
	return g.Text
}

// mcKey formats a found fact for matching.
func mcKey(f Fact) string {
	if f.Kind == KindMoney {
		return moneyString(f)
	}
	return capacityString(f)
}

// mcLCS returns the length of the longest common subsequence of a and b.
func mcLCS(a, b []string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := range a {
		for j := range b {
			switch {
			case a[i] == b[j]:
				cur[j+1] = prev[j] + 1
			case prev[j+1] >= cur[j]:
				cur[j+1] = prev[j+1]
			default:
				cur[j+1] = cur[j]
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// mcScore scores the finder of kind over the pages of dir.
func mcScore(t *testing.T, kind Kind, dir string) (f1 float64, pages int) {
	t.Helper()
	find := Money
	if kind == KindCapacity {
		find = Capacities
	}
	tp, nGold, nFound := 0, 0, 0
	for _, p := range mcLoadGold(t, dir) {
		var gold, found []string
		for _, g := range p.facts {
			if Kind(g.Kind) == kind {
				gold = append(gold, g.key())
			}
		}
		for _, s := range []string{p.title, p.body} {
			for _, f := range find(s) {
				found = append(found, mcKey(f))
			}
		}
		k := mcLCS(gold, found)
		tp += k
		nGold += len(gold)
		nFound += len(found)
		if k < len(gold) || k < len(found) {
			t.Logf("  %s: %d gold, %d found, %d matched\n    gold  %q\n    found %q", p.name, len(gold), len(found), k, gold, found)
		}
		pages++
	}
	if nGold+nFound == 0 {
		return 1, pages
	}
	f1 = 2 * float64(tp) / float64(nGold+nFound)
	t.Logf("%s %s: %d pages, %d gold, %d found, %d matched: P %.3f R %.3f F1 %.3f",
		kind, dir, pages, nGold, nFound, tp, mcRatio(tp, nFound), mcRatio(tp, nGold), f1)
	return f1, pages
}

func mcRatio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// mcGoldTest runs the gold test of a kind, asserting min F1 on the seeds.
func mcGoldTest(t *testing.T, kind Kind, min float64) {
	if f1, n := mcScore(t, kind, mcSeedDir); n == 0 {
		t.Logf("no seed pages in %s", mcSeedDir)
	} else if f1 < min {
		t.Errorf("%s F1 on the seeds %.3f < %.2f", kind, f1, min)
	}
	mcScore(t, kind, mcFixtureDir)
	if dir := os.Getenv("ZHNEWS_HOLDOUT"); dir != "" {
		mcScore(t, kind, dir)
	}
}
