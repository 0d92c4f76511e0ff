package fact

import (
	"strings"
	"unicode/utf8"

	"github.com/zhnews/zhnews/extract/num"
)

// This file finds amounts of money. The rules follow the annotation guide
// of the seed pages (shared/seeds/README.md, "Money"); money_test.go has
// the examples beside them.
//
// An amount is a numeral (Arabic, Chinese or mixed: 2.57, 一百二十, 4亿2000)
// with an optional multiplier (万 亿 千万 百万 万亿 十亿 百亿 千亿 …; k and w
// directly before the currency) and a currency word. Without a numeral there
// is no amount (亿元以上, 超亿元, 亿元级); without a currency word neither
// (两个产值百亿, 百亿级). 百亿元 is 10^10: 百 is the numeral.
//
// Currency words and their codes: 元 圆 块 人民币 RMB ￥ → CNY; 美元 美金 美圆 $
// → USD; 港元 港币 → HKD; 欧元 → EUR; 日元 日币 日圆 → JPY; 英镑 → GBP; 新台币
// 台币 → TWD; 澳元 → AUD; 澳门元 澳门币 → MOP; 韩元 → KRW; 卢布 → RUB; 瑞士法郎
// 法郎 → CHF; 加元 加币 → CAD; 新加坡元 → SGD; 泰铢 → THB; 林吉特 → MYR; 卢比 →
// INR; 越南盾 → VND; 印尼盾 → IDR; 新西兰元 → NZD; 奈拉 → NGN; 兰特 → ZAR.
//
// 人民币 and the other currency names:
//   - A currency name that only restates 元 is not part of the text: in
//     8亿元人民币 and 人民币3亿元 the text is 3亿元 / 8亿元, as the gold has it
//     (总投资逾260亿元人民币 → 逾260亿元).
//   - A currency name that is the amount's only currency word is part of the
//     text: 人民币3亿, 3.14人民币, 港币3.14.
//   - A currency name that changes the currency of 元 is part of the text:
//     港币两千九百六十元 (HKD), 新台币177.1亿元 (TWD), 9000元日币 (JPY).
//   - A qualifier before the currency name keeps it in the text, since a text
//     is contiguous: 超过人民币1亿元.
//
// Qualifiers written attached to the amount are part of the text, and only
// these: the prefixes 约 近 (approx), 超过 超 逾 不少于 不低于 (min), 不到 不足
// 不超过 (max); the infixes 余 多 (approx: 40余亿元, 6000多万元, 2亿多元); the
// suffixes 左右 上下 (approx), 以上 (min), 以内 以下 (max), also after (含).
// Words that merely form a word with the qualifier's character are not
// qualifiers: 签约, 节约, 合约, 最近, 附近, 赶超 …; 上下游 is not 上下. Words
// around the amount are not part of it and add no bound: 突破, 达, 达到,
// 最高, 上限为, 累计, 合计, 投资, 总投资, 融资, 补助, 奖励, 大约's 大, 至少,
// 最多.
//
// Ranges A至B, A到B, A-B, A--B, A—B, A——B, A–B, A~B, A～B: value = min = A,
// max = B. A without a multiplier takes B's (2至4亿元, 1万-5万元, 十八至三十万
// 日元); a bare Chinese digit takes all of B's units (两到三仟澳元 → 2000…3000).
// If that reading would put A above B, A is read as written (从8500到3万港元).
// Two adjacent Chinese digits before a unit are a colloquial range too:
// 三四十亿元 → 30亿…40亿, approx (八九亿韩元, 三五百块).
//
// Sub-units follow 元, 圆 and 块: 123元1角1分 = 123.11, 十块三毛, 九十九块九
// (a bare digit after 块 is 角), 两块九毛九, 三块零四 (零 + digit is 分), and
// 钱 and 整 close the amount (十块钱, 壹拾壹元整). 块 is a currency only where
// it cannot be a count of pieces: before 钱 or a sub-unit, after a decimal
// (3.04块), or ending the text. Sub-units alone are money only as 九毛钱,
// 九分钱 or 两毛五 / 九角九分 (a bare 五分 or 两毛 is a score, a time or a
// tenth as often as it is money).
//
// Vague amounts (数十亿元, 几千万元, 上百亿元, 十几亿元) are money with Approx
// and their lower bound: see money_vague.go.
//
// Without a currency word, an amount is money (CNY) only right after an
// investment or contract label (总投资26亿, 总投资额121.5亿, 签约额99.75亿,
// 中标超2亿; see money_role.go), with 万 or 亿 ending its numeral and no
// measure after it (总投资5万亩 is not money); anywhere else it is not
// (完成任务100亿, 10亿以上项目).
//
// Shapes of real pages: a space between the number and its unit or
// currency (50 亿元, 新台币 177.1 亿元), one line break before 万 or 亿 (143.3
// and 亿元 on the next line), thousands separators (158,063万元), 人民币
// before or after (above), 亿多元 (六十二亿多元: approx). A comma or a
// point after a word is punctuation, so a number starts right after it
// (4个,5000万元; in ASCII-punctuated text), but not after a digit and
// before three digits (1,200).
//
// Not money: amounts after 成, 若 (成千上万, 若干), percentages, areas,
// counts and years (none has a currency word), 多元化, 元素, 元件, and 元 in
// a term after a bare Chinese digit (三元前驱体, 三元锂电池, 三元区, 一元论).
//
// Every amount gets a role (money_role.go); Find also gives it a scope
// (money_scope.go).

