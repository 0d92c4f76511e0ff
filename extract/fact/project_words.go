package fact

// This file holds the few word lists that project recognition needs beside
// the part-of-speech tags of package segment: each list is one class of
// words, and every entry is pinned by a row of project_test.go
// (TestProjectWordsPinned fails for an entry without one).

// projectHeads end project names: the general heads, and the built objects
// that are projects when the text shows them being built.
var projectHeads = []string{"项目", "工程", "产业园", "基地", "生产线", "电站", "工厂", "厂"}

// builtHeads are the heads that name a place or plant rather than an
// undertaking: a name with one of them is a project only when its
// sentence shows it being built, and not as a goal (打造…产业园).
var builtHeadList = []string{"产业园", "基地", "生产线", "电站", "工厂", "厂"}

var builtHeads = newWordSet(builtHeadList...)

// plantHeads are the built heads of plants and lines: their name must say
// which (a brand, a product, a capacity, not a sector alone: 光伏电站 names
// none), and their clause must show this one being built.
var plantHeads = newWordSet("生产线", "电站", "工厂", "厂")

// builders are the verbs that build a plant or line right before its name
// (新建一条年产…生产线, 建成…厂).
var builders = []string{"建设", "新建", "建成", "兴建", "投建", "扩建", "改建", "上马", "开建", "筹建", "建立", "建", "新上", "引进", "改造", "打造"}

// plantStatuses are the statuses a plant's name may be followed by (…电站并网
// 发电, …生产线投产).
var plantStatuses = []string{"开工", "动工", "投产", "竣工", "建成", "并网", "点火", "试运行", "试生产", "运营", "投入使用", "投入生产", "落户", "签约", "开建", "主体完工", "项目"}

// notHeadEnd are the words that, right after a head, show it does not end
// a name (项目部, 工程师, 产业园区, 生产线上, 厂房).
var notHeadEnd = map[string][]string{
	"项目":  {"部", "组", "库", "办", "化", "制", "群", "经理", "管理", "资金", "用地", "投资额", "投资总额", "投资强度", "投资力度", "投资计划", "投资主体", "投资进度"},
	"工程":  {"师", "院", "车", "机", "队", "局", "部", "处", "科", "兵", "学", "款", "量", "价", "化", "界", "类", "项", "技术", "质量", "公司", "塑料"},
	"产业园": {"区"},
	"基地":  {"化"},
	"生产线": {"上"},
	"电站":  {"群"},
	"工厂":  {"化", "店"},
	"厂":   {"房", "区", "长", "家", "商", "内", "里", "部", "址", "矿", "级", "办", "庆", "休", "牌", "方", "子"},
}

// copulas link a subject to what it is: a name never runs across one
// (…生产线是全省重点建设项目).
var copulas = newWordSet("是", "为", "系", "属", "属于", "成为", "作为", "做为", "列为", "列入", "纳入", "即")

// conjunctions join the coordinated parts of a name (华禾创新药、原料药项目;
// 水产品养殖及加工项目) or the items of a list of projects.
var conjunctions = newWordSet("、", "和", "及", "与", "暨", "或", "并", "以及", "及其")

// predicates are the activities that, before the product, govern the name
// rather than belong to it (建设光伏电站项目 → 光伏电站项目, but 协同处置
// 危险废物项目 keeps 处置).
var predicates = newWordSet("建设", "新建", "扩建", "改建", "续建", "改扩建", "兴建", "迁建", "改造")

// activities are the verbs of what a project does to its product, which
// sit inside a name between the product and the head (饮用水生产项目,
// 智能仓库建设项目, 桑枝条综合利用项目). Before the product they are the
// predicate that governs the name (建设光伏电站项目: 建设 is not part of
// it). Any other verb ends a name.
var activities = newWordSet(
	"建设", "新建", "扩建", "改建", "续建", "迁建", "搬迁", "改造", "提升", "改扩建", "技改", "扩能",
	"扩产", "升级", "生产", "加工", "制造", "研发", "开发", "综合利用", "利用", "处置", "处理", "回收",
	"养殖", "种植", "屠宰", "冶炼", "安置", "置换", "修复", "整治", "治理", "应用", "运营",
	"仓储", "集散", "孵化", "创新", "共享", "示范", "储备", "深加工", "精深加工", "产业化",
)

