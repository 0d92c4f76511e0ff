package num

import (
	"math"
	"unicode/utf8"
)

// Parse parses s, which must be one numeral as a whole (see the forms above),
// into its exact value. Errors are *NumError with ErrSyntax or ErrRange.
func Parse(s string) (Decimal, error) {
	const fn = "Parse"
	d, n, ovf := scan(s)
	switch {
	case n == 0 || n != len(s):
		return Decimal{}, syntaxError(fn, s)
	case ovf:
		return Decimal{}, rangeError(fn, s)
	}
	return d, nil
}

// Prefix returns the longest numeral at the start of s, its value d and its
// length n in bytes; ok is false when s does not start with a numeral (n is
// then 0) or when the numeral does not fit a Decimal (n is then its length,
// so that a caller may skip it). Prefix never panics and runs in time linear
// in n; it reads at most a few bytes past the numeral.
func Prefix(s string) (d Decimal, n int, ok bool) {
	d, n, ovf := scan(s)
	if n == 0 || ovf {
		return Decimal{}, n, false
	}
	return d, n, true
}

// Character classes of the numeral scanner.
const (
	cNone  = iota
	cDigit // 零〇一二两三…九 and the financial digits; v = 0…9
	cUnit  // 十百千 拾佰仟; v = 1, 2, 3 (the exponent)
	cSect  // 万萬 亿億; v = 4, 8
	cPoint // 点 點
	cTens  // 廿 卅 卌; v = 2, 3, 4 (tens)
	cSign  // 负 負 − (ASCII - and + are handled apart)
)

// classify returns the class of r, its value, and whether it is 两 (which
// counts but never appears in a digit run).
func classify(r rune) (class, v int, liang bool) {
	switch r {
	case '零', '〇':
		return cDigit, 0, false
	case '一', '壹':
		return cDigit, 1, false
	case '二', '贰', '貳':
		return cDigit, 2, false
	case '两', '兩', '俩', '倆':
		return cDigit, 2, true
	case '三', '叁', '參':
		return cDigit, 3, false
	case '四', '肆':
		return cDigit, 4, false
	case '五', '伍':
		return cDigit, 5, false
	case '六', '陆', '陸':
		return cDigit, 6, false
	case '七', '柒':
		return cDigit, 7, false
	case '八', '捌':
		return cDigit, 8, false
	case '九', '玖':
		return cDigit, 9, false
	case '十', '拾':
		return cUnit, 1, false
	case '百', '佰':
		return cUnit, 2, false
	case '千', '仟':
		return cUnit, 3, false
	case '万', '萬':
		return cSect, 4, false
	case '亿', '億':
		return cSect, 8, false
	case '点', '點':
		return cPoint, 0, false
	case '廿':
		return cTens, 2, false
	case '卅':
		return cTens, 3, false
	case '卌':
		return cTens, 4, false
	case '负', '負', '−':
		return cSign, 0, false
	}
	return cNone, 0, false
}

// IsNumeralStart reports whether r may open a numeral: an ASCII digit, a
// Chinese or financial digit, 十 百 千 (拾 佰 仟), 廿 卅 卌. Signs, 点 and 万/亿
// are not starts.
func IsNumeralStart(r rune) bool {
	return r >= 0 && r < 1<<16 && startBits[r>>6]&(1<<(r&63)) != 0
}

// IsNumeralRune reports whether r can be part of a numeral: the starts,
// 万 亿 (萬 億) and 点 (點).
func IsNumeralRune(r rune) bool {
	return r >= 0 && r < 1<<16 && runeBits[r>>6]&(1<<(r&63)) != 0
}

// startBits and runeBits are bit sets over the Basic Multilingual Plane for
// IsNumeralStart and IsNumeralRune, which fact finders call on every rune.
var startBits, runeBits = numeralBits()

// numeralRunes are all the runes classify knows, and the ASCII digits.
const numeralRunes = "0123456789零〇一壹二贰貳两兩俩倆三叁參四肆五伍六陆陸七柒八捌九玖十拾百佰千仟万萬亿億点點廿卅卌负負−"

