package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files (none in this package)")

const seed = "../../testdata/seeds/001_e08975f28c061b20.txt"

// TestBadInputs checks that a binary file, an empty file and a missing file
// each give a "path: reason" line and exit status 1, while the other files
// on the command line are still processed.
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
	if n := strings.Count(stdout.String(), "\n"); n != 2 {
		t.Errorf("%d JSON records, want 2 (the good files)", n)
	}
	errs := strings.Split(strings.TrimSpace(stderr.String()), "\n")
	if len(errs) != 3 {
		t.Fatalf("stderr has %d lines, want 3:\n%s", len(errs), stderr.String())
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
