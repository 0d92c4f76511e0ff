package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/width"

	"github.com/zhnews/zhnews/extract/fold"
	"github.com/zhnews/zhnews/extract/t2s"
)

// This file turns an HTML document into lines for the line cleaner: one
// line per block (paragraph, heading, list item, table row of short cells,
// text between <br>s), each with the share of its text inside links and a
// hint when it sits in a container whose tag, class or id says chrome. What
// can never be article text is dropped on the way: scripts, styles,
// comments, hidden elements, iframes, forms, and navigation, sidebars,
// related lists, share bars, comment sections and footers recognized by tag
// or by class and id names — including the pinyin abbreviations Chinese
// CMSs use (xgxw 相关新闻, tjyd 推荐阅读, rdph 热点排行, fx 分享, pl 评论 …). A
// container is only dropped when it does not hold most of the page's text,
// so a misnamed article wrapper stays.

// skipTags hold no visible text (see invisible).
var skipTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Iframe: true, atom.Template: true,
	atom.Svg: true, atom.Object: true, atom.Embed: true, atom.Select: true, atom.Textarea: true,
	atom.Button: true, atom.Input: true, atom.Canvas: true, atom.Video: true, atom.Audio: true,
	atom.Map: true, atom.Head: true, atom.Frameset: true, atom.Option: true,
}

// blockTags end a line before and after them.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Dl: true,
	atom.Dt: true, atom.Dd: true, atom.Table: true, atom.Tr: true, atom.Td: true, atom.Th: true,
	atom.Tbody: true, atom.Thead: true, atom.Tfoot: true, atom.Section: true, atom.Article: true,
	atom.Header: true, atom.Footer: true, atom.Nav: true, atom.Aside: true, atom.Main: true,
	atom.Blockquote: true, atom.Pre: true, atom.Hr: true, atom.Center: true, atom.Address: true,
	atom.Figure: true, atom.Figcaption: true, atom.Form: true, atom.Fieldset: true, atom.Caption: true,
	atom.Body: true, atom.Html: true, atom.Details: true, atom.Summary: true,
}

// classChrome maps words in class and id names to the chrome they mark.
// Words of two or three letters must be whole tokens (ad, fx, pl); longer
// ones may be part of a token (navbar, sharebox). Strong words mark chrome
// even in a name that also says content (article-comment); weak ones do not
// (article-list).
var classChrome = []struct {
	word   string
	reason Reason
	strong bool
}{
	{"breadcrumb", ReasonNav, true}, {"crumb", ReasonNav, true}, {"navigation", ReasonNav, true},
	{"navbar", ReasonNav, true}, {"nav", ReasonNav, true}, {"menu", ReasonNav, true},
	{"share", ReasonShare, true}, {"bdshare", ReasonShare, true}, {"related", ReasonRelated, true},
	{"relate", ReasonRelated, true}, {"recommend", ReasonRelated, true}, {"hotnews", ReasonRelated, true},
	{"comment", ReasonComment, true}, {"reply", ReasonComment, true}, {"sidebar", ReasonRelated, true},
	{"footer", ReasonFooter, true}, {"copyright", ReasonCopyright, true}, {"banner", ReasonAd, true},
	{"advert", ReasonAd, true}, {"qrcode", ReasonAd, true}, {"erweima", ReasonAd, true},
	{"xgxw", ReasonRelated, true}, {"xgyd", ReasonRelated, true}, {"xgwz", ReasonRelated, true},
	{"tjyd", ReasonRelated, true}, {"tjxw", ReasonRelated, true}, {"rdph", ReasonRelated, true},
	{"rdxw", ReasonRelated, true}, {"phb", ReasonRelated, true}, {"fx", ReasonShare, true},
	{"pl", ReasonComment, true}, {"dh", ReasonNav, true}, {"bq", ReasonCopyright, true},
	{"summary", ReasonSummary, true}, {"abstract", ReasonSummary, true}, {"digest", ReasonSummary, true},
	{"topbar", ReasonNav, false}, {"toolbar", ReasonShare, false}, {"position", ReasonNav, false},
	{"location", ReasonNav, false}, {"pagination", ReasonNav, false}, {"pager", ReasonNav, false},
	{"social", ReasonShare, false}, {"print", ReasonShare, false}, {"ranking", ReasonRelated, false},
	{"rank", ReasonRelated, false}, {"hot", ReasonRelated, false}, {"side", ReasonRelated, false},
	{"aside", ReasonRelated, false}, {"foot", ReasonFooter, false}, {"ads", ReasonAd, false},
	{"ad", ReasonAd, false}, {"adv", ReasonAd, false}, {"gg", ReasonAd, false}, {"guanggao", ReasonAd, false},
	{"login", ReasonNav, false}, {"header", ReasonNav, false}, {"top", ReasonNav, false},
	{"link", ReasonRelated, false}, {"links", ReasonRelated, false}, {"friend", ReasonRelated, false},
	{"tags", ReasonRelated, false}, {"keywords", ReasonRelated, false}, {"weixin", ReasonShare, false},
	{"wechat", ReasonShare, false}, {"more", ReasonRelated, false}, {"list", ReasonRelated, false},
}

