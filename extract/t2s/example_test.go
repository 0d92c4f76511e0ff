package t2s_test

import (
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/transform"

	"github.com/zhnews/zhnews/extract/t2s"
)

func ExampleString() {
	fmt.Println(t2s.String("總投資3.5億元的年產5萬噸項目開工"))
	// Output: 总投资3.5亿元的年产5万吨项目开工
}

func ExampleDetect() {
	for _, s := range []string{"招商引資項目簽約", "招商引资项目签约"} {
		fmt.Println(t2s.Detect(s))
	}
	// Output:
	// traditional
	// simplified
}

// The converter is a transform.Transformer, so it reads a stream of any
// length, here chained after another reader.
func ExampleTransformer() {
	r := transform.NewReader(strings.NewReader("產業園區重點項目"), t2s.Transformer())
	b, err := io.ReadAll(r)
	if err != nil {
		fmt.Println(err)
	}
	fmt.Println(string(b))
	// Output: 产业园区重点项目
}
