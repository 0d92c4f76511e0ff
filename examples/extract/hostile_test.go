package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// TestHostileInputs drives inputs that must work or fail cleanly through
// the program and checks the exit status and the error line: none may
// panic or hang (go test's timeout would catch a hang).
func TestHostileInputs(t *testing.T) {
	dir := t.TempDir()
	// A 100 MB line is over the default limit and fails cleanly; a smaller
	// one (every few bytes a fact) is processed whole.
	huge, big := 100<<20, 8<<20
	if raceEnabled || testing.Short() {
		huge, big = 70<<20, 2<<20
	}
	gbk, _ := simplifiedchinese.GBK.NewEncoder().String("总投资3.5亿元的年产5万吨项目开工建设，")
	big5, _ := traditionalchinese.Big5.NewEncoder().String("總投資3.5億元的年產5萬噸項目開工建設，")
	utf16le := []byte{0xff, 0xfe}
	for _, u := range utf16.Encode([]rune("某县签约项目\n5月11日，某县签约项目12个，总投资86.5亿元。\n")) {
		utf16le = append(utf16le, byte(u), byte(u>>8))
	}
	unit := "5月11日，某县年产5万吨项目签约，总投资3.5亿元，山西某某化工有限公司投资建设"
	hugeLine := strings.Repeat(unit, huge/len(unit))
	oneLine := strings.Repeat(unit, big/len(unit))
	cases := []struct {
		name  string
		data  string
		args  []string
		exit  int
		error string // in the stderr line when exit is 1
	}{
		{"empty", "", nil, 1, "empty input"},
		{"whitespace", " \n\t\r\n\u3000\n", nil, 0, ""},
		{"only chrome", "首页 | 新闻 | 财经\n您的位置:首页 > 新闻\n相关推荐\n- 标题一\n- 标题二\n返回顶部\nCopyright © 2023 某网\n", nil, 0, ""},
		{"a 100 MB line over the default limit", hugeLine, nil, 1, "input too large"},
		{"one huge line", oneLine, []string{"-max-bytes", fmt.Sprint(2 * len(oneLine))}, 0, ""},
		{"digits", strings.Repeat("1234567890", 1<<17), nil, 0, ""},
		{"亿亿亿", strings.Repeat("亿", 1<<18), nil, 0, ""},
		{"元元元", strings.Repeat("3亿元元", 1<<16), nil, 0, ""},
		{"deep HTML", "<html><body>" + strings.Repeat("<div>", 100000) + "<p>5月11日，某县签约项目12个。</p>" + strings.Repeat("</div>", 100000), nil, 0, ""},
		{"malformed HTML", "<html><body><div><p>某县签约项目12个，总投资86.5亿元。<table><tr><td>未闭合<p><b><i>嵌套</div></span>", nil, 0, ""},
		{"truncated GBK", gbk[:len(gbk)-1], nil, 0, ""},
		{"truncated Big5", big5[:len(big5)-1], nil, 0, ""},
		{"NUL bytes", "某县签约\x00项目\x00\x00", nil, 1, "binary"},
		{"mixed encodings", "某县签约项目12个，总投资86.5亿元。\n" + gbk, nil, -1, ""},
		{"UTF-16 with BOM", string(utf16le), nil, 0, ""},
		{"random bytes", string(randomBytes(1 << 16)), nil, 1, ""},
	}
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(dir, fmt.Sprintf("input%02d.txt", i))
			if err := os.WriteFile(path, []byte(c.data), 0o644); err != nil {
				t.Fatal(err)
			}
			var out, errb bytes.Buffer
			code := run(append(append([]string{"-json"}, c.args...), path), nil, &out, &errb)
			if c.exit >= 0 && code != c.exit {
				t.Fatalf("exit %d, want %d; stderr: %.300s", code, c.exit, errb.String())
			}
			if code == 1 && !strings.HasPrefix(errb.String(), path+": ") {
				t.Errorf("no path: reason line: %.300s", errb.String())
			}
			if c.error != "" && !strings.Contains(errb.String(), c.error) {
				t.Errorf("stderr %.300q does not say %q", errb.String(), c.error)
			}
			if recs := records(t, out.Bytes()); len(recs) != 1 {
				t.Errorf("%d records, want 1", len(recs))
			}
		})
	}
}

// randomBytes returns n bytes of a fixed pseudo-random sequence.
func randomBytes(n int) []byte {
	b := make([]byte, n)
	x := uint32(2463534242)
	for i := range b {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		b[i] = byte(x)
	}
	return b
}
