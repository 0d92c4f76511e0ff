package num

import (
	"errors"
	"flag"
	"strings"
	"testing"
	"unicode/utf8"
)

// -update is accepted, so that go test ./... -update runs in every package.
var _ = flag.Bool("update", false, "rewrite golden files (none in this package)")

// parseTests are the contract of Parse, rule by rule: input → value, or
// "error" for an input that is not one numeral.
var parseTests = []struct {
	in, want string
}{
	// Arabic, with separators and decimals
	{"0", "0"},
	{"7", "7"},
	{"1200", "1200"},
	{"1,200", "1200"},
	{"2.37", "2.37"},
	{"01.10", "1.1"},
	{".77", "0.77"},
	{"-.5", "-0.5"},
	{"82，225.00", "82225"},
	{"233,333，333,434.344", "233333333434.344"},
	{"1,050,000,000", "1050000000"},
	{"10,000.233", "10000.233"},
	{"6694894669", "6694894669"},
	{"-10.1", "-10.1"},
	{"+3", "3"},
	// Chinese digits and units
	{"零", "0"},
	{"〇", "0"},
	{"一", "1"},
	{"两", "2"},
	{"十", "10"},
	{"十一", "11"},
	{"一十一", "11"},
	{"二十", "20"},
	{"一百零一", "101"},
	{"一千零一十", "1010"},
	{"一千零十", "1010"},
	{"一千零十一", "1011"},
	{"一万零一百一十一", "10111"},
	{"一万零百一十一", "10111"},
	{"十万零一", "100001"},
	{"一百亿零一", "10000000001"},
	{"一千零一万一千零一", "10011001"},
	{"一千一百一十一亿一千一百一十一万一千一百一十一", "111111111111"},
	{"一千一百一十一万一千一百一十一亿一千一百一十一万一千一百一十一", "1111111111111111"},
	{"四亿五千六百四十二万零一十五", "456420015"},
	// composites with 万/亿 as multipliers
	{"三千万", "30000000"},
	{"十二亿", "1200000000"},
	{"一百二十亿", "12000000000"},
	{"两亿", "200000000"},
	{"百万", "1000000"},
	{"千亿", "100000000000"},
	{"百亿", "10000000000"},
	{"万亿", "error"},
	{"四万亿", "4000000000000"},
	{"一万五千亿", "1500000000000"},
	{"四万万", "400000000"},
	{"10万万", "1000000000"},
	// financial and Traditional forms
	{"壹", "1"},
	{"拾", "10"},
	{"壹佰壹拾壹", "111"},
	{"壹仟壹佰壹拾壹万壹仟壹佰壹拾壹", "11111111"},
	{"肆佰叁拾萬", "4300000"},
	{"玖仟陆佰陆拾伍", "9665"},
	{"參萬肆仟伍佰陸拾柒", "34567"},
	{"負壹佰貳拾萬", "-1200000"},
	{"兩千六", "2600"},
	{"四億", "400000000"},
	{"零點77", "0.77"},
	{"廿二", "22"},
	{"五百卅四", "534"},
	{"一萬零卌", "10040"},
	// colloquial elision
	{"两千六", "2600"},
	{"三万五", "35000"},
	{"十三万五", "135000"},
	{"一百二", "120"},
	{"七百三", "730"},
	{"一百二十万三", "1203000"},
	{"百二萬", "1200000"},
	{"千三", "1300"},
	{"三亿五", "350000000"},
	{"一百十一", "111"},
	// digit runs
	{"二〇二三", "2023"},
	{"一一", "11"},
	{"壹壹壹", "111"},
	{"一七二零点一三四", "1720.134"},
	{"零零点零零二八五", "0.00285"},
	// decimals with 点
	{"零点一", "0.1"},
	{"零点零零零零零零零零零零零零零零一", "0.000000000000001"},
	{"三点五", "3.5"},
	{"三点五亿", "350000000"},
	{"一百点123", "100.123"},
	{"两千万点五五四四", "20000000.5544"},
	{"四百亿点零五零", "40000000000.05"},
	{"两千三点一", "2300.1"},
	{"1点5万", "15000"},
	{"一万零十二点一五", "10012.15"},
	// mixed Arabic and Chinese
	{"1.2万亿", "1200000000000"},
	{"3千万", "30000000"},
	{"16.4亿", "1640000000"},
	{"4亿2000万", "420000000"},
	{"10.1万", "101000"},
	{"-10.1万", "-101000"},
	{"100万三千", "1003000"},
	{"200亿零四千230", "20000004230"},
	{"1百01", "101"},
	{"1万600", "10600"},
	{"5亿1万4千6百", "500014600"},
	{"一万两千零3十四", "12034"},
	{"1,100.9亿", "110090000000"},
	{"2千零30万", "20300000"},
	{"48.07亿", "4807000000"},
	// signs
	{"负一", "-1"},
	{"负一十一", "-11"},
	{"负零点一零", "-0.1"},
	{"负1,200,000", "-1200000"},
	// malformed
	{"", "error"},
	{"负", "error"},
	{"-", "error"},
	{"万", "error"},
	{"亿元", "error"},
	{"点一", "error"},
	{"零点", "error"},
	{"零点点", "error"},
	{"零点零大", "error"},
	{"十七十八", "error"},
	{"十一十二", "error"},
	{"负十一十二", "error"},
	{"百十一", "error"},
	{"10.1万零100", "error"},
	{"10..1万", "error"},
	{"三四十", "error"},
	{"两两", "error"},
	{"一万二万", "error"},
	{"1万20000", "error"},
	{"12千", "error"},
	{"1.5千", "error"},
	{"一百零", "error"},
	{"3亿亿", "error"},
	{"二十 亿", "error"},
	{"1,2345", "error"},
	{"兆", "error"},
	{"十几", "error"},
	// overflow: an error, never a wrong value
	{"99999999999999999999", "range"},
	{"一千万亿亿", "error"},
	{"九百万亿九千万亿", "error"},
	{"0.0000000000000000001", "range"},
	{"1.0000000000000000000", "1"},
}