// A monCurrency is a currency word.
type monCurrency struct {
	word, code string
}

// monCurrencies are the currency words that may follow a number, longest
// first where one is a prefix of another.
var monCurrencies = []monCurrency{
	{"人民币", "CNY"}, {"RMB", "CNY"},
	{"美元", "USD"}, {"美金", "USD"}, {"美圆", "USD"},
	{"港元", "HKD"}, {"港币", "HKD"}, {"港圆", "HKD"},
	{"欧元", "EUR"},
	{"日元", "JPY"}, {"日币", "JPY"}, {"日圆", "JPY"},
	{"英镑", "GBP"},
	{"新台币", "TWD"}, {"台币", "TWD"},
	{"澳门元", "MOP"}, {"澳门币", "MOP"}, {"澳元", "AUD"}, {"澳币", "AUD"},
	{"韩元", "KRW"}, {"韩币", "KRW"},
	{"卢布", "RUB"},
	{"瑞士法郎", "CHF"}, {"法郎", "CHF"},
	{"加拿大元", "CAD"}, {"加元", "CAD"}, {"加币", "CAD"},
	{"新加坡元", "SGD"}, {"新西兰元", "NZD"}, {"纽元", "NZD"},
	{"泰铢", "THB"}, {"林吉特", "MYR"}, {"印度卢比", "INR"}, {"卢比", "INR"},
	{"越南盾", "VND"}, {"印尼盾", "IDR"}, {"奈拉", "NGN"}, {"兰特", "ZAR"},
	{"元", "CNY"}, {"圆", "CNY"}, {"块", "CNY"},
}

// monPrefixCurrencies may stand before a number (人民币3亿元, 港币3.14, ￥300).
var monPrefixCurrencies = []monCurrency{
	{"人民币", "CNY"}, {"RMB", "CNY"}, {"￥", "CNY"}, {"¥", "CNY"},
	{"美元", "USD"}, {"美金", "USD"}, {"US$", "USD"}, {"$", "USD"},
	{"港元", "HKD"}, {"港币", "HKD"}, {"HK$", "HKD"},
	{"欧元", "EUR"}, {"€", "EUR"}, {"日元", "JPY"}, {"日币", "JPY"},
	{"英镑", "GBP"}, {"£", "GBP"}, {"新台币", "TWD"}, {"台币", "TWD"},
	{"澳元", "AUD"}, {"韩元", "KRW"}, {"卢布", "RUB"}, {"加元", "CAD"},
	{"新加坡元", "SGD"}, {"泰铢", "THB"},
}

// A monQual is a qualifier and what it sets.
type monQual struct {
	word string
	kind byte // 'a' approx, '<' min (the amount is a lower bound), '>' max
	// notAfter lists characters that, before the qualifier's first
	// character, make a different word (签约, 最近).
	notAfter string
}

// monPrefixQuals are the prefix qualifiers, longest first.
var monPrefixQuals = []monQual{
	{"不少于", '<', ""}, {"不低于", '<', ""}, {"不超过", '>', ""},
	{"超过", '<', ""}, {"不到", '>', "想做办达得找看"}, {"不足", '>', "补"},
	{"超", '<', "赶高"}, {"逾", '<', ""},
	{"约", 'a', "签节合预履违特公条制集邀相践守婚缔解规誉"},
	{"近", 'a', "最附临就邻靠亲贴"},
}

// monSuffixQuals are the suffix qualifiers; notBefore lists characters that
// make a different word when they follow (上下游).
var monSuffixQuals = []struct {
	word      string
	kind      byte
	notBefore string
}{
	{"以上", '<', ""}, {"以下", '>', ""}, {"以内", '>', ""},
	{"左右", 'a', "逢手"}, {"上下", 'a', "游级班半车文层线功齐"},
}

// monRangeSeps separate the ends of a range, longest first.
var monRangeSeps = []string{"——", "--", "至", "到", "-", "—", "–", "~", "～", "〜"}

// monNoCount lists the characters that, before a numeral, make it inexact
// (数十亿, 几百万, 上百亿, 成千上万, 好几亿, 若干).
const monNoCount = "数几上成好若"

