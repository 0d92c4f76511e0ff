package main

import (
	"bytes"
	"compress/gzip"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// fixtures are the project's pages: the seeds and our text and HTML
// fixtures, with the Content-Type a server would send for each.
func fixtures(t *testing.T) (paths []string, types []string) {
	t.Helper()
	for _, pat := range []string{"../../testdata/seeds/*.txt", "../../testdata/text/*.txt", "../../testdata/html/*.html"} {
		files, _ := filepath.Glob(pat)
		for _, f := range files {
			ct := "text/plain; charset=utf-8"
			switch {
			case strings.HasSuffix(f, "gbk.html"):
				ct = "text/html; charset=gbk"
			case strings.HasSuffix(f, "gbk_page.txt"):
				ct = "text/plain; charset=gb2312"
			case strings.HasSuffix(f, "big5_traditional.html"):
				ct = "text/html; charset=big5"
			case strings.HasSuffix(f, "big5_traditional.txt"):
				ct = "text/plain" // no charset: the bytes decide
			case strings.HasSuffix(f, ".html"):
				ct = "text/html; charset=iso-8859-1" // a wrong label, as servers send: the bytes overrule it
			}
			paths, types = append(paths, f), append(types, ct)
		}
	}
	if len(paths) == 0 {
		t.Skip("no fixtures")
	}
	return paths, types
}

// articles runs the program with -json and returns the records with the
// fields that name where a document came from taken out.
func articles(t *testing.T, args ...string) []map[string]any {
	t.Helper()
	var out, errb bytes.Buffer
	if code := run(append([]string{"-json"}, args...), nil, &out, &errb); code != 0 {
		t.Fatalf("%v: exit %d: %s", args, code, errb.String())
	}
	recs := records(t, out.Bytes())
	for _, r := range recs {
		delete(r, "path")
		delete(r, "url")
		delete(r, "fetched")
	}
	return recs
}

// TestWARC builds a WARC file of the fixtures, as a crawler would write it
// (each record gzipped on its own, a request before each response, a
// redirect, a 404 and an image among them; one body chunked and gzipped),
// and checks that it gives the same articles and facts as the fixture
// files, with the URL and date of the records' headers.
func TestWARC(t *testing.T) {
	paths, types := fixtures(t)
	var warc bytes.Buffer
	warcRecord(&warc, "warcinfo", "", "application/warc-fields", []byte("software: a test\r\n"))
	for i, p := range paths {
		page, _ := os.ReadFile(p)
		url := fmt.Sprintf("https://news.example.cn/%d.html", i)
		warcRecord(&warc, "request", url, "application/http;msgtype=request", []byte("GET /"+fmt.Sprint(i)+".html HTTP/1.1\r\nHost: news.example.cn\r\n\r\n"))
		head := "HTTP/1.1 200 OK\r\nContent-Type: " + types[i] + "\r\n"
		if i == 1 {
			head += "Content-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n"
			page = chunked(gzipBytes(page))
		}
		warcRecord(&warc, "response", url, "application/http;msgtype=response", append([]byte(head+"\r\n"), page...))
		if i == 2 {
			warcRecord(&warc, "response", url+"?old", "application/http;msgtype=response", []byte("HTTP/1.1 301 Moved\r\nLocation: /x\r\n\r\n"))
			warcRecord(&warc, "response", url+".png", "application/http;msgtype=response", []byte("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG"))
			warcRecord(&warc, "response", url+"?gone", "application/http;msgtype=response", []byte("HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<html><body>没有找到</body></html>"))
		}
	}
	file := filepath.Join(t.TempDir(), "crawl.warc.gz")
	if err := os.WriteFile(file, warc.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	want := articles(t, paths...)
	got := articles(t, file)
	if len(got) != len(want) {
		t.Fatalf("%d records from the WARC file, want %d", len(got), len(want))
	}
	for i := range want {
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Errorf("%s: the WARC record gives\n%.400v\nthe file gives\n%.400v", paths[i], got[i], want[i])
		}
	}
	var out, errb bytes.Buffer
	run([]string{"-json", file}, nil, &out, &errb)
	recs := records(t, out.Bytes())
	if recs[3]["url"] != "https://news.example.cn/3.html" || recs[3]["fetched"] != "2024-05-11T08:00:00Z" || !strings.HasPrefix(recs[3]["path"].(string), file+"@") {
		t.Errorf("record 3: path %v, url %v, fetched %v", recs[3]["path"], recs[3]["url"], recs[3]["fetched"])
	}
}

// warcRecord appends one gzipped WARC record.
func warcRecord(w *bytes.Buffer, typ, url, ct string, block []byte) {
	var r bytes.Buffer
	fmt.Fprintf(&r, "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%08x-0000-4000-8000-000000000000>\r\n", typ, w.Len())
	if url != "" {
		fmt.Fprintf(&r, "WARC-Target-URI: %s\r\n", url)
	}
	fmt.Fprintf(&r, "WARC-Date: 2024-05-11T08:00:00Z\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n", ct, len(block))
	r.Write(block)
	r.WriteString("\r\n\r\n")
	w.Write(gzipBytes(r.Bytes()))
}

func gzipBytes(b []byte) []byte {
	var out bytes.Buffer
	zw := gzip.NewWriter(&out)
	zw.Write(b)
	zw.Close()
	return out.Bytes()
}

// chunked encodes b in the chunked transfer coding, 1000 bytes a chunk.
func chunked(b []byte) []byte {
	var out bytes.Buffer
	for len(b) > 0 {
		n := min(len(b), 1000)
		fmt.Fprintf(&out, "%x\r\n", n)
		out.Write(b[:n])
		out.WriteString("\r\n")
		b = b[n:]
	}
	out.WriteString("0\r\n\r\n")
	return out.Bytes()
}

// TestGzipInputs checks that pages and JSON Lines compressed with gzip
// give what their plain forms give.
func TestGzipInputs(t *testing.T) {
	paths, _ := fixtures(t)
	dir := t.TempDir()
	var jl bytes.Buffer
	enc := json.NewEncoder(&jl)
	for i, p := range paths[:6] {
		page, _ := os.ReadFile(p)
		writeGzip(t, filepath.Join(dir, fmt.Sprintf("%02d%s.gz", i, filepath.Ext(p))), page)
		field := "text"
		if strings.HasSuffix(p, ".html") {
			field = "html"
		}
		enc.Encode(map[string]string{"url": fmt.Sprint(i), field: string(page)})
	}
	want := articles(t, paths[:6]...)
	if got := articles(t, dir); !reflect.DeepEqual(got, want) {
		t.Errorf("gzipped pages differ from the pages")
	}
	page, _ := os.ReadFile(paths[0])
	var out, errb bytes.Buffer
	if code := run([]string{"-json", "-"}, bytes.NewReader(gzipBytes(page)), &out, &errb); code != 0 || !strings.Contains(out.String(), `"title":"`) {
		t.Errorf("gzipped standard input: exit %d, %.200s %s", code, out.String(), errb.String())
	}
	plain := filepath.Join(dir, "records.jsonl")
	os.WriteFile(plain, jl.Bytes(), 0o644)
	writeGzip(t, plain+".gz", jl.Bytes())
	if got := articles(t, "-jsonl-in", plain+".gz"); !reflect.DeepEqual(got, articles(t, "-jsonl-in", plain)) {
		t.Errorf("gzipped JSON Lines differ from the plain file")
	}
}

// TestCSV checks -format csv: a header, a row per fact with the document's
// columns, one row for a document without facts and one with its error.
func TestCSV(t *testing.T) {
	dir := t.TempDir()
	none := filepath.Join(dir, "none.txt")
	os.WriteFile(none, []byte("今天天气很好，我们去公园散步。\n"), 0o644)
	bad := filepath.Join(dir, "bad.txt")
	os.WriteFile(bad, []byte("\x00\x01"), 0o644)
	var out, errb bytes.Buffer
	if code := run([]string{"-format", "csv", seed, none, bad}, nil, &out, &errb); code != 1 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	rows, err := csv.NewReader(&out).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var jout bytes.Buffer
	run([]string{"-json", seed}, nil, &jout, &errb)
	var rec struct {
		Title string
		Facts []map[string]any
	}
	json.Unmarshal(jout.Bytes(), &rec)
	if len(rows) != 1+len(rec.Facts)+2 {
		t.Fatalf("%d rows, want header + %d facts + 2", len(rows), len(rec.Facts))
	}
	col := map[string]int{}
	for i, name := range rows[0] {
		col[name] = i
	}
	for i, f := range rec.Facts {
		row := rows[1+i]
		if row[col["path"]] != seed || row[col["title"]] != rec.Title || row[col["kind"]] != f["kind"] || row[col["text"]] != f["text"] || row[col["value"]] != fmt.Sprint(f["value"]) && f["kind"] != "money" && f["kind"] != "capacity" {
			t.Errorf("row %d = %v, fact %v", i+1, row, f)
		}
	}
	last := rows[len(rows)-2:]
	if last[0][col["path"]] != none || last[0][col["kind"]] != "" || last[1][col["path"]] != bad || !strings.Contains(last[1][col["error"]], "binary") {
		t.Errorf("the last rows: %v", last)
	}
}
