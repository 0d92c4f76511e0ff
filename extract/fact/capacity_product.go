package fact

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/zhnews/zhnews/extract/num"
)

// This file reads the product of a capacity (rules "product" and
// "product-first" in capacity.go).

// capProductStops end a product name, longest first where one is a prefix
// of another.
var capProductStops = []string{
	"项目", "生产线", "生产装置", "技术改造", "产业化", "工程", "基地", "产业园", "生产基地", "示范",
	"建设", "扩建", "新建", "改扩建", "改造", "升级", "以及", "同时", "规模", "生产能力",
	"能力", "产能", "装置", "车间", "工厂", "厂", "仓库", "配套", "正在", "正式", "可实现",
	"可达", "可带动", "可新增", "可满足", "可以", "预计", "达产", "投产", "建成", "实现",
	"以上", "左右", "用于", "主要", "目前", "占地", "总投资", "投资", "计划", "年产",
	"年销售", "产值", "销售", "一期", "二期", "三期", "生产", "加工", "满足", "带动",
	"填补", "届时", "成为", "全部", "每年", "养殖", "一体化", "综合利用", // the kind of works, not the product
	"提升", "提高", "增加", "增至", "扩大", "达到", "降至", "增长", "翻番", "翻一番", "上升", // a change of capacity
	"的", "及", "和", "与", "或", "并", "等", "将", "已", "为", "是", "在",
}

var capStopsByFirst = mcIndex(capProductStops, func(w string) string { return w }, false)

// capProjectWords end the product of a trigger-less scale (百万头生猪产业化项目).
var capProjectWords = []string{"项目", "产业化", "生产线", "工程", "基地", "产业园", "技术改造", "生产基地", "装置", "生产装置"}

// productAfterEngineering makes 工程 part of a product rather than the end
// of one: 工程机械, 工程塑料, 工程车辆.
var productAfterEngineering = []string{"机械", "塑料", "车", "陶瓷", "轮胎"}

// capMaxProduct bounds a product name, in runes; capMaxParen a
// parenthesized part of one (新型干法水泥(熟料)).
const (
	capMaxProduct = 20
	capMaxParen   = 6
)

// capStopAt returns the stop word at p, or "".
func capStopAt(s string, p int) string {
	r, _ := mcRune(s, p)
	for _, w := range capStopsByFirst[r] {
		if strings.HasPrefix(s[p:], w) {
			if w == "等" && strings.HasPrefix(s[p:], "等离子") || w == "工程" && hasAnyPrefix(s[p+len(w):], productAfterEngineering) {
				continue
			}
			return w
		}
	}
	return ""
}

// capProductEnd returns where the product after p ends, and the stop word
// there ("" at punctuation or the end of the text). A product holds Han
// characters, Latin letters and digits, - and ·, Greek letters (γ-丁内酯),
// a point or comma between digits (1,4-丁二醇, 2.0-2.5mm), a space between
// Latin words (Mini LED) and a parenthesized part followed by more of the
// name (新型干法水泥(熟料)生产基地); a quantity or a date ends it (风机叶片200套),
// and names joined by 及 和 与 or 、 may make one product (capJoin). A product
// longer than capMaxProduct is no product: what follows is a clause.
func capProductEnd(s string, p int) (int, string) {
	e := p
	for runes := 0; e < len(s); runes++ {
		if w := capStopAt(s, e); w != "" {
			if e > p && (w == "及" || w == "和" || w == "与") {
				return capJoin(s, p, e, w)
			}
			return e, w
		}
		r, w := mcRune(s, e)
		if num.IsNumeralStart(r) && !isDigitAt(s, e-1) && capNumberEndsProduct(s, e) {
			return e, "" // 风机叶片200套, 饲料2022年投产, 两台发电机组
		}
		switch {
		case r == '、' && e > p:
			return capJoin(s, p, e, "、")
		case isHan(r) || r < 0x80 && isASCIIAlnumByte(byte(r)) || r == '-' || r == '·' || isGreek(r):
		case r == ' ' && e > p && isASCIIAlnumAt(s, e-1) && isASCIIAlnumAt(s, e+1): // Mini LED
		case (r == '.' || r == ',') && e > p && isDigitAt(s, e-1) && isDigitAt(s, e+1): // 1,4-丁二醇, 2.0-2.5mm
		case r == '(' || r == '（':
			n := capParenLen(s, e)
			if n == 0 {
				return e, ""
			}
			w = n
		default:
			return e, ""
		}
		if runes >= capMaxProduct {
			return p, ""
		}
		e += w
	}
	return e, ""
}

// capNumberEndsProduct reports whether the numeral at p starts a quantity
// or a date, which a product name does not hold.
func capNumberEndsProduct(s string, p int) bool {
	if _, ok := capQuantityAt(s, p); ok {
		return true
	}
	_, n, ok := num.Prefix(s[p:])
	if !ok || p+n >= len(s) {
		return false
	}
	r, _ := mcRune(s, p+n)
	return r == '年' || r == '月' || r == '日'
}

