package fact

import (
	"strings"
	"unicode/utf8"

	"github.com/zhnews/zhnews/extract/num"
)

// This file finds production and processing capacities. The rules follow
// the annotation guide of the seed pages (shared/seeds/README.md,
// "Capacity"); capacity_test.go has the examples beside them.
//
// A capacity is a trigger, a numeral and a unit of quantity:
//
//	年产 年处理 年加工 年出栏 年吞吐 年发电 年屠宰 年生产   Period "year"
//	日产 日处理 日加工                                   Period "day"
//	月产 月处理                                          Period "month"
//	装机容量 装机规模 装机 (总…)                         installed, no Period
//
// Each trigger may take 能力, 能 or 量 (年产能, 年处理能力, 年吞吐量); a noun
// form may take a linking verb (年产能达10万吨, 装机容量为200兆瓦) and any form
// a qualifier (年产约5万吨); they are part of the text, which runs from the
// trigger to the unit: 年产5万吨. 余/多 count (年产10余万吨 = 100000). A 年 that
// ends a year or a duration (2021年产值, 3年产出) or belongs to 今年, 全年,
// 去年 … is not a trigger, and 年产值 has no number after the trigger: output
// with a currency is money (预计年实现产值40亿元).
//
// Value is in the unit as written with 万 and 亿 multiplied out (年产1.5亿米
// → 150000000 米; 50万千瓦 → 500000 千瓦). 千瓦, 千瓦时, 千克, 千米, 千伏安, 千升
// are units, not 千 × unit: 5千瓦 is 5 千瓦, 三千千瓦时 is 3000 千瓦时. Units of
// area, length of works, voltage (220千伏), pressure and money are not
// capacity units.
//
// Product is the name that follows the unit directly, up to where 项目, 生产线,
// 技术改造, 产业化, 工程, 基地, 的, a conjunction (及 和 与 并 等), a clause
// word (将 可 预计 建成 达产 …) or punctuation begins: 年产5万吨特种纤维A型项目
// → 特种纤维A型; 年产10万吨环保涂料母料生产线项目 → 环保涂料母料. It is empty
// when nothing follows or when what follows is longer than a name.
//
// The product may also come first, between the trigger and the number
// (年出栏生猪30万头 → 300000 头, product 生猪; 年处理生活垃圾30万吨).
//
// Without a trigger, a scale named in a project is a capacity too: a
// numeral with a unit of output (头 只 羽 吨 千瓦 兆瓦 吉瓦; 台 套 辆 片 件 with
// 万 or 亿), directly followed by a product and a project word (项目,
// 产业化, 生产线, 工程, 基地, 产业园): 百万头生猪产业化项目 → 百万头, 1000000
// 头, product 生猪, no Period. 10万吨级 is a class of ships, not a capacity.

// A capTrigger is a word that introduces a capacity.
type capTrigger struct {
	word   string
	period Period
	noun   bool // a noun, which takes a linking verb (装机容量为)
}

// capTriggers, longest first where one is a prefix of another.
var capTriggers = []capTrigger{
	{"年产", PerYear, false}, {"年处理", PerYear, false}, {"年加工", PerYear, false},
	{"年出栏", PerYear, false}, {"年吞吐", PerYear, false}, {"年发电", PerYear, false},
	{"年屠宰", PerYear, false}, {"年生产", PerYear, false},
	{"日产", PerDay, false}, {"日处理", PerDay, false}, {"日加工", PerDay, false},
	{"月产", PerMonth, false}, {"月处理", PerMonth, false},
	{"总装机容量", "", true}, {"总装机规模", "", true}, {"总装机", "", false},
	{"装机容量", "", true}, {"装机规模", "", true}, {"装机", "", false},
}

// capNounSuffixes turn a verb trigger into a noun (年产能, 年处理能力).
var capNounSuffixes = []string{"能力", "能", "量"}

