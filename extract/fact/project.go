package fact

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// This file finds project names: the full names of specific undertakings,
// ending in 项目, 工程, 产业园 or 基地 (年产1万吨对苯二甲酸项目,
// 某县城某某路道路提升改造工程), and links each to the facts of its own
// clause: the money invested, its capacity, its status and the companies
// named.
//
// A name is found from its suffix leftwards, like a company name, and stops
// at punctuation, at 的 (dropping 投资X亿元的 and …公司的), at a full legal
// company name (which is the investor, not part of the name), at an amount
// of money, and at the verbs and prepositions that introduce a project
// (建设, 引进, 签约, 整合, 随着, 与 …) once the part found so far is a name
// of its own — so the 建设 of 智能仓库建设项目 stays in the name.
//
// Generic mentions are not projects: 重点项目, 该项目, 签约项目, 亿元以上项目,
// 龙头项目, policy programmes (传统产业升级工程). A 产业园 or 基地 counts only
// when its sentence shows it being built, not as a goal (打造…产业园); a 工程
// only when its name says what is built (道路, 管网, 二期 …).

// projectSuffixes end project names.
var projectSuffixes = []string{"项目", "工程", "产业园", "基地"}

// notProjectEnd are the words that, right after a suffix, show it does not
// end a project name (项目部, 工程师, 产业园区, 基地化).
var notProjectEnd = map[string][]string{
	"项目":  {"部", "组", "库", "办", "化", "制", "群", "经理", "管理", "资金", "用地", "投资额", "投资总额", "投资强度", "投资力度", "投资计划", "投资主体", "投资进度"},
	"工程":  {"师", "院", "车", "机", "队", "局", "部", "处", "科", "兵", "学", "款", "量", "价", "化", "界", "类", "项", "建设", "技术", "质量", "公司"},
	"产业园": {"区"},
	"基地":  {"化"},
}

// projectHardStops are the words before which a project name begins,
// met scanning leftwards: verbs, prepositions, adverbs and titles that never
// sit inside a name.
var projectHardStops = newStopSet(
	"以及", "包括", "启动", "完成", "促成", "整合", "随着", "对接", "动工", "来到", "走进", "考察",
	"参观", "调研", "观摩", "视察", "检查", "督导", "加快", "加速", "推动", "推进", "谋划", "策划",
	"争取", "申报", "入选", "列入", "纳入", "作为", "其中", "一批", "一个", "这个", "抓好", "确保",
	"力争", "全力", "积极", "大力", "正在", "即将", "计划", "预计", "开展", "成功", "顺利", "正式",
	"全面", "举行", "举办", "召开", "通过", "依托", "围绕", "配套建设", "投资建设", "合作建设",
	"投资兴建", "兴建", "组织", "参与", "承建", "牵头", "引资", "包联", "保障", "支持", "做好", "另有",
	"以前", "过去", "现在", "原来",
	"位于", "拟建", "新上", "上马", "布局", "启动建设", "开工建设", "加快建设", "全力推进", "重点推进",
	"聚焦", "瞄准", "紧盯", "培育", "壮大", "带动", "宣布", "形成", "掀起", "换来", "落实", "跟踪",
	"汇报", "促进", "促推", "帮助", "协调", "解决", "调动", "督办", "甘当", "确定", "设立", "实施",
	"引进", "引入", "签约", "签下", "签订", "开工", "投产", "落户", "建成", "打造", "开建", "落地",
	"投资", "总投资", "计划投资", "共有", "还有", "也有", "已有", "涉及", "涵盖", "覆盖", "分别是",
	"分别为", "主要有", "按照", "依照", "根据", "对于", "关于", "制定", "精简", "要求", "推行",
	"书记", "县长", "市长", "区长", "镇长", "主任", "局长", "省长", "部长", "董事长", "总经理",
	"负责人", "经理", "介绍", "表示", "认为", "指出", "看到", "了解到", "获悉", "来自", "前往",
	"深入", "服务于", "用于", "之一", "千方百计", "成立", "组建", "对标", "引导", "鼓励", "吸引",
	"等", "除", "引来", "联系", "了", "签署", "建成后", "投产后", "竣工后", "完成后", "达产后", "察看", "查看", "实地", "期间", "实行", "暨", "共同开发", "联合开发", "合作开发", "满足", "今后", "以后", "目前", "当前", "近年来", "今年以来", "此前", "之前", "随后", "同时",
)

