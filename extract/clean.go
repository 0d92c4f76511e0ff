package extract

import (
	"regexp"
	"slices"
	"strings"

	"unicode/utf8"
)

// This file turns the lines of a page into an article: it classifies every
// line, finds the article core by position and text density, picks the
// title from the header zone, and reads the metadata lines.
//
// The core is the run of lines with the largest weight, where prose lines
// weigh their length and chrome, metadata and bare short lines weigh
// negatively (the maximum-subarray idea of Finn et al.'s Body Text
// Extraction, on lines instead of tokens). Lines before it form the header
// zone, lines after it the footer zone. Inside the core, only unambiguous
// chrome is removed, so subheadings and paragraphs that merely mention a
// chrome word stay.

// cleaned is the article a page's lines yield.
type cleaned struct {
	title      string
	published  Timestamp
	source     string
	authors    []string
	summary    string
	paragraphs []string
	removed    []Removed
	// dateline is the outlet the first paragraph's dateline names
	// (某某观察7月21日讯), the source when nothing else names one.
	dateline string
}

// sourceOr returns the source, or the dateline's outlet when there is none.
func (c *cleaned) sourceOr() string {
	if c.source != "" {
		return c.source
	}
	return c.dateline
}

// Line weights for finding the core.
const (
	weightEnd     = -24 // unambiguous chrome that marks the end of an article: editor, copyright, related lists
	weightStrong  = -12 // other unambiguous chrome and metadata: ads, share bars, stamps
	weightWeak    = -8  // weak chrome, block items, list runs
	weightNeutral = -3  // headings, menu items: cheap inside the article
)

// cleanLines extracts the article from a page's lines.
func cleanLines(lines []line, elems []int32) cleaned {
	start, end := analyze(lines, elems)
	var c cleaned
	titleAt := pickTitle(lines[:start])
	if titleAt >= 0 {
		c.title = lines[titleAt].text
	}
	c.readAccount(lines[:start], titleAt)
	c.readMeta(lines, start, end)
	if c.source == "" {
		c.source = epaperOutlet(lines[:start])
	}
	markChromeRuns(lines, start, end)
	c.assemble(lines, start, end, titleAt)
	return c
}

// analyze gives every line its verdict and returns the article core.
// elems holds the parent of each block element of an HTML page (nil for
// text pages), for the lines' box.
func analyze(lines []line, elems []int32) (start, end int) {
	for i := range lines {
		if lines[i].key == "" {
			lines[i].key = lineKey(lines[i].text)
		}
		classify(&lines[i])
	}
	markTables(lines)
	markAccountCards(lines)
	markBlocks(lines)
	markListRuns(lines)
	markHeadlines(lines)
	start, end = core(lines)
	end = threadEnd(lines, start, end)
	end = signatureEnd(lines, end)
	return start, containerEnd(lines, elems, start, end)
}

// docNumberRE matches the header lines of an official document or a listed
// company's announcement: its number (某发改重点〔2024〕47号) or its stock
// code line.
var docNumberRE = regexp.MustCompile(`^(?:\p{Han}{1,16}[〔\[［](?:19|20)\d\d[〕\]］]\s*第?\d{1,5}号|证券代码[:：].*)$`)

// signatureDateRE matches a date line that signs a document: 2024年9月13日,
// 二〇二四年九月十三日.
var signatureDateRE = regexp.MustCompile(`^(?:(?:19|20)\d\d年\d{1,2}月\d{1,2}日|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)$`)

// signers end the names of the bodies that sign notices and announcements.
var signers = []string{"委员会", "人民政府", "办公室", "办公厅", "董事会", "监事会", "管委会", "指挥部", "领导小组", "局", "厅", "委", "政府", "中心", "协会", "公司"}

// signatureEnd extends the core over a document's signature: the signing
// body and the date directly after the last paragraph (某市发展和改革委员会
// / 2024年9月13日), which belong to the text of a notice or announcement.
func signatureEnd(lines []line, end int) int {
	if end == 0 || end+1 >= len(lines) || lines[end-1].kind != content {
		return end
	}
	by, date := &lines[end], &lines[end+1]
	if by.runes > 30 || by.punct > 0 || !hasAnySuffix(by.text, signers...) || !signatureDateRE.MatchString(date.text) {
		return end
	}
	for _, l := range []*line{by, date} {
		l.kind, l.reason, l.strong, l.meta = content, "", false, nil
	}
	return end + 2
}