// monAmount is an amount at a numeral: number, multiplier, currency.
type monAmount struct {
	numStart, numEnd int         // the numeral with its multiplier and infix
	end              int         // end of the amount in the text
	next             int         // where scanning goes on (after a restated 人民币)
	value            num.Decimal // in whole units
	approx           bool        // 余 or 多
	hasSection       bool        // 万 亿 k w in the numeral or its multiplier
	unitsFull        int         // exponent of the units ending the number (九百亿 → 10)
	unitsSection     int         // the 万/亿 part of it (九百亿 → 8)
	bareDigit        bool        // the numeral is one Chinese digit (两, 八)
	currency         string      // "" when no currency word follows
}

// mcIndex indexes words by their first (or last) rune.
func mcIndex[T any](items []T, word func(T) string, last bool) map[rune][]T {
	m := map[rune][]T{}
	for _, it := range items {
		r, _ := utf8.DecodeRuneInString(word(it))
		if last {
			r, _ = utf8.DecodeLastRuneInString(word(it))
		}
		m[r] = append(m[r], it)
	}
	return m
}

var (
	monCurByFirst  = mcIndex(monCurrencies, func(c monCurrency) string { return c.word }, false)
	monPreCurByEnd = mcIndex(monPrefixCurrencies, func(c monCurrency) string { return c.word }, true)
	monQualByEnd   = mcIndex(monPrefixQuals, func(q monQual) string { return q.word }, true)
)

// Money finds the amounts of money in s, in order, each with its role
// (money_role.go). Their Scope is left empty: Find decides it, with the
// projects it finds (money_scope.go).
func Money(s string) []Fact { return appendMoney(nil, s) }

// appendMoney appends the amounts of money in s to facts, each with its
// role (see money_role.go).
func appendMoney(facts []Fact, s string) []Fact {
	first := len(facts)
	last := 0 // end of the last fact: nothing before it is looked at again
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 && (c < '0' || c > '9') {
			i++
			continue
		}
		r, w := mcRune(s, i)
		at, numeral := i, num.IsNumeralStart(r) && monStartOK(s, i, r)
		if !numeral {
			// a unit after a vague word: 数十亿元, 上万元, 几个亿
			if !num.IsNumeralRune(r) {
				i += w
				continue
			}
			if at = monVagueStart(s, i, last); at < 0 {
				i += w
				continue
			}
		}
		f, next, ok := monMoneyAt(s, at, last, numeral)
		if !ok {
			i += w
			if next > i {
				i = next
			}
			continue
		}
		var prev *Fact
		if len(facts) > first {
			prev = &facts[len(facts)-1]
		}
		setMoneyRole(s, &f, prev)
		facts = append(facts, f)
		last = f.End
		i = max(next, f.End)
	}
	return facts
}

// monMoneyAt finds the money fact at i: one with a numeral, or a vague
// amount.
func monMoneyAt(s string, i, last int, numeral bool) (Fact, int, bool) {
	if numeral {
		return monFactAt(s, i, last)
	}
	return monVagueAt(s, i, last)
}

// monStartOK reports whether a numeral may start at s[i] (rune r): not in
// the middle of a number or a word. A comma or a point is punctuation, not
// part of a number, unless an ASCII letter or digit stands before it and,
// for a comma, three digits after it (1,200; but 4个,5000万元 and
// 40,5000万元 start a number after the comma).
func monStartOK(s string, i int, r rune) bool {
	if i == 0 {
		return true
	}
	p, pw := utf8.DecodeLastRuneInString(s[:i])
	if r < 0x80 {
		if p < 0x80 && isASCIIAlnumByte(byte(p)) {
			return false // not inside A202107, 2021
		}
		if p != '.' && p != ',' {
			return true
		}
		q, _ := utf8.DecodeLastRuneInString(s[:i-pw])
		if !(q < 0x80 && isASCIIAlnumByte(byte(q))) {
			return true
		}
		if p == '.' {
			return false // not inside 2.5, PM2.5
		}
		return monDigitRun(s, i) != 3 // 1,200 but 40,5000万元
	}
	if num.IsNumeralRune(p) {
		return false
	}
	if strings.ContainsRune(monNoCount, p) {
		return p == '上' && monShangVerb(s, i-pw) // 迈上百亿元: 上 ends a verb
	}
	return true
}

// monDigitRun returns the number of ASCII digits at s[i:].
func monDigitRun(s string, i int) int {
	n := 0
	for i+n < len(s) && s[i+n] >= '0' && s[i+n] <= '9' {
		n++
	}
	return n
}

func isASCIIAlnumByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z'
}

