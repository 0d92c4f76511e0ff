package fact

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/zhnews/zhnews/extract/fold"
	"github.com/zhnews/zhnews/extract/num"
	"github.com/zhnews/zhnews/segment"
)

// This file finds project names: the names of specific undertakings as a
// reader would cite them (年产1万吨对苯二甲酸项目, 某县城某某路道路提升改造
// 工程, 某某光伏电站), and links each to the facts of its clause
// (project_link.go).
//
// A name is found from its head (项目, 工程, 产业园, 基地, 生产线, 电站, 工厂,
// 厂; project_words.go) leftwards. The text before the head, up to the
// clause break, is cut into words by package segment, whose part-of-speech
// tags decide the rest:
//
//   - Where the name begins. It never crosses 的 (投资5亿元的光学膜项目 →
//     光学膜项目), a pronoun (该, 其), a preposition, an adverb, a time word, a
//     localizer (以上), a copula (…生产线是…重点项目), a full legal company name
//     (which is the investor, a company fact of its own) or an amount of money;
//     and it begins at a word boundary, so a brand with 的 in it stays whole
//     (美的智能家电项目) and 以上 never leaves 上 in a name. A verb ends it too,
//     except the verbs of what a project does to its product (生产, 建设,
//     迁建 …), which sit inside a name after the product (饮用水生产项目) but
//     are the predicate before it (建设光伏电站项目 → 光伏电站项目).
//   - Whether it names one project. The name must carry a specific word: a
//     proper name (place, brand, company short name: 美的, 隆基), a product or
//     technology noun (对位芳纶, 余热发电), a capacity (年产10万吨…), or Latin
//     letters (LNG, TFT-LCD). Quantities and numerals (三项目, 上亿元项目),
//     evaluations (代表性, 重点), sectors (工业, 文旅), ownership (控股子公司),
//     stages (增资扩产) and kinds (科技型, 税源型) are not: the name is generic.
//     A name followed by a count (工业项目13个), by 之一, or opened by a
//     pronoun (该项目) is a kind of project or a reference, not a name.
//   - Coordination. Parts joined by 、, 和, 及, 与 or 暨 under one head are one
//     project (华禾创新药、原料药项目; 年产8万吨己二酸、3万吨己二胺项目, which
//     keeps both capacities), unless each part is a bare proper name (美的、格力
//     项目) or 等 closes the list (润滑油、联创制药等项目): then each part is a
//     project, its text the part and its name the part with the head.
//   - Heads of places and plants. A 产业园, 基地, 生产线, 电站 or 厂 counts only
//     when its sentence shows it being built (签约, 开工, 在建, 投产 …), not as
//     a goal (打造…产业园) nor as where something else happens (走进…产业园); a
//     工程 only when it names a built work (道路, 管网, 电站 …), not a
//     programme (传统产业升级工程).
//
// Pinyin glosses that reposting sites put after characters (生产(chǎn))
// are dropped from the name (package extract drops them from the body).

// maxProjectRunes bounds a name, in runes before its head.
const maxProjectRunes = 48

// Projects finds the project names in s, in order, linked to the money,
// capacity, status and companies of their clauses.
func Projects(s string) []Fact {
	return findProjects(s, Money(s), Capacities(s), Companies(s))
}

// findProjects finds projects given the other facts of s.
func findProjects(s string, money, caps, companies []Fact) []Fact {
	var found []Fact
	for _, h := range heads(s) {
		found = append(found, projectsAt(s, h.start, h.end, h.head, money, caps, companies)...)
	}
	found = outermost(found)
	for k := range found {
		link(s, found, k, money, caps, companies)
	}
	return found
}

// A headAt is a head found in a text.
type headAt struct {
	start, end int
	head       string
}

// heads returns the heads of s in order of their ends, the longest at each
// end (工厂 before 厂). It looks at the last rune of the heads only, in one
// pass over the bytes of s.
func heads(s string) []headAt {
	var hs []headAt
	for i := 0; i+3 <= len(s); i++ {
		if !headEndFirst[s[i]] || !headEndSecond[s[i+1]] || !slices.Contains(headEnds, rune3(s[i:])) {
			continue
		}
		for _, head := range projectHeads {
			if strings.HasSuffix(s[:i+3], head) {
				hs = append(hs, headAt{i + 3 - len(head), i + 3, head})
				break // projectHeads puts each head before its suffixes
			}
		}
	}
	return hs
}

// rune3 returns the first three bytes of s as one number.
func rune3(s string) uint32 { return uint32(s[0])<<16 | uint32(s[1])<<8 | uint32(s[2]) }

// headEnds are the last runes of projectHeads, each three bytes long, as
// rune3 reads them; headEndFirst and headEndSecond hold their first and
// second bytes, to pass over most bytes at a glance. In valid UTF-8 a
// rune's first byte is never inside another rune, so heads finds them
// without decoding s.
var headEnds, headEndFirst, headEndSecond = func() (ends []uint32, first, second [256]bool) {
	for _, h := range projectHeads {
		if e := h[len(h)-3:]; !slices.Contains(ends, rune3(e)) { // TestHeadOrder checks the length
			ends = append(ends, rune3(e))
			first[e[0]], second[e[1]] = true, true
		}
	}
	return ends, first, second
}()

