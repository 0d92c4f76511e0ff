package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/zhnews/zhnews/examples/internal/record"
	"github.com/zhnews/zhnews/extract"
	"github.com/zhnews/zhnews/extract/fact"
)

// This file runs a batch: documents are enumerated lazily (inputs.go),
// processed by a pool of workers, and written in input order as soon as
// each is done. At most 4 documents per worker are in flight, and together
// they stay within the memory budget (budget.go), so memory does not grow
// with the size of the corpus nor add up over a few huge documents. A
// document that fails, or panics, gets an error record and the run goes on;
// a failed write to standard output stops it.

// A result is a processed document, ready to write.
type result struct {
	seq   int
	path  string
	out   []byte // what to write to standard output
	err   error
	bytes int
	facts map[fact.Kind]int
	held  int64 // memory budget to give back once written
}

// batch is one run of the program.
type batch struct {
	c        *config
	stdin    io.Reader
	out      *output
	stderr   *lockedWriter
	start    time.Time
	stats    stats
	walk     walkStats
	failed   bool  // a document failed
	writeErr error // standard output failed: the run stopped

	// extract is the library call, replaced by a test to force a panic.
	extract func(o *extract.Options, data []byte) (*extract.Article, error)

	mu        sync.Mutex // guards the fields below, read by the progress line
	done      int
	found     int
	enumDone  bool
	bytesRead int64
	totalSize int64
}

func newBatch(c *config, stdin io.Reader, out io.Writer, stderr io.Writer) *batch {
	return &batch{
		c: c, stdin: stdin, out: newOutput(out), stderr: &lockedWriter{w: stderr},
		start: time.Now(), stats: newStats(),
		extract: (*extract.Options).Bytes,
	}
}

// run processes every document under paths.
func (b *batch) run(paths []string) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	window := make(chan struct{}, 4*b.c.workers)
	mem := newBudget(b.c.mem, b.c.memLimit)
	jobs := make(chan job)
	results := make(chan result, 4*b.c.workers)
	go b.enumerate(ctx, paths, jobs, window, mem)
	var wg sync.WaitGroup
	for range b.c.workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				if ctx.Err() != nil {
					results <- result{seq: j.seq, path: j.path, held: j.held}
					continue
				}
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
			if b.writeErr == nil {
				b.write(r, cancel)
			}
			mem.release(r.held)
			next++
			<-window
		}
	}
	if b.writeErr == nil {
		b.writeErr = b.out.flush()
	}
	stop()
}

// enumerate hands the documents to the workers in input order, each once
// the window has room and its memory is reserved.
func (b *batch) enumerate(ctx context.Context, paths []string, jobs chan<- job, window chan struct{}, mem *budget) {
	defer close(jobs)
	seq := 0
	e := &enumerator{c: b.c, stdin: b.stdin, note: b.note}
	e.emit = func(j job) bool {
		select {
		case window <- struct{}{}:
		case <-ctx.Done():
			return false
		}
		held, ok := mem.acquire(ctx, cost(j.size))
		if !ok {
			<-window
			return false
		}
		j.seq, j.held = seq, held
		seq++
		b.mu.Lock()
		b.found++
		b.totalSize += j.size
		b.mu.Unlock()
		jobs <- j // workers always take jobs, so this cannot block for long
		return true
	}
	e.run(paths)
	b.mu.Lock()
	b.walk = e.stats
	b.enumDone = true
	b.mu.Unlock()
}

// process extracts one document. A panic in it becomes the document's
// error: one bad page does not end a run over millions.
func (b *batch) process(j job) (r result) {
	r = result{seq: j.seq, path: j.path, held: j.held}
	defer func() {
		if p := recover(); p != nil {
			r.err = panicError(p)
			r.facts = nil
			r.out = b.render(j, nil, r.err)
		}
	}()
	opts := b.c.opts
	opts.Format, opts.Charset = j.format, j.charset
	data, err := j.data, j.err
	j.data = nil // held by data alone, so that it goes once the library is done with it
	switch {
	case err != nil:
	case j.isRec:
		j.url, data, opts.Format, err = record.Decode(data)
	case data == nil:
		data, err = readFile(j.path, j.gz, opts.MaxBytes)
	}
	var a *extract.Article
	if err == nil {
		r.bytes = len(data)
		a, err = b.extract(&opts, data)
	}
	r.err = err
	if err == nil {
		r.facts = map[fact.Kind]int{}
		for _, f := range a.Facts {
			r.facts[f.Kind]++
		}
	}
	r.out = b.render(j, a, err)
	return r
}

// panicError describes a recovered panic and where it happened.
func panicError(p any) error {
	pcs := make([]uintptr, 32)
	n := runtime.Callers(3, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	for {
		f, more := frames.Next()
		if !strings.HasPrefix(f.Function, "runtime.") && f.Function != "" {
			file := f.File
			if i := strings.Index(file, "/zhnews/"); i >= 0 {
				file = file[i+len("/zhnews/"):]
			}
			return fmt.Errorf("internal error: panic: %v (in %s at %s:%d)", p, f.Function, file, f.Line)
		}
		if !more {
			return fmt.Errorf("internal error: panic: %v", p)
		}
	}
}

// render is what a document writes to standard output in the chosen
// format.
func (b *batch) render(j job, a *extract.Article, err error) []byte {
	switch b.c.format {
	case formatJSON:
		out, _ := record.Append(nil, j.path, a, err, record.Options{Tokens: b.c.tokens, URL: j.url, Fetched: j.fetched})
		return out
	case formatCSV:
		return appendCSV(nil, j, a, err)
	}
	if err != nil {
		return nil
	}
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	b.c.writeText(w, j.path, j.url, a, j.seq > 0, true)
	w.Flush()
	return buf.Bytes()
}

// write writes a result in order and counts it; a failed write stops the
// run.
func (b *batch) write(r result, stop func()) {
	if r.err != nil {
		b.failed = true
		// Records written so far go out before the error line, so that
		// the two streams read in the same order.
		if err := b.out.flush(); err != nil {
			b.writeErr = err
			stop()
			return
		}
		fmt.Fprintf(b.stderr, "%s: %v\n", r.path, r.err)
	}
	if b.c.format == formatCSV && b.stats.docs == 0 {
		b.out.record(csvHeader())
	}
	if err := b.out.record(r.out); err != nil {
		b.writeErr = err
		stop()
		return
	}
	b.stats.add(r)
	b.mu.Lock()
	b.done++
	b.bytesRead += int64(r.bytes)
	b.mu.Unlock()
}

// note writes a line about the run to standard error.
func (b *batch) note(s string) { fmt.Fprintf(b.stderr, "extract: %s\n", s) }

// A lockedWriter serializes the writes of several goroutines.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
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
