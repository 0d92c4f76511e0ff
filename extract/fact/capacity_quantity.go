package fact

import (
	"strings"
	"unicode/utf8"

	"github.com/zhnews/zhnews/extract/num"
)

// This file reads the quantity of a capacity: a numeral, 万/亿, a unit of
// quantity, and the rate or the count of units that may go with it (rules
// "quantity" … "count" in capacity.go).

// capUnits are the Chinese units of capacities, longest first where one is
// a prefix of another.
var capUnits = []string{
	"平方米", "立方米", "千瓦小时", "千瓦时", "千伏安", "兆伏安", "兆瓦时", "吉瓦时", "标准箱",
	"千瓦", "兆瓦", "吉瓦", "千克", "千米", "千升", "公斤", "公里", "平米", "立方",
	"标箱", "台套", "头份",
	"吨", "米", "头", "只", "羽", "件", "套", "台", "辆", "片", "条", "个", "颗", "块",
	"支", "根", "张", "双", "副", "箱", "瓶", "盒", "袋", "桶", "升", "克", "斤", "度",
	"架", "艘", "部", "枚", "粒", "卷", "册", "方", "瓦", "剂", "份",
}

var capUnitsByFirst = mcIndex(capUnits, func(u string) string { return u }, false)

// capLatinUnits are the Latin units of capacities, matched in any case and
// kept as written (130MWP, 5000T/D), longest first where one is a prefix of
// another. A Latin unit must not run on into another letter.
var capLatinUnits = []string{
	"GWh", "MWh", "kWh", "GWp", "MWp", "kWp", "kVA", "MVA",
	"GW", "MW", "kW", "kt", "TEU", "t",
}

// capKiloUnits start with 千 and are units of their own.
var capKiloUnits = []string{"千瓦小时", "千瓦时", "千伏安", "千瓦", "千克", "千米", "千升"}

// capPowerUnits rate power plants, generating sets, furnaces and lines of
// cells (watts, volt-amperes) or of batteries (MWh, GWh): a number in one
// of them, with a product after it, is a capacity without a trigger (rule
// "power"). 千瓦时, 千瓦小时, kWh and 度 are not among them: they measure
// energy generated or used.
var capPowerUnits = []string{
	"千瓦", "兆瓦", "吉瓦", "千伏安", "兆伏安", "兆瓦时", "吉瓦时",
	"kW", "MW", "GW", "kWp", "MWp", "GWp", "kVA", "MVA", "MWh", "GWh",
}

// capScaleUnits may name a project's scale without a trigger (百万头生猪),
// besides the power units; capScaleUnitsBig only with 万 or 亿 (百万辆).
var (
	capScaleUnits    = []string{"头", "只", "羽", "吨", "t", "kt"}
	capScaleUnitsBig = []string{"台", "套", "辆", "片", "件"}
)

// capRates are the periods written after a unit and a slash: 吨/年, t/d.
var capRates = []struct {
	word   string
	period Period
}{
	{"年", PerYear}, {"a", PerYear}, {"日", PerDay}, {"天", PerDay}, {"d", PerDay}, {"月", PerMonth},
}

// capCountSigns stand between a count of units and their rating: 4×600MW.
const capCountSigns = "×xX*"

// capMaxCount bounds the count of units in 4×600MW, in digits.
const capMaxCount = 3

// A capQuantity is a number with a unit, and the rate or count of units
// that goes with it.
type capQuantity struct {
	numStart, end int // end is after the unit and the rate
	value         num.Decimal
	unit          string
	rate          Period // the period of a rate (吨/年), or ""
	count         bool   // units times a rating (4×600MW)
}

// capQuantityAt reads a quantity at p: a numeral, optionally preceded by
// a count of units (4×600MW), then a unit and a rate.
func capQuantityAt(s string, p int) (capQuantity, bool) { return capReadQuantity(s, p, false) }

// capReadQuantity reads a quantity at p as capQuantityAt does; with
// bareMult, after a marker, a bare 万 or 亿 is a numeral (年产万台).
func capReadQuantity(s string, p int, bareMult bool) (q capQuantity, ok bool) {
	if n, c := capCountAt(s, p); n > 0 {
		q, ok = capRatingAt(s, p+n, false)
		if !ok {
			return q, false
		}
		v, ok := q.value.Mul(num.Int(c))
		if !ok {
			return q, false
		}
		q.numStart, q.value, q.count = p, v, true
		return q, true
	}
	return capRatingAt(s, p, bareMult)
}

// capCountAt returns the length and value of a count of units at p
// (4× in 4×600MW), or 0.
func capCountAt(s string, p int) (n int, count int64) {
	e := p
	for e < len(s) && e-p < capMaxCount && s[e] >= '0' && s[e] <= '9' {
		count = count*10 + int64(s[e]-'0')
		e++
	}
	if e == p || count == 0 || e >= len(s) {
		return 0, 0
	}
	r, w := utf8.DecodeRuneInString(s[e:])
	if !strings.ContainsRune(capCountSigns, r) || e+w >= len(s) {
		return 0, 0
	}
	if r2, _ := utf8.DecodeRuneInString(s[e+w:]); !num.IsNumeralStart(r2) {
		return 0, 0
	}
	return e + w - p, count
}

