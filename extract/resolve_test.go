package extract

import (
	"slices"
	"testing"
	"time"
)

// precedenceCases pin the precedence table row by row: with evidence of
// both origins, met in either order, the first named wins.
var precedenceCases = []struct {
	field         field
	winner, loser origin
	why           string
}{
	{fieldTitle, originH1, originHeadlineInHead, "an <h1> the <title> holds is the headline, over a line the <title> also holds"},
	{fieldTitle, originHeadlineInHead, originHeadTitle, "the headline line the <title> holds, over og:title"},
	{fieldTitle, originHeadTitle, originDocTitle, "og:title over the <title>"},
	{fieldTitle, originDocTitle, originHeadline, "the <title> over a headline line it does not hold"},
	{fieldPublished, originHeadTime, originStampLine, "the head's time over the stamp line, on another day"},
	{fieldPublished, originStampLine, originDateElement, "the stamp line over a date in an element named for one"},
	{fieldSource, originSourceLine, originOriginalTitle, "来源：… over (原标题:某某网)"},
	{fieldSource, originOriginalTitle, originAccount, "(原标题:某某网) over the account"},
	{fieldSource, originAccount, originBesideStamp, "the account over an outlet beside the stamp"},
	{fieldSource, originBesideStamp, originEpaperLine, "an outlet beside the stamp over the e-paper's name"},
	{fieldSource, originEpaperLine, originHeadSource, "the e-paper's name in the header over a source meta tag"},
	{fieldSource, originHeadSource, originEpaperTitle, "a source meta tag over the e-paper's name in the <title>"},
	{fieldSource, originEpaperTitle, originDateline, "the e-paper's name in the <title> over a dateline's outlet"},
	{fieldAuthor, originBylineLine, originHeadAuthor, "names the lines give over the head's author"},
	{fieldAuthor, originAuthorTail, originHeadAuthor, "a tail's names over the head's author"},
	{fieldAuthor, originLeadByline, originHeadAuthor, "the dateline's byline over the head's author"},
}

func TestPrecedence(t *testing.T) {
	seen := map[origin]bool{originSummaryLine: true} // the summary has one origin
	day := func(d int) Timestamp {
		return Timestamp{Time: time.Date(2023, 5, d, 0, 0, 0, 0, time.UTC), Precision: Day}
	}
	for _, c := range precedenceCases {
		seen[c.winner], seen[c.loser] = true, true
		win := evidence{field: c.field, origin: c.winner, value: "荆川日报社新闻中心", stamp: day(1)}
		lose := evidence{field: c.field, origin: c.loser, value: "瑞溪晚报社新闻中心", stamp: day(2)}
		for _, ev := range [][]evidence{{win, lose}, {lose, win}} {
			md := resolve(ev)
			var got string
			switch c.field {
			case fieldTitle:
				got = md.title
			case fieldPublished:
				got = "荆川日报社新闻中心"
				if !md.published.Time.Equal(win.stamp.Time) {
					got = md.published.String()
				}
			case fieldSource:
				got = md.source
			case fieldAuthor:
				got = md.authors[0]
				if len(md.authors) != 1 {
					t.Errorf("%s: authors %q, want one tier only", c.why, md.authors)
				}
			}
			if got != win.value {
				t.Errorf("%s: got %q", c.why, got)
			}
		}
	}
	for f, tiers := range precedence {
		for _, tier := range tiers {
			for _, o := range tier {
				if !seen[o] {
					t.Errorf("field %d: origin %d has no row in precedenceCases", f, o)
				}
			}
		}
	}
}

// TestResolveRules pins the two rules that refine the table.
func TestResolveRules(t *testing.T) {
	at := func(d, h, m int, p Precision) Timestamp {
		return Timestamp{Time: time.Date(2023, 5, d, h, m, 0, 0, time.UTC), Precision: p}
	}
	for _, c := range []struct {
		name string
		ev   []evidence
		want metadata
	}{
		{"a short head title is the site's name", []evidence{
			{field: fieldTitle, origin: originDocTitle, value: "荆川新闻网"},
			{field: fieldTitle, origin: originHeadline, value: "荆川县光学膜项目开工"},
		}, metadata{title: "荆川县光学膜项目开工"}},
		{"a short h1 gives way to the headline line, not to og:title", []evidence{
			{field: fieldTitle, origin: originH1, value: "要闻"},
			{field: fieldTitle, origin: originHeadTitle, value: "荆川县光学膜项目开工建设"},
		}, metadata{}},
		{"a long head title stands", []evidence{
			{field: fieldTitle, origin: originDocTitle, value: "荆川县光学膜项目开工建设"},
			{field: fieldTitle, origin: originHeadline, value: "荆川县光学膜项目"},
		}, metadata{title: "荆川县光学膜项目开工建设"}},
		{"the stamp line wins on the same day when as precise", []evidence{
			{field: fieldPublished, origin: originHeadTime, stamp: at(12, 0, 0, Day)},
			{field: fieldPublished, origin: originStampLine, stamp: at(12, 8, 30, Minute)},
		}, metadata{published: at(12, 8, 30, Minute)}},
		{"the head's time wins on the same day when more precise", []evidence{
			{field: fieldPublished, origin: originHeadTime, stamp: at(12, 8, 30, Minute)},
			{field: fieldPublished, origin: originStampLine, stamp: at(12, 0, 0, Day)},
		}, metadata{published: at(12, 8, 30, Minute)}},
		{"the first stamp line met wins", []evidence{
			{field: fieldPublished, origin: originStampLine, stamp: at(12, 0, 0, Day)},
			{field: fieldPublished, origin: originStampLine, stamp: at(13, 0, 0, Day)},
		}, metadata{published: at(12, 0, 0, Day)}},
		{"authors of one tier together, each once, in order", []evidence{
			{field: fieldAuthor, origin: originBylineLine, value: "张三"},
			{field: fieldAuthor, origin: originLeadByline, value: "李四"},
			{field: fieldAuthor, origin: originAuthorTail, value: "张三"},
			{field: fieldAuthor, origin: originHeadAuthor, value: "王五"},
		}, metadata{authors: []string{"张三", "李四"}}},
		{"the summary line", []evidence{
			{field: fieldSummary, origin: originSummaryLine, value: "荆川县光学膜项目今日开工。"},
		}, metadata{summary: "荆川县光学膜项目今日开工。"}},
	} {
		got := resolve(c.ev)
		if got.title != c.want.title || got.published != c.want.published || got.source != c.want.source ||
			got.summary != c.want.summary || !slices.Equal(got.authors, c.want.authors) {
			t.Errorf("%s: got %+v, want %+v", c.name, got, c.want)
		}
	}
}