// projectSoftStops start a name only when what follows them is a name of
// its own: conjunctions and prepositions, which also occur inside names
// (对苯二甲酸, 和平), and the construction verbs that end many names
// (智能仓库建设项目, 道路提升改造工程).
var projectSoftStops = newStopSet(
	"与", "和", "及", "同", "由", "在", "是", "将", "为", "等", "把", "被", "从", "于", "向",
	"以", "或", "并", "对", "到", "建设", "新建", "扩建", "改造", "提升", "续建",
	"利用", // 利用…建设 starts a name, 回收利用项目 ends one
)

// projectGeneric are the words of generic mentions: a name made only of
// them, after its suffix is removed, is not a specific project.
var projectGeneric = []string{
	"亿元以上", "万元以上", "以上", "重点", "重大", "龙头", "产业链", "产业化", "产业", "工业", "集群",
	"签约落地", "签约", "在建", "新建", "续建", "新开工", "开工", "竣工", "投产", "储备", "招商引资",
	"招商", "引资", "招引", "建设", "民生", "基础设施", "财政投资", "政府投资", "社会投资", "投资",
	"主导", "战略性", "新兴", "高精尖", "一批", "这些", "这个", "该", "此", "本", "其", "各类", "各",
	"好", "大", "多", "类", "省级", "市级", "县级", "区级", "全省", "全市", "全区", "全县", "传统",
	"高端环节", "高端", "环节", "延伸", "配套", "制造业总部", "总部", "上下游", "优质", "转型", "技改",
	"高质量", "示范", "试点", "民营", "外资", "内资", "台资", "港资", "落地", "谋划", "前期", "备案",
	"一般", "所有", "每个", "单个", "具体", "专业镇", "补链", "延链", "强链", "三大", "升级", "环链",
	"孵化", "创新", "万众", "惠民", "乡村振兴", "集中", "中小", "大型", "小型", "新", "老", "其他",
	"其它", "相关", "合作", "对接", "洽谈", "意向", "在谈", "拟建", "计划", "年度", "十大", "百大",
	"千亿级", "百亿级", "亿元级", "政府", "社会", "规模以上", "规上", "纳统", "入库", "新上", "固定资产",
	"城建", "扩建", "新扩建", "改扩建", "今后", "制造业", "服务业", "第一批", "第二批", "第三批", "首批", "批", "个", "项", "我们",
	"他们", "精品", "亮点", "标志性", "引领性", "带动性", "牵引性", "实体", "产业类", "工业类",
	"社会类", "企业", "服务", "行业", "审批", "一切", "更多", "更", "新一轮", "一轮", "主体", "附属",
	"第一季度", "第二季度", "第三季度", "第四季度", "一季度", "二季度", "三季度", "四季度", "春季", "夏季",
	"秋季", "冬季", "上半年", "下半年", "生产", "第一个", "第二个", "第三个", "首个", "今年", "去年", "明年", "全年", "当年",
	"年初", "年底", "近年来", "目前", "共", "已", "要", "将", "还", "都", "也", "就", "等",
	"项目", "工程", "和", "与", "及", "现代", "农业", "事业", "部分", "我市", "我县", "我区", "我省", "我镇",
	"技术改造", "公司", "累计", "有",
}

// quantityRE-like prefixes: counts and years that open generic mentions
// (86个重点项目, 2023年第二批项目) are removed by stripCounts.

// aspirations are the verbs of goals: a park or base after them is what a
// place means to become, not a project being built.
var aspirations = []string{"打造", "建成", "争创", "创建", "培育", "建设成", "申报", "争取", "目标", "努力", "着力", "力争", "定位", "规划建设", "整合", "依托", "建好"}

// buildCues show a park or base being built in its sentence.
var buildCues = []string{
	"签约", "开工", "动工", "奠基", "在建", "建设", "施工", "竣工", "完工", "投产", "试运行", "试生产",
	"落地", "落户", "一期", "二期", "三期", "厂房", "封顶", "开建", "新建", "扩建", "续建",
	"引资", "总投资", "占地", "投用", "运营", "繁忙",
}

