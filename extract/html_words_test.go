package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestClassWordsPinned pins every word of classChrome and classWords: an
// element named with a chrome word gives that chrome's reason, a weak one
// none when the name also says content, and a strong one still does.
func TestClassWordsPinned(t *testing.T) {
	elem := func(class string) *html.Node {
		return &html.Node{Type: html.ElementNode, Data: "div", Attr: []html.Attribute{{Key: "class", Val: class}}}
	}
	for _, c := range classChrome {
		if got := chromeOfClass(elem("x-" + c.word + "-box")); got != c.reason && !(len(c.word) <= 3 && got == "") {
			t.Errorf("class %q: %q, want %q", "x-"+c.word+"-box", got, c.reason)
		}
		if len(c.word) <= 3 { // short words count as whole tokens only
			if got := chromeOfClass(elem(c.word)); got != c.reason {
				t.Errorf("class %q: %q, want %q", c.word, got, c.reason)
			}
			if got := chromeOfClass(elem(c.word + "xyz")); got == c.reason {
				t.Errorf("class %q: %q; a short word counts only as a whole token", c.word+"xyz", got)
			}
		}
		got := chromeOfClass(elem("article " + c.word))
		if c.strong && got != c.reason || !c.strong && got != "" {
			t.Errorf("class %q (strong %v): %q", "article "+c.word, c.strong, got)
		}
	}
	for _, w := range classWords {
		if got := chromeOfClass(elem(w + " list")); got != "" {
			t.Errorf("class %q: %q; a content word keeps a weak chrome word from counting", w+" list", got)
		}
	}
}

// TestPublishedNamesPinned pins every meta name that holds a publication
// time.
func TestPublishedNamesPinned(t *testing.T) {
	for name := range publishedNames {
		page := `<html><head><meta name="` + name + `" content="2023-05-12T08:30:00+08:00"></head><body><p>荆川县光学膜项目今日开工，总投资5亿元，年产光学膜1万吨。</p></body></html>`
		a, err := HTML(strings.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		if got := a.Published.String(); got != "2023-05-12T08:30:00" {
			t.Errorf("meta %q: published %q", name, got)
		}
	}
}
