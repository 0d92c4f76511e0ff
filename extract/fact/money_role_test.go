package fact

import (
	"strings"
	"testing"
	"time"
)

// moneyRoleTests pin the role and scope rules (money_role.go,
// money_scope.go) by example, and each label of moneyLabels by a row named
// "label WORD". want lists the amounts Find gives, each as "text role basis
// scope" (basis "-" when empty).
var moneyRoleTests = []struct {
	rule string
	in   string
	want []string
}{
	// investment labels
	{"label 投资", "投资6000万元改造园区污水收集管网", []string{"6000万元 investment 投资 project"}},
	{"label 总投资", "该项目总投资12亿元", []string{"12亿元 investment 总投资 project"}},
	{"label 计划投资", "与远景能源有限公司签订的项目计划投资20亿元", []string{"20亿元 investment 计划投资 project"}},
	{"label 计划总投资", "第三季度，全县共签约招商项目17个，计划总投资44.8亿元", []string{"44.8亿元 investment 计划总投资 aggregate"}},
	{"label 拟投资", "公司拟投资10.94亿元建设生产基地", []string{"10.94亿元 investment 拟投资 project"}},
	{"label 固定资产投资", "全年完成固定资产投资40.1亿元", []string{"40.1亿元 investment 固定资产投资 aggregate"}},
	{"label 投资额", "此次签约投资额1亿元", []string{"1亿元 investment 投资额 project"}},
	{"label 总投资额", "该项目占地25亩，总投资额2.2亿元", []string{"2.2亿元 investment 总投资额 project"}},
	{"label 投资总额", "共有签约项目42个，投资总额达316亿元", []string{"316亿元 investment 投资总额 aggregate"}},
	{"label 项目投资额", "项目投资额3亿元", []string{"3亿元 investment 项目投资额 project"}},
	{"label 协议总投资", "新签约招商引资项目15项，协议总投资6.4亿元", []string{"6.4亿元 investment 协议总投资 aggregate"}},
	{"label 协议投资总额", "新引进项目49个，协议投资总额215亿元", []string{"215亿元 investment 协议投资总额 aggregate"}},
	{"label 意向投资", "该企业意向投资82.94亿元", []string{"82.94亿元 investment 意向投资 project"}},
	{"label 完成投资", "下川口工业园区建设已完成投资14.1亿元", []string{"14.1亿元 investment 完成投资 aggregate"}},
	{"label 投入", "重汽华威投入600万元改造生产线", []string{"600万元 investment 投入 project"}},
	{"label 总投入", "长治市食品科技园项目总投入2.57亿元", []string{"2.57亿元 investment 总投入 project"}},
	{"label 引资", "该县引资10亿元建设小微企业孵化基地", []string{"10亿元 investment 引资 project"}},
	{"label 利用外资", "已成功签约项目52项，利用外资5.15亿美元", []string{"5.15亿美元 investment 利用外资 aggregate"}},
	// registered capital
	{"label 注册资本", "公司注册资本5000万元", []string{"5000万元 registered_capital 注册资本 project"}},
	{"label 注册资金", "新公司注册资金1000万元", []string{"1000万元 registered_capital 注册资金 project"}},
	// output
	{"label 产值", "园区规模工业产值143.3亿元", []string{"143.3亿元 output 产值 aggregate"}},
	{"label 年产值", "项目建成后，年产值8000万元", []string{"8000万元 output 年产值 project"}},
	{"label 总产值", "全区实现工业总产值921.7亿元", []string{"921.7亿元 output 总产值 aggregate"}},
	{"label 增加值", "全县完成工业增加值1.02亿元", []string{"1.02亿元 output 增加值 aggregate"}},
	{"label 营业收入", "预计可以实现年营业收入30亿元", []string{"30亿元 output 营业收入 project"}},
	{"label 销售收入", "年可实现销售收入5亿多元", []string{"5亿多元 output 销售收入 project"}},
	{"label 主营业务收入", "企业实现主营业务收入12亿元", []string{"12亿元 output 主营业务收入 project"}},
	{"label 营收", "营收达到3亿元", []string{"3亿元 output 营收 project"}},
	{"label 销售额", "年销售额40余亿元", []string{"40余亿元 output 销售额 project"}},
	{"label 营业额", "投产后年营业额可达37亿元", []string{"37亿元 output 营业额 project"}},
	{"label 销售", "新增年销售约20亿元", []string{"约20亿元 output 销售 project"}},
	{"label 产量", "建成后年产量可达1亿元", []string{"1亿元 output 产量 project"}},
	// tax
	{"label 税收", "预计年上缴税收4580万元", []string{"4580万元 tax 税收 project"}},
	{"label 税收收入", "税收收入1.14亿元", []string{"1.14亿元 tax 税收收入 project"}},
	{"label 利税", "上缴利税236万元", []string{"236万元 tax 利税 project"}},
	{"label 税利", "实现税利25000万元", []string{"25000万元 tax 税利 project"}},
	{"label 纳税", "主导产业纳税8200万元", []string{"8200万元 tax 纳税 project"}},
	{"label 税费", "实现税费5亿元", []string{"5亿元 tax 税费 project"}},
	{"label 税金", "年缴纳税金3000万元", []string{"3000万元 tax 税金 project"}},
	// contract
	{"label 签约金额", "共签约项目41个，签约金额157.7亿元", []string{"157.7亿元 contract 签约金额 aggregate"}},
	{"label 签约总额", "签约总额达8.06亿元", []string{"8.06亿元 contract 签约总额 aggregate"}},
	{"label 签约总金额", "签约总金额128.5亿元人民币", []string{"128.5亿元 contract 签约总金额 aggregate"}},
	{"label 签约额", "合同签约额七亿多元", []string{"七亿多元 contract 签约额 aggregate"}},
	{"label 协议引资", "协议引资30亿元", []string{"30亿元 contract 协议引资 aggregate"}},
	{"label 合同金额", "合同金额2.3亿元", []string{"2.3亿元 contract 合同金额 aggregate"}},
	{"label 协议资金", "共签约招商引资项目76个，协议资金147.97亿元", []string{"147.97亿元 contract 协议资金 aggregate"}},
	{"label 合同引资额", "合同引资额达104.92亿元", []string{"104.92亿元 contract 合同引资额 aggregate"}},
	{"label 协议总金额", "协议总金额1052.97亿元", []string{"1052.97亿元 contract 协议总金额 aggregate"}},
	{"label 引资总额", "19家企业投资城口 引资总额达50亿元", []string{"50亿元 contract 引资总额 aggregate"}},
	{"label 签约", "签约10亿元", []string{"10亿元 contract 签约 aggregate"}},
	{"label 中标", "新中标超2亿的新能源产业链智造项目", []string{"超2亿 contract 中标 project"}},
	{"label 揽金", "菊花文化节揽金128.5亿", []string{"128.5亿 contract 揽金 aggregate"}},
	// paid in
	{"label 实际到位资金", "实际到位资金11.91亿元", []string{"11.91亿元 paid_in 实际到位资金 aggregate"}},
	{"label 到位资金", "全县招商引资到位资金107.50亿元", []string{"107.50亿元 paid_in 到位资金 aggregate"}},
	{"label 到位", "到位州外资金23.91亿元", []string{"23.91亿元 paid_in 到位 aggregate"}},
	{"label 入资", "入资3000万元", []string{"3000万元 paid_in 入资 aggregate"}},
	{"label 实际利用外资", "实际利用外资2.3亿美元", []string{"2.3亿美元 paid_in 实际利用外资 aggregate"}},
	{"label 实际使用外资", "实际使用外资5.8亿美元", []string{"5.8亿美元 paid_in 实际使用外资 aggregate"}},
	// generic labels: the role of a label before them, else other
	{"label 金额", "签约的项目金额总计197.8亿元", []string{"197.8亿元 contract 签约 aggregate"}},
	{"label 总金额", "现场签约项目14个，总金额289亿元", []string{"289亿元 contract 签约 aggregate"}},
	{"label 总额", "总额达3亿元", []string{"3亿元 other - project"}},
	{"label 资金", "专项资金3000万元", []string{"3000万元 other - project"}},
	// other labels, which stop the search
	{"label 利润", "实现利润7.26亿元", []string{"7.26亿元 other - project"}},
	{"label 收益", "投资收益2亿元", []string{"2亿元 other - project"}},
	{"label 收入", "还可使当地农民增加收入近二亿元", []string{"近二亿元 other - project"}},
	{"label 贷款", "发放贷款3亿元", []string{"3亿元 other - project"}},
	{"label 融资", "累计为企业融资4.2亿元", []string{"4.2亿元 other - aggregate"}},
	{"label 补助", "补助500万元", []string{"500万元 other - project"}},
	{"label 补贴", "补贴200万元", []string{"200万元 other - project"}},
	{"label 奖励", "奖励100万元", []string{"100万元 other - project"}},
	{"label 基金", "设立产业基金10亿元", []string{"10亿元 other - project"}},
	{"label 增资", "向全资子公司增资4.5亿元", []string{"4.5亿元 other - project"}},
	{"label 成本", "吨熟料生产成本下降10元", []string{"10元 other - project"}},
	{"label 价格", "价格为3000元", []string{"3000元 other - project"}},
	{"label 创汇", "出口创汇450万美元", []string{"450万美元 other - project"}},

	// role rules
	{"role: filler and pinyin between label and amount", "总投资达(dá)到30亿元", []string{"30亿元 investment 总投资 project"}},
	{"role: longest label nearest the amount", "项目总投资12亿元，年营业收入30亿元，税收1800万元", []string{"12亿元 investment 总投资 project", "30亿元 output 营业收入 project", "1800万元 tax 税收 project"}},
	{"role: inherited in the clause", "投资由当初的九十亿元扩大到一百四十亿元", []string{"九十亿元 investment 投资 project", "一百四十亿元 investment 投资 project"}},
	{"role: not inherited across a clause break", "总投资11亿元，另有3亿元用于还贷", []string{"11亿元 investment 总投资 project", "3亿元 other - project"}},
	{"role: label after the amount", "其中5亿元的投资来自企业自筹", []string{"5亿元 investment 投资 project"}},
	{"role: a size class before 项目", "全区在建5000万元以上项目2个", []string{"5000万元以上 investment 项目 aggregate"}},
	{"role: topic 从…看", "从投资规模看，2个过百亿元，8个过50亿元", []string{"百亿元 investment 投资 aggregate", "50亿元 investment 投资 aggregate"}},
	{"role: no label is other", "理发店新添了十块钱快剪服务", []string{"十块钱 other - project"}},
	{"role: without 元 only after a label", "总投资26亿的年产20万吨高端铝材项目，完成任务100亿", []string{"26亿 investment 总投资 project"}},
	{"role: filler only before an amount without 元", "总投资分别为10亿，占地10亿", []string{"10亿 investment 总投资 project"}},

	// scope rules
	{"scope each: 分别", "两个项目总投资分别达15亿元", []string{"15亿元 investment 总投资 project"}},
	{"scope size class: 以上 before 项目", "其中10亿元以上项目4个，总投资48.6亿元", []string{"10亿元以上 investment 项目 aggregate", "48.6亿元 investment 总投资 aggregate"}},
	{"scope size class: 过 before 项目", "在建过100亿元项目21个", []string{"100亿元 investment 项目 aggregate"}},
	{"scope size class: 的 and a count", "总投资11亿元的8个项目集中签约", []string{"11亿元 investment 总投资 aggregate"}},
	{"scope linked: a project's investment", "投资20亿元的盼盼食品全系列产品精深加工生产基地项目", []string{"20亿元 investment 投资 project"}},
	{"scope cue: count 项目N个", "共签约项目41个，签约金额157.7亿元", []string{"157.7亿元 contract 签约金额 aggregate"}},
	{"scope cue: count N个项目", "9个项目日前举行了集中签约仪式，计划总投资36.8亿元", []string{"36.8亿元 investment 计划总投资 aggregate"}},
	{"scope cue: count N项", "全市实施高端化项目76项，总投资1782.3亿元", []string{"1782.3亿元 investment 总投资 aggregate"}},
	{"scope cue: count N家", "19家企业签下总投资额达50亿元的协议", []string{"50亿元 investment 总投资额 aggregate"}},
	{"scope cue: count 两大", "我县成功签约两大招商引资项目，投资总额达30亿元", []string{"30亿元 investment 投资总额 aggregate"}},
	{"scope cue: 个月 is no count", "建设期18个月，总投资5亿元", []string{"5亿元 investment 总投资 project"}},
	{"scope cue: 共", "园区共完成投资14亿元", []string{"14亿元 investment 完成投资 aggregate"}},
	{"scope cue: 共同 is no 共", "双方共同投资5亿元", []string{"5亿元 investment 投资 project"}},
	{"scope cue: 累计", "1至8月，累计完成投资325.7亿元", []string{"325.7亿元 investment 完成投资 aggregate"}},
	{"scope cue: 全年", "全年完成投资2510.1亿元", []string{"2510.1亿元 investment 完成投资 aggregate"}},
	{"scope cue: 这些", "这些工业项目总投资达170多亿元", []string{"170多亿元 investment 总投资 aggregate"}},
	{"scope cue: 集中", "此次集中开工的项目大多集中在新能源装备领域，预计可实现销售收入110亿元", []string{"110亿元 output 销售收入 aggregate"}},
	{"scope cue: a place opening the clause", "锦屏县招商引资到位资金近12亿元", []string{"近12亿元 paid_in 到位资金 aggregate"}},
	{"scope cue: 市场 is no place", "市场规模达到100亿元", []string{"100亿元 other - project"}},
	{"scope cue: a company", "重庆市万州科华水泥有限公司投资4.7亿元兴建生产线", []string{"4.7亿元 investment 投资 project"}},
	{"scope cue: a group", "大唐集团投资18亿元建设风电、光伏项目", []string{"18亿元 investment 投资 project"}},
	{"scope cue: 该项目", "这些项目中，该项目总投资达20亿元", []string{"20亿元 investment 总投资 project"}},
	{"scope cue: the nearest wins", "全县签约项目15个，其中华康公司投资3亿元", []string{"3亿元 investment 投资 project"}},
	{"scope cue: coordinated projects are summed", "鲁斑智能农业机械生产项目、世艺淘园工贸项目、呷一支食品生产项目，总投资4.74亿元", []string{"4.74亿元 investment 总投资 aggregate"}},
	{"scope modifier: 的 after the amount", "投资300万元、装机300千瓦的县工业园光伏电站", []string{"300万元 investment 投资 project"}},
	{"scope modifier: a count after 的", "目前已有投资5亿元以上的企业30家", []string{"5亿元以上 investment 投资 aggregate"}},
	{"scope inherited in the paragraph", "全市实施项目76项，总投资1782.3亿元，年内计划完成投资257.2亿元。预计可实现产值300亿元", []string{"1782.3亿元 investment 总投资 aggregate", "257.2亿元 investment 完成投资 aggregate", "300亿元 output 产值 aggregate"}},
	{"scope not inherited across paragraphs", "全县共签约项目15个，总投资20亿元。\n重汽华威投入600万元改造生产线", []string{"20亿元 investment 总投资 aggregate", "600万元 investment 投入 project"}},
	{"scope: a semicolon does not end the sentence", "新签约项目293个，同比增长61.9%；协议总金额1052.97亿元", []string{"1052.97亿元 contract 协议总金额 aggregate"}},
	{"scope default: contract and paid_in are aggregate", "签约额达8亿元，实际到位资金3亿元", []string{"8亿元 contract 签约额 aggregate", "3亿元 paid_in 实际到位资金 aggregate"}},
	{"scope default: other roles are project", "年产值8000万元", []string{"8000万元 output 年产值 project"}},
}

