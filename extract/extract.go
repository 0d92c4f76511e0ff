package extract

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/zhnews/zhnews/extract/fact"
	"github.com/zhnews/zhnews/extract/fold"
	"github.com/zhnews/zhnews/extract/t2s"
)

// DefaultMaxBytes is the input size limit used when Options.MaxBytes is 0.
const DefaultMaxBytes = 64 << 20

// ErrTooLarge is returned (wrapped) for input over the size limit.
var ErrTooLarge = errors.New("input too large")

// Options configure an extraction. The zero value is ready to use and is
// what the package-level functions use.
type Options struct {
	// Format forces the input format. When empty, it is detected: input
	// that starts with a tag and has html, head, body or block tags near the
	// start is HTML, anything else text.
	Format Format

	// Raw treats the whole input as clean body text: no cleaning and no
	// metadata, only normalization (and facts).
	Raw bool

	// Ref is the reference date for resolving relative and year-less dates
	// when the page states no publication date. The zero value means none:
	// such dates are then left out of the facts.
	Ref time.Time

	// MaxBytes limits the input size; 0 means DefaultMaxBytes.
	MaxBytes int64

	// Charset is the character encoding the transport declared for the
	// page, such as the charset of an HTTP Content-Type header that a WARC
	// record keeps. Like a <meta> charset it is checked against the bytes:
	// it is used only when the page is plausible text in it, and it comes
	// before the page's own declaration. Empty means none.
	Charset string

	// NoFacts skips finding facts, for callers that only want the clean
	// article.
	NoFacts bool
}

// Bytes extracts the article from a page held in b, HTML or text (see
// Options.Format).
func Bytes(b []byte) (*Article, error) { return new(Options).Bytes(b) }

// Read extracts the article from a page read from r.
func Read(r io.Reader) (*Article, error) { return new(Options).Read(r) }

// Text extracts the article from a page saved as plain text.
func Text(r io.Reader) (*Article, error) { return (&Options{Format: FormatText}).Read(r) }

// Read extracts the article from a page read from r, up to the size limit.
func (o *Options) Read(r io.Reader) (*Article, error) {
	limit := o.maxBytes()
	b, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, limit)
	}
	return o.Bytes(b)
}

// Bytes extracts the article from a page held in b. b is not modified.
func (o *Options) Bytes(b []byte) (*Article, error) {
	if limit := o.maxBytes(); int64(len(b)) > limit {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, len(b), limit)
	}
	if o.Format == FormatHTML || o.Format == "" && isHTML(b) {
		return o.fromHTML(b)
	}
	u, enc, err := decodeDeclared(b, o.Charset)
	if err != nil {
		return nil, err
	}
	return o.fromUTF8(string(u), string(enc)), nil
}

// fromUTF8 extracts the article from a decoded page.
func (o *Options) fromUTF8(s, enc string) *Article {
	s = fold.String(s)
	script := t2s.Detect(s)
	if script == t2s.Traditional {
		// Simplified pages stay as written: converting them would rewrite
		// the few characters both scripts use (昇 in a company name).
		s = t2s.String(s)
	}
	s = fold.Pinyin(s) // 生产(chǎn)基地: a reposting site's glosses are no text
	a := &Article{Format: FormatText, Encoding: enc, Script: script.String()}
	if o.Raw {
		a.Paragraphs = rawParagraphs(s)
	} else {
		c := clean(splitLines(s), nil, nil, nil)
		a.Title, a.Published, a.Source, a.Authors = c.title, c.published, c.source, c.authors
		a.Summary, a.Paragraphs, a.Removed = c.summary, c.paragraphs, c.removed
	}
	if !o.NoFacts {
		a.Facts = o.facts(a)
	}
	return a
}

// facts finds the facts of the title and the body, dates resolved against
// the publication date or, when the page states none, Options.Ref.
func (o *Options) facts(a *Article) []fact.Fact {
	ref := o.Ref
	if !a.Published.IsZero() {
		ref = a.Published.Date()
	}
	body := fact.Find(a.Body(), ref)
	if a.Title == "" {
		return body
	}
	title := fact.Find(a.Title, ref)
	if len(title) == 0 {
		return body
	}
	for i := range title {
		title[i].In = "title"
	}
	return append(append(make([]fact.Fact, 0, len(title)+len(body)), title...), body...)
}

func (o *Options) maxBytes() int64 {
	if o.MaxBytes > 0 {
		return o.MaxBytes
	}
	return DefaultMaxBytes
}

// rawParagraphs splits clean body text into trimmed, non-empty lines.
func rawParagraphs(s string) []string {
	var ps []string
	for _, p := range strings.Split(s, "\n") {
		if p = strings.TrimSpace(p); p != "" {
			ps = append(ps, p)
		}
	}
	return ps
}
