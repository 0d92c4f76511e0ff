package extract

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// This file reads metadata lines: publication stamps, sources, bylines and
// summaries. The functions work on single lines; clean.go decides which
// lines are metadata at all.

// A metaLine is what one metadata line states.
type metaLine struct {
	published Timestamp
	source    string
	authors   []string
	summary   string
	headline  string // (原标题:…) text
	// besideStamp is an outlet name written next to the publication stamp
	// without a 来源 label.
	besideStamp string
	// account is the name of the WeChat or self-media account that
	// published the page, the source when no line names one.
	account string
}

// accountName returns the account named on an account line: 原创 某某发布
// 某某发布 (the mark, the account and its display name) → 某某发布.
func accountName(s string) string {
	s = strings.TrimSpace(strings.TrimPrefix(s, "原创"))
	f := strings.Fields(s)
	if len(f) > 1 && !slices.ContainsFunc(f[1:], func(x string) bool { return x != f[0] }) {
		return f[0]
	}
	return s
}

// stampRE matches a date, optionally followed by a clock time:
// 2021-12-31 09:00:14, 2023-4-15 09:47, 2022/09/27, 2022.9.27,
// 2022年11月03日 08:45.
var stampRE = regexp.MustCompile(`((?:19|20)\d\d)\s*([-/.年])\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*(?:[T\s]|&nbsp;)?\s*(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}))?)?`)

// parseStamp finds the first plausible date stamp in s. It returns the stamp
// and the byte span it covers.
func parseStamp(s string) (ts Timestamp, start, end int, ok bool) {
	if !hasYear(s) {
		return Timestamp{}, 0, 0, false // what stampRE needs first, without the regexp
	}
	for _, m := range stampRE.FindAllStringSubmatchIndex(s, 4) {
		num := func(i int) int {
			if m[2*i] < 0 {
				return -1
			}
			n, _ := strconv.Atoi(s[m[2*i]:m[2*i+1]])
			return n
		}
		y, mo, d := num(1), num(3), num(4)
		if mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo) {
			continue
		}
		if m[5] >= 0 && s[m[4]:m[5]] == "年" && !strings.Contains(s[m[0]:m[1]], "月") {
			continue
		}
		ts = Timestamp{Time: time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC), Precision: Day}
		if h, mi := num(5), num(6); h >= 0 && h < 24 && mi >= 0 && mi < 60 {
			sec := num(7)
			ts.Precision = Minute
			if sec >= 0 && sec < 60 {
				ts.Precision = Second
			} else {
				sec = 0
			}
			ts.Time = time.Date(y, time.Month(mo), d, h, mi, sec, 0, time.UTC)
			return ts, m[0], m[1], true
		}
		end := m[1]
		if m[10] >= 0 { // an invalid clock time: the stamp ends at the date
			end = m[9]
			if end < 0 {
				end = m[1]
			}
		}
		return ts, m[0], end, true
	}
	return Timestamp{}, 0, 0, false
}

// hasYear reports whether s holds four digits that begin with 19 or 20.
func hasYear(s string) bool {
	for i := 0; i+4 <= len(s); i++ {
		if (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') && '0' <= s[i+2] && s[i+2] <= '9' && '0' <= s[i+3] && s[i+3] <= '9' {
			return true
		}
	}
	return false
}

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// readStampLine reports whether a line is a publication-stamp line rather
// than a sentence or headline that mentions a date, and returns the stamp.
// lineFeatures keeps it as the line's stamp.
func readStampLine(l *line) (Timestamp, bool) {
	if l.runes > 100 || !strings.ContainsAny(l.text, "0123456789") {
		return Timestamp{}, false
	}
	ts, start, end, ok := parseStamp(l.text)
	if !ok {
		return Timestamp{}, false
	}
	if l.punct > 1 && l.runes > 40 {
		return Timestamp{}, false // a sentence
	}
	before := l.text[:start]
	for _, lb := range otherDateLabels {
		if strings.Contains(before, lb) {
			return Timestamp{}, false
		}
	}
	for _, lb := range dateLabels {
		if strings.Contains(before, lb) {
			return ts, true
		}
	}
	if !strings.Contains(l.text[start:end], "年") {
		return ts, true // numeric dates (2022-09-27) do not occur in headlines
	}
	// 2022年11月03日 08:45, 2023年05月12日 星期五 来源:…, 2006年12月27日（京港台时间）:
	// little else on the line.
	rest := parenRE.ReplaceAllString(l.text[:start]+" "+l.text[end:], " ")
	rest = editionRE.ReplaceAllString(rest, " ")
	if ts.Precision > Day || hanCount(stripLabeled(rest)) <= 4 {
		return ts, true
	}
	return Timestamp{}, false
}

