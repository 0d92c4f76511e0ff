package extract

import (
	"regexp"
	"strings"
)

// This file is the second stage of the pipeline: a verdict on every line,
// from its own text and then from its neighbours (a block header and the
// items under it, a run of list items, a table's rows), before the article
// core is known.

// A verdict is what a line is taken for before the core is known.
type verdict struct {
	kind    lineKind
	reason  Reason // for chrome and metadata lines
	strong  bool   // chrome that is removed even between paragraphs
	block   bool   // a block header (相关资讯, 版权声明, …)
	account bool   // the name on a WeChat or self-media account card
}

// lineKind is what a verdict takes a line for.
type lineKind uint8

const (
	neutral lineKind = iota // short text without sentence punctuation: headings, menu items
	content                 // text with sentence punctuation
	chrome                  // matched the chrome vocabulary or sits in a chrome block
	meta                    // date, source, author, editor or summary line
)

// judge returns the verdict on each line.
func judge(lines []line) []verdict {
	v := make([]verdict, len(lines))
	for i := range lines {
		v[i] = classify(&lines[i])
	}
	markTables(lines, v)
	markAccountCards(lines, v)
	markBlocks(lines, v)
	markListRuns(lines, v)
	markHeadlines(lines, v)
	return v
}

// docNumberRE matches the header lines of an official document or a listed
// company's announcement: its number (某发改重点〔2024〕47号) or its stock
// code line.
var docNumberRE = regexp.MustCompile(`^(?:\p{Han}{1,16}[〔\[［](?:19|20)\d\d[〕\]］]\s*第?\d{1,5}号|证券代码[:：].*)$`)

// classify returns a line's verdict from its own text.
func classify(l *line) verdict {
	if strings.Contains(l.key, "发表于") && l.runes <= 80 && l.stamp != nil {
		return verdict{kind: meta, reason: ReasonMeta, strong: true} // 楼主 X 发表于 2025-02-08 21:14 只看该作者
	}
	if l.runes <= 60 && docNumberRE.MatchString(l.text) {
		return verdict{kind: content} // 某发改〔2024〕47号, 证券代码：603917: a document's own header
	}
	if l.runes <= 40 && strings.HasPrefix(strings.TrimLeft(l.text, "(（"), "据") && reportedByRE.MatchString(l.text) {
		return verdict{kind: meta, reason: ReasonMeta, strong: true} // (据《某某建材报》报道)
	}
	if l.hint == ReasonSummary && l.runes > 12 {
		return verdict{kind: meta, reason: ReasonSummary, strong: true} // <div class="article-summary">
	}
	if l.html && l.linkRunes*2 >= l.runes && l.runes > 0 {
		// Mostly link text: a menu item, a related headline (with its date),
		// a tag cloud, a row of controls (【发表评论】【打印此文】).
		if m, ok := matchChrome(l.text, l.key, int(l.runes)); ok && (m.block || m.strong) {
			return verdict{kind: chrome, reason: m.reason, strong: true, block: m.block}
		}
		return verdict{kind: chrome, reason: ReasonNav, strong: l.runes <= 40 && (l.linkRunes*10 >= l.runes*8 || l.linkRunes >= l.han)}
	}
	if l.stamp != nil && labeledStamp(l) {
		return verdict{kind: meta, reason: ReasonMeta, strong: true} // 2005-04-28 11:13更新 来源：… 发表评论
	}
	if datedItem(l) {
		// 旅行中，谁忽悠了你？【版主】08-11 16:06 298字: a listed post or
		// headline with its date.
		return verdict{kind: chrome, reason: ReasonList}
	}
	m, isChrome := matchChrome(l.text, l.key, int(l.runes))
	if (!isChrome || !m.block && m.reason != ReasonEditor) && l.runes <= 60 && isBylineLine(l) {
		return verdict{kind: meta, reason: ReasonByline, strong: true}
	}
	if isChrome {
		v := verdict{kind: chrome, reason: m.reason, strong: m.strong, block: m.block}
		switch m.reason {
		case ReasonMeta, ReasonSummary, ReasonEditor:
			v.kind = meta
		}
		if v.kind == chrome && m.reason == ReasonForum && strings.HasPrefix(l.key, "发表于") {
			v.kind = meta
		}
		return v
	}
	if l.stamp != nil {
		return verdict{kind: meta, reason: ReasonMeta, strong: true}
	}
	if l.runes <= 200 {
		if n := copyrightScore(l.key); n >= 3 || n >= 2 && l.runes <= 60 {
			return verdict{kind: chrome, reason: ReasonCopyright, strong: n >= 4}
		}
	}
	if l.punct > 0 {
		return verdict{kind: content}
	}
	return verdict{}
}

