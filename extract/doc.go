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
// Every line that is not part of the article is kept in Article.Removed with
// the reason it was removed, so that users can audit the cleaning.
//
// The cleaning works by general features, not by per-site rules: a line's
// position relative to the article core, its length and density of sentence
// punctuation, runs of short list-like lines, and a vocabulary of chrome
// phrases that only ever removes short lines, so a paragraph that merely
// mentions 相关部门 or 版权 stays.
//
// The sub-packages decode, fold and t2s hold the decoding and normalization
// steps as golang.org/x/text transformers, usable on their own.
package extract
