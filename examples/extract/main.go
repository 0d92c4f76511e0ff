// Command extract prints the clean article of scraped Chinese news pages.
//
// Usage:
//
//	extract [flags] FILE...
//
// FILE may be "-" for standard input. For each file it prints the title,
// publication date, source, authors and body as readable text, or with
// -json one JSON object per file per line, in the form described in the
// project's CONTRACT.md.
//
// Each article carries its facts (money, capacities, dates, projects,
// companies); -ref gives the reference date for pages that state no
// publication date, and -raw treats the input as clean body text.
//
// With -tokens it also segments the body into words (package segment): the
// JSON gains "tokens": [{"text","start","end","pos"}], and the text view a
// "/"-separated line per paragraph. The dictionary is only loaded then.
//
// Exit status: 0 when every input was read; 1 when any input could not be
// read or decoded (its error goes to standard error as "path: reason", the
// other inputs are still processed); 2 for bad flags.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"time"

	"github.com/zhnews/zhnews/extract"
	"github.com/zhnews/zhnews/extract/fact"
	"github.com/zhnews/zhnews/segment"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// config holds the parsed flags.
type config struct {
	json    bool
	removed bool
	facts   bool
	tokens  bool
	opts    extract.Options
}

// run is the whole program, with its environment passed in for tests.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("extract", flag.ContinueOnError)
	fl.SetOutput(stderr)
	var c config
	fl.BoolVar(&c.json, "json", false, "write one JSON object per input (JSON Lines)")
	fl.BoolVar(&c.removed, "removed", false, "in the text view, also list the removed lines with their reasons")
	fl.BoolVar(&c.facts, "facts", false, "in the text view, also list the facts")
	fl.BoolVar(&c.opts.Raw, "raw", false, "treat the whole input as clean body text: no cleaning, no metadata")
	fl.Func("ref", "reference date `YYYY-MM-DD` for relative and year-less dates when a page states none", func(v string) error {
		t, err := time.Parse("2006-01-02", v)
		c.opts.Ref = t
		return err
	})
	fl.BoolVar(&c.tokens, "tokens", false, "segment the body into words (adds \"tokens\" to the JSON)")
	fl.Usage = func() {
		fmt.Fprintf(stderr, "usage: extract [flags] FILE...   (FILE may be - for standard input)\n")
		fl.PrintDefaults()
	}
	if err := fl.Parse(args); err != nil {
		return 2
	}
	if fl.NArg() == 0 {
		fl.Usage()
		return 2
	}
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	status := 0
	for i, path := range fl.Args() {
		a, err := c.extractFile(path, stdin)
		if err != nil {
			out.Flush()
			fmt.Fprintf(stderr, "%s: %v\n", path, err)
			status = 1
			continue
		}
		var toks []segment.Token
		if c.tokens {
			toks = segment.Cut(a.Body())
		}
		if c.json {
			err = writeJSON(out, path, a, toks, c.tokens)
		} else {
			err = c.writeText(out, path, a, toks, i > 0, fl.NArg() > 1)
		}
		if err != nil {
			fmt.Fprintf(stderr, "extract: %v\n", err)
			return 1
		}
	}
	return status
}

// extractFile reads and extracts one input.
func (c *config) extractFile(path string, stdin io.Reader) (*extract.Article, error) {
	if path == "-" {
		return c.opts.Read(stdin)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, reason(err)
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.IsDir() {
		return nil, errors.New("is a directory")
	}
	return c.opts.Read(f)
}

// reason strips the path from file errors, since the caller prints it.
func reason(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// jsonToken is a token in the JSON output.
type jsonToken struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Pos   string `json:"pos"`
}

// writeJSON writes one JSON Lines record: "path" followed by the fields of
// the article's JSON form, and "tokens" when asked for.
func writeJSON(w *bufio.Writer, path string, a *extract.Article, toks []segment.Token, withTokens bool) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // json.Marshal would escape < > & again
	if err := enc.Encode(path); err != nil {
		return err
	}
	w.WriteString(`{"path":`)
	w.Write(bytes.TrimSpace(buf.Bytes()))
	w.WriteByte(',')
	buf.Reset()
	if err := enc.Encode(a); err != nil {
		return err
	}
	fields := bytes.TrimSuffix(buf.Bytes()[1:], []byte("}\n")) // the article's fields
	w.Write(fields)
	if withTokens {
		jt := make([]jsonToken, len(toks))
		for i, t := range toks {
			jt[i] = jsonToken(t)
		}
		buf.Reset()
		if err := enc.Encode(jt); err != nil {
			return err
		}
		w.WriteString(`,"tokens":`)
		w.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
	}
	w.WriteByte('}')
	return w.WriteByte('\n')
}