// projectsAt returns the projects whose head is s[hs:he]: none, one, or
// the items of a list.
func projectsAt(s string, hs, he int, head string, money, caps, companies []Fact) []Fact {
	if hasAnyPrefix(s[he:], notHeadEnd[head]) || strings.HasPrefix(s[he:], "之一") {
		return nil // 项目部, 工程师; 规模最大的制氢项目之一: a kind of project
	}
	if head == "项目" && strings.HasPrefix(s[he:], "标") {
		if r, _ := utf8.DecodeLastRuneInString(s[:hs]); strings.ContainsRune("各每多几诸数两一二三四五六七八九十", r) {
			return nil // 各项目标任务: 各项 + 目标
		}
	}
	if e, count, ok := listEnd(s, hs, head); ok {
		return listItems(s, e, head, count, companies) // 润滑油、联创制药等项目; A、B等一批重大项目; A建设、B改扩建和C技改3个项目
	}
	if builtHeads[head] && itemOfList(s, he) {
		return nil // 某某基地等一批重大项目: an item, found with its list
	}
	if head == "项目" && evaluativeEnds.suffix(s[:hs]) > 0 && !strings.HasSuffix(s[:hs], "等") {
		return nil // 全市重点项目: a class of projects, whatever opens it (decided before cutting words)
	}
	if strings.HasSuffix(s[:hs], "等") {
		return nil // 供热管网等工程: works of a kind
	}
	if ie, ok := phaseAfterHead(s, hs); ok {
		inner := innerHead(s, ie)
		if _, again := phaseAfterHead(s, ie-len(inner)); again {
			return nil // one phase at a time
		}
		if p := projectsAt(s, ie-len(inner), ie, inner, money, caps, companies); len(p) == 1 && p[0].End == ie {
			return []Fact{projectFact(s, p[0].Start, he, "")} // 年产10万吨硅铁项目一期工程: a phase of a named project
		}
		return nil
	}
	if qs, ok := quotedName(s, hs); ok {
		if !specificWords(cutWords(s[qs:hs])) || !headHolds(s, qs, hs, he, head, caps, money) {
			return nil // “十四五”项目
		}
		return []Fact{projectFact(s, qs, he, "")} // “高铁枢纽片区2号地”项目: the quotes hold the name
	}
	if countFollows(s[he:]) && !(builtHeads[head] && strings.Contains(s[he:min(len(s), he+15)], "项目")) {
		return nil // 食品深加工项目9个, 生产线12条: kinds, or many (某产业园9个项目 keeps the park)
	}
	start := rawStart(s, hs, companies, money)
	if start >= hs || !builtHeads[head] && !endsBuilt(s[:hs]) && plainlyGeneric(s, start, hs) || !headCanHold(s, start, hs, he, head) {
		return nil
	}
	// Most names begin within a few words of their head: the words of a
	// short window are cut first, and the whole span only when the name
	// reaches the window's edge, where a word may have been cut in two.
	from := windowStart(s, start, hs)
	toks, concrete, n := nameIn(s, from, hs, head)
	if n <= 1 && from > start {
		from = start
		toks, concrete, n = nameIn(s, from, hs, head)
	}
	start = from
	if n == len(toks) {
		return nil
	}
	n = itemOpening(s, from, toks, n)
	parts := conjuncts(toks[n:])
	if bareNames(toks[n:], parts) {
		return bareItems(s, start, toks[n:], parts, head)
	}
	if countedKind(toks[n:]) || n > 0 && plural(toks[n-1].Text) || countOpens(toks[n:]) {
		return nil // 全市426个市级重点项目; 某产业园9个项目; 各类…项目: a count of projects
	}
	nameStart := start + toks[n].Start
	nameStart = skipEnumeration(s, nameStart, hs)
	words := toks[n:]
	sectorOK := concrete && sectorName(words) && (!plantHeads[head] || placeName(words)) ||
		head == "工程" && builtWork(words) // 荆川县城排水工程: the work is what is built
	if !specificWords(words) && !sectorOK || genericLast(words, parts) || !headHolds(s, nameStart, hs, he, head, caps, money) {
		return nil
	}
	return []Fact{projectFact(s, nameStart, he, "")}
}

// phaseAfterHead reports whether the words before a head at hs are a
// phase (一期, 二期, 首期) right after another head, whose end it returns:
// 硅铁项目一期工程, 铸造基地二期项目.
func phaseAfterHead(s string, hs int) (int, bool) {
	if !strings.HasSuffix(s[:hs], "期") {
		return 0, false
	}
	i := hs - len("期")
	for n := 0; i > 0 && n < 3; n++ { // 一期 … 十二期
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if !isCountRune(r) && r != '首' {
			break
		}
		i -= size
	}
	if w := s[i:hs]; (isPhase(w) || w == "首期") && innerHead(s, i) != "" {
		return i, true
	}
	return 0, false
}

// innerHead returns the head s[:i] ends with, the longest, or "".
func innerHead(s string, i int) string {
	for _, h := range projectHeads {
		if strings.HasSuffix(s[:i], h) {
			return h
		}
	}
	return ""
}

// quotedName returns where the quoted name that ends right before a head
// at hs opens (“高铁枢纽片区2号地”项目, 《…》工程): the quotes hold the whole
// name, whatever words are inside. The quotes are part of it as written.
func quotedName(s string, hs int) (int, bool) {
	for _, q := range [][2]string{{"“", "”"}, {"《", "》"}, {"「", "」"}} {
		if !strings.HasSuffix(s[:hs], q[1]) {
			continue
		}
		inner := s[max(0, hs-len(q[1])-maxQuotedName) : hs-len(q[1])]
		k := strings.LastIndex(inner, q[0])
		if k < 0 || clauseBreaks.index(inner[k:]) >= 0 || strings.Contains(inner[k:], q[1]) {
			return 0, false
		}
		return hs - len(q[1]) - len(inner) + k, true
	}
	return 0, false
}

// maxQuotedName bounds the bytes of a quoted name.
const maxQuotedName = 120

// itemOpening moves the first word n of a name back to the start of its
// list item: in A项目、B项目 an item runs from the 、 to its head, whatever
// words of grammar the tagger finds in a brand it does not know (比逗仕休闲
// 食品项目: 比 is no preposition there; 鑫诺特环保型镀锌件项目: 特 no adverb).
// It does when the text before the 、 ends with a head and no word between
// is a boundary (see boundary).
func itemOpening(s string, from int, toks []word, n int) int {
	for k := n - 1; k >= 0; k-- {
		t := &toks[k]
		if t.Text != "、" {
			if boundary(t) {
				return n
			}
			continue
		}
		if k+1 < n && hasAnySuffix(strings.TrimRight(s[:from+t.Start], " "), projectHeads) {
			return k + 1
		}
		return n
	}
	return n
}

// widen moves the first word n of a list item's name back over the words
// of grammar the tagger finds in names it does not know, to the item's
// start or the last boundary (永昌节能环保渗透退水材料生产线等…项目: 退 is no
// verb there).
func widen(toks []word, n int) int {
	for k := n - 1; k >= 0; k-- {
		if boundary(&toks[k]) {
			return k + 1
		}
	}
	return 0
}

// boundary reports whether a word ends a name on its left however the
// words around it read: a copula, a governor, 的, a number, a mark, a time
// or a demonstrative.
func boundary(t *word) bool {
	return t.bits&(isCopula|isGovernor) != 0 || t.Text == "的" || t.Pos == "m" || t.Pos == "x" ||
		timeToken(t.Text, t.Pos == "t") || demonstrative(t.Text)
}

// endsBuilt reports whether s ends with a built object (…物流基地项目).
func endsBuilt(s string) bool { return hasAnySuffix(s, builtHeadList) }

// plainlyGeneric reports whether the text before a head, read from the
// right by the longest listed word, holds only words that name no project
// up to where a name would stop (…全力推进重点产业项目): then its words need not
// be cut.
func plainlyGeneric(s string, start, hs int) bool {
	i := hs
	for i > start {
		n := unnamingEnds.suffix(s[start:i])
		if n == 0 {
			return false
		}
		w := s[i-n : i]
		i -= n
		if wordBitsOf[w]&(isGovernor|isCopula) != 0 || w == "的" {
			return true
		}
	}
	return true
}

// window is the number of runes before a head whose words are cut first.
const window = 20

