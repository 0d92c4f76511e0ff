package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
)

// -update is accepted, so that go test ./... -update runs in every package.
var _ = flag.Bool("update", false, "rewrite golden files (none in this package)")

const seed = "../../testdata/seeds/001_e08975f28c061b20.txt"

// TestBadInputs checks that a binary file, an empty file and a missing file
// each give a "path: reason" line, an error record, and exit status 1, while
// the other files on the command line are still processed, in order.
func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	binary := filepath.Join(dir, "image.png")
	os.WriteFile(binary, []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"), 0o644)
	empty := filepath.Join(dir, "empty.txt")
	os.WriteFile(empty, nil, 0o644)
	missing := filepath.Join(dir, "missing.txt")

	var stdout, stderr bytes.Buffer
	code := run([]string{"-json", binary, seed, empty, missing, seed}, nil, &stdout, &stderr)
	if code != 1 {
		t.Errorf("exit status %d, want 1", code)
	}
	recs := records(t, stdout.Bytes())
	wantPaths := []string{binary, seed, empty, missing, seed}
	for i, r := range recs {
		if r["path"] != wantPaths[i] {
			t.Errorf("record %d is %v, want %s", i, r["path"], wantPaths[i])
		}
		_, failed := r["error"]
		if failed != (wantPaths[i] != seed) {
			t.Errorf("record %d (%s): error field %v", i, wantPaths[i], r["error"])
		}
	}
	if len(recs) != 5 {
		t.Fatalf("%d records, want 5", len(recs))
	}
	errs := strings.Split(strings.TrimSpace(stderr.String()), "\n")
	if len(errs) != 4 || !strings.HasPrefix(errs[3], "extract: 5 documents, 3 errors") {
		t.Fatalf("stderr:\n%s", stderr.String())
	}
	for i, want := range []string{binary + ": ", empty + ": ", missing + ": "} {
		if !strings.HasPrefix(errs[i], want) {
			t.Errorf("stderr line %d = %q, want prefix %q", i, errs[i], want)
		}
	}
	for _, word := range []string{"binary", "empty", "no such file"} {
		if !strings.Contains(stderr.String(), word) {
			t.Errorf("stderr does not say %q:\n%s", word, stderr.String())
		}
	}
}

// records decodes JSON Lines output.
func records(t *testing.T, out []byte) []map[string]any {
	t.Helper()
	var recs []map[string]any
	for _, line := range bytes.Split(bytes.TrimSpace(out), []byte("\n")) {
		if len(line) == 0 {
			continue
		}
		var r map[string]any
		if err := json.Unmarshal(line, &r); err != nil {
			t.Fatalf("not JSON: %v: %.100s", err, line)
		}
		recs = append(recs, r)
	}
	return recs
}

func TestExitStatus(t *testing.T) {
	for _, c := range []struct {
		args []string
		want int
	}{
		{[]string{seed}, 0},
		{[]string{"-json", seed}, 0},
		{[]string{"-nosuchflag", seed}, 2},
		{nil, 2},
	} {
		var out, errb bytes.Buffer
		if got := run(c.args, nil, &out, &errb); got != c.want {
			t.Errorf("run(%q) = %d, want %d; stderr: %s", c.args, got, c.want, errb.String())
		}
	}
}

