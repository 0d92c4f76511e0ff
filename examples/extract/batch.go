package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/zhnews/zhnews/examples/internal/record"
	"github.com/zhnews/zhnews/extract"
	"github.com/zhnews/zhnews/extract/fact"
)

// This file runs a batch: documents are enumerated lazily (files, directory
// trees, JSON Lines records), processed by a pool of workers, and written in
// input order as soon as each is done. A window of at most 4 documents per
// worker is in flight, so memory does not grow with the size of the corpus.

// A job is one document to process.
type job struct {
	seq  int
	path string // as named on the command line, or "file:line" for a record
	url  string // the record's URL, for JSON Lines input
	data []byte // the document, when already read (records, standard input)
	err  error  // an error met while enumerating or reading it
}

// A result is a processed document, ready to write.
type result struct {
	seq   int
	path  string
	out   []byte // what to write to standard output
	err   error
	bytes int
	facts map[fact.Kind]int
}

// batch is one run of the program.
type batch struct {
	c      *config
	stdin  io.Reader
	out    *bufio.Writer
	stderr io.Writer
	start  time.Time
	stats  stats
	failed bool

	mu        sync.Mutex // guards the fields below, read by the progress line
	done      int
	found     int
	enumDone  bool
	bytesRead int64
	totalSize int64
}

func newBatch(c *config, stdin io.Reader, out *bufio.Writer, stderr io.Writer) *batch {
	return &batch{c: c, stdin: stdin, out: out, stderr: stderr, start: time.Now(), stats: newStats()}
}

// run processes every document under paths.
func (b *batch) run(paths []string) {
	window := make(chan struct{}, 4*b.c.workers)
	jobs := make(chan job)
	results := make(chan result, 4*b.c.workers)
	go func() {
		defer close(jobs)
		seq := 0
		emit := func(j job) {
			window <- struct{}{}
			j.seq = seq
			seq++
			b.mu.Lock()
			b.found++
			b.mu.Unlock()
			jobs <- j
		}
		for _, p := range paths {
			b.enumerate(p, emit)
		}
		b.mu.Lock()
		b.enumDone = true
		b.mu.Unlock()
	}()
	var wg sync.WaitGroup
	for range b.c.workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- b.process(j)
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	stop := b.startProgress()
	pending := map[int]result{}
	next := 0
	for r := range results {
		pending[r.seq] = r
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			b.write(r)
			next++
			<-window
		}
	}
	stop()
	b.out.Flush()
}

// enumerate emits the documents of one command-line path.
func (b *batch) enumerate(p string, emit func(job)) {
	if p == "-" {
		if b.c.jsonlIn {
			b.records(p, b.stdin, emit)
			return
		}
		data, err := readLimited(b.stdin, b.c.opts.MaxBytes, 0)
		emit(job{path: p, data: data, err: err})
		return
	}
	st, err := os.Stat(p)
	if err != nil {
		emit(job{path: p, err: reason(err)})
		return
	}
	if !st.IsDir() {
		b.addSize(st.Size())
		b.file(p, emit)
		return
	}
	filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			emit(job{path: path, err: reason(err)})
			return nil
		}
		if d.IsDir() || !slices.Contains(b.c.exts, strings.ToLower(filepath.Ext(path))) {
			return nil
		}
		if info, err := d.Info(); err == nil {
			b.addSize(info.Size())
		}
		b.file(path, emit)
		return nil
	})
}

// file emits a file: itself, or its records with -jsonl-in.
func (b *batch) file(path string, emit func(job)) {
	if !b.c.jsonlIn {
		emit(job{path: path})
		return
	}
	f, err := os.Open(path)
	if err != nil {
		emit(job{path: path, err: reason(err)})
		return
	}
	defer f.Close()
	b.records(path, f, emit)
}

// records emits the JSON Lines records of r, one job per line. A line over
// the size limit is skipped with an error, without being held in memory.
func (b *batch) records(path string, r io.Reader, emit func(job)) {
	br := bufio.NewReaderSize(r, 1<<20)
	for n := 1; ; n++ {
		line, tooLong, err := record.ReadLine(br, b.c.opts.MaxBytes)
		if len(line) == 0 && err != nil {
			if err != io.EOF {
				emit(job{path: fmt.Sprintf("%s:%d", path, n), err: err})
			}
			return
		}
		j := job{path: fmt.Sprintf("%s:%d", path, n)}
		switch {
		case tooLong:
			j.err = fmt.Errorf("%w: record over %d bytes", extract.ErrTooLarge, b.c.opts.MaxBytes)
		case len(bytes.TrimSpace(line)) == 0:
			continue
		default:
			j.data = line
			j.url = "\x00record" // decoded by the worker
		}
		emit(j)
		if err != nil {
			return
		}
	}
}

// process extracts one document.
func (b *batch) process(j job) result {
	r := result{seq: j.seq, path: j.path}
	opts := b.c.opts
	data, err := j.data, j.err
	url := ""
	switch {
	case err != nil:
	case j.url == "\x00record":
		url, data, opts.Format, err = record.Decode(data)
	case data == nil:
		data, err = readFile(j.path, opts.MaxBytes)
	}
	var a *extract.Article
	if err == nil {
		r.bytes = len(data)
		a, err = opts.Bytes(data)
	}
	r.err = err
	if err == nil {
		r.facts = map[fact.Kind]int{}
		for _, f := range a.Facts {
			r.facts[f.Kind]++
		}
	}
	switch {
	case b.c.json:
		r.out, _ = record.Append(nil, j.path, a, err, record.Options{Tokens: b.c.tokens, URL: url})
	case err == nil:
		var buf bytes.Buffer
		w := bufio.NewWriter(&buf)
		b.c.writeText(w, j.path, url, a, j.seq > 0, true)
		w.Flush()
		r.out = buf.Bytes()
	}
	return r
}