// capLinks may stand between a noun trigger and its number.
var capLinks = []string{"将达到", "将达", "可达到", "可达", "已达到", "已达", "高达", "达到", "达", "为", "突破", "超过", "约", "近", "超", "逾"}

// capVerbLinks may stand between a verb trigger and its number.
var capVerbLinks = []string{"超过", "约", "近", "超", "逾"}

// capNotBefore lists what, written before 年/日/月, makes it part of another
// word (今年产量, 全年产值, 去年, 每日?): a year, a date or a period.
const capNotBefore = "今去明前当全同上本近往历逐该次昨"

// capUnits are the units of capacities, longest first where one is a
// prefix of another.
var capUnits = []string{
	"平方米", "立方米", "千瓦时", "千伏安", "兆伏安", "兆瓦时", "吉瓦时", "标准箱",
	"千瓦", "兆瓦", "吉瓦", "千克", "千米", "千升", "公斤", "公里", "平米", "立方",
	"标箱", "台套", "头份",
	"GWh", "MWh", "kWh", "GW", "MW", "kW", "TEU",
	"吨", "米", "头", "只", "羽", "件", "套", "台", "辆", "片", "条", "个", "颗", "块",
	"支", "根", "张", "双", "副", "箱", "瓶", "盒", "袋", "桶", "升", "克", "斤", "度",
	"架", "艘", "部", "枚", "粒", "卷", "册", "方", "瓦", "剂", "份",
}

var capUnitsByFirst = mcIndex(capUnits, func(u string) string { return u }, false)

// capKiloUnits start with 千 and are units of their own.
var capKiloUnits = []string{"千瓦时", "千伏安", "千瓦", "千克", "千米", "千升"}

// capScaleUnits may name a project's scale without a trigger (百万头生猪);
// capScaleUnitsBig only with 万 or 亿 (百万辆).
var (
	capScaleUnits    = []string{"头", "只", "羽", "吨", "千瓦", "兆瓦", "吉瓦", "GW", "MW"}
	capScaleUnitsBig = []string{"台", "套", "辆", "片", "件"}
)

// capProductStops end a product name.
var capProductStops = []string{
	"项目", "生产线", "技术改造", "产业化", "工程", "基地", "产业园", "生产基地", "示范",
	"建设", "扩建", "新建", "改扩建", "改造", "升级", "以及", "同时", "规模", "生产能力",
	"能力", "产能", "装置", "车间", "工厂", "厂", "仓库", "配套", "正在", "正式", "可实现",
	"可达", "可带动", "可新增", "可满足", "可以", "预计", "达产", "投产", "建成", "实现",
	"以上", "左右", "用于", "主要", "目前", "占地", "总投资", "投资", "计划", "年产",
	"年销售", "产值", "销售", "一期", "二期", "三期", "生产", "加工", "满足", "带动",
	"填补", "届时", "成为", "全部", "每年",
	"提升", "提高", "增加", "增至", "扩大", "达到", "降至", "增长", "翻番", "翻一番", "上升", // a change of capacity
	"的", "及", "和", "与", "或", "并", "等", "将", "已", "为", "是", "在",
}

// capProjectWords end the product of a trigger-less scale (百万头生猪产业化项目).
var capProjectWords = []string{"项目", "产业化", "生产线", "工程", "基地", "产业园", "技术改造", "生产基地"}

// productAfterEngineering makes 工程 part of a product rather than the end
// of one: 工程机械, 工程塑料, 工程车辆.
var productAfterEngineering = []string{"机械", "塑料", "车", "陶瓷", "轮胎"}

// capMaxProduct bounds a product name, in runes.
const capMaxProduct = 20

// A capQuantity is a number with a unit.
type capQuantity struct {
	numStart, end int
	value         num.Decimal
	unit          string
}

// Capacities finds the production capacities in s, in order.
func Capacities(s string) []Fact { return appendCapacities(nil, s) }

