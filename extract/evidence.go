package extract

import (
	"strings"
	"unicode/utf8"
)

// This file is the fourth stage of the pipeline: the evidence a page gives
// about its title, publication time, source, authors and summary. Every
// place a value can come from emits a piece of evidence with its field,
// value, line and origin; resolve.go holds the one table that says which
// origin beats which. The lines give evidence here; an HTML page's head
// and markup give more (see headEvidence in html.go).

// A field is a piece of an article's metadata.
type field uint8

// The fields.
const (
	fieldTitle field = iota
	fieldPublished
	fieldSource
	fieldAuthor
	fieldSummary
)

// An origin is where a piece of evidence was read.
type origin uint8

// The origins. Each has a row in the precedence table of resolve.go.
const (
	// From the lines of any page:
	originHeadline      origin = iota // the headline line over the stamp or byline
	originStampLine                   // a publication stamp line: 发布时间：2023-05-12 08:30
	originSourceLine                  // a labeled source: 来源：某某日报, 稿源, 转自 …
	originOriginalTitle               // an outlet named as the original headline: (原标题:某某网)
	originAccount                     // the account of a WeChat or self-media page
	originBesideStamp                 // an outlet written next to the stamp without a label
	originEpaperLine                  // the e-paper's name in the header: 某某日报数字报
	originBylineLine                  // names on a byline, author or account line
	originAuthorTail                  // names in parentheses ending the last paragraph: (张三 李四)
	originLeadByline                  // names in the dateline's parentheses: 本报讯(记者 张三)…
	originDateline                    // the outlet a dateline names: 某某网讯, 某某观察7月21日讯
	originSummaryLine                 // a teaser line: 摘要：…
	// From an HTML page's head and markup:
	originH1             // an <h1> that the <title> or og:title holds
	originHeadlineInHead // the headline line, when the <title> or og:title holds it
	originHeadTitle      // og:title, twitter:title or the JSON-LD headline, its site suffix cut
	originDocTitle       // the <title>, its site suffix cut
	originHeadTime       // article:published_time and its kin, JSON-LD datePublished, <time datetime>
	originDateElement    // the first date in an element named for one (pubtime, info_time …)
	originHeadSource     // a source meta tag, the JSON-LD publisher
	originEpaperTitle    // an e-paper's name in the <title>
	originHeadAuthor     // an author meta tag, the JSON-LD author
)

// An evidence is one statement of a page about one field.
type evidence struct {
	field  field
	origin origin
	value  string    // the title, source, author name or summary
	stamp  Timestamp // the publication time
	line   int       // the line it was read from; -1 for an HTML page's head
}

// found is what the lines give: the evidence, and what it says about the
// lines that the last stage needs to assemble the article.
type found struct {
	evidence []evidence
	titleAt  int            // the headline line, -1 when none
	claims   map[int]Reason // header lines the account block reads as metadata, with their reason
	tail     tailCut        // the author parenthesis that ends the last paragraph, if any
	kept     []int          // the lines of the core that are article text (see bodyLines)
	repeats  map[int]bool   // the long lines of the core that repeat a paragraph
}

// A tailCut is a paragraph without the author parenthesis that ends it.
type tailCut struct {
	line       int // the paragraph's line; -1 when there is no tail
	rest, tail string
}

// gather returns the evidence of a page's lines, given their verdicts and
// the core.
func gather(lines []line, v []verdict, sp *span) found {
	f := found{titleAt: pickTitle(lines[:sp.start], v), tail: tailCut{line: -1}}
	if f.titleAt >= 0 {
		f.add(evidence{field: fieldTitle, origin: originHeadline, value: lines[f.titleAt].text, line: f.titleAt})
	}
	accounts := f.readAccount(lines[:sp.start], v)
	f.readMeta(lines, v, sp, accounts)
	if name, at := epaperOutlet(lines[:sp.start]); name != "" {
		f.add(evidence{field: fieldSource, origin: originEpaperLine, value: name, line: at})
	}
	f.readBody(lines, v, sp)
	return f
}