// windowStart returns where the first window before hs begins: window runes
// back, but not before start.
func windowStart(s string, start, hs int) int {
	i := hs
	for n := 0; n < window && i > start; n++ {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return i
}

// nameIn cuts s[from:hs] into words and finds the name that ends at the
// head: the words, whether the head is a built object, and the index of the
// name's first word.
func nameIn(s string, from, hs int, head string) ([]word, bool, int) {
	toks := cutWords(s[from:hs])
	concrete := builtHeads[head] || head == "项目" && builtInside(toks)
	return toks, concrete, nameWords(toks, head, concrete)
}

// projectFact is the project named s[start:end], with name as its name
// ("" for the text itself).
func projectFact(s string, start, end int, name string) Fact {
	if name == "" {
		name = s[start:end]
	}
	return Fact{Kind: KindProject, Text: s[start:end], Start: start, End: end, Name: fold.Pinyin(name)}
}

// listEnd returns where the items of a list of projects end when the head
// at hs closes one: 等 with only generic words between it and the head
// (等项目, 等一批重大项目, 等在谈项目, 等商贸流通项目), or a count of
// projects after coordinated parts (A建设、B改扩建和C技改3个项目).
func listEnd(s string, hs int, head string) (end, count int, ok bool) {
	if head != "项目" {
		return 0, 0, false
	}
	tail := hs
	for tail > 0 && hs-tail < 42 {
		r, size := utf8.DecodeLastRuneInString(s[:tail])
		if r == '等' {
			break
		}
		if !isHan(r) && !isCountRune(r) && r != ' ' {
			break
		}
		tail -= size
	}
	if tail > 0 && strings.HasSuffix(s[:tail], "等") {
		for _, t := range cutWords(s[tail:hs]) {
			if t.bits&(isActivity|isGeneric|isSector) != 0 {
				continue // 等续建项目 (续建 tagged as a person's name), 等工业项目
			}
			if t.Pos == "eng" || properTag(t.Pos) && t.Pos != "ns" || t.Text == "的" || governors[t.Text] || t.Pos == "v" && utf8.RuneCountInString(t.Text) > 1 {
				return 0, 0, false // 等一批具有…的龙头项目, 等四套班子领导出席项目: not the category of a list
			}
		}
		return tail - len("等"), 0, true
	}
	i := hs
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if r != '个' && r != '项' && r != '大' && r != '两' && r != ' ' && !isCountRune(r) || hs-i > 12 {
			break
		}
		i -= size
	}
	if i == hs || !strings.ContainsAny(s[i:hs], "0123456789一二两三四五六七八九十") || !strings.ContainsAny(s[i:hs], "个项大") {
		return 0, 0, false
	}
	cs, _ := clause(s, i, i)
	return i, statedCount(s[i:hs]), strings.ContainsAny(s[cs:i], "、和及")
}

// statedCount returns the number a list's count states (3个, 两大, 十项),
// or 0.
func statedCount(s string) int {
	s = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s), "个项大"))
	if v, err := num.Parse(s); err == nil && v.IsInt() {
		if n, ok := v.Int64(); ok && n > 0 && n < 100 {
			return int(n)
		}
	}
	return 0
}

// itemOfList reports whether the name ending at he is an item of a list
// that ends in 等 and a 项目 soon after (…研发制造基地等一批重大项目): then
// the list gives it, with its neighbours.
func itemOfList(s string, he int) bool {
	if !strings.HasPrefix(s[he:], "等") {
		return false
	}
	rest := s[he:min(len(s), he+listCategoryBytes)]
	k := strings.Index(rest, "项目")
	if k < 0 {
		return false
	}
	e, _, ok := listEnd(s, he+k, "项目")
	return ok && e == he
}

// listCategoryBytes bounds the words between 等 and the 项目 of a list
// (等一批具有带动作用的重大项目), as listEnd does.
const listCategoryBytes = 45

// countFollows reports whether s opens with a count of projects (9个, 二十项,
// 10余个): the name before it is a kind of project.
func countFollows(s string) bool {
	s = strings.TrimLeft(s, " ") // 基础设施项目 11 个
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !(r >= '0' && r <= '9' || strings.ContainsRune("一二两三四五六七八九十百几多余", r)) {
			break
		}
		i += size
	}
	return i > 0 && hasAnyPrefix(strings.TrimLeft(s[i:], " "), []string{"个", "项", "条", "座", "家", "处", "批"})
}

// rawStart scans leftwards from end to where a name may begin at the most:
// a clause break, an unbalanced bracket or quote, maxProjectRunes, the end
// of a full legal company name or of an amount of money. The words then
// decide where it begins.
func rawStart(s string, end int, companies, money []Fact) int {
	i := scanStart(s, end)
	for _, c := range within(companies, i, end) {
		if c.End > i && c.End <= end {
			i = c.End
		}
	}
	for _, m := range within(money, i, end) {
		if m.End > i && m.End <= end {
			i = m.End
		}
	}
	return i
}

// scanStart scans leftwards from end over the runes a name may hold.
func scanStart(s string, end int) int {
	i, runes, depth := end, 0, 0
	for i > 0 && runes < maxProjectRunes {
		r, size := mcRuneBefore(s, i, 0)
		switch {
		case r == ')' || r == '）' || r == '”' || r == '》':
			depth++
		case r == '(' || r == '（' || r == '“' || r == '《':
			if depth == 0 {
				return i
			}
			depth--
		case depth > 0:
			if r == '。' || r == '\n' {
				return i
			}
		case r == ' ' && spacedName(s, i-size, i):
		case r == ',' && digitsAround(s, i-size, i): // 1,4-丁二醇
		case r == '强' && rankEnds(s, i):
			return i // 民营企业500强杭萧钢构项目: a rank, not a name
		case !inName(r):
			return i
		}
		i -= size
		runes++
	}
	return i
}

// inName reports whether r may stand inside a name: letters, digits, Han,
// the coordinating 、, and the marks of rates, models and brands.
func inName(r rune) bool {
	switch {
	case isHan(r), r >= '0' && r <= '9', r >= 'A' && r <= 'Z', r >= 'a' && r <= 'z':
		return true
	}
	return nameMarks.has(r)
}

// nameMarks are the marks inName lets into a name.
var nameMarks = newRuneSet("、·•-/.&×*%‰℃㎡")

// digitsAround reports whether s[i:j] sits between ASCII digits.
func digitsAround(s string, i, j int) bool {
	return i > 0 && j < len(s) && s[i-1] >= '0' && s[i-1] <= '9' && s[j] >= '0' && s[j] <= '9'
}

// spacedName reports whether the space s[i:j] sits between letters or
// digits (Mini LED, 年产 3600 万米) rather than between words.
func spacedName(s string, i, j int) bool {
	if i == 0 || j >= len(s) {
		return false
	}
	a, _ := utf8.DecodeLastRuneInString(s[:i])
	b, _ := utf8.DecodeRuneInString(s[j:])
	alnum := func(r rune) bool { return r < utf8.RuneSelf && isASCIIAlnum(byte(r)) }
	return alnum(a) && alnum(b) || alnum(a) && isHan(b) || isHan(a) && alnum(b)
}

// A word is a token of package segment with its class.
type word struct {
	segment.Token
	bits  wordBits // which word sets hold it (see wordBitsOf)
	class wordClass
}

// cutWords cuts s into words and classifies each.
func cutWords(s string) []word {
	toks := segment.Cut(s)
	ws := make([]word, 0, len(toks)+2)
	for _, t := range toks {
		if head, ok := gluedFunction(t); ok {
			ws = append(ws, word{Token: head})
			for _, r := range segment.Cut(t.Text[len(head.Text):]) {
				r.Start, r.End = r.Start+head.End, r.End+head.End
				ws = append(ws, word{Token: r})
			}
			continue
		}
		ws = append(ws, word{Token: t})
	}
	for k := range ws {
		ws[k].bits = wordBitsOf[ws[k].Text]
	}
	for k := range ws {
		ws[k].class = classOf(ws, k)
	}
	return ws
}

