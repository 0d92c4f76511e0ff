package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	beamlog "github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
)

// The tests run the pipeline on the prism runner (ptest's default) and
// compare its output with the batch program's, examples/extract, built from
// this checkout and run on the same inputs with the same flags.
//
// go test's result cache only sees files inside this module: a change to
// examples/extract or to the fixtures alone does not invalidate a cached
// pass. Run with -count=1 (as .ci/run does) to compare for real.

// scratch is the test's TMPDIR: every loopback run leaves an empty
// beamloopbackworker-* file in the temporary directory.
var scratch string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "zhnews-beam-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	scratch = dir
	os.Setenv("TMPDIR", dir)
	beamlog.LogLevel = "warn"
	code := ptest.MainRet(m)
	os.RemoveAll(dir)
	os.Exit(code)
}

// The repository's fixtures, as globs relative to this directory.
var fixtures = []string{"../../testdata/seeds/*.txt", "../../testdata/text/*.txt", "../../testdata/html/*.html"}

func TestFixturesMatchBatch(t *testing.T) {
	skipShort(t)
	files := glob(t, fixtures)
	if len(files) < 20 {
		t.Fatalf("found %d fixtures, want at least 20", len(files))
	}
	c := Config{Inputs: fixtures, Ref: "2024-01-01"}
	out := compare(t, c, append([]string{"-json", "-ref", "2024-01-01"}, files...))
	if n := bytes.Count(out, []byte("\n")); n != len(files) {
		t.Errorf("%d records for %d files", n, len(files))
	}
}

func TestFixturesTokensMatchBatch(t *testing.T) {
	skipShort(t)
	files := glob(t, fixtures[:1])
	c := Config{Inputs: fixtures[:1], Tokens: true}
	out := compare(t, c, append([]string{"-json", "-tokens"}, files...))
	if n := bytes.Count(out, []byte(`,"tokens":[{"text":`)); n != len(files) {
		t.Errorf("%d records with tokens for %d files", n, len(files))
	}
}

// TestTooLargeMatchesBatch has documents over the size limit: their error
// records must be the program's too.
func TestTooLargeMatchesBatch(t *testing.T) {
	skipShort(t)
	files := glob(t, fixtures)
	c := Config{Inputs: fixtures, MaxBytes: 8000}
	out := compare(t, c, append([]string{"-json", "-max-bytes", "8000"}, files...))
	if n := bytes.Count(out, []byte(`"error":"input too large`)); n == 0 || n == len(files) {
		t.Errorf("%d of %d documents too large, want some but not all", n, len(files))
	}
}

func TestJSONLinesMatchBatch(t *testing.T) {
	skipShort(t)
	html, err := os.ReadFile("../../testdata/html/seed_001.html")
	if err != nil {
		t.Fatal(err)
	}
	text, err := os.ReadFile("../../testdata/seeds/002_539cb1c13df0ec7d.txt")
	if err != nil {
		t.Fatal(err)
	}
	line := func(v any) string {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	dir := t.TempDir()
	a := filepath.Join(dir, "a.jsonl")
	b := filepath.Join(dir, "b.jsonl")
	write(t, a, strings.Join([]string{
		line(map[string]string{"url": "https://example.com/1", "html": string(html)}), // 1
		"",                      // 2: blank, skipped but counted
		`{"url": "broken", "ht`, // 3: not JSON
		line(map[string]string{"url": "https://example.com/4", "text": string(text)}) + "\r", // 4: CRLF
		line(map[string]string{"url": "https://example.com/5"}),                              // 5: neither field
		`{"text": "` + strings.Repeat("很长", 10000) + `"}`,                                    // 6: over the limit
		line(map[string]string{"text": "2024年3月1日，某公司签约10亿元项目。"}),                            // 7: no final newline
	}, "\n"))
	write(t, b, line(map[string]string{"url": "https://example.com/b1", "html": string(html)})+"\n")
	c := Config{Inputs: []string{filepath.Join(dir, "*.jsonl")}, JSONL: true, Ref: "2024-06-30", MaxBytes: 50000}
	out := compare(t, c, []string{"-json", "-jsonl-in", "-ref", "2024-06-30", "-max-bytes", "50000", a, b})
	for _, want := range []string{`"path":"` + a + `:3"`, `"path":"` + a + `:4","url":"https://example.com/4"`, `"path":"` + a + `:6"`, `"path":"` + a + `:7"`, `"path":"` + b + `:1"`} {
		if !bytes.Contains(out, []byte(want)) {
			t.Errorf("no record with %s", want)
		}
	}
	if n := bytes.Count(out, []byte("\n")); n != 7 {
		t.Errorf("%d records, want 7", n)
	}
}

func TestFormatCounts(t *testing.T) {
	sums := map[string]int{"date": 3, "money": 1, "zeta": 2, "alpha": 4}
	var keys []string
	for k := range sums {
		keys = append(keys, k)
	}
	i := 0
	iter := func(k *string, n *int) bool {
		if i == len(keys) {
			return false
		}
		*k, *n = keys[i], sums[keys[i]]
		i++
		return true
	}
	got := formatCounts(iter)
	want := "money\t1\ncapacity\t0\ndate\t3\nproject\t0\ncompany\t0\nalpha\t4\nzeta\t2"
	if got != want {
		t.Errorf("formatCounts = %q, want %q", got, want)
	}
}

func skipShort(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("runs the pipeline on prism and builds examples/extract; skipped with -short")
	}
}

