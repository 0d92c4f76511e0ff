// Package num parses the numbers of Chinese text — Arabic (1,200, 2.37),
// Chinese (三千万, 一百二十亿, 两亿, 二〇二三) and mixed (1.2万亿, 3千万,
// 4亿2000万) — into exact decimal values. Parse reads a string that is one
// numeral; Prefix reads the longest numeral at the start of a string, the
// primitive of the fact finders in package extract/fact.
//
// Arithmetic is exact: a Decimal is an integer coefficient scaled by a power
// of ten, so 48.07亿 is exactly 4807000000 and 16.4亿 exactly 1640000000,
// never a binary floating-point approximation.
//
// # Forms
//
// The numerals Parse and Prefix accept ("smart" mode, lenient where news
// text needs it). Input is expected folded (package extract/fold: ASCII
// digits, "." and ","), but the Traditional and financial characters are
// accepted as they are.
//
//	Arabic       1200, 1,200, 2.37, .5, 82，225.00, 233,333，333,434.344
//	             (separators: "," or "，" before groups of exactly three digits)
//	Chinese      零 〇 一 二 两 三 … 九, 十 百 千, 万 亿 (and 兩 俩 倆, 萬 億, 點)
//	financial    壹 贰 貳 叁 參 肆 伍 陆 陸 柒 捌 玖, 拾 佰 仟
//	composites   三千万, 十二亿, 一百二十亿, 一百亿零一, 十万零一, 一千零十,
//	             一千一百一十一万一千一百一十一亿…, 四万万 (= 4亿), 1.2万亿
//	elision      两千六 = 2600, 三万五 = 35000, 一百二十万三 = 1203000,
//	             百二万 = 1200000: a last digit directly after a unit counts one
//	             place lower
//	digit runs   二〇二三 = 2023, 一七二零点一三四 = 1720.134, 一一 = 11
//	             (two or more digits without units; not with 两)
//	decimals     三点五 = 3.5, 三点五亿 = 350000000, 一百点123 = 100.123,
//	             两千万点五五四四 = 20000000.5544, 1点5
//	mixed        16.4亿, 3千万, 4亿2000万, 1万600, 200亿零四千230,
//	             一万两千零3十四 = 12034
//	old forms    廿 卅 卌 (20, 30, 40): 廿二 = 22
//	sign         负 / 負 / - / + / − in front: 负十一 = -11, -10.1万
//
// Implicit one: 十, 百, 千 (and 拾 佰 仟) may open a numeral (十万, 百亿, 千亿),
// and may follow 零 (一千零十, 一万零百一十一); 十 also follows a section or
// a unit with its own digit (一百十一 = 111, 一亿十万). 万 and 亿 never open a
// numeral: "万" and "亿元" are not numbers.
//
// Rejected (Parse: ErrSyntax; Prefix: the longest well-formed numeral in
// front): units out of order (十七十八, 十一十二), a second 万 or 亿 in one
// group (一万二万), a digit run followed by a unit (三四十: a colloquial range,
// not a number), anything after a decimal that was scaled by 万/亿
// (10.1万零100), a multi-digit or decimal Arabic number before 十/百/千
// (12千瓦 is 12 kilowatts; 1.5千 stops at 1.5), an Arabic number after a unit
// that is not smaller than the unit (1万20000), a dangling 点 or 零, a sign
// alone, 百十一 (十 after a bare 百).
//
// Out of scope (not numerals here): 兆 (10^6 or 10^12 depending on the
// reader), 半, fractions (分之), approximations (几, 多, 余: see package
// extract/fact), counters (个, 打, 对), exponents (2e5, 2^5), k/M/G
// suffixes, spaces inside a numeral, Roman numerals.
//
// Values are exact; a numeral whose value does not fit a Decimal is an
// ErrRange, never a rounded value.
package num

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"strings"
)

// A Decimal is an exact decimal number, coef × 10^-scale. The zero value is
// 0. Decimals are values: operations return new ones.
type Decimal struct {
	coef  int64
	scale uint8 // digits after the decimal point, at most maxScale
}