// itemDateRE finds the short dates and times that follow listed headlines
// and posts: 08-11 16:06, (04-27), [2023-05-12], 2005/03/15.
var itemDateRE = regexp.MustCompile(`(?:^|[^\d])(?:\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}|[(（\[【]\d{1,2}[-/.月]\d{1,2}日?[)）\]】]|(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2})`)

// datedItem reports whether a line is an item of a list with a date: partly
// a link (or a list item) with a short date in it, and not a sentence.
func datedItem(l *line) bool {
	if l.runes > 100 || !(l.html && l.linkRunes*5 >= l.runes && l.linkRunes > 0 || l.list) {
		return false
	}
	if strings.Contains(l.text, "。") || !strings.ContainsAny(l.text, "0123456789") {
		return false
	}
	return itemDateRE.MatchString(l.text)
}

// labeledStamp reports whether a stamp line says it is a publication stamp:
// a label (发布时间, 来源, 更新 …) beside the stamp.
func labeledStamp(l *line) bool {
	for _, lb := range stampLabels {
		if strings.Contains(l.text, lb) {
			return true
		}
	}
	return false
}

// isBylineLine reports whether a whole line is a byline: role words and
// names and nothing else.
func isBylineLine(l *line) bool {
	t := trimByline(l.text)
	if l.punct > 3 {
		return false
	}
	if toks := bylineTokens(t); len(toks) == 0 {
		return false
	} else if _, role := isRole(toks[0]); !role && !strings.Contains(t, "记者") && !strings.Contains(t, "通讯员") {
		return false
	}
	_, ok := parseByline(t, true)
	return ok
}

// markBlocks extends block headers (相关资讯, 版权声明, 网友评论 …) over the
// item lines that follow them.
func markBlocks(lines []line, v []verdict) {
	for i := 0; i < len(lines); i++ {
		if !v[i].block {
			continue
		}
		r := v[i].reason
		for j := i + 1; j < len(lines); j++ {
			if v[j].block || !isBlockItem(&lines[j], v[j], r) {
				break
			}
			if v[j].kind != meta && v[j].kind != chrome {
				v[j].kind, v[j].reason = chrome, r
			}
			i = j
		}
	}
}

// isBlockItem reports whether a line can belong to a block of the given
// reason: list items and short lines belong to any block, legal prose to a
// copyright block, anything to a comment block until prose resumes.
func isBlockItem(l *line, v verdict, r Reason) bool {
	if v.kind == chrome || v.kind == meta || l.list || l.runes <= 30 && !endsSentence(l.text) {
		return true
	}
	switch r {
	case ReasonCopyright:
		return copyrightScore(l.key) >= 1 || l.runes <= 40
	case ReasonRelated:
		return l.runes <= 40 && !strings.Contains(l.text, "。")
	}
	return false
}

// markTables returns the rows of a table saved as text (cells separated by
// tabs, the same number of cells in each row) to neutral when the menu test
// took a short row for navigation (序号 项目名称 建设单位 总投资) but another
// row of the table is not chrome: a header row of a table that holds data.
func markTables(lines []line, v []verdict) {
	for i := 0; i < len(lines); {
		n := tabCells(lines[i].text)
		j := i + 1
		for n >= 3 && j < len(lines) && tabCells(lines[j].text) == n {
			j++
		}
		if j-i >= 2 && anyKind(v[i:j], func(k lineKind) bool { return k != chrome }) {
			for k := i; k < j; k++ {
				if v[k].kind == chrome && v[k].reason == ReasonNav {
					v[k] = verdict{}
				}
			}
		}
		i = j
	}
}

// anyKind reports whether the kind of one of the verdicts satisfies f.
func anyKind(v []verdict, f func(lineKind) bool) bool {
	for i := range v {
		if f(v[i].kind) {
			return true
		}
	}
	return false
}

// tabCells returns the number of tab-separated cells of s, or 0 when it has
// no tab.
func tabCells(s string) int {
	if !strings.Contains(s, "\t") {
		return 0
	}
	return strings.Count(s, "\t") + 1
}