// writeText writes the readable view of an article.
func (c *config) writeText(w *bufio.Writer, path string, a *extract.Article, toks []segment.Token, sep, named bool) error {
	if sep {
		w.WriteString("\n")
	}
	if named {
		fmt.Fprintf(w, "==> %s <==\n", path)
	}
	field := func(name, value string) {
		if value != "" {
			fmt.Fprintf(w, "%-10s %s\n", name+":", value)
		}
	}
	field("Title", a.Title)
	field("Published", a.Published.String())
	field("Source", a.Source)
	field("Authors", strings.Join(a.Authors, ", "))
	field("Summary", a.Summary)
	fmt.Fprintf(w, "%-10s %s, %s, %s\n", "Input:", a.Format, a.Encoding, a.Script)
	w.WriteString("\n")
	if c.tokens {
		writeTokens(w, toks)
	} else {
		for _, p := range a.Paragraphs {
			w.WriteString(p)
			w.WriteString("\n")
		}
	}
	if c.facts && len(a.Facts) > 0 {
		w.WriteString("\n-- facts --\n")
		for _, f := range a.Facts {
			writeFact(w, f)
		}
	}
	if c.removed && len(a.Removed) > 0 {
		w.WriteString("\n-- removed --\n")
		for _, r := range a.Removed {
			fmt.Fprintf(w, "[%s] %s\n", r.Reason, r.Text)
		}
	}
	return w.Flush()
}

// writeTokens writes the body with its tokens separated by "/", a line per
// paragraph.
func writeTokens(w *bufio.Writer, toks []segment.Token) {
	first := true
	for _, t := range toks {
		if t.Text == "\n" {
			w.WriteString("\n")
			first = true
			continue
		}
		if !first {
			w.WriteString("/")
		}
		w.WriteString(t.Text)
		first = false
	}
	w.WriteString("\n")
}

// writeFact writes one fact on a line of the text view.
func writeFact(w *bufio.Writer, f fact.Fact) {
	fmt.Fprintf(w, "%-8s %s", f.Kind, f.Text)
	switch f.Kind {
	case fact.KindMoney:
		fmt.Fprintf(w, " = %s %s", f.Value, f.Currency)
		if f.Approx {
			w.WriteString(" approx")
		}
		if f.Min != nil {
			fmt.Fprintf(w, " min %s", f.Min)
		}
		if f.Max != nil {
			fmt.Fprintf(w, " max %s", f.Max)
		}
	case fact.KindCapacity:
		fmt.Fprintf(w, " = %s %s", f.Value, f.Unit)
		if f.Period != "" {
			fmt.Fprintf(w, "/%s", f.Period)
		}
		if f.Product != "" {
			fmt.Fprintf(w, " %s", f.Product)
		}
	case fact.KindDate:
		fmt.Fprintf(w, " = %s", f.Date)
		if !f.Until.IsZero() {
			fmt.Fprintf(w, " … %s", f.Until)
		}
	case fact.KindProject:
		if f.Status != "" {
			fmt.Fprintf(w, " [%s]", f.Status)
		}
		if f.Investment != nil {
			fmt.Fprintf(w, " investment %s", f.Investment.Value)
		}
		if len(f.Companies) > 0 {
			fmt.Fprintf(w, " by %s", strings.Join(f.Companies, ", "))
		}
	}
	if f.In != "" {
		fmt.Fprintf(w, " (in %s)", f.In)
	}
	w.WriteString("\n")
}
