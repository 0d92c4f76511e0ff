package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zhnews/zhnews/extract/internal/han"
)

// A line is one non-empty line of a page with the features the cleaner
// uses: the first stage of the pipeline (see doc.go). Its fields are set
// when it is read and never changed; the verdicts, the core and the
// evidence of later stages are values of their own. A page can have a
// million lines, so the small fields sit together.
type line struct {
	text  string     // the line, outer white space trimmed
	key   string     // lineKey(text); for HTML pages set once the tree is let go (see addKeys)
	stamp *Timestamp // the publication stamp the line is, if it is one (see readStampLine)
	runes int32      // length in runes, white space not counted
	han   int32      // Han runes
	punct int32      // sentence punctuation marks (，。；！？、 and ASCII , ; ! ?)
	list  bool       // starts with a list marker (- · • 1. …)

	// Provenance from HTML pages, as plain features:
	html      bool
	heading   int8   // 1–6 inside <h1>–<h6>
	box       int32  // the block element whose text the line is, as an index into the page's elements (0: none)
	linkRunes int32  // runes inside links
	hint      Reason // chrome the container's class or id suggests
	seams     []int  // offsets in text where inline elements meet (<span>来源：某某</span><span>作者：…)
}

// spaced returns the line's text with a space where two inline elements
// meet without one, so that the values of a metadata line written as
// adjacent spans (来源：某某日报</span><span>浏览次数：…) stay apart.
func (l *line) spaced() string {
	if len(l.seams) == 0 {
		return l.text
	}
	var b strings.Builder
	last := 0
	for _, at := range l.seams {
		if at <= last || at > len(l.text) {
			continue
		}
		b.WriteString(l.text[last:at])
		prev, _ := utf8.DecodeLastRuneInString(l.text[:at])
		next, _ := utf8.DecodeRuneInString(l.text[at:])
		if !unicode.IsSpace(prev) && !unicode.IsSpace(next) {
			b.WriteByte(' ')
		}
		last = at
	}
	b.WriteString(l.text[last:])
	return b.String()
}

// newLine computes the features of a trimmed, non-empty line.
func newLine(text string) line {
	l := lineFeatures(text)
	l.key = lineKey(text)
	return l
}

// lineFeatures is newLine without the key, which keyed adds when the
// cleaner starts: an HTML page's lines are made while its tree is held, and
// a page of a million short blocks holds less at once without them.
func lineFeatures(text string) line {
	l := line{text: text}
	for _, r := range text {
		if unicode.IsSpace(r) {
			continue
		}
		l.runes++
		switch {
		case han.Is(r):
			l.han++
		case isSentencePunct(r):
			l.punct++
		}
	}
	l.list = hasListMarker(text)
	if ts, ok := readStampLine(&l); ok {
		l.stamp = &ts
	}
	return l
}

// addKeys completes the lines an HTML page's reading made with their keys,
// once its tree is let go: the last step of reading, before any other stage
// sees the lines.
func addKeys(lines []line) {
	for i := range lines {
		if lines[i].key == "" {
			lines[i].key = lineKey(lines[i].text)
		}
	}
}

// isSentencePunct reports whether r is punctuation that occurs inside and at
// the end of sentences. Colons are left out: they are as common in
// "时间:" labels as in prose.
func isSentencePunct(r rune) bool {
	switch r {
	case '，', '。', '；', '！', '？', '、', '…', ',', ';', '!', '?':
		return true
	}
	return false
}

// endsSentence reports whether s ends with sentence-final punctuation,
// possibly followed by a closing quote or bracket.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, "”’」』\"')）》")
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case '。', '！', '？', '…', '!', '?', '.':
		return true
	}
	return false
}

// hasListMarker reports whether s starts like an item of a list: a bullet,
// or a short number followed by a dot or 、.
func hasListMarker(s string) bool {
	r, size := utf8.DecodeRuneInString(s)
	switch r {
	case '-', '·', '•', '●', '■', '▪', '◆', '◇', '★', '☆', '□', '○', '>', '→', '▶', '►', '*', '+':
		return len(s) > size
	}
	i := 0
	for i < len(s) && i < 3 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 || i == len(s) {
		return false
	}
	return s[i] == '.' || strings.HasPrefix(s[i:], "、") || strings.HasPrefix(s[i:], "．")
}

// splitLines splits text into trimmed, non-empty lines.
func splitLines(text string) []line {
	lines := make([]line, 0, strings.Count(text, "\n")+1)
	for len(text) > 0 {
		i := strings.IndexByte(text, '\n')
		var s string
		if i < 0 {
			s, text = text, ""
		} else {
			s, text = text[:i], text[i+1:]
		}
		if s = strings.TrimSpace(s); s != "" {
			lines = append(lines, newLine(s))
		}
	}
	return lines
}
