package extract

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in ../testdata/golden")

// fixtureDirs are the directories of ../testdata whose pages have golden
// outputs in ../testdata/golden/<dir>/<name>.json.
var fixtureDirs = []string{"seeds", "text", "html"}

// fixtures returns the pages of a fixture directory.
func fixtures(t testing.TB, dir string) []string {
	var pages []string
	files, err := filepath.Glob(filepath.Join("../testdata", dir, "*"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if !strings.HasSuffix(f, ".json") {
			pages = append(pages, f)
		}
	}
	return pages
}

// TestGolden pins the whole output for every fixture page: run with
// -update to rewrite the golden files, and review the diff.
func TestGolden(t *testing.T) {
	for _, dir := range fixtureDirs {
		for _, page := range fixtures(t, dir) {
			name := strings.TrimSuffix(filepath.Base(page), filepath.Ext(page))
			t.Run(dir+"/"+name, func(t *testing.T) {
				b, err := os.ReadFile(page)
				if err != nil {
					t.Fatal(err)
				}
				a, err := Bytes(b)
				if err != nil {
					t.Fatal(err)
				}
				var pretty bytes.Buffer
				enc := json.NewEncoder(&pretty)
				enc.SetEscapeHTML(false)
				enc.SetIndent("", "  ")
				if err := enc.Encode(a); err != nil {
					t.Fatal(err)
				}
				golden := filepath.Join("../testdata/golden", dir, name+".json")
				if *update {
					if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
						t.Fatal(err)
					}
					if err := os.WriteFile(golden, pretty.Bytes(), 0o644); err != nil {
						t.Fatal(err)
					}
					return
				}
				want, err := os.ReadFile(golden)
				if err != nil {
					t.Fatalf("%v (run go test ./... -update to create it)", err)
				}
				if !bytes.Equal(pretty.Bytes(), want) {
					t.Errorf("output differs from %s; run go test ./... -update and review the diff\n%s", golden, firstDiff(pretty.String(), string(want)))
				}
			})
		}
	}
}

// firstDiff shows the first differing line of two texts.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return "line " + strconv.Itoa(i+1) + ":\n got: " + gl + "\nwant: " + wl
		}
	}
	return ""
}