// containerEnd extends the core of an HTML page over the headings and
// short lines (a table of specifications, a closing line) that follow it
// inside the article's own element: the deepest element that holds most of
// the core's prose.
func containerEnd(lines []line, elems []int32, start, end int) int {
	box := articleBox(lines, elems, start, end)
	if box == 0 {
		return end
	}
	for end < len(lines) {
		l := &lines[end]
		if l.kind != neutral && l.kind != content || !within(elems, l.box, box) {
			break
		}
		end++
	}
	return end
}

// articleBox returns the deepest element that holds 80% of the prose of
// the core, or 0 for text pages.
func articleBox(lines []line, elems []int32, start, end int) int32 {
	weight := map[int32]int{}
	total := 0
	for i := start; i < end; i++ {
		l := &lines[i]
		if l.kind != content || l.box == 0 {
			continue
		}
		total += int(l.runes)
		for n := l.box; n != 0; n = elems[n] {
			weight[n] += int(l.runes)
		}
	}
	if total == 0 {
		return 0
	}
	var best int32
	bestDepth := -1
	for n, w := range weight {
		if w*5 < total*4 {
			continue
		}
		d := 0
		for p := elems[n]; p != 0; p = elems[p] {
			d++
		}
		if d > bestDepth || d == bestDepth && n > best {
			best, bestDepth = n, d
		}
	}
	return best
}

// within reports whether element n is box or inside it.
func within(elems []int32, n, box int32) bool {
	for ; n != 0; n = elems[n] {
		if n == box {
			return true
		}
	}
	return false
}

// threadEnd ends the core of a forum thread after its first post: when two
// or more signature lines (发布时间 2005/03/15 22:36:13 by …) stand inside
// the core, the replies begin after the first.
func threadEnd(lines []line, start, end int) int {
	first, n := -1, 0
	for i := start; i < end; i++ {
		l := &lines[i]
		if l.kind != meta || l.reason != ReasonMeta {
			continue
		}
		if ts, ok := stampLine(l); ok && labeledStamp(l, ts) {
			if first < 0 {
				first = i
			}
			n++
		}
	}
	if n >= 2 {
		return first + 1
	}
	return end
}

