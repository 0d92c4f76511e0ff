package fact

import (
	"strings"
	"unicode/utf8"
)

// This file finds company names: full legal names ending in 有限公司,
// 股份有限公司, 有限责任公司 or 集团有限公司, as written, with their place
// prefix (香港某某纺织有限公司), interpuncts (甲乙·丙丁新材料集团有限公司)
// and parentheses (某某集团(某地)某某氢能科技有限公司). Short names (某某集团,
// 某某印染公司, 某某控股) are not legal names and are not found.
//
// A name is found from its suffix leftwards: it runs over name characters
// (Han, Latin letters, digits, ·, balanced parentheses) and stops at
// punctuation, at 的, and at the words that introduce a company in a
// sentence (与, 由, 对接, 整合, 引进 …) — but only once the part found so far
// is a name of its own, so that 华为技术有限公司 is not cut at 为.

// companySuffixes end legal company names, longest first.
var companySuffixes = []string{
	"集团股份有限公司", "股份有限公司", "有限责任公司", "集团有限公司", "有限公司",
}

// maxNameRunes bounds the length of a company or project name.
const maxNameRunes = 40

// Companies finds the full legal company names in s, in order.
func Companies(s string) []Fact { return appendCompanies(nil, s) }

// appendCompanies appends the company names in s to facts.
func appendCompanies(facts []Fact, s string) []Fact {
	base := len(facts)
	for i := 0; i < len(s); {
		j := strings.Index(s[i:], "公司")
		if j < 0 {
			break
		}
		end := i + j + len("公司")
		i = end
		if start, ok := companyAt(s, end); ok {
			name := s[start:end]
			if n := len(facts); n > base && facts[n-1].End > start {
				continue
			}
			facts = append(facts, Fact{Kind: KindCompany, Text: name, Start: start, End: end, Name: name})
		}
	}
	return facts
}

// companyAt reports whether a legal company name ends at byte end of s, and
// where it starts.
func companyAt(s string, end int) (start int, ok bool) {
	suffix := ""
	for _, suf := range companySuffixes {
		if strings.HasSuffix(s[:end], suf) {
			suffix = suf
			break
		}
	}
	if suffix == "" {
		return 0, false
	}
	coreEnd := end - len(suffix)
	start = nameStart(s, coreEnd, nil, companyStops, func(s string, i, end int) bool {
		return substantial(s[i:end]) && !heInName(s, i)
	})
	for _, det := range []string{"一家", "这家", "该", "了"} {
		if k := strings.LastIndex(s[start:coreEnd], det); k >= 0 {
			start += k + len(det) // 成立了一家有限公司: a determiner, then no name
		}
	}
	start = skipDescriptors(s, start, coreEnd)
	if !substantial(s[start:coreEnd]) {
		return 0, false
	}
	return start, true
}

