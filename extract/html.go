package extract

import (
	"bytes"
	"encoding/json"
	"io"
	"regexp"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/zhnews/zhnews/extract/fold"
	"github.com/zhnews/zhnews/extract/t2s"
)

// This file extracts articles from HTML pages: the page is decoded (see
// htmlcharset.go), parsed, its chrome dropped and its blocks turned into
// lines (htmldom.go), and the lines go through the same cleaner as text
// pages, with the share of link text as one more feature. Title,
// publication date, source and authors come from the page's metadata
// (og:title, article:published_time, publishdate, JSON-LD, <time>), and from
// the dateline and byline lines near the title.

// HTML extracts the article from an HTML page read from r.
func HTML(r io.Reader) (*Article, error) { return (&Options{Format: FormatHTML}).Read(r) }

// fromHTML extracts the article from the bytes of an HTML page.
func (o *Options) fromHTML(b []byte) (*Article, error) {
	u, enc, err := decodeHTML(b, o.Charset)
	if err != nil {
		return nil, err
	}
	root, err := html.Parse(bytes.NewReader(u))
	if err != nil {
		// Too deeply nested for a tree (x/net/html stops at 512 open
		// elements): read the text of the token stream instead.
		a := o.fromUTF8(tokenText(u), string(enc))
		a.Format = FormatHTML
		return a, nil
	}
	script := t2s.Detect(visibleSample(root))
	trad := script == t2s.Traditional
	meta := readHTMLMeta(root, trad)
	lines, blocks, elems := htmlLines(root, trad)
	addKeys(lines)
	a := &Article{Format: FormatHTML, Encoding: string(enc), Script: script.String()}
	if o.Raw {
		for _, l := range lines {
			a.Paragraphs = append(a.Paragraphs, l.text)
		}
	} else {
		c := clean(lines, elems, meta.evidence(), blocks)
		a.Title, a.Published, a.Source, a.Authors = c.title, c.published, c.source, c.authors
		a.Summary, a.Paragraphs, a.Removed = c.summary, c.paragraphs, c.removed
	}
	if !o.NoFacts {
		a.Facts = o.facts(a)
	}
	return a, nil
}

// visibleSample returns up to 64 KB of the document's text, for deciding
// its script.
func visibleSample(doc *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if b.Len() > 64<<10 {
			return
		}
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			return
		}
		if invisible(n) && n.DataAtom != atom.Head {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return b.String()
}

// htmlMeta is what a page's head and structured data state.
type htmlMeta struct {
	docTitle  string // <title>
	ogTitle   string // og:title, twitter:title
	h1        []string
	published Timestamp
	classDate Timestamp // the first date in an element named for one, a last resort
	source    string
	authors   []string
}

// publishedNames are the meta names and properties that hold a publication
// time, in lower case.
var publishedNames = map[string]bool{
	"article:published_time": true, "og:published_time": true, "og:release_date": true,
	"publishdate": true, "publish_date": true, "publish-date": true, "publishtime": true,
	"pubdate": true, "pubtime": true, "publication_date": true, "date": true, "dc.date": true,
	"dc.date.issued": true, "dcterms.date": true, "sailthru.date": true, "article:published": true,
	"weibo:article:create_at": true, "firstpublishedtime": true, "apub:time": true,
	"datepublished": true, "published_time": true, "contentpublishtime": true,
}

// dateSelector matches the elements named for a date (pubtime, paperdate,
// info_time …).
const dateSelector = `[class*="date"], [id*="date"], [class*="time"], [id*="time"], [class*="pub"], [id*="pub"]`

// readHTMLMeta reads titles, the publication time, source and authors from
// the head, JSON-LD, <time> elements and elements named for a date.
func readHTMLMeta(doc *html.Node, trad bool) htmlMeta {
	var m htmlMeta
	norm := func(s string) string {
		s = strings.TrimSpace(collapseSpace(fold.String(s)))
		if trad {
			s = t2s.String(s)
		}
		return s
	}
	sel := selectors()
	if n := sel.title.MatchFirst(doc); n != nil {
		m.docTitle = norm(textOf(n))
	}
	for _, n := range sel.meta.MatchAll(doc) {
		m.readMetaTag(n, norm)
	}
	for _, n := range sel.jsonLD.MatchAll(doc) {
		m.readJSONLD(textOf(n), norm)
	}
	for _, n := range sel.h1.MatchAll(doc) {
		if t := norm(textOf(n)); t != "" && !invisible(n) {
			m.h1 = append(m.h1, t)
		}
	}
	if m.published.IsZero() {
		for _, n := range sel.time.MatchAll(doc) {
			if ts, ok := parseMetaTime(attr(n, "datetime")); ok {
				m.published = ts
				break
			}
		}
	}
	for _, n := range sel.date.MatchAll(doc) {
		if t := textOf(n); len(t) < 200 {
			if ts, _, _, ok := parseStamp(fold.String(t)); ok {
				m.classDate = ts
				break
			}
		}
	}
	return m
}

