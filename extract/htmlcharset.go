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

// decodeHTML returns the page as UTF-8 and the encoding it was read in:
// the charset of the transport (Options.Charset) or, failing that, of the
// page's head, when the bytes fit it.
func decodeHTML(b []byte, transport string) ([]byte, decode.Encoding, error) {
	labels := []string{transport}
	if declared, ok := declaredCharset(b); ok {
		labels = append(labels, string(declared))
	}
	return decodeDeclared(b, labels...)
}

// decodeDeclared returns b as UTF-8 and its encoding: the first of the
// declared labels that the bytes fit, else what detection finds. A BOM and
// valid UTF-8 always win over a label (templates copy labels that no longer
// hold), and a label the bytes are not plausible text in is ignored.
func decodeDeclared(b []byte, labels ...string) ([]byte, decode.Encoding, error) {
	detected, err := decode.Detect(b)
	if err != nil {
		return nil, "", err
	}
	if detected == decode.UTF8 || detected == decode.UTF16LE || detected == decode.UTF16BE {
		return decode.Bytes(b)
	}
	for _, label := range labels {
		declared, ok := decode.Lookup(label)
		if !ok || label == "" {
			continue
		}
		if u, enc, ok := decodeAs(b, declared, detected); ok {
			return u, enc, nil
		}
	}
	return decode.Bytes(b)
}

// decodeAs decodes b in the declared encoding when the bytes are plausible
// text in it; the GBK family is decoded as detection names it (GBK or
// GB18030), and the same encoding as detected is left to decode.Bytes,
// which tolerates a few invalid bytes.
func decodeAs(b []byte, declared, detected decode.Encoding) ([]byte, decode.Encoding, bool) {
	gbFamily := func(e decode.Encoding) bool { return e == decode.GBK || e == decode.GB18030 }
	if declared == detected || gbFamily(declared) && gbFamily(detected) {
		u, enc, err := decode.Bytes(b)
		return u, enc, err == nil
	}
	if _, plausible := decode.Plausible(b, declared); !plausible {
		return nil, "", false
	}
	u, err := declared.NewDecoder().Bytes(b)
	if err != nil {
		return nil, "", false
	}
	return u, declared, true
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
