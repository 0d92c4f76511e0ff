package extract

import (
	"bytes"
	"encoding/json"
	"slices"
)

// jsonArticle is the JSON form of an Article, as described in the project's
// CONTRACT.md (without the "path" field, which belongs to the program).
type jsonArticle struct {
	Format    Format        `json:"format"`
	Encoding  string        `json:"encoding"`
	Script    string        `json:"script"`
	Title     string        `json:"title"`
	Published string        `json:"published"`
	Source    string        `json:"source"`
	Authors   []string      `json:"authors"`
	Summary   string        `json:"summary,omitempty"`
	Body      string        `json:"body"`
	Removed   []jsonRemoved `json:"removed"`
	// "facts" comes last and is written fact by fact (see MarshalJSON).
}

type jsonRemoved struct {
	Text   string `json:"text"`
	Reason Reason `json:"reason"`
}

// MarshalJSON encodes a in the stable JSON form that the extract program
// writes: format, encoding, script, title, published ("YYYY-MM-DD",
// "YYYY-MM-DDTHH:MM:SS" or ""), source, authors, summary (when present),
// body (the paragraphs joined by "\n"), removed and facts. Empty lists are
// written as [], never null, and HTML characters are not escaped.
func (a *Article) MarshalJSON() ([]byte, error) {
	j := jsonArticle{
		Format:    a.Format,
		Encoding:  a.Encoding,
		Script:    a.Script,
		Title:     a.Title,
		Published: a.Published.String(),
		Source:    a.Source,
		Authors:   a.Authors,
		Summary:   a.Summary,
		Body:      a.Body(),
		Removed:   make([]jsonRemoved, len(a.Removed)),
	}
	if j.Authors == nil {
		j.Authors = []string{}
	}
	for i, r := range a.Removed {
		j.Removed[i] = jsonRemoved(r)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // keep < > & readable in Chinese text
	if err := enc.Encode(j); err != nil {
		return nil, err
	}
	// The facts are appended one by one rather than encoded as a slice:
	// encoding/json would copy each fact's JSON once more while checking
	// it, which for a fact-dense document of many megabytes doubles the
	// memory held.
	b := bytes.TrimSuffix(buf.Bytes(), []byte("}\n"))
	b = append(b, `,"facts":[`...)
	start := len(b)
	for i, f := range a.Facts {
		if i > 0 {
			b = append(b, ',')
		}
		fj, err := f.MarshalJSON()
		if err != nil {
			return nil, err
		}
		b = append(b, fj...)
		if i == growAfter && len(a.Facts) > 2*growAfter {
			b = growFor(b, len(b)-start, i+1, len(a.Facts))
		}
	}
	return append(b, "]}"...), nil
}

// growAfter is the number of facts written before the space for the rest
// is estimated from their average size.
const growAfter = 256

// growFor makes room in b for total facts when n of them took size bytes:
// one allocation instead of the ~25 that append's growth by a quarter
// needs for a document of millions of facts.
func growFor(b []byte, size, n, total int) []byte {
	need := size / n * (total - n) * 9 / 8
	if need <= cap(b)-len(b) {
		return b
	}
	return slices.Grow(b, need)
}
