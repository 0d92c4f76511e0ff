// Package extract turns scraped Chinese news pages into clean articles.
//
// A page comes in as bytes in UTF-8, GBK/GB18030 or Big5, in Simplified or
// Traditional script, wrapped in the chrome of the site it was scraped from:
// site names and breadcrumbs, login bars, related-article lists, ads,
// copyright notices. Extract decodes it, normalizes it (Traditional →
// Simplified, full-width digits and letters → half-width, white space), finds
// the article among the chrome, and reads its metadata:
//
//	a, err := extract.Bytes(page)
//	if err != nil {
//		return err
//	}
//	fmt.Println(a.Title, a.Published, a.Source, a.Authors)
//	fmt.Println(a.Body())
//
// Every line that is not part of the article is kept in Article.Removed, in
// page order, with the reason it was removed, so that users can audit the
// cleaning.
//
// # Stages
//
// The cleaning is a pipeline of stages, each a function from the values of
// the stages before it to a value of its own; no stage changes what an
// earlier one made.
//
//  1. Lines (lines.go; html.go and htmldom.go for HTML pages): the page's
//     non-empty lines with their features — length, Han characters,
//     sentence punctuation, a list marker, a publication stamp — and, from
//     HTML pages, provenance as plain values: the share of link text, the
//     heading level, the block element, what the container's class names.
//     The text path uses no HTML package: HTML provenance is numbers and
//     reasons on the line.
//  2. Verdicts (verdict.go): what each line is taken for, from its own text
//     (the chrome vocabulary of chrome.go, stamps, bylines) and then from its
//     neighbours (block headers and their items, list runs, table rows,
//     account cards, headlines over a stamp).
//  3. The core (core.go): the run of lines with the largest weight, where
//     prose weighs its length and chrome weighs negatively; a forum thread
//     ends after its first post, a notice keeps its signature, an HTML
//     article keeps the short lines of its own element, and runs of
//     unambiguous chrome inside it are dropped.
//  4. Evidence (evidence.go): every statement the page makes about its
//     title, publication time, source, authors and summary, each with its
//     origin — a stamp line, a labeled source, an account card, a byline, an
//     author tail, a dateline, an e-paper's name, and for HTML pages the
//     head's meta tags, JSON-LD, <time>, <title> and <h1>.
//  5. Metadata (resolve.go): one table, shared by text and HTML pages, says
//     which origin beats which; one resolver applies it.
//  6. The article (assemble.go): the paragraphs and the removed lines, in
//     page order.
//
// pipeline.go runs stages 2 to 6; extract.go and html.go read the page and
// find its facts (package fact). The cleaning works by general features, not
// by per-site rules, and a phrase of the vocabulary only ever removes a
// short line, so a paragraph that merely mentions 相关部门 or 版权 stays.
//
// The sub-packages decode, fold and t2s hold the decoding and normalization
// steps as golang.org/x/text transformers, usable on their own; fact finds
// the facts.
package extract