// concreteWorks are the words of a 工程 that names something built.
var concreteWorks = []string{
	"道路", "路", "桥", "隧道", "通道", "管网", "管道", "供水", "排水", "污水", "供热", "供气", "水利", "水库",
	"河", "渠", "堤", "电站", "电网", "线路", "变电", "铁路", "高速", "公路", "机场", "港", "码头",
	"站", "厂", "楼", "馆", "中心", "园", "棚户区", "小区", "片区", "街", "广场", "一期", "二期",
	"三期", "改造", "扩建", "新建", "整治", "治理", "修复", "绿化", "亮化", "管廊", "基础设施",
	"大道", "延伸", "北延", "南延", "东延", "西延", "环线", "快速路", "大桥", "输变电",
	"迁建", "学校", "中学", "小学", "大学", "幼儿园", "医院", "安置房", "保障房", "光伏", "风电",
	"储能", "充电", "光储", "发电", "热电",
}

// statusWords map what a clause says of a project to its status.
var statusWords = []struct{ word, status string }{
	{"试运行", "试运行"}, {"试生产", "试运行"}, {"试运", "试运行"}, {"试车", "试运行"},
	{"投产在即", "在建"}, {"投入生产", "投产"}, {"投产", "投产"}, {"达产", "投产"},
	{"竣工", "竣工"}, {"完工", "竣工"}, {"建成", "竣工"}, {"封顶", "在建"},
	{"开工", "开工"}, {"动工", "开工"}, {"奠基", "开工"}, {"开建", "开工"},
	{"签约", "签约"}, {"签订", "签约"}, {"签下", "签约"},
	{"在建", "在建"}, {"紧张建设", "在建"}, {"加快建设", "在建"}, {"正在建设", "在建"}, {"施工", "在建"},
	{"落户", "落户"}, {"落地", "落户"}, {"入驻", "落户"},
}

// Projects finds the project names in s, in order, linked to the money,
// capacity, status and companies of their clauses.
func Projects(s string) []Fact {
	return findProjects(s, Money(s), Capacities(s), Companies(s))
}

// findProjects finds projects given the other facts of s.
func findProjects(s string, money, caps, companies []Fact) []Fact {
	var found []Fact
	for i, r := range s {
		if r != '目' && r != '程' && r != '园' && r != '地' { // the last runes of the suffixes
			continue
		}
		end := i + utf8.RuneLen(r)
		for _, suf := range projectSuffixes {
			if !strings.HasSuffix(s[:end], suf) {
				continue
			}
			if start, ok := projectAt(s, end, suf, companies); ok {
				found = append(found, Fact{Kind: KindProject, Text: s[start:end], Start: start, End: end, Name: s[start:end]})
			}
		}
	}
	found = outermost(found)
	for k := range found {
		link(s, found, k, money, caps, companies)
	}
	return found
}

// projectAt reports whether a project name ends at byte end of s with
// suffix suf, and where it starts.
func projectAt(s string, end int, suf string, companies []Fact) (start int, ok bool) {
	for _, w := range notProjectEnd[suf] {
		if strings.HasPrefix(s[end:], w) {
			return 0, false
		}
	}
	coreEnd := end - len(suf)
	park := suf == "产业园" || suf == "基地"
	if strings.HasSuffix(s[:coreEnd], "等") || strings.HasSuffix(s[:coreEnd], "”") || !park && countFollows(s[end:]) {
		return 0, false // 供热管网等工程, 食品深加工项目9个: kinds of projects, not one (某产业园9个项目: the park's)
	}
	if strings.HasPrefix(s[end:], "之一") {
		return 0, false // 规模最大的制氢项目之一: a kind of project
	}
	if suf == "项目" && strings.HasPrefix(s[end:], "标") {
		if r, _ := utf8.DecodeLastRuneInString(s[:coreEnd]); strings.ContainsRune("各每多几诸数两一二三四五六七八九十", r) {
			return 0, false // 各项目标任务: 各项 + 目标
		}
	}
	start = projectStart(s, coreEnd, suf, companies)
	start = skipEnumeration(s, start, coreEnd)
	if strings.HasPrefix(s[start:coreEnd], "其") && specific(s[start+len("其"):coreEnd], suf) {
		start += len("其") // 其年产1万套电堆项目: its project
	}
	if k := strings.LastIndex(s[start:coreEnd], "项目"); k >= 0 {
		start += k + len("项目") // 高速公路项目路基工程: the works of a project, not a name
	}
	core := s[start:coreEnd]
	if !specific(core, suf) || countedKind(core) {
		return 0, false
	}
	if (suf == "项目" || suf == "工程") && onlySectors(stripGeneric(core)) && !companyEndsAt(companies, start) {
		return 0, false // 高端化工项目, 冷链物流项目: a sector, unless a company names it
	}
	switch suf {
	case "产业园", "基地":
		if !beingBuilt(s, start, end) || isLocation(s, start, end) {
			return 0, false
		}
	case "工程":
		if !containsAny(core, concreteWorks) || utf8.RuneCountInString(stripGeneric(core)) < 4 {
			return 0, false
		}
	}
	return start, true
}

