package fact

import (
	"strings"
	"unicode/utf8"

	"github.com/zhnews/zhnews/extract/num"
)

// This file reads vague amounts: a multiplier with a vague word instead
// of a digit, 数十亿元, 几千万元, 上百亿元, 好几亿元, 几个亿, or a numeral with
// a vague last digit, 十几亿元, 二十几万元. Each is money with Approx and a
// lower bound: Value = Min = the least amount the words allow, the vague
// digit counted as 1 when it leads and as 0 when it trails:
//
//	数十亿元  1000000000 (Min)     几千万元  10000000 (Min)
//	上百亿元  10000000000 (Min)    数亿元    100000000 (Min)
//	十几亿元  1000000000 (Min)     几个亿    100000000 (Min, after a label)
//
// 近百亿元 is no vague amount: 百 is the numeral and 近 its qualifier, so it
// is 10000000000, approx, without bounds (like 近700万元). 过百亿元 is 百亿元:
// 过 is a word around the amount like 突破, adding no bound. 十多亿元 and 40
// 余亿元 are approximate amounts (money.go), without bounds.
//
// 上 is vague only where it does not end a verb: 迈上百亿元台阶 is 百亿元. As
// for exact amounts, a vague amount needs a currency word, or an investment
// or contract label before it and 万 or 亿 in it (总投资数十亿).

// monVagueRune reports whether a vague amount may start with r.
func monVagueRune(r rune) bool {
	return r == '数' || r == '几' || r == '上' || r == '好'
}

// monVagueStart returns where the vague word before the unit at i starts
// (数 of 数十亿, 上 of 上万, 几 of 几个亿, 好 of 好几亿), not before last, or
// -1.
func monVagueStart(s string, i, last int) int {
	if i <= last {
		return -1
	}
	p, n := utf8.DecodeLastRuneInString(s[last:i])
	j := i - n
	if p == '个' && j > last {
		p, n = utf8.DecodeLastRuneInString(s[last:j])
		j -= n
	}
	if !monVagueRune(p) || p == '好' {
		return -1
	}
	if p == '几' && j > last && strings.HasSuffix(s[last:j], "好") {
		j -= len("好")
	}
	return j
}

// monShangVerbs are the verbs that end in 上 before a numeral: 迈上, 登上,
// 跃上, 攀上, 跨上, 冲上, 踏上, 加上, 赶上, 马上, 向上, 以上.
const monShangVerbs = "迈登跃攀跨冲踏加赶马向以"

// monShangVerb reports whether the 上 at byte i ends a verb (迈上).
func monShangVerb(s string, i int) bool {
	p, _ := utf8.DecodeLastRuneInString(s[:i])
	return strings.ContainsRune(monShangVerbs, p)
}

// monVagueAt reads a vague amount whose vague word starts at i.
func monVagueAt(s string, i, last int) (Fact, int, bool) {
	r, w := mcRune(s, i)
	p := i + w
	if i > 0 {
		if q, _ := utf8.DecodeLastRuneInString(s[:i]); num.IsNumeralRune(q) {
			return Fact{}, p, false // 十几: read from the numeral
		}
	}
	switch r {
	case '好':
		if !strings.HasPrefix(s[p:], "几") {
			return Fact{}, p, false
		}
		p += len("几")
	case '上':
		if i > 0 && monShangVerb(s, i) {
			return Fact{}, p, false
		}
	}
	exp, q := monVagueUnits(s, p, true)
	if exp == 0 {
		return Fact{}, p, false
	}
	return monVagueFact(s, i, last, q, num.Pow10(exp), exp >= 4)
}

// monVagueTrailing reads a numeral ending in 十, 百 or 千 followed by 几
// (十几亿元, 二十几万元), the numeral's amount a.
func monVagueTrailing(s string, i, last int, a monAmount) (Fact, int, bool) {
	r, _ := utf8.DecodeLastRuneInString(s[i:a.numEnd])
	if !strings.ContainsRune("十百千拾佰仟", r) {
		return Fact{}, a.numEnd, false
	}
	exp, q := monVagueUnits(s, a.numEnd+len("几"), false)
	v, ok := a.value.Mul(num.Pow10(exp))
	if !ok {
		return Fact{}, a.numEnd, false
	}
	return monVagueFact(s, i, last, q, v, exp >= 4)
}

// monVagueUnits reads the units after a vague word at p: one of 十 百 千
// (only when small), then 个, 万, 亿 (数十亿, 几千万, 几个亿, 数十万亿). It
// returns their exponent and where they end.
func monVagueUnits(s string, p int, small bool) (exp, end int) {
	if small && p < len(s) {
		if r, w := mcRune(s, p); strings.ContainsRune("十百千拾佰仟", r) {
			exp = monMultipliers[r]
			p += w
		}
	}
	if strings.HasPrefix(s[p:], "个亿") {
		p += len("个")
	}
	for _, sect := range []string{"万", "萬", "亿", "億"} {
		if strings.HasPrefix(s[p:], sect) {
			r, w := mcRune(s, p)
			exp += monMultipliers[r]
			p += w
		}
	}
	return exp, p
}

// monVagueFact makes the fact of a vague amount of value v whose words
// run from i to q: a currency word must follow, or an investment or
// contract label stand before it (section: 万 or 亿 in it).
func monVagueFact(s string, i, last, q int, v num.Decimal, section bool) (Fact, int, bool) {
	p := q
	if p < len(s) && s[p] == ' ' {
		p++
	}
	cur := monCurrencyOf(s, p)
	end, next := q, q
	switch {
	case cur.code == "":
	case cur.word == "块":
		e := p + len(cur.word)
		if e < len(s) && !strings.HasPrefix(s[e:], "钱") {
			cur = monCurrency{} // 数百块砖: pieces
			break
		}
		end = monQian(s, e)
	case cur.word == "元" || cur.word == "圆":
		e := p + len(cur.word)
		if r, _ := utf8.DecodeRuneInString(s[e:]); strings.ContainsRune("化素件旦宵音", r) {
			cur = monCurrency{}
			break
		}
		end = e
	default:
		end = p + len(cur.word)
	}
	next = end
	if cur.word == "元" || cur.word == "圆" {
		if c := monCurrencyOf(s, end); c.code == "CNY" && c.word != "元" && c.word != "圆" && c.word != "块" {
			next = end + len(c.word) // 数亿元人民币
		} else if c.code != "" && c.code != "CNY" {
			cur.code = c.code // 数十亿元日币
			end += len(c.word)
			next = end
		}
	}
	start, quals, pc := monPrefix(s, i, last)
	code := cur.code
	if code == "" {
		if pc.code != "" {
			code = pc.code // 人民币数十亿
		} else if section && monLabelGoverns(s, start, last) {
			code = "CNY" // 总投资数十亿
		} else {
			return Fact{}, q, false
		}
	} else {
		start, code = monStartCur(start, quals, pc, code)
	}
	f := monFact(s, start, end, v, code)
	e, sq := monSuffix(s, end, next)
	f = monExtend(s, f, e)
	f.Approx = true
	lo := v
	f.Min = &lo
	if quals.max || sq.max {
		hi := v
		f.Max = &hi
	}
	return f, max(next, f.End), true
}
