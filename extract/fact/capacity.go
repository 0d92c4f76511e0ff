package fact

import (
	"strings"
	"unicode/utf8"

	"github.com/zhnews/zhnews/extract/num"
)

// This file finds production and processing capacities. The rules follow
// the annotation guide of the seed pages (shared/seeds/README.md,
// "Capacity"); each has a name, and capacityTests in capacity_test.go
// pins every one with examples that name it. A capacity has a Value (the
// number, 万 and 亿 multiplied out), the Unit as written, a Period (year,
// month, day, or none) and the Product when the text states it; its Text
// runs from its marker, or from its number when it has none, to its unit
// or rate.
//
// # Markers
//
// "marker": a period and a verb introduce a capacity: 年 (Period year), 日
// (day) or 月 (month), then 产 产销 处理 加工 出栏 吞吐 屠宰 生产 利用
// (capVerbs): 年产5万吨, 日处理2万吨, 月产5000套, 年产销水泥300万吨,
// 年利用秸秆10万吨. The text starts at the period.
//
// "marker-modifier": 综合, 货物, 设计 or 可 may stand between the period and
// the verb (capModifiers): 年综合利用2000吨, 年货物吞吐量3000万吨, 年设计产能
// 10万吨, 年可生产8000万粒. Without a verb after it, a modifier is no marker
// (年可减少二氧化碳排放5万吨).
//
// "marker-noun": the verb may take 能力, 能 or 量 and become a noun (年产能,
// 年处理能力, 年吞吐量, 年出栏量); a noun may take a link (将达 可达 达到 为 突破
// 超过 不低于 …: 年产能达到50万吨, 年出栏量不低于60万头), a verb a qualifier (约
// 近 超 逾 达 不低于 …: 年产约5万吨). Links and qualifiers are part of the text.
//
// "marker-every": 每年, 每日, 每天 or 每月 directly before a quantity and its
// product is a marker of its own (每年2700万吨炼油产能 → 每年2700万吨, product
// 炼油); without a product after it the quantity is any yearly amount
// (每年5500万KW的用电效益) and no capacity. Before a verb (每年产5万吨) the
// marker is the verb's and the text starts at the period.
//
// "installed": 装机, 装机容量 and 装机规模, with 总 or not, give installed
// power: no Period and no product (装机12MW, 装机300千瓦的县工业园光伏电站,
// 总装机容量为120万千瓦光伏电站). The noun forms take a link (装机容量为50MW).
//
// "not-marker": a 年 that ends a year or a duration (2021年产值, 3年产出) or
// belongs to 今年, 全年, 去年 … (capNotBefore) opens no marker, and 年产生
// (waste) and 年产出 are other verbs. 年产值 has no quantity after its
// marker: output with a currency is money. 年需原矿 is a demand, not a
// capacity (需 is no verb of capacity), and 年发电量100亿度 or 年发电量12亿千瓦时
// is the energy a plant generates in a year, which depends on how long it
// runs: 发电 is no verb of capacity (a plant's capacity is its installed
// power).
//
// # Quantities
//
// "quantity": a numeral, 余 or 多 (年产10余万吨 → 100000), 万 and 亿
// multiplied out (年产1.5亿米 → 150000000 米), and a unit of quantity
// (capUnits). After a marker a bare 万 or 亿 counts one (年产万台 → 10000 台);
// elsewhere it is no numeral. A unit followed by 级 is a class (10万吨级码头),
// and 几 is no number (年产几万吨).
//
// "space": spaces may stand after the marker, between the number and 万 and
// before the unit; they are part of the text (年产 3600 万米, 50 万吨).
//
// "kilo": 千瓦, 千瓦时, 千瓦小时, 千克, 千米, 千伏安, 千升 are units, not 千 ×
// unit: 5千瓦 is 5 千瓦, 装机三千千瓦 is 3000 千瓦, 5千吨 is 5000 吨.
//
// "latin": the Latin units t, kt, TEU, kW, MW, GW, kWp, MWp, GWp, kWh, MWh,
// GWh, kVA, MVA (capLatinUnits) are matched in any case and kept as written
// (130MWP → MWP, 装机12kw → kw). A Latin unit does not run on into another
// letter (5tons), and kV (a voltage, 220kV) is none.
//
// "rate": a slash and a period after the unit make a rate, which needs no
// marker and gives the Period: 3000t/d → 3000 t day, 5万吨/年 → 50000 吨
// year, 124万t/a (periods 年 a 日 天 d 月, capRates). The rate is part of the
// text. Any other rate (75吨/小时, 16.66美元/Kg) is no capacity.
//
// "count": a count of units times their rating is the total, and the text
// covers both: 4×600MW → 2400 MW, 2×66万千瓦 → 1320000 千瓦, 2X90万吨/年 →
// 1800000 吨 (× x X *). A count of power units needs no marker; 3×5米 is a
// size.
//
// # Products
//
// "product": the product is the name that follows the unit (or the rate)
// directly, up to where a project word (项目 生产线 技术改造 产业化 工程 基地
// 装置 …), 的, 等, a clause word (将 可 预计 建成 达产 …), 产能, a word for the
// kind of works (养殖 一体化 综合利用), a quantity or a date (风机叶片200套,
// 饲料2022年) or punctuation begins (capProductStops): 年产5万吨特种纤维A型项目
// → 特种纤维A型. A name holds Han characters, Latin letters and digits, - ·
// and Greek letters, a point or comma between digits (10万吨/年1,4-丁二醇,
// 2.0-2.5mm超薄双玻光伏玻璃盖板) and a parenthesized part followed by more of
// the name (新型干法水泥(熟料)生产基地; not 饲料(一期)项目). 工程 in 工程机械,
// 工程塑料 … is part of it. Names joined by 及, 与, 和 or 、 are one product
// when the last ends at a project word, 等, 的 or 产能 (高端汽车装备及零部件项目,
// 轻质碳酸钙、活性钙、纳米钙等), or after 及 and 与 at punctuation
// (高端触控显示模组及器件、); not when a quantity follows the join (rule "list")
// nor when the last name holds a stop word (乙烯及下游深加工联合体装置 → 乙烯). The
// product is empty when nothing follows or when what follows is longer than
// a name (capMaxProduct).
//
// "product-first": the product may come between the marker and the number
// (年出栏生猪30万头 → product 生猪; 年产医用设备20000台; 日产水泥4600吨;
// 年产能铁351.8万吨): up to capMaxLeadProduct Han characters with no stop
// word before a numeral, less a closing link and 量 (年产优质钢材达300万吨 →
// 优质钢材, 日处理垃圾量500吨 → 垃圾). The text runs from the marker to the
// unit. 年生产规模将达到30万吨 and 月产能将由现有的350亿颗提升至… hold stop
// words: no capacity.
//
// # Lists
//
// "list": a product followed by 、 及 和 与 以及 or 并 and another quantity in
// the same unit continues the capacity: 年产10万吨A、6万吨B gives two
// capacities, the second's text just 6万吨, its Period inherited (unless it
// states its own rate), its product B. 产能 or 能力 after a product does not
// end the list (每年2700万吨炼油产能和220万吨乙烯产能). A change of unit ends it
// (年产10万台电机、5万套控制器), and so does a missing product (年产5万吨、3万吨).
//
// "list-product-first": after a product-first capacity, 、 and another
// product before a quantity in the same unit continue it:
// 年产能铁351.8万吨、钢309万吨 → the second's text 309万吨, product 钢.
//
// # Capacities without a marker
//
// A quantity without a marker is a capacity when it is a rate or a count of
// power units (above), or by one of these rules; it has no Period unless
// its rate or a list gives one.
//
// "scale": a scale named in a project: a unit of output (头 只 羽 吨 t kt and
// the power units; 台 套 辆 片 件 with 万 or 亿) followed by a product (or
// nothing) and a project word (capProjectWords): 百万头生猪产业化项目 → 百万头,
// 1000000 头, product 生猪; 28万吨精制磷酸装置; 一期30万吨项目. Storage
// (10万吨粮食筒仓) and floor space (10万平方米标准化厂房项目) are none.
//
// "power": a power unit (capPowerUnits: the watt and volt-ampere units, and
// MWh and GWh for batteries) directly followed by a product of two or more
// characters: 2GW绿色高效超薄硅片, 1.2GW太阳能电池生产基地. A power total
// without a product (农业机械总动力65.44万千瓦, 装机量分别为15.13GW、34.54GW) is
// none.
//
// "power-plant": after a power unit, a name that holds 电站, 电厂, 电场, 机组 or
// 发电 (capPlantHeads) is the equipment rated, not a product: the capacity
// has none (7.5MW纯低温余热电站, 10千瓦光伏电站, 18兆瓦余热发电系统).
//
// "capacity-word": a quantity followed by 产能 or 的产能 is a capacity:
// 形成10万吨的产能; in 20GWh产能的储能电芯项目 the product is the name after
// 产能的 when a project word ends it.
//
// "list-scale": the items of a list (rule "list") that have no marker are
// capacities when one of them is by the rules above:
// 15万吨磷酸二氢锂和20万吨磷酸铁锂生产装置 → two capacities, no Period;
// “10GW高效光伏电池及10GW组件” → two.
//
// # Not capacities
//
// "not-capacity": voltage classes (220千伏), areas (120亩), money and
// quantities without a marker that none of the rules above makes a
// capacity (100台设备, 3台机组项目) are not capacities.
//
// # Glosses
//
// "gloss": a pinyin gloss printed after a character (年产(chǎn)60万(wàn)吨,
// 项(xiàng)目) is read through: the finder works on the text without its
// glosses, and reports a capacity's offsets, text and product in the text
// as written, glosses inside them included (年产(chǎn)60万(wàn)吨, product
// 高强(qiáng)度钢). A gloss is one lower-case syllable with a vowel, in
// parentheses, right after a Han character; (xyz) is none.

