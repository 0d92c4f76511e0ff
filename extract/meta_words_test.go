package extract

import (
	"slices"
	"sort"
	"strings"
	"testing"
)

// TestMetaWordsPinned pins every entry of the vocabulary of meta_words.go
// by an example of what it does.
func TestMetaWordsPinned(t *testing.T) {
	for _, c := range []struct {
		list  string
		words []string
		check func(w string) (string, bool) // the example, and whether it does what the list says
	}{
		{"dateLabels", dateLabels, func(w string) (string, bool) {
			s := w + "：2023-05-12 08:30"
			return s, newLine(s).stamp != nil
		}},
		{"otherDateLabels", otherDateLabels, func(w string) (string, bool) {
			s := w + "日期：2023年5月12日"
			return s, newLine(s).stamp == nil
		}},
		{"stampLabels", stampLabels, func(w string) (string, bool) {
			l := newLine("2023-05-12 08:30 " + w)
			return l.text, labeledStamp(&l)
		}},
		{"sourceLabels", sourceLabels, func(w string) (string, bool) {
			s := w + "：荆川日报"
			return s, parseSource(s) == "荆川日报"
		}},
		{"authorLabels", authorLabels, func(w string) (string, bool) {
			s := w + "：张三"
			return s, slices.Equal(labeledAuthors(s), []string{"张三"})
		}},
		{"countLabels", countLabels, func(w string) (string, bool) {
			s := "作者：张三 " + w + "：128"
			return s, slices.Equal(labeledAuthors(s), []string{"张三"})
		}},
		{"controlLabels", controlLabels, func(w string) (string, bool) {
			s := "作者：张三 " + w + "：大"
			return s, slices.Equal(labeledAuthors(s), []string{"张三"})
		}},
		{"bylineRoles", bylineRoles, func(w string) (string, bool) {
			s := w + " 张三"
			a, ok := parseByline(s, true)
			return s, ok && slices.Equal(a, []string{"张三"})
		}},
		{"editorRoles", editorRoles, func(w string) (string, bool) {
			s := "记者 张三 " + w + " 李四"
			a, ok := parseByline(s, true)
			return s, ok && slices.Equal(a, []string{"张三"})
		}},
		{"metaLabels", keys(metaLabels), func(w string) (string, bool) {
			s := w + " 记者 张三"
			_, ok := parseByline(s, true)
			return s, !ok
		}},
		{"genericSources", keys(genericSources), func(w string) (string, bool) {
			s := "来源：" + w
			return s, parseSource(s) == ""
		}},
		{"outletSuffixes", outletSuffixes, func(w string) (string, bool) {
			s := "荆川" + w
			return s, looksLikeOutlet(s)
		}},
		{"epaperSuffixes", epaperSuffixes, func(w string) (string, bool) {
			s := "荆川日报" + w
			return s, epaperName(s) == "荆川日报"
		}},
		{"signers", signers, func(w string) (string, bool) {
			by := "荆川县" + w
			if w == "公司" {
				by = "荆川光学膜有限公司"
			}
			lines := splitLines("荆川县光学膜项目今日开工，总投资5亿元。\n" + by + "\n2024年9月13日")
			v := judge(lines)
			return by, signatureEnd(lines, v, 1) == 3
		}},
	} {
		failed := 0
		for _, w := range c.words {
			if ex, ok := c.check(w); !ok {
				failed++
				t.Errorf("%s: %q: the example %q does not show it", c.list, w, ex)
			}
		}
		t.Logf("%s: %d entries, %d failed", c.list, len(c.words), failed)
	}
}

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

var _ = strings.Contains