// gluedFunction returns the first rune of a word the tagger made up from
// runes it does not know (tag un) when that rune is a conjunction or a
// demonstrative: 暨天 in …产业园暨天中鸟船艇项目, 该纯 in 该纯低温余热发电工程.
// A made-up word does not hold those; cutWords cuts the rest again.
func gluedFunction(t segment.Token) (segment.Token, bool) {
	if t.Pos != "un" {
		return t, false
	}
	r, size := utf8.DecodeRuneInString(t.Text)
	if size == len(t.Text) {
		return t, false
	}
	pos := "c"
	switch {
	case conjunctions[t.Text[:size]]:
	case demonstratives.has(r):
		pos = "r"
	default:
		return t, false
	}
	return segment.Token{Text: t.Text[:size], Start: t.Start, End: t.Start + size, Pos: pos}, true
}

// A wordClass is what a word is to a name.
type wordClass uint8

const (
	material wordClass = iota // nouns, names, adjectives, numbers: inside a name
	activity                  // a verb of what the project does: inside, after its product
	joiner                    // a conjunction or 、 between coordinated parts
	stop                      // anything else: the name begins after it
)

// classOf classifies token k of toks. Verbs other than the governors and
// copulas are part of names: the tagger also marks pieces of unknown names
// (盼/v 盼/v) and of products (复合/v 调味料/v) as verbs.
func classOf(toks []word, k int) wordClass {
	t := &toks[k]
	bits := t.bits
	switch {
	case bits&isConjunction != 0:
		return joiner
	case inParens(toks, k):
		return material // 瓶(灌)装饮料
	case bits&isGovernor != 0 && k+1 < len(toks) && hasAnyPrefix(toks[k+1].Text, []string{"公司", "集团"}):
		return material // 强力投资公司: a firm's short name
	case bits&(isCopula|isGovernor) != 0, demonstrative(t.Text), bits&isActivity == 0 && governorAffix(t.Text):
		return stop // 集中开工, 开工建设: a governor inside a word
	case t.Text == "项目":
		return stop // 项目年产6万吨…生产线; 国家重点水利项目淮河…工程: a name after a mention
	case t.Text == "用" && k > 0 && k+1 < len(toks) && toks[k-1].Pos != "x" && toks[k+1].Pos != "x":
		return material // 交通运输用铝合金, 医用: what a product is for
	case t.Pos == "v" && utf8.RuneCountInString(t.Text) == 1 && !reduplicated(toks, k) && !unknownPiece(toks, k):
		return stop // 占, 如, 继: a one-character verb
	case countOfThings(toks, k):
		return stop // 新建一条年产6万吨…生产线: how many, before the name
	case timeToken(t.Text, t.Pos == "t"), dateUnit(toks, k):
		return stop // 今年, 2023年, 第一季度; 9月/5日
	case eventWord(t.Text):
		return stop // 首届花椒采摘节现代农业产业项目: the projects of an event
	case capacityMarker(toks, k):
		return material
	case bits&isActivity != 0:
		return activity
	}
	switch t.Pos {
	case "x":
		if strings.ContainsAny(t.Text, "()（）“”《》·•-/.,&×*%‰℃㎡") || t.Text == " " {
			return material
		}
		return stop
	case "uj", "ul", "uz", "ud", "ug", "uv", "u", "p", "d", "r", "c", "y", "e", "o", "f":
		if isPhase(t.Text) || t.Pos == "r" && unknownPiece(toks, k) && !demonstrative(t.Text) {
			return material // 一期, tagged as an adverb; 古月吾乡: 吾 is no pronoun there
		}
		return stop
	case "t":
		return material // 现代, 未来, 古月
	}
	return material
}

// inParens reports whether token k sits inside parentheses within toks.
func inParens(toks []word, k int) bool {
	open := false
	for i := k - 1; i >= 0 && i >= k-4; i-- {
		if t := toks[i].Text; t == ")" || t == "）" {
			return false
		} else if t == "(" || t == "（" {
			open = true
			break
		}
	}
	if !open {
		return false
	}
	for i := k + 1; i < len(toks) && i <= k+4; i++ {
		if t := toks[i].Text; t == ")" || t == "）" {
			return true
		}
	}
	return false
}

// wordBits says which of the word sets of classOf and specificWord hold a
// word, so that one lookup answers for all.
type wordBits uint8

const (
	isConjunction wordBits = 1 << iota
	isGovernor
	isCopula
	isActivity
	isGeneric
	isSector
)

var wordBitsOf = func() map[string]wordBits {
	m := map[string]wordBits{}
	for bit, set := range map[wordBits]wordSet{
		isConjunction: conjunctions, isGovernor: governors, isCopula: copulas,
		isActivity: activities, isGeneric: genericWords, isSector: sectorWords,
	} {
		for w := range set {
			m[w] |= bit
		}
	}
	return m
}()

// governorAffix reports whether a word of the tagger's opens or ends with
// a governor (集中开工, 开工建设, 全面掀起); classOf asks it of words that
// are no activity themselves.
func governorAffix(w string) bool {
	if len(w) < 9 && utf8.RuneCountInString(w) < 3 { // 9 bytes hold 3 runes at least
		return false
	}
	if n := governorEnds.suffix(w); n > 0 && n < len(w) {
		return true
	}
	for i := range w { // each rune boundary inside w
		if i >= 6 && governors[w[:i]] && len(w)-i >= 6 {
			return true // 开工建设: a governor and more
		}
		if i > 0 && len(w)-i >= 6 && governors[w[i:]] && !strings.ContainsAny(w[:i], "业者员商会费额量率") {
			return true // 拟新设, 集中开工 (but 服务业 is a noun)
		}
	}
	return false
}

// demonstrative reports whether a word points back rather than names:
// 这批, 该, 此类, 其.
func demonstrative(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return demonstratives.has(r)
}

var demonstratives = newRuneSet("这该此那其")

// timeToken reports whether a word the tagger calls a time is one: 今年,
// 目前, 2023年, 三月 (not 现代, 未来, 古月).
func timeToken(w string, tagged bool) bool {
	if tagged && (hasAnyPrefix(w, timeWords) || strings.ContainsAny(w, "0123456789")) {
		return true
	}
	if !timeRunes.any(w) {
		return false
	}
	if containsAny(w, []string{"季度", "半年", "年度", "年初", "年底", "年末", "月份"}) {
		return true
	}
	last, size := utf8.DecodeLastRuneInString(w)
	prev, _ := utf8.DecodeLastRuneInString(w[:len(w)-size])
	return strings.ContainsRune("年月日号", last) && (prev >= '0' && prev <= '9' || strings.ContainsRune("一二三四五六七八九十〇零两元", prev))
}

// timeRunes are the runes a word of time has: 季度, 半年, 2023年, 三月, 月份.
var timeRunes = newRuneSet("季半年月日号度份")

// rankEnds reports whether the 强 ending at i ends a firm's rank: a
// number and 强 (500强, 百强, 500 强). A name begins after it.
func rankEnds(s string, i int) bool {
	j := strings.TrimRight(s[:i-len("强")], " ")
	r, _ := utf8.DecodeLastRuneInString(j)
	return r >= '0' && r <= '9' || strings.ContainsRune("十百千", r)
}

