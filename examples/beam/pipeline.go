package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"reflect"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/transforms/stats"

	"github.com/zhnews/zhnews/examples/internal/record"
	"github.com/zhnews/zhnews/extract"
	"github.com/zhnews/zhnews/extract/fact"
)

// The pipeline:
//
//	plain files:  MatchFiles → ReadMatches → Reshuffle → readFileFn ─┐
//	JSON Lines:   MatchFiles → ReadMatches → splitRecordsFn → Reshuffle ─┤
//	                                                                     ↓
//	                                              extractFn → records → textio.Write(--output)
//	                                                        → (kind, n) → SumPerKey
//	                                     Impulse + side input → countsFn → textio.Write(--counts)
//
// Every document becomes exactly one record, made by process, which mirrors
// the batch program's (examples/extract/batch.go), and written with
// record.Append, so the records are byte for byte the program's. Only their
// order differs: a Beam runner keeps none.

func init() {
	beam.RegisterType(reflect.TypeOf((*Doc)(nil)).Elem())
	register.DoFn3x0[context.Context, fileio.ReadableFile, func(Doc)](&readFileFn{})
	register.DoFn3x0[context.Context, fileio.ReadableFile, func(Doc)](&splitRecordsFn{})
	register.DoFn4x0[context.Context, Doc, func(string), func(string, int)](&extractFn{})
	register.DoFn3x0[[]byte, func(*string, *int) bool, func(string)](&countsFn{})
	register.Emitter1[Doc]()
	register.Emitter1[string]()
	register.Emitter2[string, int]()
	register.Iter2[string, int]()
}

// Config is what a run reads, writes and how it extracts.
type Config struct {
	Inputs   []string // globs of documents, or of JSON Lines files with JSONL
	JSONL    bool     // inputs are JSON Lines of {"url","html"} / {"url","text"}
	Output   string   // the file of records (JSON Lines)
	Counts   string   // the file of fact counts, "kind\tn" per line
	Tokens   bool     // add "tokens" to the records
	Ref      string   // reference date YYYY-MM-DD, or ""
	MaxBytes int64    // largest document read; 0 means extract.DefaultMaxBytes
}

// Build adds the pipeline of c to s.
func Build(s beam.Scope, c Config) {
	records, counts := Records(s, c)
	textio.Write(s.Scope("WriteRecords"), c.Output, records)
	textio.Write(s.Scope("WriteCounts"), c.Counts, counts)
}

// Records returns the records of the documents matched by c.Inputs (at
// least one glob), one string per document without the final newline, and
// the fact counts as one string of "kind\tn" lines (money, capacity, date,
// project, company, then any other kind), without the final newline.
// Files ending in .gz are decompressed (fileio's default).
func Records(s beam.Scope, c Config) (records, counts beam.PCollection) {
	maxBytes := c.MaxBytes
	if maxBytes <= 0 {
		maxBytes = extract.DefaultMaxBytes
	}
	var matches []beam.PCollection
	for _, glob := range c.Inputs {
		matches = append(matches, fileio.MatchFiles(s, glob))
	}
	files := fileio.ReadMatches(s, beam.Flatten(s, matches...))
	var docs beam.PCollection
	if c.JSONL {
		docs = beam.ParDo(s.Scope("SplitRecords"), &splitRecordsFn{MaxBytes: maxBytes}, files)
		docs = beam.Reshuffle(s, docs) // spread the records of a file over workers
	} else {
		files = beam.Reshuffle(s, files) // spread the files over workers
		docs = beam.ParDo(s.Scope("ReadFiles"), &readFileFn{MaxBytes: maxBytes}, files)
	}
	records, kinds := beam.ParDo2(s.Scope("Extract"), &extractFn{Tokens: c.Tokens, Ref: c.Ref, MaxBytes: maxBytes}, docs)
	sums := stats.SumPerKey(s, kinds)
	counts = beam.ParDo(s.Scope("FormatCounts"), &countsFn{}, beam.Impulse(s), beam.SideInput{Input: sums})
	return records, counts
}

// A Doc is one document to extract: a file's bytes, or one line of a JSON
// Lines file still to decode, or the error met reading it.
type Doc struct {
	Path   string // the file's path as matched, or "FILE:LINE" for a record
	Record bool   // Data is a JSON Lines record, {"url","html"} or {"url","text"}
	Data   []byte
	Err    string // why the document could not be read, or ""
}

// readFileFn reads a whole file into one Doc, failing past MaxBytes as the
// batch program does. Directories (a glob such as dir/* matches them) are
// skipped.
type readFileFn struct {
	MaxBytes int64
}

func (fn *readFileFn) ProcessElement(ctx context.Context, f fileio.ReadableFile, emit func(Doc)) {
	d := Doc{Path: f.Metadata.Path}
	data, err := readFile(ctx, f, fn.MaxBytes)
	if errors.Is(err, syscall.EISDIR) {
		return
	}
	if err != nil {
		d.Err = err.Error()
	} else {
		d.Data = data
	}
	emit(d)
}

// readFile reads a file up to limit bytes, with the batch program's errors.
func readFile(ctx context.Context, f fileio.ReadableFile, limit int64) ([]byte, error) {
	if f.Metadata.Size > limit && !strings.HasSuffix(f.Metadata.Path, ".gz") {
		// Rejected before it is read, as the batch program does (a .gz
		// file is limited by its decompressed size, below).
		return nil, fmt.Errorf("%w: %d bytes, limit %d", extract.ErrTooLarge, f.Metadata.Size, limit)
	}
	rc, err := f.Open(ctx)
	if err != nil {
		return nil, reason(err)
	}
	defer rc.Close()
	data, err := io.ReadAll(io.LimitReader(rc, limit+1))
	if err != nil {
		return nil, reason(err)
	}
	if int64(len(data)) > limit { // the file grew after it was matched
		return nil, fmt.Errorf("%w: more than %d bytes", extract.ErrTooLarge, limit)
	}
	return data, nil
}

