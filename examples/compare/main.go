// Command compare scores zhnews against go-trafilatura and go-readability on
// a corpus of saved Chinese news pages with hand-made gold text and dates
// (by default the zh-html corpus, see its README.md).
//
// Usage (from examples/compare, which is its own module so that the zhnews
// library does not depend on the other extractors):
//
//	go run . [-corpus DIR] [-runs N] [-v] [-json]
//
// Every tool gets the raw bytes of each page and decodes them itself. For
// each tool it prints a Markdown row:
//
//   - micro F1: char-bigram F1 of the main text against the gold, with the
//     matches summed over all pages (all white space removed first);
//   - macro F1: the mean of the per-page F1s, and the pages below 0.5;
//   - dates right / wrong / missing: the calendar day of the publication
//     date against the gold, over the pages whose gold holds a valid date;
//   - ms/page: wall-clock time per page, the mean over N timed passes run
//     after one untimed pass that produces the scores.
//
// When the corpus has a manifest.tsv with baseline F1s, a note says how far
// the scores measured here are from it. -v adds a per-page table; -json
// prints everything as one JSON object instead.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	readability "github.com/go-shiori/go-readability"
	"github.com/markusmobius/go-trafilatura"

	"github.com/zhnews/zhnews/extract"
)

// A tool is one extractor under test.
type tool struct {
	name     string
	manifest string // manifest.tsv column with its baseline F1, "" for none
	run      func(page []byte) (output, error)
}

// An output is what a tool extracted from one page.
type output struct {
	text string // the main text
	day  string // the publication day as "YYYY-MM-DD", "" when none

	format string // how zhnews read the page ("html", "text"); "" for the others
}

// dummyURL stands in for the unknown address of the saved pages.
var dummyURL = &url.URL{Scheme: "https", Host: "example.com", Path: "/article.html"}

// tools are the extractors compared, zhnews first.
var tools = []tool{
	{"zhnews", "", func(b []byte) (output, error) {
		a, err := extract.Bytes(b)
		if err != nil {
			return output{}, err
		}
		o := output{text: a.Body(), format: string(a.Format)}
		if !a.Published.IsZero() {
			o.day = day(a.Published.Date())
		}
		return o, nil
	}},
	{"go-trafilatura", "f1_trafilatura_default", func(b []byte) (output, error) {
		return trafilaturaRun(b, trafilatura.Options{})
	}},
	{"go-trafilatura + fallback", "f1_trafilatura_fallback", func(b []byte) (output, error) {
		return trafilaturaRun(b, trafilatura.Options{EnableFallback: true})
	}},
	{"go-readability", "f1_go_readability_shiori", func(b []byte) (output, error) {
		a, err := readability.FromReader(bytes.NewReader(b), dummyURL)
		if err != nil {
			return output{}, err
		}
		o := output{text: a.TextContent}
		if a.PublishedTime != nil {
			o.day = day(*a.PublishedTime)
		}
		return o, nil
	}},
}

func trafilaturaRun(b []byte, opts trafilatura.Options) (output, error) {
	r, err := trafilatura.Extract(bytes.NewReader(b), opts)
	if err != nil {
		return output{}, err
	}
	return output{text: r.ContentText, day: day(r.Metadata.Date)}, nil
}

// A page is one corpus page with its gold.
type page struct {
	id       string
	html     []byte
	gold     string             // gold main text
	goldDay  string             // gold publication day, "" when not valid
	baseline map[string]float64 // manifest.tsv F1s by column
}

// A result is one tool's score on one page.
type result struct {
	ID      string  `json:"id"`
	F1      float64 `json:"f1"`
	Day     string  `json:"day,omitempty"`      // the tool's publication day
	GoldDay string  `json:"gold_day,omitempty"` // "" when the gold has none
	Format  string  `json:"format,omitempty"`   // the input format zhnews detected
	Error   string  `json:"error,omitempty"`

	counts counts
}

// A summary is one tool's scores over the corpus.
type summary struct {
	Tool         string   `json:"tool"`
	MicroF1      float64  `json:"micro_f1"`
	MacroF1      float64  `json:"macro_f1"`
	Below        int      `json:"pages_below_half"`
	DatesRight   int      `json:"dates_right"`
	DatesWrong   int      `json:"dates_wrong"`
	DatesMissing int      `json:"dates_missing"`
	MsPerPage    float64  `json:"ms_per_page"`
	Errors       int      `json:"errors"`
	Pages        []result `json:"pages"`

	// Baseline check against manifest.tsv; absent without a baseline.
	BaselineMacroF1 *float64 `json:"baseline_macro_f1,omitempty"`
	MaxBaselineDiff *float64 `json:"max_baseline_diff,omitempty"`
	MaxDiffPage     string   `json:"max_diff_page,omitempty"`
}