func TestParse(t *testing.T) {
	for _, tt := range parseTests {
		d, err := Parse(tt.in)
		switch tt.want {
		case "error", "range":
			want := ErrSyntax
			if tt.want == "range" {
				want = ErrRange
			}
			var ne *NumError
			if !errors.As(err, &ne) || !errors.Is(err, want) || ne.Func != "Parse" || ne.Num != tt.in {
				t.Errorf("Parse(%q) = %v, %v; want %v", tt.in, d, err, want)
			}
		default:
			if err != nil || d.String() != tt.want {
				t.Errorf("Parse(%q) = %v, %v; want %s", tt.in, d, err, tt.want)
			}
		}
	}
	if len(parseTests) < 80 {
		t.Errorf("only %d cases", len(parseTests))
	}
}

// prefixTests show Prefix in running text: the longest numeral in front.
var prefixTests = []struct {
	in, text, want string
}{
	{"2021年", "2021", "2021"},
	{"3.5亿元的", "3.5亿", "350000000"},
	{"40余亿元", "40", "40"},
	{"2亿多元", "2亿", "200000000"},
	{"20万千瓦", "20万", "200000"},
	{"300万千瓦时", "300万", "3000000"},
	{"12千瓦", "12", "12"},
	{"5千瓦", "5千", "5000"}, // callers that know 千瓦 back off
	{"三千千瓦时", "三千", "3000"},
	{"百万头生猪", "百万", "1000000"},
	{"十七十八岁", "十七", "17"},
	{"十四五", "十四", "14"},
	{"2.2本计划", "2.2", "2.2"},
	{"3541.07万元2.3", "3541.07万", "35410700"},
	{"10.1万零100", "10.1万", "101000"},
	{"一百零", "一百", "100"},
	{"12月30日", "12", "12"},
	{"2023.5.1", "2023.5", "2023.5"},
	{"1,20亿", "1", "1"},
	{"1,200，345元", "1,200，345", "1200345"},
	{"两百点两", "两百", "200"},
	{"3点钟", "3", "3"},
	{"4亿2000万元", "4亿2000万", "420000000"},
	{"十万零一千", "十万零一千", "101000"},
	{"二〇二三年", "二〇二三", "2023"},
}

func TestPrefix(t *testing.T) {
	for _, tt := range prefixTests {
		d, n, ok := Prefix(tt.in)
		if !ok || tt.in[:n] != tt.text || d.String() != tt.want {
			t.Errorf("Prefix(%q) = %v, %q, %v; want %s, %q", tt.in, d, tt.in[:n], ok, tt.want, tt.text)
		}
	}
	for _, in := range []string{"", "万元", "亿元以上", "点", "负", "元", "三四十亿元", "-x", "abc"} {
		if d, n, ok := Prefix(in); ok || n != 0 {
			t.Errorf("Prefix(%q) = %v, %d, %v; want no numeral", in, d, n, ok)
		}
	}
	// an overflowing numeral is reported with its length, so callers skip it
	if _, n, ok := Prefix("99999999999999999999元"); ok || n != 20 {
		t.Errorf("Prefix(overflow) = %d, %v; want 20, false", n, ok)
	}
}

