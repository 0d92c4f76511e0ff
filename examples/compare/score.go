package main

import (
	"regexp"
	"strconv"
	"time"
	"unicode"
)

// counts holds the character-bigram matches of one page, or their sums over
// several pages (micro averaging).
type counts struct {
	TP, FP, FN int
}

// add returns the sum of c and d.
func (c counts) add(d counts) counts {
	return counts{c.TP + d.TP, c.FP + d.FP, c.FN + d.FN}
}

// F1 returns the harmonic mean of precision and recall. Two texts without
// any bigram agree perfectly (1); otherwise no match at all scores 0.
func (c counts) F1() float64 {
	if c.TP+c.FP+c.FN == 0 {
		return 1
	}
	// 2PR/(P+R) with P = TP/(TP+FP) and R = TP/(TP+FN).
	return 2 * float64(c.TP) / float64(2*c.TP+c.FP+c.FN)
}

// score compares an extracted text with the gold text over the multisets of
// their character bigrams, after removing all white space from both.
func score(got, gold string) counts {
	g, w := bigrams(got), bigrams(gold)
	var c counts
	for b, n := range g {
		m := w[b]
		c.TP += min(n, m)
		c.FP += max(n-m, 0)
	}
	for b, m := range w {
		c.FN += max(m-g[b], 0)
	}
	return c
}

// bigrams returns the multiset of character bigrams of s with all white
// space removed.
func bigrams(s string) map[[2]rune]int {
	m := make(map[[2]rune]int)
	prev := rune(-1)
	for _, r := range s {
		if unicode.IsSpace(r) {
			continue
		}
		if prev >= 0 {
			m[[2]rune{prev, r}]++
		}
		prev = r
	}
	return m
}

// goldDate matches the day at the start of a gold date such as
// "2005-3-11 12:12" or "2022-02-13".
var goldDate = regexp.MustCompile(`^\s*(\d{4})-(\d{1,2})-(\d{1,2})\b`)

// parseGoldDay returns the calendar day of a gold date as "YYYY-MM-DD", or ""
// when the gold holds no valid date ("UNKNOWN", empty, a name).
func parseGoldDay(s string) string {
	m := goldDate.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	y, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	d, _ := strconv.Atoi(m[3])
	t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
	if t.Month() != time.Month(mo) || t.Day() != d { // 2005-13-40 and the like
		return ""
	}
	return t.Format(time.DateOnly)
}

// day formats the calendar day of t, in the time zone t carries, or "" for
// the zero time.
func day(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}