// moneyRoleString formats a money fact the way moneyRoleTests write them.
func moneyRoleString(f Fact) string {
	basis := f.Basis
	if basis == "" {
		basis = "-"
	}
	return f.Text + " " + string(f.Role) + " " + basis + " " + string(f.Scope)
}

func TestMoneyRoles(t *testing.T) {
	for _, tt := range moneyRoleTests {
		var got []string
		for _, f := range Find(tt.in, time.Time{}) {
			if f.Kind == KindMoney {
				got = append(got, moneyRoleString(f))
			}
		}
		if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
			t.Errorf("%s: Find(%q)\n got  %q\n want %q", tt.rule, tt.in, got, tt.want)
		}
	}
	if len(moneyRoleTests) < 60 {
		t.Errorf("only %d rows", len(moneyRoleTests))
	}
}

// TestMoneyLabelsPinned checks that every label of moneyLabels has its row.
func TestMoneyLabelsPinned(t *testing.T) {
	rows := map[string]bool{}
	for _, tt := range moneyRoleTests {
		rows[tt.rule] = true
	}
	for _, l := range moneyLabels {
		if !rows["label "+l.word] {
			t.Errorf("label %s has no row", l.word)
		}
	}
}

// TestMoneyAlone checks that Money alone gives every amount the role
// Find gives it, and leaves Scope empty.
func TestMoneyAlone(t *testing.T) {
	for _, tt := range moneyRoleTests {
		var found []Fact
		for _, f := range Find(tt.in, time.Time{}) {
			if f.Kind == KindMoney {
				found = append(found, f)
			}
		}
		money := Money(tt.in)
		if len(money) != len(found) {
			t.Errorf("Money(%q): %d amounts, Find %d", tt.in, len(money), len(found))
			continue
		}
		for i, f := range money {
			if f.Role != found[i].Role || f.Basis != found[i].Basis || f.Scope != "" {
				t.Errorf("Money(%q): %s, Find %s", tt.in, moneyRoleString(f), moneyRoleString(found[i]))
			}
		}
	}
}

// TestFindInvestmentScope checks that a project's Investment carries the
// role and scope of its money fact.
func TestFindInvestmentScope(t *testing.T) {
	s := "投资20亿元的盼盼食品全系列产品精深加工生产基地项目"
	for _, f := range Find(s, time.Time{}) {
		if f.Kind == KindProject && f.Investment != nil {
			if f.Investment.Role != RoleInvestment || f.Investment.Scope != ScopeProject {
				t.Errorf("investment %s", moneyRoleString(*f.Investment))
			}
			return
		}
	}
	t.Errorf("%q: no project with an investment", s)
}