// pageSelectors are the compiled CSS selectors the HTML reading uses.
type pageSelectors struct {
	date, title, meta, jsonLD, h1, time cascadia.Selector
}

// selectors compiles the selectors once, when the first page is read.
var selectors = sync.OnceValue(func() pageSelectors {
	return pageSelectors{
		date:   cascadia.MustCompile(dateSelector),
		title:  cascadia.MustCompile("title"),
		meta:   cascadia.MustCompile("meta"),
		jsonLD: cascadia.MustCompile(`script[type="application/ld+json"]`),
		h1:     cascadia.MustCompile("h1"),
		time:   cascadia.MustCompile("time[datetime]"),
	}
})

func (m *htmlMeta) readMetaTag(n *html.Node, norm func(string) string) {
	name := strings.ToLower(attr(n, "name"))
	if name == "" {
		name = strings.ToLower(attr(n, "property"))
	}
	if name == "" {
		name = strings.ToLower(attr(n, "itemprop"))
	}
	content := attr(n, "content")
	switch {
	case name == "og:title" || name == "twitter:title":
		if m.ogTitle == "" {
			m.ogTitle = norm(content)
		}
	case publishedNames[name]:
		if ts, ok := parseMetaTime(content); ok && m.published.IsZero() {
			m.published = ts
		}
	case name == "source" || name == "og:source" || name == "article:source":
		if m.source == "" {
			m.source = norm(content)
		}
	case name == "author" || name == "article:author" || name == "og:author":
		if a := personNames(norm(content)); len(a) > 0 && len(m.authors) == 0 {
			m.authors = a
		}
	}
}

// readJSONLD reads a NewsArticle (or any object with datePublished) from a
// JSON-LD script.
func (m *htmlMeta) readJSONLD(s string, norm func(string) string) {
	var v any
	if json.Unmarshal([]byte(s), &v) != nil {
		return
	}
	var visit func(any)
	visit = func(v any) {
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e)
			}
		case map[string]any:
			if d, ok := x["datePublished"].(string); ok && m.published.IsZero() {
				if ts, ok := parseMetaTime(d); ok {
					m.published = ts
				}
			}
			if len(m.authors) == 0 {
				m.authors = jsonNames(x["author"], norm)
			}
			if p, ok := x["publisher"].(map[string]any); ok && m.source == "" {
				if name, ok := p["name"].(string); ok {
					m.source = norm(name)
				}
			}
			if h, ok := x["headline"].(string); ok && m.ogTitle == "" {
				m.ogTitle = norm(h)
			}
			if g, ok := x["@graph"]; ok {
				visit(g)
			}
		}
	}
	visit(v)
}

// jsonNames reads person names from a JSON-LD author value.
func jsonNames(v any, norm func(string) string) []string {
	var names []string
	switch x := v.(type) {
	case string:
		names = append(names, personNames(norm(x))...)
	case map[string]any:
		if s, ok := x["name"].(string); ok {
			names = append(names, personNames(norm(s))...)
		}
	case []any:
		for _, e := range x {
			names = append(names, jsonNames(e, norm)...)
		}
	}
	return names
}

// personNames reads the names of a meta author value ("张三 李四",
// "记者 张三"), or nothing when it names a site or organization.
func personNames(s string) []string {
	if s == "" || looksLikeOutlet(s) {
		return nil
	}
	if a, ok := parseByline(s, false); ok {
		return a
	}
	if a, ok := parseByline(s, true); ok {
		return a
	}
	if isName(s) {
		return []string{s}
	}
	return nil
}

// zoneRE finds a time zone after an ISO time: Z, +08:00, +0800.
var zoneRE = regexp.MustCompile(`(Z|[+-]\d\d:?\d\d)\s*$`)

// beijing is the time zone of Chinese news pages, used to read times given
// in another zone as the page's local time.
var beijing = time.FixedZone("CST", 8*3600)

// parseMetaTime reads a machine-readable time (2022-02-13T07:48:00+08:00,
// 2022-02-13 07:48, 2022-02-13). A time in another zone is converted to
// Beijing time, the wall clock of the pages.
func parseMetaTime(s string) (Timestamp, bool) {
	s = strings.TrimSpace(s)
	ts, _, _, ok := parseStamp(s)
	if !ok {
		return Timestamp{}, false
	}
	if z := zoneRE.FindStringSubmatch(s); z != nil && ts.Precision > Day {
		var off int
		if z[1] != "Z" {
			zs := strings.ReplaceAll(z[1], ":", "")
			h := int(zs[1]-'0')*10 + int(zs[2]-'0')
			mi := int(zs[3]-'0')*10 + int(zs[4]-'0')
			off = (h*60 + mi) * 60
			if zs[0] == '-' {
				off = -off
			}
		}
		t := time.Date(ts.Time.Year(), ts.Time.Month(), ts.Time.Day(), ts.Time.Hour(), ts.Time.Minute(),
			ts.Time.Second(), 0, time.FixedZone("", off)).In(beijing)
		ts.Time = time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, time.UTC)
	}
	return ts, true
}

