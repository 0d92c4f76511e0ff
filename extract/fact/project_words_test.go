package fact

import (
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestProjectWordsPinned pins every entry of the word lists of
// project_words.go by its effect: each class has a template sentence in
// which the entry must do what its class says, so an entry that does
// nothing (or something else) fails here.
func TestProjectWordsPinned(t *testing.T) {
	names := func(s string) []string {
		var out []string
		for _, f := range Projects(s) {
			out = append(out, f.Name)
		}
		return out
	}
	type pin struct {
		class string
		words []string
		check func(w string) (string, []string, []string) // input, got, want
	}
	pins := []pin{
		{"governors (a name begins after them)", keys(governors), func(w string) (string, []string, []string) {
			in := "县里" + w + "荆川光学膜项目。"
			return in, names(in), []string{"荆川光学膜项目"}
		}},
		{"copulas (a name never runs across them)", keys(copulas), func(w string) (string, []string, []string) {
			in := "荆川光学膜生产线" + w + "全省重点项目。"
			return in, names(in), nil
		}},
		{"activities (inside a name after its product)", keys(activities), func(w string) (string, []string, []string) {
			in := "荆川光学膜" + w + "项目签约。"
			return in, names(in), []string{"荆川光学膜" + w + "项目"}
		}},
		{"predicates (before the product they govern the name)", keys(predicates), func(w string) (string, []string, []string) {
			in := "县里" + w + "荆川光学膜项目。"
			return in, names(in), []string{"荆川光学膜项目"}
		}},
		{"generic words (name no project alone)", keys(genericWords), func(w string) (string, []string, []string) {
			in := "，" + w + "项目，"
			return in, names(in), nil
		}},
		{"sector words (no 项目 alone; say which park)", keys(sectorWords), func(w string) (string, []string, []string) {
			in := "，" + w + "项目，荆川县" + w + "产业园开工建设。"
			return in, names(in), []string{"荆川县" + w + "产业园"}
		}},
		{"plural words (several projects)", keys(pluralWords), func(w string) (string, []string, []string) {
			if full, ok := map[string]string{"今": "今年", "去": "去年", "明": "明年", "前": "前年", "近": "近年来", "当": "当年"}[w]; ok {
				w = full
			}
			in := "，" + w + "荆川光学膜项目开工，"
			return in, names(in), nil
		}},
		{"evaluative words (a class of projects)", keys(evaluative), func(w string) (string, []string, []string) {
			in := "，荆川县光学膜" + w + "项目，"
			return in, names(in), nil
		}},
		{"conjunctions (join parts under one head)", keys(conjunctions), func(w string) (string, []string, []string) {
			if w == "及其" || w == "以及" || w == "并" {
				w = w + "配套"
			}
			in := "荆川光学膜" + w + "原料药项目开工。"
			return in, names(in), []string{"荆川光学膜" + w + "原料药项目"}
		}},
		{"category suffixes (a kind, not a name)", categorySuffixes, func(w string) (string, []string, []string) {
			in := "，" + map[string]string{"型": "税源型", "性": "代表性", "类": "产业类", "级": "亿元级", "化": "数字化"}[w] + "项目，"
			return in, names(in), nil
		}},
		{"sector endings (a sector however qualified)", sectorEnds, func(w string) (string, []string, []string) {
			in := "，优势" + w + "项目，"
			return in, names(in), nil
		}},
		{"builders (a plant being built)", builders, func(w string) (string, []string, []string) {
			in := "县里" + w + "荆川光学膜生产线。"
			return in, names(in), []string{"荆川光学膜生产线"}
		}},
		{"plant statuses (a plant being built)", plantStatuses, func(w string) (string, []string, []string) {
			in := "荆川光学膜生产线" + w + "。"
			if w == "项目" {
				return in, names(in), []string{"荆川光学膜生产线项目"}
			}
			return in, names(in), []string{"荆川光学膜生产线"}
		}},
		{"concrete works (a 工程 that is built)", concreteWorks, func(w string) (string, []string, []string) {
			in := "荆川县" + w + "工程开工。"
			return in, names(in), []string{"荆川县" + w + "工程"}
		}},
		{"aspirations (a park as a goal)", aspirations, func(w string) (string, []string, []string) {
			in := "全力" + w + "荆川光学膜产业园，开工建设。"
			return in, names(in), nil
		}},
		{"build cues (a park being built)", buildCues, func(w string) (string, []string, []string) {
			in := "荆川光学膜产业园" + w + "。"
			return in, names(in), []string{"荆川光学膜产业园"}
		}},
		{"arrivals (a park where something arrives)", arrivals, func(w string) (string, []string, []string) {
			in := "项目" + w + "荆川光学膜产业园，开工建设。"
			return in, names(in), nil
		}},
		{"locatives (a park as the place of a firm's project)", locatives, func(w string) (string, []string, []string) {
			in := w + "荆川光学膜产业园，华光公司光学膜项目开工建设。"
			return in, names(in), []string{"华光公司光学膜项目"}
		}},
		{"event endings (a name begins after an event)", suffixKeys(eventEnds), func(w string) (string, []string, []string) {
			event := map[string]string{"节": "采摘节", "会": "推介会", "仪式": "签约仪式", "论坛": "高峰论坛", "峰会": "招商峰会",
				"活动": "招商活动", "大赛": "创业大赛", "届": "首届"}[w]
			in := "，荆川" + event + "光学膜项目签约，"
			return in, names(in), []string{"光学膜项目"}
		}},
		{"time words (a name begins after them)", timeWords, func(w string) (string, []string, []string) {
			if full, ok := map[string]string{"今": "今年", "去": "去年", "明": "明年", "前": "前年", "近": "近年来", "当": "当年"}[w]; ok {
				w = full
			}
			in := "，" + w + "荆川光学膜项目开工，"
			return in, names(in), []string{"荆川光学膜项目"}
		}},
	}
	for head, ends := range notHeadEnd {
		pins = append(pins, pin{"not a head before " + head, ends, func(w string) (string, []string, []string) {
			in := "荆川光学膜" + head + w + "。"
			return in, names(in), nil
		}})
	}
	for _, p := range pins {
		failed := 0
		for _, w := range p.words {
			in, got, want := p.check(w)
			if !slices.Equal(got, want) {
				failed++
				t.Errorf("%s: %q: Projects(%q) = %q, want %q", p.class, w, in, got, want)
			}
		}
		t.Logf("%s: %d entries, %d failed", p.class, len(p.words), failed)
	}
}

// TestStatusWordsPinned checks each status word maps as listed.
func TestStatusWordsPinned(t *testing.T) {
	for _, w := range statusWords {
		in := "荆川光学膜项目" + w.word + "。"
		ps := Projects(in)
		if len(ps) != 1 || ps[0].Status != w.status {
			t.Errorf("%q: %+v, want status %s", in, ps, w.status)
		}
	}
}

func keys(set wordSet) []string {
	var out []string
	for w := range set {
		out = append(out, w)
	}
	sort.Strings(out)
	return out
}

// suffixKeys returns the words of a suffix list, sorted.
func suffixKeys(list suffixList) []string {
	var out []string
	for _, ws := range list {
		out = append(out, ws...)
	}
	sort.Strings(out)
	return out
}

var _ = strings.Contains

// TestHeadOrder pins what heads relies on: each head comes before the heads
// it ends with (工厂 before 厂), so the first match is the longest, and each
// ends with a three-byte rune.
func TestHeadOrder(t *testing.T) {
	for i, h := range projectHeads {
		if _, size := utf8.DecodeLastRuneInString(h); size != 3 {
			t.Errorf("the last rune of head %q is %d bytes long; heads looks for three", h, size)
		}
		for _, earlier := range projectHeads[:i] {
			if h != earlier && strings.HasSuffix(h, earlier) {
				t.Errorf("head %q comes after its suffix %q", h, earlier)
			}
		}
	}
}
