package main

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/zhnews/zhnews/extract"
)

// The tests of this file are those of a run left unattended over a crawl:
// nothing may be lost silently, nothing may hang, and the exit status must
// say whether every document was read.

// TestHostileRuns drives whole runs that once lost output or hung: a write
// to a full disk, a FIFO in a crawl, a symbolic link to a directory and a
// link loop, a panic in the library, invalid UTF-8 in JSON Lines, a gzip
// bomb, and inputs that name nothing to read.
func TestHostileRuns(t *testing.T) {
	dir := t.TempDir()
	pages := filepath.Join(dir, "pages")
	os.MkdirAll(pages, 0o755)
	copyFile(t, seed, filepath.Join(pages, "a.txt"))
	copyFile(t, "../../testdata/html/seed_001.html", filepath.Join(pages, "b.html"))

	t.Run("write to a full disk", func(t *testing.T) {
		full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
		if err != nil {
			t.Skip("no /dev/full")
		}
		defer full.Close()
		var errb bytes.Buffer
		if code := run([]string{"-json", pages}, nil, full, &errb); code != 1 {
			t.Errorf("exit %d, want 1; stderr: %s", code, errb.String())
		}
		if !strings.Contains(errb.String(), "writing output") || !strings.Contains(errb.String(), "no space left") {
			t.Errorf("stderr does not say the write failed: %s", errb.String())
		}
	})

	t.Run("symbolic link to a directory, and a link loop", func(t *testing.T) {
		link := filepath.Join(dir, "link")
		if err := os.Symlink(pages, link); err != nil {
			t.Skip(err)
		}
		os.Symlink("..", filepath.Join(pages, "loop")) // pages/loop → dir, which holds link → pages
		defer os.Remove(filepath.Join(pages, "loop"))
		var out, errb bytes.Buffer
		code := run([]string{"-json", link}, nil, &out, &errb)
		recs := records(t, out.Bytes())
		if code != 0 || len(recs) != 2 {
			t.Fatalf("exit %d, %d records, want 0 and 2 (each page once); stderr: %s", code, len(recs), errb.String())
		}
		if recs[0]["path"] != filepath.Join(link, "a.txt") {
			t.Errorf("path %v, want it under the link as named", recs[0]["path"])
		}
	})

	t.Run("a FIFO in a crawl, and named", func(t *testing.T) {
		fifo := filepath.Join(pages, "pipe.txt")
		if err := syscall.Mkfifo(fifo, 0o644); err != nil {
			t.Skip(err)
		}
		defer os.Remove(fifo)
		var out, errb bytes.Buffer
		code := runWithin(t, 10*time.Second, []string{"-json", pages}, nil, &out, &errb)
		if code != 0 || len(records(t, out.Bytes())) != 2 || !strings.Contains(errb.String(), "skipped: named pipe") {
			t.Errorf("walk: exit %d, stderr %s", code, errb.String())
		}
		out.Reset()
		errb.Reset()
		code = runWithin(t, 10*time.Second, []string{"-json", fifo, seed}, nil, &out, &errb)
		recs := records(t, out.Bytes())
		if code != 1 || len(recs) != 2 || !strings.Contains(errb.String(), fifo+": not a regular file (named pipe)") {
			t.Errorf("named: exit %d, %d records, stderr %s", code, len(recs), errb.String())
		}
	})

	t.Run("a panic in the library", func(t *testing.T) {
		c, paths, _ := parseFlags([]string{"-json", "-j", "2", seed, seed, seed}, io.Discard, io.Discard)
		var out, errb bytes.Buffer
		b := newBatch(c, nil, &out, &errb)
		calls := 0
		b.extract = func(o *extract.Options, data []byte) (*extract.Article, error) {
			if calls++; calls == 2 {
				var none []int
				_ = none[calls] // an index out of range, as a library bug would
			}
			return o.Bytes(data)
		}
		b.c.workers = 1 // calls counts in order
		b.run(paths)
		recs := records(t, out.Bytes())
		if len(recs) != 3 || !b.failed {
			t.Fatalf("%d records, failed %v; want 3 and true", len(recs), b.failed)
		}
		msg, _ := recs[1]["error"].(string)
		if !strings.Contains(msg, "panic: runtime error: index out of range [2] with length 0") || !strings.Contains(msg, "unattended_test.go") {
			t.Errorf("error record %q does not name the panic and where", msg)
		}
		if recs[0]["error"] != nil || recs[2]["error"] != nil || recs[2]["title"] == "" {
			t.Errorf("the other documents: %v / %v", recs[0]["error"], recs[2]["error"])
		}
	})

	t.Run("invalid UTF-8 in JSON Lines", func(t *testing.T) {
		jl := filepath.Join(dir, "bad.jsonl")
		os.WriteFile(jl, []byte("{\"url\":\"u1\",\"text\":\"某县\xff签约\"}\n{\"url\":\"u2\",\"text\":\"某县\\ud800签约\"}\n{\"url\":\"u3\",\"text\":\"某县签约\\ud83d\\ude00项目\"}\n"), 0o644)
		var out, errb bytes.Buffer
		code := run([]string{"-json", "-jsonl-in", jl}, nil, &out, &errb)
		recs := records(t, out.Bytes())
		if code != 1 || len(recs) != 3 {
			t.Fatalf("exit %d, %d records; want 1 and 3", code, len(recs))
		}
		if e, _ := recs[0]["error"].(string); !strings.Contains(e, "invalid UTF-8: byte 0xFF at offset 26 of the record") {
			t.Errorf("record 1: %q", e)
		}
		if e, _ := recs[1]["error"].(string); !strings.Contains(e, `unpaired surrogate \uD800`) {
			t.Errorf("record 2: %q", e)
		}
		if recs[2]["error"] != nil || !strings.Contains(out.String(), "签约😀项目") {
			t.Errorf("record 3, a surrogate pair: %v\n%s", recs[2]["error"], out.String())
		}
		if strings.Contains(out.String(), "\ufffd") {
			t.Error("a replacement character in the output")
		}
	})

	t.Run("gzip bomb", func(t *testing.T) {
		bomb := filepath.Join(dir, "bomb.txt.gz")
		writeGzip(t, bomb, bytes.Repeat([]byte("某县签约项目。"), 1<<20)) // 21 MB of text, 40 KB compressed
		var out, errb bytes.Buffer
		code := run([]string{"-json", "-max-bytes", "1000000", bomb}, nil, &out, &errb)
		if code != 1 || !strings.Contains(errb.String(), "input too large: decompressed size over 1000000 bytes") {
			t.Errorf("exit %d, stderr %s", code, errb.String())
		}
	})

	t.Run("an endless stream", func(t *testing.T) {
		var out, errb bytes.Buffer
		code := runWithin(t, 10*time.Second, []string{"-json", "-"}, zeros{}, &out, &errb)
		if code != 1 || !strings.Contains(errb.String(), "binary data: NUL byte at offset 0") {
			t.Errorf("zeros: exit %d, stderr %s", code, errb.String())
		}
		errb.Reset()
		text := io.MultiReader(strings.NewReader("<html>"), endless("某县签约项目，总投资3亿元。"))
		code = runWithin(t, 10*time.Second, []string{"-json", "-max-bytes", "100000", "-"}, text, &out, &errb)
		if code != 1 || !strings.Contains(errb.String(), "input too large: more than 100000 bytes") {
			t.Errorf("text: exit %d, stderr %s", code, errb.String())
		}
	})

	t.Run("nothing found", func(t *testing.T) {
		only := filepath.Join(dir, "only")
		os.MkdirAll(only, 0o755)
		writeGzip(t, filepath.Join(only, "x.gz"), []byte("x"))
		os.WriteFile(filepath.Join(only, "y.pdf"), []byte("%PDF"), 0o644)
		os.Symlink("nowhere", filepath.Join(only, "z.lnk"))
		for _, c := range []struct {
			args []string
			says string
		}{
			{[]string{"-json", "-ext", ".htmll", pages}, "no documents found in " + pages + ": not read: 1 .html, 1 .txt (-ext is .htmll)"},
			{[]string{"-json", only}, "not read: 1 .gz, 1 .lnk, 1 .pdf"},
			{[]string{"-json", "-jsonl-in", pages}, "not read: 1 .html, 1 .txt (-ext is .jsonl,.json)"},
		} {
			var out, errb bytes.Buffer
			if code := run(c.args, nil, &out, &errb); code != 1 || !strings.Contains(errb.String(), c.says) {
				t.Errorf("%v: exit %d, stderr %q, want 1 and %q", c.args, code, errb.String(), c.says)
			}
			if out.Len() != 0 {
				t.Errorf("%v: output %q", c.args, out.String())
			}
		}
		broken := filepath.Join(dir, "broken.txt")
		os.Symlink("nowhere.txt", broken)
		var out, errb bytes.Buffer
		if code := run([]string{"-json", broken}, nil, &out, &errb); code != 1 || !strings.Contains(errb.String(), "broken symbolic link") {
			t.Errorf("a broken link named: exit %d, stderr %q", code, errb.String())
		}
	})
}