// countOfThings reports whether token k counts one thing with a measure
// word (一条, 一座, 一个; or 一/m 条/q), as an article does before naming a
// line or plant: 新建一条年产6万吨…生产线. More than one (4条原液生产线) are
// several things, not a name (see countOpens).
func countOfThings(toks []word, k int) bool {
	if toks[k].Pos != "m" && toks[k].Pos != "q" {
		return false
	}
	w := toks[k].Text
	last, size := utf8.DecodeLastRuneInString(w)
	if !strings.ContainsRune("条座个家处栋", last) {
		return false
	}
	if size < len(w) {
		return toks[k].Pos == "m" && w[:len(w)-size] == "一"
	}
	return k > 0 && toks[k-1].Text == "一"
}

// dateUnit reports whether token k is the 年, 月, 日 or 号 of a date the
// tagger cut from its number (9/m 月/m 5/m 日/m).
func dateUnit(toks []word, k int) bool {
	switch toks[k].Text {
	case "年", "月", "日", "号":
		return k > 0 && toks[k-1].Pos == "m" && strings.Trim(toks[k-1].Text, "0123456789") == ""
	}
	return false
}

// eventWord reports whether a word names an event (采摘节, 推介会, 签约仪式,
// 高峰论坛) or its session (首届, 第二届): a name does not run across it.
func eventWord(w string) bool {
	last, size := utf8.DecodeLastRuneInString(w)
	return eventLast.has(last) && (w == "节" || size < len(w) && eventEnds.suffix(w) > 0)
}

// eventLast holds the last runes of eventEnds.
var eventLast = func() *runeSet {
	set := new(runeSet)
	for r := range eventEnds {
		set.add(r)
	}
	return set
}()

// unknownPiece reports whether the one-character word at k is a piece of
// a name the dictionary does not know: between two nouns, one of them a
// single character or unknown too (古月/t 吾/r 乡/n 康养/un).
func unknownPiece(toks []word, k int) bool {
	if utf8.RuneCountInString(toks[k].Text) != 1 || k == 0 || k+1 >= len(toks) {
		return false
	}
	l, r := toks[k-1], toks[k+1]
	nounish := func(t word) bool {
		switch t.Pos {
		case "n", "nr", "nrt", "ns", "nt", "nz", "un", "zg", "ng", "t":
			return true
		}
		return false
	}
	piece := func(t word) bool { return utf8.RuneCountInString(t.Text) == 1 || t.Pos == "un" }
	return nounish(l) && nounish(r) && (piece(l) || piece(r))
}

// capacityMarker reports whether token k is a verb of capacity (年产,
// 年出栏, 日处理, 年综合利用) followed by a number.
func capacityMarker(toks []word, k int) bool {
	number := func(i int) bool {
		for i < len(toks) && strings.TrimSpace(toks[i].Text) == "" {
			i++ // 年产 3600 万米: spaces around the number
		}
		return i < len(toks) && (toks[i].Pos == "m" || toks[i].Pos == "eng")
	}
	t := toks[k].Text
	period := func(w string) bool { return w == "年" || w == "日" || w == "月" }
	r, _ := utf8.DecodeRuneInString(t)
	switch {
	case (r == '年' || r == '日' || r == '月') && utf8.RuneCountInString(t) >= 2:
		return number(k + 1) // 年产10万吨
	case period(t):
		return k+1 < len(toks) && number(k+2) // 年/处理/6000吨
	case k > 0 && period(toks[k-1].Text) && toks[k].Pos != "m":
		return number(k + 1)
	}
	return false
}

// isPhase reports whether a word is a phase or stage number: 一期, 二期.
func isPhase(w string) bool {
	if !strings.HasSuffix(w, "期") || w == "期" {
		return false
	}
	return isCount(strings.TrimSuffix(w, "期"))
}

// nameWords returns the index of the first token of the name that ends
// with toks, scanning leftwards: after the last stop word, after a verb
// that governs a name already specific on its right, and never starting
// with a joiner.
func nameWords(toks []word, head string, concrete bool) int {
	start := len(toks)
	if start > 0 && toks[start-1].class == joiner {
		return start // 土地供给、项目: the head's own part is empty
	}
	specificSeen := false
	product := capacityAt(toks) // 年产300万套一次性输注器械: all after the capacity is its product
	for k := len(toks) - 1; k >= 0; k-- {
		class := toks[k].class
		if k > product && class == stop && toks[k].Text != "的" && toks[k].Pos != "x" {
			class = material
		}
		switch class {
		case stop:
			return trimJoiners(toks, start)
		case joiner:
			if k > 0 && (hasAnySuffix(toks[k-1].Text, []string{"项目", "工程"}) || head != "" && strings.HasSuffix(toks[k-1].Text, head) ||
				builtHeads[head] && endsBuilt(toks[k-1].Text) || complete(toks[k+1:])) {
				return trimJoiners(toks, start) // A项目、B项目; A产业园、B产业园; 宝镁轻合金、G236公路改建工程: two names
			}
			specificSeen = false // each part has its own product before its activity
		case activity:
			if specificSeen && predicates[toks[k].Text] {
				return trimJoiners(toks, start) // 建设光伏电站项目: the predicate
			}
		case material:
			if specificWord(toks, k) || concrete && sectorWords[toks[k].Text] {
				specificSeen = true
			}
		}
		start = k
	}
	return trimJoiners(toks, start)
}

// capacityAt returns the index of the last capacity verb with its number
// (年产300万套) in toks, or len(toks).
func capacityAt(toks []word) int {
	for k := len(toks) - 1; k >= 0; k-- {
		if capacityMarker(toks, k) && toks[k].class == material && (k+1 >= len(toks) || toks[k+1].Pos == "m" || toks[k+1].Pos == "eng" || toks[k+1].Text == " ") {
			return k
		}
	}
	return len(toks)
}

// complete reports whether the coordinated part that follows a joiner is
// a name of its own rather than a part sharing the name's head: it holds
// its own capacity verb (…、年产12万吨金属硅) or opens with a proper name
// or Latin letters (…、G236公路改建工程).
func complete(toks []word) bool {
	for k, t := range toks {
		if toks[k].class == joiner {
			break
		}
		if capacityMarker(toks, k) || k == 0 && (t.Pos == "eng" || properTag(t.Pos) && t.Pos != "ns" && t.bits == 0 || t.Text == "年") {
			return true // …、年产12万吨金属硅; …、年货物吞吐量3000万吨物流
		}
	}
	return false
}

// trimJoiners moves start past joiners, inner marks and one-character
// words other than nouns and numbers that would open a name (、某某项目;
// 建好园区: 好 is no part of a name).
func trimJoiners(toks []word, start int) int {
	for start < len(toks) {
		t := toks[start]
		switch {
		case t.class == joiner, t.Pos == "x" && !strings.ContainsAny(t.Text, "(（“《"):
		case utf8.RuneCountInString(t.Text) == 1 && functionTag(t.Pos) && !reduplicated(toks, start):
		default:
			return start
		}
		start++
	}
	return start
}

// functionTag reports whether a tag marks a word of grammar or a predicate
// (adjective, adverb, verb, preposition, conjunction, particle, pronoun,
// localizer), which a one-character word at the start of a name is not
// part of.
func functionTag(pos string) bool {
	switch pos {
	case "a", "ad", "d", "v", "vd", "p", "c", "u", "uj", "r", "f":
		return true
	}
	return false
}

