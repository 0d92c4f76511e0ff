package extract

import (
	"strings"
	"unicode/utf8"
)

// This file is the last stage of the pipeline: the article's paragraphs and
// the removed lines, in page order, from the lines, their verdicts, the
// core, what the evidence said of the lines, and the resolved metadata.

// A dropped block is text an HTML page's reading left out before the lines
// (a container named for chrome, a form), with the line it came before.
type dropped struct {
	at int // the index of the line it came before
	Removed
}

// piece is the assembled article: paragraphs and removed lines.
type piece struct {
	paragraphs []string
	removed    []Removed
}

// assemble builds the paragraphs and the removed list. The title line is
// neither; a body line that repeats a title the head gave (not the
// headline line) is removed as the title.
func assemble(lines []line, v []verdict, sp *span, f *found, md *metadata, blocks []dropped) piece {
	var p piece
	headTitle := ""
	if md.title != "" && (f.titleAt < 0 || md.title != lines[f.titleAt].text) {
		headTitle = lineKey(md.title)
	}
	kept, repeats := f.kept, f.repeats
	k := 0
	for i := range lines {
		for len(blocks) > 0 && blocks[0].at <= i {
			p.removed = append(p.removed, blocks[0].Removed)
			blocks = blocks[1:]
		}
		if i == f.titleAt {
			continue
		}
		if k < len(kept) && kept[k] == i {
			k++
			if text := f.paragraph(lines, i); headTitle != "" && lineKey(text) == headTitle {
				p.removed = append(p.removed, Removed{text, ReasonTitle})
			} else {
				p.paragraphs = append(p.paragraphs, text)
			}
			if i == f.tail.line {
				p.removed = append(p.removed, Removed{f.tail.tail, ReasonByline})
			}
			continue
		}
		if repeats[i] {
			p.removed = append(p.removed, Removed{lines[i].text, ReasonDuplicate})
			continue
		}
		p.removed = append(p.removed, Removed{lines[i].text, removedReason(lines, v, sp, f, i)})
	}
	for _, b := range blocks {
		p.removed = append(p.removed, b.Removed)
	}
	return p
}

// bodyLines returns the lines of the core that are article text, in order:
// neither metadata, nor unambiguous chrome, nor a run of chrome the core
// drops, nor the headline repeated; and the long lines that repeat a
// paragraph kept before them (pages that hold two copies of the text).
func bodyLines(lines []line, v []verdict, sp *span, titleAt int) (kept []int, repeats map[int]bool) {
	titleKey := ""
	if titleAt >= 0 {
		titleKey = lines[titleAt].key
	}
	seen := map[string]bool{}
	for i := sp.start; i < sp.end; i++ {
		l := &lines[i]
		switch {
		case i == titleAt:
		case l.runes >= 30 && seen[l.text]:
			if repeats == nil {
				repeats = map[int]bool{}
			}
			repeats[i] = true
		case keepInCore(lines, v, sp, i, titleKey):
			kept = append(kept, i)
			if l.runes >= 30 {
				seen[l.text] = true
			}
		}
	}
	return kept, repeats
}

// keepInCore reports whether line i inside the core is article text.
func keepInCore(lines []line, v []verdict, sp *span, i int, titleKey string) bool {
	l := &lines[i]
	kind := sp.kind(v, i)
	_, drop := sp.dropped[i]
	switch {
	case kind == meta || kind == chrome && v[i].strong:
		return false
	case drop:
		return false
	case titleKey != "" && kind != content && (l.key == titleKey || strings.Contains(titleKey, l.key) && l.runes >= 6):
		return false // the headline repeated in the body
	}
	return true
}

// removedReason names why line i was removed.
func removedReason(lines []line, v []verdict, sp *span, f *found, i int) Reason {
	l := &lines[i]
	r := v[i].reason
	if c, ok := f.claims[i]; ok {
		r = c
	}
	if r == "" {
		r = sp.dropped[i]
	}
	titleKey := ""
	if f.titleAt >= 0 {
		titleKey = lines[f.titleAt].key
	}
	header := i < sp.start
	switch {
	case r != "":
		return r
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
