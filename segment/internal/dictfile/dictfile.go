// Package dictfile encodes and decodes the binary files that hold the
// segment package's dictionary and HMM model.
//
// Both files are raw DEFLATE streams (compress/flate) of a little
// byte-oriented format made of unsigned varints (encoding/binary.AppendUvarint)
// and IEEE-754 float64 bit patterns (little endian).
//
// # Dictionary
//
// The dictionary is a trie over runes. Every distinct rune of the word list
// gets a code: the runes that start a word get the codes 1..NRoot in rune
// order, the other runes the codes NRoot+1..len(Runes) in rune order; code 0
// is "no such rune". Nodes are numbered breadth first with the children of
// a node sorted by code, so that the root's children are the nodes 1..NRoot
// (node c is the word prefix made of the rune with code c) and the children
// of node n are the nodes First[n] to First[n+1]-1.
//
//	magic    "zhseg-dict\x01"
//	uvarint  len(Runes), NRoot, number of nodes, len(Tags), Total
//	tags     len(Tags) × (uvarint length, bytes)
//	runes    codes 1..NRoot, then NRoot+1..: uvarint deltas, each group from 0
//	counts   uvarint number of children of every node, root first
//	labels   the code of every node past NRoot, as uvarint deltas from the
//	         previous sibling (the first sibling from 0)
//	freqs    uvarint frequency of every node past the root; 0 = not a word
//	tags     one byte, the index into Tags, for every node with a frequency
//
// # HMM model
//
// The four states are B, M, E, S (begin, middle, end of a word, single
// character), in that order.
//
//	magic    "zhseg-hmm\x01"
//	float64  Start[4], Trans[4][4] (row = from, column = to)
//	uvarint  number of runes; the runes as uvarint deltas (sorted)
//	per rune one byte, bit s set when state s has an emission probability
//	per rune and per set bit, in state order, the float64 log probability
package dictfile

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"unicode/utf8"
)

const (
	dictMagic = "zhseg-dict\x01"
	hmmMagic  = "zhseg-hmm\x01"
)

// Entry is one word of a word list to encode.
type Entry struct {
	Word string
	Freq uint32 // > 0
	Tag  string // part of speech; may be empty
}

// Dict is a decoded dictionary. See the package documentation for the
// meaning of the fields.
type Dict struct {
	Runes []rune   // Runes[c-1] is the rune with code c
	NRoot int      // number of runes that start a word
	First []uint32 // len = nodes+1
	Label []uint16 // code of the last rune of each node's prefix; Label[0] = 0
	Freq  []uint32 // frequency of each node's word; 0 if the prefix is not a word
	Tag   []uint8  // index into Tags of each word node's part of speech
	Tags  []string
	Total uint64 // sum of all frequencies
}

// HMM is a decoded HMM model. Emit[i] holds the emission log probabilities
// of Runes[i] in the states B, M, E, S; states without one hold MinFloat.
type HMM struct {
	Start [4]float64
	Trans [4][4]float64
	Runes []rune
	Emit  [][4]float64
}

// MinFloat is jieba's MIN_FLOAT, the log probability of impossible events.
const MinFloat = -3.14e100