// stripLabeled removes "label: value" pairs (来源:XX 作者:YY) and weekday
// names from s, leaving the words that are not metadata.
func stripLabeled(s string) string {
	s = labeledRE.ReplaceAllString(s, " ")
	for _, w := range []string{"星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日", "星期天", "周一", "周二", "周三", "周四", "周五", "周六", "周日"} {
		s = strings.ReplaceAll(s, w, " ")
	}
	return s
}

// editionRE matches a newspaper's page and section beside its date:
// 第01版：要闻, 第A3版.
var editionRE = regexp.MustCompile(`第\s*[A-Za-z]?\d{1,3}\s*版(?:\s*[:：]\s*\p{Han}{1,8})?`)

var parenRE = regexp.MustCompile(`[(（][^()（）]{0,12}[)）]`)

func hanCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			n++
		}
	}
	return n
}

// reportedByRE finds the outlet of a reprint line: (据《某某建材报》报道),
// 据某某日报消息.
var reportedByRE = regexp.MustCompile(`^[(（]?据\s*《?([^\s《》()（）,，。:：]{2,20}?)》?\s*(?:报道|消息)[)）]?$`)

// parseSource returns the outlet a metadata line names, or "".
func parseSource(s string) string {
	m := sourceRE.FindStringSubmatch(s)
	if m == nil {
		m = reportedByRE.FindStringSubmatch(strings.TrimSpace(s))
	}
	if m == nil {
		return ""
	}
	v := strings.TrimRight(m[1], "。.、")
	for _, r := range bylineRoles { // 来源：雁鸣湖日报全媒体记者 X
		if strings.HasSuffix(v, r) && len(v) > len(r) {
			v = strings.TrimSuffix(v, r)
			for _, q := range []string{"全媒体", "融媒体", "首席", "见习", "特约", "本报"} {
				v = strings.TrimSuffix(v, q)
			}
			break
		}
	}
	if genericSources[v] || utf8.RuneCountInString(v) > 30 || v == "" {
		return ""
	}
	return v
}

func looksLikeOutlet(s string) bool {
	n := utf8.RuneCountInString(s)
	if n < 2 || n > 16 || strings.ContainsAny(s, "，,。:：;；！？!?") {
		return false
	}
	for _, suf := range outletSuffixes {
		if strings.HasSuffix(s, suf) {
			return true
		}
	}
	return false
}

// parseByline reads a line (or the inside of a parenthesis) that consists of
// role words and personal names only, such as "记者 周明远 何 平 通讯员 吴晓东"
// or "文/图 记者 张三". It returns the names of the authors. Without a role
// word, a list of bare names is accepted only when needRole is false and it
// has two names or more.
func parseByline(s string, needRole bool) (authors []string, ok bool) {
	toks := bylineTokens(s)
	if len(toks) == 0 {
		return nil, false
	}
	roles, editors := 0, false
	var singles []string
	flush := func() bool {
		if len(singles)%2 == 1 {
			return false
		}
		for i := 0; i+1 < len(singles); i += 2 {
			authors = append(authors, singles[i]+singles[i+1])
		}
		singles = singles[:0]
		return true
	}
	for _, t := range toks {
		if metaLabels[t] {
			return nil, false // 来源 | 高阳日报 | 作者 …: a metadata line, not a byline
		}
		if role, ok := isRole(t); ok {
			if !flush() {
				return nil, false
			}
			roles++
			editors = role == "editor"
			continue
		}
		if strings.HasSuffix(t, "报道") || strings.HasSuffix(t, "报导") || t == "摄" || t == "整理" || t == "编译" {
			continue // 山东冠县报道, 张三 整理: what the byline's names did, not a name
		}
		if editors {
			if !isName(t) && !isSingleHan(t) {
				return nil, false
			}
			continue // editors and photographers are not authors
		}
		switch {
		case isSingleHan(t):
			singles = append(singles, t)
		case isName(t):
			if !flush() {
				return nil, false
			}
			authors = append(authors, t)
		default:
			return nil, false
		}
	}
	if !flush() {
		return nil, false
	}
	if roles == 0 && (needRole || len(authors) < 2) {
		return nil, false
	}
	return authors, true
}