// capPeriods open a marker and give its period.
var capPeriods = []struct {
	word   string
	period Period
}{{"年", PerYear}, {"日", PerDay}, {"月", PerMonth}}

// capEvery are the markers 每年 … that stand directly before a number.
var capEvery = []struct {
	word   string
	period Period
}{{"每年", PerYear}, {"每日", PerDay}, {"每天", PerDay}, {"每月", PerMonth}}

// capModifiers may stand between a marker's period and its verb.
var capModifiers = []string{"综合", "货物", "设计", "可"}

// capVerbs are the verbs of markers, longest first where one is a prefix
// of another.
var capVerbs = []string{"产销", "产", "处理", "加工", "出栏", "吞吐", "屠宰", "生产", "利用"}

// capInstalled are the markers of installed power, longest first where one
// is a prefix of another; a noun takes a link (装机容量为).
var capInstalled = []struct {
	word string
	noun bool
}{
	{"总装机容量", true}, {"总装机规模", true}, {"总装机", false},
	{"装机容量", true}, {"装机规模", true}, {"装机", false},
}

// capNounSuffixes turn a verb into a noun (年产能, 年处理能力).
var capNounSuffixes = []string{"能力", "能", "量"}

// capLinks may stand between a noun marker and its number.
var capLinks = []string{"将达到", "将达", "可达到", "可达", "已达到", "已达", "高达", "达到", "达", "为", "突破", "超过", "约", "近", "超", "逾", "不低于", "不少于"}

