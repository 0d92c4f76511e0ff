package main

import (
	"bytes"
	"compress/flate"
	"compress/zlib"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/http/httputil"
	"strings"

	gowarc "github.com/nlnwa/gowarc/v3"

	"github.com/zhnews/zhnews/extract"
)

// This file reads WARC files, the format of Common Crawl and of most
// archiving crawlers: the response records of HTML and text pages (and
// resource records of those types) become documents, with the URL and date
// of the record's header and the charset of the HTTP Content-Type header,
// which the library validates against the bytes like a <meta> charset.
// Other records (requests, metadata, redirects, errors, images …) are
// skipped and counted.

// readOptions read what crawlers write, digests and fields missing or
// wrong included, and parse the HTTP headers of response records. Findings
// are collected, not fatal: collecting them is what makes the reader keep
// a record's block (in memory up to limit bytes, in a temporary file
// beyond) for its payload to be read.
func readOptions(limit int64) []gowarc.WarcRecordOption {
	return []gowarc.WarcRecordOption{
		gowarc.WithSyntaxErrorPolicy(gowarc.ErrIgnore),
		gowarc.WithSpecViolationPolicy(gowarc.ErrWarn),
		gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore),
		gowarc.WithBlockErrorPolicy(gowarc.ErrIgnore),
		gowarc.WithBufferMaxMemBytes(limit + 64<<10),
	}
}

// warc enumerates the records of a WARC stream, plain or compressed record
// by record.
func (e *enumerator) warc(p string, r io.Reader) {
	wr, err := gowarc.NewWarcFileReaderFromStream(struct{ io.Reader }{r}, 0, readOptions(e.c.opts.MaxBytes)...)
	if err != nil {
		e.send(job{path: p, err: fmt.Errorf("warc: %w", err)})
		return
	}
	defer wr.Close()
	for !e.stopped {
		rec, err := wr.Next()
		if err == io.EOF {
			return
		}
		if err != nil {
			e.send(job{path: fmt.Sprintf("%s@%d", p, rec.Offset), err: fmt.Errorf("warc: %w", err)})
			return
		}
		if j, ok := e.warcRecord(p, rec); ok {
			e.send(j)
		}
		rec.Close()
	}
}

// warcRecord turns a record into a job, or skips it (false).
func (e *enumerator) warcRecord(p string, rec gowarc.Record) (job, bool) {
	w := rec.WarcRecord
	h := w.WarcHeader()
	j := job{path: fmt.Sprintf("%s@%d", p, rec.Offset), url: h.Get(gowarc.WarcTargetURI), fetched: h.Get(gowarc.WarcDate)}
	var body io.Reader
	var header http.Header
	var err error
	switch w.Type() {
	case gowarc.Response:
		block, ok := w.Block().(gowarc.HttpResponseBlock)
		if !ok {
			return e.skipRecord("WARC response not HTTP")
		}
		if code := block.HttpStatusCode(); code < 200 || code > 299 {
			return e.skipRecord(fmt.Sprintf("WARC HTTP %d", code))
		}
		if hp := block.HttpHeader(); hp != nil {
			header = hp.Clone()
		} else {
			header = http.Header{}
		}
		// The parsed header has lost Transfer-Encoding (net/http keeps it
		// apart): read it from the raw header.
		if chunkedHeader(block.ProtocolHeaderBytes()) {
			header.Set("Transfer-Encoding", "chunked")
		}
		body, err = block.PayloadBytes()
	case gowarc.Resource:
		header = http.Header{"Content-Type": {h.Get(gowarc.ContentType)}}
		body, err = w.Block().RawBytes()
	default:
		return job{}, false // requests, metadata, warcinfo: not documents
	}
	format, charset, ok := mediaType(header.Get("Content-Type"))
	if !ok {
		return e.skipRecord("WARC " + header.Get("Content-Type"))
	}
	j.format, j.charset = format, charset
	if err == nil {
		j.data, err = payload(body, header, e.c.opts.MaxBytes)
	}
	j.err, j.size = err, int64(len(j.data))
	return j, true
}

// chunkedHeader reports whether raw HTTP header bytes name the chunked
// transfer coding.
func chunkedHeader(h []byte) bool {
	for _, line := range bytes.Split(h, []byte("\n")) {
		name, value, ok := bytes.Cut(line, []byte(":"))
		if ok && strings.EqualFold(string(bytes.TrimSpace(name)), "Transfer-Encoding") &&
			bytes.Contains(bytes.ToLower(value), []byte("chunked")) {
			return true
		}
	}
	return false
}

func (e *enumerator) skipRecord(why string) (job, bool) {
	e.stats.skipped[why]++
	return job{}, false
}

// mediaType reads a Content-Type: the format it forces (none when the
// header is missing: the content decides) and its charset; ok is false for
// a type that is not a page (an image, a script, a PDF …).
func mediaType(ct string) (extract.Format, string, bool) {
	if strings.TrimSpace(ct) == "" {
		return "", "", true
	}
	mt, params, err := mime.ParseMediaType(ct)
	if err != nil {
		mt = strings.ToLower(strings.TrimSpace(strings.Split(ct, ";")[0]))
	}
	switch mt {
	case "text/html", "application/xhtml+xml":
		return extract.FormatHTML, params["charset"], true
	case "text/plain":
		return extract.FormatText, params["charset"], true
	}
	return "", "", false
}

// payload reads an HTTP body up to limit bytes, undoing the chunked
// transfer coding and a gzip or deflate content coding. Crawlers differ in
// whether they store the body as sent or decoded with the headers kept, so
// a body that does not parse in the coding its header names is taken as is.
func payload(body io.Reader, h http.Header, limit int64) ([]byte, error) {
	raw, err := readLimited(body, limit, -1)
	if err != nil {
		return nil, err
	}
	if strings.EqualFold(h.Get("Transfer-Encoding"), "chunked") {
		if b, err := readLimited(httputil.NewChunkedReader(bytes.NewReader(raw)), limit, -1); err == nil {
			raw = b
		}
	}
	switch ce := strings.ToLower(strings.TrimSpace(h.Get("Content-Encoding"))); ce {
	case "", "identity":
		return raw, nil
	case "gzip", "x-gzip":
		if len(raw) < 2 || raw[0] != 0x1f || raw[1] != 0x8b {
			return raw, nil
		}
		return gunzip(bytes.NewReader(raw), limit)
	case "deflate":
		zr, err := zlib.NewReader(bytes.NewReader(raw))
		if err != nil {
			return readLimited(flate.NewReader(bytes.NewReader(raw)), limit, 0)
		}
		return readLimited(zr, limit, 0)
	default:
		return nil, fmt.Errorf("content encoding %q is not supported", ce)
	}
}