// markAccountCards marks the account card of WeChat and self-media pages:
// a short account name, a one-sentence introduction and a follow button
// (某某发布 / 区委宣传部官方公众号，发布权威资讯。 / 关注). The name becomes
// a metadata line naming the account; the introduction is the site's.
func markAccountCards(lines []line, v []verdict) {
	for i := 2; i < len(lines); i++ {
		if k := lines[i].key; k != "关注" && k != "+关注" {
			continue
		}
		name, intro := &lines[i-2], &lines[i-1]
		if v[i-2].kind != neutral || name.runes > 12 || name.punct > 0 {
			continue
		}
		if v[i-1].kind == meta || intro.runes > 50 || strings.Count(intro.text, "。") > 1 {
			continue
		}
		v[i-2] = verdict{kind: meta, reason: ReasonMeta, strong: true, account: true}
		v[i-1].kind, v[i-1].reason, v[i-1].strong = chrome, ReasonSite, true
	}
}

// markListRuns marks runs of three or more list items that have no header
// (link lists, ranking lists) as weak chrome, unless their items carry
// facts (see factList).
func markListRuns(lines []line, v []verdict) {
	for i := 0; i < len(lines); {
		j := i
		for j < len(lines) && lines[j].list && lines[j].runes <= 60 && v[j].kind != meta {
			j++
		}
		if j-i >= 3 && !factList(lines[i:j]) {
			for k := i; k < j; k++ {
				if v[k].kind != chrome {
					v[k].kind, v[k].reason = chrome, ReasonList
				}
			}
		}
		if j == i {
			j++
		}
		i = j
	}
}

// factList reports whether a run of list items is content: most of its
// items are clauses (sentence punctuation) that carry a fact, an amount or
// a capacity (· 年产10万吨某某项目，总投资5亿元，3月开工) — a list of projects,
// unlike a list of headlines.
func factList(items []line) bool {
	n := 0
	for i := range items {
		if items[i].punct > 0 && carriesAmount(items[i].text) {
			n++
		}
	}
	return 2*n >= len(items)
}

// carriesAmount reports whether s states an amount: a numeral before 万 or
// 亿 (5亿元, 10万吨, 三千万元), or a capacity verb before a number (年产800台).
func carriesAmount(s string) bool {
	prevNum := false
	for i, r := range s {
		switch {
		case r >= '0' && r <= '9' || strings.ContainsRune("一二两三四五六七八九十百千", r):
			prevNum = true
		case (r == '万' || r == '亿') && prevNum:
			return true
		case r == '产' && strings.HasSuffix(s[:i], "年") && i+len("产") < len(s) && s[i+len("产")] >= '0' && s[i+len("产")] <= '9':
			return true
		default:
			prevNum = r == '.' && prevNum
		}
	}
	return false
}

// markHeadlines turns headline-shaped lines above the first paragraph that
// are followed by a metadata line into neutral lines, even when they carry
// a comma or an exclamation mark, so that the article core does not start
// with the headline.
func markHeadlines(lines []line, v []verdict) {
	for i := range lines {
		l := &lines[i]
		if v[i].kind != content || !headlineShaped(l) {
			if v[i].kind == content && l.runes >= 20 && l.punct >= 2 {
				return // the article has begun
			}
			continue
		}
		if next := nextSignificant(lines, v, i+1); next >= 0 && v[next].kind == meta {
			switch v[next].reason {
			case ReasonMeta, ReasonByline, ReasonSummary:
				v[i].kind = neutral
			}
		}
	}
}

// headlineShaped reports whether a line could be a headline: of headline
// length, not a sentence, not a subtitle or list item.
func headlineShaped(l *line) bool {
	if l.runes < 4 || l.runes > 80 || l.list || l.han < 3 {
		return false
	}
	if strings.HasPrefix(l.text, "—") || strings.HasPrefix(l.text, "--") || strings.Contains(l.text, "。") {
		return false
	}
	return l.punct <= 3
}

// nextSignificant returns the index of the next line at or after i,
// skipping up to two short controls (such as [复制链接] between title and
// stamp), or -1 at the end of lines.
func nextSignificant(lines []line, v []verdict, i int) int {
	for skipped := 0; i < len(lines); i++ {
		if v[i].kind != chrome || lines[i].runes > 8 || skipped == 2 {
			return i
		}
		skipped++
	}
	return -1
}