// capVerbLinks may stand between a verb marker and its number.
var capVerbLinks = []string{"超过", "约", "近", "超", "逾", "达到", "可达", "达", "不低于", "不少于"}

// capNotBefore lists what, written before 年/日/月, makes it part of another
// word (今年产量, 全年产值, 去年): a year, a date or a period.
const capNotBefore = "今去明前当全同上本近往历逐该次昨"

// capSeparators join the items of a list of products.
var capSeparators = []string{"、", "以及", "及", "和", "与", "并"}

// capListNouns may follow a product inside a list (炼油产能和乙烯产能).
var capListNouns = []string{"生产能力", "产能", "能力"}

// capMaxList bounds the items of one list.
const capMaxList = 8

// A capItem is a capacity found in the text searched: one item of a list.
type capItem struct {
	start        int // where the text starts: the marker, or the quantity
	q            capQuantity
	period       Period
	pStart, pEnd int    // the product; none when pStart == pEnd
	stop         string // the stop word that ends a product after the quantity
	lead         bool   // the product comes before the quantity
	capWord      bool   // 产能 follows the quantity
}

// A capMarker is a marker: the text from start to end, before the number.
type capMarker struct {
	start, end int
	period     Period
	lead       bool // a product may come before the number
	product    bool // a product must follow the quantity (每年)
	installed  bool // installed power, which has no product
}