func (f *found) add(e evidence) { f.evidence = append(f.evidence, e) }

func (f *found) addAuthors(o origin, at int, names ...string) {
	for _, n := range names {
		f.add(evidence{field: fieldAuthor, origin: o, value: n, line: at})
	}
}

// pickTitle chooses the headline among the header-zone lines: a
// headline-shaped line, preferably one followed by a metadata line, not the
// site name. It returns -1 when no line qualifies.
func pickTitle(header []line, v []verdict) int {
	best, bestScore := -1, 0
	for i := range header {
		l := &header[i]
		if v[i].kind == chrome || v[i].kind == meta || !headlineShaped(l) {
			continue
		}
		next := nextSignificant(header, v, i+1)
		if next >= 0 && isSubtitle(&header[next]) {
			next = nextSignificant(header, v, next+1) // headline / ——subtitle / stamp
		}
		if next >= 0 && v[next].kind != meta && !accountThenMeta(header, v, next) {
			continue // a headline is followed by the stamp, byline or summary, or directly by the article
		}
		score := 4
		if l.runes >= 8 {
			score += 2
		}
		if i > 0 && next >= 0 && v[next].kind == meta {
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
func accountThenMeta(lines []line, v []verdict, i int) bool {
	l := &lines[i]
	if v[i].kind != neutral || l.runes > 12 || l.punct > 0 {
		return false
	}
	next := nextSignificant(lines, v, i+1)
	return next >= 0 && v[next].kind == meta
}

// readAccount reads the account block of WeChat and self-media pages: the
// short lines between the headline and the stamp (原创 / author / account
// name / 2023-05-12 08:30 发表于山东), and an account name followed by a
// 关注 button. A personal name is an author; another name is the account.
// It claims the lines as metadata and returns those that name an account.
func (f *found) readAccount(header []line, v []verdict) map[int]bool {
	var accounts map[int]bool
	for i := range header {
		l := &header[i]
		if v[i].kind != neutral || l.runes > 20 || l.punct > 0 {
			continue
		}
		follow := i+1 < len(header) && (header[i+1].key == "关注" || header[i+1].key == "+关注")
		inBlock := f.titleAt >= 0 && i > f.titleAt && i-f.titleAt <= 4 && stampFollows(header, v, i+1, f.titleAt+5)
		if !follow && !inBlock {
			continue
		}
		if f.claims == nil {
			f.claims = map[int]Reason{}
		}
		if isName(l.text) && !looksLikeOutlet(l.text) {
			f.addAuthors(originBylineLine, i, l.text)
			f.claims[i] = ReasonByline
			continue
		}
		f.claims[i] = ReasonMeta
		if accounts == nil {
			accounts = map[int]bool{}
		}
		accounts[i] = true
	}
	return accounts
}

// stampFollows reports whether a publication-stamp line follows at or after
// i, before limit, with only short neutral lines in between.
func stampFollows(lines []line, v []verdict, i, limit int) bool {
	for ; i < len(lines) && i <= limit; i++ {
		switch l := &lines[i]; {
		case v[i].kind == meta && (v[i].reason == ReasonMeta || v[i].reason == ReasonForum):
			return l.stamp != nil
		case v[i].kind == neutral && l.runes <= 20 || v[i].kind == meta:
		default:
			return false
		}
	}
	return false
}

// readMeta reads the metadata lines: the header zone from the article
// upwards (the stamp under the headline before a date in the site's top
// bar), then the core (a forum post's signature line), then the footer
// zone. Editor lines inside the core name no authors, and after the
// article only a labeled stamp (发布时间 …) is the article's: a bare one is
// a comment's or a related item's.
func (f *found) readMeta(lines []line, v []verdict, sp *span, accounts map[int]bool) {
	headline := false
	read := func(i int) {
		l := &lines[i]
		reason, claimed := f.claims[i]
		if !claimed {
			if sp.kind(v, i) != meta {
				return
			}
			reason = v[i].reason
		}
		if sp.in(i) && reason != ReasonMeta && reason != ReasonByline {
			return
		}
		var m *metaLine
		if v[i].account || accounts[i] {
			m = &metaLine{account: accountName(l.text)}
		} else {
			m = parseMetaLine(l, reason)
		}
		if !m.published.IsZero() && (i < sp.end || labeledStamp(l)) {
			f.add(evidence{field: fieldPublished, origin: originStampLine, stamp: m.published, line: i})
		}
		if m.source != "" {
			f.add(evidence{field: fieldSource, origin: originSourceLine, value: m.source, line: i})
		}
		if m.summary != "" {
			f.add(evidence{field: fieldSummary, origin: originSummaryLine, value: m.summary, line: i})
		}
		if m.headline != "" && !headline {
			headline = true // the first (原标题:…) only
			if looksLikeOutlet(m.headline) {
				f.add(evidence{field: fieldSource, origin: originOriginalTitle, value: m.headline, line: i})
			}
		}
		if m.besideStamp != "" {
			f.add(evidence{field: fieldSource, origin: originBesideStamp, value: m.besideStamp, line: i})
		}
		if m.account != "" {
			f.add(evidence{field: fieldSource, origin: originAccount, value: m.account, line: i})
		}
		f.addAuthors(originBylineLine, i, m.authors...)
	}
	for i := sp.start - 1; i >= 0; i-- {
		read(i)
	}
	for i := sp.start; i < len(lines); i++ {
		read(i)
	}
}

// epaperOutlet returns the newspaper whose e-paper the page is, from the
// site name in the header zone (某某日报数字报, 某某晚报电子版), and its line,
// or "".
func epaperOutlet(header []line) (string, int) {
	for i := range header {
		if l := &header[i]; l.runes <= 16 {
			if name := epaperName(l.text); name != "" {
				return name, i
			}
		}
	}
	return "", -1
}

// epaperName returns the newspaper an e-paper's name names (某某日报数字报
// → 某某日报), or "".
func epaperName(s string) string {
	for _, suf := range epaperSuffixes {
		name := strings.TrimSpace(strings.TrimSuffix(s, suf))
		if name != s && strings.HasSuffix(name, "报") && looksLikeOutlet(name) {
			return name
		}
	}
	return ""
}

// readBody reads what the article's own paragraphs say of its authors and
// outlet: an author parenthesis ending the last paragraph, the byline in
// the dateline's parentheses (after a subtitle, in the second paragraph),
// and the outlet a dateline names.
func (f *found) readBody(lines []line, v []verdict, sp *span) {
	f.kept, f.repeats = bodyLines(lines, v, sp, f.titleAt)
	kept := f.kept
	if len(kept) == 0 {
		return
	}
	last := kept[len(kept)-1]
	if rest, tail, authors, ok := authorTail(lines[last].text); ok {
		f.tail = tailCut{line: last, rest: rest, tail: tail}
		f.addAuthors(originAuthorTail, last, authors...)
	}
	first := f.paragraph(lines, kept[0])
	lead := leadByline(first)
	at := kept[0]
	if len(lead) == 0 && len(kept) > 1 && utf8.RuneCountInString(first) <= 40 {
		at = kept[1]
		lead = leadByline(f.paragraph(lines, at)) // after a subtitle
	}
	f.addAuthors(originLeadByline, at, lead...)
	if name := leadOutlet(first); name != "" {
		f.add(evidence{field: fieldSource, origin: originDateline, value: name, line: kept[0]})
	}
}

// paragraph returns the text of the paragraph line i makes, without its
// author tail.
func (f *found) paragraph(lines []line, i int) string {
	if i == f.tail.line {
		return f.tail.rest
	}
	return lines[i].text
}
