// Command extract prints the clean article of scraped Chinese news pages.
//
// Usage:
//
//	extract [flags] PATH...
//
// A PATH is a file, a directory (searched recursively for files with the
// extensions of -ext) or "-" for standard input. With -jsonl-in, every input
// is read as JSON Lines of crawled records, {"url": …, "html": …} or
// {"url": …, "text": …}, one document per line.
//
// For each document it prints the title, publication date, source, authors
// and body as readable text, or with -json one JSON object per document per
// line in the form of the project's CONTRACT.md. Documents are processed by
// -j workers in parallel and written in input order, as they are done; at
// most a few documents per worker are in memory at once, whatever the
// number of documents. On a terminal, a progress line on standard error
// shows documents done, rate and time left; a run over more than one
// document ends with a summary line there.
//
// Each article carries its facts (money, capacities, dates, projects,
// companies); -ref gives the reference date for pages that state no
// publication date, and -raw treats the input as clean body text. With
// -tokens it also segments the body into words (package segment): the JSON
// gains "tokens": [{"text","start","end","pos"}], and the text view shows
// the words separated by "/". The dictionary is only loaded then.
//
// A document that cannot be read or decoded is reported on standard error as
// "path: reason" and, with -json, as a record with an "error" field; the
// other documents are still processed. Exit status: 0 when every document
// was read; 1 when any was not; 2 for bad flags.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"time"

	"github.com/zhnews/zhnews/extract"
)

func main() {
	tuneGC()
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// gcPercent is the program's GOGC unless the environment sets one. The live
// heap of a batch run is small (a few documents in flight), so at Go's
// default of 100 the collector runs every few megabytes allocated, and its
// pauses keep the workers from scaling across cores. At 400 a 10 000-page
// run is 15% faster on one core and 1.8× as fast on two as on one (1.5×
// at 100), for a peak RSS of ~28 MB instead of ~15 MB.
const gcPercent = 400

// tuneGC sets the collector's target to gcPercent when GOGC is not set.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
}

// config holds the parsed flags.
type config struct {
	json     bool
	removed  bool
	facts    bool
	tokens   bool
	jsonlIn  bool
	workers  int
	exts     []string
	progress bool
	opts     extract.Options
}

// run is the whole program, with its environment passed in for tests.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c, paths, ok := parseFlags(args, stderr)
	if !ok {
		return 2
	}
	out := bufio.NewWriterSize(stdout, 64<<10)
	defer out.Flush()
	b := newBatch(c, stdin, out, stderr)
	b.run(paths)
	if b.stats.docs > 1 {
		fmt.Fprintf(stderr, "extract: %s\n", b.stats.summary(time.Since(b.start)))
	}
	if b.failed {
		return 1
	}
	return 0
}

func parseFlags(args []string, stderr io.Writer) (*config, []string, bool) {
	fl := flag.NewFlagSet("extract", flag.ContinueOnError)
	fl.SetOutput(stderr)
	c := &config{}
	var exts string
	fl.BoolVar(&c.json, "json", false, "write one JSON object per document (JSON Lines)")
	fl.BoolVar(&c.removed, "removed", false, "in the text view, also list the removed lines with their reasons")
	fl.BoolVar(&c.facts, "facts", false, "in the text view, also list the facts")
	fl.BoolVar(&c.opts.Raw, "raw", false, "treat the whole input as clean body text: no cleaning, no metadata")
	fl.Func("ref", "reference date `YYYY-MM-DD` for relative and year-less dates when a page states none", func(v string) error {
		t, err := time.Parse("2006-01-02", v)
		c.opts.Ref = t
		return err
	})
	fl.BoolVar(&c.tokens, "tokens", false, "segment the body into words (adds \"tokens\" to the JSON)")
	fl.BoolVar(&c.jsonlIn, "jsonl-in", false, "read inputs as JSON Lines of {\"url\",\"html\"} or {\"url\",\"text\"} records")
	fl.IntVar(&c.workers, "j", runtime.GOMAXPROCS(0), "number of documents processed in parallel")
	fl.StringVar(&exts, "ext", ".txt,.html,.htm,.shtml,.xhtml", "file extensions read from directories (with -jsonl-in: .jsonl,.json)")
	fl.Int64Var(&c.opts.MaxBytes, "max-bytes", extract.DefaultMaxBytes, "largest document read, in bytes")
	fl.BoolVar(&c.progress, "progress", isTerminal(stderr), "show progress on standard error (default: when it is a terminal)")
	fl.Usage = func() {
		fmt.Fprintf(stderr, "usage: extract [flags] PATH...   (a file, a directory, or - for standard input)\n")
		fl.PrintDefaults()
	}
	if err := fl.Parse(args); err != nil {
		return nil, nil, false
	}
	if fl.NArg() == 0 {
		fl.Usage()
		return nil, nil, false
	}
	if c.workers < 1 {
		fmt.Fprintln(stderr, "extract: -j must be at least 1")
		return nil, nil, false
	}
	if c.jsonlIn && !isFlagSet(fl, "ext") {
		exts = ".jsonl,.json"
	}
	for _, e := range strings.Split(exts, ",") {
		if e = strings.TrimSpace(e); e != "" {
			c.exts = append(c.exts, strings.ToLower(e))
		}
	}
	return c, fl.Args(), true
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