func main() {
	dir := flag.String("corpus", "../../../shared/corpus/zh-html", "corpus `dir` with original/, cleaned/, date/ and manifest.tsv")
	runs := flag.Int("runs", 3, "timed passes over the corpus per tool")
	verbose := flag.Bool("v", false, "also print a per-page table")
	asJSON := flag.Bool("json", false, "print JSON instead of Markdown")
	flag.Parse()
	if *runs < 1 || flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	pages, err := loadCorpus(*dir, 0)
	if err != nil {
		fmt.Fprintln(os.Stderr, "compare:", err)
		os.Exit(1)
	}
	sums := compare(pages, tools, *runs)
	if *asJSON {
		err = writeJSON(os.Stdout, *dir, pages, *runs, sums)
	} else {
		err = writeMarkdown(os.Stdout, pages, *runs, sums, *verbose)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "compare:", err)
		os.Exit(1)
	}
}

// loadCorpus reads the pages of dir in name order, at most limit of them
// when limit > 0. Pages without a gold text are skipped; a missing date file
// or manifest.tsv only leaves the date or baseline out.
func loadCorpus(dir string, limit int) ([]page, error) {
	files, err := filepath.Glob(filepath.Join(dir, "original", "*.html"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no pages in %s", filepath.Join(dir, "original"))
	}
	slices.Sort(files)
	baselines, err := readManifest(filepath.Join(dir, "manifest.tsv"))
	if err != nil {
		return nil, err
	}
	var pages []page
	for _, f := range files {
		id := strings.TrimSuffix(filepath.Base(f), ".html")
		html, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		gold, err := os.ReadFile(filepath.Join(dir, "cleaned", id+".txt"))
		if errors.Is(err, os.ErrNotExist) {
			continue
		} else if err != nil {
			return nil, err
		}
		date, err := os.ReadFile(filepath.Join(dir, "date", id+".txt"))
		if err != nil && !errors.Is(err, os.ErrNotExist) {
			return nil, err
		}
		pages = append(pages, page{id, html, string(gold), parseGoldDay(string(date)), baselines[id]})
		if len(pages) == limit {
			break
		}
	}
	return pages, nil
}

// readManifest returns the f1_* columns of a manifest.tsv by page id, or
// nil when the file does not exist.
func readManifest(path string) (map[string]map[string]float64, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	} else if err != nil {
		return nil, err
	}
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	header := strings.Split(lines[0], "\t")
	m := make(map[string]map[string]float64)
	for _, l := range lines[1:] {
		cells := strings.Split(l, "\t")
		f1s := make(map[string]float64)
		for i, c := range cells {
			if i < len(header) && strings.HasPrefix(header[i], "f1_") {
				if v, err := strconv.ParseFloat(c, 64); err == nil {
					f1s[header[i]] = v
				}
			}
		}
		m[cells[0]] = f1s
	}
	return m, nil
}

// compare runs every tool over the pages: one untimed pass that is scored,
// then runs timed passes.
func compare(pages []page, tools []tool, runs int) []summary {
	var sums []summary
	for _, t := range tools {
		s := summary{Tool: t.name}
		var total counts
		for _, p := range pages {
			out, err := t.run(p.html)
			r := result{ID: p.id, Day: out.day, GoldDay: p.goldDay, Format: out.format, counts: score(out.text, p.gold)}
			if err != nil {
				r.Error = err.Error()
				s.Errors++
			}
			r.F1 = r.counts.F1()
			total = total.add(r.counts)
			s.MacroF1 += r.F1 / float64(len(pages))
			if r.F1 < 0.5 {
				s.Below++
			}
			switch {
			case p.goldDay == "":
			case out.day == "":
				s.DatesMissing++
			case out.day == p.goldDay:
				s.DatesRight++
			default:
				s.DatesWrong++
			}
			s.Pages = append(s.Pages, r)
		}
		s.MicroF1 = total.F1()
		s.checkBaseline(pages, t.manifest)

		start := time.Now()
		for range runs {
			for _, p := range pages {
				t.run(p.html)
			}
		}
		s.MsPerPage = float64(time.Since(start)) / float64(time.Millisecond) / float64(runs*len(pages))
		sums = append(sums, s)
	}
	return sums
}

// checkBaseline compares the per-page F1s with the manifest column col,
// when every page has a value there.
func (s *summary) checkBaseline(pages []page, col string) {
	for _, p := range pages {
		if _, ok := p.baseline[col]; !ok {
			return
		}
	}
	var macro, worst float64
	for i, p := range pages {
		b := p.baseline[col]
		macro += b / float64(len(pages))
		if d := math.Abs(s.Pages[i].F1 - b); i == 0 || d > worst {
			worst, s.MaxDiffPage = d, p.id
		}
	}
	s.BaselineMacroF1, s.MaxBaselineDiff = &macro, &worst
}