// countedKind reports whether a name core counts projects of a kind: a
// count followed by generic words only (全市426个市级重点, 累计有47个).
func countedKind(core string) bool {
	for i, r := range core {
		if r != '个' && r != '项' {
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(core[:i])
		if isCountRune(prev) && stripGeneric(core[i+utf8.RuneLen(r):]) == "" {
			return true
		}
	}
	return false
}

// isLocation reports whether a park or base is where something happens
// rather than what is built: 走进某某产业园，…; 建设地点：某某产业园; 在某某
// 产业园，某公司…项目主体完工 (but not 在某某产业园，二期厂房封顶, the
// park's own works).
func isLocation(s string, start, end int) bool {
	before := strings.TrimRight(s[:start], " ")
	r, _ := utf8.DecodeRuneInString(s[end:])
	if end < len(s) && !strings.ContainsRune("，,。；;内里\n", r) {
		return false
	}
	if hasAnySuffix(before, []string{"走进", "来到", "地点：", "地点:"}) {
		return true
	}
	if !hasAnySuffix(before, []string{"在", "位于", "坐落于", "坐落在"}) {
		return false
	}
	_, se := sentence(s, start, end)
	rest := s[end:se]
	return strings.Contains(rest, "公司") || containsAny(rest, []string{"项目", "工程"})
}

// skipEnumeration moves start past the number of a list item or section
// that opens the name: （三）, (3), 三、, 3. and 3、.
func skipEnumeration(s string, start, end int) int {
	t := s[start:end]
	n := 0
	for _, p := range [][2]string{{"（", "）"}, {"(", ")"}} {
		if strings.HasPrefix(t, p[0]) {
			if k := strings.Index(t, p[1]); k > 0 && isCount(t[len(p[0]):k]) {
				n = k + len(p[1])
			}
		}
	}
	if n == 0 {
		for i, r := range t {
			if r == '、' || r == '.' {
				if i > 0 && isCount(t[:i]) {
					n = i + utf8.RuneLen(r)
				}
				break
			}
			if !isCountRune(r) {
				break
			}
		}
	}
	return start + n
}

// isCount reports whether s is a short list number: 3, 12, 三, 十二.
func isCount(s string) bool {
	if s == "" || utf8.RuneCountInString(s) > 3 {
		return false
	}
	for _, r := range s {
		if !isCountRune(r) {
			return false
		}
	}
	return true
}

func isCountRune(r rune) bool {
	return r >= '0' && r <= '9' || strings.ContainsRune("一二三四五六七八九十", r)
}

// projectStart scans leftwards from end for the start of a project name.
func projectStart(s string, end int, suf string, companies []Fact) int {
	start := nameStart(s, end, projectHardStops, projectSoftStops, func(s string, i, end int) bool {
		if listConjunction(s, i) && !afterListItem(s, i) {
			return false // 储能电池及系统集成项目: a conjunction inside the name
		}
		if _, size := utf8.DecodeLastRuneInString(s[:i]); size > 0 && projectSoftStops.matchBefore(s, i) == size {
			// A one-character stop (对, 和, 在) also begins names (对苯二甲酸):
			// cut there only when what follows is clearly a name.
			return specific(s[i:end], suf) && hanCount(stripGeneric(s[i:end])) >= 4
		}
		return specific(s[i:end], suf)
	})
	// A full legal company name or an amount of money inside the span ends
	// the name on its left.
	for _, c := range within(companies, start, end) {
		if c.End > start && c.End <= end {
			start = c.End
		}
	}
	if k := lastMoneyEnd(s[start:end]); k >= 0 {
		start += k
	}
	// A conjunction inside a name (储能电池及系统集成项目) is part of it; one
	// after another project or a place or organization is not.
	return skipListNumber(s, start, end)
}

// listConjunction reports whether s[:i] ends with a conjunction that can
// join list items (及, 和, 与, 暨, 或).
func listConjunction(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return strings.ContainsRune("及和与暨或", r)
}

// afterListItem reports whether the conjunction ending at s[:i] follows a
// list item: a project or company name, or a place or organization.
func afterListItem(s string, i int) bool {
	_, size := utf8.DecodeLastRuneInString(s[:i])
	left := s[:i-size]
	for _, suf := range append([]string{"公司", "集团", "企业", "政府", "单位", "部门"}, projectSuffixes...) {
		if strings.HasSuffix(left, suf) {
			return true
		}
	}
	r, _ := utf8.DecodeLastRuneInString(left)
	return strings.ContainsRune("省市县区镇乡村州", r)
}

// skipListNumber moves start past a list number that opens a name
// (1.某某港综合物流园二期工程, ②…).
func skipListNumber(s string, start, end int) int {
	i := start
	for i < end && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > start && i < end && (s[i] == '.' || s[i] == ')') {
		return i + 1
	}
	if i > start && strings.HasPrefix(s[i:end], "、") {
		return i + len("、")
	}
	return start
}

// lastMoneyEnd returns the offset just after the last amount of money
// (a numeral followed by 元, 万元, 亿元 …) in s, or -1.
func lastMoneyEnd(s string) int {
	last := -1
	for i := 0; i < len(s); {
		j := strings.Index(s[i:], "元")
		if j < 0 {
			break
		}
		k := i + j
		i = k + len("元")
		before := strings.TrimRight(s[:k], "万亿千百多余")
		r, _ := utf8.DecodeLastRuneInString(before)
		if r >= '0' && r <= '9' || strings.ContainsRune("一二两三四五六七八九十百千万亿零", r) {
			last = i
		}
	}
	return last
}

// specific reports whether the core of a name (the name without its suffix)
// names one undertaking rather than a kind of them: after removing generic
// words, counts and years, what remains is not only a place, does not end
// in a preposition or a one-character verb, and is long enough — three Han
// characters for a 项目 or 工程 (海克斯项目), one for a park or base
// (瓷产业园), fewer when Latin letters help (ABS改性料项目).
func specific(core, suf string) bool {
	for _, p := range []string{"该", "此", "本", "这", "那", "其", "上述", "各", "每", "一批", "一个", "首个"} {
		if strings.HasPrefix(core, p) {
			return false
		}
	}
	if strings.Contains(core, "年产") || strings.Contains(core, "年处理") || strings.Contains(core, "年加工") {
		return true // a capacity names the undertaking
	}
	rest := stripGeneric(core)
	if strings.HasSuffix(rest, "”") && rest != core {
		return false // 某县“夏季攻坚”重点项目: a campaign's generic projects
	}
	last, _ := utf8.DecodeLastRuneInString(rest)
	if strings.ContainsRune("为对给向在把被从于与和及到以等引抓拼争招促得着", last) {
		return false // 千方百计为项目, 建好园区引项目, 更好地服务项目
	}
	first, _ := utf8.DecodeRuneInString(rest)
	if strings.ContainsRune("了的地得着过为以将与及并", first) {
		return false
	}
	if strings.HasSuffix(core, "重点") || strings.HasSuffix(core, "重大") {
		return false // 全市重点项目, “十四五”期间重大项目: generic however it opens
	}
	han, latin := 0, 0
	for _, r := range rest {
		switch {
		case isHan(r):
			han++
		case r < utf8.RuneSelf && (r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z'):
			latin++
		}
	}
	if onlyPlace(rest) {
		return false
	}
	switch suf {
	case "产业园", "基地":
		return han >= 1 || latin >= 2
	}
	return han >= 3 || latin >= 2 && han >= 1 || latin >= 3
}

// stripGeneric removes generic words, counts (86个) and years (2023年) from
// both ends of a name core, repeatedly.
func stripGeneric(core string) string {
	rest := core
	for changed := true; changed; {
		changed = false
		for n := genericWords.prefix(rest); n > 0; n = genericWords.prefix(rest) {
			rest, changed = rest[n:], true
		}
		for n := genericEnds.suffix(rest); n > 0; n = genericEnds.suffix(rest) {
			rest, changed = rest[:len(rest)-n], true
		}
		if r := trimCount(rest); r != rest {
			rest, changed = r, true
		}
	}
	return rest
}

// genericWords and genericEnds index projectGeneric by first and last rune.
var (
	genericWords = newWordList(projectGeneric...)
	genericEnds  = newSuffixList(projectGeneric...)
)

// trimCount removes a count or year at either end: 86个, 10项, 2023年,
// 第二批 is generic already.
func trimCount(s string) string {
	i := 0
	for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == '.') {
		i++
	}
	if i > 0 {
		for _, u := range []string{"个", "项", "年", "家", "批", "亿元", "万元", "元"} {
			if strings.HasPrefix(s[i:], u) {
				return s[i+len(u):]
			}
		}
	}
	j := len(s)
	for _, u := range []string{"个", "项", "家", "批", "年"} {
		if strings.HasSuffix(s, u) {
			k := len(s) - len(u)
			for k > 0 && s[k-1] >= '0' && s[k-1] <= '9' {
				k--
			}
			if k < len(s)-len(u) {
				j = k
			}
		}
	}
	k := j
	for k > 0 && s[k-1] >= '0' && s[k-1] <= '9' {
		k--
	}
	if k < j && k < len(s) {
		return s[:k]
	}
	return s[:j]
}

// countFollows reports whether s opens with a count of projects (9个, 二十项,
// 10余个): the name before it is a kind of project.
func countFollows(s string) bool {
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !(r >= '0' && r <= '9' || strings.ContainsRune("一二两三四五六七八九十百几多余", r)) {
			break
		}
		i += size
	}
	return i > 0 && (strings.HasPrefix(s[i:], "个") || strings.HasPrefix(s[i:], "项"))
}

