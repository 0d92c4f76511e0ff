package extract

import (
	"strings"
	"testing"
)

// TestHTMLWhiteSpace checks how the white space of text nodes becomes the
// text of paragraphs: collapsed as a browser renders it, a source line break
// between two Chinese characters dropped (CSS Text 3), no line separator
// left inside a paragraph.
func TestHTMLWhiteSpace(t *testing.T) {
	tests := []struct{ in, want string }{
		{"<p>\n  县里出台了\n  优惠政策。\n</p>", "县里出台了优惠政策。"},
		{"<p><span>县里</span>\n<span>出台了</span>优惠政策。</p>", "县里出台了优惠政策。"},
		{"<p>设立\u2028“县长直通车”。</p>", "设立“县长直通车”。"},
		{"<p>设立\u2029\u2028直通车。</p>", "设立直通车。"},
		{"<p>投资<b>5000</b>\n万元</p>", "投资5000 万元"},
		{"<p>使用\nIE6.0\n浏览</p>", "使用 IE6.0 浏览"},
		{"<p>版权所有&nbsp;&nbsp;<a href=/>备案号</a>&nbsp;&nbsp;联系</p>", "版权所有 备案号 联系"},
		{"<p>中文\u3000\u3000全角空格</p>", "中文 全角空格"},
		{"<p>Hello\n<b>world</b> again</p>", "Hello world again"},
		{"<p>한국\n어</p>", "한국 어"},
		{"<pre>第一行\n第二行</pre>", "第一行\n第二行"},
	}
	for _, tt := range tests {
		doc := "<html><head><title>题</title></head><body><div>" + tt.in + "</div></body></html>"
		a, err := (&Options{Format: FormatHTML, Raw: true, NoFacts: true}).Bytes([]byte(doc))
		if err != nil {
			t.Fatalf("%q: %v", tt.in, err)
		}
		if got := a.Body(); got != tt.want {
			t.Errorf("%q: body %q, want %q", tt.in, got, tt.want)
		}
		for _, p := range a.Paragraphs {
			if strings.Contains(p, "\n") {
				t.Errorf("%q: paragraph %q has a line break", tt.in, p)
			}
		}
	}
}

// TestDeclaredCharsetOffsets checks that the search for </head> keeps the
// offsets of the page whatever bytes come before it (bytes.ToLower does
// not: an invalid byte becomes three).
func TestDeclaredCharsetOffsets(t *testing.T) {
	tests := []struct {
		page string
		want string
	}{
		{"<meta charset=gbk>" + strings.Repeat("\xff", 3000) + "</HEAD>", "gbk"},
		{strings.Repeat("\xff", 3000) + "</head><meta charset=big5>", ""},
		{"<META CHARSET=BIG5></Head>", "big5"},
	}
	for _, tt := range tests {
		enc, ok := declaredCharset([]byte(tt.page))
		if got := string(enc); !ok && tt.want != "" || ok && got != tt.want {
			t.Errorf("%.40q: %q %v, want %q", tt.page, got, ok, tt.want)
		}
	}
	if i := indexASCIIFold([]byte("ab\xffC</HeAd"), "</head"); i != 4 {
		t.Errorf("indexASCIIFold = %d, want 4", i)
	}
}