func numeralBits() (start, any *[1 << 10]uint64) {
	start, any = new([1 << 10]uint64), new([1 << 10]uint64)
	for _, r := range numeralRunes {
		c, _, _ := classify(r)
		if r >= '0' && r <= '9' || c == cDigit || c == cUnit || c == cTens {
			start[r>>6] |= 1 << (r & 63)
		}
		if r >= '0' && r <= '9' || c == cDigit || c == cUnit || c == cTens || c == cSect || c == cPoint {
			any[r>>6] |= 1 << (r & 63)
		}
	}
	return start, any
}

// Kinds of the pending number (the digits not yet bound to a unit).
const (
	pNone   = iota
	pDigit  // one Chinese digit 1…9
	pZero   // 零 or 〇 on its own
	pRun    // two or more Chinese digits: 二〇二三
	pInt    // an Arabic integer
	pDec    // a decimal: Arabic 2.37 or Chinese 三点五
	pClosed // nothing but 万/亿 may follow (the decimal was scaled)
)

// state is the numeral scanner's state: value = total + wan + small + pend.
type state struct {
	total, wan, small Decimal // completed 亿 groups, 万 part, units part
	pend              Decimal // digits not yet bound to a unit
	pk                int     // kind of pend
	pendAfter         int     // exponent of the marker right before pend, or -1
	liang             bool    // the pending digit run started with 两
	lastUnit          int     // exponent of the last unit in the group (4 = none)
	lastMarker        int     // exponent of the last unit or section, -1 = none
	lastWasMarker     bool    // the previous token was a unit or section
	lastWasWan        bool    // the previous token was 万
	unitExplicit      bool    // the last unit had its own digit
	composite         bool    // a unit or section has been used
	gap               bool    // a 零 after a marker, waiting for its digit
	seenWan, seenYi   bool
	final             bool // after 点 in a composite: nothing may follow
	ovf               bool
	neg               bool
}

// pendValue returns the value of the pending digits, with elision: a last
// Chinese digit directly after a unit counts one place lower (两千六).
func (st *state) pendValue() Decimal {
	switch st.pk {
	case pNone:
		return Decimal{}
	case pDigit:
		if st.pendAfter >= 1 {
			v, ok := st.pend.mulPow10(st.pendAfter - 1)
			if !ok {
				st.ovf = true
			}
			return v
		}
	}
	return st.pend
}

func (st *state) add(a, b Decimal) Decimal {
	v, ok := a.Add(b)
	if !ok {
		st.ovf = true
	}
	return v
}

func (st *state) mul10(a Decimal, k int) Decimal {
	v, ok := a.mulPow10(k)
	if !ok {
		st.ovf = true
	}
	return v
}

// value returns the numeral's value as scanned so far.
func (st *state) value() Decimal {
	v := st.add(st.add(st.total, st.wan), st.add(st.small, st.pendValue()))
	if st.neg {
		v.coef = -v.coef
	}
	return v
}