// governors are the verbs that take a project as their object or bring it
// in (引进美的项目, 签约光学膜项目, 推进…项目): a name begins after them, even
// between nouns, where other verbs sit inside compounds (纤维聚合单体,
// 触控显示模组).
var governors = newWordSet(
	"引进", "引入", "引来", "签约", "签下", "签订", "签署", "开工", "投产", "落户", "落地", "建成",
	"打造", "开建", "投资", "推进", "推动", "加快", "加速", "启动", "完成", "促成", "整合", "对接",
	"包括", "涉及", "涵盖", "实施", "谋划", "策划", "争取", "申报", "入选", "抓好", "确保", "考察",
	"参观", "调研", "视察", "观摩", "检查", "督导", "走进", "来到", "举行", "举办", "召开", "依托",
	"围绕", "聚焦", "瞄准", "紧盯", "培育", "壮大", "带动", "服务", "支持", "保障", "承建", "参与",
	"牵头", "兴建", "上马", "布局", "拟建", "新上", "见证", "出席", "拥有", "成立", "组建", "吸引",
	"掀起", "助力", "跟踪", "协调", "推介", "洽谈", "招引", "实现", "开展", "加强", "做好", "看到", "获悉",
	"有", "另有", "还有", "共有", "已有", "也有", "察看", "查看", "包联", "分包", "督办", "促推",
	"促进", "帮助", "汇报", "宣布", "设立", "比如", "例如", "如", "诸如", "占", "购置", "位于", "低于",
	"高于", "不低于", "超过", "达到", "代表", "新设", "拟", "继", "投建", "筹建", "争创", "创建",
	"目标", "努力", "着力", "力争", "定位", "建好", "规划建设", "入驻", "进驻", "坐落于", "坐落在", "建立",
)

// adverbs may stand between a plant's name and its status (…电站已经并网).
var adverbs = newWordList("已经", "已", "均", "正式", "将", "即将", "顺利", "全面", "相继", "先后", "于", "也", "都", "目前", "现已")

// governorEnds finds governors that end a word of the tagger's (集中开工,
// 全面掀起).
var governorEnds = newSuffixList("开工", "签约", "投产", "落户", "掀起", "推进", "引进")

// genericWords are the words that never make a name specific on their own:
// quantities, evaluations, ownership, stages, the scopes of
// administrations, and the heads themselves. A name needs one word outside
// them (or a name, a capacity, Latin letters): 代表性项目, 控股子公司项目,
// 科技型重大项目 and 一批重大项目 name no project.
var genericWords = newWordSet(
	// quantities and collections
	"一批", "一些", "部分", "全部", "所有", "多个", "若干", "各类", "各项", "首个", "首批", "单个",
	"个别", "其他", "其它", "相关", "大批", "一系列", "新一轮", "一轮",
	// evaluations
	"重点", "重大", "重点项目", "重大项目", "龙头", "优质", "精品", "亮点", "试点", "标杆", "引领",
	"高质量", "大", "好", "新", "大型", "小型", "中小", "优势", "特色", "关键", "核心", "主导", "骨干",
	"高精尖", "先进", "传统", "新兴", "战略", "千亿级", "百亿级",
	// ownership and investors
	"子公司", "控股", "全资", "合资", "独资", "外资", "内资", "民营", "国有", "港资", "台资",
	"中外合资", "政府", "社会", "财政", "企业", "公司", "集团",
	// stages
	"在建", "签约", "开工", "竣工", "投产", "落地", "前期", "谋划", "拟建", "在谈", "意向",
	"洽谈", "招引", "引进", "增资扩产", "扩规", "退城入园", "新开工", "入库", "纳统", "备案", "转型",
	"转型升级", "新型", "产能置换", "置换", "线上", "线下", "国家",
	// scopes of administrations
	"全县", "全市", "全区", "全省", "全镇", "全国", "我市", "我县", "我区", "我省", "本地", "当地",
	"县级", "市级", "省级", "国家级", "县城", "城区", "乡村", "乡镇", "城乡",
	// heads, parts and fillers
	"项目", "工程", "产业园", "基地", "园区", "生产线", "工厂", "电站", "一体化", "规模化", "综合", "系统",
	"工程建设", "主体", "厂房", "产业链", "环节", "总部", "附属", "配套", "事业", "技术改造", "行业",
	"社会事业", "城建",
	"集群", "产业集群", "体量", "规模", "大体量", "中心", "支柱", "动员",
)

// pluralWords count several projects (首批…项目, 若干项目).
var pluralWords = newWordSet("一批", "首批", "多个", "若干", "一些", "各类", "各项", "大批", "一系列", "两大", "三大")

// sectorEnds end the words that name a sector however they qualify it
// (优势产业, 支柱产业链, 生态农业, 现代服务业).
var sectorEnds = []string{"产业", "行业", "产业链", "农业", "工业", "服务业", "制造业"}

// evaluative are the generic words that, right before the head, make the
// mention a class of projects whatever opens it (某县2023年重点项目).
var evaluative = newWordSet("重点", "重大", "龙头", "优质", "精品", "亮点", "重点项目", "重大项目")

// evaluativeEnds finds an evaluative word before a head without cutting
// the text into words.
var evaluativeEnds = newSuffixList("重点", "重大", "龙头", "优质", "精品", "亮点")

// sectorWords name industries: they do not make a 项目 specific (文旅项目,
// 高端化工项目), but they do say which built object a park, line or plant
// is (物流产业园, 光伏电站).
var sectorWords = newWordSet(
	"工业", "农业", "产业", "服务业", "制造业", "文旅", "文化", "旅游", "康养", "物流", "商贸", "电商",
	"新能源", "新材料", "化工", "医药", "生物", "装备", "装备制造", "智能制造", "电子信息", "数字经济",
	"现代服务业", "现代农业", "高新技术", "基础设施", "民生", "招商引资", "科技",
	"实体", "新兴产业", "战略性新兴产业", "产品", "技术", "绿色", "低碳", "环保", "节能", "智能",
	"数字", "信息", "能源", "建材", "食品", "纺织", "机械", "电子", "高端", "现代", "制造", "整车", "资讯", "生态", "核电", "风电", "光伏", "水电", "火电", "储能", "水利", "智造",
)

