package extract

import (
	"errors"
	"unicode/utf8"
)

// decodeBytes is a stand-in until package decode lands.
func decodeBytes(b []byte) ([]byte, string, error) {
	if len(b) == 0 {
		return nil, "", errors.New("empty input")
	}
	if !utf8.Valid(b) {
		return nil, "", errors.New("not UTF-8")
	}
	return b, "utf-8", nil
}