// sectors are the words of industries and activities; a name made only of
// them names a sector (食品深加工, 汽车零部件, 数字经济).
var sectors = newWordList(
	"食品", "深加工", "精深加工", "加工", "冷链", "物流", "汽车", "零部件", "数字经济", "数字", "经济",
	"电子", "资讯", "信息", "新能源", "新材料", "材料", "化工", "医药", "生物", "装备制造", "装备",
	"智能制造", "智能", "制造", "纺织", "服装", "文旅", "文化", "旅游", "康养", "养老", "健康", "农业",
	"农产品", "电商", "商贸", "建材", "光伏", "储能", "锂电", "半导体", "集成电路", "软件", "大数据",
	"云计算", "人工智能", "高端", "高新技术", "高新", "技术", "科技", "能源", "环保", "节能", "绿色",
	"低碳", "循环", "包装", "印刷", "机械", "钢铁", "有色", "金属", "矿业", "煤化工", "石化", "家居",
	"家具", "轻工", "现代", "服务", "商业", "金融", "地产", "房地产", "住宅", "城市", "乡村", "生态",
)

// onlySectors reports whether s is made entirely of sector words.
func onlySectors(s string) bool {
	if s == "" {
		return false
	}
	for s != "" {
		n := sectors.prefix(s)
		if n == 0 {
			return false
		}
		s = s[n:]
	}
	return true
}

