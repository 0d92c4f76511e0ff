package segment

import (
	"math"
	"unicode"
	"unicode/utf8"
)

// Kinds of unit. A unit is the smallest piece of text a token is made of:
// a Han rune, a number, a run of Latin letters, a run of white space, …
const (
	kHan     uint8 = iota // one Han rune
	kNum                  // a number: 1,200.5%
	kEng                  // a run of Latin letters
	kOther                // punctuation, symbol, or a run of letters of another script
	kSpace                // a run of white space; ends a block
	kInvalid              // one byte of invalid UTF-8; ends a block
)

const (
	fMulti uint8 = 1 << iota // the unit has more than one rune
	fUpper                   // the unit has ASCII upper-case letters
)

// Chunking bounds the scratch memory of a Cut: the text is processed in
// chunks of at most maxChunkUnits units and maxChunkBytes bytes, ended
// preferably at white space or non-ASCII punctuation once softChunkUnits
// units have been read. A unit is at most maxUnitBytes long.
const (
	softChunkUnits = 1 << 14
	maxChunkUnits  = 1 << 16
	maxChunkBytes  = 1 << 24
	maxUnitBytes   = 1 << 16
)

// cell is a unit and its best route. The unit starts where the previous
// one ends (see startOf).
type cell struct {
	end   int32 // byte offset of the end of the unit in the chunk
	code  uint16
	kind  uint8
	flags uint8
	next  int32   // last unit of the best word starting here
	ref   int32   // that word: > 0 base node, < 0 added word -(i+1), 0 none
	score float64 // log probability of the best route from here to the block end
}

// startOf returns the byte offset of the start of unit i in the chunk.
func startOf(cells []cell, i int) int32 {
	if i == 0 {
		return 0
	}
	return cells[i-1].end
}

// span returns the text of units i..j.
func (c *cutter) span(i, j int) string {
	return c.text[startOf(c.cells, i):c.cells[j].end]
}

type cand struct {
	j      int32
	ref    int32
	lf     float64
	forced bool
}

type cutter struct {
	d     *dictionary
	ov    *overlay
	logT  float64
	text  string // the chunk
	base  int    // offset of the chunk in the input
	cells []cell
	fc    []int32 // runes covered by Freq 0 words, per cell, when ov.forced
	cands []cand
	lower []byte
	vback []uint8
	vst   []uint8
	toks  []Token
}

func cut(d *dictionary, ov *overlay, text string) []Token {
	c := &cutter{d: d, ov: ov, logT: d.logTotal}
	if ov != nil && len(ov.words) == 0 {
		c.ov = nil
	}
	if c.ov != nil && c.ov.extra > 0 {
		c.logT = math.Log(d.total + c.ov.extra)
	}
	// Every unit has at least one rune, and there are about 0.55 tokens per
	// rune in Chinese news text.
	runes := utf8.RuneCountInString(text)
	n := min(runes, maxChunkUnits) + 1
	c.cells = make([]cell, 0, n)
	c.toks = make([]Token, 0, runes*5/8+4)
	for p := 0; p < len(text); {
		q := c.scan(text, p)
		c.text, c.base = text[p:q], p
		c.chunk()
		p = q
	}
	return c.toks
}

// scan reads the units of a chunk starting at p into c.cells, followed by
// a sentinel, and returns the end of the chunk.
func (c *cutter) scan(text string, p int) int {
	d := c.d
	cells := c.cells[:0]
	i := p
	for i < len(text) {
		if n := len(cells); n >= softChunkUnits || i-p >= maxChunkBytes-2*maxUnitBytes {
			last := &cells[n-1]
			if n >= maxChunkUnits || i-p >= maxChunkBytes-2*maxUnitBytes ||
				last.kind == kSpace || last.kind == kInvalid ||
				(last.kind == kOther && last.flags&fMulti == 0 && text[p+int(startOf(cells, n-1))] >= utf8.RuneSelf) {
				break
			}
		}
		s := i
		b := text[i]
		var kind, flags uint8
		var code uint16
		if b < utf8.RuneSelf {
			switch {
			case '0' <= b && b <= '9':
				kind, i = kNum, scanNumber(text, i)
			case 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z':
				kind = kEng
				i, flags = scanLatin(text, i)
			case b == ' ' || '\t' <= b && b <= '\r':
				kind, i = kSpace, scanSpace(text, i)
			default:
				kind, i = kOther, i+1
			}
			if i-s == 1 {
				code = d.code[b]
			} else {
				flags |= fMulti
			}
		} else {
			r, size := utf8.DecodeRuneInString(text[i:])
			switch {
			case r == utf8.RuneError && size == 1:
				kind, i = kInvalid, i+1
			case 0x4E00 <= r && r <= 0x9FFF || unicode.Is(unicode.Han, r):
				kind, i = kHan, i+size
			case unicode.IsDigit(r):
				kind, i = kNum, scanNumber(text, i)
			case unicode.Is(unicode.Latin, r):
				kind = kEng
				i, flags = scanLatin(text, i)
			case unicode.IsSpace(r):
				kind, i = kSpace, scanSpace(text, i)
			case unicode.IsLetter(r):
				kind, i = kOther, scanLetters(text, i)
			default:
				kind, i = kOther, i+size
			}
			if i <= s { // cannot happen; guarantees progress
				kind, i = kOther, s+size
			}
			if i-s == size {
				code = d.codeOf(r)
			} else {
				flags |= fMulti
			}
		}
		cells = append(cells, cell{end: int32(i - p), code: code, kind: kind, flags: flags})
	}
	cells = append(cells, cell{end: int32(i - p), kind: kSpace})
	c.cells = cells
	return i
}