// conjuncts splits a name's words at its joiners: the start and end token
// index of each part.
func conjuncts(toks []word) [][2]int {
	var parts [][2]int
	from := 0
	for k := range toks {
		if toks[k].class == joiner {
			if k > from {
				parts = append(parts, [2]int{from, k})
			}
			from = k + 1
		}
	}
	if from < len(toks) {
		parts = append(parts, [2]int{from, len(toks)})
	}
	return parts
}

// bareNames reports whether a coordination is a list of bare proper names
// (美的、格力项目): several parts, each one word that is a name.
func bareNames(toks []word, parts [][2]int) bool {
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if p[1]-p[0] != 1 || !properTag(toks[p[0]].Pos) {
			return false
		}
	}
	return true
}

// listItems returns a project per item of the list that ends at e: the
// coordinated parts of its clause, each with its own modifiers dropped
// (总投资150亿元的…, …有限公司), its text the part and its name the part and
// the head (润滑油 → 润滑油项目). Items that end in a head of their own (A项目、
// B项目等) were found at their heads.
func listItems(s string, e int, head string, count int, companies []Fact) []Fact {
	start := listStart(s, e)
	toks := cutWords(s[start:e])
	split := itemBreaks(toks, count)
	var items []Fact
	from := 0
	for k := 0; k <= len(toks); k++ {
		if k < len(toks) && !split[k] {
			continue
		}
		if item, ok := listItem(s, start, quotedItem(toks[from:k]), head, from > 0, companies); ok {
			items = append(items, item)
		}
		from = k + 1
	}
	return items
}

// itemBreaks returns which words of a list part its items: 、 always; 和
// and 及 after a named item or before one of its own (…模组及器件 is one
// item); and, when the list gives its count (A、B和C3个项目), every 和 and
// 及 outside quotes if that makes the count.
func itemBreaks(toks []word, count int) []bool {
	split := make([]bool, len(toks))
	items, loose := 1, 0
	quoted := false
	for k := range toks {
		switch t := &toks[k]; {
		case t.Text == "“" || t.Text == "”":
			quoted = t.Text == "“"
		case t.Text == "、":
			split[k] = true
		case t.class == joiner && (complete(toks[k+1:]) || k > 0 && hasAnySuffix(toks[k-1].Text, projectHeads)):
			split[k] = true
		case t.class == joiner && !quoted:
			loose++
			continue
		default:
			continue
		}
		if split[k] {
			items++
		}
	}
	if count > 0 && loose > 0 && items+loose == count {
		quoted = false
		for k := range toks {
			if t := &toks[k]; t.Text == "“" || t.Text == "”" {
				quoted = t.Text == "“"
			} else if t.class == joiner && !quoted {
				split[k] = true
			}
		}
	}
	return split
}

// quotedItem returns the words inside the quotes that end a list item
// (宝应县“10GW高效光伏电池及10GW组件”和“…”两大项目): the quotes hold its name.
func quotedItem(toks []word) []word {
	n := len(toks)
	if n < 3 || toks[n-1].Text != "”" {
		return toks
	}
	for k := n - 2; k >= 0; k-- {
		if toks[k].Text == "“" {
			return toks[k+1 : n-1]
		}
	}
	return toks
}

// listStart returns where the list ending at e begins: its clause start,
// at most 160 runes before.
func listStart(s string, e int) int {
	i, runes := e, 0
	for i > 0 && runes < 160 {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if strings.ContainsRune("，,。；;：:！？!?\n", r) && !(r == ',' && digitsAround(s, i-size, i)) {
			break
		}
		i -= size
		runes++
	}
	return i
}

// listItem returns the project one item of a list names, if any; inner
// tells an item after the first, which starts at its separator.
func listItem(s string, base int, toks []word, head string, inner bool, companies []Fact) (Fact, bool) {
	if len(toks) == 0 {
		return Fact{}, false
	}
	n := nameWords(toks, "", false)
	if inner {
		n = widen(toks, n) // an item after the first runs from its separator
	}
	words := toks[n:]
	if len(words) == 0 || ownedProduct(toks[:n]) {
		return Fact{}, false
	}
	built := endsBuilt(toks[len(toks)-1].Text) // 青川新能源装备研发制造基地: a place and a sector say which base
	if !specificWords(words) && !shortFirmName(words) && !(built && sectorName(words) && placeName(words)) {
		return Fact{}, false
	}
	for k := n; k < len(toks); k++ {
		if timeToken(toks[k].Text, toks[k].Pos == "t") || dateUnit(toks, k) {
			return Fact{}, false // 在2、3日接连各有25个项目开工: days, not items
		}
	}
	i, j := base+words[0].Start, base+words[len(words)-1].End
	for _, c := range within(companies, i, j) {
		if c.End > i && c.End < j {
			i = c.End
		}
	}
	if hasAnySuffix(s[:j], []string{"项目", "工程"}) || i >= j {
		return Fact{}, false // A项目、B项目等: found at its own head
	}
	if hasAnySuffix(s[:j], projectHeads) {
		return projectFact(s, i, j, ""), true // …生产线等新材料项目: the line is the item
	}
	return projectFact(s, i, j, s[i:j]+head), true
}

// ownedProduct reports whether the words before an item's name give its
// owner (鼎复康医药的抗癌新药: a firm's product) rather than its amount
// (总投资5亿元的…): the item describes what a firm makes, not a project.
func ownedProduct(before []word) bool {
	de := -1
	for k, t := range before {
		if t.Text == "的" {
			de = k
		}
	}
	if de <= 0 {
		return false
	}
	owner := before[de-1]
	return properTag(owner.Pos) && owner.Pos != "ns" || hasAnySuffix(owner.Text, []string{"公司", "集团", "企业", "科技", "医药", "药业", "生物"})
}

// shortFirmName reports whether the words of a list item are a firm's short
// name: a place and a sector (三江生物, 永州电子).
func shortFirmName(words []word) bool {
	return len(words) == 2 && words[0].Pos == "ns" && (sectorWords[words[1].Text] || hasAnySuffix(words[1].Text, []string{"业", "电子", "生物", "科技"}))
}

// bareItems returns a project per bare name coordinated under one head
// (美的、格力项目 → 美的项目, 格力项目).
func bareItems(s string, start int, toks []word, parts [][2]int, head string) []Fact {
	var items []Fact
	for _, p := range parts {
		t := toks[p[0]]
		i, j := start+t.Start, start+t.End
		items = append(items, projectFact(s, i, j, s[i:j]+head))
	}
	return items
}

// specificWords reports whether the words of a name carry one that makes
// it specific.
func specificWords(toks []word) bool {
	madeUp := false
	for k := range toks {
		if specificWord(toks, k) {
			if toks[k].Pos != "un" {
				return true
			}
			madeUp = true
		}
	}
	return madeUp && !predicateOnly(toks)
}

