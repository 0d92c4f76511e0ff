// Package record writes the JSON Lines records of the extract program: one
// object per input document in the form of the project's CONTRACT.md, with
// "path" first, the article's fields, "tokens" when asked for, and "error"
// for a document that could not be read. The extract program and the Beam
// pipeline both write their records with it, so their outputs are the same.
package record

import (
	"bytes"
	"encoding/json"

	"github.com/zhnews/zhnews/extract"
	"github.com/zhnews/zhnews/segment"
)

// Token is a token in the JSON output.
type Token struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Pos   string `json:"pos"`
}

// Options say what a record holds besides the article.
type Options struct {
	Tokens  bool   // segment the body and add "tokens"
	URL     string // the document's URL, for records read from JSON Lines or WARC
	Fetched string // when the crawler fetched it (a WARC record's date)
}

// Append appends the record of one document to buf, ending with "\n". For
// a document that failed (err != nil), a is ignored and the record holds
// the contract's fields empty and "error".
func Append(buf []byte, path string, a *extract.Article, err error, o Options) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false) // json.Marshal would escape < > & in the text
	if err := enc.Encode(path); err != nil {
		return buf, err
	}
	buf = append(buf, `{"path":`...)
	buf = append(buf, bytes.TrimSpace(b.Bytes())...)
	for _, f := range [...]struct{ name, value string }{{"url", o.URL}, {"fetched", o.Fetched}} {
		if f.value != "" {
			b.Reset()
			enc.Encode(f.value)
			buf = append(buf, `,"`+f.name+`":`...)
			buf = append(buf, bytes.TrimSpace(b.Bytes())...)
		}
	}
	if err != nil {
		a = &extract.Article{}
	}
	// The article's object follows with its "{" turned into ",": written
	// in place, the record is not copied once more.
	at := len(buf)
	buf, err2 := a.AppendJSON(buf)
	if err2 != nil {
		return buf[:at], err2
	}
	buf[at] = ','
	buf = buf[:len(buf)-1] // its closing brace; the record's own comes last
	if o.Tokens && err == nil {
		toks := segment.Cut(a.Body())
		jt := make([]Token, len(toks))
		for i, t := range toks {
			jt[i] = Token(t)
		}
		b.Reset()
		if err := enc.Encode(jt); err != nil {
			return buf, err
		}
		buf = append(buf, `,"tokens":`...)
		buf = append(buf, bytes.TrimSuffix(b.Bytes(), []byte("\n"))...)
	}
	if err != nil {
		b.Reset()
		enc.Encode(err.Error())
		buf = append(buf, `,"error":`...)
		buf = append(buf, bytes.TrimSpace(b.Bytes())...)
	}
	return append(buf, "}\n"...), nil
}