// companyEndsAt reports whether a company name ends at byte i.
func companyEndsAt(companies []Fact, i int) bool {
	for _, c := range within(companies, i-1, i) {
		if c.End == i {
			return true
		}
	}
	return false
}

// within returns the facts of a sorted, non-overlapping list that end after
// lo and start before hi, found by binary search, so that linking stays
// linear in the size of the text.
func within(facts []Fact, lo, hi int) []Fact {
	i := sort.Search(len(facts), func(k int) bool { return facts[k].End > lo })
	j := i
	for j < len(facts) && facts[j].Start < hi {
		j++
	}
	return facts[i:j]
}

// A wordList matches the longest listed word at the start of a string.
type wordList map[rune][]string

func newWordList(words ...string) wordList {
	m := wordList{}
	for _, w := range words {
		first, _ := utf8.DecodeRuneInString(w)
		m[first] = append(m[first], w)
	}
	return m
}

// A suffixList matches the longest listed word at the end of a string.
type suffixList map[rune][]string

func newSuffixList(words ...string) suffixList {
	m := suffixList{}
	for _, w := range words {
		last, _ := utf8.DecodeLastRuneInString(w)
		m[last] = append(m[last], w)
	}
	return m
}

// suffix returns the length of the longest listed word that s ends with.
func (m suffixList) suffix(s string) int {
	last, _ := utf8.DecodeLastRuneInString(s)
	n := 0
	for _, w := range m[last] {
		if len(w) > n && strings.HasSuffix(s, w) {
			n = len(w)
		}
	}
	return n
}