// titleSeparators split a <title> into the headline and site names.
var titleSeparatorRE = regexp.MustCompile(`\s*(?:_+|\|+|｜|丨|\s-\s|-{1,2}|－|·{2,})\s*`)

// stripSiteSuffix returns the headline of a <title> such as
// 标题_频道_XX网 or 标题 - XX新闻 | XX.
func stripSiteSuffix(t string) string {
	parts := titleSeparatorRE.Split(t, -1)
	if len(parts) == 1 {
		return t
	}
	if utf8.RuneCountInString(parts[0]) >= 6 {
		return parts[0]
	}
	best := parts[0]
	for _, p := range parts[1:] {
		if utf8.RuneCountInString(p) > utf8.RuneCountInString(best) && !looksLikeOutlet(p) {
			best = p
		}
	}
	return best
}

// evidence returns what the head and markup state as evidence (see
// evidence.go), with the titles that confirm a headline.
func (m *htmlMeta) evidence() *headEvidence {
	h := &headEvidence{titles: m.docTitle + "\n" + m.ogTitle}
	add := func(f field, o origin, value string) {
		h.evidence = append(h.evidence, evidence{field: f, origin: o, value: value, line: -1})
	}
	for _, t := range m.h1 {
		if utf8.RuneCountInString(t) >= 4 && strings.Contains(h.titles, t) {
			add(fieldTitle, originH1, t)
			break
		}
	}
	if m.ogTitle != "" {
		add(fieldTitle, originHeadTitle, stripSiteSuffix(m.ogTitle))
	}
	if m.docTitle != "" {
		add(fieldTitle, originDocTitle, stripSiteSuffix(m.docTitle))
	}
	if !m.published.IsZero() {
		h.evidence = append(h.evidence, evidence{field: fieldPublished, origin: originHeadTime, stamp: m.published, line: -1})
	}
	if !m.classDate.IsZero() {
		h.evidence = append(h.evidence, evidence{field: fieldPublished, origin: originDateElement, stamp: m.classDate, line: -1})
	}
	if m.source != "" {
		add(fieldSource, originHeadSource, m.source)
	}
	if name := m.epaper(); name != "" {
		add(fieldSource, originEpaperTitle, name) // <title>某某日报数字报-…</title>
	}
	for _, a := range m.authors {
		add(fieldAuthor, originHeadAuthor, a)
	}
	return h
}

// headEvidence is the evidence of an HTML page's head and markup.
type headEvidence struct {
	evidence []evidence
	titles   string // the <title> and og:title, which confirm a headline they hold
}

// confirm returns the head's evidence, and the headline line as a title
// the head confirms when the <title> or og:title holds it.
func (h *headEvidence) confirm(lines []line, titleAt int) []evidence {
	ev := h.evidence
	if titleAt >= 0 && strings.Contains(h.titles, lines[titleAt].text) {
		ev = append(ev[:len(ev):len(ev)], evidence{field: fieldTitle, origin: originHeadlineInHead, value: lines[titleAt].text, line: titleAt})
	}
	return ev
}

// epaper returns the newspaper named by an e-paper site name in the
// <title>, or "".
func (m *htmlMeta) epaper() string {
	for _, part := range titleSeparatorRE.Split(m.docTitle, -1) {
		if name := epaperName(strings.TrimSpace(part)); name != "" {
			return name
		}
	}
	return ""
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// textOf returns the text inside n.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// tokenText returns the visible text of an HTML page from its token stream,
// a line per block, without building a tree: for pages a parser rejects.
func tokenText(u []byte) string {
	z := html.NewTokenizer(bytes.NewReader(u))
	var b strings.Builder
	skip := 0
	for {
		switch tt := z.Next(); tt {
		case html.ErrorToken:
			return b.String()
		case html.TextToken:
			if skip == 0 {
				b.WriteString(collapseSpace(string(z.Text())))
			}
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			switch {
			case a == atom.Script || a == atom.Style || a == atom.Noscript || a == atom.Template:
				if tt == html.StartTagToken {
					skip++
				} else if tt == html.EndTagToken && skip > 0 {
					skip--
				}
			case blockTags[a] || a == atom.Br:
				b.WriteByte('\n')
			}
		}
	}
}
