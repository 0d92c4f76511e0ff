package fact

import (
	"strings"
	"time"
)

//go:generate go run lunar_gen.go

// lunarYear returns the Gregorian date of 正月初一 of lunar year y, its leap
// month (0 if none) and its month lengths in calendar order.
func lunarYear(y int) (first time.Time, leap int, months []int, ok bool) {
	i := y - lunarFirstYear
	if i < 0 || i >= len(lunarYears) {
		return time.Time{}, 0, nil, false
	}
	v := lunarYears[i]
	leap = int(v>>13) & 0xf
	n := 12
	if leap != 0 {
		n = 13
	}
	months = make([]int, n)
	for j := range months {
		months[j] = 29 + int(v>>j)&1
	}
	first = time.Date(y, time.January, 1+int(v>>17)&0x3f, 0, 0, 0, 0, time.UTC)
	return first, leap, months, true
}

// lunarToDate converts day d of month m (leap: the leap month after m) of
// lunar year y to the Gregorian calendar.
func lunarToDate(y, m int, leap bool, d int) (Date, bool) {
	first, leapMonth, months, ok := lunarYear(y)
	if !ok || m < 1 || m > 12 || leap && leapMonth != m {
		return Date{}, false
	}
	// position of the month in calendar order
	pos := m - 1
	if leapMonth != 0 && (m > leapMonth || leap) {
		pos++
	}
	if d < 1 || d > months[pos] {
		return Date{}, false
	}
	off := d - 1
	for _, n := range months[:pos] {
		off += n
	}
	t := first.AddDate(0, 0, off)
	return Date{t.Year(), int(t.Month()), t.Day()}, true
}

// lunarEve returns the last day of the lunar year before lunar year y
// (除夕, 大年三十).
func lunarEve(y int) (Date, bool) {
	first, _, _, ok := lunarYear(y)
	if !ok || y == lunarFirstYear {
		return Date{}, false
	}
	t := first.AddDate(0, 0, -1)
	return Date{t.Year(), int(t.Month()), t.Day()}, true
}

// nearestLunar resolves a lunar date written without a year against ref:
// conv gives the date for a lunar year. Of the lunar years around ref's, the
// one that puts the date in ref's Gregorian year wins, the nearest to ref if
// two do; failing that, the nearest.
func nearestLunar(ref Date, conv func(y int) (Date, bool)) (Date, bool) {
	var best Date
	bestIn, bestDist, found := false, 0, false
	r := time.Date(ref.Year, time.Month(ref.Month), ref.Day, 0, 0, 0, 0, time.UTC)
	for y := ref.Year - 1; y <= ref.Year+1; y++ {
		d, ok := conv(y)
		if !ok {
			continue
		}
		t := time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
		dist := int(t.Sub(r).Hours() / 24)
		if dist < 0 {
			dist = -dist
		}
		in := d.Year == ref.Year
		if !found || in && !bestIn || in == bestIn && dist < bestDist {
			best, bestIn, bestDist, found = d, in, dist, true
		}
	}
	return best, found
}

// lunarMonth reads a lunar month name at p: 正月, 二月 … 十月, 冬月, 十一月,
// 腊月, 十二月, each maybe after 闰, and with digits set also 8月. named
// reports a name that is only lunar (正月, 冬月, 腊月).
func (sc *dateScanner) lunarMonth(p int, digits bool) (m, q int, leap, named, ok bool) {
	q = p
	if sc.at(q, "闰") {
		leap = true
		q += 3
	}
	switch {
	case sc.at(q, "正月"):
		return 1, q + 6, leap, true, true
	case sc.at(q, "冬月"):
		return 11, q + 6, leap, true, true
	case sc.at(q, "腊月"):
		return 12, q + 6, leap, true, true
	}
	var n, q2 int
	if digits && q < len(sc.s) && dateIsDigit(sc.s[q]) {
		n, q2, ok = sc.digits(q, 2)
	} else {
		n, q2, ok = sc.cnSmall(q)
	}
	if !ok || n < 1 || n > 12 || !sc.at(q2, "月") {
		return 0, p, false, false, false
	}
	return n, q2 + 3, leap, false, true
}