// TestWholeRecords checks that a write failing part way leaves only whole
// records in a regular output file, whether the run wrote it from the
// start or appended to it.
func TestWholeRecords(t *testing.T) {
	for _, appendMode := range []bool{false, true} {
		path := filepath.Join(t.TempDir(), "out.jsonl")
		before := ""
		flags := os.O_WRONLY | os.O_CREATE | os.O_TRUNC
		if appendMode {
			before = "{\"earlier\":1}\n"
			os.WriteFile(path, []byte(before), 0o644)
			flags = os.O_WRONLY | os.O_APPEND
		}
		f, err := os.OpenFile(path, flags, 0o644)
		if err != nil {
			t.Fatal(err)
		}
		o := newOutput(&failAfter{f: f, room: 150})
		o.file = f
		rec := []byte(`{"path":"` + strings.Repeat("x", 40) + `"}` + "\n")
		for range 5 {
			o.record(rec)
		}
		err = o.flush()
		f.Close()
		if !errors.Is(err, syscall.ENOSPC) {
			t.Fatalf("flush: %v, want ENOSPC", err)
		}
		got, _ := os.ReadFile(path)
		want := before + strings.Repeat(string(rec), 150/len(rec))
		if string(got) != want || o.written != 150/len(rec) {
			t.Errorf("append %v: file %q (%d records written), want %q", appendMode, got, o.written, want)
		}
	}
}

