package fold_test

import (
	"fmt"

	"golang.org/x/text/transform"

	"github.com/zhnews/zhnews/extract/fold"
)

func ExampleString() {
	fmt.Printf("%q\n", fold.String("总投资２．２亿元，增长５０％\u3000ＡＢＣ公司\r\n下一段"))
	// Output: "总投资2.2亿元，增长50% ABC公司\n下一段"
}

// Width leaves Chinese punctuation between words alone: only the colon
// inside a time of day is folded.
func ExampleWidth() {
	s, _, _ := transform.String(fold.Width(), "时间：０９：３０")
	fmt.Println(s)
	// Output: 时间：09:30
}