// predicateOnly reports whether the words other than made-up ones are all
// verbs and adjectives: then the made-up word is the tagger's glue of a
// verb phrase (带民/un 致富/a 增收/v: to make people rich), not a brand.
func predicateOnly(toks []word) bool {
	others := 0
	for _, t := range toks {
		switch t.Pos {
		case "un":
			continue
		case "v", "a", "ad", "an", "d", "vd":
			others++
		default:
			return false
		}
	}
	return others > 0
}

// specificWord reports whether token k names something in particular: a
// proper name other than a place, a product or technology noun, Latin
// letters, or a number with a unit of capacity after a capacity verb or
// before a product. A place locates a project but does not name it
// (汶阳县重点项目).
func specificWord(toks []word, k int) bool {
	t := &toks[k]
	bits := t.bits
	switch {
	case bits&isConjunction != 0:
		return false
	case t.Pos == "eng":
		return true
	case t.Pos == "m":
		return capacityNumber(toks, k)
	case bits&(isGeneric|isSector|isActivity) != 0:
		return false
	case hasAnySuffix(t.Text, categorySuffixes) && utf8.RuneCountInString(t.Text) > 2:
		return false // 科技型, 数字化 (but 铜化, a name)
	case slices.Contains(categorySuffixes, t.Text) || k+1 < len(toks) && slices.Contains(categorySuffixes, toks[k+1].Text):
		return false // 税源/型, 亿元/级: the kind of word cut in two
	case hasAnySuffix(t.Text, sectorEnds):
		return false // 优势产业, 支柱产业链, 生态农业: a sector however qualified
	case t.Pos == "ns":
		return false
	case properTag(t.Pos):
		return true
	}
	switch t.Pos {
	case "n", "nz", "j", "l", "an", "nl", "ng", "g", "zg", "s", "i", "k", "h":
		if hanCount(t.Text) >= 2 {
			return true // 光学膜; 服装/vn, a noun the tagger calls a verb's (activities are out above)
		}
		return singleProduct(toks, k)
	case "v":
		return reduplicated(toks, k)
	}
	return false
}

// reduplicated reports whether the one-character word at k and its
// neighbour repeat one character (盼/v 盼/v): a name the dictionary does
// not know, as brands and shops are often named.
func reduplicated(toks []word, k int) bool {
	t := toks[k].Text
	return utf8.RuneCountInString(t) == 1 && (k > 0 && toks[k-1].Text == t || k+1 < len(toks) && toks[k+1].Text == t)
}

// singleProduct reports whether a one-character noun names a product (门,
// 布, 铝: 门产业园, 军用布铝) rather than a place or a kind (省, 区, 类).
func singleProduct(toks []word, k int) bool {
	r, size := utf8.DecodeRuneInString(toks[k].Text)
	return size == len(toks[k].Text) && isHan(r) && !strings.ContainsRune(genericSingles, r) &&
		(toks[k].Pos == "n" || toks[k].Pos == "zg" || toks[k].Pos == "ng")
}

// repeatsCounted reports whether w is a count with its measure word
// doubled: 一条条, 一个个.
func repeatsCounted(w string) bool {
	first, _ := utf8.DecodeRuneInString(w)
	last, n := utf8.DecodeLastRuneInString(w)
	before, m := utf8.DecodeLastRuneInString(w[:len(w)-n])
	return len(w) > n+m && last == before && isHan(last) && isCountRune(first)
}

// countedKind reports whether the words before a head end with a count of
// projects and generic words only (86个重点项目, 9个项目, 第二批重点项目).
func countedKind(toks []word) bool {
	for _, t := range toks {
		if repeatsCounted(t.Text) {
			return true // 一条条自动化生产线, 一个个项目: many of them
		}
	}
	if n := len(toks); n > 0 && evaluative[toks[n-1].Text] {
		return true // 凤岐县“夏季攻坚”重点项目, 某集团重大项目: a class of projects
	}
	for _, t := range toks {
		if plural(t.Text) {
			return true // 一批…项目, 两大招商引资项目, 两个风电项目
		}
	}
	for k := len(toks) - 1; k >= 0; k-- {
		t := toks[k]
		switch {
		case t.Pos == "m" && strings.ContainsAny(t.Text, "个项批家第条座"), t.Pos == "q" && strings.ContainsAny(t.Text, "个项批家条座"):
			return true
		case t.bits&isGeneric == 0:
			return false
		}
	}
	return false
}

// countOpens reports whether a name opens with a count of the things it
// names (4条原液生产线, 两座电站): several, not one.
func countOpens(toks []word) bool {
	if len(toks) < 2 || toks[0].Pos != "m" {
		return false
	}
	a, b := toks[0].Text, toks[1].Text
	return (strings.ContainsAny(a, "条座个家台套批") || strings.ContainsAny(b, "条座个家台套批")) &&
		!strings.ContainsAny(a, "吨万亿千米瓦年") && !strings.ContainsAny(b, "吨万亿千米瓦年")
}

// plural reports whether a word counts several: 一批, 两个, 两大, 三项.
func plural(w string) bool {
	if pluralWords[w] {
		return true
	}
	r0, n0 := utf8.DecodeRuneInString(w)
	r1, n1 := utf8.DecodeRuneInString(w[n0:])
	if n0 == 0 || n1 == 0 || n0+n1 != len(w) || !strings.ContainsRune("批个大项家座", r1) {
		return false // two runes, the second a measure
	}
	return r0 != '一' && isCountRune(r0) || r0 == '两' || r0 == '一' && r1 == '批'
}

// builtInside reports whether the words before a 项目 end in a built
// object (医药物流基地项目, 光伏电站项目): then, as for those heads, a sector
// word says which.
func builtInside(toks []word) bool {
	if len(toks) == 0 {
		return false
	}
	last := toks[len(toks)-1].Text
	for h := range builtHeads {
		if strings.HasSuffix(last, h) {
			return true
		}
	}
	return false
}

// genericLast reports whether the last of several coordinated parts is
// only generic words (推介会暨重点项目): the head belongs to that part.
func genericLast(toks []word, parts [][2]int) bool {
	if len(parts) < 2 {
		return false
	}
	for _, t := range toks[parts[len(parts)-1][0]:] {
		if !genericWords[t.Text] && t.Pos != "m" && t.Pos != "q" {
			return false
		}
	}
	return true
}

// builtWork reports whether a word of a 工程 names a built work (道路, 管网,
// 排水) and is no generic word (厂房主体工程 names none).
func builtWork(toks []word) bool {
	for _, t := range toks {
		if containsAny(t.Text, concreteWorks) && (!genericWords[t.Text] || slices.Contains(concreteWorks, t.Text)) {
			return true
		}
	}
	return false
}

// placeName reports whether the words of a name hold a place (良坊光伏电站):
// a plant or line at a named place is that one.
func placeName(toks []word) bool {
	for _, t := range toks {
		if t.Pos == "ns" {
			return true
		}
	}
	return false
}

// sectorName reports whether the words of a name hold a sector word, which
// says which built object a park, line or plant is (物流产业园).
func sectorName(toks []word) bool {
	for _, t := range toks {
		if sectorWords[t.Text] {
			return true
		}
	}
	return false
}

// properTag reports whether a tag marks a proper name, or a word the
// dictionary does not know (a brand, a new product).
func properTag(pos string) bool {
	switch pos {
	case "nr", "nrt", "nrfg", "ns", "nt", "nz", "un":
		return true
	}
	return false
}

