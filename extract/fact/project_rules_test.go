package fact

import (
	"slices"
	"strings"
	"testing"
)

// The rules of project recognition, each pinned by rows of its own. A name
// is found from its head leftwards (see project.go), then kept only when it
// is specific. The rows are in our own words; places and firms are made up.
//
// Specific names carry one of:
//
//	proper      a place, firm or brand name the tagger knows (荆川, 华光)
//	brand       a brand the tagger does not know, cut into odd pieces (呷一口, 比乐仕)
//	product     a product or technology (光学膜, 磷酸铁锂, 余热发电)
//	capacity    a capacity before the product (年产10万吨…)
//	latin       Latin letters, a model or a unit (Mini LED, 3000t/d)
//	built       a concrete built object (污水处理厂, 供水管网改造工程)
//	quoted      a name in quotes (“智慧港城”项目)
//	phase       a phase of a named project (…项目一期工程)
//	backref     a short back-reference that still names it (对位芳纶项目)
//
// Generic mentions name no project:
//
//	count       a number and a measure, or a plural word (13个项目, 一批项目)
//	demonstr    a demonstrative (该项目, 这批项目)
//	evaluative  an evaluation (重点项目, 龙头项目, 代表性项目)
//	sector      a sector alone (工业项目, 文旅项目, 现代农业产业项目)
//	category    a kind (科技型, 税源型, 战略性新兴产业)
//	stage       a stage (续建项目, 储备项目, 新建项目)
//	ownership   an owner alone (子公司项目, 企业项目)
//	programme   a policy programme (三大工程, 补链工程)
//	goal        a park or base as a goal (打造…产业园, 成为…基地)
//	place       a park where things happen (走进…产业园, 落地…产业园)
//	event       the projects of an event (…推介会…项目)
//	predicate   a verb phrase before the head (协调解决项目)
//	rank        a firm's rank is not a name (500强)
var projectRuleCases = []struct {
	rule string
	in   string
	want []string
}{
	// Specific.
	{"proper", "荆川县光学膜项目开工。", []string{"荆川县光学膜项目"}},
	{"proper", "华光集团新能源装备项目签约落地。", []string{"华光集团新能源装备项目"}},
	{"proper", "瑞溪港综合物流园二期工程，总投资12亿元。", []string{"瑞溪港综合物流园二期工程"}},
	{"proper", "投资5亿元的青川数据湖项目签约。", []string{"青川数据湖项目"}},
	{"proper", "瑞溪文旅康养综合体项目现场签约。", []string{"瑞溪文旅康养综合体项目"}},
	{"brand", "同时，云谷广场项目、比乐仕休闲食品项目开工建设。", []string{"云谷广场项目", "比乐仕休闲食品项目"}},
	{"brand", "富硒食品项目、鑫耀特镀锌件项目前期工作就绪。", []string{"富硒食品项目", "鑫耀特镀锌件项目"}},
	{"brand", "宝镁轻合金项目顺利推进。", []string{"宝镁轻合金项目"}},
	{"brand", "古月吾乡康养基地即将开工建设。", []string{"古月吾乡康养基地"}},
	{"product", "对位芳纶纤维项目签约。", []string{"对位芳纶纤维项目"}},
	{"product", "磷酸铁锂正极材料项目开工。", []string{"磷酸铁锂正极材料项目"}},
	{"product", "该县新引进的光学膜项目落户开发区。", []string{"光学膜项目"}},
	{"product", "储能电池及系统集成项目落户瑞溪经济开发区。", []string{"储能电池及系统集成项目"}},
	{"product", "废旧动力电池回收利用项目总投资4亿元。", []string{"废旧动力电池回收利用项目"}},
	{"product", "签约的新能源汽车电机电控项目总投资20亿元。", []string{"新能源汽车电机电控项目"}},
	{"capacity", "年产10万吨有机肥项目开工。", []string{"年产10万吨有机肥项目"}},
	{"capacity", "投资2亿元的年产5万吨橡胶助剂项目紧张建设。", []string{"年产5万吨橡胶助剂项目"}},
	{"capacity", "审议通过《关于建设年产 3600 万米电子纤维布项目的议案》。", []string{"年产 3600 万米电子纤维布项目"}},
	{"capacity", "荆川电厂2×66万千瓦热电联产项目进展顺利。", []string{"荆川电厂2×66万千瓦热电联产项目"}},
	{"capacity", "青川年产3亿支锂离子电池项目签约。", []string{"青川年产3亿支锂离子电池项目"}},
	{"latin", "投资1.2亿美元建设的Mini LED背光模组项目最受瞩目。", []string{"Mini LED背光模组项目"}},
	{"latin", "瑞溪一条4000t/d水泥熟料生产线项目有序推进。", []string{"4000t/d水泥熟料生产线项目"}},
	{"latin", "KSM增白剂项目提前完工。", []string{"KSM增白剂项目"}},
	{"latin", "10GW高效光伏组件项目投产。", []string{"10GW高效光伏组件项目"}},
	{"built", "荆川县城区供水管网改造提升工程开工。", []string{"荆川县城区供水管网改造提升工程"}},
	{"built", "荆川至瑞溪快速通道工程全长32.6公里。", []string{"荆川至瑞溪快速通道工程"}},
	{"built", "青川县第二中学迁建工程于8月投入使用。", []string{"青川县第二中学迁建工程"}},
	{"built", "该纯低温余热发电工程装机容量9MW。", []string{"纯低温余热发电工程"}},
	{"built", "配套升级项目——余热发电工程建设已全面拉开序幕。", []string{"余热发电工程"}},
	{"built", "县里新建一条年产6万吨岩棉生产线。", []string{"年产6万吨岩棉生产线"}},
	{"quoted", "开发区推进的“智慧港城”一期工程进展顺利。", []string{"“智慧港城”一期工程"}},
	{"quoted", "新区首批项目之一的“枢纽片区3号地”项目奠基。", []string{"“枢纽片区3号地”项目"}},
	{"quoted", "荆川“光谷之芯”项目签约。", []string{"“光谷之芯”项目"}},
	{"phase", "荆川特种硅业年产10万吨硅铁项目一期工程开工。", []string{"荆川特种硅业年产10万吨硅铁项目一期工程"}},
	{"phase", "华光铸造基地二期工程主体完工。", []string{"华光铸造基地二期工程"}},
	{"phase", "1.瑞溪港综合物流园二期工程，总投资12.6亿元。", []string{"瑞溪港综合物流园二期工程"}},
	{"backref", "近日，记者在园区看到，对位芳纶项目工地上一片繁忙。", []string{"对位芳纶项目"}},
	{"backref", "华光生产基地项目从签约到动工仅用了38天。", []string{"华光生产基地项目"}},
	{"backref", "硅片项目的投产标志着产业链延伸。", []string{"硅片项目"}},
	{"backref", "据介绍，光学膜项目由华光集团投资建设。", []string{"光学膜项目"}},

	// Generic.
	{"count", "该县签约项目28个，总投资105亿元。", nil},
	{"count", "全市426个市级重点项目累计完成投资。", nil},
	{"count", "实地察看18个项目，总投资312亿元。", nil},
	{"count", "上亿元项目20个。", nil},
	{"count", "工业项目13个，服务业项目5个。", nil},
	{"count", "一批项目集中开工。", nil},
	{"count", "三项目同时开工建设。", nil},
	{"count", "一条条生产线加速运转。", nil},
	{"demonstr", "该项目总投资5亿元。", nil},
	{"demonstr", "这批项目均已开工。", nil},
	{"demonstr", "该工程于2022年开工。", nil},
	{"demonstr", "此类项目需要审批。", nil},
	{"evaluative", "全力推进重点项目建设。", nil},
	{"evaluative", "引进一批龙头项目。", nil},
	{"evaluative", "其中，代表性项目包括多个领域。", nil},
	{"evaluative", "签约的重大项目涵盖新能源。", nil},
	{"sector", "现代服务业和现代农业项目亮点纷呈。", nil},
	{"sector", "文旅项目持续发力。", nil},
	{"sector", "工业项目占到5个。", nil},
	{"sector", "首届花椒采摘节现代农业产业项目集中签约。", nil},
	{"category", "税源型项目贡献突出。", nil},
	{"category", "科技型重大项目加快落地。", nil},
	{"category", "战略性新兴产业大项目加速集聚。", nil},
	{"category", "亿元级项目不断涌现。", nil},
	{"stage", "争取续建项目早竣工、新建项目早开工。", nil},
	{"stage", "储备项目早落地。", nil},
	{"stage", "在建项目达到56个。", nil},
	{"ownership", "控股子公司项目按期推进。", nil},
	{"ownership", "企业项目审批时限压缩一半。", nil},
	{"programme", "实施“三大工程”，即传统产业升级工程、新兴产业环链工程。", nil},
	{"programme", "大力实施补链、延链、强链工程。", nil},
	{"programme", "深入推进民生工程。", nil},
	{"goal", "着力打造新兴建材产业园。", nil},
	{"goal", "建成豫南重要的建材产业基地。", nil},
	{"goal", "还将成为核桃乳原料基地。", nil},
	{"place", "走进荆川县轴承产业园，一排排厂房整齐排列。", nil},
	{"place", "项目将全部落地荆川装备制造产业园，实施后年产值可增10亿元。", nil},
	{"place", "2.建设地点：荆川经济技术开发区新材料产业园", nil},
	{"event", "2024荆川投资推介会暨重点项目签约仪式举行。", nil},
	{"predicate", "县领导协调解决项目推进中的难题。", nil},
	{"predicate", "分管领导每月召开一次项目调度会。", nil},
	{"predicate", "也有带民致富增收项目。", nil},
	{"rank", "民营企业500强项目正式签约。", nil},

	// Boundaries of specific names.
	{"boundary-copula", "荆川光学膜生产线是全省重点建设项目。", nil},
	{"boundary-word", "总投资10亿元以上项目5个。", nil},
	{"boundary-legal-firm", "荆川火山新材料科技有限公司年产10万吨速凝剂项目开工。", []string{"年产10万吨速凝剂项目"}},
	{"boundary-de", "一洲印染公司的军用布生产线改造项目试运良好。", []string{"军用布生产线改造项目"}},
	{"boundary-rank", "民营企业 500 强杭华钢构项目正式签约。", []string{"杭华钢构项目"}},
	{"boundary-date", "这是该县继9月5日在县项目签约仪式后的又一成果。", nil},
}