// maxScale bounds the digits after the decimal point.
const maxScale = 18

// New returns coef × 10^-scale. A negative scale multiplies; ok is false
// when the result does not fit.
func New(coef int64, scale int) (d Decimal, ok bool) {
	if coef == math.MinInt64 {
		return Decimal{}, false
	}
	d = Decimal{coef: coef}
	for ; scale < 0; scale++ {
		if d, ok = d.mulInt(10); !ok {
			return Decimal{}, false
		}
	}
	if scale > maxScale {
		return Decimal{}, false
	}
	d.scale = uint8(scale)
	return d.normalize(), true
}

// Int returns the Decimal for an integer.
func Int(i int64) Decimal { return Decimal{coef: i} }

// Pow10 returns 10^n for 0 <= n <= 18.
func Pow10(n int) Decimal {
	d, _ := New(1, -n)
	return d
}

// normalize removes trailing zeros after the decimal point.
func (d Decimal) normalize() Decimal {
	for d.scale > 0 && d.coef%10 == 0 {
		d.coef /= 10
		d.scale--
	}
	if d.coef == 0 {
		d.scale = 0
	}
	return d
}

func (d Decimal) mulInt(m int64) (Decimal, bool) {
	c, ok := mul64(d.coef, m)
	if !ok {
		return Decimal{}, false
	}
	d.coef = c
	return d, true
}

// mul64 returns a×b; ok is false when the product does not fit in
// (-2^63, 2^63). math.MinInt64 itself is excluded so that every coefficient
// can be negated.
func mul64(a, b int64) (int64, bool) {
	if a == 0 || b == 0 {
		return 0, true
	}
	hi, lo := bits.Mul64(uabs(a), uabs(b))
	if hi != 0 || lo > math.MaxInt64 {
		return 0, false
	}
	if (a < 0) != (b < 0) {
		return -int64(lo), true
	}
	return int64(lo), true
}

// uabs returns |i| as a uint64, exact also for math.MinInt64.
func uabs(i int64) uint64 {
	if i < 0 {
		return uint64(-(i + 1)) + 1
	}
	return uint64(i)
}

// mulPow10 returns d × 10^k for k >= 0, lowering the scale first so that
// 2.37 × 10^8 never needs more than the digits of its result.
func (d Decimal) mulPow10(k int) (Decimal, bool) {
	for k > 0 && d.scale > 0 {
		d.scale--
		k--
	}
	for ; k > 0; k-- {
		var ok bool
		if d, ok = d.mulInt(10); !ok {
			return Decimal{}, false
		}
	}
	return d.normalize(), true
}

// rescale returns d with the given scale (>= d.scale).
func (d Decimal) rescale(scale uint8) (Decimal, bool) {
	for d.scale < scale {
		var ok bool
		if d, ok = d.mulInt(10); !ok {
			return Decimal{}, false
		}
		d.scale++
	}
	return d, true
}

// Add returns d + e; ok is false on overflow.
func (d Decimal) Add(e Decimal) (sum Decimal, ok bool) {
	s := max(d.scale, e.scale)
	if d, ok = d.rescale(s); !ok {
		return Decimal{}, false
	}
	if e, ok = e.rescale(s); !ok {
		return Decimal{}, false
	}
	if e.coef > 0 && d.coef > math.MaxInt64-e.coef || e.coef < 0 && d.coef <= math.MinInt64-e.coef {
		return Decimal{}, false
	}
	return Decimal{coef: d.coef + e.coef, scale: s}.normalize(), true
}

// Mul returns d × e; ok is false on overflow.
func (d Decimal) Mul(e Decimal) (prod Decimal, ok bool) {
	if d.coef == 0 || e.coef == 0 {
		return Decimal{}, true
	}
	if d, ok = d.mulInt(e.coef); !ok {
		return Decimal{}, false
	}
	s := int(d.scale) + int(e.scale)
	for s > maxScale && d.coef%10 == 0 {
		d.coef /= 10
		s--
	}
	if s > maxScale {
		return Decimal{}, false
	}
	d.scale = uint8(s)
	return d.normalize(), true
}