// monFactAt finds the money fact whose numeral starts at i, not reaching
// back before last. next is where scanning may go on when there is none.
func monFactAt(s string, i, last int) (f Fact, next int, ok bool) {
	a, ok := monAmountAt(s, i)
	if !ok && a.numEnd == i || ok && a.bareDigit && a.currency == "" {
		// a colloquial range of two digits: 三四十亿元, 八九亿韩元, 两三亿元
		if f, ok := monDigitPair(s, i, last); ok {
			return f, f.End, true
		}
	}
	if !ok {
		if strings.HasPrefix(s[a.numEnd:], "几") {
			return monVagueTrailing(s, i, last, a) // 十几亿元
		}
		return Fact{}, a.numEnd, false
	}
	b, isRange := monRangeEnd(s, a)
	if a.currency == "" && !isRange {
		// only a currency word before the number, or an investment or
		// contract label, can make it money
		k := i
		if k > last && s[k-1] == ' ' {
			k--
		}
		if _, n := monCurBefore(s, k, last); n == 0 {
			if a.unitsSection == 0 || !monMayBeLabelled(s, a.numEnd) {
				return Fact{}, a.numEnd, false
			}
			return monLabelled(s, i, last, a)
		}
	}
	start, q, pc := monPrefix(s, i, last)

	// a range A至B
	if isRange {
		lo := a.value
		if a.currency == "" && !a.hasSection {
			k := b.unitsSection
			if a.bareDigit {
				k = b.unitsFull
			}
			if v, ok := lo.Mul(num.Pow10(k)); ok && k > 0 && v.Cmp(b.value) <= 0 {
				lo = v // 2至4亿元
			}
		}
		if lo.Cmp(b.value) <= 0 && (a.currency == "" || a.currency == b.currency) {
			start, cur := monStartCur(start, q, pc, b.currency)
			hi := b.value
			f := monFact(s, start, b.end, lo, cur)
			f.Min, f.Max = &lo, &hi
			f.Approx = q.approx || a.approx || b.approx
			if end, sq := monSuffix(s, b.end, b.next); sq.approx {
				f.Approx = true
				f = monExtend(s, f, end)
			}
			return f, max(b.next, f.End), true
		}
	}

	if a.currency == "" && pc.code == "" {
		return Fact{}, a.numEnd, false
	}
	start, cur := monStartCur(start, q, pc, a.currency)
	f = monFact(s, start, a.end, a.value, cur)
	end, sq := monSuffix(s, a.end, a.next)
	f = monExtend(s, f, end)
	f.Approx = q.approx || a.approx || sq.approx
	if q.min || sq.min {
		v := a.value
		f.Min = &v
	}
	if q.max || sq.max {
		v := a.value
		f.Max = &v
	}
	return f, max(a.next, f.End), true
}

// monStartCur decides where a fact starts and its currency, given the
// currency word after the number (cur, "" if none) and the one before it
// (pc): a currency word before the number is part of the text when it is the
// only one or changes the currency of 元, and not when it restates it.
func monStartCur(start int, q monQuals, pc monPrefixCur, cur string) (int, string) {
	switch {
	case pc.code == "":
		return start, cur
	case cur == "":
		return start, pc.code // 人民币3亿, 港币3.14
	case cur == "CNY" && pc.code != "CNY":
		return start, pc.code // 港币两千九百六十元
	}
	// 人民币3亿元 → 3亿元, 人民币约3亿元 → 约3亿元; but 超过人民币1亿元 stays whole
	return q.start, cur
}

func monFact(s string, start, end int, v num.Decimal, cur string) Fact {
	return Fact{Kind: KindMoney, Text: s[start:end], Start: start, End: end, Value: v, Currency: cur}
}

// monExtend returns f extended to end.
func monExtend(s string, f Fact, end int) Fact {
	if end > f.End {
		f.End = end
		f.Text = s[f.Start:end]
	}
	return f
}

// monQuals records the qualifiers found around an amount.
type monQuals struct {
	approx, min, max bool
	start            int
}

func (q *monQuals) set(kind byte) {
	switch kind {
	case 'a':
		q.approx = true
	case '<':
		q.min = true
	case '>':
		q.max = true
	}
}

// monPrefixCur is a currency word before the numeral.
type monPrefixCur struct {
	code  string
	start int
}

// monPrefix looks before the numeral at i for a qualifier and a currency
// word, in either order (超过人民币1亿元, 人民币约3亿): it returns where the
// fact starts, the qualifiers, and the currency word before the numeral.
func monPrefix(s string, i, last int) (start int, q monQuals, cur monPrefixCur) {
	start = i
	q.start = i
	j := i
	for round := 0; round < 2; round++ {
		k := j
		if k > last && s[k-1] == ' ' {
			k--
		}
		if cur.code == "" {
			if c, n := monCurBefore(s, k, last); n > 0 {
				cur = monPrefixCur{c, k - n}
				j = k - n
				start = j
				continue
			}
		}
		if q.start == i {
			if kind, n := monQualBefore(s, j, last); n > 0 {
				q.set(kind)
				j -= n
				q.start = j
				start = j
				continue
			}
		}
		break
	}
	return start, q, cur
}

