package fact

import (
	"strings"
	"testing"
)

// capacityTests are the capacity rules by example (see capacity.go): an
// input and the capacities found in it, each as "text value unit period
// product". No capacities: not a capacity.
var capacityTests = []struct {
	in   string
	want []string
}{
	// the seed gold files
	{"总投资3.5亿元的年产5万吨橡胶防老剂RD项目和投资2800万元的年产260吨吩嗪残液项目", []string{"年产5万吨 50000 吨 year 橡胶防老剂RD", "年产260吨 260 吨 year 吩嗪残液"}},
	{"对接香港联华印染有限公司建设年产1.5亿米牛仔布项目、", []string{"年产1.5亿米 150000000 米 year 牛仔布"}},
	{"整合正大襄阳百万头生猪产业化项目、鲁花绿色食用油", []string{"百万头 1000000 头  生猪"}},
	{"投资2.37亿元的年产1万吨对位芳纶纤维聚合单体项目紧张建设", []string{"年产1万吨 10000 吨 year 对位芳纶纤维聚合单体"}},
	{"火山新材料科技有限公司年产10万吨粉状速凝剂项目投产在即", []string{"年产10万吨 100000 吨 year 粉状速凝剂"}},
	{"年处理6000吨中药材技术改造项目紧张建设", []string{"年处理6000吨 6000 吨 year 中药材"}},
	{"火山科技年产10万吨粉状速凝剂母料生产线项目投产在即", []string{"年产10万吨 100000 吨 year 粉状速凝剂母料"}},
	// the product before the quantity
	{"项目建成后可年出栏生猪30万头，带动", []string{"年出栏生猪30万头 300000 头 year 生猪"}},
	{"可年处理生活垃圾30万吨", []string{"年处理生活垃圾30万吨 300000 吨 year 生活垃圾"}},
	{"年产优质钢材达300万吨", []string{"年产优质钢材达300万吨 3000000 吨 year 优质钢材"}},
	{"日处理污水2万吨的污水处理厂", []string{"日处理污水2万吨 20000 吨 day 污水"}},
	{"年产值预计达到5亿元", nil},
	{"年生产规模将达到30万吨", nil},
	// a change of capacity, and 工程 inside a product name
	{"产能由年产800台提升至年产1500台高端数控机床", []string{"年产800台 800 台 year ", "年产1500台 1500 台 year 高端数控机床"}},
	{"签约年产3000台新能源工程机械项目", []string{"年产3000台 3000 台 year 新能源工程机械"}},
	{"年产2万吨工程塑料改性项目", []string{"年产2万吨 20000 吨 year 工程塑料改性"}},
	{"年产5000吨水处理剂工程建设", []string{"年产5000吨 5000 吨 year 水处理剂"}},
	{"年产500万片Mini LED背光模组项目", []string{"年产500万片 5000000 片 year Mini LED背光模组"}},
	// the fixtures
	{"达产后可年产1200万片背光模组，主要供应", []string{"年产1200万片 12000000 片 year 背光模组"}},
	{"扩建年产50万台精密减速机项目", []string{"年产50万台 500000 台 year 精密减速机"}},
	{"全部建成后可形成年产2000万台智能终端产品的生产能力", []string{"年产2000万台 20000000 台 year 智能终端产品"}},
	{"年产30万立方米竹基复合材料项目开工建设", []string{"年产30万立方米 300000 立方米 year 竹基复合材料"}},
	{"建成后可年加工2万吨中药材,并配套建设", []string{"年加工2万吨 20000 吨 year 中药材"}},
	{"可形成年产8000台智能农机装备的生产能力", []string{"年产8000台 8000 台 year 智能农机装备"}},
	{"有限公司年产60万吨机制砂石骨料项目、", []string{"年产60万吨 600000 吨 year 机制砂石骨料"}},
	{"可形成年产40万套电池包的生产能力", []string{"年产40万套 400000 套 year 电池包"}},
	{"引进了宁川正驰精密铝材有限公司年产12万吨电池铝箔项目", []string{"年产12万吨 120000 吨 year 电池铝箔"}},
	{"年产5万吨锂电池电解液项目等一批补链项目", []string{"年产5万吨 50000 吨 year 锂电池电解液"}},
	{"有限公司年产6万吨磷酸铁锂正极材料项目，2022年12月", []string{"年产6万吨 60000 吨 year 磷酸铁锂正极材料"}},
	{"3.年产3万吨高端功能膜材料项目，由", []string{"年产3万吨 30000 吨 year 高端功能膜材料"}},
	{"投资建设的年产20万吨生物可降解材料项目总投资32亿元", []string{"年产20万吨 200000 吨 year 生物可降解材料"}},
	{"金禾源食品年产5万吨预制菜项目，从签约到投产", []string{"年产5万吨 50000 吨 year 预制菜"}},
	// triggers and their forms
	{"日产200吨鲜湿面生产线项目", []string{"日产200吨 200 吨 day 鲜湿面"}},
	{"月产5000套模具", []string{"月产5000套 5000 套 month 模具"}},
	{"月产能将由现有的350亿颗提升至420亿颗", nil}, // a change of capacity, not a product before the number
	{"年出栏30万头生猪，配套建设", []string{"年出栏30万头 300000 头 year 生猪"}},
	{"年屠宰100万头生猪", []string{"年屠宰100万头 1000000 头 year 生猪"}},
	{"年吞吐量500万吨", []string{"年吞吐量500万吨 5000000 吨 year "}},
	{"年发电量12亿千瓦时", []string{"年发电量12亿千瓦时 1200000000 千瓦时 year "}},
	{"年产能达到50万吨", []string{"年产能达到50万吨 500000 吨 year "}},
	{"年处理能力为30万吨废铝", []string{"年处理能力为30万吨 300000 吨 year 废铝"}},
	{"年生产能力1000台", []string{"年生产能力1000台 1000 台 year "}},
	{"建成后每年产5万吨饲料", []string{"年产5万吨 50000 吨 year 饲料"}},
	{"年产约5万吨饲料", []string{"年产约5万吨 50000 吨 year 饲料"}},
	{"年产10余万吨钢材", []string{"年产10余万吨 100000 吨 year 钢材"}},
	{"年产10亿只一次性注射器项目", []string{"年产10亿只 1000000000 只 year 一次性注射器"}},
	{"年产150万平方米新型墙材、年产60万立方米装配式建筑构件,", []string{"年产150万平方米 1500000 平方米 year 新型墙材", "年产60万立方米 600000 立方米 year 装配式建筑构件"}},
	{"年产三千吨茶叶", []string{"年产三千吨 3000 吨 year 茶叶"}},
	{"年产5万吨，产值", []string{"年产5万吨 50000 吨 year "}},
	// installed capacity
	{"装机容量200兆瓦", []string{"装机容量200兆瓦 200 兆瓦  "}},
	{"装机规模1000万千瓦", []string{"装机规模1000万千瓦 10000000 千瓦  "}},
	{"总装机容量为120万千瓦", []string{"总装机容量为120万千瓦 1200000 千瓦  "}},
	// units with 千
	{"年产5千瓦", []string{"年产5千瓦 5 千瓦 year "}},
	{"年发电三千千瓦时", []string{"年发电三千千瓦时 3000 千瓦时 year "}},
	{"年产一千米电缆", []string{"年产一千米 1 千米 year 电缆"}},
	{"年产5千吨饲料", []string{"年产5千吨 5000 吨 year 饲料"}},
	// scales without a trigger
	{"建设50万千瓦光伏电站项目", []string{"50万千瓦 500000 千瓦  光伏电站"}},
	{"投资建设10万吨冷链物流基地", []string{"10万吨 100000 吨  冷链物流"}},
	{"百万辆新能源汽车产业化项目", []string{"百万辆 1000000 辆  新能源汽车"}},
	{"建设5000吨锂电池回收项目", []string{"5000吨 5000 吨  锂电池回收"}},
	// not capacities
	{"投资2.2亿元的220千伏景阳变电站", nil},
	{"2021年产值预计达到6亿元左右", nil},
	{"预计年实现产值40亿元", nil},
	{"年销售额40余亿元", nil},
	{"年产值可达9亿元", nil},
	{"今年产量达到5万吨", nil},
	{"全年产量5万吨", nil},
	{"3年产出5万吨", nil},
	{"每年产生5万吨垃圾", nil},
	{"东风日产汽车", nil},
	{"5月12日产出1万吨", nil},
	{"建设10万吨级码头工程", nil},
	{"新建10万平方米标准化厂房项目", nil},
	{"建设4条生产线项目", nil},
	{"100台设备", nil},
	{"3台机组项目", nil},
	{"5千瓦", nil},
	{"占地120亩", nil},
	{"年产几万吨", nil},
	{"配套建设风电50万千瓦、光伏20万千瓦", nil},
	{"千瓦级", nil},
}