// classWords are content words in class and id names: a container named
// for the article is not dropped for a weak chrome word in its name.
var classWords = []string{"content", "article", "artical", "main", "text", "body", "detail", "zw", "zhengwen", "cont", "post"}

// chromeOfClass returns the chrome reason that an element's class and id
// give, or "".
func chromeOfClass(n *html.Node) Reason {
	var names []string
	for _, a := range n.Attr {
		if a.Key == "class" || a.Key == "id" {
			names = append(names, strings.ToLower(a.Val))
		}
	}
	if len(names) == 0 {
		return ""
	}
	all := strings.Join(names, " ")
	content := false
	for _, w := range classWords {
		content = content || strings.Contains(all, w)
	}
	tokens := strings.FieldsFunc(all, func(r rune) bool {
		return !(r >= 'a' && r <= 'z')
	})
	for _, c := range classChrome {
		if content && !c.strong {
			continue
		}
		for _, t := range tokens {
			if t == c.word || len(c.word) > 3 && strings.Contains(t, c.word) {
				return c.reason
			}
		}
	}
	return ""
}

// tagChrome returns the chrome reason of a semantic element, or "".
func tagChrome(n *html.Node) Reason {
	switch n.DataAtom {
	case atom.Nav:
		return ReasonNav
	case atom.Aside:
		return ReasonRelated
	case atom.Figcaption:
		return ReasonCaption
	case atom.Footer:
		if !inside(n, atom.Article) {
			return ReasonFooter
		}
	case atom.Header:
		if !inside(n, atom.Article) {
			return ReasonNav
		}
	}
	return ""
}

func inside(n *html.Node, a atom.Atom) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == a {
			return true
		}
	}
	return false
}

// invisible reports whether a node is an element that is never shown: one
// that holds no visible text (scripts, styles, forms' controls, embedded
// objects), or one hidden by an attribute or its inline style. It is the
// one definition the reading of HTML pages uses.
func invisible(n *html.Node) bool {
	return n.Type == html.ElementNode && (skipTags[n.DataAtom] || hidden(n))
}

// hidden reports whether an element is hidden by an attribute or its
// inline style.
func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "style":
			v := strings.ToLower(strings.ReplaceAll(a.Val, " ", ""))
			if strings.Contains(v, "display:none") || strings.Contains(v, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}

// domWalker collects the lines of a document.
type domWalker struct {
	lines    []line
	removed  []dropped // the text of dropped containers, with the line each came before
	cur      strings.Builder
	curLinks int  // runes of cur inside links
	link     int  // depth of <a> elements
	pre      int  // depth of <pre> elements
	trad     bool // convert text to Simplified
	hint     Reason
	heading  int8
	box      int32    // the innermost block element being written, as an index into elems
	elems    []int32  // the parent (an index into elems) of each block element written; elems[0] is none
	full     [][]line // earlier chunks of lineChunk lines, once lines was full
	textLen  map[*html.Node]int
	total    int   // text runes of the whole body
	gap      gap   // white space met since the last rune written to cur
	last     rune  // the last rune written to cur
	seams    []int // offsets in cur where an inline element begins or ends
}

// A gap is collapsed white space waiting to be written: a space, or a
// segment break (white space with a newline), which disappears between two
// East Asian wide characters as CSS Text 3 renders it.
type gap uint8

const (
	noGap gap = iota
	spaceGap
	breakGap
)

// htmlLines walks a parsed document and returns its lines, the text of
// the containers it dropped as chrome, and the parent of each block element
// the lines' box refers to. It consumes the body of the document: each
// element is unlinked from the tree once walked.
func htmlLines(doc *html.Node, trad bool) ([]line, []dropped, []int32) {
	w := &domWalker{trad: trad, textLen: map[*html.Node]int{}, elems: []int32{0}}
	body := findBody(doc)
	w.total = w.measure(body)
	w.walk(body)
	w.flush()
	return w.allLines(), w.removed, w.elems
}

// lineChunk is the number of lines gathered before they move to w.full.
// The lines of a page of many short blocks are gathered in chunks and
// joined once the tree is let go, rather than in a slice that grows by
// copying while the tree is still held.
const lineChunk = 4096