// datedPages counts the pages whose gold holds a valid date.
func datedPages(pages []page) int {
	n := 0
	for _, p := range pages {
		if p.goldDay != "" {
			n++
		}
	}
	return n
}

// writeMarkdown prints the summary table, the speed ratio, the baseline
// check and, when verbose, the per-page table.
func writeMarkdown(w io.Writer, pages []page, runs int, sums []summary, verbose bool) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%d pages, %d with a gold date; time per page is the mean of %d passes.\n\n", len(pages), datedPages(pages), runs)
	b.WriteString("| tool | micro F1 | macro F1 | pages < 0.5 | dates right | dates wrong | dates missing | ms/page |\n")
	b.WriteString("|---|---:|---:|---:|---:|---:|---:|---:|\n")
	for _, s := range sums {
		fmt.Fprintf(&b, "| %s | %.3f | %.3f | %d | %d | %d | %d | %.2f |\n",
			s.Tool, s.MicroF1, s.MacroF1, s.Below, s.DatesRight, s.DatesWrong, s.DatesMissing, s.MsPerPage)
	}
	b.WriteString("\n")
	if zh, tr := find(sums, "zhnews"), find(sums, "go-trafilatura"); zh != nil && tr != nil && zh.MsPerPage > 0 {
		fmt.Fprintf(&b, "Speed: zhnews %.2f ms/page, go-trafilatura %.2f ms/page: zhnews is %.1f× as fast.\n",
			zh.MsPerPage, tr.MsPerPage, tr.MsPerPage/zh.MsPerPage)
	}
	if zh := find(sums, "zhnews"); zh != nil {
		n := 0
		for _, r := range zh.Pages {
			if r.Format == "html" {
				n++
			}
		}
		fmt.Fprintf(&b, "zhnews read %d of %d pages as HTML.\n", n, len(zh.Pages))
	}
	for _, s := range sums {
		if s.Errors > 0 {
			fmt.Fprintf(&b, "%s: %d pages failed (scored as empty).\n", s.Tool, s.Errors)
		}
		if s.BaselineMacroF1 != nil {
			fmt.Fprintf(&b, "%s: macro F1 %.3f, manifest.tsv baseline %.3f; largest per-page difference %.3f",
				s.Tool, s.MacroF1, *s.BaselineMacroF1, *s.MaxBaselineDiff)
			if *s.MaxBaselineDiff >= 0.0005 { // manifest.tsv rounds to 3 decimals
				fmt.Fprintf(&b, " (%s)", s.MaxDiffPage)
			}
			b.WriteString(".\n")
		}
	}
	if verbose {
		writePages(&b, pages, sums)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// writePages prints one row per page: each tool's F1 and its date, marked
// ✓ right, ✗ wrong, – missing, or nothing when the gold has no date.
func writePages(b *strings.Builder, pages []page, sums []summary) {
	b.WriteString("\n| page | gold date |")
	for _, s := range sums {
		b.WriteString(" " + s.Tool + " |")
	}
	b.WriteString("\n|---|---|" + strings.Repeat("---|", len(sums)) + "\n")
	for i, p := range pages {
		fmt.Fprintf(b, "| %.8s | %s |", p.id, p.goldDay)
		for _, s := range sums {
			r := s.Pages[i]
			mark := ""
			switch {
			case r.GoldDay == "":
			case r.Day == "":
				mark = " –"
			case r.Day == r.GoldDay:
				mark = " ✓"
			default:
				mark = " ✗ " + r.Day
			}
			if r.Error != "" {
				mark += " (error)"
			}
			fmt.Fprintf(b, " %.3f%s |", r.F1, mark)
		}
		b.WriteString("\n")
	}
}

// writeJSON prints the summaries, with their per-page results, as JSON.
func writeJSON(w io.Writer, dir string, pages []page, runs int, sums []summary) error {
	e := json.NewEncoder(w)
	e.SetIndent("", "  ")
	return e.Encode(struct {
		Corpus     string    `json:"corpus"`
		Pages      int       `json:"pages"`
		DatedPages int       `json:"dated_pages"`
		Runs       int       `json:"runs"`
		Tools      []summary `json:"tools"`
	}{dir, len(pages), datedPages(pages), runs, sums})
}

// find returns the summary of the named tool, or nil.
func find(sums []summary, name string) *summary {
	for i := range sums {
		if sums[i].Tool == name {
			return &sums[i]
		}
	}
	return nil
}