// lunarDay reads a lunar day at p: 初一 … 初十, 十一 … 十九, 二十, 廿一 …
// 廿九, 二十一 … 二十九, 三十; when digits is set also digits (18) and
// days before 日 or 号 (八日).
func (sc *dateScanner) lunarDay(p int, digits bool) (d, q int, ok bool) {
	if sc.at(p, "初") {
		r, w := sc.runeAt(p + 3)
		switch {
		case r == '十':
			d = 10
		case dateCnDigit(r) >= 1:
			d = dateCnDigit(r)
		default:
			return 0, p, false
		}
		q = p + 3 + w
		if r2, _ := sc.runeAt(q); dateIsCnNumeral(r2) {
			return 0, p, false
		}
		return d, q, true
	}
	if digits && p < len(sc.s) && dateIsDigit(sc.s[p]) {
		d, q, ok = sc.digits(p, 2)
		return d, q, ok && d >= 1 && d <= 30
	}
	d, q, ok = sc.cnSmall(p)
	if ok && d < 11 && digits && (sc.at(q, "日") || sc.at(q, "号")) {
		return d, q, true // 农历八月八日
	}
	return d, q, ok && d >= 11 && d <= 30
}

// lunar matches a lunar date at p: a lunar month and day. With known set,
// y is its lunar year; otherwise it is chosen near the reference date.
// A month written as a numeral (八月) makes a lunar date only with a lunar
// day written without 日 (八月十五, 五月初五); 正月, 冬月 and 腊月 are always
// lunar, and so is any month after 农历 (prefixed), digits included
// (农历8月23号).
func (sc *dateScanner) lunar(p, y int, known, prefixed bool) (dateMatch, bool) {
	m, q, leap, named, ok := sc.lunarMonth(p, prefixed)
	if !ok {
		return dateMatch{}, false
	}
	named = named || prefixed
	d, q2, ok := sc.lunarDay(q, named)
	if !ok {
		return dateMatch{}, false
	}
	if sc.at(q2, "日") || sc.at(q2, "号") {
		if !named {
			return dateMatch{}, false // 三月十五日: Gregorian
		}
		q2 += 3
	}
	conv := func(y int) (Date, bool) { return lunarToDate(y, m, leap, d) }
	var date Date
	if known {
		date, ok = conv(y)
	} else {
		date, ok = nearestLunar(sc.ref, conv)
	}
	if !ok {
		return dateMatch{}, false
	}
	return dateMatch{q2, date, Date{}}, true
}

// bigYear matches what follows 大年 at q: 初一 … 初十 (days of 正月) or 三十
// (the lunar New Year's Eve).
func (sc *dateScanner) bigYear(q, y int, known bool) (dateMatch, bool) {
	var conv func(y int) (Date, bool)
	end := q
	switch {
	case sc.at(q, "三十"):
		end += len("三十")
		// the eve of lunar year y ends it: the day before 正月初一 of y+1
		conv = func(y int) (Date, bool) { return lunarEve(y + 1) }
	case sc.at(q, "初"):
		d, q2, ok := sc.lunarDay(q, false)
		if !ok {
			return dateMatch{}, false
		}
		end = q2
		conv = func(y int) (Date, bool) { return lunarToDate(y, 1, false, d) }
	default:
		return dateMatch{}, false
	}
	if r, _ := sc.runeAt(end); strings.ContainsRune("日号", r) {
		return dateMatch{}, false
	}
	var date Date
	var ok bool
	if known {
		date, ok = conv(y)
	} else {
		date, ok = nearestLunar(sc.ref, conv)
	}
	if !ok {
		return dateMatch{}, false
	}
	return dateMatch{end, date, Date{}}, true
}