// Capacities finds the production capacities in s, in order.
func Capacities(s string) []Fact { return appendCapacities(nil, s) }

// appendCapacities appends the production capacities in s to facts.
func appendCapacities(facts []Fact, s string) []Fact {
	t, g := capStripGlosses(s)
	c := capScan{s: t, orig: s, glosses: g, facts: facts}
	c.run()
	return c.facts
}

// capScan finds the capacities of s, the text searched without its
// glosses, and reports them in orig, the text as written.
type capScan struct {
	s, orig string
	glosses capGlosses
	facts   []Fact
}

// run scans the text once, from left to right, and emits every capacity.
func (c *capScan) run() {
	s := c.s
	for i := 0; i < len(s); {
		if b := s[i]; b < 0x80 {
			if b >= '0' && b <= '9' {
				i = c.bare(i)
				continue
			}
			i++
			continue
		}
		r, w := mcRune(s, i)
		switch {
		case r == '年' || r == '日' || r == '月' || r == '装' || r == '总' || r == '每':
			if it, ok := capTriggerAt(s, i); ok {
				i = c.list(it, true)
				continue
			}
		case num.IsNumeralStart(r):
			i = c.bare(i)
			continue
		}
		i += w
	}
}

// bare reads a quantity without a marker at i and returns where scanning
// goes on.
func (c *capScan) bare(i int) int {
	r, w := mcRune(c.s, i)
	if !capStartOK(c.s, i, r) {
		return i + w
	}
	q, ok := capQuantityAt(c.s, i)
	if !ok {
		if _, n, _ := num.Prefix(c.s[i:]); n > w {
			return i + n
		}
		return i + w
	}
	if q.rate == "" && !capScaleUnit(q.unit, true) && !capCapacityWordAt(c.s, q.end) {
		return q.end // no rule can make it a capacity, nor a list of its unit
	}
	it := capItem{start: i, q: q, period: q.rate}
	capProductAfter(c.s, &it)
	return c.list(it, false)
}

// capCapacityWordAt reports whether 产能 or 的产能 stands at p.
func capCapacityWordAt(s string, p int) bool {
	return strings.HasPrefix(s[p:], "产能") || strings.HasPrefix(s[p:], "的产能")
}

// list reads the list that first opens and emits its items when first is
// a capacity (accepted) or one of the items is by itself. It returns where
// scanning goes on.
func (c *capScan) list(first capItem, accepted bool) int {
	var items [capMaxList]capItem
	items[0] = first
	n := 1
	accepted = accepted || capStandsAlone(c.s, first)
	for n < capMaxList {
		it, ok := capNextItem(c.s, items[n-1])
		if !ok {
			break
		}
		items[n] = it
		n++
		accepted = accepted || capStandsAlone(c.s, it)
	}
	if !accepted {
		return first.q.end
	}
	for k := range n {
		it := &items[k]
		if k > 0 && it.q.rate == "" {
			it.period = items[k-1].period
		}
		if capIsPowerUnit(it.q.unit) && capIsPlant(c.s[it.pStart:it.pEnd+len(it.stop)]) {
			it.pEnd = it.pStart // rule "power-plant": 余热电站, 余热电厂 (厂 a stop word)
		}
		c.emit(*it)
	}
	return max(items[n-1].q.end, items[n-1].pEnd)
}

