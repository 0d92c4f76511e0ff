package extract

import (
	"bytes"
	"encoding/json"

	"github.com/zhnews/zhnews/extract/fact"
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
	Facts     []fact.Fact   `json:"facts"`
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
		Facts:     a.Facts,
	}
	if j.Authors == nil {
		j.Authors = []string{}
	}
	if j.Facts == nil {
		j.Facts = []fact.Fact{}
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
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}
