package decode_test

import (
	"errors"
	"fmt"

	"github.com/zhnews/zhnews/extract/decode"
)

func ExampleBytes() {
	gbk := []byte{0xD6, 0xD0, 0xB9, 0xFA, 0xD0, 0xC2, 0xCE, 0xC5} // 中国新闻 in GBK
	text, enc, err := decode.Bytes(gbk)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(enc, string(text))
	// Output: gbk 中国新闻
}

func ExampleBytes_error() {
	_, _, err := decode.Bytes([]byte("GIF89a\x01\x00\x01\x00\x00"))
	fmt.Println(err)
	fmt.Println(errors.Is(err, decode.ErrBinary))
	var e *decode.Error
	if errors.As(err, &e) {
		fmt.Println(e.Offset)
	}
	// Output:
	// decode: binary data: NUL byte at offset 7
	// true
	// 7
}

func ExampleDetect() {
	big5 := []byte{0xBB, 0x4F, 0xC6, 0x57} // 臺灣 in Big5
	enc, err := decode.Detect(big5)
	fmt.Println(enc, err)
	// Output: big5 <nil>
}

// A page declares a charset in <meta charset>; check it against the bytes
// before trusting it.
func ExamplePlausible() {
	page := []byte("<p>国家统计局今天发布数据</p>") // UTF-8, though the page says gb2312
	declared, _ := decode.Lookup("gb2312")
	if _, ok := decode.Plausible(page, declared); !ok {
		enc, _ := decode.Detect(page)
		fmt.Println("declared", declared, "but detected", enc)
	}
	// Output: declared gbk but detected utf-8
}

func ExampleLookup() {
	for _, label := range []string{"GB2312", "x-gbk", "big5-hkscs", "UTF8", "latin1"} {
		enc, ok := decode.Lookup(label)
		fmt.Printf("%s: %q %v\n", label, enc, ok)
	}
	// Output:
	// GB2312: "gbk" true
	// x-gbk: "gbk" true
	// big5-hkscs: "big5" true
	// UTF8: "utf-8" true
	// latin1: "" false
}