// genericSingles are the one-character nouns that name no product: places
// and kinds (省、市、区重点项目).
const genericSingles = "省市县区镇乡村州厂园类项批期"

// categorySuffixes end the words that say what kind of project it is
// rather than which: 科技型, 代表性, 产业类, 亿元级, 数字化.
var categorySuffixes = []string{"型", "性", "类", "级", "化"}

// concreteWorks are the built objects that make a 工程 a work rather than a
// programme (道路提升改造工程, 余热发电工程 against 传统产业升级工程).
var concreteWorks = []string{
	"道路", "路", "桥", "隧道", "通道", "管网", "管道", "供水", "排水", "污水", "供热", "供气", "水利", "水库",
	"河", "渠", "堤", "电站", "电网", "线路", "变电", "铁路", "公路", "机场", "港", "码头",
	"站", "厂", "楼", "馆", "中心", "园", "棚户区", "小区", "片区", "街", "广场",
	"改造", "扩建", "新建", "整治", "治理", "修复", "绿化", "亮化", "管廊", "基础设施",
	"大道", "延伸", "环线", "快速路", "大桥", "输变电", "迁建", "学校", "中学", "小学", "大学",
	"幼儿园", "医院", "安置房", "光伏", "风电", "储能", "充电", "光储", "发电", "热电",
}

var concreteWorkSet = newPhraseSet(concreteWorks...)

// aspirations are the verbs of goals: a park or base after them is what a
// place means to become, not a project being built.
var aspirations = []string{"打造", "建成", "成为", "争创", "创建", "培育", "申报", "争取", "目标", "努力", "着力", "力争", "定位", "规划建设", "整合", "依托", "建好"}

var aspirationSet = newPhraseSet(aspirations...)

// buildCues show a park, base, line or plant being built in its sentence.
var buildCues = []string{
	"签约", "开工", "动工", "奠基", "在建", "建设", "施工", "竣工", "完工", "投产", "试运行", "试生产",
	"落地", "落户", "一期", "二期", "三期", "厂房", "封顶", "开建", "新建", "扩建", "续建", "建成",
	"引资", "总投资", "占地", "投用", "运营", "繁忙", "点火", "并网", "上马",
}

var buildCueSet = newPhraseSet(buildCues...)

// timeWords open the time words (今年, 2023年, 目前) that end a name; the
// tagger also marks 现代 and 未来 as times, which sit inside names.
var timeWords = []string{"今", "去", "明", "前", "近", "当", "目前", "现在", "以来", "期间", "此前", "之前", "同年"}

// statusWords map what a clause says of a project to its status.
var statusWords = []struct{ word, status string }{
	{"试运行", "试运行"}, {"试生产", "试运行"}, {"试运", "试运行"}, {"试车", "试运行"},
	{"投产在即", "在建"}, {"投入生产", "投产"}, {"投产", "投产"}, {"达产", "投产"},
	{"竣工", "竣工"}, {"完工", "竣工"}, {"建成", "竣工"}, {"封顶", "在建"},
	{"开工", "开工"}, {"动工", "开工"}, {"奠基", "开工"}, {"开建", "开工"},
	{"签约", "签约"}, {"签订", "签约"}, {"签下", "签约"},
	{"在建", "在建"}, {"紧张建设", "在建"}, {"加快建设", "在建"}, {"正在建设", "在建"}, {"施工", "在建"},
	{"落户", "落户"}, {"落地", "落户"}, {"入驻", "落户"},
	{"洽谈", "洽谈"}, {"在谈", "洽谈"},
}

// unnamingEnds finds, from the right, the listed words that name no project
// (generic, sector, activity, governing and linking words), for
// plainlyGeneric.
var unnamingEnds = func() suffixList {
	var words []string
	for _, set := range []wordSet{genericWords, sectorWords, activities, governors, copulas, conjunctions, pluralWords} {
		for w := range set {
			words = append(words, w)
		}
	}
	return newSuffixList(append(words, "的")...)
}()

// arrivals are the words right before a park or base that make it where
// something arrives (走进某某产业园; 项目落地某某产业园; 建设地点：某某产业园),
// not what is built.
var arrivals = []string{"走进", "来到", "落地", "落户", "入驻", "进驻", "地点：", "地点:"}

// locatives are the words right before a park or base that make it a
// place when the rest of its sentence names a firm or project (在某某产业园，
// 某公司…项目主体完工).
var locatives = []string{"在", "位于", "坐落于", "坐落在"}

// eventEnds end the words of events and their sessions (采摘节, 推介会, 签约
// 仪式, 高峰论坛, 首届): a name does not run across one.
var eventEnds = newSuffixList("节", "会", "仪式", "论坛", "峰会", "活动", "大赛", "届")
