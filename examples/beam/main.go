// Command beam is the batch mode of examples/extract as an Apache Beam
// pipeline: it extracts the clean article of every document matched by the
// --input globs and writes one JSON Lines record per document, byte for byte the
// record `extract -json` writes for it, plus the number of facts of each
// kind.
//
// Usage:
//
//	beam --input 'pages/*.html' [--input 'more/*.txt'] --output records.jsonl [flags]
//	beam --jsonl --input 'crawl/*.jsonl' --output records.jsonl [flags]
//
// With --jsonl every input file is JSON Lines of crawled records,
// {"url": …, "html": …} or {"url": …, "text": …}, each a document named
// "FILE:LINE" as in `extract -jsonl-in`. Records are written to --output in
// no particular order; the counts to --counts (default: the output's name
// with ".counts" added) as "kind\tn" lines: money, capacity, date, project,
// company.
//
// It runs on the prism runner in-process by default; --runner and the
// Beam SDK's flags run it on Flink, Spark or Dataflow (see README.md).
// A run over documents of which any could not be read or extracted exits
// with status 1 when the runner reports metrics, as `extract` does.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	beamlog "github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/zhnews/zhnews/extract"
)

var (
	inputs   globs
	jsonl    = flag.Bool("jsonl", false, `read the inputs as JSON Lines of {"url","html"} or {"url","text"} records`)
	output   = flag.String("output", "", "file to write the JSON Lines records to (required)")
	counts   = flag.String("counts", "", `file to write the fact counts to, "kind\tn" per line (default: OUTPUT.counts)`)
	tokens   = flag.Bool("tokens", false, `segment the body into words (adds "tokens" to the records)`)
	ref      = flag.String("ref", "", "reference date `YYYY-MM-DD` for relative and year-less dates when a page states none")
	maxBytes = flag.Int64("max-bytes", extract.DefaultMaxBytes, "largest document (or JSON Lines record) read, in bytes")
)

func init() {
	flag.Var(&inputs, "input", "glob of the documents (text or HTML files), or of JSON Lines files with --jsonl (required; may be repeated)")
	// Quiet by default: Beam and prism log every stage at info level.
	flag.StringVar(&beamlog.LogLevel, "log_level", "warn", "Beam's log level: debug, info, warn or error")
}

func main() {
	flag.Parse()
	beam.Init() // in a worker started by a runner, this runs the worker and exits

	c := Config{Inputs: inputs, JSONL: *jsonl, Output: *output, Counts: *counts, Tokens: *tokens, Ref: *ref, MaxBytes: *maxBytes}
	if len(c.Inputs) == 0 || c.Output == "" {
		fmt.Fprintln(os.Stderr, "beam: --input and --output are required")
		flag.Usage()
		os.Exit(2)
	}
	if c.Counts == "" {
		c.Counts = c.Output + ".counts"
	}
	if c.Ref != "" {
		if _, err := time.Parse("2006-01-02", c.Ref); err != nil {
			fmt.Fprintf(os.Stderr, "beam: --ref: %v\n", err)
			os.Exit(2)
		}
	}
	if c.MaxBytes < 1 {
		fmt.Fprintln(os.Stderr, "beam: --max-bytes must be at least 1")
		os.Exit(2)
	}

	p, s := beam.NewPipelineWithRoot()
	Build(s, c)
	start := time.Now()
	res, err := beamx.RunWithMetrics(context.Background(), p)
	if err != nil {
		fmt.Fprintf(os.Stderr, "beam: %v\n", err)
		os.Exit(1)
	}
	docs, failed, ok := docCounts(res)
	if !ok {
		return
	}
	fmt.Fprintf(os.Stderr, "beam: %d documents, %d errors; %.1f s\n", docs, failed, time.Since(start).Seconds())
	if failed > 0 {
		os.Exit(1)
	}
}

// globs is a flag that can be repeated.
type globs []string

func (g *globs) String() string { return strings.Join(*g, ",") }

func (g *globs) Set(v string) error {
	if v == "" {
		return errors.New("empty glob")
	}
	*g = append(*g, v)
	return nil
}

// docCounts reads the documents and errors counters of a run, when the
// runner reports them.
func docCounts(res beam.PipelineResult) (docs, failed int64, ok bool) {
	if res == nil {
		return 0, 0, false
	}
	for _, c := range res.Metrics().AllMetrics().Counters() {
		if c.Key.Namespace != metricsNamespace {
			continue
		}
		switch c.Key.Name {
		case "documents":
			docs, ok = docs+c.Result(), true
		case "errors":
			failed += c.Result()
		}
	}
	return docs, failed, ok
}