// write writes a result in order and counts it.
func (b *batch) write(r result) {
	if r.err != nil {
		b.failed = true
		b.out.Flush()
		fmt.Fprintf(b.stderr, "%s: %v\n", r.path, r.err)
	}
	b.out.Write(r.out)
	b.stats.add(r)
	b.mu.Lock()
	b.done++
	b.bytesRead += int64(r.bytes)
	b.mu.Unlock()
}

func (b *batch) addSize(n int64) {
	b.mu.Lock()
	b.totalSize += n
	b.mu.Unlock()
}

// readFile reads a file up to the size limit. A regular file over the limit
// fails before it is read; one under it is read into a buffer of its size.
func readFile(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, reason(err)
	}
	defer f.Close()
	var size int64
	if st, err := f.Stat(); err == nil {
		switch {
		case st.IsDir():
			return nil, errors.New("is a directory")
		case st.Mode().IsRegular() && st.Size() > limit:
			return nil, fmt.Errorf("%w: %d bytes, limit %d", extract.ErrTooLarge, st.Size(), limit)
		case st.Mode().IsRegular():
			size = st.Size()
		}
	}
	return readLimited(f, limit, size)
}

// readLimited reads r to the end, failing past limit bytes; size is what r
// is expected to hold, to allocate once (0 when not known).
func readLimited(r io.Reader, limit, size int64) ([]byte, error) {
	buf := bytes.NewBuffer(make([]byte, 0, min(size, limit)+bytes.MinRead))
	if _, err := buf.ReadFrom(io.LimitReader(r, limit+1)); err != nil {
		return nil, err
	}
	if int64(buf.Len()) > limit {
		return nil, fmt.Errorf("%w: more than %d bytes", extract.ErrTooLarge, limit)
	}
	return buf.Bytes(), nil
}

// reason strips the path from file errors, since the caller prints it.
func reason(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// stats counts what a batch did, for the summary line.
type stats struct {
	docs, errors int
	bytes        int64
	facts        map[fact.Kind]int
}

func newStats() stats { return stats{facts: map[fact.Kind]int{}} }

func (s *stats) add(r result) {
	s.docs++
	s.bytes += int64(r.bytes)
	if r.err != nil {
		s.errors++
	}
	for k, n := range r.facts {
		s.facts[k] += n
	}
}

func (s *stats) summary(elapsed time.Duration) string {
	var kinds []string
	for _, k := range []fact.Kind{fact.KindMoney, fact.KindCapacity, fact.KindDate, fact.KindProject, fact.KindCompany} {
		kinds = append(kinds, fmt.Sprintf("%s %d", k, s.facts[k]))
	}
	secs := elapsed.Seconds()
	return fmt.Sprintf("%d documents, %d errors; facts: %s; %.2f s, %.1f docs/s, %.1f MB/s",
		s.docs, s.errors, strings.Join(kinds, ", "), secs, float64(s.docs)/secs, float64(s.bytes)/1e6/secs)
}

// startProgress draws a progress line on standard error every 200 ms, when
// asked to, and returns a function that stops it.
func (b *batch) startProgress() func() {
	if !b.c.progress {
		return func() {}
	}
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(200 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-stop:
				fmt.Fprintf(b.stderr, "\r%s\r", strings.Repeat(" ", 79))
				return
			case <-t.C:
				fmt.Fprintf(b.stderr, "\r%-79s", b.progressLine())
			}
		}
	}()
	return func() {
		close(stop)
		<-done
	}
}

// progressLine is "done/total, rate, ETA".
func (b *batch) progressLine() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	secs := time.Since(b.start).Seconds()
	rate := float64(b.done) / secs
	total := fmt.Sprint(b.found)
	if !b.enumDone {
		total += "+"
	}
	eta := "?"
	switch {
	case b.enumDone && rate > 0:
		eta = (time.Duration(float64(b.found-b.done)/rate) * time.Second).Round(time.Second).String()
	case b.totalSize > 0 && b.bytesRead > 0:
		left := float64(b.totalSize-b.bytesRead) / (float64(b.bytesRead) / secs)
		eta = (time.Duration(left) * time.Second).Round(time.Second).String()
	}
	frac := -1.0
	switch {
	case b.enumDone && b.found > 0:
		frac = float64(b.done) / float64(b.found)
	case b.totalSize > 0:
		frac = float64(b.bytesRead) / float64(b.totalSize)
	}
	return fmt.Sprintf("%s%d/%s documents, %.0f docs/s, %.1f MB/s, ETA %s", bar(frac), b.done, total, rate, float64(b.bytesRead)/1e6/secs, eta)
}

// bar draws frac (0 to 1) as a 20-cell bar followed by a space, or nothing
// when frac is negative (the total is not known yet).
func bar(frac float64) string {
	if frac < 0 {
		return ""
	}
	n := int(min(frac, 1) * 20)
	return "[" + strings.Repeat("#", n) + strings.Repeat(".", 20-n) + "] "
}
