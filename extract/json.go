package extract

import (
	"bytes"
	"encoding/json"
	"slices"
	"unicode/utf8"
)

// jsonHead is the first part of an Article's JSON form, as described in
// the project's docs/json.md (without the "path" field, which belongs to
// the program); "body", "removed" and "facts" follow it (see AppendJSON).
type jsonHead struct {
	Format    Format   `json:"format"`
	Encoding  string   `json:"encoding"`
	Script    string   `json:"script"`
	Title     string   `json:"title"`
	Published string   `json:"published"`
	Source    string   `json:"source"`
	Authors   []string `json:"authors"`
	Summary   string   `json:"summary,omitempty"`
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
func (a *Article) MarshalJSON() ([]byte, error) { return a.AppendJSON(nil) }

// AppendJSON appends the JSON form of a (see MarshalJSON) to dst. The body
// is written paragraph by paragraph and the facts one by one, so that a
// document of many megabytes is held once more as JSON, not several times.
func (a *Article) AppendJSON(dst []byte) ([]byte, error) {
	h := jsonHead{
		Format:    a.Format,
		Encoding:  a.Encoding,
		Script:    a.Script,
		Title:     a.Title,
		Published: a.Published.String(),
		Source:    a.Source,
		Authors:   a.Authors,
		Summary:   a.Summary,
	}
	if h.Authors == nil {
		h.Authors = []string{}
	}
	b, err := appendEncoded(dst, h)
	if err != nil {
		return dst, err
	}
	b = append(b[:len(b)-1], `,"body":"`...) // the head without its closing brace
	for i, p := range a.Paragraphs {
		if i > 0 {
			b = append(b, `\n`...)
		}
		b = appendJSONText(b, p)
	}
	b = append(b, `","removed":[`...)
	for i, r := range a.Removed {
		if i > 0 {
			b = append(b, ',')
		}
		if b, err = appendEncoded(b, jsonRemoved(r)); err != nil {
			return dst, err
		}
	}
	b = append(b, `],"facts":[`...)
	start := len(b)
	for i, f := range a.Facts {
		if i > 0 {
			b = append(b, ',')
		}
		fj, err := f.MarshalJSON()
		if err != nil {
			return dst, err
		}
		b = append(b, fj...)
		if i == growAfter && len(a.Facts) > 2*growAfter {
			b = growFor(b, len(b)-start, i+1, len(a.Facts))
		}
	}
	return append(b, "]}"...), nil
}

// appendEncoded appends the JSON of v, without HTML escaping and without
// the encoder's newline.
func appendEncoded(dst []byte, v any) ([]byte, error) {
	buf := bytes.NewBuffer(dst)
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false) // keep < > & readable in Chinese text
	if err := enc.Encode(v); err != nil {
		return dst, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// appendJSONText appends s as the inside of a JSON string, escaped as
// encoding/json escapes it without HTML escaping: quotes, backslashes,
// control characters, U+2028 and U+2029, and invalid UTF-8 as U+FFFD.
func appendJSONText(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	return append(b, s[start:]...)
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