func TestStdin(t *testing.T) {
	page, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if code := run([]string{"-json", "-"}, bytes.NewReader(page), &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var rec map[string]any
	if err := json.Unmarshal(out.Bytes(), &rec); err != nil {
		t.Fatal(err)
	}
	if rec["path"] != "-" || rec["title"] == "" || rec["format"] != "text" {
		t.Errorf("record = %v", rec)
	}
}

// TestTextView checks the readable view of an article.
func TestTextView(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run([]string{"-removed", seed}, nil, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	s := out.String()
	for _, want := range []string{"Title:", "Published: 2021-12-31T09:00:14", "Source:", "Authors:", "-- removed --", "[nav]"} {
		if !strings.Contains(s, want) {
			t.Errorf("text view lacks %q:\n%s", want, s)
		}
	}
}

// TestContract runs ../shared/tools/check-contract.py over the JSON output
// for every fixture, when ../shared and python3 are there.
func TestContract(t *testing.T) {
	checker := "../../../shared/tools/check-contract.py"
	if _, err := os.Stat(checker); err != nil {
		t.Skip("no ../shared/tools/check-contract.py")
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("no python3")
	}
	pages, _ := filepath.Glob("../../testdata/seeds/*.txt")
	more, _ := filepath.Glob("../../testdata/text/*.txt")
	pages = append(pages, more...)
	var out, errb bytes.Buffer
	if code := run(append([]string{"-json"}, pages...), nil, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	cmd := exec.Command(python, checker)
	cmd.Stdin = &out
	res, err := cmd.CombinedOutput()
	if err != nil {
		t.Errorf("check-contract: %v\n%s", err, res)
	}
	t.Logf("%s", bytes.TrimSpace(res))
}

// TestTokens checks -tokens: in JSON every token is the exact substring of
// the body at its offsets and the tokens cover the body; the text view
// separates them with "/".
func TestTokens(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run([]string{"-json", "-tokens", seed}, nil, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var rec struct {
		Body   string `json:"body"`
		Tokens []struct {
			Text       string
			Start, End int
			Pos        string
		} `json:"tokens"`
	}
	if err := json.Unmarshal(out.Bytes(), &rec); err != nil {
		t.Fatal(err)
	}
	if len(rec.Tokens) == 0 {
		t.Fatal("no tokens")
	}
	next := 0
	for _, tok := range rec.Tokens {
		if tok.Start != next || rec.Body[tok.Start:tok.End] != tok.Text || tok.Pos == "" {
			t.Fatalf("token %+v at %d does not fit the body", tok, next)
		}
		next = tok.End
	}
	if next != len(rec.Body) {
		t.Errorf("tokens end at %d, body is %d bytes", next, len(rec.Body))
	}

	out.Reset()
	if code := run([]string{"-tokens", seed}, nil, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if !strings.Contains(out.String(), "招商引资/") {
		t.Errorf("text view has no /-separated tokens:\n%.300s", out.String())
	}

	out.Reset()
	run([]string{"-json", seed}, nil, &out, &errb)
	if strings.Contains(out.String(), `"tokens"`) {
		t.Error("tokens written without -tokens")
	}
}

// TestRefAndRaw checks -raw (no cleaning, facts only) and -ref (the
// reference date when the text states none).
func TestRefAndRaw(t *testing.T) {
	dir := t.TempDir()
	body := filepath.Join(dir, "body.txt")
	os.WriteFile(body, []byte("3月14日，投资2.2亿元的年产5万吨新材料项目开工。\n"), 0o644)
	var out, errb bytes.Buffer
	if code := run([]string{"-json", "-raw", "-ref", "2022-09-27", body}, nil, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	for _, want := range []string{`"value":"2022-03-14"`, `"value":220000000`, `"kind":"capacity"`, `"kind":"project"`} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %s:\n%s", want, out.String())
		}
	}
	out.Reset()
	run([]string{"-json", "-raw", body}, nil, &out, &errb)
	if strings.Contains(out.String(), `"kind":"date"`) {
		t.Errorf("a year-less date without -ref:\n%s", out.String())
	}
	if code := run([]string{"-ref", "yesterday", body}, nil, &out, &errb); code != 2 {
		t.Errorf("bad -ref: exit %d, want 2", code)
	}
}

// TestBatch checks directories (recursive, by extension), JSON Lines input,
// and that with many workers the output keeps the input order.
func TestBatch(t *testing.T) {
	dir := t.TempDir()
	page, _ := os.ReadFile(seed)
	html, _ := os.ReadFile("../../testdata/html/seed_001.html")
	var want []string
	for i := range 30 {
		sub := filepath.Join(dir, fmt.Sprintf("d%d", i%3))
		os.MkdirAll(sub, 0o755)
		name := filepath.Join(sub, fmt.Sprintf("p%02d.txt", i))
		os.WriteFile(name, page, 0o644)
		want = append(want, name)
	}
	os.WriteFile(filepath.Join(dir, "skip.bin"), []byte{0, 1, 2}, 0o644)
	sort.Strings(want)
	var out, errb bytes.Buffer
	if code := run([]string{"-json", "-j", "4", dir}, nil, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	recs := records(t, out.Bytes())
	if len(recs) != len(want) {
		t.Fatalf("%d records, want %d", len(recs), len(want))
	}
	for i, r := range recs {
		if r["path"] != want[i] {
			t.Fatalf("record %d is %v, want %s (order)", i, r["path"], want[i])
		}
	}

	// JSON Lines of crawled records, from a file and from standard input.
	var jl bytes.Buffer
	enc := json.NewEncoder(&jl)
	enc.Encode(map[string]string{"url": "https://a.example/1", "text": string(page)})
	enc.Encode(map[string]string{"url": "https://a.example/2", "html": string(html)})
	jl.WriteString("not json\n")
	enc.Encode(map[string]string{"url": "https://a.example/3"})
	jfile := filepath.Join(dir, "crawl.jsonl")
	os.WriteFile(jfile, jl.Bytes(), 0o644)
	for _, args := range [][]string{{"-json", "-jsonl-in", jfile}, {"-json", "-jsonl-in", "-"}} {
		out.Reset()
		errb.Reset()
		code := run(args, bytes.NewReader(jl.Bytes()), &out, &errb)
		if code != 1 {
			t.Errorf("%v: exit %d, want 1 (two bad records)", args, code)
		}
		recs := records(t, out.Bytes())
		if len(recs) != 4 {
			t.Fatalf("%v: %d records, want 4", args, len(recs))
		}
		if recs[0]["url"] != "https://a.example/1" || recs[0]["format"] != "text" || recs[1]["format"] != "html" {
			t.Errorf("%v: records %v / %v", args, recs[0]["url"], recs[1]["format"])
		}
		if _, bad := recs[2]["error"]; !bad {
			t.Errorf("%v: no error for a line that is not JSON", args)
		}
		if _, bad := recs[3]["error"]; !bad {
			t.Errorf("%v: no error for a record without html or text", args)
		}
		if !strings.HasSuffix(recs[1]["path"].(string), ":2") {
			t.Errorf("%v: path %v", args, recs[1]["path"])
		}
	}
}

// TestProgressLine checks the progress line: a bar once the total is known
// (from the enumerated documents, or from the bytes of the inputs), done
// out of total, rate and ETA.
func TestProgressLine(t *testing.T) {
	b := newBatch(&config{workers: 1}, nil, nil, io.Discard)
	b.start = time.Now().Add(-2 * time.Second)
	b.done, b.found = 5, 10
	if got := b.progressLine(); !strings.HasPrefix(got, "5/10+ documents, ") || !strings.HasSuffix(got, "ETA ?") {
		t.Errorf("still enumerating: %q", got)
	}
	b.totalSize, b.bytesRead = 400, 100
	if got := b.progressLine(); !strings.HasPrefix(got, "[#####...............] 5/10+ documents, ") {
		t.Errorf("bytes known: %q", got)
	}
	b.enumDone = true
	got := b.progressLine()
	if !strings.HasPrefix(got, "[##########..........] 5/10 documents, ") || !strings.Contains(got, "docs/s") || !strings.HasSuffix(got, "ETA 2s") {
		t.Errorf("all enumerated: %q", got)
	}
}