// appendCapacities appends the production capacities in s to facts.
func appendCapacities(facts []Fact, s string) []Fact {
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			if c >= '0' && c <= '9' {
				if f, next, ok := capScaleAt(s, i); ok {
					facts = append(facts, f)
					i = f.End
					continue
				} else if next > i {
					i = next
					continue
				}
			}
			i++
			continue
		}
		r, w := mcRune(s, i)
		switch {
		case r == '年' || r == '日' || r == '月' || r == '装' || r == '总':
			if f, ok := capTriggerAt(s, i); ok {
				facts = append(facts, f)
				i = f.End
				continue
			}
		case num.IsNumeralStart(r):
			if f, next, ok := capScaleAt(s, i); ok {
				facts = append(facts, f)
				i = f.End
				continue
			} else if next > i {
				i = next
				continue
			}
		}
		i += w
	}
	return facts
}

// capTriggerAt finds a capacity introduced by a trigger at i.
func capTriggerAt(s string, i int) (Fact, bool) {
	var t capTrigger
	for _, c := range capTriggers {
		if strings.HasPrefix(s[i:], c.word) {
			t = c
			break
		}
	}
	if t.word == "" {
		return Fact{}, false
	}
	if t.period != "" && i > 0 {
		p, _ := utf8.DecodeLastRuneInString(s[:i])
		if num.IsNumeralRune(p) || strings.ContainsRune(capNotBefore, p) {
			return Fact{}, false // 2021年产值, 今年产量
		}
	}
	p := i + len(t.word)
	noun := t.noun
	if t.period != "" {
		for _, suf := range capNounSuffixes {
			if strings.HasPrefix(s[p:], suf) {
				p += len(suf)
				noun = true
				break
			}
		}
	}
	links := capVerbLinks
	if noun {
		links = capLinks
	}
	for _, l := range links {
		if strings.HasPrefix(s[p:], l) {
			p += len(l)
			break
		}
	}
	q, ok := capQuantityAt(s, p)
	if !ok || q.numStart != p {
		if t.period == "" || noun {
			return Fact{}, false // 月产能将由现有的350亿颗提升至…: a change, not a product
		}
		return capProductFirst(s, i, p, t.period)
	}
	return Fact{
		Kind: KindCapacity, Text: s[i:q.end], Start: i, End: q.end,
		Value: q.value, Unit: q.unit, Period: t.period, Product: capProduct(s, q.end),
	}, true
}

// capMaxLeadProduct bounds a product written before the quantity, in runes.
const capMaxLeadProduct = 8

// capProductFirst reads the word order that names the product before the
// quantity: 年出栏生猪30万头, 年处理生活垃圾30万吨, 年产优质钢材达300万吨. The
// product runs from p over Han characters up to a numeral (and an optional
// link such as 达 or 约); the text runs from the trigger at i to the unit.
func capProductFirst(s string, i, p int, period Period) (Fact, bool) {
	e, runes := p, 0
	for e < len(s) && runes < capMaxLeadProduct {
		r, w := utf8.DecodeRuneInString(s[e:])
		if !isHan(r) || num.IsNumeralStart(r) {
			break
		}
		e += w
		runes++
	}
	if runes < 2 || strings.HasSuffix(s[i:p], "产") && (strings.HasPrefix(s[p:], "生") || strings.HasPrefix(s[p:], "出")) {
		return Fact{}, false // 年产生5万吨垃圾, 年产出: verbs, not products
	}
	product, q0 := s[p:e], e
	for _, l := range capLinks {
		if strings.HasSuffix(product, l) && len(product) > len(l) {
			product = product[:len(product)-len(l)] // 年产优质钢材达300万吨
			break
		}
	}
	q, ok := capQuantityAt(s, q0)
	if !ok || q.numStart != q0 {
		return Fact{}, false
	}
	for _, w := range capProductStops {
		if strings.Contains(product, w) && utf8.RuneCountInString(w) > 1 {
			return Fact{}, false // a clause, not a product: 年生产规模将达
		}
	}
	return Fact{
		Kind: KindCapacity, Text: s[i:q.end], Start: i, End: q.end,
		Value: q.value, Unit: q.unit, Period: period, Product: product,
	}, true
}

