package fact

import (
	"strings"
	"testing"
)

// moneyTests are the money rules by example (see money.go): an input and
// the amounts found in it, each as "text value currency" plus " ~" for
// approx, " >=min" and " <=max". No amounts: not money.
var moneyTests = []struct {
	in   string
	want []string
}{
	// every money fact of the seed gold files, in its clause
	{"启动实施了投资2.2亿元的220千伏景阳变电站", []string{"2.2亿元 220000000 CNY"}},       // seed 000
	{"投资6000万元改造园区污水收集管网", []string{"6000万元 60000000 CNY"}},            // seed 000
	{"投资3000万元对园区高新区创业街进行东扩", []string{"3000万元 30000000 CNY"}},         // seed 000
	{"投资800万元扩建", []string{"800万元 8000000 CNY"}},                       // seed 000
	{"该县引资10亿元建设小微企业孵化基地", []string{"10亿元 1000000000 CNY"}},            // seed 000
	{"依托青山化工投资1800万元建设临猗县化工行业检验检测中心", []string{"1800万元 18000000 CNY"}}, // seed 000
	{"投资超过200亿元", []string{"超过200亿元 20000000000 CNY >=20000000000"}},   // seed 000
	{"包括山西翔宇化工有限公司对接中化国际股份有限公司合作建设总投资3.5亿元的年产5万吨橡胶防老剂RD项目和投资2800万元的年产260吨吩嗪残液项目及山西华晋纺织印染有限公司对接香港联华印染有限公司建设年产1.5亿米牛仔布项目", []string{"3.5亿元 350000000 CNY", "2800万元 28000000 CNY"}}, // seed 000
	{"山西恒晟纺织印染有限公司对接吉林省鹿人袜业有限公司建设投资5.2亿元高档精梳紧密纺色织布项目等", []string{"5.2亿元 520000000 CNY"}},                                                                                         // seed 000
	{"民生4家股份制银行在企业贷款余额9.9亿元", []string{"9.9亿元 990000000 CNY"}},                // seed 000
	{"总投资449亿元", []string{"449亿元 44900000000 CNY"}},                           // seed 001
	{"预计年实现产值40亿元", []string{"40亿元 4000000000 CNY"}},                          // seed 001
	{"总投入2.57亿元", []string{"2.57亿元 257000000 CNY"}},                           // seed 001
	{"共计签约金额157.7亿元", []string{"157.7亿元 15770000000 CNY"}},                    // seed 001
	{"完成年度目标任务140亿元的112.6%", []string{"140亿元 14000000000 CNY"}},               // seed 001
	{"打造两大百亿元集群”目标", []string{"百亿元 10000000000 CNY"}},                         // seed 001
	{"该县产业集聚区实现总产值53.2亿元", []string{"53.2亿元 5320000000 CNY"}},                 // seed 002
	{"固定资产投资40.1亿元", []string{"40.1亿元 4010000000 CNY"}},                       // seed 002
	{"税收收入1.14亿元", []string{"1.14亿元 114000000 CNY"}},                          // seed 002
	{"总投资105.6亿元", []string{"105.6亿元 10560000000 CNY"}},                       // seed 002
	{"意向投资82.94亿元", []string{"82.94亿元 8294000000 CNY"}},                       // seed 002
	{"总投资20.6亿元", []string{"20.6亿元 2060000000 CNY"}},                          // seed 002
	{"主导产业产值35.7亿元", []string{"35.7亿元 3570000000 CNY"}},                       // seed 002
	{"主导产业投资19.4亿元", []string{"19.4亿元 1940000000 CNY"}},                       // seed 002
	{"主导产业纳税8200万元", []string{"8200万元 82000000 CNY"}},                         // seed 002
	{"2015年他们计划实现固定资产投资突破120亿元", []string{"120亿元 12000000000 CNY"}},           // seed 002
	{"增加值突破50亿元", []string{"50亿元 5000000000 CNY"}},                            // seed 002
	{"襄州区全年实现规模以上工业总产值921.7亿元", []string{"921.7亿元 92170000000 CNY"}},          // seed 003
	{"招商引资实际到位资金389.29亿元", []string{"389.29亿元 38929000000 CNY"}},              // seed 003
	{"投资28.1亿元的卫材产业链", []string{"28.1亿元 2810000000 CNY"}},                     // seed 003
	{"投资20亿元的盼盼食品全系列产品精深加工生产基地项目", []string{"20亿元 2000000000 CNY"}},           // seed 003
	{"投资15亿元的国药集团医用防疫物资生产储备基地项目", []string{"15亿元 1500000000 CNY"}},            // seed 003
	{"投资11亿元的易华录集团襄阳数据湖项目等一批龙头项目落户襄州", []string{"11亿元 1100000000 CNY"}},       // seed 003
	{"总投资860亿元", []string{"860亿元 86000000000 CNY"}},                           // seed 003
	{"减免税费48.07亿元", []string{"48.07亿元 4807000000 CNY"}},                       // seed 003
	{"投资11亿元的襄阳数据湖产业园项目签约", []string{"11亿元 1100000000 CNY"}},                  // seed 003
	{"2021年产值预计达到6亿元左右", []string{"6亿元左右 600000000 CNY ~"}},                   // seed 003
	{"总投资50.4亿元", []string{"50.4亿元 5040000000 CNY"}},                          // seed 004
	{"投资2.37亿元的年产1万吨对位芳纶纤维聚合单体项目紧张建设", []string{"2.37亿元 237000000 CNY"}},      // seed 004
	{"围绕年初确定的总投资384亿元的130个重点项目“大盘”", []string{"384亿元 38400000000 CNY"}},       // seed 004
	{"可形成年销售额40余亿元的产业规模", []string{"40余亿元 4000000000 CNY ~"}},                 // seed 004
	{"年上缴利税2亿元左右", []string{"2亿元左右 200000000 CNY ~"}},                         // seed 004
	{"投资4.3亿元的火山科技年产10万吨粉状速凝剂母料生产线项目投产在即……", []string{"4.3亿元 430000000 CNY"}}, // seed 004
	{"投资7.47亿元", []string{"7.47亿元 747000000 CNY"}},                            // seed 004
	{"累计为企业融资4.2亿元……在优化营商环境中", []string{"4.2亿元 420000000 CNY"}},               // seed 004

	// the fixtures: 人民币 after 元 restates it and stays out of the text
	{"总投资逾260亿元人民币", []string{"逾260亿元 26000000000 CNY >=26000000000"}},
	{"联合投资约15亿元人民币", []string{"约15亿元 1500000000 CNY ~"}},
	{"投资1.2亿美元建设的", []string{"1.2亿美元 120000000 USD"}},
	{"最高可达2000万元人民币。", []string{"2000万元 20000000 CNY"}},
	{"超5000万元的项目", []string{"超5000万元 50000000 CNY >=50000000"}},
	{"不超过500万元", []string{"不超过500万元 5000000 CNY <=5000000"}},
	{"1200多万元", []string{"1200多万元 12000000 CNY ~"}},
	{"其中5亿元以上项目", []string{"5亿元以上 500000000 CNY >=500000000"}},
	// currency words before the number
	{"人民币3亿元", []string{"3亿元 300000000 CNY"}},
	{"人民币3亿", []string{"人民币3亿 300000000 CNY"}},
	{"3.14人民币", []string{"3.14人民币 3.14 CNY"}},
	{"超过人民币1亿元", []string{"超过人民币1亿元 100000000 CNY >=100000000"}},
	{"人民币约3亿元", []string{"约3亿元 300000000 CNY ~"}},
	{"港币两千九百六十元", []string{"港币两千九百六十元 2960 HKD"}},
	{"新台币 177.1 亿元", []string{"新台币 177.1 亿元 17710000000 TWD"}},
	{"9000元日币", []string{"9000元日币 9000 JPY"}},
	{"RMB两块九毛九", []string{"两块九毛九 2.99 CNY"}},
	{"实际使用港资5.8亿美元", []string{"5.8亿美元 580000000 USD"}},
	{"3千万亿日元", []string{"3千万亿日元 3000000000000000 JPY"}},
	{"央行到期定存单5306亿台币", []string{"5306亿台币 530600000000 TWD"}},
	{"兑换1.0092瑞士法郎", []string{"1.0092瑞士法郎 1.0092 CHF"}},
	{"两个亿卢布", []string{"两个亿卢布 200000000 RUB"}},
	{"二十五万三千二百泰铢", []string{"二十五万三千二百泰铢 253200 THB"}},
	// numerals
	{"一百二十亿元和两亿元", []string{"一百二十亿元 12000000000 CNY", "两亿元 200000000 CNY"}},
	{"4亿2000万元", []string{"4亿2000万元 420000000 CNY"}},
	{"1.2万亿元", []string{"1.2万亿元 1200000000000 CNY"}},
	{"千亿元级", []string{"千亿元 100000000000 CNY"}},
	{"1,200万元", []string{"1,200万元 12000000 CNY"}},
	{"233,333，333,434.344元", []string{"233,333，333,434.344元 233333333434.344 CNY"}},
	{"1.5千万元", []string{"1.5千万元 15000000 CNY"}},
	{"壹拾壹元整", []string{"壹拾壹元整 11 CNY"}},
	{"肆佰叁拾萬圆整", []string{"肆佰叁拾萬圆整 4300000 CNY"}},
	{"10亿多元", []string{"10亿多元 1000000000 CNY ~"}},
	{"十多亿元", []string{"十多亿元 1000000000 CNY ~"}},
	{"五百余万元", []string{"五百余万元 5000000 CNY ~"}},
	// sub-units
	{"123元1角1分", []string{"123元1角1分 123.11 CNY"}},
	{"六十四万零一百四十三元一角七分", []string{"六十四万零一百四十三元一角七分 640143.17 CNY"}},
	{"十块三毛", []string{"十块三毛 10.3 CNY"}},
	{"一百三十五块六角七分钱", []string{"一百三十五块六角七分钱 135.67 CNY"}},
	{"九十九块九", []string{"九十九块九 99.9 CNY"}},
	{"九元零九分", []string{"九元零九分 9.09 CNY"}},
	{"三块零四", []string{"三块零四 3.04 CNY"}},
	{"九毛钱", []string{"九毛钱 0.9 CNY"}},
	{"两毛五", []string{"两毛五 0.25 CNY"}},
	{"打印费十块钱。", []string{"十块钱 10 CNY"}},
	{"两美元又三美分", []string{"两美元又三美分 2.03 USD"}},
	// qualifiers
	{"约4.287亿美元", []string{"约4.287亿美元 428700000 USD ~"}},
	{"近700万元", []string{"近700万元 7000000 CNY ~"}},
	{"逾千万元", []string{"逾千万元 10000000 CNY >=10000000"}},
	{"不少于5000万元", []string{"不少于5000万元 50000000 CNY >=50000000"}},
	{"不低于1亿元", []string{"不低于1亿元 100000000 CNY >=100000000"}},
	{"不到1.9万台币", []string{"不到1.9万台币 19000 TWD <=19000"}},
	{"不足100万元", []string{"不足100万元 1000000 CNY <=1000000"}},
	{"3000万元以内", []string{"3000万元以内 30000000 CNY <=30000000"}},
	{"1.2元以下", []string{"1.2元以下 1.2 CNY <=1.2"}},
	{"30万元上下", []string{"30万元上下 300000 CNY ~"}},
	{"50万元（含）以上", []string{"50万元（含）以上 500000 CNY >=500000"}},
	{"至少九千块钱以上", []string{"九千块钱以上 9000 CNY >=9000"}},
	{"3000多欧元", []string{"3000多欧元 3000 EUR ~"}},
	{"该车价值2000余元", []string{"2000余元 2000 CNY ~"}},
	// words around the amount are not qualifiers
	{"固定资产投资突破120亿元", []string{"120亿元 12000000000 CNY"}},
	{"签约10亿元", []string{"10亿元 1000000000 CNY"}},
	{"节约资金1000万元", []string{"1000万元 10000000 CNY"}},
	{"最近5亿元", []string{"5亿元 500000000 CNY"}},
	{"带动3亿元上下游产业", []string{"3亿元 300000000 CNY"}},
	{"余额9.9亿元", []string{"9.9亿元 990000000 CNY"}},
	// ranges
	{"2至4亿元", []string{"2至4亿元 200000000 CNY >=200000000 <=400000000"}},
	{"3亿至5亿元", []string{"3亿至5亿元 300000000 CNY >=300000000 <=500000000"}},
	{"1万-5万元", []string{"1万-5万元 10000 CNY >=10000 <=50000"}},
	{"1万元--5万元", []string{"1万元--5万元 10000 CNY >=10000 <=50000"}},
	{"1万(含)-5万元", []string{"1万(含)-5万元 10000 CNY >=10000 <=50000"}},
	{"2——3万港币", []string{"2——3万港币 20000 HKD >=20000 <=30000"}},
	{"十八至三十万日元", []string{"十八至三十万日元 180000 JPY >=180000 <=300000"}},
	{"两到三仟澳元", []string{"两到三仟澳元 2000 AUD >=2000 <=3000"}},
	{"一千到两千万元人民币", []string{"一千到两千万元 10000000 CNY >=10000000 <=20000000"}},
	{"八到九百亿泰铢", []string{"八到九百亿泰铢 80000000000 THB >=80000000000 <=90000000000"}},
	{"从8500到3万港元", []string{"8500到3万港元 8500 HKD >=8500 <=30000"}},
	{"10~15k元", []string{"10~15k元 10000 CNY >=10000 <=15000"}},
	{"5.6到5.78元", []string{"5.6到5.78元 5.6 CNY >=5.6 <=5.78"}},
	{"五块六到五块七毛八", []string{"五块六到五块七毛八 5.6 CNY >=5.6 <=5.78"}},
	{"约2至4亿元", []string{"约2至4亿元 200000000 CNY ~ >=200000000 <=400000000"}},
	{"三四十亿元", []string{"三四十亿元 3000000000 CNY ~ >=3000000000 <=4000000000"}},
	{"八九亿韩元", []string{"八九亿韩元 800000000 KRW ~ >=800000000 <=900000000"}},
	{"四五千块钱", []string{"四五千块钱 4000 CNY ~ >=4000 <=5000"}},
	// not a range
	{"投资10亿元至2025年", []string{"10亿元 1000000000 CNY"}},
	{"由3亿元增至5亿元", []string{"3亿元 300000000 CNY", "5亿元 500000000 CNY"}},
	// vague amounts: approx, value = min = the lower bound (money_vague.go)
	{"数十亿元", []string{"数十亿元 1000000000 CNY ~ >=1000000000"}},
	{"几十亿元", []string{"几十亿元 1000000000 CNY ~ >=1000000000"}},
	{"上百亿元", []string{"上百亿元 10000000000 CNY ~ >=10000000000"}},
	{"数亿元", []string{"数亿元 100000000 CNY ~ >=100000000"}},
	{"十几亿元", []string{"十几亿元 1000000000 CNY ~ >=1000000000"}},
	{"二十几万元", []string{"二十几万元 200000 CNY ~ >=200000"}},
	{"几千万元", []string{"几千万元 10000000 CNY ~ >=10000000"}},
	{"好几亿元", []string{"好几亿元 100000000 CNY ~ >=100000000"}},
	{"上千万元", []string{"上千万元 10000000 CNY ~ >=10000000"}},
	{"数百万元人民币", []string{"数百万元 1000000 CNY ~ >=1000000"}},
	{"数十万亿日元", []string{"数十万亿日元 10000000000000 JPY ~ >=10000000000000"}},
	{"几十万块", []string{"几十万块 100000 CNY ~ >=100000"}},
	{"投资几个亿", []string{"几个亿 100000000 CNY ~ >=100000000"}},
	{"总投资数十亿", []string{"数十亿 1000000000 CNY ~ >=1000000000"}},
	{"近百亿元", []string{"近百亿元 10000000000 CNY ~"}},  // 近 + the numeral 百亿
	{"投资规模过百亿元", []string{"百亿元 10000000000 CNY"}}, // 过 is no qualifier
	{"迈上百亿元台阶", []string{"百亿元 10000000000 CNY"}},  // 上 ends the verb 迈上
	{"几个亿", nil},
	{"数万人", nil},
	{"数百块砖", nil},
	{"十几个项目", nil},
	// shapes of real pages
	{"总投资 50 亿元的项目", []string{"50 亿元 5000000000 CNY"}},
	{"投资人民币158,063万元建设", []string{"158,063万元 1580630000 CNY"}},
	{"总投资额达一百四十亿元人民币的", []string{"一百四十亿元 14000000000 CNY"}},
	{"可实现年产值六十二亿多元", []string{"六十二亿多元 6200000000 CNY ~"}},
	{"年可实现销售收入5亿多元", []string{"5亿多元 500000000 CNY ~"}},
	{"园区规模工业产值 143.3\n亿元，同比增长", []string{"143.3\n亿元 14330000000 CNY"}},
	{"亿元以上项目4个,5000万元以上项目2个", []string{"5000万元以上 50000000 CNY >=50000000"}},
	{"项目累计40,5000万元", []string{"5000万元 50000000 CNY"}},
	{"三元前驱体和三元区", nil},
	// no currency word: money only after an investment or contract label
	{"总投资26亿的年产20万吨高端铝材项目", []string{"26亿 2600000000 CNY"}},
	{"总投资额121.5亿", []string{"121.5亿 12150000000 CNY"}},
	{"签约额达99.75亿。", []string{"99.75亿 9975000000 CNY"}},
	{"新中标超2亿的项目", []string{"超2亿 200000000 CNY >=200000000"}},
	{"完成任务100亿", nil},
	{"其中10亿以上项目就有3个", nil},
	{"总投资5万亩", nil},
	{"总投资由企业自筹，5亿", nil},
	// not money
	{"开工亿元以上重点项目", nil},
	{"超亿元项目", nil},
	{"亿元级企业", nil},
	{"两个产值百亿、百亿级", nil},
	{"增长16.3%", nil},
	{"占地120亩", nil},
	{"2021年产值", nil},
	{"签约项目28个", nil},
	{"产业多元化", nil},
	{"五分钟", nil},
	{"两毛", nil},
	{"十分重要", nil},
	{"分成3块，每块", nil},
	{"15k左右", nil},
	{"220千伏景阳变电站", nil},
	{"订单号A202107211321363588510367元", nil},
	{"万一发生", nil},
	{"3亿万元", nil},
}