func isDigitAt(text string, i int) (size int) {
	if i >= len(text) {
		return 0
	}
	if b := text[i]; b < utf8.RuneSelf {
		if '0' <= b && b <= '9' {
			return 1
		}
		return 0
	}
	r, n := utf8.DecodeRuneInString(text[i:])
	if unicode.IsDigit(r) {
		return n
	}
	return 0
}

// scanNumber returns the end of the number starting at i: digits, then
// groups of "." and digits or "," and exactly three digits, then "%".
func scanNumber(text string, i int) int {
	s := i
	digits := func() int {
		n := 0
		for i-s < maxUnitBytes {
			k := isDigitAt(text, i)
			if k == 0 {
				break
			}
			i += k
			n++
		}
		return n
	}
	digits()
	for i+1 < len(text) && i-s < maxUnitBytes {
		switch text[i] {
		case '.':
			if isDigitAt(text, i+1) == 0 {
				return i
			}
			i++
			digits()
			continue
		case ',':
			j := i
			i++
			if digits() != 3 {
				return j
			}
			continue
		}
		break
	}
	if i < len(text) && text[i] == '%' {
		i++
	}
	return i
}

// scanLatin returns the end of the run of Latin letters (and combining
// marks) starting at i, and fUpper if it has ASCII upper-case letters.
func scanLatin(text string, i int) (int, uint8) {
	s := i
	var flags uint8
	for i < len(text) && i-s < maxUnitBytes {
		b := text[i]
		if b < utf8.RuneSelf {
			if 'a' <= b && b <= 'z' {
				i++
				continue
			}
			if 'A' <= b && b <= 'Z' {
				flags = fUpper
				i++
				continue
			}
			break
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if !(unicode.Is(unicode.Latin, r) || i > s && unicode.Is(unicode.Mn, r)) {
			break
		}
		i += n
	}
	return i, flags
}

// scanSpace returns the end of the run of white space starting at i.
func scanSpace(text string, i int) int {
	s := i
	for i < len(text) && i-s < maxUnitBytes {
		b := text[i]
		if b < utf8.RuneSelf {
			if b == ' ' || '\t' <= b && b <= '\r' {
				i++
				continue
			}
			break
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	return i
}

// scanLetters returns the end of the run of letters and combining marks,
// neither Han nor Latin, starting at i.
func scanLetters(text string, i int) int {
	s := i
	for i < len(text) && i-s < maxUnitBytes {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r < utf8.RuneSelf || r == utf8.RuneError ||
			unicode.Is(unicode.Han, r) || unicode.Is(unicode.Latin, r) ||
			!(unicode.IsLetter(r) || i > s && unicode.IsMark(r)) {
			break
		}
		i += n
	}
	return i
}

// chunk cuts the units in c.cells, block by block.
func (c *cutter) chunk() {
	cells := c.cells
	n := len(cells) - 1 // without the sentinel
	if c.ov != nil && c.ov.forced {
		if cap(c.fc) < len(cells) {
			c.fc = make([]int32, len(cells))
		}
		c.fc = c.fc[:len(cells)]
	}
	for i := 0; i < n; {
		if k := cells[i].kind; k == kSpace || k == kInvalid {
			c.emit(i, i, "x")
			i++
			continue
		}
		j := i + 1
		for j < n && cells[j].kind != kSpace && cells[j].kind != kInvalid {
			j++
		}
		c.route(i, j)
		c.emitBlock(i, j)
		i = j
	}
}

// route computes the best route of every unit of the block [bs, be), right
// to left, as jieba's get_DAG and calc do.
func (c *cutter) route(bs, be int) {
	d, cells, text, logT := c.d, c.cells, c.text, c.logT
	cells[be].score = 0
	if c.fc != nil {
		c.fc[be] = 0
	}
	upper := be // first unit at or after i with upper case
	for i := be - 1; i >= bs; i-- {
		ci := &cells[i]
		if ci.flags&fUpper != 0 {
			upper = i
		}
		if c.ov != nil || upper < be && upper-i < 16 {
			c.routeSlow(i, be, upper < be)
			continue
		}
		next := cells[i+1].score
		best, bestJ, ref := (0-logT)+next, i, uint32(0)
		var n uint32
		if ci.flags&fMulti == 0 {
			n = d.step(0, ci.code)
		} else {
			n = d.walk(0, text[startOf(cells, i):ci.end], false)
		}
		if n != 0 {
			if lf := d.logf[n]; lf > math.Inf(-1) {
				best, ref = (lf-logT)+next, n
			}
			for j := i + 1; j < be; j++ {
				cj := &cells[j]
				if cj.flags&fMulti == 0 {
					n = d.step(n, cj.code)
				} else {
					n = d.walk(n, text[cells[j-1].end:cj.end], false)
				}
				if n == 0 {
					break
				}
				if s := (d.logf[n] - logT) + cells[j+1].score; s >= best {
					best, bestJ, ref = s, j, n
				}
			}
		}
		ci.score, ci.next, ci.ref = best, int32(bestJ), int32(ref)
	}
}

// routeSlow is route for one unit when there are added words or upper-case
// letters nearby.
func (c *cutter) routeSlow(i, be int, fold bool) {
	d, cells, text := c.d, c.cells, c.text
	ci := &cells[i]
	negInf := math.Inf(-1)
	cands := append(c.cands[:0], cand{j: int32(i)}) // the unit alone, frequency 1

	// Dictionary words as written.
	var n uint32
	for j := i; j < be; j++ {
		cj := &cells[j]
		if j > i && n == 0 {
			break
		}
		if cj.flags&fMulti == 0 {
			n = d.step(n, cj.code)
		} else {
			n = d.walk(n, text[startOf(cells, j):cj.end], false)
		}
		if n != 0 && d.logf[n] > negInf {
			if j == i {
				cands[0] = cand{j: int32(i), ref: int32(n), lf: d.logf[n]}
			} else {
				cands = append(cands, cand{j: int32(j), ref: int32(n), lf: d.logf[n]})
			}
		}
	}
	// Added words replace dictionary words.
	if ov := c.ov; ov != nil {
		for j := i; j < be; j++ {
			x, ok := ov.keys[text[startOf(cells, i):cells[j].end]]
			if !ok {
				break
			}
			if x < 0 {
				continue
			}
			w := &ov.words[x]
			k := cand{j: int32(j), ref: -(x + 1), lf: w.logf, forced: w.forced}
			if j == i && w.removed {
				k.lf = 0 // the unit alone is always possible
			}
			if m := findCand(cands, j); m >= 0 {
				cands[m] = k
			} else {
				cands = append(cands, k)
			}
		}
	}
	// Where the text as written is no word, added words and then
	// dictionary words in lower case.
	if fold {
		if ov := c.ov; ov != nil {
			lower := c.lower[:0]
			for j := i; j < be; j++ {
				lower = appendLower(lower, text[startOf(cells, j):cells[j].end])
				x, ok := ov.keys[string(lower)]
				if !ok {
					break
				}
				if x < 0 || ov.words[x].removed || j > i && findCand(cands, j) >= 0 || j == i && cands[0].ref != 0 {
					continue
				}
				w := &ov.words[x]
				k := cand{j: int32(j), ref: -(x + 1), lf: w.logf, forced: w.forced}
				if j == i {
					cands[0] = k
				} else {
					cands = append(cands, k)
				}
			}
			c.lower = lower
		}
		n = 0
		for j := i; j < be; j++ {
			if j > i && n == 0 {
				break
			}
			n = d.walk(n, text[startOf(cells, j):cells[j].end], true)
			if n == 0 || d.logf[n] == negInf {
				continue
			}
			k := cand{j: int32(j), ref: int32(n), lf: d.logf[n]}
			if j == i {
				if cands[0].ref == 0 {
					cands[0] = k
				}
			} else if findCand(cands, j) < 0 {
				cands = append(cands, k)
			}
		}
	}

	best, bestJ, bestRef, bestF := negInf, int32(-1), int32(0), int32(-1)
	for _, k := range cands {
		if k.lf == negInf {
			continue
		}
		s := (k.lf - c.logT) + cells[k.j+1].score
		var f int32
		if c.fc != nil {
			f = c.fc[k.j+1]
			if k.forced {
				f += int32(utf8.RuneCountInString(text[startOf(cells, i):cells[k.j].end]))
			}
		}
		if f > bestF || f == bestF && (s > best || s == best && k.j > bestJ) {
			best, bestJ, bestRef, bestF = s, k.j, k.ref, f
		}
	}
	ci.score, ci.next, ci.ref = best, bestJ, bestRef
	if c.fc != nil {
		c.fc[i] = bestF
	}
	c.cands = cands
}

// findCand returns the index of the candidate ending at unit j, or -1.
func findCand(cands []cand, j int) int {
	for m := range cands {
		if cands[m].j == int32(j) {
			return m
		}
	}
	return -1
}

// appendLower appends s to b with ASCII upper-case letters in lower case.
func appendLower(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

// emitBlock emits the tokens of the block [bs, be) along the best route, as
// jieba's __cut_DAG does: runs of units that the route leaves alone are
// buffered and flushed through the HMM.
func (c *cutter) emitBlock(bs, be int) {
	cells := c.cells
	buf := -1
	for x := bs; x < be; {
		cx := &cells[x]
		y := int(cx.next)
		if y == x && c.buffered(x) {
			if buf < 0 {
				buf = x
			}
			x++
			continue
		}
		if buf >= 0 {
			c.flush(buf, x)
			buf = -1
		}
		c.emitWord(x, y)
		x = y + 1
	}
	if buf >= 0 {
		c.flush(buf, be)
	}
}

// buffered reports whether a unit that the route leaves alone joins the
// buffer of jieba's __cut_DAG: Han runes, numbers, Latin letters and the
// punctuation of jieba's re_han_default (+#&._%-), but not a unit that is
// an added word of Freq 0.
func (c *cutter) buffered(x int) bool {
	cx := &c.cells[x]
	if cx.ref < 0 && c.ov.words[-cx.ref-1].forced {
		return false
	}
	switch cx.kind {
	case kHan, kNum, kEng:
		return true
	case kOther:
		if cx.flags&fMulti == 0 {
			switch c.text[startOf(c.cells, x)] {
			case '+', '#', '&', '.', '_', '%', '-':
				return true
			}
		}
	}
	return false
}

// emitWord emits units i..j as one token along the route.
func (c *cutter) emitWord(i, j int) {
	ci := &c.cells[i]
	if i == j {
		switch ci.kind {
		case kNum:
			c.emit(i, j, "m")
			return
		case kEng:
			c.emit(i, j, "eng")
			return
		case kHan:
		default:
			c.emit(i, j, "x")
			return
		}
	}
	c.emit(i, j, c.posOf(ci.ref, i, j))
}

func (c *cutter) emit(i, j int, pos string) {
	a, b := startOf(c.cells, i), c.cells[j].end
	c.toks = append(c.toks, Token{Text: c.text[a:b], Start: c.base + int(a), End: c.base + int(b), Pos: pos})
}

// posOf returns the tag of the word ref (see cell.ref) spanning units i..j.
func (c *cutter) posOf(ref int32, i, j int) string {
	switch {
	case ref > 0:
		return c.d.pos(uint32(ref))
	case ref < 0:
		w := &c.ov.words[-ref-1]
		if w.removed {
			return "un"
		}
		if w.pos != "" {
			return w.pos
		}
		if n := c.d.lookup(w.text); n != 0 {
			return c.d.pos(n)
		}
		return "nz"
	}
	return "un"
}

// wordRef returns the ref of s if s is a word (added or in the dictionary),
// else 0.
func (c *cutter) wordRef(s string) int32 {
	if c.ov != nil {
		if x, ok := c.ov.keys[s]; ok && x >= 0 {
			if c.ov.words[x].removed {
				return 0
			}
			return -(x + 1)
		}
	}
	return int32(c.d.lookup(s))
}

// flush emits the buffered units [a, b) as jieba's __cut_DAG does: one
// unit as it is; a run that is itself a word unit by unit; otherwise each
// run of Han units through the HMM (finalseg) and the other units alone.
func (c *cutter) flush(a, b int) {
	if b-a == 1 {
		c.emitWord(a, a)
		return
	}
	if c.wordRef(c.span(a, b-1)) != 0 {
		for k := a; k < b; k++ {
			c.emitWord(k, k)
		}
		return
	}
	for k := a; k < b; {
		if c.cells[k].kind != kHan {
			c.emitWord(k, k)
			k++
			continue
		}
		e := k + 1
		for e < b && c.cells[e].kind == kHan {
			e++
		}
		c.hmm(k, e)
		k = e
	}
}

// hmm cuts the run [a, b) of Han units with the HMM. Runes the model has
// no probabilities for stand alone and split the run: jieba would give
// them MIN_FLOAT in every state, which swamps the scores of their run.
func (c *cutter) hmm(a, b int) {
	s := a
	for k := a; k < b; k++ {
		if !c.d.known[c.cells[k].code] {
			c.viterbi(s, k)
			c.emitWord(k, k)
			s = k + 1
		}
	}
	c.viterbi(s, b)
}
