package extract

import "unicode/utf8"

// This file is the fifth stage of the pipeline: it resolves the evidence
// into the article's metadata with one table, shared by text and HTML
// pages, that says which origin beats which.

// metadata is what the evidence resolves to.
type metadata struct {
	title     string
	published Timestamp
	source    string
	authors   []string
	summary   string
}

// precedence ranks the origins of each field in tiers, the first tier
// first. A field takes the evidence of its best tier that has any, the
// piece met first (the lines are read from the article outwards: see
// readMeta); authors take every name of that tier, in order. Two rules
// refine the table, each pinned by rows of resolve_test.go:
//
//   - title: a title from the page's head shorter than 8 runes is the
//     site's name, not a headline; the headline line is taken instead.
//   - published: the stamp line under the headline wins over the head's
//     time on the same day when it is at least as precise.
var precedence = [...][][]origin{
	fieldTitle: {
		{originH1},             // an <h1> the <title> or og:title holds
		{originHeadlineInHead}, // the headline line the <title> or og:title holds
		{originHeadTitle},      // og:title, JSON-LD headline
		{originDocTitle},       // <title>
		{originHeadline},       // the headline line
	},
	fieldPublished: {
		{originHeadTime},    // what the head states
		{originStampLine},   // the stamp line nearest the article
		{originDateElement}, // a date in an element named for one
	},
	fieldSource: {
		{originSourceLine},    // 来源：…, nearest the article first
		{originOriginalTitle}, // (原标题:某某网)
		{originAccount},       // the WeChat or self-media account
		{originBesideStamp},   // an outlet beside the stamp
		{originEpaperLine},    // 某某日报数字报 in the header
		{originHeadSource},    // a source meta tag, the JSON-LD publisher
		{originEpaperTitle},   // 某某日报数字报 in the <title>
		{originDateline},      // 某某网讯
	},
	fieldAuthor: {
		{originBylineLine, originAuthorTail, originLeadByline}, // what the page's lines name, together
		{originHeadAuthor}, // the head, when the lines name none
	},
	fieldSummary: {
		{originSummaryLine},
	},
}

// headTitleMin is the fewest runes of a title from the page's head that is
// a headline rather than the site's name.
const headTitleMin = 8

// resolve returns the metadata the evidence gives.
func resolve(ev []evidence) metadata {
	var md metadata
	if e, ok := best(ev, fieldTitle); ok {
		md.title = e.value
		if e.origin != originHeadline && utf8.RuneCountInString(e.value) < headTitleMin {
			md.title = first(ev, fieldTitle, originHeadline).value
		}
	}
	if e, ok := best(ev, fieldPublished); ok {
		md.published = e.stamp
		if e.origin == originHeadTime {
			if l := first(ev, fieldPublished, originStampLine); !l.stamp.IsZero() && sameDay(l.stamp, e.stamp) && l.stamp.Precision >= e.stamp.Precision {
				md.published = l.stamp
			}
		}
	}
	if e, ok := best(ev, fieldSource); ok {
		md.source = e.value
	}
	if e, ok := best(ev, fieldSummary); ok {
		md.summary = e.value
	}
	md.authors = authors(ev)
	return md
}

// tierOf returns the tier of an origin for a field, or -1.
func tierOf(f field, o origin) int {
	for t, tier := range precedence[f] {
		for _, x := range tier {
			if x == o {
				return t
			}
		}
	}
	return -1
}

// best returns the first piece of evidence of the best tier for f.
func best(ev []evidence, f field) (evidence, bool) {
	var b evidence
	bt := -1
	for _, e := range ev {
		if e.field != f {
			continue
		}
		if t := tierOf(f, e.origin); t >= 0 && (bt < 0 || t < bt) {
			b, bt = e, t
		}
	}
	return b, bt >= 0
}

// first returns the first piece of evidence of one origin, or a zero one.
func first(ev []evidence, f field, o origin) evidence {
	for _, e := range ev {
		if e.field == f && e.origin == o {
			return e
		}
	}
	return evidence{}
}

// authors returns the names of the best tier of author evidence, each once,
// in order.
func authors(ev []evidence) []string {
	bt := -1
	for _, e := range ev {
		if t := tierOf(fieldAuthor, e.origin); e.field == fieldAuthor && t >= 0 && (bt < 0 || t < bt) {
			bt = t
		}
	}
	var names []string
	for _, e := range ev {
		if e.field != fieldAuthor || tierOf(fieldAuthor, e.origin) != bt {
			continue
		}
		dup := false
		for _, n := range names {
			dup = dup || n == e.value
		}
		if !dup {
			names = append(names, e.value)
		}
	}
	return names
}

func sameDay(a, b Timestamp) bool { return a.Date().Equal(b.Date()) }
