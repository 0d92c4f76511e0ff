package extract

import (
	"bytes"
	"encoding/json"
	"testing"
)

// FuzzAppendJSONText checks that the body is escaped exactly as
// encoding/json escapes a string without HTML escaping.
func FuzzAppendJSONText(f *testing.F) {
	for _, s := range []string{"", "招商引资", `"引号"\反斜杠`, "a\nb\rc\td\x00\x1f", "\u2028\u2029", "bad \xff\xfe utf-8", "<b>&</b>", "\xe6\x8b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		enc.Encode(s)
		got := append(appendJSONText([]byte{'"'}, s), '"', '\n')
		if !bytes.Equal(got, want.Bytes()) {
			t.Fatalf("appendJSONText(%q) = %s, want %s", s, got, want.Bytes())
		}
	})
}
