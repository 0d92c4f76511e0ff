package fact_test

import (
	"fmt"
	"time"

	"github.com/zhnews/zhnews/extract/fact"
)

func ExampleMoney() {
	for _, f := range fact.Money("总投资3.5亿元，其中超过200亿元用于…，年销售额40余亿元，2至4亿元") {
		fmt.Println(f.Text, f.Value, f.Currency, f.Approx, f.Min, f.Max)
	}
	// Output:
	// 3.5亿元 350000000 CNY false <nil> <nil>
	// 超过200亿元 20000000000 CNY false 20000000000 <nil>
	// 40余亿元 4000000000 CNY true <nil> <nil>
	// 2至4亿元 200000000 CNY false 200000000 400000000
}

func ExampleCapacities() {
	for _, f := range fact.Capacities("年产5万吨橡胶防老剂RD项目，年产1.5亿米牛仔布") {
		fmt.Println(f.Text, f.Value, f.Unit, f.Period, f.Product)
	}
	// Output:
	// 年产5万吨 50000 吨 year 橡胶防老剂RD
	// 年产1.5亿米 150000000 米 year 牛仔布
}

func ExampleDates() {
	published := time.Date(2022, 9, 27, 0, 0, 0, 0, time.UTC)
	for _, f := range fact.Dates("3月14日，今年上半年，去年9月，8月10日至11日，“十四五”期间", published) {
		if f.Until.IsZero() {
			fmt.Println(f.Text, f.Date)
		} else {
			fmt.Println(f.Text, f.Date, "…", f.Until)
		}
	}
	// Output:
	// 3月14日 2022-03-14
	// 今年上半年 2022-01 … 2022-06
	// 去年9月 2021-09
	// 8月10日至11日 2022-08-10 … 2022-08-11
	// “十四五”期间 2021 … 2025
}

func ExampleProjects() {
	s := "火山新材料科技有限公司年产10万吨粉状速凝剂项目投产在即，投资2.37亿元的年产1万吨对位芳纶纤维聚合单体项目紧张建设"
	for _, p := range fact.Projects(s) {
		fmt.Println(p.Name, p.Status, p.Companies)
		if p.Investment != nil {
			fmt.Println("  investment", p.Investment.Value)
		}
		if p.Capacity != nil {
			fmt.Println("  capacity", p.Capacity.Value, p.Capacity.Unit, p.Capacity.Product)
		}
	}
	// Output:
	// 年产10万吨粉状速凝剂项目 在建 [火山新材料科技有限公司]
	//   capacity 100000 吨 粉状速凝剂
	// 年产1万吨对位芳纶纤维聚合单体项目 在建 []
	//   investment 237000000
	//   capacity 10000 吨 对位芳纶纤维聚合单体
}

func ExampleCompanies() {
	for _, f := range fact.Companies("山西龙兴新材料有限公司与中国船舶集团(邯郸)派瑞氢能科技有限公司签订合作协议，达利集团也到场") {
		fmt.Println(f.Name)
	}
	// Output:
	// 山西龙兴新材料有限公司
	// 中国船舶集团(邯郸)派瑞氢能科技有限公司
}
