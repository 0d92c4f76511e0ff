// Package segment cuts Chinese text into words.
//
// It implements the algorithm of jieba (https://github.com/fxsjy/jieba) in
// accurate mode with the HMM: the runs of Han characters, Latin letters and
// digits of a text are matched against a dictionary, every way of covering
// them with dictionary words is scored by the product of the words'
// probabilities (frequency / total frequency), and the best cover is found
// by dynamic programming; runs of single characters that the dictionary
// leaves unexplained are cut by jieba's hidden Markov model (the finalseg
// B/M/E/S model, decoded with the Viterbi algorithm), which finds words the
// dictionary does not know, such as names.
//
//	for _, t := range segment.Cut("湖北楚天化工有限公司年产5万吨") {
//		fmt.Print(t.Text, "/", t.Pos, " ") // 湖北/ns 楚天/nr 化工/n 有限公司/n 年产/v 5/m 万吨/m
//	}
//
// # Tokens
//
// Cut returns every byte of its input in exactly one Token, in order: the
// Texts of the tokens joined together give back the input, white space,
// punctuation and invalid UTF-8 included, and each Text is the substring of
// the input between Start and End. Nothing is normalized: case, width and
// script are kept as they are (normalize first with the extract/fold and
// extract/t2s packages). The text is divided as follows:
//
//   - A run of Han characters is cut into words by the dictionary and the HMM.
//   - A number, ASCII or other decimal digits with decimal points, thousands
//     separators (a comma followed by exactly three digits) and an optional
//     trailing %, is one token: 2.2, 1,200, 50%, 2021.
//   - A run of Latin letters (A-Z, a-z, accented and full-width Latin letters)
//     is one token: RD, iPhone.
//   - A dictionary word made of such runs and Han characters, or of runs and
//     punctuation, covers them: A股, 4S店, C++, AT&T. A number or a run of
//     letters is never split: A股 is not found in AB股.
//   - A run of white space is one token; any other rune (punctuation,
//     symbols) is a token of its own, and so is each byte of invalid UTF-8.
//     A run of letters of another script (Cyrillic, kana, Hangul…) is one
//     token.
//
// Words are looked up as they are written. When a word with ASCII
// upper-case letters is not in the dictionary, its lower-case form is
// looked up too and may decide the cut; the token keeps the text as
// written.
//
// # Parts of speech
//
// Token.Pos is the jieba part-of-speech tag of the word in the dictionary
// (n noun, nr person, ns place, nt organization, nz other proper noun,
// v verb, vn verbal noun, a adjective, d adverb, m numeral, q classifier,
// t time, f direction, p preposition, c conjunction, u…/uj/ul particles,
// r pronoun, l idiom, i chengyu, j abbreviation, x non-word, and the other
// tags of jieba's dict.txt), or one of these:
//
//	m    a number (2.2, 1,200, 50%)
//	eng  a run of Latin letters
//	x    white space, punctuation, symbols, invalid bytes, other scripts
//	un   Han text that is not a dictionary word: a word found by the HMM,
//	     or a single character the dictionary does not have
//	nz   a word added by AddWords or New without a tag that is not in the
//	     dictionary
//
// # Dictionary
//
// The dictionary is gse's simplified Chinese dictionary (data/dict/zh/s_1.txt
// of github.com/go-ego/gse, derived from jieba's dict.txt: 352,000 words
// with frequencies and tags) amended by domain.txt, about 170 words of
// investment and industry news (units such as 亿元 and 万吨, 招商引资,
// 有限公司, 年产), which take precedence over the base entries. It is
// compiled into the package (1.4 MB of DEFLATE-compressed trie and HMM
// model) and decoded on first use, or by Load, into about 8 MB of read-only
// tables in about 40 ms; nothing is read from disk and nothing is done at
// init.
//
// Scores follow jieba exactly, with float64 natural logarithms: a word of
// frequency f scores log(f) − log(total), where total is the sum of all
// frequencies (plus the positive frequencies of added words). A single
// character that is not a word, including a character that only starts
// longer words, counts as a word of frequency 1, as in jieba; a prefix that
// is not a word is never a candidate. Ties go to the longer word. As in
// jieba's __cut_DAG, the units that the best cover leaves alone (Han
// characters, numbers, runs of letters and the punctuation + # & . _ % -)
// are buffered, and a buffered run of two or more units that is not itself
// a word has its runs of Han characters cut by the HMM; characters the HMM
// has no probabilities for stand alone.
//
// On the same dictionary, the cuts between Han characters are those of
// jieba 0.42 (Tokenizer.cut with the HMM) except that numbers and runs of
// letters are never split (jieba cuts RD版 as R|D版 because D版 is a word), a
// character that only starts longer words stays a candidate on its own, and
// a character without HMM probabilities stands alone instead of giving
// every state of its run jieba's MIN_FLOAT, which makes the run's tags
// arbitrary.
//
// # Adding words
//
// AddWords adds words to the default Segmenter; New returns a Segmenter
// with its own added words. Added words take precedence over the
// dictionary's entries for the same text. Word.Freq decides how:
//
//	Freq > 0   the word is a dictionary word of that frequency and tag
//	Freq == 0  the word wins wherever it occurs: among all cuts, those that
//	           cover the most runes with such words are preferred, and only
//	           then are probabilities compared
//	Freq < 0   the text is no longer a word (jieba's del_word)
//
// Added words match whole tokens as defined above (the word "AB" never
// matches inside "ABC"), as written; as for dictionary words, text with
// ASCII upper-case letters that matches no word as written may match an
// added word in lower case. Empty words, words that are not valid UTF-8 and
// words with white space are ignored.
//
// # Concurrency
//
// All functions and methods are safe for concurrent use. AddWords replaces
// the set of added words atomically (copy-on-write), so a Cut running
// meanwhile sees the words either before or after the call.
//
// # Provenance
//
// dict.bin, hmm.bin and zdata.go are generated by gen.go ("go generate")
// from gse (version in zdata.go; Apache-2.0 or MIT), whose Chinese
// dictionary and HMM model derive from jieba (MIT, Copyright (c) 2013 Sun
// Junyi), and from domain.txt. See the NOTICE file at the root of the
// repository.
package segment