// coordinationCases pin how coordinated names are read: parts that share
// one head make one name; a list of distinct names makes several.
var coordinationCases = []struct {
	rule string
	in   string
	want []string
}{
	{"shared-head", "华禾创新药、原料药项目开工。", []string{"华禾创新药、原料药项目"}},
	{"shared-head", "荆川梅溪中药饮片及大健康产品生产基地项目签约。", []string{"荆川梅溪中药饮片及大健康产品生产基地项目"}},
	{"shared-head", "晟储新能源储能电池及系统集成项目签约。", []string{"晟储新能源储能电池及系统集成项目"}},
	{"shared-head", "荆川高端汽车装备及零部件研发制造项目签约。", []string{"荆川高端汽车装备及零部件研发制造项目"}},
	{"two-capacities", "年产8万吨己二酸、3万吨己二胺项目开工。", []string{"年产8万吨己二酸、3万吨己二胺项目"}},
	{"two-capacities", "华光年产10万吨磷酸铁和5万吨磷酸铁锂项目签约。", []string{"华光年产10万吨磷酸铁和5万吨磷酸铁锂项目"}},
	{"ji", "瑞溪光伏玻璃暨深加工技改项目开工。", []string{"瑞溪光伏玻璃暨深加工技改项目"}},
	{"ji", "荆川不锈钢暨特种合金技改项目签约。", []string{"荆川不锈钢暨特种合金技改项目"}},
	{"list-deng", "润滑油、联创制药、三江生物等项目签约。", []string{"润滑油", "联创制药", "三江生物"}},
	{"list-deng", "宝镁轻合金、荆川高端智能装备组件等续建项目顺利推进。", []string{"宝镁轻合金", "荆川高端智能装备组件"}},
	{"list-deng", "华光轴承系列、方圆智能装备制造、青川新能源装备研发制造基地等一批重大项目如期投产。", []string{"华光轴承系列", "方圆智能装备制造", "青川新能源装备研发制造基地"}},
	{"list-deng", "在经开区，高照新能源2GW超薄硅片等一批重大项目集中开工。", []string{"高照新能源2GW超薄硅片"}},
	{"list-deng", "乡镇管道天然气、青川农耕乐园、驾考中心等其它服务业项目 11 个。", []string{"乡镇管道天然气", "青川农耕乐园", "驾考中心"}},
	{"list-headed", "云谷广场项目、比乐仕休闲食品项目、高登新材料产业园项目开工。", []string{"云谷广场项目", "比乐仕休闲食品项目", "高登新材料产业园项目"}},
	{"list-headed", "青川生物饲料项目、青川县光储充一体化示范工程等一批带动性强的项目。", []string{"青川生物饲料项目", "青川县光储充一体化示范工程"}},
	{"list-headed", "凤岐县城区供水管网改造提升工程、县医院门诊综合楼建设项目等。", []string{"凤岐县城区供水管网改造提升工程", "县医院门诊综合楼建设项目"}},
	{"list-headed", "荆川光学膜项目和瑞溪锂电池项目同时开工。", []string{"荆川光学膜项目", "瑞溪锂电池项目"}},
	{"list-count", "荆川光学膜、瑞溪锂电池和青川饲料3个项目集中签约。", []string{"荆川光学膜", "瑞溪锂电池", "青川饲料"}},
	{"list-quoted", "宝应县“10GW高效光伏电池及10GW组件”和“年产3亿支锂离子电池”两大项目签约。", []string{"10GW高效光伏电池及10GW组件", "年产3亿支锂离子电池"}},
	{"list-not-days", "仙桃和天门在2、3日接连各有25个项目开工。", nil},
	{"list-generic-items", "其中食品深加工项目9个、冷链物流项目4个。", nil},
	{"list-owned", "鼎复康医药的抗癌新药、全宇生物科技的新型保健品等高精尖项目。", nil},
}