// moneyString formats a money fact the way moneyTests write them.
func moneyString(f Fact) string {
	s := f.Text + " " + f.Value.String() + " " + f.Currency
	if f.Approx {
		s += " ~"
	}
	if f.Min != nil {
		s += " >=" + f.Min.String()
	}
	if f.Max != nil {
		s += " <=" + f.Max.String()
	}
	return s
}

func TestMoney(t *testing.T) {
	for _, tt := range moneyTests {
		var got []string
		for _, f := range Money(tt.in) {
			got = append(got, moneyString(f))
			if f.Kind != KindMoney || tt.in[f.Start:f.End] != f.Text {
				t.Errorf("Money(%q): bad fact %+v", tt.in, f)
			}
		}
		if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
			t.Errorf("Money(%q)\n got  %q\n want %q", tt.in, got, tt.want)
		}
	}
	if len(moneyTests) < 60 {
		t.Errorf("only %d cases", len(moneyTests))
	}
}

func FuzzMoney(f *testing.F) {
	for _, tt := range moneyTests {
		f.Add(tt.in)
	}
	f.Add("一\xff亿元")
	f.Fuzz(func(t *testing.T, s string) {
		checkFacts(t, s, Money(s), KindMoney)
	})
}

// checkFacts checks what holds for every fact finder: valid offsets, Text
// equal to the span, facts in order and not overlapping.
func checkFacts(t *testing.T, s string, facts []Fact, kind Kind) {
	t.Helper()
	end := 0
	for _, f := range facts {
		if f.Kind != kind || f.Start < end || f.Start >= f.End || f.End > len(s) || s[f.Start:f.End] != f.Text {
			t.Fatalf("%q: bad fact %+v after %d", s, f, end)
		}
		if f.Min != nil && f.Max != nil && f.Min.Cmp(*f.Max) > 0 {
			t.Fatalf("%q: min > max in %+v", s, f)
		}
		end = f.End
	}
}

// mcBodies returns the seed pages' titles and bodies, for benchmarks.
func mcBodies(b *testing.B) []string {
	pages := mcLoadGold(b, mcSeedDir)
	if len(pages) == 0 {
		b.Skip("no seed pages")
	}
	var out []string
	for _, p := range pages {
		out = append(out, p.text)
	}
	return out
}

func BenchmarkMoney(b *testing.B) {
	benchBodies(b, mcBodies(b), func(s string) { Money(s) })
}

// TestGoldMoney scores Money against the gold pages: every money fact of
// the seeds (asserted: F1 >= 0.98) and of the fixtures, matched in order by
// text, value, currency and bounds.
func TestGoldMoney(t *testing.T) {
	mcGoldTest(t, KindMoney, 0.98)
}