// prefix returns the length of the longest listed word that s starts with.
func (m wordList) prefix(s string) int {
	first, _ := utf8.DecodeRuneInString(s)
	n := 0
	for _, w := range m[first] {
		if len(w) > n && strings.HasPrefix(s, w) {
			n = len(w)
		}
	}
	return n
}

func hanCount(s string) int {
	n := 0
	for _, r := range s {
		if isHan(r) {
			n++
		}
	}
	return n
}

// onlyPlace reports whether s is just a place name (某某县, 某某区,
// 某某经济技术开发区).
func onlyPlace(s string) bool {
	n := utf8.RuneCountInString(s)
	for _, z := range []string{"开发区", "高新区", "经开区", "新区", "园区", "示范区", "工业园"} {
		if strings.HasSuffix(s, z) && n <= 12 {
			return true
		}
	}
	if n == 0 || n > 6 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune("省市县区镇乡村州旗盟", last)
}

// beingBuilt reports whether the sentence of a park or base shows it being
// built: a build cue in its sentence, and no goal verb in its clause before
// it.
func beingBuilt(s string, start, end int) bool {
	cs, _ := clause(s, start, end)
	if containsAny(s[cs:start], aspirations) {
		return false
	}
	ss, se := sentence(s, start, end)
	if se < len(s) { // and the next sentence: 以…产业园为载体。目前，产业园一期…
		_, size := utf8.DecodeRuneInString(s[se:])
		_, se = sentence(s, se+size, se+size)
	}
	return containsAny(s[ss:start], buildCues) || containsAny(s[end:se], buildCues)
}

// clause returns the bounds of the clause around [start, end): between the
// nearest clause breaks (，；。！？：, and line breaks).
func clause(s string, start, end int) (int, int) {
	return bounds(s, start, end, "，,；;。！？!?：:\n")
}

// sentence returns the bounds of the sentence around [start, end).
func sentence(s string, start, end int) (int, int) {
	return bounds(s, start, end, "。！？!?\n；;")
}

// maxClause bounds how far a clause or sentence is looked for on either
// side of a name, in bytes, so that text without punctuation stays linear.
const maxClause = 1024

// bounds returns the span around [start, end) between the nearest runes of
// breaks, at most maxClause bytes away on either side. In invalid UTF-8 the
// window edges stop at start and end.
func bounds(s string, start, end int, breaks string) (int, int) {
	lo := max(0, start-maxClause)
	for lo > 0 && lo < start && !utf8.RuneStart(s[lo]) {
		lo++
	}
	i := strings.LastIndexAny(s[lo:start], breaks)
	if i < 0 {
		i = lo
	} else {
		i += lo
		_, size := utf8.DecodeRuneInString(s[i:])
		i = min(i+size, start)
	}
	hi := min(len(s), end+maxClause)
	for hi < len(s) && hi > end && !utf8.RuneStart(s[hi]) {
		hi--
	}
	j := strings.IndexAny(s[end:hi], breaks)
	if j < 0 {
		j = hi
	} else {
		j += end
	}
	return i, j
}

