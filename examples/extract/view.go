package main

import (
	"bufio"
	"fmt"
	"strings"

	"github.com/zhnews/zhnews/extract"
	"github.com/zhnews/zhnews/extract/fact"
	"github.com/zhnews/zhnews/segment"
)

// writeText writes the readable view of an article: a header with the
// path when there are several documents, the metadata, the body (or its
// words with -tokens), and with -facts and -removed the facts and the
// removed lines.
func (c *config) writeText(w *bufio.Writer, path, url string, a *extract.Article, sep, named bool) {
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
	field("URL", url)
	field("Title", a.Title)
	field("Published", a.Published.String())
	field("Source", a.Source)
	field("Authors", strings.Join(a.Authors, ", "))
	field("Summary", a.Summary)
	fmt.Fprintf(w, "%-10s %s, %s, %s\n", "Input:", a.Format, a.Encoding, a.Script)
	w.WriteString("\n")
	if c.tokens {
		writeTokens(w, segment.Cut(a.Body()))
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
