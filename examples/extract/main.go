// Command extract prints the clean article of scraped Chinese news pages.
//
// Usage:
//
//	extract [flags] PATH...
//
// A PATH is a file, a directory (searched recursively, following symbolic
// links, for files with the extensions of -ext, each optionally compressed
// as .gz) or "-" for standard input. WARC files (.warc, .warc.gz, or any
// input with -warc) are read record by record: the response records of
// HTML and text pages, with the URL and date of their headers. With
// -jsonl-in, every input is read as JSON Lines of crawled records,
// {"url": …, "html": …} or {"url": …, "text": …}, one document per line.
//
// For each document it prints the title, publication date, source, authors
// and body as readable text, or with -json one JSON object per document per
// line (docs/json.md), or with -format csv one row per fact. Documents are
// processed by -j workers in parallel and written in input order as they
// are done; at most a few documents per worker, within a memory budget
// (-mem), are in memory at once, whatever the number of documents. On a
// terminal, a progress line on standard error shows documents done, rate
// and time left; a run over more than one document ends with a summary
// line there.
//
// Each article carries its facts (money, capacities, dates, projects,
// companies); -ref gives the reference date for pages that state no
// publication date, and -raw treats the input as clean body text. With
// -tokens it also segments the body into words (package segment).
//
// A document that cannot be read or decoded, or on which the library
// panics, is reported on standard error as "path: reason" and, with -json
// or -format csv, as a record with an "error" field; the other documents
// are still processed. A failed write to standard output stops the run.
// Exit status: 0 when every document was read; 1 when any was not, when no
// document was found, or when writing the output failed; 2 for bad flags.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"github.com/zhnews/zhnews/extract"
)

func main() {
	tuneGC()
	os.Exit(runMain(os.Args[1:], os.Stdin, os.Stdout, os.Stderr, os.Getenv("GOMEMLIMIT") == ""))
}

// gcPercent is the program's GOGC unless the environment sets one. The live
// heap of a batch run is small (a few documents in flight), so at Go's
// default of 100 the collector runs every few megabytes allocated, and its
// pauses keep the workers from scaling across cores. At 400 a 10 000-page
// run is 15% faster on one core and 1.8× as fast on two as on one (1.5×
// at 100), for a peak RSS of ~28 MB instead of ~15 MB. Large documents are
// kept in check by the memory budget, which drives the runtime's memory
// limit (budget.go).
const gcPercent = 400

// tuneGC sets the collector's target to gcPercent when GOGC is not set.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
}

// The output formats.
const (
	formatText = "text"
	formatJSON = "json"
	formatCSV  = "csv"
)

// A mode says how inputs are read.
type mode int

const (
	modeDocuments mode = iota // each file is a page
	modeJSONL                 // JSON Lines of crawled records
	modeWARC                  // WARC records
)

// maxWorkers bounds -j: more workers than this only add goroutines waiting
// for the memory budget.
const maxWorkers = 256

// config holds the parsed flags.
type config struct {
	format   string
	removed  bool
	facts    bool
	tokens   bool
	mode     mode
	workers  int
	exts     []string
	progress bool
	mem      int64 // memory budget of the documents in flight, bytes
	memLimit bool  // drive the runtime's memory limit from the budget
	opts     extract.Options
}

// run is the whole program, with its environment passed in for tests; it
// leaves the runtime's memory limit alone.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return runMain(args, stdin, stdout, stderr, false)
}

// runMain is the whole program; memLimit lets the memory budget drive the
// runtime's memory limit (when the environment sets none).
func runMain(args []string, stdin io.Reader, stdout, stderr io.Writer, memLimit bool) int {
	c, paths, code := parseFlags(args, stdout, stderr)
	if c == nil {
		return code
	}
	c.memLimit = memLimit
	if c.memLimit {
		defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	}
	b := newBatch(c, stdin, stdout, stderr)
	b.run(paths)
	elapsed := time.Since(b.start)
	switch {
	case b.writeErr != nil:
		fmt.Fprintf(stderr, "extract: writing output: %v; the run stopped with %d records written whole\n", b.writeErr, b.out.written)
		return 1
	case b.stats.docs == 0:
		fmt.Fprintf(stderr, "extract: no documents found in %s%s\n", strings.Join(paths, " "), b.walkNote())
		return 1
	case b.stats.docs > 1:
		fmt.Fprintf(stderr, "extract: %s\n", b.stats.summary(elapsed))
	}
	if b.failed {
		return 1
	}
	return 0
}