// splitRecordsFn streams a JSON Lines file and emits one Doc per non-blank
// line, named "FILE:LINE" with lines counted from 1, blank ones included; a
// line over MaxBytes becomes an error Doc without being held in memory.
type splitRecordsFn struct {
	MaxBytes int64
}

func (fn *splitRecordsFn) ProcessElement(ctx context.Context, f fileio.ReadableFile, emit func(Doc)) {
	path := f.Metadata.Path
	rc, err := f.Open(ctx)
	if err != nil {
		emit(Doc{Path: path, Err: reason(err).Error()})
		return
	}
	defer rc.Close()
	br := bufio.NewReaderSize(rc, 1<<20)
	for n := 1; ; n++ {
		line, tooLong, err := record.ReadLine(br, fn.MaxBytes)
		if len(line) == 0 && err != nil {
			if errors.Is(err, syscall.EISDIR) && n == 1 {
				return // a directory matched by the glob
			}
			if err != io.EOF {
				emit(Doc{Path: fmt.Sprintf("%s:%d", path, n), Err: err.Error()})
			}
			return
		}
		d := Doc{Path: fmt.Sprintf("%s:%d", path, n)}
		switch {
		case tooLong:
			d.Err = fmt.Errorf("%w: record over %d bytes", extract.ErrTooLarge, fn.MaxBytes).Error()
		case len(bytes.TrimSpace(line)) == 0:
			continue
		default:
			d.Data, d.Record = line, true
		}
		emit(d)
		if err != nil {
			return
		}
	}
}

// extractFn extracts each Doc and emits its record (without the final
// newline: textio.Write adds it) and, for a document that was extracted,
// the number of its facts of each kind present. It counts documents and
// errors in the "zhnews" metrics.
type extractFn struct {
	Tokens   bool
	Ref      string // YYYY-MM-DD or ""
	MaxBytes int64

	opts extract.Options
}

func (fn *extractFn) Setup() error {
	fn.opts = extract.Options{MaxBytes: fn.MaxBytes}
	if fn.Ref != "" {
		t, err := time.Parse("2006-01-02", fn.Ref)
		if err != nil {
			return fmt.Errorf("ref: %v", err)
		}
		fn.opts.Ref = t
	}
	return nil
}

func (fn *extractFn) ProcessElement(ctx context.Context, d Doc, emitRecord func(string), emitCount func(string, int)) {
	rec, facts := process(d, fn.opts, fn.Tokens)
	documentsCounter.Inc(ctx, 1)
	if facts == nil {
		errorsCounter.Inc(ctx, 1)
	}
	emitRecord(string(bytes.TrimSuffix(rec, []byte("\n"))))
	for k, n := range facts {
		emitCount(string(k), n)
	}
}

// The counters of documents extracted and of documents that failed, read
// back by main for its summary and exit status.
const metricsNamespace = "zhnews"

var (
	documentsCounter = beam.NewCounter(metricsNamespace, "documents")
	errorsCounter    = beam.NewCounter(metricsNamespace, "errors")
)

// process extracts one document with opts and returns its record, ending
// with "\n", and its facts counted by kind (nil when it failed). It follows
// the batch program's process: a record's "html" or "text" field forces the
// format, a file's format is detected.
func process(d Doc, opts extract.Options, tokens bool) ([]byte, map[fact.Kind]int) {
	data := d.Data
	var err error
	if d.Err != "" {
		err = errors.New(d.Err)
	}
	url := ""
	if err == nil && d.Record {
		url, data, opts.Format, err = record.Decode(data)
	}
	var a *extract.Article
	if err == nil {
		a, err = opts.Bytes(data)
	}
	var facts map[fact.Kind]int
	if err == nil {
		facts = map[fact.Kind]int{}
		for _, f := range a.Facts {
			facts[f.Kind]++
		}
	}
	rec, encErr := record.Append(nil, d.Path, a, err, record.Options{Tokens: tokens, URL: url})
	if encErr != nil {
		// Not expected: the article's JSON form has no failing values.
		rec, _ = record.Append(nil, d.Path, nil, fmt.Errorf("encoding the record: %v", encErr), record.Options{URL: url})
	}
	return rec, facts
}

// Kinds are the fact kinds in the order of the counts output, the order of
// the batch program's summary line.
var Kinds = []fact.Kind{fact.KindMoney, fact.KindCapacity, fact.KindDate, fact.KindProject, fact.KindCompany}

// countsFn formats the summed counts, read as a side input, into one
// string of "kind\tn" lines: every kind of Kinds, 0 when none was found,
// then any other kind in name order. It runs once, on the Impulse, so the
// counts are written even when there are no documents.
type countsFn struct{}

func (fn *countsFn) ProcessElement(_ []byte, sums func(*string, *int) bool, emit func(string)) {
	emit(formatCounts(sums))
}

func formatCounts(sums func(*string, *int) bool) string {
	counts := map[string]int{}
	var k string
	var n int
	for sums(&k, &n) {
		counts[k] += n
	}
	var lines []string
	for _, kind := range Kinds {
		lines = append(lines, fmt.Sprintf("%s\t%d", kind, counts[string(kind)]))
		delete(counts, string(kind))
	}
	for _, kind := range slices.Sorted(maps.Keys(counts)) {
		lines = append(lines, fmt.Sprintf("%s\t%d", kind, counts[kind]))
	}
	return strings.Join(lines, "\n")
}

// reason strips the path from file errors, since the record names the file.
func reason(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
