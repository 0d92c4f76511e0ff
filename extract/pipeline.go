package extract

// This file runs the stages that follow reading, for text and HTML pages
// alike (see doc.go): verdicts, the core, the evidence, the metadata and
// the assembled article.

// cleaned is the article a page's lines yield.
type cleaned struct {
	metadata
	piece
}

// clean extracts the article from a page's lines. elems holds the parent
// of each block element of an HTML page, head the evidence of its head and
// markup, and blocks what its reading dropped; all nil for text pages.
func clean(lines []line, elems []int32, head *headEvidence, blocks []dropped) cleaned {
	v := judge(lines)
	sp := findCore(lines, v, elems)
	f := gather(lines, v, &sp)
	ev := f.evidence
	if head != nil {
		ev = append(ev, head.confirm(lines, f.titleAt)...)
	}
	md := resolve(ev)
	return cleaned{md, assemble(lines, v, &sp, &f, &md, blocks)}
}