// TestFlags checks -h, -version and the bounds of -j and -max-bytes.
func TestFlags(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run([]string{"-h"}, nil, &out, &errb); code != 0 {
		t.Errorf("-h: exit %d", code)
	}
	for _, want := range []string{"usage: extract", "Examples:", "-max-bytes", "Exit status:", "published", "facts"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("-h does not say %q", want)
		}
	}
	out.Reset()
	if code := run([]string{"-version"}, nil, &out, &errb); code != 0 || !strings.HasPrefix(out.String(), "extract github.com/zhnews/zhnews") {
		t.Errorf("-version: exit %d, %q", code, out.String())
	}
	for _, c := range []struct {
		args []string
		exit int
	}{
		{[]string{"-json", "-j", "100000000", seed}, 0},
		{[]string{"-json", "-max-bytes", "0", seed}, 0},
		{[]string{"-json", "-max-bytes", "-1", seed}, 2},
		{[]string{"-json", "-j", "0", seed}, 2},
		{[]string{"-json", "-mem", "lots", seed}, 2},
		{[]string{"-format", "xml", seed}, 2},
		{[]string{"-jsonl-in", "-warc", seed}, 2},
	} {
		out.Reset()
		errb.Reset()
		if code := run(c.args, nil, &out, &errb); code != c.exit {
			t.Errorf("%v: exit %d, want %d; stderr %s", c.args, code, c.exit, errb.String())
		}
	}
	c, _, _ := parseFlags([]string{"-j", "100000000", "-max-bytes", "0", seed}, io.Discard, io.Discard)
	if c.workers != maxWorkers || c.opts.MaxBytes != extract.DefaultMaxBytes {
		t.Errorf("-j %d, -max-bytes %d", c.workers, c.opts.MaxBytes)
	}
}

// runWithin runs the program and fails the test if it takes longer than d:
// a hang shows as a failure, not as the test binary's timeout.
func runWithin(t *testing.T, d time.Duration, args []string, stdin io.Reader, stdout, stderr *bytes.Buffer) int {
	t.Helper()
	var o, e bytes.Buffer
	done := make(chan int, 1)
	go func() { done <- run(args, stdin, &o, &e) }()
	select {
	case code := <-done:
		stdout.Write(o.Bytes())
		stderr.Write(e.Bytes())
		return code
	case <-time.After(d):
		t.Fatalf("run %v did not end within %v", args, d)
		return -1
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func writeGzip(t *testing.T, path string, data []byte) {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write(data)
	zw.Close()
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// zeros is an endless stream of NUL bytes, as /dev/zero.
type zeros struct{}

func (zeros) Read(p []byte) (int, error) {
	clear(p)
	return len(p), nil
}

// endless repeats a text forever.
type endless string

func (s endless) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		n += copy(p[n:], s)
	}
	return n, nil
}

// failAfter writes to f until room is used up, then fails as a full disk
// does, having written part of the last buffer.
type failAfter struct {
	f    *os.File
	room int
}

func (w *failAfter) Write(p []byte) (int, error) {
	if len(p) <= w.room {
		w.room -= len(p)
		return w.f.Write(p)
	}
	n, _ := w.f.Write(p[:w.room])
	w.room = 0
	return n, &os.PathError{Op: "write", Path: w.f.Name(), Err: syscall.ENOSPC}
}