// bylineTokens splits a byline at white space and name separators, and
// splits a role word off the name glued to it (记者张三 → 记者, 张三).
func bylineTokens(s string) []string {
	if strings.ContainsAny(s, "/／") {
		s = slashSpaceRE.ReplaceAllString(s, "/")
	}
	s = bylineSlashes.Replace(s)
	fields := strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("、,，;；|｜丨:：/／", r)
	})
	var toks []string
	for _, f := range fields {
		for f != "" {
			role := rolePrefix(f)
			if role == "" || role == f {
				toks = append(toks, f)
				break
			}
			toks = append(toks, role)
			f = f[len(role):]
		}
	}
	return toks
}

// bylineSlashes joins the slashed roles (文/图) before a byline is split at
// slashes (记者蔡宜蓁／综合报导).
// slashSpaceRE finds a slash with spaces around it (文 / 张三).
var slashSpaceRE = regexp.MustCompile(`\s*[/／]\s*`)

// A lone 文 is a role only when marked (文/张三, 文|张三, 文:张三), so that the
// padded name 贺 文 stays a name.
var bylineSlashes = strings.NewReplacer("文/图", "文图", "图/文", "图文", "文／图", "文图", "图／文", "图文",
	"文/", "撰文 ", "文／", "撰文 ", "文|", "撰文 ", "文｜", "撰文 ", "文:", "撰文 ", "文：", "撰文 ")

// rolePrefix returns the role word that f starts with, or "".
func rolePrefix(f string) string {
	for _, r := range bylineRoles {
		if !strings.HasPrefix(f, r) {
			continue
		}
		if rest := f[len(r):]; rest != "" && looseRoles[r] {
			continue // 文化, 文字材料: only 文/张三 (split at the slash) is a byline
		}
		return r
	}
	for _, r := range editorRoles {
		if strings.HasPrefix(f, r) && utf8.RuneCountInString(r) > 1 {
			return r
		}
	}
	return ""
}

// isRole reports whether t is a role word, and which kind. Besides the
// listed roles, any short word ending in 记者 (光明日报记者, 新京报记者) is one.
func isRole(t string) (kind string, ok bool) {
	t = strings.TrimRight(t, "/／")
	for _, r := range bylineRoles {
		if t == r {
			return "author", true
		}
	}
	if n := utf8.RuneCountInString(t); n > 2 && n <= 10 && strings.HasSuffix(t, "记者") {
		return "author", true
	}
	for _, r := range editorRoles {
		if t == r {
			return "editor", true
		}
	}
	return "", false
}

// isName reports whether t looks like a personal name: two to four Han
// runes or longer with an interpunct (阿卜杜拉·买买提). A name of two to
// four runes must start with a surname; a four-rune name needs a compound
// surname or two surnames (欧阳志远, 陈李淑贞).
func isName(t string) bool {
	n, dot := 0, false
	for _, r := range t {
		switch {
		case r == '·' || r == '•':
			dot = true
		case unicode.Is(unicode.Han, r):
			n++
		default:
			return false
		}
	}
	if dot {
		return n >= 2 && n <= 12
	}
	if n < 2 || n > 4 || n > 2 && looksLikeOutlet(t) {
		return false // 高阳日报 starts with two surnames but is a newspaper
	}
	size, ok := hasSurname(t)
	if !ok {
		return false
	}
	if n == 4 && size == len("王") {
		_, ok = hasSurname(t[size:])
	}
	return ok
}

func isSingleHan(t string) bool {
	r, size := utf8.DecodeRuneInString(t)
	return size == len(t) && unicode.Is(unicode.Han, r)
}