// capacityString formats a capacity the way capacityTests write them.
func capacityString(f Fact) string {
	return f.Text + " " + f.Value.String() + " " + f.Unit + " " + string(f.Period) + " " + f.Product
}

func TestCapacities(t *testing.T) {
	for _, tt := range capacityTests {
		var got []string
		for _, f := range Capacities(tt.in) {
			got = append(got, capacityString(f))
			if f.Kind != KindCapacity || tt.in[f.Start:f.End] != f.Text {
				t.Errorf("Capacities(%q): bad fact %+v", tt.in, f)
			}
		}
		if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
			t.Errorf("Capacities(%q)\n got  %q\n want %q", tt.in, got, tt.want)
		}
	}
	if len(capacityTests) < 60 {
		t.Errorf("only %d cases", len(capacityTests))
	}
}

func FuzzCapacities(f *testing.F) {
	for _, tt := range capacityTests {
		f.Add(tt.in)
	}
	f.Add("年产\xff万吨")
	f.Fuzz(func(t *testing.T, s string) {
		checkFacts(t, s, Capacities(s), KindCapacity)
	})
}

func BenchmarkCapacities(b *testing.B) {
	benchBodies(b, mcBodies(b), func(s string) { Capacities(s) })
}

// TestGoldCapacities scores Capacities against the gold pages (asserted on
// the seeds: F1 >= 0.95), matched in order by text, value, unit, period and
// product.
func TestGoldCapacities(t *testing.T) {
	mcGoldTest(t, KindCapacity, 0.95)
}