// Cmp compares d and e: -1 if d < e, 0 if equal, +1 if d > e.
func (d Decimal) Cmp(e Decimal) int {
	s := max(d.scale, e.scale)
	a, okA := d.rescale(s)
	b, okB := e.rescale(s)
	if okA && okB {
		switch {
		case a.coef < b.coef:
			return -1
		case a.coef > b.coef:
			return 1
		}
		return 0
	}
	return d.Rat().Cmp(e.Rat())
}

// IsZero reports whether d is 0.
func (d Decimal) IsZero() bool { return d.coef == 0 }

// Sign returns -1, 0 or +1.
func (d Decimal) Sign() int {
	switch {
	case d.coef < 0:
		return -1
	case d.coef > 0:
		return 1
	}
	return 0
}

// IsInt reports whether d has no fractional part.
func (d Decimal) IsInt() bool { return d.scale == 0 }

// Int64 returns d as an integer; ok is false when d has a fractional part.
func (d Decimal) Int64() (i int64, ok bool) { return d.coef, d.scale == 0 }

// Scale returns the number of digits after the decimal point.
func (d Decimal) Scale() int { return int(d.scale) }

// Float64 returns the nearest float64, for callers that need one.
func (d Decimal) Float64() float64 {
	f, _ := strconv.ParseFloat(d.String(), 64)
	return f
}

// Rat returns d as an exact big.Rat.
func (d Decimal) Rat() *big.Rat {
	den := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(d.scale)), nil)
	return new(big.Rat).SetFrac(big.NewInt(d.coef), den)
}

// String formats d in plain decimal notation, without exponent or trailing
// zeros: "4807000000", "99.99", "-0.5".
func (d Decimal) String() string {
	s := strconv.FormatUint(uabs(d.coef), 10)
	if d.scale > 0 {
		if len(s) <= int(d.scale) {
			s = strings.Repeat("0", int(d.scale)-len(s)+1) + s
		}
		s = s[:len(s)-int(d.scale)] + "." + s[len(s)-int(d.scale):]
	}
	if d.coef < 0 {
		s = "-" + s
	}
	return s
}

// MarshalJSON writes d as a JSON number in plain decimal notation.
func (d Decimal) MarshalJSON() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalJSON reads a JSON number (or a string holding one) exactly.
func (d *Decimal) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		return nil
	}
	s := strings.Trim(string(b), `"`)
	v, err := ParseDecimal(s)
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// ParseDecimal parses a plain decimal number: an optional sign, digits, and
// an optional fraction ("-12.50"). It does not accept separators or Chinese
// numerals; see Parse for those.
func ParseDecimal(s string) (Decimal, error) {
	const fn = "ParseDecimal"
	t := s
	neg := false
	if t != "" && (t[0] == '-' || t[0] == '+') {
		neg = t[0] == '-'
		t = t[1:]
	}
	intPart, frac, hasDot := strings.Cut(t, ".")
	if intPart == "" && frac == "" || hasDot && frac == "" {
		return Decimal{}, syntaxError(fn, s)
	}
	digits := intPart + frac
	for i := 0; i < len(digits); i++ {
		if digits[i] < '0' || digits[i] > '9' {
			return Decimal{}, syntaxError(fn, s)
		}
	}
	frac = strings.TrimRight(frac, "0")
	digits = strings.TrimLeft(intPart+frac, "0")
	if digits == "" {
		return Decimal{}, nil
	}
	c, err := strconv.ParseInt(digits, 10, 64)
	if err != nil || len(frac) > maxScale {
		return Decimal{}, rangeError(fn, s)
	}
	if neg {
		c = -c
	}
	d, ok := New(c, len(frac))
	if !ok {
		return Decimal{}, rangeError(fn, s)
	}
	return d, nil
}
