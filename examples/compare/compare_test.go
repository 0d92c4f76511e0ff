package main

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestScore(t *testing.T) {
	for _, tc := range []struct {
		got, gold string
		want      counts
		f1        float64
	}{
		// White space is removed first: "ab c" has the bigrams ab, bc.
		{"ab c", "abd", counts{TP: 1, FP: 1, FN: 1}, 0.5},
		// Bigrams are a multiset: "aaa" holds aa twice, the gold once.
		{"aaa", "aa", counts{TP: 1, FP: 1}, 2.0 / 3},
		{"新华社北京电", "新华社\n北京 电", counts{TP: 5}, 1},
		{"", "新闻", counts{FN: 1}, 0},
		{"新闻", "", counts{FP: 1}, 0},
		{"", " \n", counts{}, 1},
		// A single character has no bigram.
		{"新", "闻", counts{}, 1},
	} {
		c := score(tc.got, tc.gold)
		if c != tc.want || math.Abs(c.F1()-tc.f1) > 1e-9 {
			t.Errorf("score(%q, %q) = %+v F1 %.3f, want %+v F1 %.3f", tc.got, tc.gold, c, c.F1(), tc.want, tc.f1)
		}
	}
	// Micro averaging sums the counts: 1 TP of 2+2 bigrams and 0 of 0+2
	// give 2·1/(2·1+1+3), where the macro mean would be (0.5+0)/2.
	sum := score("ab c", "abd").add(score("", "xyz"))
	if got, want := sum.F1(), 2.0/6; math.Abs(got-want) > 1e-9 {
		t.Errorf("micro F1 = %.3f, want %.3f", got, want)
	}
}

func TestParseGoldDay(t *testing.T) {
	for in, want := range map[string]string{
		"2005-07-31 12:30":    "2005-07-31",
		"2005-3-11 12:12":     "2005-03-11",
		"2022-02-13":          "2022-02-13",
		"2004-12-10 11:55:08": "2004-12-10",
		"UNKNOWN":             "",
		"":                    "",
		"刘涛":                  "",
		"2005-02-30":          "",
		"2005-13-01":          "",
	} {
		if got := parseGoldDay(in); got != want {
			t.Errorf("parseGoldDay(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestCompare runs the whole comparison on the first pages of the corpus and
// checks that the other tools reproduce the baseline F1s of manifest.tsv.
func TestCompare(t *testing.T) {
	dir := "../../../shared/corpus/zh-html"
	if _, err := os.Stat(filepath.Join(dir, "original")); err != nil {
		t.Skip("corpus not found:", err)
	}
	pages, err := loadCorpus(dir, 5)
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) != 5 {
		t.Fatalf("loaded %d pages, want 5", len(pages))
	}
	sums := compare(pages, tools, 1)
	if len(sums) != len(tools) {
		t.Fatalf("%d summaries for %d tools", len(sums), len(tools))
	}
	for i, s := range sums {
		if len(s.Pages) != len(pages) {
			t.Errorf("%s: %d page results", s.Tool, len(s.Pages))
		}
		if s.MicroF1 <= 0 || s.MicroF1 > 1 || s.MacroF1 <= 0 || s.MacroF1 > 1 || s.MsPerPage <= 0 {
			t.Errorf("%s: implausible summary %+v", s.Tool, s)
		}
		if s.DatesRight+s.DatesWrong+s.DatesMissing != datedPages(pages) {
			t.Errorf("%s: dates %d+%d+%d, want %d dated pages", s.Tool, s.DatesRight, s.DatesWrong, s.DatesMissing, datedPages(pages))
		}
		if tools[i].manifest == "" {
			continue
		}
		if s.MaxBaselineDiff == nil {
			t.Errorf("%s: no baseline from manifest.tsv column %s", s.Tool, tools[i].manifest)
		} else if *s.MaxBaselineDiff > 0.002 {
			t.Errorf("%s: F1 of %s differs from manifest.tsv by %.3f", s.Tool, s.MaxDiffPage, *s.MaxBaselineDiff)
		}
	}
	var md strings.Builder
	if err := writeMarkdown(&md, pages, 1, sums, true); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(md.String(), "| zhnews |") || !strings.Contains(md.String(), "zhnews is") {
		t.Errorf("Markdown output lacks the zhnews row or the speed ratio:\n%s", md.String())
	}
}
