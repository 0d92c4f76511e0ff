package segment

// HMM states, in jieba's order.
const (
	sB = iota // begins a word
	sM        // inside a word
	sE        // ends a word
	sS        // a single-character word
)

// prevStates are jieba's PrevStatus: the states that may precede each state.
var prevStates = [4][2]uint8{
	sB: {sE, sS},
	sM: {sM, sB},
	sE: {sB, sM},
	sS: {sS, sE},
}

// letterRank orders the states as jieba's tuple comparison does on ties:
// by their letters, B < E < M < S.
var letterRank = [4]uint8{sB: 0, sM: 2, sE: 1, sS: 3}

// viterbi cuts the run [a, b) of Han units, all known to the model, with
// jieba's finalseg HMM and emits the words.
func (c *cutter) viterbi(a, b int) {
	n := b - a
	switch n {
	case 0:
		return
	case 1:
		c.emitWord(a, a)
		return
	}
	d, cells := c.d, c.cells
	if cap(c.vback) < 4*n {
		c.vback = make([]uint8, 4*n)
		c.vst = make([]uint8, n)
	}
	back, st := c.vback[:4*n], c.vst[:n]

	var v [4]float64
	em := &d.emit[cells[a].code]
	for y := range v {
		v[y] = d.start[y] + em[y]
	}
	for t := 1; t < n; t++ {
		em := &d.emit[cells[a+t].code]
		var nv [4]float64
		for y := range nv {
			p := prevStates[y]
			y0, y1 := p[0], p[1]
			p0 := v[y0] + d.trans[y0][y] + em[y]
			p1 := v[y1] + d.trans[y1][y] + em[y]
			if p1 > p0 || p1 == p0 && letterRank[y1] > letterRank[y0] {
				nv[y], back[4*t+y] = p1, y1
			} else {
				nv[y], back[4*t+y] = p0, y0
			}
		}
		v = nv
	}
	last := uint8(sS)
	if v[sE] > v[sS] {
		last = sE
	}
	st[n-1] = last
	for t := n - 1; t > 0; t-- {
		st[t-1] = back[4*t+int(st[t])]
	}

	// A word starts at B or S (or after a word ends) and ends after E or S,
	// which for a valid path is exactly jieba's reading.
	begin := 0
	for t := 0; t < n; t++ {
		s := st[t]
		if (s == sB || s == sS) && t > begin {
			c.emitSpan(a+begin, a+t-1)
			begin = t
		}
		if s == sE || s == sS {
			c.emitSpan(a+begin, a+t)
			begin = t + 1
		}
	}
	if begin < n {
		c.emitSpan(a+begin, b-1)
	}
}

// emitSpan emits units i..j found by the HMM as one token.
func (c *cutter) emitSpan(i, j int) {
	if i == j {
		c.emitWord(i, i)
		return
	}
	c.emit(i, j, c.posOf(c.wordRef(c.span(i, j)), i, j))
}
