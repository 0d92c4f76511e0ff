package extract

import (
	"fmt"
	"strings"
	"time"

	"github.com/zhnews/zhnews/extract/fact"
)

// An Article is the clean article extracted from one page.
type Article struct {
	Title     string    // the headline; "" when the page shows none
	Published Timestamp // the publication time the page states; zero when none
	Source    string    // the outlet the article comes from; "" when unknown
	Authors   []string  // reporters and writers named on the page
	Summary   string    // the page's teaser (摘要), kept out of the body

	// Paragraphs holds the article text, one paragraph per element, in
	// Simplified script with full-width digits and letters folded.
	Paragraphs []string

	// Removed lists everything that was stripped from the page, in page order,
	// each with the reason it was removed.
	Removed []Removed

	// Facts holds the facts of the title and the body in order of
	// appearance, title first: money, capacities, dates (resolved against
	// the publication date, or Options.Ref when the page states none),
	// projects and companies. Offsets are into Body(), or into Title for
	// facts with In == "title".
	Facts []fact.Fact

	Format   Format // what the input was detected to be
	Encoding string // the input's encoding: "utf-8", "gbk", "gb18030", "big5", …
	Script   string // the input's script before conversion: "simplified" or "traditional"
}

// Body returns the paragraphs joined by "\n". Byte offsets of facts refer to
// this string.
func (a *Article) Body() string { return strings.Join(a.Paragraphs, "\n") }

// Format names the kind of input a page was read as.
type Format string

// The input formats.
const (
	FormatText Format = "text"
	FormatHTML Format = "html"
)

// A Removed is one piece of a page that is not part of the article.
type Removed struct {
	Text   string
	Reason Reason
}

// A Reason says why a line was removed from a page.
type Reason string

// The reasons for removing a line.
const (
	ReasonSite      Reason = "site"      // the site's name or logo text
	ReasonNav       Reason = "nav"       // navigation, menus, breadcrumbs
	ReasonTitle     Reason = "title"     // a repeated or secondary headline
	ReasonMeta      Reason = "meta"      // date, source and view-count lines
	ReasonByline    Reason = "byline"    // reporter and correspondent credits
	ReasonEditor    Reason = "editor"    // editor credits (责任编辑)
	ReasonSummary   Reason = "summary"   // the portal's teaser (摘要)
	ReasonAd        Reason = "ad"        // advertisements and app or QR-code prompts
	ReasonShare     Reason = "share"     // share, print, font-size and follow controls
	ReasonRelated   Reason = "related"   // related, ranking and recommendation lists
	ReasonForum     Reason = "forum"     // forum and comment controls, replies
	ReasonComment   Reason = "comment"   // reader comments and comment prompts
	ReasonCopyright Reason = "copyright" // copyright, disclaimer and licence text
	ReasonFooter    Reason = "footer"    // site footers: contacts, ICP numbers, Powered by
	ReasonList      Reason = "list"      // other runs of short list-like lines
	ReasonDuplicate Reason = "duplicate" // a paragraph repeated (pages that hold two copies)
	ReasonCaption   Reason = "caption"   // figure and photo captions (<figcaption>)
)

// Precision says how much of a Timestamp the page stated.
type Precision int

// The precisions of a Timestamp.
const (
	NoTime Precision = iota // no timestamp
	Day                     // the date only
	Minute                  // date, hours and minutes
	Second                  // date and time to the second
)

// A Timestamp is a publication time as precise as the page states it. Time
// holds the wall-clock reading in the page's own (unstated) time zone,
// expressed in UTC.
type Timestamp struct {
	Time      time.Time
	Precision Precision
}

// IsZero reports whether t holds no time.
func (t Timestamp) IsZero() bool { return t.Precision == NoTime }

// String formats t as "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM:SS", or "" for the
// zero Timestamp. A time stated to the minute is written with ":00" seconds.
func (t Timestamp) String() string {
	switch t.Precision {
	case NoTime:
		return ""
	case Day:
		return t.Time.Format("2006-01-02")
	default:
		return t.Time.Format("2006-01-02T15:04:05")
	}
}

// Date returns the day of t as a time at midnight UTC, for resolving dates
// relative to the publication date.
func (t Timestamp) Date() time.Time {
	y, m, d := t.Time.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// GoString makes test failures readable.
func (t Timestamp) GoString() string { return fmt.Sprintf("Timestamp(%q)", t.String()) }
