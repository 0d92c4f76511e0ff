package t2s

import (
	"bufio"
	"bytes"
	"go/build"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// These tests compare the package with the opencc command-line tool. They
// are skipped when opencc is not installed, except for the golden file
// comparison, which only needs opencc to regenerate the golden file.

func lookOpenCC(t *testing.T) string {
	t.Helper()
	path, err := exec.LookPath("opencc")
	if err != nil {
		t.Skip("opencc not installed")
	}
	return path
}

// opencc converts text with "opencc -c config".
func opencc(t *testing.T, path, config, text string) string {
	t.Helper()
	cmd := exec.Command(path, "-c", config)
	cmd.Stdin = strings.NewReader(text)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("opencc -c %s: %v\n%s", config, err, stderr.Bytes())
	}
	return string(out)
}

func splitLines(s string) []string {
	return strings.Split(strings.TrimSuffix(s, "\n"), "\n")
}

// gseWords returns the words of the gse Simplified and Traditional
// dictionaries if the module is in the module cache.
func gseWords(t *testing.T) []string {
	cache := os.Getenv("GOMODCACHE")
	if cache == "" {
		cache = filepath.Join(build.Default.GOPATH, "pkg", "mod")
	}
	dir := filepath.Join(cache, "github.com", "go-ego", "gse@v0.80.3", "data", "dict", "zh")
	var words []string
	for _, name := range []string{"s_1.txt", "t_1.txt"} {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			t.Logf("gse dictionary not used: %v", err)
			return nil
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if w, _, _ := strings.Cut(sc.Text(), " "); w != "" {
				words = append(words, w)
			}
		}
		f.Close()
	}
	return words
}

// equivalenceCorpus builds lines of Traditional (and some Simplified) text.
func equivalenceCorpus(t *testing.T, path string) []string {
	rng := rand.New(rand.NewPCG(1, 2))
	var simp []string // Simplified source lines
	var corpus []string
	for _, s := range seeds(t) {
		corpus = append(corpus, splitLines(s.text)...)
		if !s.traditional {
			simp = append(simp, splitLines(s.text)...)
		}
	}
	if words := gseWords(t); len(words) > 0 {
		for i := 0; i < 1500; i++ {
			var b strings.Builder
			for j := 0; j < 20; j++ {
				b.WriteString(words[rng.IntN(len(words))])
			}
			simp = append(simp, b.String())
		}
	}
	// Traditional renderings of the Simplified lines.
	joined := strings.Join(simp, "\n") + "\n"
	for _, config := range []string{"s2t.json", "s2tw.json", "s2hk.json", "s2twp.json"} {
		corpus = append(corpus, splitLines(opencc(t, path, config, joined))...)
	}
	corpus = append(corpus, simp...)

	// Phrase stress: every phrase, cut and spliced with other phrases and
	// characters, so that longest-match and overlaps are exercised.
	tab := load()
	var chars []string
	for line := range lines(tsCharacters) {
		key, _, _ := strings.Cut(line, "\t")
		chars = append(chars, key)
	}
	ph := tab.phrases
	pick := func() string { return ph[rng.IntN(len(ph))].from }
	for _, p := range ph {
		r := []rune(p.from)
		for k := 1; k <= len(r); k++ {
			q := []rune(pick())
			corpus = append(corpus,
				chars[rng.IntN(len(chars))]+string(r[:k])+string(q[rng.IntN(len(q)):])+string(r[k:])+pick())
		}
	}
	for i := 0; i < 1000; i++ {
		var b strings.Builder
		for j := 0; j < 12; j++ {
			if rng.IntN(10) < 7 {
				q := []rune(pick())
				b.WriteString(string(q[:1+rng.IntN(len(q))]))
			} else {
				b.WriteString(chars[rng.IntN(len(chars))])
			}
		}
		corpus = append(corpus, b.String())
	}
	for _, c := range conversions {
		if !strings.ContainsAny(c.in, "\r\n") && strings.ToValidUTF8(c.in, "") == c.in && c.in != "" {
			corpus = append(corpus, c.in)
		}
	}
	return corpus
}

func TestOpenCCEquivalence(t *testing.T) {
	path := lookOpenCC(t)
	corpus := equivalenceCorpus(t, path)
	want := splitLines(opencc(t, path, "t2s.json", strings.Join(corpus, "\n")+"\n"))
	if len(want) != len(corpus) {
		t.Fatalf("opencc returned %d lines for %d", len(want), len(corpus))
	}
	bytesIn, changed, bad := 0, 0, 0
	for i, line := range corpus {
		bytesIn += len(line)
		got := String(line)
		if got != line {
			changed++
		}
		if got != want[i] {
			bad++
			if bad <= 20 {
				t.Errorf("line %d:\n in:     %q\n got:    %q\n opencc: %q", i, line, got, want[i])
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d of %d lines differ from opencc", bad, len(corpus))
	}
	if len(corpus) < 2000 {
		t.Errorf("corpus has only %d lines", len(corpus))
	}
	t.Logf("%d lines (%d bytes, %d changed by conversion) identical to opencc -c t2s.json", len(corpus), bytesIn, changed)
}

// TestSeedTraditional checks the real Traditional seed against the output of
// opencc, line by line: live when opencc is installed, and against the
// golden file otherwise. With -update and opencc installed, it rewrites the
// golden file from opencc's output.
func TestSeedTraditional(t *testing.T) {
	in := seedText(t, seedTraditional)
	golden := filepath.Join("testdata", strings.TrimSuffix(seedTraditional, ".txt")+".t2s.golden")
	var want string
	if path, err := exec.LookPath("opencc"); err == nil {
		want = opencc(t, path, "t2s.json", in)
		if *update {
			if err := os.WriteFile(golden, []byte(want), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	} else {
		if *update {
			t.Logf("opencc not installed: %s not updated", golden)
		}
		data, err := os.ReadFile(golden)
		if err != nil {
			t.Fatal(err)
		}
		want = string(data)
	}
	gotLines, wantLines := strings.Split(String(in), "\n"), strings.Split(want, "\n")
	if len(gotLines) != len(wantLines) {
		t.Fatalf("got %d lines, opencc %d", len(gotLines), len(wantLines))
	}
	for i := range gotLines {
		if gotLines[i] != wantLines[i] {
			t.Errorf("line %d:\n got:    %q\n opencc: %q", i+1, gotLines[i], wantLines[i])
		}
	}
	if data, err := os.ReadFile(golden); err != nil || string(data) != want {
		t.Errorf("golden file %s is stale or missing (run go test -update): %v", golden, err)
	}
}
