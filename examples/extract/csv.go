package main

import (
	"bytes"
	"encoding/csv"
	"strconv"
	"strings"

	"github.com/zhnews/zhnews/extract"
	"github.com/zhnews/zhnews/extract/fact"
	"github.com/zhnews/zhnews/extract/num"
)

// This file writes -format csv: one row per fact, for loading results into
// a spreadsheet or a database. Each row starts with the document's columns
// (path, url, fetched, title, published, error); a document without facts
// gets one row with the fact columns empty, and one that failed a row with
// its error, so that every document read is in the table.

// A csvColumn is a column of a fact's row.
type csvColumn struct {
	name string
	get  func(f *fact.Fact) string
}

// factColumns are the fact's fields, named as in the JSON output.
var factColumns = []csvColumn{
	{"kind", func(f *fact.Fact) string { return string(f.Kind) }},
	{"text", func(f *fact.Fact) string { return f.Text }},
	{"start", func(f *fact.Fact) string { return strconv.Itoa(f.Start) }},
	{"end", func(f *fact.Fact) string { return strconv.Itoa(f.End) }},
	{"in", func(f *fact.Fact) string { return f.In }},
	{"value", factValue},
	{"value_end", func(f *fact.Fact) string { return f.Until.String() }},
	{"currency", func(f *fact.Fact) string { return f.Currency }},
	{"approx", func(f *fact.Fact) string { return boolText(f.Approx) }},
	{"min", func(f *fact.Fact) string { return decimal(f.Min) }},
	{"max", func(f *fact.Fact) string { return decimal(f.Max) }},
	{"role", func(f *fact.Fact) string { return string(f.Role) }},
	{"basis", func(f *fact.Fact) string { return f.Basis }},
	{"scope", func(f *fact.Fact) string { return string(f.Scope) }},
	{"unit", func(f *fact.Fact) string { return f.Unit }},
	{"period", func(f *fact.Fact) string { return string(f.Period) }},
	{"product", func(f *fact.Fact) string { return f.Product }},
	{"status", func(f *fact.Fact) string { return f.Status }},
	{"investment", func(f *fact.Fact) string { return linked(f.Investment) }},
	{"capacity", func(f *fact.Fact) string { return linked(f.Capacity) }},
	{"companies", func(f *fact.Fact) string { return strings.Join(f.Companies, ";") }},
}

// docColumns are the document's columns, before the fact's.
var docColumns = []string{"path", "url", "fetched", "title", "published", "error"}

// csvHeader is the header row.
func csvHeader() []byte {
	names := append([]string(nil), docColumns...)
	for _, c := range factColumns {
		names = append(names, c.name)
	}
	return csvRows([][]string{names})
}

// appendCSV appends the rows of one document to buf.
func appendCSV(buf []byte, j job, a *extract.Article, err error) []byte {
	doc := []string{j.path, j.url, j.fetched, "", "", ""}
	alone := func() []byte { // the document's row, its fact columns empty
		row := append(doc, make([]string, len(factColumns))...)
		return append(buf, csvRows([][]string{row})...)
	}
	if err != nil {
		doc[5] = err.Error()
		return alone()
	}
	doc[3], doc[4] = a.Title, a.Published.String()
	if len(a.Facts) == 0 {
		return alone()
	}
	rows := make([][]string, len(a.Facts))
	for i := range a.Facts {
		row := append(make([]string, 0, len(doc)+len(factColumns)), doc...)
		for _, c := range factColumns {
			row = append(row, c.get(&a.Facts[i]))
		}
		rows[i] = row
	}
	return append(buf, csvRows(rows)...)
}

func csvRows(rows [][]string) []byte {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.WriteAll(rows) // a bytes.Buffer does not fail
	return b.Bytes()
}

// factValue is the value column: a number for money and capacities, a date
// for dates, the name for projects and companies.
func factValue(f *fact.Fact) string {
	switch f.Kind {
	case fact.KindMoney, fact.KindCapacity:
		return f.Value.String()
	case fact.KindDate:
		return f.Date.String()
	}
	return f.Name
}

// linked is the value of a fact linked to a project: the amount, or the
// capacity with its unit.
func linked(f *fact.Fact) string {
	switch {
	case f == nil:
		return ""
	case f.Kind == fact.KindCapacity:
		return f.Value.String() + " " + f.Unit
	}
	return f.Value.String()
}

func decimal(d *num.Decimal) string {
	if d == nil {
		return ""
	}
	return d.String()
}

func boolText(b bool) string {
	if b {
		return "true"
	}
	return ""
}