// classify sets a line's kind and reason from its own text.
func classify(l *line) {
	if strings.Contains(l.key, "发表于") && l.runes <= 80 {
		if _, ok := stampLine(l); ok {
			l.kind, l.reason, l.strong = meta, ReasonMeta, true // 楼主 X 发表于 2025-02-08 21:14 只看该作者
			return
		}
	}
	if l.runes <= 60 && docNumberRE.MatchString(l.text) {
		l.kind = content // 某发改〔2024〕47号, 证券代码：603917: a document's own header
		return
	}
	if l.runes <= 40 && strings.HasPrefix(strings.TrimLeft(l.text, "(（"), "据") && reportedByRE.MatchString(l.text) {
		l.kind, l.reason, l.strong = meta, ReasonMeta, true // (据《某某建材报》报道)
		return
	}
	if l.hint == ReasonSummary && l.runes > 12 {
		l.kind, l.reason, l.strong = meta, ReasonSummary, true // <div class="article-summary">
		return
	}
	if l.html && l.linkRunes*2 >= l.runes && l.runes > 0 {
		// Mostly link text: a menu item, a related headline (with its date),
		// a tag cloud, a row of controls (【发表评论】【打印此文】).
		if m, ok := matchChrome(l.text, l.key, int(l.runes)); ok && (m.block || m.strong) {
			l.kind, l.reason, l.strong, l.block = chrome, m.reason, true, m.block
			return
		}
		l.kind, l.reason = chrome, ReasonNav
		l.strong = l.runes <= 40 && (l.linkRunes*10 >= l.runes*8 || l.linkRunes >= l.han)
		return
	}
	if ts, ok := stampLine(l); ok && labeledStamp(l, ts) {
		l.kind, l.reason, l.strong = meta, ReasonMeta, true // 2005-04-28 11:13更新 来源：… 发表评论
		return
	}
	if datedItem(l) {
		// 旅行中，谁忽悠了你？【版主】08-11 16:06 298字: a listed post or
		// headline with its date.
		l.kind, l.reason = chrome, ReasonList
		return
	}
	m, isChrome := matchChrome(l.text, l.key, int(l.runes))
	if (!isChrome || !m.block && m.reason != ReasonEditor) && l.runes <= 60 && isBylineLine(l) {
		l.kind, l.reason, l.strong = meta, ReasonByline, true
		return
	}
	if isChrome {
		l.kind, l.reason, l.strong, l.block = chrome, m.reason, m.strong, m.block
		switch m.reason {
		case ReasonMeta, ReasonSummary, ReasonEditor:
			l.kind = meta
		}
		if l.kind == chrome && m.reason == ReasonForum && strings.HasPrefix(l.key, "发表于") {
			l.kind = meta
		}
		return
	}
	if _, ok := stampLine(l); ok {
		l.kind, l.reason, l.strong = meta, ReasonMeta, true
		return
	}

	if l.runes > 200 {
		// a paragraph
	} else if n := copyrightScore(l.key); n >= 3 || n >= 2 && l.runes <= 60 {
		l.kind, l.reason, l.strong = chrome, ReasonCopyright, n >= 4
		return
	}
	if l.punct > 0 {
		l.kind = content
	}
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
// a label (发布时间, 来源, 更新 …) or the stamp opening the line.
func labeledStamp(l *line, ts Timestamp) bool {
	for _, lb := range []string{"来源", "发布", "更新", "时间", "日期", "发表", "作者", "编辑", "稿源"} {
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
func markBlocks(lines []line) {
	for i := 0; i < len(lines); i++ {
		if !lines[i].block {
			continue
		}
		r := lines[i].reason
		for j := i + 1; j < len(lines); j++ {
			l := &lines[j]
			if l.block || !isBlockItem(l, r) {
				break
			}
			if l.kind != meta && l.kind != chrome {
				l.kind, l.reason = chrome, r
			}
			i = j
		}
	}
}

// isBlockItem reports whether l can belong to a block of the given reason:
// list items and short lines belong to any block, legal prose to a
// copyright block, anything to a comment block until prose resumes.
func isBlockItem(l *line, r Reason) bool {
	if l.kind == chrome || l.kind == meta || l.list || l.runes <= 30 && !endsSentence(l.text) {
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
func markTables(lines []line) {
	for i := 0; i < len(lines); {
		n := tabCells(lines[i].text)
		j := i + 1
		for n >= 3 && j < len(lines) && tabCells(lines[j].text) == n {
			j++
		}
		if j-i >= 2 && slices.ContainsFunc(lines[i:j], func(l line) bool { return l.kind != chrome }) {
			for k := i; k < j; k++ {
				if l := &lines[k]; l.kind == chrome && l.reason == ReasonNav {
					l.kind, l.reason, l.strong = neutral, "", false
				}
			}
		}
		i = j
	}
}

// markAccountCards marks the account card of WeChat and self-media pages:
// a short account name, a one-sentence introduction and a follow button
// (某某发布 / 区委宣传部官方公众号，发布权威资讯。 / 关注). The name becomes
// a metadata line naming the account; the introduction is the site's.
func markAccountCards(lines []line) {
	for i := 2; i < len(lines); i++ {
		if k := lines[i].key; k != "关注" && k != "+关注" {
			continue
		}
		name, intro := &lines[i-2], &lines[i-1]
		if name.kind != neutral || name.runes > 12 || name.punct > 0 {
			continue
		}
		if intro.kind == meta || intro.runes > 50 || strings.Count(intro.text, "。") > 1 {
			continue
		}
		name.kind, name.reason, name.strong = meta, ReasonMeta, true
		name.meta = &metaLine{account: accountName(name.text)}
		intro.kind, intro.reason, intro.strong = chrome, ReasonSite, true
	}
}

// tabCells returns the number of tab-separated cells of s, or 0 when it has
// no tab.
func tabCells(s string) int {
	if !strings.Contains(s, "\t") {
		return 0
	}
	return strings.Count(s, "\t") + 1
}

// markListRuns marks runs of three or more list items that have no header
// (link lists, ranking lists) as weak chrome.
func markListRuns(lines []line) {
	for i := 0; i < len(lines); {
		j := i
		for j < len(lines) && lines[j].list && lines[j].runes <= 60 && lines[j].kind != meta {
			j++
		}
		if j-i >= 3 && !factList(lines[i:j]) {
			for k := i; k < j; k++ {
				if lines[k].kind != chrome {
					lines[k].kind, lines[k].reason = chrome, ReasonList
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
func markHeadlines(lines []line) {
	for i := range lines {
		l := &lines[i]
		if l.kind != content || !headlineShaped(l) {
			if l.kind == content && l.runes >= 20 && l.punct >= 2 {
				return // the article has begun
			}
			continue
		}
		if next := nextSignificant(lines, i+1); next >= 0 && lines[next].kind == meta {
			switch lines[next].reason {
			case ReasonMeta, ReasonByline, ReasonSummary:
				l.kind = neutral
			}
		}
	}
}

// weight is a line's contribution to the core score.
func weight(l *line) int {
	switch l.kind {
	case content:
		return int(l.runes)
	case chrome, meta:
		switch {
		case !l.strong:
			return weightWeak
		case endsArticle(l.reason):
			return weightEnd
		}
		return weightStrong
	}
	return weightNeutral - int(l.runes)/10
}

// endsArticle reports whether chrome of this reason usually follows the
// article rather than interrupting it.
func endsArticle(r Reason) bool {
	switch r {
	case ReasonEditor, ReasonCopyright, ReasonFooter, ReasonRelated, ReasonComment, ReasonForum, ReasonList:
		return true
	}
	return false
}

// core returns the run of lines [start, end) with the largest total weight
// (Kadane's algorithm). With no prose at all it returns an empty run at 0.
func core(lines []line) (start, end int) {
	best, sum, s := 0, 0, 0
	for i := range lines {
		if sum <= 0 {
			sum, s = 0, i
		}
		sum += weight(&lines[i])
		if sum > best {
			best, start, end = sum, s, i+1
		}
	}
	return start, end
}

// pickTitle chooses the headline among the header-zone lines: a
// headline-shaped line, preferably one followed by a metadata line, not the
// site name. It returns -1 when no line qualifies.
func pickTitle(header []line) int {
	best, bestScore := -1, 0
	for i := range header {
		l := &header[i]
		if l.kind == chrome || l.kind == meta || !headlineShaped(l) {
			continue
		}
		next := nextSignificant(header, i+1)
		if next >= 0 && isSubtitle(&header[next]) {
			next = nextSignificant(header, next+1) // headline / ——subtitle / stamp
		}
		if next >= 0 && header[next].kind != meta && !accountThenMeta(header, next) {
			continue // a headline is followed by the stamp, byline or summary, or directly by the article
		}
		score := 4
		if l.runes >= 8 {
			score += 2
		}
		if i > 0 && next >= 0 && header[next].kind == meta {
			// The page's headline over its stamp rather than a document's
			// own heading above the text; the first line of a page, over
			// the date of an e-paper, is more often the site's name.
			score++
		}
		if looksLikeOutlet(l.text) || l.runes < 6 {
			score -= 4
		}
		if score > bestScore || score == bestScore && best >= 0 && l.runes > header[best].runes {
			best, bestScore = i, score
		}
	}
	return best
}

// isSubtitle reports whether a line is a subtitle set under a headline:
// ——某某县产业集群发展观察.
func isSubtitle(l *line) bool {
	t := strings.TrimLeft(l.text, "—-－ ")
	return len(t) < len(l.text) && l.runes <= 50 && utf8.RuneCountInString(t) >= 4 && !strings.Contains(t, "。")
}

// accountThenMeta reports whether line i is a short account or outlet name
// followed by metadata (headline / 荆楚产业观察 / 2023-08-30 10:12 …), the
// layout of self-media and WeChat pages.
func accountThenMeta(lines []line, i int) bool {
	l := &lines[i]
	if l.kind != neutral || l.runes > 12 || l.punct > 0 {
		return false
	}
	next := nextSignificant(lines, i+1)
	return next >= 0 && lines[next].kind == meta
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
func nextSignificant(lines []line, i int) int {
	for skipped := 0; i < len(lines); i++ {
		if lines[i].kind != chrome || lines[i].runes > 8 || skipped == 2 {
			return i
		}
		skipped++
	}
	return -1
}

// readMeta collects published, source, authors and summary from the
// metadata lines outside the core, header zone first.
func (c *cleaned) readMeta(lines []line, start, end int) {
	var headline, besideStamp, account string
	// The header zone from the article upwards (the stamp under the headline
	// before a date in the site's top bar), then the core (a forum post's
	// signature line), then the footer zone.
	order := make([]int, 0, len(lines))
	for i := start - 1; i >= 0; i-- {
		order = append(order, i)
	}
	for i := start; i < len(lines); i++ {
		order = append(order, i)
	}
	for _, i := range order {
		l := &lines[i]
		if l.kind != meta {
			continue
		}
		if i >= start && i < end && l.reason != ReasonMeta && l.reason != ReasonByline {
			continue // editor lines inside the core name no authors
		}
		m := l.meta
		if m == nil {
			m = parseMetaLine(l)
			l.meta = m
		}
		if c.published.IsZero() && (i < end || labeledStamp(l, m.published)) {
			// After the article, a bare stamp is a comment's or a related
			// item's; only a labeled one (发布时间 …) is the article's.
			c.published = m.published
		}
		if c.source == "" {
			c.source = m.source
		}
		if c.summary == "" {
			c.summary = m.summary
		}
		if headline == "" {
			headline = m.headline
		}
		if besideStamp == "" {
			besideStamp = m.besideStamp
		}
		if account == "" {
			account = m.account
		}
		c.addAuthors(m.authors...)
	}
	// A labeled source first, wherever it stands; then what names the
	// outlet without a label.
	switch {
	case c.source != "":
	case looksLikeOutlet(headline):
		c.source = headline
	case account != "":
		c.source = account
	default:
		c.source = besideStamp
	}
}

// readAccount reads the account block of WeChat and self-media pages: the
// short lines between the headline and the stamp (原创 / author / account
// name / 2023-05-12 08:30 发表于山东), and an account name followed by a
// 关注 button. A personal name is an author; another name is the source.
func (c *cleaned) readAccount(header []line, titleAt int) {
	for i := range header {
		l := &header[i]
		if l.kind != neutral || l.runes > 20 || l.punct > 0 {
			continue
		}
		next := i + 1
		follow := next < len(header) && (header[next].key == "关注" || header[next].key == "+关注")
		inBlock := titleAt >= 0 && i > titleAt && i-titleAt <= 4 && stampFollows(header, i+1, titleAt+5)
		if !follow && !inBlock {
			continue
		}
		if isName(l.text) && !looksLikeOutlet(l.text) {
			c.addAuthors(l.text)
			l.kind, l.reason = meta, ReasonByline
		} else {
			l.kind, l.reason = meta, ReasonMeta
			l.meta = &metaLine{account: accountName(l.text)}
		}
	}
}

// epaperOutlet returns the newspaper whose e-paper the page is, from the
// site name in the header zone (某某日报数字报, 某某晚报电子版), or "".
func epaperOutlet(header []line) string {
	for i := range header {
		if l := &header[i]; l.runes <= 16 {
			if name := epaperName(l.text); name != "" {
				return name
			}
		}
	}
	return ""
}

// epaperName returns the newspaper an e-paper's name names (某某日报数字报
// → 某某日报), or "".
func epaperName(s string) string {
	for _, suf := range []string{"数字报", "电子版", "数字版", "电子报"} {
		name := strings.TrimSpace(strings.TrimSuffix(s, suf))
		if name != s && strings.HasSuffix(name, "报") && looksLikeOutlet(name) {
			return name
		}
	}
	return ""
}

// stampFollows reports whether a publication-stamp line follows at or after
// i, before limit, with only short neutral lines in between.
func stampFollows(lines []line, i, limit int) bool {
	for ; i < len(lines) && i <= limit; i++ {
		switch l := &lines[i]; {
		case l.kind == meta && (l.reason == ReasonMeta || l.reason == ReasonForum):
			_, ok := stampLine(l)
			return ok
		case l.kind == neutral && l.runes <= 20 || l.kind == meta:
		default:
			return false
		}
	}
	return false
}

func (c *cleaned) addAuthors(names ...string) {
	for _, n := range names {
		dup := false
		for _, a := range c.authors {
			dup = dup || a == n
		}
		if !dup {
			c.authors = append(c.authors, n)
		}
	}
}

// assemble builds the paragraphs and the removed list.
func (c *cleaned) assemble(lines []line, start, end, titleAt int) {
	titleKey := ""
	if titleAt >= 0 {
		titleKey = lines[titleAt].key
	}
	lastPara := -1
	seen := map[string]bool{}
	for i := range lines {
		l := &lines[i]
		switch {
		case i == titleAt:
			continue
		case i >= start && i < end && l.runes >= 30 && seen[l.text]:
			c.removed = append(c.removed, Removed{l.text, ReasonDuplicate})
		case i >= start && i < end && keepInCore(lines, i, titleKey):
			c.paragraphs = append(c.paragraphs, l.text)
			if l.runes >= 30 {
				seen[l.text] = true
			}
			lastPara = len(c.removed)
		default:
			c.removed = append(c.removed, Removed{l.text, removedReason(l, i < start, titleKey)})
		}
	}
	if n := len(c.paragraphs); n > 0 {
		if rest, tail, authors, ok := authorTail(c.paragraphs[n-1]); ok {
			c.paragraphs[n-1] = rest
			c.addAuthors(authors...)
			tailAt := lastPara
			c.removed = append(c.removed, Removed{})
			copy(c.removed[tailAt+1:], c.removed[tailAt:])
			c.removed[tailAt] = Removed{tail, ReasonByline}
		}
		lead := leadByline(c.paragraphs[0])
		if len(lead) == 0 && n > 1 && utf8.RuneCountInString(c.paragraphs[0]) <= 40 {
			lead = leadByline(c.paragraphs[1]) // after a subtitle
		}
		c.addAuthors(lead...)
		c.dateline = leadOutlet(c.paragraphs[0])
	}
}

// keepInCore reports whether line i inside the core is article text.
func keepInCore(lines []line, i int, titleKey string) bool {
	l := &lines[i]
	switch {
	case l.kind == meta || l.kind == chrome && l.strong:
		return false
	case l.drop:
		return false
	case titleKey != "" && l.kind != content && (l.key == titleKey || strings.Contains(titleKey, l.key) && l.runes >= 6):
		return false // the headline repeated in the body
	}
	return true
}

// markChromeRuns looks at each run of non-prose lines inside the core. When
// the run holds unambiguous chrome (an app-download block between
// paragraphs: 某某新闻客户端 / 下载APP / 扫码下载), its weak chrome and the
// short lines before its last chrome line go with it; a heading that leads
// into the next paragraph stays.
func markChromeRuns(lines []line, start, end int) {
	for i := start; i < end; {
		if lines[i].kind == content {
			i++
			continue
		}
		j, last, strong := i, -1, false
		for ; j < end && lines[j].kind != content; j++ {
			if lines[j].kind == chrome || lines[j].kind == meta {
				last = j
				strong = strong || lines[j].strong
			}
		}
		if strong {
			reason := Reason("")
			for k := last; k >= i; k-- {
				if lines[k].reason != "" {
					reason = lines[k].reason
				}
				if lines[k].reason == "" {
					lines[k].reason = reason
				}
				lines[k].drop = true
			}
		}
		i = j
	}
}

// removedReason names why a line outside the article was removed.
func removedReason(l *line, header bool, titleKey string) Reason {
	switch {
	case l.reason != "":
		return l.reason
	case titleKey != "" && strings.Contains(titleKey, strings.TrimLeft(l.key, "—-")) && l.runes >= 4:
		return ReasonTitle
	case header && headlineShaped(l):
		if looksLikeOutlet(l.text) || utf8.RuneCountInString(l.text) <= 8 && strings.HasSuffix(l.text, "网络") {
			return ReasonSite
		}
		return ReasonTitle
	case header:
		if looksLikeOutlet(l.text) {
			return ReasonSite
		}
		return ReasonNav
	case l.list:
		return ReasonList
	}
	return ReasonFooter
}