// scan finds the longest numeral at the start of s: its value, its length n
// (0 if none) and whether its value overflowed.
func scan(s string) (d Decimal, n int, ovf bool) {
	st := state{lastUnit: 4, lastMarker: -1, pendAfter: -1}
	i := 0
	// sign
	if len(s) > 0 && (s[0] == '-' || s[0] == '+') {
		st.neg = s[0] == '-'
		i = 1
	} else if r, w := utf8.DecodeRuneInString(s); r != utf8.RuneError {
		if c, _, _ := classify(r); c == cSign {
			st.neg = true
			i = w
		}
	}
	start := i
	for i < len(s) {
		c0 := s[i]
		if c0 >= '0' && c0 <= '9' || c0 == '.' && i == start && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' {
			// an Arabic number
			if st.pk != pNone || st.final {
				break
			}
			v, w, isInt, o := arabic(s[i:])
			if w == 0 {
				break
			}
			if st.composite && st.lastMarker >= 1 {
				if o || v.Cmp(Pow10(st.lastMarker)) >= 0 {
					break // 1万20000
				}
			}
			st.ovf = st.ovf || o
			st.pend = v
			st.pk = pInt
			if !isInt {
				st.pk = pDec
			}
			st.pendAfter = -1
			if st.lastWasMarker && !st.gap {
				st.pendAfter = st.lastMarker
			}
			st.gap = false
			st.lastWasMarker, st.lastWasWan = false, false
			i += w
			d, n, ovf = st.value(), i, st.ovf
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		class, v, liang := classify(r)
		switch class {
		case cDigit:
			if st.final || st.pk == pDec || st.pk == pClosed {
				goto done
			}
			if st.pk != pNone {
				// a digit run: 二〇二三, 一一 (not with 两, not after units)
				if st.composite || liang || st.liang || st.pk == pInt {
					goto done
				}
				st.pend = st.mul10(st.pend, 1)
				st.pend = st.add(st.pend, Int(int64(v)))
				st.pk = pRun
				break
			}
			if v == 0 && st.composite {
				st.gap = true // 一千零一
				st.lastWasMarker, st.lastWasWan = false, false
				i += w
				continue // a trailing 零 is not part of the numeral
			}
			st.pend = Int(int64(v))
			st.pk = pDigit
			if v == 0 {
				st.pk = pZero
			}
			st.liang = liang
			st.pendAfter = -1
			if st.lastWasMarker && !st.gap {
				st.pendAfter = st.lastMarker
			}
			st.gap = false
		case cUnit, cTens:
			if st.final || st.pk == pDec || st.pk == pClosed || st.pk == pRun {
				if st.pk == pRun {
					return Decimal{}, 0, false // 三四十: a digit run before a unit
				}
				goto done
			}
			mult := Int(1)
			exp := v
			if class == cTens {
				if st.pk != pNone {
					goto done
				}
				mult, exp = Int(int64(v)), 1
			} else if st.pk != pNone {
				switch {
				case st.pk == pDigit:
					mult = st.pend
				case st.pk == pZero && exp == 1:
					// 零十 = 10
				case st.pk == pInt && st.pend.Sign() > 0 && st.pend.Cmp(Int(9)) <= 0:
					mult = st.pend // 3千, 5万4千6百
				default:
					goto done
				}
			} else {
				// an implicit one
				atStart := !st.composite
				switch {
				case atStart || st.gap:
				case exp == 1 && (st.lastMarker >= 4 || st.lastMarker >= 2 && st.unitExplicit):
				default:
					goto done
				}
			}
			if exp >= st.lastUnit {
				goto done // 十七十八
			}
			st.unitExplicit = st.pk != pNone || class == cTens
			st.small = st.add(st.small, st.mul10(mult, exp))
			st.pend, st.pk, st.liang = Decimal{}, pNone, false
			st.lastUnit, st.lastMarker = exp, exp
			st.composite = true
			st.gap = false
			st.lastWasMarker, st.lastWasWan = true, false
		case cSect:
			if st.final || st.pk == pRun {
				if st.pk == pRun {
					return Decimal{}, 0, false
				}
				goto done
			}
			if st.gap {
				goto done
			}
			closed := st.pk == pDec || st.pk == pClosed
			group := st.add(st.small, st.pendValue())
			empty := (st.pk == pNone || st.pk == pClosed) && st.small.IsZero()
			if st.pk == pZero {
				goto done // 零万
			}
			if v == 4 {
				switch {
				case empty && st.lastWasWan && !st.seenYi:
					// 四万万 = 4亿
					st.total = st.mul10(st.add(st.total, st.wan), 4)
					st.wan = Decimal{}
					st.seenWan, st.seenYi = false, true
				case empty || st.seenWan:
					goto done
				default:
					if st.seenYi && group.Cmp(Int(10000)) >= 0 {
						goto done
					}
					st.wan = st.mul10(group, 4)
					st.seenWan = true
				}
			} else {
				if st.seenYi || empty && st.wan.IsZero() {
					goto done
				}
				st.total = st.mul10(st.add(st.total, st.add(st.wan, group)), 8)
				st.wan = Decimal{}
				st.seenYi, st.seenWan = true, false
			}
			st.small, st.pend, st.pk, st.liang = Decimal{}, Decimal{}, pNone, false
			if closed {
				st.pk = pClosed
			}
			st.lastUnit, st.lastMarker = 4, v
			st.composite = true
			st.lastWasMarker, st.lastWasWan = true, v == 4
		case cPoint:
			if st.final || st.pk == pDec || st.pk == pClosed || st.gap {
				goto done
			}
			f, fw, o := fraction(s[i+w:])
			if fw == 0 {
				goto done // a dangling 点
			}
			st.ovf = st.ovf || o
			simple := !st.composite && (st.pk == pDigit || st.pk == pZero || st.pk == pRun || st.pk == pInt)
			switch {
			case simple:
				st.pend = st.add(st.pend, f) // 三点五, then maybe 亿
				st.pk = pDec
			case st.composite:
				st.small = st.add(st.small, st.add(st.pendValue(), f)) // 两千三点一
				st.pend, st.pk = Decimal{}, pNone
				st.final = true
			default:
				goto done
			}
			st.lastWasMarker, st.lastWasWan = false, false
			i += w + fw
			d, n, ovf = st.value(), i, st.ovf
			continue
		default:
			goto done
		}
		st.lastWasMarker = class == cUnit || class == cTens || class == cSect
		st.lastWasWan = class == cSect && v == 4
		i += w
		if !st.gap {
			d, n, ovf = st.value(), i, st.ovf
		}
	}
done:
	if n <= start {
		return Decimal{}, 0, false
	}
	return d, n, ovf
}

