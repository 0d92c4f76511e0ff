package fact

import (
	"testing"
	"time"
)

// checkFound checks that facts lie inside s, match their text, are ordered,
// and that a project's links do too.
func checkFound(t *testing.T, s string, facts []Fact) {
	t.Helper()
	for i, f := range facts {
		if f.Start < 0 || f.End > len(s) || f.Start > f.End || s[f.Start:f.End] != f.Text {
			t.Fatalf("fact %q at [%d,%d) does not match", f.Text, f.Start, f.End)
		}
		if i > 0 && facts[i-1].Start > f.Start {
			t.Fatalf("facts out of order at %d", i)
		}
		for _, l := range []*Fact{f.Investment, f.Capacity} {
			if l != nil && (l.End > len(s) || s[l.Start:l.End] != l.Text) {
				t.Fatalf("link %q of %q does not match", l.Text, f.Text)
			}
		}
		if f.Kind == KindDate && (f.Date.Month > 12 || f.Date.Day > 31 || f.Date.Year == 0) {
			t.Fatalf("bad date %+v", f.Date)
		}
	}
}

func addSeedBodies(f *testing.F) {
	for _, b := range seedBodies(f) {
		f.Add(b)
	}
	f.Add("山西翔宇化工有限公司对接中化国际股份有限公司合作建设总投资3.5亿元的年产5万吨橡胶防老剂RD项目")
}

func FuzzCompanies(f *testing.F) {
	addSeedBodies(f)
	f.Fuzz(func(t *testing.T, s string) { checkFound(t, s, Companies(s)) })
}

func FuzzProjects(f *testing.F) {
	addSeedBodies(f)
	f.Fuzz(func(t *testing.T, s string) { checkFound(t, s, Projects(s)) })
}

func FuzzFind(f *testing.F) {
	addSeedBodies(f)
	ref := time.Date(2023, 4, 15, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) { checkFound(t, s, Find(s, ref)) })
}