// capJoinEnds, besides the project words, may end the last of names joined
// into one product (轻质碳酸钙、活性钙、纳米钙等).
var capJoinEnds = []string{"等", "的", "产能", "能力", "生产能力", "规模"}

// capJoin returns where the product p…e ends when the conjunction or 、 join
// at e (as capProductEnd does): after the next name when that name has no
// digit, the whole fits a product, and it ends at a project word, at one of
// capJoinEnds or, after 及 or 与, at punctuation; at e otherwise. A quantity
// after the join starts another item of a list (rule "list").
func capJoin(s string, p, e int, join string) (int, string) {
	stop := join
	if join == "、" {
		stop = ""
	}
	b := e + len(join)
	if utf8.RuneCountInString(s[p:b]) >= capMaxProduct {
		return e, stop // and the joins nest at most capMaxProduct/2 deep
	}
	e2, stop2 := capProductEnd(s, b)
	if e2 == b || strings.ContainsAny(s[b:e2], "0123456789") || utf8.RuneCountInString(s[p:e2]) > capMaxProduct {
		return e, stop
	}
	if capIsProjectWord(stop2) || slices.Contains(capJoinEnds, stop2) || stop2 == "" && (join == "及" || join == "与") {
		return e2, stop2
	}
	return e, stop
}

// capPlantHeads name generating plants, sets and systems: after a power
// unit, a name that holds one is the equipment rated, not a product
// (7.5MW纯低温余热电站, 9兆瓦发电机组, 18兆瓦余热发电系统).
var capPlantHeads = []string{"电站", "电厂", "电场", "机组", "发电"}

// capIsPlant reports whether name is a generating plant, set or system.
func capIsPlant(name string) bool {
	for _, h := range capPlantHeads {
		if strings.Contains(name, h) {
			return true
		}
	}
	return false
}

// capParenLen returns the length of a parenthesized part of a product at
// p, or 0: a few name characters without a stop word, followed by more of
// the name or by a stop word, not by punctuation.
func capParenLen(s string, p int) int {
	open, w := utf8.DecodeRuneInString(s[p:])
	closer := ')'
	if open == '（' {
		closer = '）'
	}
	e := p + w
	for runes := 0; e < len(s) && runes <= capMaxParen; runes++ {
		r, w := mcRune(s, e)
		if r == closer {
			if runes == 0 || e+w >= len(s) {
				return 0
			}
			if next, _ := mcRune(s, e+w); !isHan(next) && !(next < 0x80 && isASCIIAlnumByte(byte(next))) {
				return 0
			}
			return e + w - p
		}
		if !isHan(r) && !(r < 0x80 && isASCIIAlnumByte(byte(r))) || capStopAt(s, e) != "" {
			return 0
		}
		e += w
	}
	return 0
}

// capLeadEnd returns where a product written before the number ends
// (年出栏生猪30万头): a run of at most capMaxLeadProduct Han characters from p
// up to a numeral, less the link (达, 约 …) and the 量 or 能力 that may close
// it (年产优质钢材达300万吨, 日处理垃圾量500吨). ok is false when the run holds a stop word or
// does not reach a numeral.
func capLeadEnd(s string, p int) (end, q int, ok bool) {
	e, runes := p, 0
	for e < len(s) && runes < capMaxLeadProduct {
		r, w := mcRune(s, e)
		if !isHan(r) || num.IsNumeralStart(r) {
			break
		}
		e += w
		runes++
	}
	if runes == 0 {
		return 0, 0, false
	}
	end, q = e, capSkipSpaces(s, e)
	for _, l := range capLinks {
		if strings.HasSuffix(s[p:end], l) && end-len(l) > p {
			end -= len(l) // 年产优质钢材达300万吨
			break
		}
	}
	for _, suf := range capNounSuffixes {
		if strings.HasSuffix(s[p:end], suf) && end-len(suf) > p {
			end -= len(suf) // 日处理垃圾量500吨
			break
		}
	}
	for k := p; k < end; {
		if capStopAt(s, k) != "" {
			return 0, 0, false // a clause, not a product: 年生产规模将达, 月产能将由现有的
		}
		_, w := mcRune(s, k)
		k += w
	}
	return end, q, true
}

// capMaxLeadProduct bounds a product written before the quantity, in runes.
const capMaxLeadProduct = 8

func isGreek(r rune) bool { return r >= 'Α' && r <= 'ω' }

func isDigitAt(s string, i int) bool { return i >= 0 && i < len(s) && s[i] >= '0' && s[i] <= '9' }

func isASCIIAlnumAt(s string, i int) bool { return i >= 0 && i < len(s) && isASCIIAlnumByte(s[i]) }