// arabic reads an Arabic number at the start of s: digits with optional
// thousands separators ("," or "，" before exactly three digits) and an
// optional fraction. It returns the value, its length, whether it is an
// integer and whether it overflowed.
func arabic(s string) (d Decimal, n int, isInt, ovf bool) {
	var coef int64
	var scale, zeros int // digits after the point; fraction zeros not yet applied
	push := func(c byte, frac bool) {
		dig := int64(c - '0')
		if frac && dig == 0 {
			zeros++
			return
		}
		for k := 0; k <= zeros; k++ {
			var ok bool
			if coef, ok = mul64(coef, 10); !ok {
				ovf = true
			}
		}
		if frac {
			scale += zeros + 1
		}
		zeros = 0
		if coef > math.MaxInt64-dig {
			ovf = true
			return
		}
		coef += dig
	}
	i, lead := 0, 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		push(s[i], false)
		i++
	}
	lead = i
	// thousands separators
	for lead <= 3 && i > 0 {
		sw := 0
		switch {
		case i < len(s) && s[i] == ',':
			sw = 1
		case len(s)-i >= 3 && s[i:i+3] == "，":
			sw = 3
		}
		j := i + sw
		if sw == 0 || len(s)-j < 3 || !isDigits(s[j:j+3]) || len(s) > j+3 && s[j+3] >= '0' && s[j+3] <= '9' {
			break
		}
		for k := j; k < j+3; k++ {
			push(s[k], false)
		}
		i = j + 3
	}
	isInt = true
	if i+1 < len(s) && s[i] == '.' && s[i+1] >= '0' && s[i+1] <= '9' {
		isInt = false
		i++
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			push(s[i], true)
			i++
		}
	}
	if i == 0 {
		return Decimal{}, 0, false, false
	}
	if scale > maxScale {
		ovf = true
	}
	if ovf {
		return Decimal{}, i, isInt, true
	}
	d = Decimal{coef: coef, scale: uint8(scale)}.normalize()
	return d, i, d.scale == 0 && isInt, false
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// fraction reads the digits after 点: a run of Chinese digits (零〇一…九,
// not 两) or of ASCII digits. It returns 0.ddd, the run's length in bytes
// (0 if there is none) and whether it overflowed.
func fraction(s string) (d Decimal, n int, ovf bool) {
	if len(s) > 0 && s[0] >= '0' && s[0] <= '9' {
		i := 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		v, _, _, o := arabic("0." + s[:i])
		return v, i, o
	}
	var coef int64
	scale, zeros := 0, 0
	for n < len(s) {
		r, w := utf8.DecodeRuneInString(s[n:])
		c, v, liang := classify(r)
		if c != cDigit || liang {
			break
		}
		n += w
		if v == 0 {
			zeros++
			continue
		}
		for k := 0; k <= zeros; k++ {
			var ok bool
			if coef, ok = mul64(coef, 10); !ok {
				ovf = true
			}
		}
		coef += int64(v)
		scale += zeros + 1
		zeros = 0
	}
	if scale > maxScale {
		ovf = true
	}
	if ovf {
		return Decimal{}, n, true
	}
	return Decimal{coef: coef, scale: uint8(scale)}.normalize(), n, false
}