// addLine appends a line.
func (w *domWalker) addLine(l line) {
	if len(w.lines) == lineChunk {
		w.full = append(w.full, w.lines)
		w.lines = make([]line, 0, lineChunk)
	}
	w.lines = append(w.lines, l)
}

// allLines returns every line added, in order.
func (w *domWalker) allLines() []line {
	if len(w.full) == 0 {
		return w.lines
	}
	all := make([]line, 0, len(w.full)*lineChunk+len(w.lines))
	for i, c := range w.full {
		all = append(all, c...)
		w.full[i] = nil
	}
	return append(all, w.lines...)
}

func findBody(doc *html.Node) *html.Node {
	var body *html.Node
	var find func(*html.Node)
	find = func(n *html.Node) {
		if body != nil {
			return
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Body {
			body = n
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			find(c)
		}
	}
	find(doc)
	if body == nil {
		return doc
	}
	return body
}

// measure records the visible text length of every element under n.
func (w *domWalker) measure(n *html.Node) int {
	switch n.Type {
	case html.TextNode:
		return utf8.RuneCountInString(strings.TrimSpace(n.Data))
	case html.ElementNode, html.DocumentNode:
		if invisible(n) {
			return 0
		}
		t := 0
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			t += w.measure(c)
		}
		if t > 0 { // most elements of a page of many short blocks hold nothing
			w.textLen[n] = t
		}
		return t
	}
	return 0
}

func (w *domWalker) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return
	case html.ElementNode, html.DocumentNode:
	default:
		return // comments, doctypes
	}
	if n.Type == html.ElementNode {
		if invisible(n) {
			return
		}
		if reason := w.dropReason(n); reason != "" {
			w.flush()
			w.drop(n, reason)
			return
		}
	}
	block := n.Type == html.ElementNode && blockTags[n.DataAtom]
	saveBox := w.box
	if block {
		w.flush()
		w.elems = append(w.elems, w.box)
		w.box = int32(len(w.elems) - 1)
	}
	if n.DataAtom == atom.Br {
		w.flush()
		return
	}
	if n.DataAtom == atom.Tr && shortCells(n, w.textLen) {
		w.row(n)
		return
	}
	saveHint, saveHeading := w.hint, w.heading
	isLink := false
	if n.Type == html.ElementNode {
		if r := chromeOfClass(n); r != "" && w.hint == "" {
			w.hint = r // kept for its size, but still suspect
		}
		switch n.DataAtom {
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			w.heading = int8(n.Data[1] - '0')
		case atom.A:
			if isLink = !urlText(n); isLink {
				w.link++ // a written-out URL is text, not a link to elsewhere
			}
		case atom.Pre:
			w.pre++
		}
	}
	inline := n.Type == html.ElementNode && !block
	if inline {
		w.seam()
	}
	for c := n.FirstChild; c != nil; c = n.FirstChild {
		w.walk(c)
		w.release(n, c)
	}
	if inline {
		w.seam()
	}
	switch n.DataAtom {
	case atom.A:
		if isLink {
			w.link--
		}
	case atom.Pre:
		w.pre--
	}
	if block {
		w.flush()
	}
	w.hint, w.heading, w.box = saveHint, saveHeading, saveBox
}

// release unlinks the first child c of n once it is walked, so that the
// tree shrinks as its lines grow: a page of a million short blocks does not
// hold both whole at once. The walk consumes the tree.
func (w *domWalker) release(n, c *html.Node) {
	n.FirstChild = c.NextSibling
	if n.FirstChild == nil {
		n.LastChild = nil
	} else {
		n.FirstChild.PrevSibling = nil
	}
	c.Parent, c.NextSibling = nil, nil
	delete(w.textLen, c)
}

// urlText reports whether a link's text is a URL written out.
func urlText(a *html.Node) bool {
	t := strings.TrimSpace(textOf(a))
	return strings.HasPrefix(t, "http") || strings.HasPrefix(t, "www.")
}

// dropReason says whether an element is chrome to drop whole: a form, a
// semantic or class-named chrome container — unless it holds much of the
// page's text.
func (w *domWalker) dropReason(n *html.Node) Reason {
	r := tagChrome(n)
	if r == "" {
		r = chromeOfClass(n)
	}
	if r == "" && n.DataAtom == atom.Form {
		r = ReasonForum
	}
	if r == "" || r == ReasonSummary {
		return "" // a summary box is read as the summary, not dropped
	}
	if w.textLen[n]*5 > w.total*2 && w.textLen[n] > 200 {
		return "" // too much text to be chrome: a misnamed wrapper
	}
	return r
}

// drop records the text of a dropped container in the removed list.
func (w *domWalker) drop(n *html.Node, reason Reason) {
	sub := &domWalker{trad: w.trad, textLen: w.textLen, total: w.total}
	sub.dropAll(n)
	sub.flush()
	at := len(w.full)*lineChunk + len(w.lines)
	for _, l := range sub.allLines() {
		w.removed = append(w.removed, dropped{at, Removed{Text: l.text, Reason: reason}})
	}
}

