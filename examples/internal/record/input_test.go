package record

import (
	"bufio"
	"io"
	"strings"
	"testing"

	"github.com/zhnews/zhnews/extract"
)

func TestReadLine(t *testing.T) {
	long := strings.Repeat("长", 40) // 120 bytes, over the limit and the reader's buffer
	in := "a\r\n" + long + "\n\nok " + strings.Repeat("x", 20) + "\nlast"
	br := bufio.NewReaderSize(strings.NewReader(in), 16)
	type res struct {
		line    string
		tooLong bool
		err     error
	}
	want := []res{{"a", false, nil}, {"", true, nil}, {"", false, nil}, {"ok " + strings.Repeat("x", 20), false, nil}, {"last", false, io.EOF}}
	for i, w := range want {
		line, tooLong, err := ReadLine(br, 64)
		if string(line) != w.line || tooLong != w.tooLong || err != w.err {
			t.Errorf("line %d: %q, %v, %v; want %q, %v, %v", i, line, tooLong, err, w.line, w.tooLong, w.err)
		}
	}
}

func TestDecode(t *testing.T) {
	for _, c := range []struct {
		in, url, doc string
		format       extract.Format
		err          string // a prefix of the error
	}{
		{`{"url":"https://a.example/1","text":"正文"}`, "https://a.example/1", "正文", extract.FormatText, ""},
		{`{"url":"u","html":"<p>正文</p>","text":"x"}`, "u", "<p>正文</p>", extract.FormatHTML, ""},
		{`{"url":"u","text":""}`, "u", "", extract.FormatText, ""},
		{`{"url":"u"}`, "u", "", "", `record has neither "html" nor "text"`},
		{`{"url":`, "", "", "", "not a JSON record: "},
		{`["url"]`, "", "", "", "not a JSON record: "},
	} {
		url, doc, format, err := Decode([]byte(c.in))
		gotErr := ""
		if err != nil {
			gotErr = err.Error()
		}
		errOK := gotErr == c.err || c.err != "" && strings.HasPrefix(gotErr, c.err)
		if url != c.url || string(doc) != c.doc || format != c.format || !errOK {
			t.Errorf("Decode(%s) = %q, %q, %q, %q; want %q, %q, %q, %q", c.in, url, doc, format, gotErr, c.url, c.doc, c.format, c.err)
		}
	}
}