// capacityNumber reports whether the number at k states a capacity: after
// a capacity verb (年产10万吨), or with a unit of quantity and a product
// after it (30万吨聚酯项目).
func capacityNumber(toks []word, k int) bool {
	if k > 0 && capacityMarker(toks, k-1) {
		return true
	}
	unit := strings.ContainsAny(toks[k].Text, "吨台套辆片头只件瓦米") ||
		k+1 < len(toks) && (toks[k+1].Pos == "eng" || toks[k+1].Pos == "q" && strings.ContainsAny(toks[k+1].Text, "吨台套辆片头只件瓦米"))
	next := k + 1
	if !strings.ContainsAny(toks[k].Text, "吨台套辆片头只件瓦米") {
		next++
	}
	return unit && next < len(toks) && specificTag(toks[next].Pos)
}

func specificTag(pos string) bool {
	return properTag(pos) || pos == "n" || pos == "nz" || pos == "eng"
}

// headHolds applies what the head asks of a name: a park, base, line or
// plant shown being built and not only where things happen; a 工程 that
// names a built work.
func headHolds(s string, start, hs, he int, head string, caps, money []Fact) bool {
	switch {
	case plantHeads[head]:
		return builtHere(s, start, he, caps, money) && !isLocation(s, start, he)
	case builtHeads[head]:
		return beingBuilt(s, start, he) && !isLocation(s, start, he)
	case head == "工程":
		return concreteWorkSet.in(s[start:hs])
	}
	return true
}

// headCanHold reports whether headHolds may hold for a name that starts
// at or after start: it checks, before the words are cut, what headHolds
// needs whatever the name's start (a build cue near a park, a concrete
// work before 工程).
func headCanHold(s string, start, hs, he int, head string) bool {
	switch {
	case plantHeads[head]:
		return true
	case builtHeads[head]:
		ss, _ := sentence(s, start, hs)
		return buildCueSet.in(s[ss:hs]) || buildCueSet.in(s[he:nextSentenceEnd(s, he)])
	case head == "工程":
		return concreteWorkSet.in(s[start:hs])
	}
	return true
}

// builtHere reports whether the text shows this plant or line as an
// undertaking: its name states a capacity (年产6万吨岩棉生产线); a verb of
// building stands right before it (新建…生产线, 改造…流水生产线); an amount or a
// capacity qualifies it (投资5亿元、装机50MW的…电站); or a status follows it in
// its sentence (…电站已并网发电, …生产线将建成投产).
func builtHere(s string, start, end int, caps, money []Fact) bool {
	if len(within(caps, start, end)) > 0 {
		return true
	}
	cs, _ := clause(s, start, end)
	before := s[cs:start]
	if strings.HasSuffix(before, "的") {
		if len(within(caps, cs, start)) > 0 || len(within(money, cs, start)) > 0 {
			return true
		}
		before = strings.TrimSuffix(before, "的")
	}
	if hasAnySuffix(strings.TrimRight(before, "一条座个家期 0123456789万吨年产"), builders) {
		return true
	}
	_, se := sentence(s, start, end)
	after := strings.TrimLeft(s[end:se], " ")
	for n := adverbs.prefix(after); n > 0; n = adverbs.prefix(after) {
		after = after[n:] // …电站已经并网: the status after its adverbs
	}
	return hasAnyPrefix(after, plantStatuses)
}

// isLocation reports whether a park or base is where something happens
// rather than what is built: 走进某某产业园，…; 建设地点：某某产业园; 项目落地
// 某某产业园，…; 在某某产业园，某公司…项目主体完工 (but not 在某某产业园，二期
// 厂房封顶, the park's own works).
func isLocation(s string, start, end int) bool {
	before := strings.TrimRight(s[:start], " ")
	r, _ := utf8.DecodeRuneInString(s[end:])
	if end < len(s) && !strings.ContainsRune("，,。；;内里\n", r) && !hasAnyPrefix(s[end:], builders) {
		return false // 在某某产业园建立…基地: the park is where
	}
	if hasAnySuffix(before, arrivals) {
		return true
	}
	if !hasAnySuffix(before, locatives) {
		return false
	}
	_, se := sentence(s, start, end)
	rest := s[end:se]
	return strings.Contains(rest, "公司") || containsAny(rest, []string{"项目", "工程", "基地", "生产线"}) // not 厂: 厂房 are the park's own works
}

// beingBuilt reports whether the sentence of a park or base shows it being
// built: a build cue in its sentence, and no goal verb in its clause before
// it.
func beingBuilt(s string, start, end int) bool {
	cs, _ := clause(s, start, end)
	if aspirationSet.in(s[cs:start]) {
		return false
	}
	ss, _ := sentence(s, start, end)
	return buildCueSet.in(s[ss:start]) || buildCueSet.in(s[end:nextSentenceEnd(s, end)])
}

// nextSentenceEnd returns the end of the sentence after the one around i,
// where what a park's sentence introduces often goes on (以…产业园为载体。
// 目前，产业园一期…).
func nextSentenceEnd(s string, i int) int {
	_, se := sentence(s, i, i)
	if se < len(s) {
		_, size := utf8.DecodeRuneInString(s[se:])
		_, se = sentence(s, se+size, se+size)
	}
	return se
}

// skipEnumeration moves start past the number of a list item or section
// that opens the name: （三）, (3), 三、, 3. and 3、, ①.
func skipEnumeration(s string, start, end int) int {
	t := s[start:end]
	n := 0
	for _, p := range [][2]string{{"（", "）"}, {"(", ")"}} {
		if strings.HasPrefix(t, p[0]) {
			if k := strings.Index(t, p[1]); k > 0 && isCount(t[len(p[0]):k]) {
				n = k + len(p[1])
			}
		}
	}
	if n == 0 {
		for i, r := range t {
			if r == '、' || r == '.' {
				if i > 0 && isCount(t[:i]) && !(r == '.' && i+1 < len(t) && t[i+1] >= '0' && t[i+1] <= '9') {
					n = i + utf8.RuneLen(r) // 3、, 3. (but 7.5MW is a number)
				}
				break
			}
			if !isCountRune(r) {
				break
			}
		}
	}
	return start + n
}

func hanCount(s string) int {
	n := 0
	for _, r := range s {
		if isHan(r) {
			n++
		}
	}
	return n
}

// outermost drops the names that lie inside another name
// (…生产基地 inside …生产基地项目) and orders the rest.
func outermost(found []Fact) []Fact {
	Sort(found)
	out := found[:0]
	for _, f := range found {
		if n := len(out); n > 0 && f.Start >= out[n-1].Start && f.End <= out[n-1].End {
			if f.Start == out[n-1].Start && f.End == out[n-1].End && len(f.Name) > len(out[n-1].Name) {
				out[n-1] = f // the same words named as a list's item (…基地 → …基地项目)
			}
			continue
		}
		// A name that starts inside the previous one and ends after it
		// extends it (产业园 found first, then 产业园智能仓库建设项目).
		if n := len(out); n > 0 && f.Start < out[n-1].End {
			if f.End > out[n-1].End && f.Start <= out[n-1].Start {
				out[n-1] = f
			}
			continue
		}
		out = append(out, f)
	}
	return out
}