// parseLabeledNames reads the names after an explicit author label. The
// label vouches for them, so names need not start with a listed surname
// (其其格 王　鹏 → 其其格, 王鹏).
func parseLabeledNames(v string) ([]string, bool) {
	if a, ok := parseByline(v, false); ok {
		return a, true
	}
	var names, singles []string
	for _, t := range bylineTokens(v) {
		switch n := hanCount(t); {
		case n == 1 && len(t) == len("王"):
			singles = append(singles, t)
			if len(singles) == 2 {
				names, singles = append(names, singles[0]+singles[1]), nil
			}
		case n >= 2 && n <= 5 && n == utf8.RuneCountInString(t) && len(singles) == 0:
			names = append(names, t)
		default:
			return nil, false
		}
	}
	return names, len(singles) == 0 && len(names) > 0
}

// bylinePrefix returns the longest run of role words and names that opens
// s (记者 乔沐川 评论(128) → 记者 乔沐川).
func bylinePrefix(s string) string {
	toks := bylineTokens(s)
	n := 0
	for n < len(toks) {
		t := toks[n]
		if _, ok := isRole(t); !ok && !isName(t) && !isSingleHan(t) {
			break
		}
		n++
	}
	return strings.Join(toks[:n], " ")
}

// labeledAuthors reads the names after the author labels of a metadata
// line: "发布日期:2023-09-14 来源:XX 作者:杨 帆 周 洁" → 杨帆, 周洁. A
// single value that is not a personal name, such as a self-media account,
// is taken as it is.
func labeledAuthors(s string) []string {
	var authors []string
	for _, loc := range authorLabelRE.FindAllStringIndex(s, -1) {
		marked := strings.ContainsAny(s[loc[0]:loc[1]], ":：/／")
		v := s[loc[1]:]
		if m := valueEndRE.FindStringIndex(v); m != nil {
			v = v[:m[0]]
		}
		if _, start, _, ok := parseStamp(v); ok {
			v = v[:start] // 作者：张三 2023/12/05 来源：…
		}
		v = strings.TrimSpace(v)
		switch {
		case v == "":
		case marked:
			// 作者:X vouches for what follows: names, or a self-media account.
			if a, ok := parseLabeledNames(v); ok {
				authors = append(authors, a...)
			} else if isName(v) || !strings.ContainsAny(v, "0123456789 ") && utf8.RuneCountInString(v) <= 20 {
				authors = append(authors, v)
			}
		default:
			// 记者 黄梦琪 通讯员 贺 文: without a colon, only real names
			// count, up to the first word that is not one (评论(128)).
			if a, ok := parseByline(bylinePrefix(s[loc[0]:loc[1]]+v), true); ok {
				authors = append(authors, a...)
			}
		}
	}
	// 作者：记者 X 通讯员 Y holds three labels that each read X and Y.
	var unique []string
	for _, a := range authors {
		if !slices.Contains(unique, a) {
			unique = append(unique, a)
		}
	}
	return unique
}

// parseMetaLine reads everything a metadata line states, given the reason
// its verdict gave.
func parseMetaLine(l *line, reason Reason) *metaLine {
	m := &metaLine{}
	if l.stamp != nil {
		m.published = *l.stamp
	}
	text := l.spaced()
	m.source = parseSource(text)
	if m.source == "" && !m.published.IsZero() {
		// 楚风新闻　2024-11-26 20:48: an outlet beside the stamp, used when
		// no line names a source.
		if _, start, end, ok := parseStamp(l.text); ok {
			for _, part := range []string{l.text[:start], l.text[end:]} {
				if p := strings.TrimSpace(part); looksLikeOutlet(p) && !strings.ContainsFunc(p, unicode.IsSpace) {
					m.besideStamp = p
				}
			}
		}
	}
	if strings.HasPrefix(l.key, "原标题:") || strings.HasPrefix(l.key, "(原标题:") {
		m.headline = strings.TrimSpace(strings.TrimRight(afterColon(l.text), ")）"))
	}
	if a, ok := parseByline(trimByline(text), true); ok {
		m.authors = a
	} else if reason != ReasonEditor {
		m.authors = labeledAuthors(text)
	}
	if reason == ReasonSummary {
		m.summary = afterColon(l.text)
		if m.summary == "" {
			m.summary = strings.TrimSpace(strings.TrimPrefix(l.text, "摘要"))
		}
	}
	return m
}

