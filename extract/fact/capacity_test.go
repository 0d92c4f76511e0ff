package fact

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// capacityTests are the capacity rules by example (see capacity.go): an
// input and the capacities found in it, each as "text value unit period
// product". No capacities: not a capacity.
var capacityTests = []struct {
	rule string // the rule of capacity.go the row pins
	in   string
	want []string
}{
	// the seed gold files
	{"product", "总投资3.5亿元的年产5万吨橡胶防老剂RD项目和投资2800万元的年产260吨吩嗪残液项目", []string{"年产5万吨 50000 吨 year 橡胶防老剂RD", "年产260吨 260 吨 year 吩嗪残液"}},
	{"product", "对接香港联华印染有限公司建设年产1.5亿米牛仔布项目、", []string{"年产1.5亿米 150000000 米 year 牛仔布"}},
	{"product", "整合正大襄阳百万头生猪产业化项目、鲁花绿色食用油", []string{"百万头 1000000 头  生猪"}},
	{"product", "投资2.37亿元的年产1万吨对位芳纶纤维聚合单体项目紧张建设", []string{"年产1万吨 10000 吨 year 对位芳纶纤维聚合单体"}},
	{"product", "火山新材料科技有限公司年产10万吨粉状速凝剂项目投产在即", []string{"年产10万吨 100000 吨 year 粉状速凝剂"}},
	{"product", "年处理6000吨中药材技术改造项目紧张建设", []string{"年处理6000吨 6000 吨 year 中药材"}},
	{"product", "火山科技年产10万吨粉状速凝剂母料生产线项目投产在即", []string{"年产10万吨 100000 吨 year 粉状速凝剂母料"}},
	// the product before the quantity
	{"product-first", "项目建成后可年出栏生猪30万头，带动", []string{"年出栏生猪30万头 300000 头 year 生猪"}},
	{"product-first", "可年处理生活垃圾30万吨", []string{"年处理生活垃圾30万吨 300000 吨 year 生活垃圾"}},
	{"product-first", "年产优质钢材达300万吨", []string{"年产优质钢材达300万吨 3000000 吨 year 优质钢材"}},
	{"product-first", "日处理污水2万吨的污水处理厂", []string{"日处理污水2万吨 20000 吨 day 污水"}},
	{"not-marker", "年产值预计达到5亿元", nil},
	{"product-first", "年生产规模将达到30万吨", nil},
	// a change of capacity, and 工程 inside a product name
	{"product", "产能由年产800台提升至年产1500台高端数控机床", []string{"年产800台 800 台 year ", "年产1500台 1500 台 year 高端数控机床"}},
	{"product", "签约年产3000台新能源工程机械项目", []string{"年产3000台 3000 台 year 新能源工程机械"}},
	{"product", "年产2万吨工程塑料改性项目", []string{"年产2万吨 20000 吨 year 工程塑料改性"}},
	{"product", "年产5000吨水处理剂工程建设", []string{"年产5000吨 5000 吨 year 水处理剂"}},
	{"product", "年产500万片Mini LED背光模组项目", []string{"年产500万片 5000000 片 year Mini LED背光模组"}},
	// the fixtures
	{"product", "达产后可年产1200万片背光模组，主要供应", []string{"年产1200万片 12000000 片 year 背光模组"}},
	{"product", "扩建年产50万台精密减速机项目", []string{"年产50万台 500000 台 year 精密减速机"}},
	{"product", "全部建成后可形成年产2000万台智能终端产品的生产能力", []string{"年产2000万台 20000000 台 year 智能终端产品"}},
	{"product", "年产30万立方米竹基复合材料项目开工建设", []string{"年产30万立方米 300000 立方米 year 竹基复合材料"}},
	{"product", "建成后可年加工2万吨中药材,并配套建设", []string{"年加工2万吨 20000 吨 year 中药材"}},
	{"product", "可形成年产8000台智能农机装备的生产能力", []string{"年产8000台 8000 台 year 智能农机装备"}},
	{"product", "有限公司年产60万吨机制砂石骨料项目、", []string{"年产60万吨 600000 吨 year 机制砂石骨料"}},
	{"product", "可形成年产40万套电池包的生产能力", []string{"年产40万套 400000 套 year 电池包"}},
	{"product", "引进了宁川正驰精密铝材有限公司年产12万吨电池铝箔项目", []string{"年产12万吨 120000 吨 year 电池铝箔"}},
	{"product", "年产5万吨锂电池电解液项目等一批补链项目", []string{"年产5万吨 50000 吨 year 锂电池电解液"}},
	{"product", "有限公司年产6万吨磷酸铁锂正极材料项目，2022年12月", []string{"年产6万吨 60000 吨 year 磷酸铁锂正极材料"}},
	{"product", "3.年产3万吨高端功能膜材料项目，由", []string{"年产3万吨 30000 吨 year 高端功能膜材料"}},
	{"product", "投资建设的年产20万吨生物可降解材料项目总投资32亿元", []string{"年产20万吨 200000 吨 year 生物可降解材料"}},
	{"product", "金禾源食品年产5万吨预制菜项目，从签约到投产", []string{"年产5万吨 50000 吨 year 预制菜"}},
	// triggers and their forms
	{"marker", "日产200吨鲜湿面生产线项目", []string{"日产200吨 200 吨 day 鲜湿面"}},
	{"marker", "月产5000套模具", []string{"月产5000套 5000 套 month 模具"}},
	{"product-first", "月产能将由现有的350亿颗提升至420亿颗", nil}, // a change of capacity, not a product before the number
	{"marker", "年出栏30万头生猪，配套建设", []string{"年出栏30万头 300000 头 year 生猪"}},
	{"marker", "年屠宰100万头生猪", []string{"年屠宰100万头 1000000 头 year 生猪"}},
	{"marker-noun", "年吞吐量500万吨", []string{"年吞吐量500万吨 5000000 吨 year "}},
	{"marker-noun", "年产能达到50万吨", []string{"年产能达到50万吨 500000 吨 year "}},
	{"marker-noun", "年处理能力为30万吨废铝", []string{"年处理能力为30万吨 300000 吨 year 废铝"}},
	{"marker-noun", "年生产能力1000台", []string{"年生产能力1000台 1000 台 year "}},
	{"marker-every", "建成后每年产5万吨饲料", []string{"年产5万吨 50000 吨 year 饲料"}},
	{"marker-noun", "年产约5万吨饲料", []string{"年产约5万吨 50000 吨 year 饲料"}},
	{"quantity", "年产10余万吨钢材", []string{"年产10余万吨 100000 吨 year 钢材"}},
	{"quantity", "年产10亿只一次性注射器项目", []string{"年产10亿只 1000000000 只 year 一次性注射器"}},
	{"marker", "年产150万平方米新型墙材、年产60万立方米装配式建筑构件,", []string{"年产150万平方米 1500000 平方米 year 新型墙材", "年产60万立方米 600000 立方米 year 装配式建筑构件"}},
	{"quantity", "年产三千吨茶叶", []string{"年产三千吨 3000 吨 year 茶叶"}},
	{"product", "年产5万吨，产值", []string{"年产5万吨 50000 吨 year "}},
	// installed capacity
	{"installed", "装机容量200兆瓦", []string{"装机容量200兆瓦 200 兆瓦  "}},
	{"installed", "装机规模1000万千瓦", []string{"装机规模1000万千瓦 10000000 千瓦  "}},
	{"installed", "总装机容量为120万千瓦", []string{"总装机容量为120万千瓦 1200000 千瓦  "}},
	// units with 千
	{"kilo", "年产5千瓦", []string{"年产5千瓦 5 千瓦 year "}},
	{"kilo", "装机三千千瓦", []string{"装机三千千瓦 3000 千瓦  "}},
	{"kilo", "年产一千米电缆", []string{"年产一千米 1 千米 year 电缆"}},
	{"kilo", "年产5千吨饲料", []string{"年产5千吨 5000 吨 year 饲料"}},
	// scales without a trigger
	{"power-plant", "建设50万千瓦光伏电站项目", []string{"50万千瓦 500000 千瓦  "}},
	{"scale", "投资建设10万吨冷链物流基地", []string{"10万吨 100000 吨  冷链物流"}},
	{"scale", "百万辆新能源汽车产业化项目", []string{"百万辆 1000000 辆  新能源汽车"}},
	{"scale", "建设5000吨锂电池回收项目", []string{"5000吨 5000 吨  锂电池回收"}},
	// not capacities
	{"not-capacity", "投资2.2亿元的220千伏景阳变电站", nil},
	{"not-marker", "2021年产值预计达到6亿元左右", nil},
	{"not-marker", "预计年实现产值40亿元", nil},
	{"not-marker", "年销售额40余亿元", nil},
	{"not-marker", "年产值可达9亿元", nil},
	{"not-marker", "今年产量达到5万吨", nil},
	{"not-marker", "全年产量5万吨", nil},
	{"not-marker", "3年产出5万吨", nil},
	{"not-marker", "每年产生5万吨垃圾", nil},
	{"not-marker", "东风日产汽车", nil},
	{"not-marker", "5月12日产出1万吨", nil},
	{"quantity", "建设10万吨级码头工程", nil},
	{"scale", "新建10万平方米标准化厂房项目", nil},
	{"scale", "建设4条生产线项目", nil},
	{"scale", "100台设备", nil},
	{"scale", "3台机组项目", nil},
	{"kilo", "5千瓦", nil},
	{"not-capacity", "占地120亩", nil},
	{"quantity", "年产几万吨", nil},
	{"power", "配套建设风电50万千瓦、光伏20万千瓦", nil},
	{"kilo", "千瓦级", nil},

	// markers
	{"marker", "竣工后可年生产50万吨矿泉水", []string{"年生产50万吨 500000 吨 year 矿泉水"}},
	{"marker", "年产销水泥300万吨", []string{"年产销水泥300万吨 3000000 吨 year 水泥"}},
	{"marker", "年加工2万吨中药材", []string{"年加工2万吨 20000 吨 year 中药材"}},
	{"marker", "月处理3000吨废钢", []string{"月处理3000吨 3000 吨 month 废钢"}},
	{"marker", "理士年处理5万吨废旧锂电池", []string{"年处理5万吨 50000 吨 year 废旧锂电池"}},
	{"marker", "年利用秸秆10万吨", []string{"年利用秸秆10万吨 100000 吨 year 秸秆"}},
	{"marker", "年利用外资5000万美元", nil},
	{"marker-modifier", "签订了年综合利用2000吨桑枝条生产系列产品生产线项目", []string{"年综合利用2000吨 2000 吨 year 桑枝条"}},
	{"marker-modifier", "年货物吞吐量3000万吨物流项目", []string{"年货物吞吐量3000万吨 30000000 吨 year 物流"}},
	{"marker-modifier", "年设计产能10万吨", []string{"年设计产能10万吨 100000 吨 year "}},
	{"marker-modifier", "每年可生产原原种8000万粒。", []string{"年可生产原原种8000万粒 80000000 粒 year 原原种"}},
	{"marker-modifier", "年可减少二氧化碳排放5万吨", nil},
	{"marker-noun", "建成后可实现年产能19.4万吨，部分", []string{"年产能19.4万吨 194000 吨 year "}},
	{"marker-noun", "年产量达17万吨", []string{"年产量达17万吨 170000 吨 year "}},
	{"marker-noun", "年出栏量不低于60万头牲猪规模养殖基地", []string{"年出栏量不低于60万头 600000 头 year 牲猪"}},
	{"marker-noun", "日处理能力达到500吨", []string{"日处理能力达到500吨 500 吨 day "}},
	{"marker-every", "将形成每年2700万吨炼油产能", []string{"每年2700万吨 27000000 吨 year 炼油"}},
	{"marker-every", "每天2000吨污水", []string{"每天2000吨 2000 吨 day 污水"}},
	{"marker-every", "获得每年5500万KW的用电效益", nil},
	{"marker-every", "每年可节约标煤2.26万吨", nil},
	{"installed", "装机12MW", []string{"装机12MW 12 MW  "}},
	{"installed", "投资300万元、装机300千瓦的县工业园光伏电站", []string{"装机300千瓦 300 千瓦  "}},
	{"installed", "装机容量为50MW的良坊光伏电站", []string{"装机容量为50MW 50 MW  "}},
	{"installed", "总装机容量为120万千瓦光伏电站", []string{"总装机容量为120万千瓦 1200000 千瓦  "}},
	{"not-marker", "年发电量12亿千瓦时", nil},
	{"not-marker", "年发电量可达100亿度", nil},
	{"not-marker", "年运行7200小时,年发电量可达6000万KW左右", nil},
	{"not-marker", "预计年需原矿将达到400万吨", nil},
	{"not-marker", "年产出产品5万吨", nil},
	// quantities
	{"quantity", "重汽华威投入600万元改造年产万台自卸车厢", []string{"年产万台 10000 台 year 自卸车厢"}},
	{"quantity", "万台自卸车厢项目", nil},
	{"quantity", "建设5000至50000吨级码头", nil},
	{"space", "审议通过《关于建设年产 3600 万米高频高速电子纤维布项目的议案》", []string{"年产 3600 万米 36000000 米 year 高频高速电子纤维布"}},
	{"space", "年产 8000 吨富硒辣酱生产线", []string{"年产 8000 吨 8000 吨 year 富硒辣酱"}},
	{"space", "建设50 万吨煤化工项目", []string{"50 万吨 500000 吨  煤化工"}},
	{"kilo", "全年农村用电量44.3亿千瓦小时", nil},
	{"latin", "东台年产10GW电池项目", []string{"年产10GW 10 GW year 电池"}},
	{"latin", "总投资152亿元力神年产36GWh锂离子电池项目", []string{"年产36GWh 36 GWh year 锂离子电池"}},
	{"latin", "年产50kt聚丙烯", []string{"年产50kt 50 kt year 聚丙烯"}},
	{"latin", "年吞吐量200万TEU", []string{"年吞吐量200万TEU 2000000 TEU year "}},
	{"latin", "装机12kw", []string{"装机12kw 12 kw  "}},
	{"latin", "信义光伏130MWP发电项目", []string{"130MWP 130 MWP  "}},
	{"latin", "年产5tons", nil},
	{"latin", "220kV变电站", nil},
	{"rate", "云南一4000t/d水泥产能置换项目有序推进", []string{"4000t/d 4000 t day 水泥"}},
	{"rate", "开工建设5万吨/年聚苯硫醚树脂项目", []string{"5万吨/年 50000 吨 year 聚苯硫醚树脂"}},
	{"rate", "5000T/D熟料生产线", []string{"5000T/D 5000 T day 熟料"}},
	{"rate", "生产规模为4000t/d(124万t/a)", []string{"4000t/d 4000 t day ", "124万t/a 1240000 t year "}},
	{"rate", "1000MW/年太阳能电池用直拉单晶硅片示范项目", []string{"1000MW/年 1000 MW year 太阳能电池用直拉单晶硅片"}},
	{"rate", "建设年处理2400万吨/年褐煤提质项目", []string{"年处理2400万吨/年 24000000 吨 year 褐煤提质"}},
	{"rate", "锅炉蒸发量75吨/小时", nil},
	{"rate", "进口多晶硅价格滑落至16.66美元/Kg", nil},
	{"count", "4×600MW火电机组", []string{"4×600MW 2400 MW  "}},
	{"count", "装机容量2×66万千瓦", []string{"装机容量2×66万千瓦 1320000 千瓦  "}},
	{"count", "民和云峰福利铁合金厂4×2.5万KVA硅铁项目", []string{"4×2.5万KVA 100000 KVA  硅铁"}},
	{"count", "含2X90万吨/年丙烷脱氢装置", []string{"2X90万吨/年 1800000 吨 year 丙烷脱氢"}},
	{"count", "尺寸为3×5米", nil},
	// products
	{"product", "投资建设10万吨/年1,4-丁二醇项目的议案", []string{"10万吨/年 100000 吨 year 1,4-丁二醇"}},
	{"product", "生产规模为5万吨/年1,4-丁二醇,3.58万吨/年四氢呋喃和0.49万吨/年γ-丁内酯。", []string{"5万吨/年 50000 吨 year 1,4-丁二醇", "3.58万吨/年 35800 吨 year 四氢呋喃", "0.49万吨/年 4900 吨 year γ-丁内酯"}},
	{"product", "年产量达17万吨2.0-2.5mm超薄双玻光伏玻璃盖板生产线", []string{"年产量达17万吨 170000 吨 year 2.0-2.5mm超薄双玻光伏玻璃盖板"}},
	{"product", "300万吨新型干法水泥(熟料)生产基地", []string{"300万吨 3000000 吨  新型干法水泥(熟料)"}},
	{"product", "年产5万吨饲料(一期)项目", []string{"年产5万吨 50000 吨 year 饲料"}},
	{"product", "年产350万套高端汽车装备及零部件项目", []string{"年产350万套 3500000 套 year 高端汽车装备及零部件"}},
	{"product", "年产60万吨轻质碳酸钙、活性钙、纳米钙等高端材料", []string{"年产60万吨 600000 吨 year 轻质碳酸钙、活性钙、纳米钙"}},
	{"product", "长信科技年产1100万片高端触控显示模组及器件、人本集团", []string{"年产1100万片 11000000 片 year 高端触控显示模组及器件"}},
	{"product", "年产150万吨乙烯及下游深加工联合体装置", []string{"年产150万吨 1500000 吨 year 乙烯"}},
	{"product", "年产5万吨饲料和大米,", []string{"年产5万吨 50000 吨 year 饲料"}},
	{"product", "年产2.0MW风机叶片200套生产线", []string{"年产2.0MW 2 MW year 风机叶片"}},
	{"product", "年产5万吨饲料2022年投产", []string{"年产5万吨 50000 吨 year 饲料"}},
	{"product", "长龙山农牧有限公司年出栏20万头生猪养殖项目", []string{"年出栏20万头 200000 头 year 生猪"}},
	{"product", "年出栏60万头生猪一体化产业项目", []string{"年出栏60万头 600000 头 year 生猪"}},
	{"product", "年处理5万吨废旧锂电池综合利用项目", []string{"年处理5万吨 50000 吨 year 废旧锂电池"}},
	{"product-first", "建设年产医用设备20000台的生产线", []string{"年产医用设备20000台 20000 台 year 医用设备"}},
	{"product-first", "项目建成投产后可形成年产硅片5亿片的产能", []string{"年产硅片5亿片 500000000 片 year 硅片"}},
	{"product-first", "投资7.5亿元日产水泥4600吨的三线建设项目", []string{"日产水泥4600吨 4600 吨 day 水泥"}},
	{"product-first", "日处理垃圾量500吨", []string{"日处理垃圾量500吨 500 吨 day 垃圾"}},
	{"product-first", "年产钢300万吨", []string{"年产钢300万吨 3000000 吨 year 钢"}},
	// lists
	{"list", "年产10万吨氧化镁、6万吨活性含镁碳酸钙项目", []string{"年产10万吨 100000 吨 year 氧化镁", "6万吨 60000 吨 year 活性含镁碳酸钙"}},
	{"list", "年产8万吨己二酸、3万吨己二胺项目", []string{"年产8万吨 80000 吨 year 己二酸", "3万吨 30000 吨 year 己二胺"}},
	{"list", "建成后年产60万吨锰合金及50万吨高强度钢", []string{"年产60万吨 600000 吨 year 锰合金", "50万吨 500000 吨 year 高强度钢"}},
	{"list", "石家庄年产10GW切片及10GW电池项目", []string{"年产10GW 10 GW year 切片", "10GW 10 GW year 电池"}},
	{"list", "可年生产50万吨矿泉水和2.5万吨核桃乳饮料", []string{"年生产50万吨 500000 吨 year 矿泉水", "2.5万吨 25000 吨 year 核桃乳饮料"}},
	{"list", "将形成每年2700万吨炼油产能和220万吨乙烯产能", []string{"每年2700万吨 27000000 吨 year 炼油", "220万吨 2200000 吨 year 乙烯"}},
	{"list", "10万吨/年新型交通运输用铝合金挤压材和15万吨铝基合金棒项目", []string{"10万吨/年 100000 吨 year 新型交通运输用铝合金挤压材", "15万吨 150000 吨 year 铝基合金棒"}},
	{"list", "年产10万台电机、5万套控制器", []string{"年产10万台 100000 台 year 电机"}},
	{"list", "年产5万吨、3万吨", []string{"年产5万吨 50000 吨 year "}},
	{"list-product-first", "设计年产能铁351.8万吨、钢309万吨。", []string{"年产能铁351.8万吨 3518000 吨 year 铁", "309万吨 3090000 吨 year 钢"}},
	{"list-product-first", "年出栏生猪30万头、肉牛5000头", []string{"年出栏生猪30万头 300000 头 year 生猪", "5000头 5000 头 year 肉牛"}},
	{"list-product-first", "年产钢材300万吨、产值50亿元", []string{"年产钢材300万吨 3000000 吨 year 钢材"}},
	// without a marker
	{"scale", "鹤庆年产60万吨高精铝板带一期30万吨项目", []string{"年产60万吨 600000 吨 year 高精铝板带", "30万吨 300000 吨  "}},
	{"scale", "一期主要建设28万吨精制磷酸装置等", []string{"28万吨 280000 吨  精制磷酸"}},
	{"scale", "包括10万吨粮食筒仓,日处理3000吨小麦", []string{"日处理3000吨 3000 吨 day 小麦"}},
	{"power", "高照新能源2GW绿色高效超薄硅片等一批重大项目集中开工", []string{"2GW 2 GW  绿色高效超薄硅片"}},
	{"power", "计划建设1.2GW太阳能电池生产基地", []string{"1.2GW 1.2 GW  太阳能电池"}},
	{"power", "拥有农业机械总动力65.44万千瓦,比上年增长8.4%", nil},
	{"power", "光伏装机量分别为15.13GW、34.54GW和53.06GW", nil},
	{"power-plant", "以及县气象局10千瓦光伏电站已并网发电", []string{"10千瓦 10 千瓦  "}},
	{"power-plant", "同时配套建设7.5MW纯低温余热电站和其他公辅设施", []string{"7.5MW 7.5 MW  "}},
	{"power-plant", "440万吨水泥磨粉和18兆瓦余热发电系统", []string{"18兆瓦 18 兆瓦  "}},
	{"capacity-word", "分3期布局20GWh产能的储能电芯项目总部", []string{"20GWh 20 GWh  储能电芯"}},
	{"capacity-word", "形成10万吨的产能", []string{"10万吨 100000 吨  "}},
	{"list-scale", "二期计划建设15万吨磷酸二氢锂和20万吨磷酸铁锂生产装置", []string{"15万吨 150000 吨  磷酸二氢锂", "20万吨 200000 吨  磷酸铁锂"}},
	{"list-scale", "宝应县“10GW高效光伏电池及10GW组件”和", []string{"10GW 10 GW  高效光伏电池", "10GW 10 GW  组件"}},
	{"list-scale", "建设15万吨磷酸二氢锂和20万吨磷酸铁锂,", nil},
	// glosses
	{"gloss", "建成后年产(chǎn)60万(wàn)吨锰合金及50万(wàn)吨高强(qiáng)度钢,年产(chǎn)值50亿元", []string{"年产(chǎn)60万(wàn)吨 600000 吨 year 锰合金", "50万(wàn)吨 500000 吨 year 高强(qiáng)度钢"}},
	{"gloss", "投资7.5亿元日产(chǎn)水泥4600吨的三线建设(shè)项(xiàng)目", []string{"日产(chǎn)水泥4600吨 4600 吨 day 水泥"}},
	{"gloss", "高精铝板带一期30万(wàn)吨项(xiàng)目通过", []string{"30万(wàn)吨 300000 吨  "}},
	{"gloss", "东台年产（chǎn）10GW电池", []string{"年产（chǎn）10GW 10 GW year 电池"}},
	{"gloss", "年产(xyz)5万吨", nil},
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
			t.Errorf("rule %s: Capacities(%q)\n got  %q\n want %q", tt.rule, tt.in, got, tt.want)
		}
	}
	if len(capacityTests) < 180 {
		t.Errorf("only %d cases", len(capacityTests))
	}
}