// capQuantityAt reads a numeral with a unit of quantity at p.
func capQuantityAt(s string, p int) (q capQuantity, ok bool) {
	q.numStart = p
	r, _ := utf8.DecodeRuneInString(s[p:])
	if !num.IsNumeralStart(r) {
		return q, false
	}
	d, n, ok := num.Prefix(s[p:])
	if !ok || d.Sign() <= 0 {
		return q, false
	}
	e := p + n
	// a 千 that starts a unit is not part of the number: 5千瓦, 一千米
	if strings.HasSuffix(s[:e], "千") && capKiloAt(s, e-len("千")) != "" {
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
	unit := capKiloAt(s, e)
	if unit == "" && e < len(s) {
		r, _ := mcRune(s, e)
		for _, u := range capUnitsByFirst[r] {
			if strings.HasPrefix(s[e:], u) {
				unit = u
				break
			}
		}
	}
	if unit == "" || strings.HasPrefix(s[e+len(unit):], "级") {
		return q, false
	}
	q.value, q.unit, q.end = d, unit, e+len(unit)
	return q, true
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

// capProduct returns the product named right after a capacity's unit at p.
func capProduct(s string, p int) string {
	e, _ := capProductEnd(s, p)
	return s[p:e]
}

// capProductEnd returns where the product after p ends, and the stop word
// there ("" at punctuation or the end of the text).
func capProductEnd(s string, p int) (int, string) {
	e := p
	for runes := 0; e < len(s); runes++ {
		for _, w := range capProductStops {
			if strings.HasPrefix(s[e:], w) {
				if w == "等" && strings.HasPrefix(s[e:], "等离子") || w == "工程" && hasAnyPrefix(s[e+len(w):], productAfterEngineering) {
					continue
				}
				return e, w
			}
		}
		r, w := utf8.DecodeRuneInString(s[e:])
		if r == ' ' && e > p && isASCIIAlnumByte(s[e-1]) && e+1 < len(s) && isASCIIAlnumByte(s[e+1]) {
			e++ // Mini LED背光模组: a space between Latin words
			continue
		}
		if !isHan(r) && !(r < 0x80 && isASCIIAlnumByte(byte(r))) && r != '-' && r != '·' {
			return e, ""
		}
		if runes >= capMaxProduct {
			return p, ""
		}
		e += w
	}
	return e, ""
}

// capScaleAt finds a trigger-less scale (百万头生猪产业化项目) whose numeral
// starts at i. next is where scanning may go on when there is none.
func capScaleAt(s string, i int) (Fact, int, bool) {
	r, _ := utf8.DecodeRuneInString(s[i:])
	if !monStartOK(s, i, r) {
		return Fact{}, 0, false
	}
	q, ok := capQuantityAt(s, i)
	if !ok {
		_, n, _ := num.Prefix(s[i:])
		return Fact{}, i + n, false
	}
	if !capScaleUnit(q.unit, strings.ContainsAny(s[i:q.end], "万亿")) {
		return Fact{}, q.end, false
	}
	e, stop := capProductEnd(s, q.end)
	if e == q.end || !capIsProjectWord(stop) {
		return Fact{}, q.end, false
	}
	return Fact{
		Kind: KindCapacity, Text: s[i:q.end], Start: i, End: q.end,
		Value: q.value, Unit: q.unit, Product: s[q.end:e],
	}, q.end, true
}

func capScaleUnit(u string, big bool) bool {
	for _, x := range capScaleUnits {
		if u == x {
			return true
		}
	}
	if big {
		for _, x := range capScaleUnitsBig {
			if u == x {
				return true
			}
		}
	}
	return false
}

func capIsProjectWord(w string) bool {
	for _, x := range capProjectWords {
		if w == x {
			return true
		}
	}
	return false
}