// afterColon returns what follows the first colon or closing bracket of s,
// trimmed.
func afterColon(s string) string {
	i := strings.IndexAny(s, ":：】]")
	if i < 0 {
		return ""
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	return strings.TrimSpace(s[i+size:])
}

// trimParens removes one pair of parentheses or brackets around s.
// trimByline returns the byline a line holds: the text of a whole-line
// parenthesis, also after a dateline (本报讯（记者 张三 通讯员 李四）).
func trimByline(s string) string {
	if open := strings.IndexAny(s, "(（"); open > 0 {
		head := strings.TrimSpace(s[:open])
		if (strings.HasSuffix(head, "讯") || strings.HasSuffix(head, "电")) && utf8.RuneCountInString(head) <= 16 {
			s = s[open:]
		}
	}
	return trimParens(s)
}

func trimParens(s string) string {
	for _, p := range [][2]string{{"(", ")"}, {"（", "）"}, {"[", "]"}, {"【", "】"}} {
		if strings.HasPrefix(s, p[0]) && strings.HasSuffix(s, p[1]) && len(s) > len(p[0])+len(p[1]) {
			return strings.TrimSpace(s[len(p[0]) : len(s)-len(p[1])])
		}
	}
	return s
}

// authorTail finds a trailing author parenthesis such as "(周明远 吴晓东)"
// or "(记者 何平 林晓)" at the end of a paragraph. It returns the
// paragraph without it, the parenthesis, and the names.
func authorTail(p string) (rest, tail string, authors []string, ok bool) {
	t := strings.TrimSpace(p)
	if !strings.HasSuffix(t, ")") && !strings.HasSuffix(t, "）") {
		return p, "", nil, false
	}
	open := strings.LastIndexAny(t, "(（")
	if open <= 0 {
		return p, "", nil, false
	}
	_, osize := utf8.DecodeRuneInString(t[open:])
	_, csize := utf8.DecodeLastRuneInString(t)
	inner := t[open+osize : len(t)-csize]
	if utf8.RuneCountInString(inner) > 40 {
		return p, "", nil, false
	}
	authors, ok = parseByline(inner, false)
	if !ok || len(authors) == 0 {
		return p, "", nil, false
	}
	return strings.TrimSpace(t[:open]), t[open:], authors, true
}

// datelineRE matches the start of a dateline that names its outlet:
// 某某观察7月21日讯, 某某网讯.
var datelineRE = regexp.MustCompile(`^(\p{Han}{2,10}?)((?:\d{1,2}月)?\d{1,2}日)?讯`)

// leadOutlet returns the outlet named by the dateline that opens the first
// paragraph, or "": a name before a date and 讯 (某某观察7月21日讯), or an
// outlet's name before 讯 (某某网讯). 本报讯 and the like name none.
func leadOutlet(p string) string {
	m := datelineRE.FindStringSubmatchIndex(p)
	if m == nil {
		return ""
	}
	name := p[m[2]:m[3]]
	if strings.HasPrefix(name, "本") || m[4] < 0 && !looksLikeOutlet(name) {
		return ""
	}
	return name
}

// leadByline finds the byline that agency and newspaper datelines put in
// parentheses near the start of the first paragraph:
// "本报讯(记者 张三 通讯员 李四)…", "新华社北京3月5日电(记者 王五)…".
func leadByline(p string) []string {
	head := p
	n := 0
	for i := range p {
		if n == 60 {
			head = p[:i]
			break
		}
		n++
	}
	for {
		open := strings.IndexAny(head, "(（")
		if open < 0 {
			return nil
		}
		_, osize := utf8.DecodeRuneInString(head[open:])
		rest := head[open+osize:]
		close := strings.IndexAny(rest, ")）")
		if close < 0 {
			return nil
		}
		if a, ok := parseByline(rest[:close], true); ok && len(a) > 0 && rolePrefix(strings.TrimSpace(rest[:close])) != "" {
			return a
		}
		head = rest[close:]
	}
}