// emit appends the fact of it, in the text as written.
func (c *capScan) emit(it capItem) {
	start, end := c.glosses.start(it.start), c.glosses.end(it.q.end)
	f := Fact{
		Kind: KindCapacity, Text: c.orig[start:end], Start: start, End: end,
		Value: it.q.value, Unit: it.q.unit, Period: it.period,
	}
	if it.pEnd > it.pStart {
		f.Product = c.orig[c.glosses.start(it.pStart):c.glosses.end(it.pEnd)]
	}
	c.facts = append(c.facts, f)
}

// capStartOK reports whether a numeral may start at i: not inside a
// number or a Latin word (1,200, 2.5, A4000), not after 数, 几 ….
func capStartOK(s string, i int, r rune) bool {
	if i == 0 {
		return true
	}
	p, w := utf8.DecodeLastRuneInString(s[:i])
	if r < 0x80 {
		return !(p < 0x80 && (isASCIIAlnumByte(byte(p)) || p == '.' || p == ',' && isDigitAt(s, i-w-1)))
	}
	return !num.IsNumeralRune(p) && !strings.ContainsRune(monNoCount, p)
}

// capStandsAlone reports whether a quantity without a marker is a capacity
// by itself: a rate, a count of power units, a power unit before a product,
// a quantity before 产能, or a scale before a project word.
func capStandsAlone(s string, it capItem) bool {
	q := it.q
	switch {
	case q.rate != "" || it.capWord:
		return true
	case capIsPowerUnit(q.unit) && (q.count || utf8.RuneCountInString(s[it.pStart:it.pEnd]) >= 2):
		return true
	}
	return capIsProjectWord(it.stop) && capScaleUnit(q.unit, strings.ContainsAny(s[q.numStart:q.end], "万亿"))
}

// capProductAfter sets the product that follows the quantity of it.
func capProductAfter(s string, it *capItem) {
	it.pStart = it.q.end
	it.pEnd, it.stop = capProductEnd(s, it.q.end)
	if it.pEnd > it.pStart {
		return
	}
	switch {
	case it.stop == "产能": // 20GWh产能的储能电芯项目
		it.capWord = true
		if p, ok := strings.CutPrefix(s[it.q.end+len("产能"):], "的"); ok {
			ps := len(s) - len(p)
			if e, stop := capProductEnd(s, ps); e > ps && capIsProjectWord(stop) {
				it.pStart, it.pEnd, it.stop = ps, e, stop
			}
		}
	case it.stop == "的" && strings.HasPrefix(s[it.q.end+len("的"):], "产能"): // 形成10万吨的产能
		it.capWord = true
	}
}

// capNextItem reads the item of a list that follows prev, if any.
func capNextItem(s string, prev capItem) (capItem, bool) {
	a := prev.q.end
	if !prev.lead {
		if prev.pEnd == prev.pStart {
			return capItem{}, false // a list of products, not of numbers
		}
		a = prev.pEnd
		for _, w := range capListNouns {
			if prev.stop == w {
				a += len(w)
				break
			}
		}
	}
	n := capSeparatorLen(s, a)
	if n == 0 {
		return capItem{}, false
	}
	b := capSkipSpaces(s, a+n)
	if prev.lead {
		end, qp, ok := capLeadEnd(s, b)
		if !ok {
			return capItem{}, false
		}
		q, ok := capQuantityAt(s, qp)
		if !ok || q.unit != prev.q.unit {
			return capItem{}, false
		}
		return capItem{start: qp, q: q, period: q.rate, pStart: b, pEnd: end, lead: true}, true
	}
	q, ok := capQuantityAt(s, b)
	if !ok || q.unit != prev.q.unit {
		return capItem{}, false
	}
	it := capItem{start: b, q: q, period: q.rate}
	capProductAfter(s, &it)
	return it, true
}

