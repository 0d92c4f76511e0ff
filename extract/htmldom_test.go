package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
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

// TestSeams checks that the text of adjacent inline elements stays as the
// page renders it, while metadata read from the line sees them apart.
func TestSeams(t *testing.T) {
	tests := []struct{ in, text, spaced string }{
		{"<div><span>来源：江城商报</span><span>浏览次数：1024</span></div>", "来源：江城商报浏览次数：1024", "来源：江城商报 浏览次数：1024"},
		{"<div>作者：<a href=/a>柳青禾</a><a href=/c>参与 <em>36</em></a></div>", "作者：柳青禾参与 36", "作者： 柳青禾 参与 36"},
		{"<p>县里<b>出台</b>了政策。</p>", "县里出台了政策。", "县里 出台 了政策。"},
		{"<div><span>来源：江城商报</span> <span>作者：顾明远</span></div>", "来源：江城商报 作者：顾明远", "来源：江城商报 作者：顾明远"},
	}
	for _, tt := range tests {
		doc, err := html.Parse(strings.NewReader("<html><body>" + tt.in + "</body></html>"))
		if err != nil {
			t.Fatal(err)
		}
		lines, _, _ := htmlLines(doc, false)
		if len(lines) != 1 {
			t.Fatalf("%q: %d lines", tt.in, len(lines))
		}
		if l := &lines[0]; l.text != tt.text || l.spaced() != tt.spaced {
			t.Errorf("%q: text %q spaced %q; want %q %q", tt.in, l.text, l.spaced(), tt.text, tt.spaced)
		}
	}
}