// heInName reports whether the 和 just before byte i of s is part of a
// name rather than a conjunction: 大和, 协和, 泰和 before it, or 和平,
// 和谐 after it.
func heInName(s string, i int) bool {
	r, size := utf8.DecodeLastRuneInString(s[:i])
	if r != '和' {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(s[:i-size])
	next, _ := utf8.DecodeRuneInString(s[i:])
	return strings.ContainsRune("大协太中祥平泰共融保人永裕宏嘉恒同义元顺兴安昌德鼎瑞", prev) ||
		strings.ContainsRune("平谐美信顺兴泰睦达盛鑫润", next)
}

// companyDescriptors describe a company without being part of its name when
// they open it: 台资某某精密机械有限公司 is 某某精密机械有限公司, funded
// from Taiwan.
var companyDescriptors = []string{
	"台资", "外资", "港资", "澳资", "侨资", "内资", "民营", "合资", "独资", "外商独资", "中外合资",
	"龙头企业", "重点企业", "上市公司", "知名企业", "当地", "本地", "知名", "全球", "国内", "国际知名",
}

// skipDescriptors moves start past descriptors that open a name, as long as
// what remains is a name of its own.
func skipDescriptors(s string, start, coreEnd int) int {
	for changed := true; changed; {
		changed = false
		for _, d := range companyDescriptors {
			if strings.HasPrefix(s[start:coreEnd], d) && substantial(s[start+len(d):coreEnd]) {
				start += len(d)
				changed = true
			}
		}
	}
	return start
}

// companyStops are the words before which a company name begins, as they
// would be met scanning leftwards: verbs and prepositions that introduce a
// company in a sentence.
var companyStops = newStopSet(
	"与", "和", "及", "同", "跟", "由", "为", "对", "向", "在", "是", "了", "将", "把", "被", "让",
	"给", "从", "于", "等", "并", "或", "即", "以", "到", "据", "系", "赴",
	"以及", "走进", "来到", "开发区", "高新区", "经开区", "园区", "工业园", "产业园", "示范区", "新区",
	"保税区", "自贸区", "片区", "工业集中区", "集聚区", "对接", "整合", "引进", "引入", "签约", "签订", "考察", "设立", "成立", "联合", "携手",
	"包括", "其中", "位于", "依托", "落户", "入驻", "收购", "并购", "委托", "邀请", "来自", "通过",
	"选择", "推动", "带动", "支持", "帮助", "协调", "走访", "调研", "看望", "来到", "深入", "前往",
	"评为", "获得", "荣获", "成为", "属于", "旗下", "下属", "牵头", "主导", "参与", "承建", "主办",
	"指导", "授权", "认定", "入选", "发起", "共同", "还有", "分别", "同时", "此外", "目前", "近日",
	"日前", "当天", "同日", "随后", "如今", "企业", "客商", "董事长", "总经理", "负责人", "投产的",
	"是继", "继续", // 这是继…公司之后
	"比如", "例如", "譬如", "子公司", "供应商", "透过", "经由",

	"建设的", "注册", "成立了", "组建", "控股的", "投资建设", "合作建设", "签下", "拜访", "对接了",
	"举行", "举办", "召开", "代表", "出席", "见证", "会见", "接待", "宣布", "获悉",
)

// genericNameWords are the words of a name that say what a business does
// rather than which one it is; a name made only of them (技术有限公司,
// 科技有限公司) is not a name of its own.
var genericNameWords = []string{
	"科技", "技术", "投资", "建设", "发展", "实业", "贸易", "商贸", "新材料", "材料", "能源",
	"新能源", "电子", "信息", "网络", "医药", "生物", "化工", "纺织", "印染", "机械", "装备",
	"制造", "智能", "环保", "农业", "食品", "置业", "地产", "房地产", "控股", "集团", "股份",
	"工业", "产业", "物流", "供应链", "文化", "传媒", "旅游", "管理", "咨询", "服务", "工程",
	"建材", "电力", "电气", "汽车", "钢铁", "金属", "矿业", "光电", "精密", "重工", "开发",
	"国际", "中国", "有限", "责任", "分", "子", "总", "该", "本", "这家", "此", "一家", "各",
}

// substantial reports whether the part of a name before its suffix names
// something of its own: after dropping generic business words, at least two
// Han characters (or a Latin or digit run) remain.
func substantial(core string) bool {
	rest := core
	for changed := true; changed; {
		changed = false
		for _, w := range genericNameWords {
			if strings.HasSuffix(rest, w) {
				rest = rest[:len(rest)-len(w)]
				changed = true
			}
			if strings.HasPrefix(rest, w) {
				rest = rest[len(w):]
				changed = true
			}
		}
	}
	han, other := 0, 0
	for _, r := range rest {
		switch {
		case isHan(r):
			han++
		case r < utf8.RuneSelf && (r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z'):
			other++
		}
	}
	return han >= 2 || other >= 2 || han >= 1 && other >= 1
}

// nameStart scans s leftwards from end over name characters and returns
// where the name begins: after punctuation, white space or 的, after a hard
// stop word, or after a soft stop word when ok(s, i, end) says the part
// already scanned, s[i:end], is a name of its own. A one-character soft
// stop right after a number or unit is part of a name (年产1万吨对苯二甲酸).
// A single space between Latin words (Mini LED) is part of the name.
func nameStart(s string, end int, hard, soft stopSet, ok func(s string, i, end int) bool) int {
	i, runes, depth := end, 0, 0
	quoteEnd := -1 // where a closing quote met at depth 0 ends
	for i > 0 && runes < maxNameRunes {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		switch {
		case r == ')' || r == '）' || r == '”':
			if depth == 0 && r == '”' {
				quoteEnd = i
			}
			depth++
		case r == '(' || r == '（' || r == '“':
			if depth == 0 {
				return i
			}
			depth--
		case depth > 0:
			// Inside parentheses anything goes but a sentence break; inside
			// quotes, punctuation means a quotation before the name
			// (…服务。”山东华岱氢能装备有限公司), not a quoted part of it.
			if quoteEnd >= 0 && !isNameRune(r) {
				return quoteEnd
			}
			if r == '。' || r == '\n' {
				return i
			}
		case r == ' ' && latinAround(s, i-size, i):
		case !isNameRune(r) || r == '的':
			return i
		default:
			if hard.matchBefore(s, i) > 0 {
				return i
			}
			if n := soft.matchBefore(s, i); n > 0 && !(n == size && afterQuantity(s, i-n)) && ok(s, i, end) {
				return i
			}
		}
		i -= size
		runes++
	}
	if runes >= maxNameRunes {
		return end // too long to be a name
	}
	return i
}

// afterQuantity reports whether s[:i] ends with a digit or a unit of
// quantity (吨, 万, 台 …).
func afterQuantity(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r >= '0' && r <= '9' || strings.ContainsRune("吨米台套头件只辆个万亿千百元瓦伏亩", r)
}

// latinAround reports whether the byte range [i, j) of s sits between an
// ASCII letter or digit on each side.
func latinAround(s string, i, j int) bool {
	if i == 0 || j >= len(s) {
		return false
	}
	a, b := s[i-1], s[j]
	return isASCIIAlnum(a) && isASCIIAlnum(b)
}

func isASCIIAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z'
}

// isNameRune reports whether r can be part of a company or project name.
func isNameRune(r rune) bool {
	switch {
	case isHan(r):
		return true
	case r >= '0' && r <= '9', r >= 'A' && r <= 'Z', r >= 'a' && r <= 'z':
		return true
	case r == '·' || r == '•' || r == '&' || r == '-' || r == '+' || r == '.' || r == '×':
		return true
	}
	return false
}

// isHan reports whether r is a CJK ideograph.
func isHan(r rune) bool {
	return r >= 0x4E00 && r <= 0x9FFF || r >= 0x3400 && r <= 0x4DBF || r >= 0xF900 && r <= 0xFAFF ||
		r >= 0x20000 && r <= 0x3134F || r == 0x3007
}

// A stopSet is a set of words, indexed by their last rune, for matching
// while scanning leftwards.
type stopSet map[rune][]string

func newStopSet(words ...string) stopSet {
	m := stopSet{}
	for _, w := range words {
		last, _ := utf8.DecodeLastRuneInString(w)
		m[last] = append(m[last], w)
	}
	for k := range m { // longest first
		ws := m[k]
		for a := 1; a < len(ws); a++ {
			for b := a; b > 0 && len(ws[b]) > len(ws[b-1]); b-- {
				ws[b], ws[b-1] = ws[b-1], ws[b]
			}
		}
	}
	return m
}

// matchBefore returns the length in bytes of the longest word of the set
// that ends at byte i of s, or 0.
func (m stopSet) matchBefore(s string, i int) int {
	last, _ := utf8.DecodeLastRuneInString(s[:i])
	for _, w := range m[last] {
		if strings.HasSuffix(s[:i], w) {
			return len(w)
		}
	}
	return 0
}