// monCurBefore finds a prefix currency word ending at k.
func monCurBefore(s string, k, last int) (code string, n int) {
	if k <= last {
		return "", 0
	}
	r, _ := utf8.DecodeLastRuneInString(s[:k])
	for _, c := range monPreCurByEnd[r] {
		if k-len(c.word) >= last && strings.HasSuffix(s[:k], c.word) {
			return c.code, len(c.word)
		}
	}
	return "", 0
}

// monQualBefore finds a prefix qualifier ending at j.
func monQualBefore(s string, j, last int) (kind byte, n int) {
	if j <= last {
		return 0, 0
	}
	r, _ := utf8.DecodeLastRuneInString(s[:j])
	for _, q := range monQualByEnd[r] {
		if j-len(q.word) < last || !strings.HasSuffix(s[:j], q.word) {
			continue
		}
		if q.notAfter != "" {
			p, _ := utf8.DecodeLastRuneInString(s[:j-len(q.word)])
			if strings.ContainsRune(q.notAfter, p) {
				return 0, 0
			}
		}
		return q.kind, len(q.word)
	}
	return 0, 0
}

// monSuffix finds a suffix qualifier after an amount that ends at end (and
// whose scanning goes on at next): it returns the new end, or end.
func monSuffix(s string, end, next int) (int, monQuals) {
	var q monQuals
	p := next
	if strings.HasPrefix(s[p:], "(含)") {
		p += len("(含)")
	} else if strings.HasPrefix(s[p:], "（含）") {
		p += len("（含）")
	}
	for _, sq := range monSuffixQuals {
		if !strings.HasPrefix(s[p:], sq.word) {
			continue
		}
		e := p + len(sq.word)
		if sq.notBefore != "" {
			if r, _ := utf8.DecodeRuneInString(s[e:]); strings.ContainsRune(sq.notBefore, r) {
				break
			}
		}
		q.set(sq.kind)
		return e, q
	}
	return end, q
}

// monRangeEnd finds the upper end B of a range that starts with the amount
// a: a range separator, then an amount with a currency word.
func monRangeEnd(s string, a monAmount) (b monAmount, ok bool) {
	p := a.end
	if a.currency == "" {
		p = a.numEnd
	}
	if strings.HasPrefix(s[p:], "(含)") {
		p += len("(含)")
	} else if strings.HasPrefix(s[p:], "（含）") {
		p += len("（含）")
	}
	found := false
	for _, w := range monRangeSeps {
		if strings.HasPrefix(s[p:], w) {
			p += len(w)
			found = true
			break
		}
	}
	if !found {
		return b, false
	}
	if p < len(s) && s[p] == ' ' {
		p++
	}
	r, _ := utf8.DecodeRuneInString(s[p:])
	if !num.IsNumeralStart(r) {
		return b, false
	}
	b, ok = monAmountAt(s, p)
	return b, ok && b.currency != ""
}

// monDigitPair reads a colloquial range of two adjacent digits before a
// unit (三四十亿元 = 30亿…40亿, 三五百块 = 300…500) at i.
func monDigitPair(s string, i, last int) (Fact, bool) {
	d1, w1, ok1 := monDigit(s, i, true)
	if !ok1 {
		return Fact{}, false
	}
	d2, w2, ok2 := monDigit(s, i+w1, false)
	if !ok2 || d2 <= d1 {
		return Fact{}, false
	}
	u := i + w1 + w2 // the units after the second digit
	k := u
	for k < len(s) {
		r, w := utf8.DecodeRuneInString(s[k:])
		if _, ok := monMultipliers[r]; !ok {
			break
		}
		k += w
	}
	if k == u {
		return Fact{}, false
	}
	b, ok := monAmountAt(s, i+w1)
	if !ok || b.currency == "" || b.approx {
		return Fact{}, false
	}
	hi, err := num.Parse(s[i+w1 : k])
	if err != nil || hi.Cmp(b.value) != 0 {
		return Fact{}, false
	}
	lo, err := num.Parse(s[i:i+w1] + s[u:k])
	if err != nil {
		return Fact{}, false
	}
	start, q, pc := monPrefix(s, i, last)
	start, cur := monStartCur(start, q, pc, b.currency)
	f := monFact(s, start, b.end, lo, cur)
	hv := b.value
	f.Min, f.Max = &lo, &hv
	f.Approx = true
	return f, true
}

// monDigit reads one Chinese digit 1…9 at i (两 only as the first).
func monDigit(s string, i int, first bool) (int, int, bool) {
	r, w := utf8.DecodeRuneInString(s[i:])
	if r >= '0' && r <= '9' {
		return 0, 0, false
	}
	if !num.IsNumeralStart(r) {
		return 0, 0, false
	}
	d, err := num.Parse(s[i : i+w])
	if err != nil {
		return 0, 0, false
	}
	v, ok := d.Int64()
	if !ok || v < 1 || v > 9 {
		return 0, 0, false
	}
	if r == '两' && !first && !strings.HasPrefix(s[:i], "一") {
		return 0, 0, false // 两 follows only 一 (一两亿元)
	}
	return int(v), w, true
}

