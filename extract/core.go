package extract

import (
	"regexp"
)

// This file is the third stage of the pipeline: the article core, the run
// of lines that holds the article. It is the run with the largest weight,
// where prose lines weigh their length and chrome, metadata and bare short
// lines weigh negatively (the maximum-subarray idea of Finn et al.'s Body
// Text Extraction, on lines instead of tokens). Lines before it form the
// header zone, lines after it the footer zone. Inside the core, only
// unambiguous chrome is removed, so subheadings and paragraphs that merely
// mention a chrome word stay.

// A span is the article core and what this stage decides about its lines.
type span struct {
	start, end int
	// signature is the first of the lines after the text that sign a
	// notice (the signing body and the date), kept as its text whatever
	// their verdicts say; end when there are none.
	signature int
	// dropped holds the lines inside the core that go with a run of
	// unambiguous chrome, with the reason each goes with.
	dropped map[int]Reason
}

// in reports whether line i is inside the core.
func (sp *span) in(i int) bool { return i >= sp.start && i < sp.end }

// kind returns the kind of line i as the core stage reads it: the verdict's,
// or content for the lines of a signature.
func (sp *span) kind(v []verdict, i int) lineKind {
	if i >= sp.signature && i < sp.end {
		return content
	}
	return v[i].kind
}

// Line weights for finding the core.
const (
	weightEnd     = -24 // unambiguous chrome that marks the end of an article: editor, copyright, related lists
	weightStrong  = -12 // other unambiguous chrome and metadata: ads, share bars, stamps
	weightWeak    = -8  // weak chrome, block items, list runs
	weightNeutral = -3  // headings, menu items: cheap inside the article
)

// findCore returns the article core of a page's lines. elems holds the
// parent of each block element of an HTML page (nil for text pages), for
// the lines' box.
func findCore(lines []line, v []verdict, elems []int32) span {
	start, end := heaviest(lines, v)
	end = threadEnd(lines, v, start, end)
	sp := span{start: start, end: end, signature: end}
	if signed := signatureEnd(lines, v, end); signed > end {
		sp.end = signed
	}
	sp.end = containerEnd(lines, v, elems, sp.start, sp.end)
	if sp.signature > sp.end {
		sp.signature = sp.end
	}
	sp.dropped = chromeRuns(lines, v, &sp)
	return sp
}

// weight is a line's contribution to the core score.
func weight(l *line, v verdict) int {
	switch v.kind {
	case content:
		return int(l.runes)
	case chrome, meta:
		switch {
		case !v.strong:
			return weightWeak
		case endsArticle(v.reason):
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

// heaviest returns the run of lines [start, end) with the largest total
// weight (Kadane's algorithm). With no prose at all it returns an empty run
// at 0.
func heaviest(lines []line, v []verdict) (start, end int) {
	best, sum, s := 0, 0, 0
	for i := range lines {
		if sum <= 0 {
			sum, s = 0, i
		}
		sum += weight(&lines[i], v[i])
		if sum > best {
			best, start, end = sum, s, i+1
		}
	}
	return start, end
}

// threadEnd ends the core of a forum thread after its first post: when two
// or more signature lines (发布时间 2005/03/15 22:36:13 by …) stand inside
// the core, the replies begin after the first.
func threadEnd(lines []line, v []verdict, start, end int) int {
	first, n := -1, 0
	for i := start; i < end; i++ {
		l := &lines[i]
		if v[i].kind != meta || v[i].reason != ReasonMeta {
			continue
		}
		if l.stamp != nil && labeledStamp(l) {
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

// signatureDateRE matches a date line that signs a document: 2024年9月13日,
// 二〇二四年九月十三日.
var signatureDateRE = regexp.MustCompile(`^(?:(?:19|20)\d\d年\d{1,2}月\d{1,2}日|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)$`)

// signatureEnd returns the end of the core extended over a document's
// signature: the signing body and the date directly after the last
// paragraph (某市发展和改革委员会 / 2024年9月13日), which belong to the text of
// a notice or announcement.
func signatureEnd(lines []line, v []verdict, end int) int {
	if end == 0 || end+1 >= len(lines) || v[end-1].kind != content {
		return end
	}
	by, date := &lines[end], &lines[end+1]
	if by.runes > 30 || by.punct > 0 || !hasAnySuffix(by.text, signers...) || !signatureDateRE.MatchString(date.text) {
		return end
	}
	return end + 2
}

// containerEnd extends the core of an HTML page over the headings and
// short lines (a table of specifications, a closing line) that follow it
// inside the article's own element: the deepest element that holds most of
// the core's prose.
func containerEnd(lines []line, v []verdict, elems []int32, start, end int) int {
	box := articleBox(lines, v, elems, start, end)
	if box == 0 {
		return end
	}
	for end < len(lines) {
		if k := v[end].kind; k != neutral && k != content || !within(elems, lines[end].box, box) {
			break
		}
		end++
	}
	return end
}

// articleBox returns the deepest element that holds 80% of the prose of
// the core, or 0 for text pages.
func articleBox(lines []line, v []verdict, elems []int32, start, end int) int32 {
	weight := map[int32]int{}
	total := 0
	for i := start; i < end; i++ {
		l := &lines[i]
		if v[i].kind != content || l.box == 0 {
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

// chromeRuns looks at each run of non-prose lines inside the core. When the
// run holds unambiguous chrome (an app-download block between paragraphs:
// 某某新闻客户端 / 下载APP / 扫码下载), its weak chrome and the short lines
// before its last chrome line go with it, each with its own reason or the
// reason of the next line that has one; a heading that leads into the next
// paragraph stays.
func chromeRuns(lines []line, v []verdict, sp *span) map[int]Reason {
	var dropped map[int]Reason
	for i := sp.start; i < sp.end; {
		if sp.kind(v, i) == content {
			i++
			continue
		}
		j, last, strong := i, -1, false
		for ; j < sp.end && sp.kind(v, j) != content; j++ {
			if k := v[j].kind; k == chrome || k == meta {
				last = j
				strong = strong || v[j].strong
			}
		}
		if strong {
			if dropped == nil {
				dropped = map[int]Reason{}
			}
			reason := Reason("")
			for k := last; k >= i; k-- {
				if v[k].reason != "" {
					reason = v[k].reason
				}
				dropped[k] = reason
			}
		}
		i = j
	}
	return dropped
}