// compare runs the pipeline of c and the batch program with args, checks
// that their records are the same (sorted by path, byte for byte) and that
// the pipeline's counts agree with the records and with the program's
// summary, and returns the pipeline's records, sorted.
func compare(t *testing.T, c Config, args []string) []byte {
	t.Helper()
	dir := t.TempDir()
	c.Output = filepath.Join(dir, "records.jsonl")
	c.Counts = filepath.Join(dir, "counts.tsv")
	p, s := beam.NewPipelineWithRoot()
	Build(s, c)
	if err := ptest.Run(p); err != nil {
		t.Fatalf("pipeline: %v", err)
	}
	got := sortedLines(t, read(t, c.Output))

	want, summary := runBatch(t, args)
	wantLines := sortedLines(t, want)
	if len(got) != len(wantLines) {
		t.Errorf("pipeline wrote %d records, the program %d", len(got), len(wantLines))
	}
	for i := range min(len(got), len(wantLines)) {
		if !bytes.Equal(got[i], wantLines[i]) {
			t.Errorf("record %d differs:\npipeline: %.300s\nprogram:  %.300s", i, got[i], wantLines[i])
		}
	}

	// The counts: as many of each kind as the records hold, and as the
	// program's summary line says.
	counts := read(t, c.Counts)
	fromRecords := map[string]int{}
	failed := 0
	for _, l := range got {
		var r struct {
			Facts []struct{ Kind string }
			Error *string
		}
		if err := json.Unmarshal(l, &r); err != nil {
			t.Fatalf("record %.100s: %v", l, err)
		}
		if r.Error != nil {
			failed++
		}
		for _, f := range r.Facts {
			fromRecords[f.Kind]++
		}
	}
	var wantCounts, fromSummary strings.Builder
	for _, k := range Kinds {
		fmt.Fprintf(&wantCounts, "%s\t%d\n", k, fromRecords[string(k)])
		fmt.Fprintf(&fromSummary, "%s %d, ", k, fromRecords[string(k)])
	}
	if string(counts) != wantCounts.String() {
		t.Errorf("counts:\n%s\nwant, from the records:\n%s", counts, wantCounts.String())
	}
	if len(got) > 1 { // the program writes a summary for more than one document
		m := regexp.MustCompile(`(\d+) documents, (\d+) errors; facts: ([^;]*);`).FindStringSubmatch(summary)
		if m == nil {
			t.Fatalf("no summary in the program's standard error:\n%s", summary)
		}
		if m[1] != strconv.Itoa(len(got)) || m[2] != strconv.Itoa(failed) || m[3]+", " != fromSummary.String() {
			t.Errorf("program's summary %q; pipeline: %d documents, %d errors, facts %s", m[0], len(got), failed, fromSummary.String())
		}
	}
	if failed == len(got) {
		t.Errorf("all %d documents failed", failed)
	}
	return bytes.Join(got, nil)
}

var (
	buildOnce  sync.Once
	extractBin string
	buildErr   error
)

// runBatch runs examples/extract with args and returns its standard output
// and standard error. Exit status 1 (some document failed) is expected.
func runBatch(t *testing.T, args []string) (stdout []byte, stderr string) {
	t.Helper()
	buildOnce.Do(func() {
		extractBin = filepath.Join(scratch, "extract")
		cmd := exec.Command("go", "build", "-C", "../..", "-o", extractBin, "./examples/extract")
		if out, err := cmd.CombinedOutput(); err != nil {
			buildErr = fmt.Errorf("building examples/extract: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	var out, errOut bytes.Buffer
	cmd := exec.Command(extractBin, args...)
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Run(); err != nil {
		if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 {
			t.Fatalf("extract %s: %v\n%s", strings.Join(args[:min(len(args), 6)], " "), err, errOut.String())
		}
	}
	return out.Bytes(), errOut.String()
}

// sortedLines splits JSON Lines into records, each with its "\n", sorted
// by path (the records start with it) and, for equal paths, by content.
func sortedLines(t *testing.T, b []byte) [][]byte {
	t.Helper()
	if len(b) > 0 && b[len(b)-1] != '\n' {
		t.Errorf("output does not end with a newline")
	}
	lines := bytes.SplitAfter(b, []byte("\n"))
	if len(lines[len(lines)-1]) == 0 {
		lines = lines[:len(lines)-1]
	}
	slices.SortFunc(lines, bytes.Compare)
	return lines
}

func glob(t *testing.T, patterns []string) []string {
	t.Helper()
	var files []string
	for _, p := range patterns {
		m, err := filepath.Glob(p)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	return files
}

func read(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func write(t *testing.T, path, s string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}