// monMultipliers are the characters of a multiplier written after 余/多
// (40余亿元) or after a number that cannot take it itself (1.5千万元).
var monMultipliers = map[rune]int{'十': 1, '拾': 1, '百': 2, '佰': 2, '千': 3, '仟': 3, '万': 4, '萬': 4, '亿': 8, '億': 8}

// monAmountAt reads the amount whose numeral starts at i.
func monAmountAt(s string, i int) (a monAmount, ok bool) {
	d, n, ok := num.Prefix(s[i:])
	a.numStart, a.numEnd = i, i+n
	if !ok {
		return a, false
	}
	numeral := s[i : i+n]
	a.value = d
	a.hasSection = strings.ContainsAny(numeral, "万亿萬億")
	a.unitsFull, a.unitsSection = monTrailingUnits(numeral)
	if r, w := utf8.DecodeRuneInString(numeral); w == n && r >= 0x80 {
		if c, _ := num.Parse(numeral); c.Sign() > 0 && c.Cmp(num.Int(9)) <= 0 && !strings.ContainsAny(numeral, "十百千拾佰仟") {
			a.bareDigit = true
		}
	}
	p := i + n
	if strings.HasPrefix(s[p:], "几") || strings.HasPrefix(s[p:], "幾") {
		return a, false // 十几亿元: not an exact amount
	}
	space := p < len(s) && s[p] == ' ' || monLineGap(s, p)
	if space {
		p++
	}
	infix := false
	if strings.HasPrefix(s[p:], "余") || strings.HasPrefix(s[p:], "多") {
		infix = true
		a.approx = true
		p += len("余")
	}
	if strings.HasPrefix(s[p:], "个亿") || strings.HasPrefix(s[p:], "个万") {
		p += len("个") // 两个亿
	}
	// a multiplier the numeral did not take
	mexp, units := 0, 0
	q := p
	for q < len(s) {
		r, w := utf8.DecodeRuneInString(s[q:])
		e, ok := monMultipliers[r]
		if !ok {
			break
		}
		mexp += e
		units++
		q += w
	}
	if units == 0 && q < len(s) && (s[q] == 'k' || s[q] == 'K' || s[q] == 'w' || s[q] == 'W') {
		e := 3
		if s[q] == 'w' || s[q] == 'W' {
			e = 4
		}
		if monCurrencyAt(s, q+1) != "" {
			mexp, units, q = e, 1, q+1
		}
	}
	if units > 0 {
		if a.hasSection && !infix || units > 3 || mexp > 12 {
			return a, false // 3亿万元
		}
		v, ok := a.value.Mul(num.Pow10(mexp))
		if !ok {
			return a, false
		}
		a.value = v
		f, sec := monTrailingUnits(s[p:q])
		if !strings.ContainsAny(s[p:q], "十百千万亿拾佰仟萬億") {
			f, sec = mexp, mexp // k, w
		}
		if sec > 0 || a.unitsSection == 0 {
			a.unitsFull, a.unitsSection = f, sec
		}
		a.hasSection = a.hasSection || sec > 0
		p = q
	}
	if !infix && (strings.HasPrefix(s[p:], "余") || strings.HasPrefix(s[p:], "多")) {
		a.approx = true // 2亿多元
		p += len("余")
	}
	a.numEnd = p
	if p < len(s) && s[p] == ' ' && !space {
		p++
	}
	code := monCurrencyAt(s, p)
	if code == "" {
		a.end, a.next = a.numEnd, a.numEnd
		if !infix && units == 0 {
			monJiaoOnly(s, p, &a)
		}
		return a, true
	}
	word := monCurrencyWord(s, p)
	p += len(word)
	a.currency = code
	switch word {
	case "元", "圆", "块":
		if word == "元" {
			if r, _ := utf8.DecodeRuneInString(s[p:]); strings.ContainsRune("化素件旦宵音", r) || a.bareDigit && hasAnyPrefix(s[p:], monBareYuanTerms) {
				a.currency = ""
				a.end, a.next = a.numEnd, a.numEnd
				return a, true
			}
		}
		sub, e, ok := monSubunits(s, p, word == "块")
		if ok {
			v, ok2 := a.value.Add(sub)
			if !ok2 {
				return a, false
			}
			a.value = v
		}
		hasSub := e > p
		p = e
		if word == "块" && !hasSub && !(a.value.Scale() > 0) && p < len(s) {
			a.currency = "" // 3块: pieces
			a.end, a.next = a.numEnd, a.numEnd
			return a, true
		}
		if strings.HasPrefix(s[p:], "整") {
			p += len("整")
		} else if word != "块" && strings.HasPrefix(s[p:], "正") {
			if r, _ := utf8.DecodeRuneInString(s[p+len("正"):]); p+len("正") == len(s) || !isHan(r) {
				p += len("正")
			}
		}
		a.end, a.next = p, p
		// a currency name after 元: restating (人民币) or changing it (日币)
		if word == "元" || word == "圆" {
			if c := monCurrencyAt(s, p); c != "" {
				w := monCurrencyWord(s, p)
				if w != "元" && w != "圆" && w != "块" {
					if c == "CNY" {
						a.next = p + len(w)
					} else {
						a.currency = c
						a.end, a.next = p+len(w), p+len(w)
					}
				}
			}
		}
	case "美元":
		a.end, a.next = p, p
		// 两美元又三美分
		q := p
		if strings.HasPrefix(s[q:], "又") {
			q += len("又")
		}
		if c, n, ok := num.Prefix(s[q:]); ok && c.IsInt() && c.Cmp(num.Int(100)) < 0 && strings.HasPrefix(s[q+n:], "美分") {
			if v, ok := a.value.Add(num.Decimal(monCents(c))); ok {
				a.value = v
				a.end, a.next = q+n+len("美分"), q+n+len("美分")
			}
		}
	default:
		a.end, a.next = p, p
	}
	return a, true
}

