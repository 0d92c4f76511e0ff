package record

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"

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
//
// JSON text is UTF-8, and a record is read only if its bytes are: invalid
// UTF-8, or a \u escape of a lone UTF-16 surrogate, is the record's error,
// with its byte offset in the line, rather than a U+FFFD that would
// silently replace the text (encoding/json's behaviour).
func Decode(line []byte) (url string, doc []byte, format extract.Format, err error) {
	if err := checkText(line); err != nil {
		return "", nil, "", err
	}
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

// checkText returns an error for invalid UTF-8 in a JSON line, or for a
// \u escape of an unpaired UTF-16 surrogate, both of which encoding/json
// would replace by U+FFFD.
func checkText(line []byte) error {
	for i := 0; i < len(line); {
		c := line[i]
		switch {
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRune(line[i:])
			if r == utf8.RuneError && size == 1 {
				return fmt.Errorf("invalid UTF-8: byte 0x%02X at offset %d of the record", c, i)
			}
			i += size
		case c == '\\' && i+1 < len(line) && line[i+1] == 'u':
			r, ok := hex4(line[i+2:])
			switch {
			case !ok || !utf16.IsSurrogate(r):
				i += 2
			case r < 0xDC00 && len(line) >= i+12 && line[i+6] == '\\' && line[i+7] == 'u':
				if lo, ok := hex4(line[i+8:]); ok && lo >= 0xDC00 && lo <= 0xDFFF {
					i += 12
					continue
				}
				fallthrough
			default:
				return fmt.Errorf("invalid text: unpaired surrogate \\u%04X at offset %d of the record", r, i)
			}
		case c == '\\':
			i += 2 // an escape: \" or \\ and the like
		default:
			i++
		}
	}
	return nil
}

// hex4 reads the four hex digits of a \u escape.
func hex4(b []byte) (rune, bool) {
	if len(b) < 4 {
		return 0, false
	}
	v, err := strconv.ParseUint(string(b[:4]), 16, 16)
	return rune(v), err == nil
}