// capRatingAt reads a numeral with a unit of quantity at p, and the rate
// after it.
func capRatingAt(s string, p int, bareMult bool) (q capQuantity, ok bool) {
	q.numStart = p
	var (
		d num.Decimal
		e int
	)
	r, _ := utf8.DecodeRuneInString(s[p:])
	switch {
	case num.IsNumeralStart(r):
		v, n, ok := num.Prefix(s[p:])
		if !ok || v.Sign() <= 0 {
			return q, false
		}
		d, e = v, p+n
	case bareMult && (r == '万' || r == '亿'):
		d, e = num.Int(1), p // 年产万台
	default:
		return q, false
	}
	// a 千 that starts a unit is not part of the number: 5千瓦, 一千米
	if e > p && strings.HasSuffix(s[:e], "千") && capKiloAt(s, e-len("千")) != "" {
		e -= len("千")
		v, err := num.Parse(s[p:e])
		if err != nil {
			return q, false
		}
		d = v
	}
	if strings.HasPrefix(s[e:], "几") {
		return q, false
	}
	// 余/多, and a multiplier after it: 10余万吨
	infix := false
	if strings.HasPrefix(s[e:], "余") || strings.HasPrefix(s[e:], "多") {
		infix = true
		e += len("余")
	}
	e = capSkipSpaces(s, e) // 3600 万米
	mexp, m := 0, e
	for m < len(s) {
		r, w := utf8.DecodeRuneInString(s[m:])
		x, ok := monMultipliers[r]
		if !ok || r == '千' && capKiloAt(s, m) != "" {
			break
		}
		mexp += x
		m += w
	}
	if m > e {
		if !infix && strings.ContainsAny(s[p:e], "万亿萬億") || mexp > 12 {
			return q, false
		}
		v, ok := d.Mul(num.Pow10(mexp))
		if !ok {
			return q, false
		}
		d, e = v, m
	}
	if !infix && (strings.HasPrefix(s[e:], "余") || strings.HasPrefix(s[e:], "多")) {
		e += len("余")
	}
	e = capSkipSpaces(s, e) // 8000 吨
	unit := capUnitAt(s, e)
	if unit == "" || strings.HasPrefix(s[e+len(unit):], "级") {
		return q, false // 10万吨级: a class of ships
	}
	q.value, q.unit, q.end = d, unit, e+len(unit)
	if strings.HasPrefix(s[q.end:], "/") {
		period, n := capRateAt(s, q.end+1)
		if n == 0 {
			return q, false // 5吨/小时: a rate of another kind
		}
		q.rate, q.end = period, q.end+1+n
	}
	return q, true
}

// capRateAt returns the period written at p, after the slash of a rate,
// and its length, or 0.
func capRateAt(s string, p int) (Period, int) {
	for _, r := range capRates {
		if !strings.HasPrefix(s[p:], r.word) && !(len(r.word) == 1 && len(s) > p && s[p]|0x20 == r.word[0]) {
			continue
		}
		e := p + len(r.word)
		if len(r.word) == 1 && e < len(s) && isASCIILetter(s[e]) {
			return "", 0 // t/day, t/hr
		}
		return r.period, len(r.word)
	}
	return "", 0
}

// capUnitAt returns the unit of quantity at p as written, or "".
func capUnitAt(s string, p int) string {
	if p >= len(s) {
		return ""
	}
	if u := capKiloAt(s, p); u != "" {
		return u
	}
	if c := s[p]; c < 0x80 {
		if !isASCIILetter(c) {
			return ""
		}
		for _, u := range capLatinUnits {
			e := p + len(u)
			if e <= len(s) && strings.EqualFold(s[p:e], u) && (e == len(s) || !isASCIILetter(s[e])) {
				return s[p:e]
			}
		}
		return ""
	}
	r, _ := mcRune(s, p)
	for _, u := range capUnitsByFirst[r] {
		if strings.HasPrefix(s[p:], u) {
			return u
		}
	}
	return ""
}

// capKiloAt returns the 千-unit at p (千瓦, 千克 …), or "".
func capKiloAt(s string, p int) string {
	if !strings.HasPrefix(s[p:], "千") {
		return ""
	}
	for _, u := range capKiloUnits {
		if strings.HasPrefix(s[p:], u) {
			return u
		}
	}
	return ""
}

// capSkipSpaces returns the offset after the spaces at p.
func capSkipSpaces(s string, p int) int {
	for p < len(s) && s[p] == ' ' {
		p++
	}
	return p
}

// capUnitIn reports whether the unit u, as written, is one of units (Latin
// units in any case).
func capUnitIn(u string, units []string) bool {
	for _, x := range units {
		if u == x || u[0] < 0x80 && strings.EqualFold(u, x) {
			return true
		}
	}
	return false
}

// capIsPowerUnit reports whether u rates power or a line of cells
// (rule "power").
func capIsPowerUnit(u string) bool { return capUnitIn(u, capPowerUnits) }

// capScaleUnit reports whether a number in u, with 万 or 亿 when big, may
// name a project's scale without a trigger.
func capScaleUnit(u string, big bool) bool {
	return capUnitIn(u, capScaleUnits) || capIsPowerUnit(u) || big && capUnitIn(u, capScaleUnitsBig)
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