// walkNote says what a walk that found no document met instead.
func (b *batch) walkNote() string {
	s := b.walk.skippedSummary()
	if s == "" {
		return fmt.Sprintf(" (nothing with the extensions %s)", strings.Join(b.c.exts, ","))
	}
	return fmt.Sprintf(": not read: %s (-ext is %s)", s, strings.Join(b.c.exts, ","))
}

// parseFlags returns the configuration and the paths, or a nil config and
// the exit status: 0 for -h and -version, 2 for bad flags.
func parseFlags(args []string, stdout, stderr io.Writer) (*config, []string, int) {
	fl := flag.NewFlagSet("extract", flag.ContinueOnError)
	fl.SetOutput(io.Discard)
	c := &config{format: formatText}
	var exts, mem string
	var jsonOut, jsonlIn, warc, version bool
	var maxBytes int64
	fl.BoolVar(&jsonOut, "json", false, "write one JSON object per document per line (same as -format json)")
	fl.Func("format", "output `format`: text, json or csv (one row per fact)", func(v string) error {
		if v != formatText && v != formatJSON && v != formatCSV {
			return errors.New("want text, json or csv")
		}
		c.format = v
		return nil
	})
	fl.BoolVar(&c.removed, "removed", false, "in the text view, also list the removed lines with their reasons")
	fl.BoolVar(&c.facts, "facts", false, "in the text view, also list the facts")
	fl.BoolVar(&c.opts.Raw, "raw", false, "treat the whole input as clean body text: no cleaning, no metadata")
	fl.Func("ref", "reference date `YYYY-MM-DD` for relative and year-less dates when a page states none", func(v string) error {
		t, err := time.Parse("2006-01-02", v)
		c.opts.Ref = t
		return err
	})
	fl.BoolVar(&c.tokens, "tokens", false, "segment the body into words (adds \"tokens\" to the JSON)")
	fl.BoolVar(&jsonlIn, "jsonl-in", false, "read inputs as JSON Lines of {\"url\",\"html\"} or {\"url\",\"text\"} records")
	fl.BoolVar(&warc, "warc", false, "read inputs as WARC files (.warc and .warc.gz files are read so anyway)")
	fl.IntVar(&c.workers, "j", runtime.GOMAXPROCS(0), "number of documents processed in parallel (at most 256)")
	fl.StringVar(&exts, "ext", ".txt,.html,.htm,.shtml,.xhtml,.warc", "file extensions read from directories, each also with .gz (with -jsonl-in: .jsonl,.json; with -warc: .warc)")
	fl.Int64Var(&maxBytes, "max-bytes", 0, "largest document (or JSON Lines record, or decompressed file) read, in bytes; 0 means the default, 64 MiB")
	fl.StringVar(&mem, "mem", "1G", "memory `budget` of the documents in flight (K, M, G suffixes); a document reserves 10× its size")
	fl.BoolVar(&c.progress, "progress", isTerminal(stderr), "show progress on standard error (default: when it is a terminal)")
	fl.BoolVar(&version, "version", false, "print the program's version and exit")
	usage := func(w io.Writer) {
		fmt.Fprint(w, usageHead)
		fl.SetOutput(w)
		fl.PrintDefaults()
		fl.SetOutput(io.Discard)
		fmt.Fprint(w, usageTail)
	}
	err := fl.Parse(args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		usage(stdout)
		return nil, nil, 0
	case err != nil:
		fmt.Fprintf(stderr, "extract: %v\n(extract -h for help)\n", err)
		return nil, nil, 2
	case version:
		fmt.Fprintln(stdout, versionLine())
		return nil, nil, 0
	case fl.NArg() == 0:
		fmt.Fprintf(stderr, "extract: no input named\nusage: extract [flags] PATH...   (extract -h for help)\n")
		return nil, nil, 2
	}
	if problem := c.settle(fl, jsonOut, jsonlIn, warc, maxBytes, mem, exts, stderr); problem != "" {
		fmt.Fprintf(stderr, "extract: %s\n", problem)
		return nil, nil, 2
	}
	return c, fl.Args(), 0
}