func TestProjectRules(t *testing.T) {
	rules := map[string]int{}
	generic, specific := 0, 0
	for _, c := range projectRuleCases {
		rules[c.rule]++
		if c.want == nil {
			generic++
		} else {
			specific++
		}
		if got := projectTexts(c.in); !slices.Equal(got, c.want) {
			t.Errorf("rule %s: Projects(%q)\n got %q\nwant %q", c.rule, c.in, got, c.want)
		}
	}
	for _, r := range []string{"proper", "brand", "product", "capacity", "latin", "built", "quoted", "phase", "backref",
		"count", "demonstr", "evaluative", "sector", "category", "stage", "ownership", "programme", "goal", "place", "event", "predicate", "rank"} {
		if rules[r] == 0 {
			t.Errorf("rule %s has no row", r)
		}
	}
	if generic < 40 || specific < 40 {
		t.Errorf("%d generic and %d specific rows; want at least 40 of each", generic, specific)
	}
}

func TestCoordination(t *testing.T) {
	for _, c := range coordinationCases {
		if got := projectTexts(c.in); !slices.Equal(got, c.want) {
			t.Errorf("rule %s: Projects(%q)\n got %q\nwant %q", c.rule, c.in, got, c.want)
		}
	}
	if len(coordinationCases) < 20 {
		t.Errorf("%d coordination rows; want at least 20", len(coordinationCases))
	}
}

// TestCoordinatedCapacities pins that each part of a coordinated name keeps
// its capacity: one project with two.
func TestCoordinatedCapacities(t *testing.T) {
	ps := Projects("年产8万吨己二酸、3万吨己二胺项目开工。")
	if len(ps) != 1 {
		t.Fatalf("got %d projects, want 1", len(ps))
	}
	var caps []string
	for _, c := range ps[0].Capacities {
		caps = append(caps, c.Text)
	}
	if want := []string{"年产8万吨", "3万吨"}; !slices.Equal(caps, want) {
		t.Errorf("capacities %q, want %q", caps, want)
	}
}

func projectTexts(s string) []string {
	var out []string
	for _, f := range Projects(s) {
		out = append(out, f.Text)
	}
	return out
}

var _ = strings.Contains