// EncodeDict encodes a word list. Words must be unique, valid UTF-8 and not
// empty; frequencies must be positive.
func EncodeDict(entries []Entry) ([]byte, error) {
	type node struct {
		kids map[rune]*node
		freq uint32
		tag  string
	}
	root := &node{}
	first := map[rune]bool{}
	all := map[rune]bool{}
	tagCount := map[string]int{}
	var total uint64
	for _, e := range entries {
		if e.Word == "" || !utf8.ValidString(e.Word) {
			return nil, fmt.Errorf("dictfile: bad word %q", e.Word)
		}
		if e.Freq == 0 {
			return nil, fmt.Errorf("dictfile: word %q has frequency 0", e.Word)
		}
		n := root
		for i, r := range e.Word {
			if i == 0 {
				first[r] = true
			}
			all[r] = true
			if n.kids == nil {
				n.kids = map[rune]*node{}
			}
			k := n.kids[r]
			if k == nil {
				k = &node{}
				n.kids[r] = k
			}
			n = k
		}
		if n.freq != 0 {
			return nil, fmt.Errorf("dictfile: duplicate word %q", e.Word)
		}
		n.freq, n.tag = e.Freq, e.Tag
		total += uint64(e.Freq)
		tagCount[e.Tag]++
	}

	// Codes.
	var firsts, others []rune
	for r := range all {
		if first[r] {
			firsts = append(firsts, r)
		} else {
			others = append(others, r)
		}
	}
	slices.Sort(firsts)
	slices.Sort(others)
	runes := append(firsts, others...)
	if len(runes) > math.MaxUint16 {
		return nil, errors.New("dictfile: too many distinct runes")
	}
	code := make(map[rune]uint16, len(runes))
	for i, r := range runes {
		code[r] = uint16(i + 1)
	}

	// Tags, most frequent first.
	tags := make([]string, 0, len(tagCount))
	for t := range tagCount {
		tags = append(tags, t)
	}
	slices.SortFunc(tags, func(a, b string) int {
		if tagCount[a] != tagCount[b] {
			return tagCount[b] - tagCount[a]
		}
		return strings.Compare(a, b)
	})
	if len(tags) > 256 {
		return nil, errors.New("dictfile: too many tags")
	}
	tagIndex := map[string]int{}
	for i, t := range tags {
		tagIndex[t] = i
	}

	// Breadth-first order, children by code.
	order := []*node{root}
	labels := []uint16{0}
	for i := 0; i < len(order); i++ {
		n := order[i]
		ks := make([]rune, 0, len(n.kids))
		for r := range n.kids {
			ks = append(ks, r)
		}
		slices.SortFunc(ks, func(a, b rune) int { return int(code[a]) - int(code[b]) })
		for _, r := range ks {
			order = append(order, n.kids[r])
			labels = append(labels, code[r])
		}
	}
	if len(root.kids) != len(firsts) {
		return nil, errors.New("dictfile: internal error: root children")
	}

	var b []byte
	b = append(b, dictMagic...)
	b = binary.AppendUvarint(b, uint64(len(runes)))
	b = binary.AppendUvarint(b, uint64(len(firsts)))
	b = binary.AppendUvarint(b, uint64(len(order)))
	b = binary.AppendUvarint(b, uint64(len(tags)))
	b = binary.AppendUvarint(b, total)
	for _, t := range tags {
		b = binary.AppendUvarint(b, uint64(len(t)))
		b = append(b, t...)
	}
	for _, group := range [][]rune{firsts, others} {
		prev := rune(0)
		for _, r := range group {
			b = binary.AppendUvarint(b, uint64(r-prev))
			prev = r
		}
	}
	for _, n := range order {
		b = binary.AppendUvarint(b, uint64(len(n.kids)))
	}
	// Labels of nodes past the root's children, delta-coded per sibling group.
	next := 1 + len(firsts)
	for _, n := range order[1:] {
		prev := uint16(0)
		for range n.kids {
			l := labels[next]
			b = binary.AppendUvarint(b, uint64(l-prev))
			prev = l
			next++
		}
	}
	if next != len(order) {
		return nil, errors.New("dictfile: internal error: labels")
	}
	for _, n := range order[1:] {
		b = binary.AppendUvarint(b, uint64(n.freq))
	}
	for _, n := range order[1:] {
		if n.freq != 0 {
			b = append(b, byte(tagIndex[n.tag]))
		}
	}
	return deflate(b)
}

// EncodeHMM encodes an HMM model. Runes must be sorted and unique.
func EncodeHMM(m *HMM) ([]byte, error) {
	if len(m.Runes) != len(m.Emit) {
		return nil, errors.New("dictfile: len(Runes) != len(Emit)")
	}
	var b []byte
	b = append(b, hmmMagic...)
	for _, f := range m.Start {
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(f))
	}
	for _, row := range m.Trans {
		for _, f := range row {
			b = binary.LittleEndian.AppendUint64(b, math.Float64bits(f))
		}
	}
	b = binary.AppendUvarint(b, uint64(len(m.Runes)))
	prev := rune(-1)
	for _, r := range m.Runes {
		if r <= prev {
			return nil, errors.New("dictfile: HMM runes not sorted")
		}
		b = binary.AppendUvarint(b, uint64(r-prev-1))
		prev = r
	}
	for _, e := range m.Emit {
		mask := byte(0)
		for s, f := range e {
			if f != MinFloat {
				mask |= 1 << s
			}
		}
		b = append(b, mask)
	}
	for _, e := range m.Emit {
		for _, f := range e {
			if f != MinFloat {
				b = binary.LittleEndian.AppendUint64(b, math.Float64bits(f))
			}
		}
	}
	return deflate(b)
}

