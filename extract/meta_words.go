package extract

import (
	"regexp"
	"strings"
)

// This file holds the vocabulary of metadata lines in one place: the labels
// that introduce a date, a source, authors, editors and counts, the role
// words of bylines, the endings of outlets' and signers' names. Every list
// and pattern of the cleaner that names labels is built from these, and
// meta_words_test.go pins each entry by an example.

// dateLabels introduce the publication stamp: 发布时间：2023-05-12.
var dateLabels = []string{"发布时间", "发表时间", "更新时间", "发布日期", "时间", "日期", "发表于", "发布于", "发布"}

// otherDateLabels introduce dates that are not the publication's: 注册时间,
// 截止日期, 成立于.
var otherDateLabels = []string{"注册", "登录", "截止", "截至", "有效期", "到期", "出生", "成立", "开始", "结束", "最后"}

// stampLabels are the words beside a stamp that make it the page's
// publication stamp rather than a date in a list: 2005-04-28 11:13更新.
var stampLabels = []string{"来源", "发布", "更新", "时间", "日期", "发表", "作者", "编辑", "稿源"}

// sourceLabels introduce the outlet a page comes from: 来源：某某日报.
var sourceLabels = []string{"文章来源", "信息来源", "新闻来源", "来源", "稿源", "出处", "转载自", "转自", "摘自", "选自"}

// authorLabels introduce authors on a metadata line: 作者：张三, 记者 张三
// (文/张三 is read by authorLabelRE too).
var authorLabels = []string{"作者", "记者", "通讯员", "撰文", "撰稿"}

// countLabels introduce counts of readers: 浏览次数：128.
var countLabels = []string{"浏览", "浏览次数", "浏览量", "阅读", "阅读数", "阅读量", "点击", "点击数", "点击量"}

// controlLabels name the page's reading controls: 字号：大 中 小.
var controlLabels = []string{"字号", "字体"}

// bylineRoles are the words that introduce names in a byline, longest first
// where one is the prefix of another.
var bylineRoles = []string{
	"新华社记者", "中新社记者", "中新网记者", "人民日报记者", "本报记者", "本台记者", "本刊记者", "本网记者",
	"融媒体记者", "首席记者", "见习记者", "特约记者", "实习记者", "全媒体记者", "记者", "通讯员", "实习生",
	"特约撰稿人", "撰稿人", "撰文", "撰稿", "采写", "作者", "文/图", "图/文", "文图", "图文", "文字",
}

// looseRoles are role words that also begin ordinary words; glued to a
// name they need a slash (文/张三).
var looseRoles = map[string]bool{"文": true, "文字": true, "图文": true, "文图": true, "作者": false}

// editorRoles introduce editors and photographers, who are not authors.
var editorRoles = []string{"责任编辑", "值班编辑", "编辑", "责编", "审核", "校对", "摄影", "摄像", "图片", "图", "摄"}

// metaLabels are the labels of metadata lines that are not role words: a
// line that holds one (来源 | 高阳日报 | 作者 …) is a metadata line, not a
// byline.
var metaLabels = func() map[string]bool {
	m := map[string]bool{"原标题": true, "转载": true, "时间": true, "日期": true, "发布": true, "发布时间": true}
	for _, l := range []string{"来源", "稿源", "出处", "转自", "浏览", "阅读", "点击"} {
		m[l] = true
	}
	return m
}()

// genericSources are 来源 values that name no outlet.
var genericSources = map[string]bool{
	"网络": true, "互联网": true, "网友投稿": true, "本站": true, "本网": true, "综合": true,
	"未知": true, "原创": true, "网络整理": true, "整理": true, "转载": true,
}

// outletSuffixes end the names of news outlets; an (原标题:…) value that ends
// in one is taken as the source, as some portals fill that template with the
// site name.
var outletSuffixes = []string{"网", "报", "新闻", "电视台", "广播电台", "社", "在线", "客户端", "融媒体中心",
	"发布", "杂志", "周刊", "频道", "网站", "新闻中心", "通讯", "门户"}

// epaperSuffixes end the site name of a newspaper's e-paper: 某某日报数字报.
var epaperSuffixes = []string{"数字报", "电子版", "数字版", "电子报"}

// signers end the names of the bodies that sign notices and announcements.
var signers = []string{"委员会", "人民政府", "办公室", "办公厅", "董事会", "监事会", "管委会", "指挥部", "领导小组", "局", "厅", "委", "政府", "中心", "协会", "公司"}

// alternation returns the words as alternatives of a regular expression,
// longest first so that a longer label wins.
func alternation(lists ...[]string) string {
	var words []string
	seen := map[string]bool{}
	for _, l := range lists {
		for _, w := range l {
			if !seen[w] {
				seen[w] = true
				words = append(words, regexp.QuoteMeta(w))
			}
		}
	}
	// Longest first: 浏览次数 before 浏览.
	for i := 1; i < len(words); i++ {
		for j := i; j > 0 && len(words[j]) > len(words[j-1]); j-- {
			words[j], words[j-1] = words[j-1], words[j]
		}
	}
	return strings.Join(words, "|")
}

// sourceRE finds "来源: XX" and its variants; the value ends at white space,
// a bar or a bracket.
var sourceRE = regexp.MustCompile(`(?:` + alternation(sourceLabels) + `)(?:[\s\p{Zs}]*[:：][\s\p{Zs}]*《?|[\s\p{Zs}]+《?|《)([^\s\p{Zs}|｜丨/\[\]【】()（）:：,，《》]+)`)

// labeledRE finds "label: value" pairs (来源:XX 作者:YY) that stripLabeled
// removes to see what else a stamp line says.
var labeledRE = regexp.MustCompile(`(?:` + alternation([]string{"来源", "稿源", "出处", "作者", "记者", "通讯员", "编辑", "发表于", "发布"}, []string{"浏览", "阅读", "点击"}, controlLabels[:1]) + `)\s*[:：]?\s*\S*`)

// authorLabelRE finds the author labels of a metadata line: 作者: X,
// 记者 X, 文/X.
var authorLabelRE = regexp.MustCompile(`(?:(?:` + alternation(authorLabels) + `)\s*[:：/／]?|文\s*[:：/／])\s*`)

// valueEndRE finds where a labeled value ends: at the next label or bar.
var valueEndRE = regexp.MustCompile(`[|｜丨【\[]|(?:` +
	alternation([]string{"来源", "稿源"}, dateLabels[:6], []string{"发布"}, []string{"编辑", "责编", "审核"}, countLabels, controlLabels, authorLabels[:3]) +
	`)\s*[:：]|(?:参与|评论|阅读|浏览|点击|点赞|分享|收藏|跟帖)\s*[\d(（]`)
