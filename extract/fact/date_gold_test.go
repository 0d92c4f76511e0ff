package fact

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// This file scores Dates against the date facts of the gold annotations:
// the seed pages (../shared/seeds, asserted), our fixtures (testdata/text,
// logged) and, when ZHNEWS_HOLDOUT names a directory, a held-out set
// (logged only). A found date counts when kind, text, start, value and end
// all agree with a gold date, matched in order of position.

// dateGold is the part of a gold file the date test reads.
type dateGold struct {
	Title     *string  `json:"title"`
	Published *string  `json:"published"`
	Body      []string `json:"body"`
	Facts     []struct {
		Kind  string `json:"kind"`
		Text  string `json:"text"`
		Value any    `json:"value"`
		End   any    `json:"end"`
	} `json:"facts"`
}

// dateKey identifies a date fact for scoring.
type dateKey struct {
	start      int
	text       string
	value, end string
}

// dateGoldCase reads one gold file: the text searched (title and body
// paragraphs joined by newlines), the reference date and the gold dates
// located in the text the way check_gold.py does.
func dateGoldCase(t testing.TB, path string) (text string, ref time.Time, gold []dateKey) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var g dateGold
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	var segs []string
	if g.Title != nil {
		segs = append(segs, *g.Title)
	}
	text = strings.Join(append(segs, g.Body...), "\n")
	if g.Published != nil && len(*g.Published) >= 10 {
		ref, err = time.Parse("2006-01-02", (*g.Published)[:10])
		if err != nil {
			t.Fatalf("%s: published: %v", path, err)
		}
	}
	// locate every fact (all kinds take part in the search order)
	// A date is never nested in another date: skip occurrences inside one
	// found already (上半年 after 今年上半年 is a later 上半年).
	used := map[[2]int]bool{}
	var dates [][2]int
	taken := func(kind string, s, e int) bool {
		if used[[2]int{s, e}] {
			return true
		}
		if kind == "date" {
			for _, d := range dates {
				if s < d[1] && d[0] < e {
					return true
				}
			}
		}
		return false
	}
	pos := 0
	for _, f := range g.Facts {
		i := strings.Index(text[pos:], f.Text)
		for i >= 0 && taken(f.Kind, pos+i, pos+i+len(f.Text)) {
			j := strings.Index(text[pos+i+1:], f.Text)
			if j < 0 {
				i = -1
				break
			}
			i += 1 + j
		}
		if i < 0 {
			t.Errorf("%s: fact %q not found in order", path, f.Text)
			continue
		}
		start := pos + i
		used[[2]int{start, start + len(f.Text)}] = true
		pos = start
		if f.Kind != "date" {
			continue
		}
		dates = append(dates, [2]int{start, start + len(f.Text)})
		k := dateKey{start: start, text: f.Text, value: fmt.Sprint(f.Value)}
		if f.End != nil {
			k.end = fmt.Sprint(f.End)
		}
		gold = append(gold, k)
	}
	return text, ref, gold
}

// dateScoreDir scores Dates on every gold file in dir and returns the
// counts summed over the files.
func dateScoreDir(t *testing.T, dir string) (tp, fp, fn int) {
	files, _ := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	if len(files) == 0 {
		t.Skipf("no gold files in %s", dir)
	}
	for _, path := range files {
		text, ref, gold := dateGoldCase(t, path)
		want := map[dateKey]int{}
		for _, k := range gold {
			want[k]++
		}
		var extra, missed []string
		ftp := 0
		for _, f := range Dates(text, ref) {
			k := dateKey{f.Start, f.Text, f.Date.String(), f.Until.String()}
			if want[k] > 0 {
				want[k]--
				ftp++
			} else {
				extra = append(extra, fmt.Sprintf("%s=%s..%s@%d", k.text, k.value, k.end, k.start))
			}
		}
		for _, k := range gold {
			if want[k] > 0 {
				want[k]--
				missed = append(missed, fmt.Sprintf("%s=%s..%s@%d", k.text, k.value, k.end, k.start))
			}
		}
		tp += ftp
		fp += len(extra)
		fn += len(missed)
		t.Logf("%-36s gold %2d found %2d  F1 %.3f  missed %v  extra %v", filepath.Base(path), len(gold),
			ftp+len(extra), dateF1(ftp, len(extra), len(missed)), missed, extra)
	}
	t.Logf("%s: tp %d fp %d fn %d  P %.3f R %.3f F1 %.3f", dir, tp, fp, fn,
		dateRatio(tp, tp+fp), dateRatio(tp, tp+fn), dateF1(tp, fp, fn))
	return tp, fp, fn
}

func dateRatio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func dateF1(tp, fp, fn int) float64 {
	if tp+fp+fn == 0 {
		return 1
	}
	return 2 * float64(tp) / float64(2*tp+fp+fn)
}

func TestDatesGoldSeeds(t *testing.T) {
	dir := "../../../shared/seeds"
	if _, err := os.Stat(dir); err != nil {
		t.Skip("../shared absent")
	}
	tp, fp, fn := dateScoreDir(t, dir)
	if f1 := dateF1(tp, fp, fn); f1 < 0.95 {
		t.Errorf("date F1 on the seeds %.3f < 0.95", f1)
	}
}

func TestDatesGoldFixtures(t *testing.T) {
	tp, fp, fn := dateScoreDir(t, "../../testdata/text")
	if f1 := dateF1(tp, fp, fn); f1 < 0.95 {
		t.Errorf("date F1 on the fixtures %.3f < 0.95", f1)
	}
}

// TestDatesGoldHoldout measures, and only logs, the held-out set named by
// ZHNEWS_HOLDOUT.
func TestDatesGoldHoldout(t *testing.T) {
	dir := os.Getenv("ZHNEWS_HOLDOUT")
	if dir == "" {
		t.Skip("ZHNEWS_HOLDOUT not set")
	}
	dateScoreDir(t, dir)
}