// dropAll walks a dropped subtree, splitting it into lines only.
func (w *domWalker) dropAll(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return
	case html.ElementNode:
		if invisible(n) {
			return
		}
	default:
		return
	}
	block := blockTags[n.DataAtom] || n.DataAtom == atom.Br
	if block {
		w.flush()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.dropAll(c)
	}
	if block {
		w.flush()
	}
}

// text appends a text node's data to the current line, with white space
// collapsed (kept as is inside <pre>) and the text normalized.
func (w *domWalker) text(s string) {
	s = fold.String(s) // first: it turns U+2028, U+3000 and the like into "\n" and " "
	if w.pre == 0 {
		s = w.collapse(s)
	}
	if s == "" {
		return
	}
	if w.trad {
		s = t2s.String(s)
	}
	s = fold.Pinyin(s)
	if w.pre > 0 && strings.Contains(s, "\n") {
		parts := strings.Split(s, "\n")
		for i, p := range parts {
			if i > 0 {
				w.flush()
			}
			w.add(p)
		}
		return
	}
	w.add(s)
}

func (w *domWalker) add(s string) {
	w.cur.WriteString(s)
	if w.link > 0 {
		for _, r := range s {
			if !unicode.IsSpace(r) {
				w.curLinks++
			}
		}
	}
}

// collapse collapses the white space of a text node as a browser renders
// it, carrying a trailing gap over to the next text of the same line.
func (w *domWalker) collapse(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '\n':
			w.gap = breakGap
			continue
		case ' ', '\t', '\r', '\f':
			w.gap = max(w.gap, spaceGap)
			continue
		}
		if w.gap == spaceGap || w.gap == breakGap && !(wide(w.last) && wide(r)) {
			b.WriteByte(' ')
		}
		w.gap = noGap
		w.last = r
		b.WriteRune(r)
	}
	return b.String()
}

// wide reports whether r is East Asian wide or full-width and not Hangul:
// a segment break between two such runes is not rendered. Punctuation of
// ambiguous width (“ ” … —) counts as wide, as Chinese text sets it.
func wide(r rune) bool {
	if r < 0x1100 || unicode.Is(unicode.Hangul, r) {
		return false
	}
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth, width.EastAsianAmbiguous:
		return true
	}
	return false
}

// collapseSpace turns runs of white space into one space, as a browser
// renders them.
func collapseSpace(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	if space {
		b.WriteByte(' ')
	}
	return b.String()
}

// seam records that an inline element begins or ends here.
func (w *domWalker) seam() {
	if n := w.cur.Len(); n > 0 && (len(w.seams) == 0 || w.seams[len(w.seams)-1] != n) {
		w.seams = append(w.seams, n)
	}
}

// flush ends the current line.
func (w *domWalker) flush() {
	raw := w.cur.String()
	text := strings.TrimSpace(raw)
	links := w.curLinks
	seams := w.seams
	w.cur.Reset()
	w.curLinks = 0
	w.gap, w.last = noGap, 0
	w.seams = w.seams[:0]
	if text == "" {
		return
	}
	l := lineFeatures(text)
	lead := len(raw) - len(strings.TrimLeftFunc(raw, unicode.IsSpace))
	for _, at := range seams {
		if at -= lead; at > 0 && at < len(text) {
			l.seams = append(l.seams, at)
		}
	}
	l.html = true
	l.linkRunes = min(int32(links), l.runes)
	l.hint = w.hint
	l.heading = w.heading
	l.box = w.box
	w.addLine(l)
}

// shortCells reports whether a table row holds only short cells without
// blocks inside: a row of data, written as one line.
func shortCells(tr *html.Node, textLen map[*html.Node]int) bool {
	cells := 0
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || c.DataAtom != atom.Td && c.DataAtom != atom.Th {
			continue
		}
		cells++
		if textLen[c] > 40 || hasBlock(c) {
			return false
		}
	}
	return cells > 1
}

func hasBlock(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (blockTags[c.DataAtom] || c.DataAtom == atom.Br || hasBlock(c)) {
			return true
		}
	}
	return false
}

// row writes a table row of short cells as one line, cells separated by a
// space.
func (w *domWalker) row(tr *html.Node) {
	w.flush()
	first := true
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || c.DataAtom != atom.Td && c.DataAtom != atom.Th {
			continue
		}
		if !first {
			w.gap = spaceGap
		}
		first = false
		for cc := c.FirstChild; cc != nil; cc = cc.NextSibling {
			w.walk(cc)
		}
	}
	w.flush()
}