// TestCapacityRules checks that every row names a rule of capacity.go's
// header comment, and that every rule there has rows.
func TestCapacityRules(t *testing.T) {
	src, err := os.ReadFile("capacity.go")
	if err != nil {
		t.Fatal(err)
	}
	rows := map[string]int{}
	for _, m := range regexp.MustCompile(`(?m)^// "([a-z-]+)":`).FindAllStringSubmatch(string(src), -1) {
		rows[m[1]] = 0
	}
	if len(rows) == 0 {
		t.Fatal("no rules in capacity.go")
	}
	for _, tt := range capacityTests {
		if _, ok := rows[tt.rule]; !ok {
			t.Errorf("%q: rule %q is not in capacity.go", tt.in, tt.rule)
		}
		rows[tt.rule]++
	}
	for r, n := range rows {
		if n == 0 {
			t.Errorf("rule %q has no example", r)
		}
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

// TestCapacityLists pins every entry of the word lists of the capacity
// rules with an example built from it; a list and its examples must hold
// the same entries.
func TestCapacityLists(t *testing.T) {
	// each example maps an entry to an input and the capacities wanted, as
	// in capacityTests
	type example func(w string) (in string, want []string)
	lists := []struct {
		name    string
		entries []string
		pinned  []string
		example example
	}{
		{"capVerbs", capVerbs, []string{"产销", "产", "处理", "加工", "出栏", "吞吐", "屠宰", "生产", "利用"},
			func(w string) (string, []string) {
				return "年" + w + "5万吨", []string{"年" + w + "5万吨 50000 吨 year "}
			}},
		{"capModifiers", capModifiers, []string{"综合", "货物", "设计", "可"},
			func(w string) (string, []string) {
				return "年" + w + "处理5万吨", []string{"年" + w + "处理5万吨 50000 吨 year "}
			}},
		{"capPeriods", capPeriodWords(), []string{"年", "日", "月"},
			func(w string) (string, []string) {
				p := map[string]string{"年": "year", "日": "day", "月": "month"}[w]
				return w + "产5万吨", []string{w + "产5万吨 50000 吨 " + p + " "}
			}},
		{"capEvery", capEveryWords(), []string{"每年", "每日", "每天", "每月"},
			func(w string) (string, []string) {
				p := map[string]string{"每年": "year", "每日": "day", "每天": "day", "每月": "month"}[w]
				return w + "5万吨饲料", []string{w + "5万吨 50000 吨 " + p + " 饲料"}
			}},
		{"capInstalled", capInstalledWords(), []string{"总装机容量", "总装机规模", "总装机", "装机容量", "装机规模", "装机"},
			func(w string) (string, []string) {
				return w + "5万千瓦", []string{w + "5万千瓦 50000 千瓦  "}
			}},
		{"capNounSuffixes", capNounSuffixes, []string{"能力", "能", "量"},
			func(w string) (string, []string) {
				return "年产" + w + "为5万吨", []string{"年产" + w + "为5万吨 50000 吨 year "}
			}},
		{"capLinks", capLinks, []string{"将达到", "将达", "可达到", "可达", "已达到", "已达", "高达", "达到", "达", "为", "突破", "超过", "约", "近", "超", "逾", "不低于", "不少于"},
			func(w string) (string, []string) {
				return "年产能" + w + "5万吨", []string{"年产能" + w + "5万吨 50000 吨 year "}
			}},
		{"capVerbLinks", capVerbLinks, []string{"超过", "约", "近", "超", "逾", "达到", "可达", "达", "不低于", "不少于"},
			func(w string) (string, []string) {
				return "年产" + w + "5万吨", []string{"年产" + w + "5万吨 50000 吨 year "}
			}},
		{"capNotBefore", strings.Split(capNotBefore, ""), strings.Split("今去明前当全同上本近往历逐该次昨", ""),
			func(w string) (string, []string) { return w + "年产5万吨", nil }},
		{"capUnits", capUnits, []string{
			"平方米", "立方米", "千瓦小时", "千瓦时", "千伏安", "兆伏安", "兆瓦时", "吉瓦时", "标准箱",
			"千瓦", "兆瓦", "吉瓦", "千克", "千米", "千升", "公斤", "公里", "平米", "立方",
			"标箱", "台套", "头份",
			"吨", "米", "头", "只", "羽", "件", "套", "台", "辆", "片", "条", "个", "颗", "块",
			"支", "根", "张", "双", "副", "箱", "瓶", "盒", "袋", "桶", "升", "克", "斤", "度",
			"架", "艘", "部", "枚", "粒", "卷", "册", "方", "瓦", "剂", "份"},
			func(w string) (string, []string) {
				return "年产5" + w + "，", []string{"年产5" + w + " 5 " + w + " year "}
			}},
		{"capKiloUnits", capKiloUnits, []string{"千瓦小时", "千瓦时", "千伏安", "千瓦", "千克", "千米", "千升"},
			func(w string) (string, []string) {
				return "年产五" + w + "，", []string{"年产五" + w + " 5 " + w + " year "}
			}},
		{"capLatinUnits", capLatinUnits, []string{"GWh", "MWh", "kWh", "GWp", "MWp", "kWp", "kVA", "MVA", "GW", "MW", "kW", "kt", "TEU", "t"},
			func(w string) (string, []string) {
				u := strings.ToUpper(w)
				return "年产5" + u + "，", []string{"年产5" + u + " 5 " + u + " year "}
			}},
		{"capPowerUnits", capPowerUnits, []string{"千瓦", "兆瓦", "吉瓦", "千伏安", "兆伏安", "兆瓦时", "吉瓦时", "kW", "MW", "GW", "kWp", "MWp", "GWp", "kVA", "MVA", "MWh", "GWh"},
			func(w string) (string, []string) {
				return "建设5" + w + "光伏组件，", []string{"5" + w + " 5 " + w + "  光伏组件"}
			}},
		{"capScaleUnits", capScaleUnits, []string{"头", "只", "羽", "吨", "t", "kt"},
			func(w string) (string, []string) {
				return "建设5" + w + "饲料项目", []string{"5" + w + " 5 " + w + "  饲料"}
			}},
		{"capScaleUnitsBig", capScaleUnitsBig, []string{"台", "套", "辆", "片", "件"},
			func(w string) (string, []string) {
				return "建设5" + w + "饲料项目、5万" + w + "饲料项目", []string{"5万" + w + " 50000 " + w + "  饲料"}
			}},
		{"capRates", capRateWords(), []string{"年", "a", "日", "天", "d", "月"},
			func(w string) (string, []string) {
				p := map[string]string{"年": "year", "a": "year", "日": "day", "天": "day", "d": "day", "月": "month"}[w]
				return "建设5t/" + w + "饲料项目", []string{"5t/" + w + " 5 t " + p + " 饲料"}
			}},
		{"capCountSigns", strings.Split(capCountSigns, ""), []string{"×", "x", "X", "*"},
			func(w string) (string, []string) {
				return "4" + w + "600MW，", []string{"4" + w + "600MW 2400 MW  "}
			}},
		{"capSeparators", capSeparators, []string{"、", "以及", "及", "和", "与", "并"},
			func(w string) (string, []string) {
				return "年产5万吨饲料" + w + "3万吨大米", []string{"年产5万吨 50000 吨 year 饲料", "3万吨 30000 吨 year 大米"}
			}},
		{"capListNouns", capListNouns, []string{"生产能力", "产能", "能力"},
			func(w string) (string, []string) {
				return "每年5万吨炼油" + w + "和3万吨乙烯", []string{"每年5万吨 50000 吨 year 炼油", "3万吨 30000 吨 year 乙烯"}
			}},
		{"capProjectWords", capProjectWords, []string{"项目", "产业化", "生产线", "工程", "基地", "产业园", "技术改造", "生产基地", "装置", "生产装置"},
			func(w string) (string, []string) {
				return "建设5万吨饲料" + w, []string{"5万吨 50000 吨  饲料"}
			}},
		{"capJoinEnds", capJoinEnds, []string{"等", "的", "产能", "能力", "生产能力", "规模"},
			func(w string) (string, []string) {
				return "年产5万吨饲料及大米" + w, []string{"年产5万吨 50000 吨 year 饲料及大米"}
			}},
		{"capPlantHeads", capPlantHeads, []string{"电站", "电厂", "电场", "机组", "发电"},
			func(w string) (string, []string) {
				return "建设10MW余热" + w + "，", []string{"10MW 10 MW  "}
			}},
		{"productAfterEngineering", productAfterEngineering, []string{"机械", "塑料", "车", "陶瓷", "轮胎"},
			func(w string) (string, []string) {
				return "年产5万吨工程" + w + "项目", []string{"年产5万吨 50000 吨 year 工程" + w}
			}},
		{"capProductStops", capProductStops, []string{
			"项目", "生产线", "生产装置", "技术改造", "产业化", "工程", "基地", "产业园", "生产基地", "示范",
			"建设", "扩建", "新建", "改扩建", "改造", "升级", "以及", "同时", "规模", "生产能力",
			"能力", "产能", "装置", "车间", "工厂", "厂", "仓库", "配套", "正在", "正式", "可实现",
			"可达", "可带动", "可新增", "可满足", "可以", "预计", "达产", "投产", "建成", "实现",
			"以上", "左右", "用于", "主要", "目前", "占地", "总投资", "投资", "计划", "年产",
			"年销售", "产值", "销售", "一期", "二期", "三期", "生产", "加工", "满足", "带动",
			"填补", "届时", "成为", "全部", "每年", "养殖", "一体化", "综合利用",
			"提升", "提高", "增加", "增至", "扩大", "达到", "降至", "增长", "翻番", "翻一番", "上升",
			"的", "及", "和", "与", "或", "并", "等", "将", "已", "为", "是", "在"},
			func(w string) (string, []string) {
				return "年产5万吨饲料" + w + "，", []string{"年产5万吨 50000 吨 year 饲料"}
			}},
	}
	for _, l := range lists {
		if strings.Join(l.entries, " ") != strings.Join(l.pinned, " ") {
			t.Errorf("%s is %q; its examples pin %q", l.name, l.entries, l.pinned)
		}
		for _, w := range l.pinned {
			in, want := l.example(w)
			var got []string
			for _, f := range Capacities(in) {
				got = append(got, capacityString(f))
			}
			if strings.Join(got, " | ") != strings.Join(want, " | ") {
				t.Errorf("%s %q: Capacities(%q)\n got  %q\n want %q", l.name, w, in, got, want)
			}
		}
	}
}

func capPeriodWords() (out []string) {
	for _, p := range capPeriods {
		out = append(out, p.word)
	}
	return out
}

func capEveryWords() (out []string) {
	for _, p := range capEvery {
		out = append(out, p.word)
	}
	return out
}

func capInstalledWords() (out []string) {
	for _, p := range capInstalled {
		out = append(out, p.word)
	}
	return out
}

func capRateWords() (out []string) {
	for _, p := range capRates {
		out = append(out, p.word)
	}
	return out
}