// hasAnyPrefix reports whether s starts with one of words.
func hasAnySuffix(s string, words []string) bool {
	for _, w := range words {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

func hasAnyPrefix(s string, words []string) bool {
	for _, w := range words {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// outermost drops the names that lie inside another name
// (…生产基地 inside …生产基地项目) and orders the rest.
func outermost(found []Fact) []Fact {
	Sort(found)
	out := found[:0]
	for _, f := range found {
		if n := len(out); n > 0 && f.Start >= out[n-1].Start && f.End <= out[n-1].End {
			continue
		}
		// A name that starts inside the previous one and ends after it
		// extends it (产业园 found first, then 产业园智能仓库建设项目).
		if n := len(out); n > 0 && f.Start < out[n-1].End {
			if f.End > out[n-1].End && f.Start <= out[n-1].Start {
				out[n-1] = f
			}
			continue
		}
		out = append(out, f)
	}
	return out
}

// link sets the investment, capacity, status and companies of project k
// from the facts of its part of the clause: from the end of the previous
// project in the clause (or the clause start) to the start of the next one
// (or the clause end).
func link(s string, projects []Fact, k int, money, caps, companies []Fact) {
	p := &projects[k]
	cs, ce := clause(s, p.Start, p.End)
	lo, hi := cs, ce
	if k > 0 && projects[k-1].End > cs {
		lo = projects[k-1].End
	}
	if k+1 < len(projects) && projects[k+1].Start < ce {
		hi = projects[k+1].Start
	}
	if m := nearest(within(money, lo, hi), lo, hi, p, func(f *Fact) bool { return !outputAmount(s, f.Start) }); m != nil {
		p.Investment = m
	}
	if c := nearest(within(caps, lo, hi), lo, hi, p, nil); c != nil {
		p.Capacity = c
	}
	for _, c := range within(companies, lo, hi) {
		if c.Start >= lo && c.End <= hi {
			p.Companies = append(p.Companies, c.Name)
		}
	}
	p.Status = status(span(s, p.End, hi), span(s, lo, p.Start))
	if p.Status == "" {
		// A list of projects shares the verb after its last item: …项目、
		// …项目等一批龙头项目落户某县.
		last := k
		for last+1 < len(projects) && projects[last+1].Start < ce {
			last++
		}
		p.Status = status(span(s, projects[last].End, ce), "")
	}
}

// span returns s[i:j], or "" when the bounds cross (a clause cut short by
// the maxClause window).
func span(s string, i, j int) string {
	if i >= j {
		return ""
	}
	return s[i:j]
}

// nearest returns a copy of the fact in [lo, hi) closest to project p that
// passes keep, or nil. Facts inside the name count as closest.
func nearest(facts []Fact, lo, hi int, p *Fact, keep func(*Fact) bool) *Fact {
	var best *Fact
	bestDist := -1
	for i := range facts {
		f := &facts[i]
		if f.Start < lo || f.End > hi || keep != nil && !keep(f) {
			continue
		}
		d := 0
		switch {
		case f.End <= p.Start:
			d = p.Start - f.End
		case f.Start >= p.End:
			d = f.Start - p.End
		}
		if bestDist < 0 || d < bestDist {
			best, bestDist = f, d
		}
	}
	if best == nil {
		return nil
	}
	c := *best
	return &c
}

// outputAmount reports whether the money at byte i is an output, sales or
// tax figure (年产值, 销售收入, 税收) rather than an investment.
func outputAmount(s string, i int) bool {
	lo := max(0, i-18)
	for lo > 0 && !utf8.RuneStart(s[lo]) {
		lo--
	}
	before := s[lo:i]
	return containsAny(before, []string{"产值", "销售", "营收", "收入", "税收", "利税", "纳税", "利润", "营业额", "效益"})
}

// status returns the status the text after the name (first) or before it
// states.
func status(after, before string) string {
	bestAt, best := -1, ""
	for _, w := range statusWords {
		if i := strings.Index(after, w.word); i >= 0 && (bestAt < 0 || i < bestAt) {
			bestAt, best = i, w.status
		}
	}
	if best != "" {
		return best
	}
	for _, w := range statusWords {
		if i := strings.LastIndex(before, w.word); i >= 0 && i > bestAt {
			bestAt, best = i, w.status
		}
	}
	return best
}
