package segment_test

import (
	"fmt"
	"strings"

	"github.com/zhnews/zhnews/segment"
)

func ExampleCut() {
	text := "山西翔宇化工有限公司总投资3.5亿元，年产5万吨橡胶防老剂RD。"
	var words []string
	for _, t := range segment.Cut(text) {
		words = append(words, t.Text+"/"+t.Pos)
	}
	fmt.Println(strings.Join(words, " "))
	// Output: 山西/ns 翔宇/nz 化工/n 有限公司/n 总投资/n 3.5/m 亿元/m ，/x 年产/v 5/m 万吨/m 橡胶/n 防老剂/n RD/eng 。/x
}

func ExampleCut_offsets() {
	text := "签约 1,200 万元"
	for _, t := range segment.Cut(text) {
		fmt.Printf("%q [%d,%d) %s\n", t.Text, t.Start, t.End, t.Pos)
	}
	// Output:
	// "签约" [0,6) v
	// " " [6,7) x
	// "1,200" [7,12) m
	// " " [12,13) x
	// "万元" [13,19) m
}

func ExampleNew() {
	s := segment.New(
		segment.Word{Text: "翔宇化工", Freq: 0, Pos: "nt"}, // wins wherever it occurs
		segment.Word{Text: "化工有限", Freq: -1},           // never a word
	)
	for _, t := range s.Cut("山西翔宇化工有限公司") {
		fmt.Print(t.Text, "/", t.Pos, " ")
	}
	fmt.Println()
	// Output: 山西/ns 翔宇化工/nt 有限公司/n
}

func ExampleSegmenter_AddWords() {
	s := segment.New()
	fmt.Println(len(s.Cut("杭研大厦")))
	s.AddWords(segment.Word{Text: "杭研大厦", Freq: 1000, Pos: "ns"})
	fmt.Println(s.Cut("杭研大厦")[0].Text)
	// Output:
	// 2
	// 杭研大厦
}
