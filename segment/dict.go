package segment

import (
	"math"
	"sync"
	"sync/atomic"

	"github.com/zhnews/zhnews/segment/internal/dictfile"
)

// dictionary is the read-only base dictionary and HMM model, decoded from
// the embedded data.
type dictionary struct {
	code   []uint16        // rune → code, for runes below 0x10000
	astral map[rune]uint16 // rune → code, for the others
	nRoot  uint32          // codes 1..nRoot start a word; node c is their prefix
	first  []uint32        // children of node n are first[n] .. first[n+1]-1
	label  []uint16        // code of the last rune of each node
	logf   []float64       // log(frequency) of each node's word; -Inf if not a word
	tag    []uint8         // part-of-speech index of each word node
	tags   []string

	total    float64 // sum of all frequencies
	logTotal float64

	start [4]float64    // HMM start log probabilities, states B M E S
	trans [4][4]float64 // HMM transition log probabilities
	emit  [][4]float64  // HMM emission log probabilities by code
	known []bool        // known[code]: the HMM has an emission for the rune
	words int           // number of words
}

var (
	baseOnce   sync.Once
	baseDict   *dictionary
	baseLoaded atomic.Bool // for tests: the dictionary has been decoded
)

// base returns the embedded dictionary, decoding it on first use.
func base() *dictionary {
	baseOnce.Do(func() {
		d, err := loadDictionary(dictData, dictRawSize, hmmData)
		if err != nil {
			panic("segment: corrupt embedded dictionary: " + err.Error())
		}
		baseDict = d
		baseLoaded.Store(true)
	})
	return baseDict
}

// loadDictionary decodes a dictionary and an HMM model written by
// internal/dictfile into a fresh, independent dictionary.
func loadDictionary(dictData string, sizeHint int, hmmData string) (*dictionary, error) {
	dd, err := dictfile.DecodeDict(dictData, sizeHint)
	if err != nil {
		return nil, err
	}
	hm, err := dictfile.DecodeHMM(hmmData)
	if err != nil {
		return nil, err
	}
	d := &dictionary{
		code:  make([]uint16, 0x10000),
		nRoot: uint32(dd.NRoot),
		first: dd.First,
		label: dd.Label,
		tag:   dd.Tag,
		tags:  dd.Tags,
		total: float64(dd.Total),
		start: hm.Start,
		trans: hm.Trans,
	}
	d.logTotal = math.Log(d.total)
	ncodes := len(dd.Runes)
	for i, r := range dd.Runes {
		d.setCode(r, uint16(i+1))
	}
	// Runes known only to the HMM get codes past the dictionary's.
	for _, r := range hm.Runes {
		if d.codeOf(r) == 0 {
			if ncodes+1 > math.MaxUint16 {
				return nil, errTooManyRunes
			}
			ncodes++
			d.setCode(r, uint16(ncodes))
		}
	}
	d.emit = make([][4]float64, ncodes+1)
	d.known = make([]bool, ncodes+1)
	for i := range d.emit {
		d.emit[i] = [4]float64{dictfile.MinFloat, dictfile.MinFloat, dictfile.MinFloat, dictfile.MinFloat}
	}
	for i, r := range hm.Runes {
		c := d.codeOf(r)
		d.emit[c] = hm.Emit[i]
		d.known[c] = true
	}
	d.logf = make([]float64, len(dd.Freq))
	negInf := math.Inf(-1)
	for n, f := range dd.Freq {
		if f == 0 {
			d.logf[n] = negInf
		} else {
			d.logf[n] = math.Log(float64(f))
			d.words++
		}
	}
	return d, nil
}

type dictError string

func (e dictError) Error() string { return string(e) }

const errTooManyRunes = dictError("too many distinct runes")

func (d *dictionary) setCode(r rune, c uint16) {
	if r < 0x10000 {
		d.code[r] = c
		return
	}
	if d.astral == nil {
		d.astral = map[rune]uint16{}
	}
	d.astral[r] = c
}

// codeOf returns the code of r, 0 if no word or HMM emission has r.
func (d *dictionary) codeOf(r rune) uint16 {
	if uint32(r) < 0x10000 {
		return d.code[r]
	}
	return d.astral[r]
}

// step returns the child of node n (0 = the root) labelled with code c, or
// 0 if there is none.
func (d *dictionary) step(n uint32, c uint16) uint32 {
	if n == 0 {
		if c != 0 && uint32(c) <= d.nRoot {
			return uint32(c)
		}
		return 0
	}
	lo, hi := d.first[n], d.first[n+1]
	for hi-lo > 8 {
		m := lo + (hi-lo)/2
		if d.label[m] < c {
			lo = m + 1
		} else {
			hi = m + 1 // the first label >= c is in [lo, hi)
		}
	}
	for ; lo < hi; lo++ {
		if l := d.label[lo]; l >= c {
			if l == c {
				return lo
			}
			return 0
		}
	}
	return 0
}

// walk follows the runes of s from node n (0 = the root) and returns the
// node reached, or 0. With fold, ASCII upper-case letters are looked up as
// lower case.
func (d *dictionary) walk(n uint32, s string, fold bool) uint32 {
	for _, r := range s {
		if fold && 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		if n = d.step(n, d.codeOf(r)); n == 0 {
			return 0
		}
	}
	return n
}

// lookup returns the node of word s if s is a word, else 0.
func (d *dictionary) lookup(s string) uint32 {
	if s == "" {
		return 0
	}
	n := d.walk(0, s, false)
	if n != 0 && d.logf[n] > math.Inf(-1) {
		return n
	}
	return 0
}

// pos returns the part-of-speech tag of word node n.
func (d *dictionary) pos(n uint32) string { return d.tags[d.tag[n]] }