// monJiaoOnly reads an amount in sub-units alone after the numeral of a,
// at p: 九毛钱, 九分钱, 两毛五, 九角九分. A bare 五分 or 两毛 is not money.
func monJiaoOnly(s string, p int, a *monAmount) {
	d, ok := a.value.Int64()
	if !ok || d < 0 || a.hasSection {
		return
	}
	var v num.Decimal
	e := p
	switch {
	case d <= 9 && (strings.HasPrefix(s[p:], "角") || strings.HasPrefix(s[p:], "毛")):
		v, _ = num.New(d, 1)
		e = p + len("角")
		if f, w, ok := monSubDigit(s, e); ok {
			switch {
			case strings.HasPrefix(s[e+w:], "分"):
				e += w + len("分")
			case monSubEnd(s, e+w):
				e += w
			default:
				return
			}
			c, _ := num.New(int64(f), 2)
			v, _ = v.Add(c)
		} else if !strings.HasPrefix(s[e:], "钱") {
			return
		}
	case d <= 99 && strings.HasPrefix(s[p:], "分钱"):
		v, _ = num.New(d, 2)
		e = p + len("分")
	default:
		return
	}
	a.value, a.currency = v, "CNY"
	a.end = monQian(s, e)
	a.next = a.end
}

// monCents returns c/100.
func monCents(c num.Decimal) num.Decimal {
	i, _ := c.Int64()
	d, _ := num.New(i, 2)
	return d
}

// monCurrencyAt returns the code of the currency word at p, or "".
func monCurrencyAt(s string, p int) string {
	return monCurrencyOf(s, p).code
}

// monCurrencyWord returns the currency word at p.
func monCurrencyWord(s string, p int) string {
	return monCurrencyOf(s, p).word
}

func monCurrencyOf(s string, p int) monCurrency {
	if p >= len(s) {
		return monCurrency{}
	}
	r, _ := mcRune(s, p)
	for _, c := range monCurByFirst[r] {
		if strings.HasPrefix(s[p:], c.word) {
			return c
		}
	}
	return monCurrency{}
}

// monTrailingUnits returns the exponents of the run of units that ends a
// numeral (九百亿 → 10 and 8; 两千万 → 7 and 4; 3万 → 4 and 4; 3百 → 2 and 0).
func monTrailingUnits(numeral string) (full, section int) {
	inSection := true
	for numeral != "" {
		r, w := utf8.DecodeLastRuneInString(numeral)
		e, ok := monMultipliers[r]
		if !ok {
			break
		}
		full += e
		if e >= 4 && inSection {
			section += e
		} else {
			inSection = false
		}
		numeral = numeral[:len(numeral)-w]
	}
	return full, section
}