// settle checks the flags that need more than parsing and fills in the
// values that depend on others. It returns what is wrong, if anything.
func (c *config) settle(fl *flag.FlagSet, jsonOut, jsonlIn, warc bool, maxBytes int64, mem, exts string, stderr io.Writer) string {
	switch {
	case jsonlIn && warc:
		return "-jsonl-in and -warc exclude each other"
	case jsonOut && isFlagSet(fl, "format") && c.format != formatJSON:
		return "-json and -format " + c.format + " exclude each other"
	case c.workers < 1:
		return "-j must be at least 1"
	case maxBytes < 0:
		return "-max-bytes must not be negative"
	}
	if jsonOut {
		c.format = formatJSON
	}
	if c.workers > maxWorkers {
		fmt.Fprintf(stderr, "extract: -j %d: using %d workers, the most\n", c.workers, maxWorkers)
		c.workers = maxWorkers
	}
	c.opts.MaxBytes = maxBytes
	if maxBytes == 0 {
		c.opts.MaxBytes = extract.DefaultMaxBytes
	}
	var err error
	if c.mem, err = parseSize(mem); err != nil {
		return "-mem: " + err.Error()
	}
	switch {
	case jsonlIn:
		c.mode = modeJSONL
	case warc:
		c.mode = modeWARC
	}
	if !isFlagSet(fl, "ext") {
		switch c.mode {
		case modeJSONL:
			exts = ".jsonl,.json"
		case modeWARC:
			exts = ".warc"
		}
	}
	for _, e := range strings.Split(exts, ",") {
		if e = strings.ToLower(strings.TrimSpace(e)); e != "" {
			if !strings.HasPrefix(e, ".") {
				e = "." + e
			}
			c.exts = append(c.exts, e)
		}
	}
	return ""
}

// parseSize reads a size in bytes with an optional K, M or G suffix
// (powers of 1024).
func parseSize(s string) (int64, error) {
	s = strings.TrimSpace(strings.TrimSuffix(strings.ToUpper(s), "B"))
	mul := int64(1)
	if n := len(s); n > 0 {
		switch s[n-1] {
		case 'K':
			mul, s = 1<<10, s[:n-1]
		case 'M':
			mul, s = 1<<20, s[:n-1]
		case 'G':
			mul, s = 1<<30, s[:n-1]
		}
	}
	v, err := strconv.ParseInt(s, 10, 64)
	if err != nil || v < 1 || v > (1<<62)/mul {
		return 0, fmt.Errorf("%q is not a size such as 512M or 2G", s)
	}
	return v * mul, nil
}

func isFlagSet(fl *flag.FlagSet, name string) bool {
	set := false
	fl.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// versionLine is the module path and version the program was built from,
// with its VCS revision when the build recorded one.
func versionLine() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "extract (no build information)"
	}
	s := fmt.Sprintf("extract %s %s", bi.Main.Path, bi.Main.Version)
	var rev, when, dirty string
	for _, kv := range bi.Settings {
		switch kv.Key {
		case "vcs.revision":
			rev = kv.Value
		case "vcs.time":
			when = kv.Value
		case "vcs.modified":
			if kv.Value == "true" {
				dirty = ", modified"
			}
		}
	}
	if rev != "" {
		s += fmt.Sprintf(" (%.12s %s%s)", rev, when, dirty)
	}
	return s + " " + bi.GoVersion
}

const usageHead = `usage: extract [flags] PATH...

Prints the clean article of scraped Chinese news pages: title, publication
date, source, authors, body and facts. A PATH is a file, a directory (walked
recursively, following links, for files with the -ext extensions, each also
as .gz), a WARC file (.warc, .warc.gz) or - for standard input.

Examples:
  extract page.html                           readable view of one page
  extract -json crawl/ > articles.jsonl       a tree of pages, one JSON object per line
  extract -json -jsonl-in records.jsonl.gz    crawled records {"url","html"} or {"url","text"}
  extract -json CC-MAIN-…-00000.warc.gz       the HTML and text responses of a WARC file
  extract -format csv crawl/ > facts.csv      one row per fact, for spreadsheets and databases
  extract -facts -removed page.txt            also the facts and the removed lines, with reasons
  extract -raw -ref 2023-04-15 body.txt       clean body text, dates resolved against -ref

Flags:
`

const usageTail = `
Output (-json): one object per document, in input order: path, url (records),
fetched (WARC records), format, encoding, script, title, published, source,
authors, summary (when the page has one), body, removed [{text, reason}],
facts [{kind, text, start, end, value, …}], tokens (-tokens), error (a
document that failed). docs/json.md in the repository describes every field.

Exit status:
  0  every document was read
  1  a document could not be read or decoded (its "path: reason" line is on
     standard error, the others were still processed), no document was
     found, or writing the output failed (the run stops; records already
     written are whole)
  2  bad flags
`