func TestIsNumeral(t *testing.T) {
	for _, r := range "0123456789零〇一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟廿" {
		if !IsNumeralStart(r) || !IsNumeralRune(r) {
			t.Errorf("%q should start a numeral", r)
		}
	}
	for _, r := range "万亿点" {
		if IsNumeralStart(r) || !IsNumeralRune(r) {
			t.Errorf("%q is inside numerals only", r)
		}
	}
	for _, r := range "元年a.,负-兆半" {
		if IsNumeralStart(r) {
			t.Errorf("%q does not start a numeral", r)
		}
	}
}

func TestDecimal(t *testing.T) {
	a, _ := ParseDecimal("2.57")
	b, ok := a.mulPow10(8)
	if !ok || b.String() != "257000000" || !b.IsInt() {
		t.Errorf("2.57e8 = %v %v", b, ok)
	}
	if _, ok := Int(1 << 62).Mul(Int(4)); ok {
		t.Error("overflow not detected")
	}
	if _, ok := Int(-(1 << 62)).Mul(Int(2)); ok {
		t.Error("MinInt64 must not be produced")
	}
	if _, ok := Int(-(1 << 62)).Add(Int(-(1 << 62))); ok {
		t.Error("MinInt64 must not be produced by Add")
	}
	if s := Int(-5).String(); s != "-5" {
		t.Errorf("String = %q", s)
	}
	var d Decimal
	if err := d.UnmarshalJSON([]byte("null")); err != nil || !d.IsZero() {
		t.Errorf("null: %v %v", d, err)
	}
	if err := d.UnmarshalJSON([]byte(`"12.50"`)); err != nil || d.String() != "12.5" {
		t.Errorf("string: %v %v", d, err)
	}
	if d, err := ParseDecimal("1.0000000000000000000000"); err != nil || d.String() != "1" {
		t.Errorf("trailing zeros: %v %v", d, err)
	}
	e := &NumError{"Parse", strings.Repeat("亿", 40), ErrSyntax}
	if msg := e.Error(); !utf8.ValidString(msg) {
		t.Errorf("error message is not valid UTF-8: %q", msg)
	}
}

func FuzzPrefix(f *testing.F) {
	for _, tt := range parseTests {
		f.Add(tt.in)
	}
	for _, tt := range prefixTests {
		f.Add(tt.in)
	}
	f.Add("\xe4\xb8")
	f.Add("一\xff万")
	f.Fuzz(func(t *testing.T, s string) {
		d, n, ok := Prefix(s)
		if n < 0 || n > len(s) {
			t.Fatalf("Prefix(%q): n = %d out of bounds", s, n)
		}
		if !ok {
			if !d.IsZero() {
				t.Fatalf("Prefix(%q): value %v without ok", s, d)
			}
			return
		}
		if n == 0 {
			t.Fatalf("Prefix(%q): ok with n = 0", s)
		}
		e, err := Parse(s[:n])
		if err != nil || e.Cmp(d) != 0 {
			t.Fatalf("Prefix(%q) = %v, %d but Parse(%q) = %v, %v", s, d, n, s[:n], e, err)
		}
		if p, err := Parse(s); err == nil && (n != len(s) || p.Cmp(d) != 0) {
			t.Fatalf("Parse(%q) = %v but Prefix = %v, %d", s, p, d, n)
		}
	})
}

func BenchmarkPrefix(b *testing.B) {
	amounts := []string{"2.2亿元", "6000万元", "超过200亿元", "3.5亿元", "年产5万吨", "48.07亿元", "一百二十亿元", "4亿2000万元", "百亿元", "1,200万元", "2021年"}
	size := 0
	for _, a := range amounts {
		size += len(a)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range amounts {
			Prefix(a)
		}
	}
}

func BenchmarkParse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		Parse("一千一百一十一亿一千一百一十一万一千一百一十一")
	}
}

// TestNumeralBits checks the bit sets against classify over the whole BMP.
func TestNumeralBits(t *testing.T) {
	for r := rune(0); r < 1<<16; r++ {
		c, _, _ := classify(r)
		digit := r >= '0' && r <= '9'
		start := digit || c == cDigit || c == cUnit || c == cTens
		inside := start || c == cSect || c == cPoint
		if IsNumeralStart(r) != start || IsNumeralRune(r) != inside {
			t.Errorf("%q: start %v inside %v, classify says %v %v", r, IsNumeralStart(r), IsNumeralRune(r), start, inside)
		}
	}
	if IsNumeralStart(-1) || IsNumeralRune(0x20000) {
		t.Error("out-of-range runes")
	}
}