func deflate(b []byte) ([]byte, error) {
	var buf bytes.Buffer
	w, err := flate.NewWriter(&buf, flate.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := w.Write(b); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func inflate(data string, sizeHint int) ([]byte, error) {
	r := flate.NewReader(strings.NewReader(data))
	defer r.Close()
	buf := bytes.NewBuffer(make([]byte, 0, sizeHint))
	if _, err := io.Copy(buf, r); err != nil {
		return nil, fmt.Errorf("dictfile: %w", err)
	}
	return buf.Bytes(), nil
}

// Error is the error type of this package.
type Error string

func (e Error) Error() string { return string(e) }

// errCorrupt is a constant so that the package does nothing at init.
const errCorrupt = Error("dictfile: corrupt data")

type reader struct {
	b   []byte
	err bool
}

func (r *reader) uvarint() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.err = true
		r.b = nil
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *reader) bytes(n int) []byte {
	if n < 0 || n > len(r.b) {
		r.err = true
		r.b = nil
		return nil
	}
	v := r.b[:n]
	r.b = r.b[n:]
	return v
}

func (r *reader) float() float64 {
	b := r.bytes(8)
	if b == nil {
		return 0
	}
	return math.Float64frombits(binary.LittleEndian.Uint64(b))
}

// DecodeDict decodes a dictionary written by EncodeDict. sizeHint is the
// expected decompressed size (0 if unknown).
func DecodeDict(data string, sizeHint int) (*Dict, error) {
	raw, err := inflate(data, sizeHint)
	if err != nil {
		return nil, err
	}
	r := &reader{b: raw}
	if string(r.bytes(len(dictMagic))) != dictMagic {
		return nil, errCorrupt
	}
	nRunes, nRoot, nNodes, nTags := r.uvarint(), r.uvarint(), r.uvarint(), r.uvarint()
	total := r.uvarint()
	if r.err || nRunes > math.MaxUint16 || nRoot > nRunes || nNodes < nRoot+1 ||
		nNodes > uint64(len(raw)) || nTags > 256 {
		return nil, errCorrupt
	}
	d := &Dict{
		Runes: make([]rune, nRunes),
		NRoot: int(nRoot),
		First: make([]uint32, nNodes+1),
		Label: make([]uint16, nNodes),
		Freq:  make([]uint32, nNodes),
		Tag:   make([]uint8, nNodes),
		Tags:  make([]string, nTags),
		Total: total,
	}
	for i := range d.Tags {
		d.Tags[i] = string(r.bytes(int(r.uvarint())))
	}
	prev := rune(0)
	for i := range d.Runes {
		if i == d.NRoot {
			prev = 0
		}
		v := r.uvarint()
		if v > utf8.MaxRune {
			return nil, errCorrupt
		}
		prev += rune(v)
		d.Runes[i] = prev
	}
	next := uint64(1)
	for i := range d.Label {
		d.First[i] = uint32(next)
		next += r.uvarint()
		if next > nNodes {
			return nil, errCorrupt
		}
	}
	d.First[nNodes] = uint32(next)
	if next != nNodes || uint64(d.First[1]) != nRoot+1 {
		return nil, errCorrupt
	}
	for c := 1; c <= d.NRoot; c++ {
		d.Label[c] = uint16(c)
	}
	for n := 1; n < len(d.Label); n++ {
		l := uint64(0)
		for k := d.First[n]; k < d.First[n+1]; k++ {
			l += r.uvarint()
			if l == 0 || l > nRunes {
				return nil, errCorrupt
			}
			d.Label[k] = uint16(l)
		}
	}
	words := 0
	for n := 1; n < len(d.Freq); n++ {
		f := r.uvarint()
		if f > math.MaxUint32 {
			return nil, errCorrupt
		}
		d.Freq[n] = uint32(f)
		if f != 0 {
			words++
		}
	}
	tags := r.bytes(words)
	if r.err || len(r.b) != 0 {
		return nil, errCorrupt
	}
	for n := 1; n < len(d.Freq); n++ {
		if d.Freq[n] != 0 {
			if int(tags[0]) >= len(d.Tags) {
				return nil, errCorrupt
			}
			d.Tag[n] = tags[0]
			tags = tags[1:]
		}
	}
	return d, nil
}

// DecodeHMM decodes an HMM model written by EncodeHMM.
func DecodeHMM(data string) (*HMM, error) {
	raw, err := inflate(data, 0)
	if err != nil {
		return nil, err
	}
	r := &reader{b: raw}
	if string(r.bytes(len(hmmMagic))) != hmmMagic {
		return nil, errCorrupt
	}
	m := &HMM{}
	for i := range m.Start {
		m.Start[i] = r.float()
	}
	for i := range m.Trans {
		for j := range m.Trans[i] {
			m.Trans[i][j] = r.float()
		}
	}
	n := r.uvarint()
	if r.err || n > uint64(len(r.b)) {
		return nil, errCorrupt
	}
	m.Runes = make([]rune, n)
	m.Emit = make([][4]float64, n)
	prev := rune(-1)
	for i := range m.Runes {
		v := r.uvarint()
		if v > utf8.MaxRune {
			return nil, errCorrupt
		}
		prev += rune(v) + 1
		m.Runes[i] = prev
	}
	masks := r.bytes(int(n))
	for i := range m.Emit {
		for s := range 4 {
			if masks != nil && masks[i]&(1<<s) != 0 {
				m.Emit[i][s] = r.float()
			} else {
				m.Emit[i][s] = MinFloat
			}
		}
	}
	if r.err || len(r.b) != 0 {
		return nil, errCorrupt
	}
	return m, nil
}
