package segment

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/go-ego/gse"
	"github.com/zhnews/zhnews/segment/internal/dictfile"
)

// gseDir returns the directory of gse in the module cache, or skips.
func gseDir(t *testing.T) string {
	t.Helper()
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/go-ego/gse").Output()
	dir := strings.TrimSpace(string(out))
	if err != nil || dir == "" {
		t.Skipf("gse is not in the module cache: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "data", "dict", "zh", "s_1.txt")); err != nil {
		t.Skipf("gse's dictionary is not in the module cache: %v", err)
	}
	return dir
}

// loadWordList builds a dictionary from a "word freq tag" file (later lines
// win) with the embedded HMM model.
func loadWordList(t *testing.T, path string, gseRules bool) *dictionary {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]dictfile.Entry{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) != 3 {
			t.Fatalf("%s: bad line %q", path, sc.Text())
		}
		n, err := strconv.ParseUint(f[1], 10, 32)
		if err != nil || n == 0 {
			t.Fatalf("%s: bad line %q", path, sc.Text())
		}
		if gseRules && utf8.RuneCountInString(f[0]) == 1 {
			n = 2 // gse's Segmenter.Size gives every single character frequency 2
		}
		m[f[0]] = dictfile.Entry{Word: f[0], Freq: uint32(n), Tag: f[2]}
	}
	entries := make([]dictfile.Entry, 0, len(m))
	for _, e := range m {
		entries = append(entries, e)
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].Word < entries[j].Word })
	b, err := dictfile.EncodeDict(entries)
	if err != nil {
		t.Fatal(err)
	}
	d, err := loadDictionary(string(b), 0, hmmData)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// boundaryAgreement returns the number of token boundaries (offsets inside
// text where a token ends) that both cuts have and that either has. With
// hanOnly, only boundaries between two Han characters count: the places
// where a cut is decided by the dictionary and the HMM rather than by the
// rules for digits, letters, punctuation and white space.
func boundaryAgreement(text string, a, b []string, hanOnly bool) (both, either int) {
	set := func(toks []string) map[int]bool {
		m := map[int]bool{}
		p := 0
		for _, t := range toks[:max(len(toks)-1, 0)] {
			p += len(t)
			if hanOnly {
				r1, _ := utf8.DecodeLastRuneInString(text[:p])
				r2, _ := utf8.DecodeRuneInString(text[p:])
				if !unicode.Is(unicode.Han, r1) || !unicode.Is(unicode.Han, r2) {
					continue
				}
			}
			m[p] = true
		}
		return m
	}
	sa, sb := set(a), set(b)
	for p := range sa {
		if sb[p] {
			both++
		}
	}
	return both, len(sa) + len(sb) - both
}

// hanRuns splits text into runs of Han characters and runs of other
// characters.
func hanRuns(text string) []string {
	var runs []string
	start, prev := 0, -1
	for i, r := range text {
		h := 0
		if unicode.Is(unicode.Han, r) {
			h = 1
		}
		if prev >= 0 && h != prev {
			runs = append(runs, text[start:i])
			start = i
		}
		prev = h
	}
	if start < len(text) {
		runs = append(runs, text[start:])
	}
	return runs
}

func texts(toks []Token) []string {
	s := make([]string, len(toks))
	for i, t := range toks {
		s[i] = t.Text
	}
	return s
}

// TestAgreementWithGse compares the cuts of the five seed bodies with gse's
// own Cut (DAG and HMM) on its full simplified dictionary, and with this
// package driven by the same unmodified dictionary. The rates are logged;
// run with -v to see them.
func TestAgreementWithGse(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the full gse dictionary")
	}
	dir := gseDir(t)
	s1 := filepath.Join(dir, "data", "dict", "zh", "s_1.txt")

	saved := gse.ToLower
	gse.ToLower = false // keep case, so that gse's tokens cover the text
	defer func() { gse.ToLower = saved }()
	var seg gse.Segmenter
	seg.SkipLog = true
	if err := seg.LoadDict(s1); err != nil {
		t.Fatal(err)
	}
	plain := loadWordList(t, s1, false)
	gseLike := loadWordList(t, s1, true)

	seeds, err := filepath.Glob("../testdata/seeds/*.txt")
	if err != nil || len(seeds) != 5 {
		t.Fatalf("want 5 seeds, got %d (%v)", len(seeds), err)
	}
	type pair struct {
		name, a, b string
		hanOnly    bool
		min        float64
	}
	pairs := []pair{
		// The same algorithm on the same data: gse loads every single
		// character with frequency 2 (Segmenter.Size); so does gseLike.
		{"gse Cut vs segment on s_1.txt with gse's single-character frequency 2, between Han characters", "gse", "gseLike", true, 0.99},
		// jieba's frequencies, as this package uses them.
		{"gse Cut vs segment on s_1.txt, between Han characters", "gse", "plain", true, 0.95},
		{"gse Cut vs segment on s_1.txt, all", "gse", "plain", false, 0.90},
		// What domain.txt changes.
		{"segment on s_1.txt vs segment (domain.txt), all", "plain", "ours", false, 0.97},
		{"segment on s_1.txt vs segment (domain.txt), between Han characters", "plain", "ours", true, 0.97},
		{"gse Cut vs segment (domain.txt), between Han characters", "gse", "ours", true, 0.92},
		{"gse Cut vs segment (domain.txt), all", "gse", "ours", false, 0.90},
	}
	sums := make([][2]int, len(pairs))
	for _, p := range seeds {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		// gse's Cut takes log(0) for the digits and letters that start a
		// dictionary word (1号店, A股), after which everything before them
		// is cut by greedy longest match: give it one Han run at a time.
		var gseCut []string
		for _, run := range hanRuns(text) {
			gseCut = append(gseCut, seg.Cut(run, true)...)
		}
		cuts := map[string][]string{
			"gse":     gseCut,
			"plain":   texts(cut(plain, nil, text)),
			"ours":    texts(Cut(text)),
			"gseLike": texts(cut(gseLike, nil, text)),
		}
		if strings.Join(cuts["gse"], "") != text {
			t.Fatalf("%s: gse's tokens do not cover the text", p)
		}
		for i, pr := range pairs {
			both, either := boundaryAgreement(text, cuts[pr.a], cuts[pr.b], pr.hanOnly)
			sums[i][0] += both
			sums[i][1] += either
		}
	}
	for i, pr := range pairs {
		rate := float64(sums[i][0]) / float64(sums[i][1])
		t.Logf("%s: %d of %d boundaries agree (%.2f%%)", pr.name, sums[i][0], sums[i][1], 100*rate)
		if rate < pr.min {
			t.Errorf("%s: agreement %.2f%% < %.0f%%", pr.name, 100*rate, 100*pr.min)
		}
	}
}