//go:generate go run gen.go

import (
	"math"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
)

// Token is one word of a text. Text == text[Start:End] always.
type Token struct {
	Text       string
	Start, End int    // byte offsets into the text
	Pos        string // part-of-speech tag; see the package documentation
}

// Word is a word to add to a Segmenter.
type Word struct {
	Text string
	// Freq is the word's frequency on the dictionary's scale (的 is about
	// 320,000, the total about 5.8e7). 0 makes the word win wherever it
	// occurs; a negative frequency removes the word. See the package
	// documentation.
	Freq int
	// Pos is the part-of-speech tag; empty means the dictionary's tag if
	// the word is in the dictionary, else "nz".
	Pos string
}

// A Segmenter cuts text into words with the embedded dictionary plus words
// of its own. Create one with New (the zero value also works, with no added
// words) and do not copy it. A Segmenter is safe for concurrent use.
type Segmenter struct {
	mu sync.Mutex              // serializes AddWords
	ov atomic.Pointer[overlay] // nil: no added words
}

// std is the default Segmenter used by Cut and AddWords.
var std Segmenter

// New returns a Segmenter that uses the embedded dictionary (shared, and
// loaded on first use) plus the given words.
func New(words ...Word) *Segmenter {
	s := &Segmenter{}
	s.AddWords(words...)
	return s
}

// Load decodes the embedded dictionary now instead of on the first Cut.
// It is idempotent and safe for concurrent use.
func Load() { base() }

// Cut cuts text into words with the default Segmenter. It loads the
// dictionary on first use.
func Cut(text string) []Token { return std.Cut(text) }

// AddWords adds words to the default Segmenter. It is safe to call while
// other goroutines Cut.
func AddWords(words ...Word) { std.AddWords(words...) }

// Cut cuts text into words. The tokens cover text exactly; see the package
// documentation. Cut returns nil for the empty text.
func (s *Segmenter) Cut(text string) []Token {
	if text == "" {
		return nil
	}
	return cut(base(), s.ov.Load(), text)
}

// AddWords adds words to s, replacing earlier added words with the same
// text. It is safe to call while other goroutines use s.
func (s *Segmenter) AddWords(words ...Word) {
	if len(words) == 0 {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if ov := s.ov.Load().with(words); ov != nil {
		s.ov.Store(ov)
	}
}

// overlay is an immutable set of added words.
type overlay struct {
	keys   map[string]int32 // word → index into words; proper prefixes → -1
	words  []userWord
	extra  float64 // sum of the positive frequencies, added to the total
	forced bool    // some word has Freq 0
}

type userWord struct {
	text    string
	freq    int
	logf    float64 // log(freq); 0 for Freq 0 words; -Inf for removed words
	pos     string
	forced  bool
	removed bool
}

// with returns a copy of ov (which may be nil) with words added, or nil if
// no word is valid.
func (ov *overlay) with(words []Word) *overlay {
	n := &overlay{keys: map[string]int32{}}
	if ov != nil {
		n.words = append(n.words, ov.words...)
		for k, v := range ov.keys {
			n.keys[k] = v
		}
	}
	changed := false
	for _, w := range words {
		if w.Text == "" || !utf8.ValidString(w.Text) || strings.IndexFunc(w.Text, unicode.IsSpace) >= 0 {
			continue
		}
		changed = true
		u := userWord{text: w.Text, freq: w.Freq, pos: w.Pos}
		switch {
		case w.Freq > 0:
			u.logf = math.Log(float64(w.Freq))
		case w.Freq == 0:
			u.forced = true
		default:
			u.removed = true
			u.logf = math.Inf(-1)
		}
		if i, ok := n.keys[w.Text]; ok && i >= 0 {
			n.words[i] = u
		} else {
			n.keys[w.Text] = int32(len(n.words))
			n.words = append(n.words, u)
		}
		for i := range w.Text {
			if i > 0 {
				if _, ok := n.keys[w.Text[:i]]; !ok {
					n.keys[w.Text[:i]] = -1
				}
			}
		}
	}
	if !changed {
		return nil
	}
	for _, u := range n.words {
		if u.freq > 0 {
			n.extra += float64(u.freq)
		}
		if u.forced {
			n.forced = true
		}
	}
	return n
}
