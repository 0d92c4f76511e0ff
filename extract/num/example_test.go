package num_test

import (
	"fmt"

	"github.com/zhnews/zhnews/extract/num"
)

func ExamplePrefix() {
	s := "总投资4亿2000万元"
	d, n, ok := num.Prefix(s[len("总投资"):])
	fmt.Println(d, n, ok)
	// Output: 420000000 11 true
}

func ExampleParse() {
	for _, s := range []string{"一百二十亿", "1.2万亿", "两千六", "十七十八"} {
		d, err := num.Parse(s)
		fmt.Println(d, err)
	}
	// Output:
	// 12000000000 <nil>
	// 1200000000000 <nil>
	// 2600 <nil>
	// 0 num.Parse: parsing "十七十八": invalid syntax
}