// capSeparatorLen returns the length of the list separator at p, or 0.
func capSeparatorLen(s string, p int) int {
	for _, w := range capSeparators {
		if strings.HasPrefix(s[p:], w) {
			return len(w)
		}
	}
	return 0
}

// capTriggerAt reads a capacity introduced by a marker at i.
func capTriggerAt(s string, i int) (capItem, bool) {
	m, ok := capMarkerAt(s, i)
	if !ok {
		return capItem{}, false
	}
	p := capSkipSpaces(s, m.end)
	if q, ok := capReadQuantity(s, p, true); ok {
		it := capItem{start: m.start, q: q, period: m.period}
		if q.rate != "" {
			it.period = q.rate
		}
		capProductAfter(s, &it)
		if m.installed {
			it.pEnd = it.pStart
		}
		return it, !m.product || it.pEnd > it.pStart
	}
	if !m.lead {
		return capItem{}, false
	}
	end, qp, ok := capLeadEnd(s, p)
	if !ok {
		return capItem{}, false
	}
	q, ok := capQuantityAt(s, qp)
	if !ok {
		return capItem{}, false
	}
	it := capItem{start: m.start, q: q, period: m.period, pStart: p, pEnd: end, lead: true}
	if q.rate != "" {
		it.period = q.rate
	}
	return it, true
}

// capMarkerAt reads the marker at i (rules "marker" … "installed").
func capMarkerAt(s string, i int) (m capMarker, ok bool) {
	m.start = i
	switch r, w := mcRune(s, i); r {
	case '装', '总':
		for _, t := range capInstalled {
			if strings.HasPrefix(s[i:], t.word) {
				m.end, m.installed = capLinkEnd(s, i+len(t.word), t.noun), true
				return m, true
			}
		}
		return m, false
	case '每':
		for _, t := range capEvery {
			if strings.HasPrefix(s[i:], t.word) {
				m.end, m.period, m.product = i+len(t.word), t.period, true
				return m, true // 每年2700万吨炼油; 每年产 is read at 年
			}
		}
		return m, false
	default:
		if i > 0 {
			p, _ := utf8.DecodeLastRuneInString(s[:i])
			if num.IsNumeralRune(p) || strings.ContainsRune(capNotBefore, p) {
				return m, false // 2021年产值, 今年产量
			}
		}
		for _, t := range capPeriods {
			if t.word[0] == s[i] && strings.HasPrefix(s[i:], t.word) {
				m.period = t.period
				break
			}
		}
		p := i + w
		p += len(capPrefixIn(s[p:], capModifiers))
		verb := capPrefixIn(s[p:], capVerbs)
		if verb == "" {
			return m, false
		}
		p += len(verb)
		suffix := capPrefixIn(s[p:], capNounSuffixes)
		p += len(suffix)
		// 年产生 (waste), 年产出: verbs, not products
		m.lead = !(verb == "产" && suffix == "" && (strings.HasPrefix(s[p:], "生") || strings.HasPrefix(s[p:], "出")))
		m.end = capLinkEnd(s, p, suffix != "")
		return m, m.period != ""
	}
}

// capLinkEnd returns the offset after the link or qualifier at p, if any.
func capLinkEnd(s string, p int, noun bool) int {
	links := capVerbLinks
	if noun {
		links = capLinks
	}
	return p + len(capPrefixIn(s[p:], links))
}

// capPrefixIn returns the first of words that s starts with, or "".
func capPrefixIn(s string, words []string) string {
	for _, w := range words {
		if strings.HasPrefix(s, w) {
			return w
		}
	}
	return ""
}

func capIsProjectWord(w string) bool {
	for _, x := range capProjectWords {
		if w == x {
			return true
		}
	}
	return false
}
