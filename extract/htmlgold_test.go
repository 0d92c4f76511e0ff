package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/zhnews/zhnews/extract/fold"
)

// htmlGold is the gold annotation of an HTML fixture: the article as the
// seeds' gold describes it, and snippets of chrome that must not be in the
// body.
type htmlGold struct {
	Input     string   `json:"input"`
	Encoding  string   `json:"encoding"`
	Script    string   `json:"script"`
	Title     *string  `json:"title"`
	Published *string  `json:"published"`
	Source    *string  `json:"source"`
	Authors   []string `json:"authors"`
	Body      []string `json:"body"`
	Absent    []string `json:"absent"`
}

// TestHTMLFixturesGold checks the HTML fixtures against their gold: title,
// published, source, authors, encoding and script equal; every gold body
// paragraph in the body; no absent snippet in it.
func TestHTMLFixturesGold(t *testing.T) { checkHTMLGoldDir(t, "../testdata/html") }

// TestHoldoutHTMLGold runs the same checks over a directory of HTML pages and
// gold files named by ZHNEWS_HOLDOUT_HTML, for measuring the extractor on
// pages it was not tuned on. It also reports the char-bigram F1 of the body
// against the gold paragraphs, as the zh-html corpus test does.
func TestHoldoutHTMLGold(t *testing.T) {
	dir := os.Getenv("ZHNEWS_HOLDOUT_HTML")
	if dir == "" {
		t.Skip("ZHNEWS_HOLDOUT_HTML not set")
	}
	checkHTMLGoldDir(t, dir)
}

// htmlStats aggregates the checks of checkHTMLGoldDir.
type htmlStats struct {
	pages, clean                      int
	title, published, source, authors int
	paragraphs, found, absent, leaked int
	tp, fp, fn                        int
	sumF1                             float64
}

func (st htmlStats) String() string {
	return fmt.Sprintf("%d/%d pages pass every check; title %d, published %d, source %d, authors %d right; "+
		"body paragraphs found %d/%d; absent snippets in the body %d/%d; body char-bigram F1 micro %.3f, macro %.3f",
		st.clean, st.pages, st.title, st.published, st.source, st.authors, st.found, st.paragraphs,
		st.leaked, st.absent, f1(st.tp, st.fp, st.fn), st.sumF1/float64(max(st.pages, 1)))
}

// checkHTMLGoldDir checks every *.gold.json of dir against the page it names.
func checkHTMLGoldDir(t *testing.T, dir string) {
	files, _ := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	if len(files) == 0 {
		t.Skip("no HTML gold files in " + dir)
	}
	var st htmlStats
	for _, f := range files {
		g := readJSON[htmlGold](t, f)
		t.Run(strings.TrimSuffix(g.Input, ".html"), func(t *testing.T) {
			page, err := os.ReadFile(filepath.Join(dir, g.Input))
			if err != nil {
				t.Fatal(err)
			}
			a, err := Bytes(page)
			if err != nil {
				t.Fatal(err)
			}
			st.pages++
			if problems := htmlGoldProblems(a, g, &st); len(problems) == 0 {
				st.clean++
			} else {
				for _, p := range problems {
					t.Error(p)
				}
			}
		})
	}
	t.Log(st)
}

// htmlGoldProblems compares a with g, counting into st.
func htmlGoldProblems(a *Article, g htmlGold, st *htmlStats) []string {
	fg := foldGold(gold{Encoding: g.Encoding, Script: g.Script, Title: g.Title, Published: g.Published,
		Source: g.Source, Authors: g.Authors, Body: g.Body})
	problems, m := metaProblems(a, fg)
	if a.Format != FormatHTML {
		problems = append(problems, fmt.Sprintf("format = %q", a.Format))
	}
	st.title += b2i(m.title)
	st.published += b2i(m.published)
	st.source += b2i(m.source)
	st.authors += b2i(m.authors)
	body := a.Body()
	for _, p := range fg.Body {
		st.paragraphs++
		if slices.Contains(a.Paragraphs, p) {
			st.found++
		} else {
			problems = append(problems, fmt.Sprintf("missing body paragraph %.60q", p))
		}
	}
	for _, s := range g.Absent {
		st.absent++
		if strings.Contains(body, strings.TrimSpace(fold.String(s))) {
			st.leaked++
			problems = append(problems, fmt.Sprintf("chrome in the body: %.60q", s))
		}
	}
	tp, fp, fn := overlap(body, strings.Join(fg.Body, "\n"))
	st.tp, st.fp, st.fn = st.tp+tp, st.fp+fp, st.fn+fn
	st.sumF1 += f1(tp, fp, fn)
	return problems
}

func b2i(ok bool) int {
	if ok {
		return 1
	}
	return 0
}

// TestSeedsAsHTML checks that the five seed articles give the same facts
// (kind, text, normalized value) when served as HTML as when saved as text.
func TestSeedsAsHTML(t *testing.T) {
	pages, _ := filepath.Glob("../testdata/seeds/*.txt")
	for _, p := range pages {
		n := strings.SplitN(filepath.Base(p), "_", 2)[0]
		hp := filepath.Join("../testdata/html", "seed_"+n+".html")
		if _, err := os.Stat(hp); err != nil {
			t.Errorf("no HTML version of %s", p)
			continue
		}
		keys := func(path string) []string {
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			a, err := Bytes(b)
			if err != nil {
				t.Fatal(err)
			}
			var ks []string
			for _, f := range a.Facts {
				ks = append(ks, string(f.Kind)+" "+factKey(f)+" "+f.In)
			}
			return ks
		}
		text, page := keys(p), keys(hp)
		if !slices.Equal(text, page) {
			_, missed, extra := matchInOrder(page, text)
			t.Errorf("seed %s: %d facts from text, %d from HTML; missing in HTML %q; extra %q", n, len(text), len(page), missed, extra)
		}
	}
}