// monSubunits reads the sub-units after 元 or 块 at p: 1角1分, 三毛, 零四,
// and an elided digit after 块 (九十九块九) or after 毛/角 (两毛五), then
// 钱. It returns their value in 元 and where they end (p if none).
func monSubunits(s string, p int, kuai bool) (num.Decimal, int, bool) {
	var v num.Decimal
	q := p
	jiao := false
	// 零 + digit: 分 (三块零四, 九元零九分)
	if strings.HasPrefix(s[q:], "零") {
		if d, w, ok := monSubDigit(s, q+len("零")); ok {
			e := q + len("零") + w
			if strings.HasPrefix(s[e:], "分") {
				e += len("分")
			} else if !kuai {
				return v, p, false
			}
			v, _ = num.New(int64(d), 2)
			return v, monQian(s, e), true
		}
		return v, p, false
	}
	if d, w, ok := monSubDigit(s, q); ok {
		e := q + w
		switch {
		case strings.HasPrefix(s[e:], "角"), strings.HasPrefix(s[e:], "毛"):
			v, _ = num.New(int64(d), 1)
			q = e + len("角")
			jiao = true
		case strings.HasPrefix(s[e:], "分"):
			v, _ = num.New(int64(d), 2)
			return v, monQian(s, e+len("分")), true
		case kuai && monSubEnd(s, e):
			v, _ = num.New(int64(d), 1) // 九块九
			return v, e, true
		default:
			return v, monQian(s, p), false
		}
	}
	if jiao {
		if d, w, ok := monSubDigit(s, q); ok {
			e := q + w
			switch {
			case strings.HasPrefix(s[e:], "分"):
				f, _ := num.New(int64(d), 2)
				v, _ = v.Add(f)
				q = e + len("分")
			case monSubEnd(s, e):
				f, _ := num.New(int64(d), 2) // 两毛五
				v, _ = v.Add(f)
				q = e
			}
		}
		return v, monQian(s, q), true
	}
	e := monQian(s, p)
	return v, e, e > p
}

// monQian skips a closing 钱.
func monQian(s string, p int) int {
	if strings.HasPrefix(s[p:], "钱") {
		return p + len("钱")
	}
	return p
}

// monSubEnd reports whether an elided sub-unit digit may end at e: before
// 钱, the end of the text, or a character that is not a Han numeral.
func monSubEnd(s string, e int) bool {
	if e == len(s) || strings.HasPrefix(s[e:], "钱") {
		return true
	}
	for _, w := range monRangeSeps {
		if strings.HasPrefix(s[e:], w) {
			return true
		}
	}
	for _, q := range monSuffixQuals {
		if strings.HasPrefix(s[e:], q.word) {
			return true
		}
	}
	r, _ := utf8.DecodeRuneInString(s[e:])
	return !isHan(r) && !(r >= '0' && r <= '9')
}

// monSubDigit reads one digit 0…9 (Chinese or a lone Arabic one) at q.
func monSubDigit(s string, q int) (int, int, bool) {
	r, w := utf8.DecodeRuneInString(s[q:])
	if r >= '0' && r <= '9' {
		if q+1 < len(s) && s[q+1] >= '0' && s[q+1] <= '9' {
			return 0, 0, false
		}
		return int(r - '0'), 1, true
	}
	if !num.IsNumeralStart(r) {
		return 0, 0, false
	}
	d, err := num.Parse(s[q : q+w])
	if err != nil {
		return 0, 0, false
	}
	v, ok := d.Int64()
	if !ok || v > 9 {
		return 0, 0, false
	}
	return int(v), w, true
}

// monBareYuanTerms follow 元 after a bare Chinese digit in words that are
// not amounts: 三元前驱体, 三元锂电池, 三元材料, 三元区, 三元里, 三元桥, 一元论,
// 一元复始, 二元结构.
var monBareYuanTerms = []string{"前驱", "锂", "材料", "正极", "催化", "区", "里", "桥", "论", "复始", "结构"}

// monLineGap reports whether a line break at p splits an amount (143.3
// and 亿元 on the next line): one line break right before 万 or 亿.
func monLineGap(s string, p int) bool {
	if p >= len(s) || s[p] != '\n' {
		return false
	}
	return strings.HasPrefix(s[p+1:], "万") || strings.HasPrefix(s[p+1:], "亿")
}

// monMeasures are the characters that, right after an amount without a
// currency word, make it a quantity of something else (总投资1万亩).
const monMeasures = "亩平吨人件台套瓦度方米头只株户家项次股倍个%"

// monMayBeLabelled reports whether an amount without a currency word that
// ends at end may be money: no measure follows it.
func monMayBeLabelled(s string, end int) bool {
	r, _ := utf8.DecodeRuneInString(s[end:])
	return !strings.ContainsRune(monMeasures, r)
}

// monLabelled reads an amount without a currency word as money when an
// investment or contract label governs it (总投资26亿, 签约额99.75亿, 中标超2亿);
// the caller has checked that its numeral ends in 万 or 亿 and that no
// measure follows it.
func monLabelled(s string, i, last int, a monAmount) (Fact, int, bool) {
	start, q, pc := monPrefix(s, i, last)
	if pc.code != "" || !monLabelGoverns(s, start, last) {
		return Fact{}, a.numEnd, false
	}
	f := monFact(s, start, a.numEnd, a.value, "CNY")
	end, sq := monSuffix(s, a.numEnd, a.numEnd)
	f = monExtend(s, f, end)
	f.Approx = q.approx || a.approx || sq.approx
	if q.min || sq.min {
		v := a.value
		f.Min = &v
	}
	if q.max || sq.max {
		v := a.value
		f.Max = &v
	}
	return f, f.End, true
}
