package fact

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestSort checks Sort against a stable sort on random spans, many of them
// equal, so that the order of facts at the same span is checked too.
func TestSort(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for n := range 200 {
		facts := make([]Fact, n)
		for i := range facts {
			start := r.IntN(10)
			facts[i] = Fact{Start: start, End: start + r.IntN(4), Text: string(rune('a' + i%26)), Name: string(rune(i))}
		}
		want := slices.Clone(facts)
		slices.SortStableFunc(want, func(a, b Fact) int {
			if a.Start != b.Start {
				return a.Start - b.Start
			}
			return b.End - a.End
		})
		Sort(facts)
		for i := range facts {
			if facts[i].Name != want[i].Name {
				t.Fatalf("n=%d: at %d got fact %q [%d,%d), want %q [%d,%d)", n, i,
					facts[i].Name, facts[i].Start, facts[i].End, want[i].Name, want[i].Start, want[i].End)
			}
		}
	}
}

// BenchmarkSort sorts 100 000 facts in reverse order.
func BenchmarkSort(b *testing.B) {
	facts := make([]Fact, 100000)
	for b.Loop() {
		b.StopTimer()
		for i := range facts {
			facts[i] = Fact{Start: len(facts) - i, End: len(facts) - i + 3}
		}
		b.StartTimer()
		Sort(facts)
	}
}
