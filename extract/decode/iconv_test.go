package decode

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// run runs a command with stdin and returns its standard output.
func run(t *testing.T, stdin []byte, name string, args ...string) []byte {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Stdin = bytes.NewReader(stdin)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil && len(out) == 0 {
		t.Fatalf("%s %v: %v: %s", name, args, err, stderr.Bytes())
	}
	return out
}

// TestIconv cross-checks decoding against iconv and OpenCC, when installed:
// the seeds and short snippets are encoded with iconv (dropping characters
// the target lacks, with -c), and the result of Bytes must equal iconv's own
// decoding of the same bytes, which for GB18030 and Big5-HKSCS is the
// original text exactly.
func TestIconv(t *testing.T) {
	if _, err := exec.LookPath("iconv"); err != nil {
		t.Skip("iconv not installed")
	}
	_, openccErr := exec.LookPath("opencc")
	paths, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "seeds", "*.txt"))
	var inputs []struct {
		name       string
		simp, trad []byte
	}
	for _, p := range paths {
		simp, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		trad, err := os.ReadFile(filepath.Join("testdata", "s2t", filepath.Base(p)))
		if err != nil {
			t.Fatal(err)
		}
		if openccErr == nil {
			if got := run(t, simp, "opencc", "-c", "s2t.json"); !bytes.Equal(got, trad) {
				t.Errorf("testdata/s2t/%s is not opencc s2t of the seed", filepath.Base(p))
			}
		}
		inputs = append(inputs, struct {
			name       string
			simp, trad []byte
		}{filepath.Base(p), simp, trad})
	}
	for _, s := range [][2]string{
		{"今天天气很好我们去公园散步", "今天天氣很好我們去公園散步"},
		{"中国", "臺灣"},
		{"新闻", "新聞"},
		{"Hello 世界, price 100元", "Hello 世界, price 100元"},
		{"<title>国家统计局</title>", "<title>國家統計局</title>"},
	} {
		inputs = append(inputs, struct {
			name       string
			simp, trad []byte
		}{s[0], []byte(s[0]), []byte(s[1])})
	}
	for _, in := range inputs {
		for _, c := range []struct {
			charset string
			text    []byte
			want    []Encoding
			exact   bool
		}{
			{"gbk", in.simp, []Encoding{GBK}, false},
			{"gb18030", in.simp, []Encoding{GBK, GB18030}, true},
			{"big5", in.trad, []Encoding{Big5}, false},
			{"big5-hkscs", in.trad, []Encoding{Big5}, false},
		} {
			enc := run(t, c.text, "iconv", "-c", "-f", "utf-8", "-t", c.charset)
			back := run(t, enc, "iconv", "-f", c.charset, "-t", "utf-8")
			if c.exact && !bytes.Equal(back, c.text) {
				t.Fatalf("%s %s: iconv round trip is lossy", in.name, c.charset)
			}
			out, got, err := Bytes(enc)
			switch {
			case err != nil:
				t.Errorf("%s in %s: %v", in.name, c.charset, err)
			case got != c.want[0] && (len(c.want) < 2 || got != c.want[1]):
				t.Errorf("%s in %s: detected %s", in.name, c.charset, got)
			case !bytes.Equal(out, back):
				t.Errorf("%s in %s: decoded text differs from iconv's", in.name, c.charset)
			}
		}
	}
}
