package record

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/zhnews/zhnews/extract"
)

// ReadLine reads one line of at most limit bytes from br, without its line
// ending. A longer line is consumed without being held and reported as too
// long. The line is a fresh slice, safe to keep.
func ReadLine(br *bufio.Reader, limit int64) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if int64(len(line)+len(chunk)) > limit {
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if err != bufio.ErrBufferFull {
			if tooLong {
				return nil, true, err
			}
			return bytes.TrimRight(line, "\r\n"), false, err
		}
	}
}

// crawled is a record of JSON Lines input.
type crawled struct {
	URL  string  `json:"url"`
	HTML *string `json:"html"`
	Text *string `json:"text"`
}

// Decode reads a crawled record, {"url": …, "html": …} or {"url": …,
// "text": …}, and returns its URL, the document and the format its field
// says: "html" forces the HTML reading, "text" the plain-text one.
func Decode(line []byte) (url string, doc []byte, format extract.Format, err error) {
	var rec crawled
	if err := json.Unmarshal(line, &rec); err != nil {
		return "", nil, "", fmt.Errorf("not a JSON record: %v", err)
	}
	switch {
	case rec.HTML != nil:
		return rec.URL, []byte(*rec.HTML), extract.FormatHTML, nil
	case rec.Text != nil:
		return rec.URL, []byte(*rec.Text), extract.FormatText, nil
	}
	return rec.URL, nil, "", errors.New(`record has neither "html" nor "text"`)
}
