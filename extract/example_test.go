package extract_test

import (
	"fmt"
	"log"
	"strings"

	"github.com/zhnews/zhnews/extract"
)

// A page as a crawler saves it: site chrome around a short report.
const page = `某某新闻网
首页 | 要闻 | 经济 | 县区
您的位置:首页 > 经济 > 正文
青川县集中签约项目12个 总投资86.5亿元
时间:2023-05-12 09:30:00 | 来源:青川日报
5月11日，青川县举行招商引资项目集中签约仪式，共签约项目12个，总投资86.5亿元。
其中，投资20亿元的年产10万吨新型建材项目将于年内开工。(记者 张明 李华)
责任编辑:王芳
相关阅读
- 青川县上半年经济运行情况
- 青川县召开项目建设推进会
`

func ExampleBytes() {
	a, err := extract.Bytes([]byte(page))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(a.Title)
	fmt.Println(a.Published, a.Source, a.Authors)
	fmt.Println(a.Body())
	// Output:
	// 青川县集中签约项目12个 总投资86.5亿元
	// 2023-05-12T09:30:00 青川日报 [张明 李华]
	// 5月11日，青川县举行招商引资项目集中签约仪式，共签约项目12个，总投资86.5亿元。
	// 其中，投资20亿元的年产10万吨新型建材项目将于年内开工。
}

func ExampleArticle_Removed() {
	a, err := extract.Text(strings.NewReader(page))
	if err != nil {
		log.Fatal(err)
	}
	for _, r := range a.Removed {
		fmt.Printf("%-9s %s\n", r.Reason, r.Text)
	}
	// Output:
	// site      某某新闻网
	// nav       首页 | 要闻 | 经济 | 县区
	// nav       您的位置:首页 > 经济 > 正文
	// meta      时间:2023-05-12 09:30:00 | 来源:青川日报
	// byline    (记者 张明 李华)
	// editor    责任编辑:王芳
	// related   相关阅读
	// related   - 青川县上半年经济运行情况
	// related   - 青川县召开项目建设推进会
}

// Traditional pages come out in Simplified script; Script reports what the
// input was.
func ExampleText_traditional() {
	a, err := extract.Text(strings.NewReader("確山縣產業集聚區建設發展紀實\n記者 宋 玉\n今年上半年，該縣產業集聚區實現總產值53.2億元，同比增長22.5%。\n"))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(a.Script, a.Title, a.Authors)
	fmt.Println(a.Body())
	// Output:
	// traditional 确山县产业集聚区建设发展纪实 [宋玉]
	// 今年上半年，该县产业集聚区实现总产值53.2亿元，同比增长22.5%。
}

func ExampleOptions_Bytes() {
	opts := extract.Options{Raw: true} // no cleaning: the input is body text
	a, err := opts.Bytes([]byte("投资２．２亿元的项目\r\n"))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%q\n", a.Body())
	// Output:
	// "投资2.2亿元的项目"
}
