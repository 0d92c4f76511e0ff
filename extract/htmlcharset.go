package extract

import (
	"bytes"
	"regexp"

	"github.com/zhnews/zhnews/extract/decode"
)

// This file decides how an HTML page is encoded: a BOM, else the charset the
// page declares anywhere in its head (not only in the first 1024 bytes, as a
// WHATWG prescan would), validated against the bytes — a page that says
// gb2312 but is UTF-8 exists — else the same detection as for text.

// isHTML reports whether b looks like an HTML page rather than text: it
// starts, after white space and a BOM, with a tag or a comment, and has an
// html, head, body or block tag near the start.
func isHTML(b []byte) bool {
	head := b[:min(len(b), 4096)]
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	head = bytes.TrimLeft(head, " \t\r\n")
	if len(head) == 0 || head[0] != '<' {
		return false
	}
	return htmlTagRE.Match(head)
}

var htmlTagRE = regexp.MustCompile(`(?i)<(!doctype\s+html|html|head|body|meta|title|div|p|table|br)[\s>/]`)

// charsetRE finds a declared charset: <meta charset="gbk">, or
// <meta http-equiv="Content-Type" content="text/html; charset=gb2312">.
var charsetRE = regexp.MustCompile(`(?i)<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9_\-]+)`)

// declaredCharset returns the encoding the page's head declares, if any.
// It looks through the whole head (up to </head> or <body>, at most 64 KB).
func declaredCharset(b []byte) (decode.Encoding, bool) {
	head := b[:min(len(b), 64<<10)]
	if i := indexASCIIFold(head, "</head"); i >= 0 {
		head = head[:i]
	}
	m := charsetRE.FindSubmatch(head)
	if m == nil {
		return "", false
	}
	return decode.Lookup(string(m[1]))
}

// decodeHTML returns the page as UTF-8 and the encoding it was read in.
func decodeHTML(b []byte) ([]byte, decode.Encoding, error) {
	detected, err := decode.Detect(b)
	if err != nil {
		return nil, "", err
	}
	declared, ok := declaredCharset(b)
	switch {
	case !ok, declared == detected:
		return decode.Bytes(b)
	case detected == decode.UTF8 || detected == decode.UTF16LE || detected == decode.UTF16BE:
		// The bytes are valid UTF-8 (or carry a UTF-16 BOM): trust them
		// over a label copied from a template.
		return decode.Bytes(b)
	}
	if _, plausible := decode.Plausible(b, declared); !plausible {
		return decode.Bytes(b)
	}
	if declared == decode.GBK || declared == decode.GB18030 {
		if detected == decode.GBK || detected == decode.GB18030 {
			return decode.Bytes(b)
		}
	}
	u, err := declared.NewDecoder().Bytes(b)
	if err != nil {
		return decode.Bytes(b)
	}
	return u, declared, nil
}

// indexASCIIFold is the index of the first instance of the lower-case ASCII
// string sub in b, with ASCII letters of b matched in either case, or -1.
// Unlike bytes.ToLower it keeps every offset, whatever b holds.
func indexASCIIFold(b []byte, sub string) int {
	for i := 0; i+len(sub) <= len(b); i++ {
		j := 0
		for j < len(sub) && b[i+j]|asciiCase(b[i+j]) == sub[j] {
			j++
		}
		if j == len(sub) {
			return i
		}
	}
	return -1
}

// asciiCase is the bit that makes the ASCII letter c lower case, or 0.
func asciiCase(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return 0x20
	}
	return 0
}
