package fact

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"
)

// This file decides the scope of every amount of money: project when it
// belongs to one project, aggregate when it sums many (共签约项目41个，签约
// 金额157.7亿元) or is a place's total. money_role_test.go has an example
// pinning each rule.
//
// The rules, first match wins:
//
//   - each: 分别 in the amount's clause before it (总投资分别为11亿元、6亿元
//     的…项目): each amount is one project's → project.
//   - size class: a threshold (…以上, 过…) sizing the projects after it
//     (5000万元以上项目18个, 过50亿元项目39个), or an amount followed by
//     的 and a count of projects (总投资11亿元的8个项目) → aggregate.
//   - linked: the amount is a project's Investment, or a project's name
//     starts right after it (投资5亿元的湖北吾众项目) → project.
//   - nearest cue: the cue nearest before the amount in its sentence, after
//     the previous amount: a count of projects or firms (项目41个, 17个项目,
//     N项, N家, 两大, 2个过百亿元), an aggregating word (共, 共计, 合计,
//     总计, 累计, 全年, 整个, 这些, 上述, 各类, 集中 (集中开工, 集中签约),
//     一批, 大多, 全市, 全县 …), or a place
//     opening the clause as its subject (锦屏县招商引资到位资金, 园区规模工业
//     产值) → aggregate; a project named in the sentence, a company
//     (…公司投资4.7亿元), or one project pointed at (该项目, 本项目, 此项目,
//     一期, 二期) → project.
//   - inherited: an amount with no cue takes the scope of the amount before
//     it in the same paragraph (项目总投资12亿元，项目达产后…年营业收入30亿元).
//   - otherwise by role: a contract sum or money paid in is aggregate (the
//     sums of a signing event or a place's year), any other amount project
//     (one undertaking's).
//
// Find decides scope once the projects are found; Money alone leaves it
// empty, which keeps it as fast as it was before roles (setMoneyScopes
// with no projects decides from the text alone).

// monScopeRunes bounds how far back in its sentence the cues of an amount
// are looked for, in runes.
const monScopeRunes = 60

// monAggregateWords are the words that sum many amounts.
var monAggregateWords = []string{
	"共计", "合计", "总计", "累计", "全年", "整个", "这些", "上述", "各类", "所有", "总共", "集中", "一批", "大多",
	"全市", "全县", "全区", "全省", "全州", "全镇", "全乡", "全旗", "全盟", "全国",
}

// monProjectWords point at one project.
var monProjectWords = []string{"该项目", "本项目", "此项目", "这个项目", "该工程", "一期", "二期", "三期", "公司", "集团"}

// monCountUnits follow a number to count projects or firms (41个, 36项,
// 19家, 3批); 个 not before 月, 百分点, 工作日, 小时.
const monCountUnits = "个项家批大"

// setMoneyScopes sets the scope of each amount of money (money, in order
// of s), given the projects found in s (nil when none were looked for),
// and copies it to the projects' Investment links.
func setMoneyScopes(s string, money []Fact, projects []Fact) {
	pk := 0 // the projects of the current amount's sentence and after
	for k := range money {
		f := &money[k]
		var prev *Fact
		if k > 0 {
			prev = &money[k-1]
		}
		floor := 0
		if prev != nil {
			floor = prev.End
		}
		sent := monScopeSentenceStart(s, f.Start, floor)
		for pk < len(projects) && projects[pk].End <= sent {
			pk++
		}
		f.Scope = monScope(s, f, prev, sent, projects[pk:])
	}
	for i := range projects {
		inv := projects[i].Investment
		if inv == nil {
			continue
		}
		k, found := slices.BinarySearchFunc(money, inv.Start, func(m Fact, start int) int { return cmp.Compare(m.Start, start) })
		if found {
			inv.Scope = money[k].Scope
		}
	}
}

// monScope decides the scope of f (after prev) given where its sentence
// starts, after prev (lo), and the projects of its sentence and after it.
func monScope(s string, f *Fact, prev *Fact, lo int, projects []Fact) Scope {
	cs := monBreakBefore(s, lo, f.Start, true) // the clause start
	if strings.Contains(s[cs:f.Start], "分别") {
		return ScopeProject
	}
	if monSizeClass(s, f) {
		return ScopeAggregate
	}
	for i := range projects {
		p := &projects[i]
		if p.Start > f.End+12 {
			break
		}
		if p.Investment != nil && p.Investment.Start == f.Start || p.Start >= f.End && monOnlyDe(s[f.End:p.Start]) {
			return ScopeProject
		}
	}
	if sc, ok := monNearestCue(s, cs, f.Start, projects); ok {
		return sc
	}
	if monPlaceSubject(s, cs, f.Start) {
		return ScopeAggregate
	}
	if sc, ok := monModifier(s, f.End); ok {
		return sc
	}
	if sc, ok := monNearestCue(s, lo, cs, projects); ok {
		return sc
	}
	if prev != nil && prev.Scope != "" && !strings.Contains(s[prev.End:f.Start], "\n") {
		return prev.Scope
	}
	if f.Role == RoleContract || f.Role == RolePaidIn {
		return ScopeAggregate
	}
	return ScopeProject
}

// monScopeSentenceStart returns where the sentence holding byte i starts
// for scope (。！？!? or a line break; a semicolon does not end it), not
// before floor and at most monScopeRunes*4 bytes back.
func monScopeSentenceStart(s string, i, floor int) int {
	return monBreakBefore(s, max(floor, i-monScopeRunes*4), i, false)
}

// monBreakBefore returns the offset just after the last break in s[lo:i],
// or lo (moved to a rune start): sentence breaks (。！？!? and line breaks),
// and with clauses also ，,；;：:. It reads bytes: the breaks are ASCII or
// three-byte runes.
func monBreakBefore(s string, lo, i int, clauses bool) int {
	for j := i - 1; j >= lo; j-- {
		c := s[j]
		if c < 0x80 {
			switch c {
			case '\n', '\r', '!', '?':
				return j + 1
			case ',', ';', ':':
				if clauses {
					return j + 1
				}
			}
			continue
		}
		if j < lo+2 || c&0xC0 != 0x80 {
			continue
		}
		switch s[j-2 : j+1] {
		case "。", "！", "？":
			return j + 1
		case "，", "；", "：":
			if clauses {
				return j + 1
			}
		}
	}
	for lo > 0 && lo < i && !utf8.RuneStart(s[lo]) {
		lo++
	}
	return lo
}

// monModifier reads the amount ending at end as part of a 的-modifier of
// what follows it in its clause (投资300万元、装机300千瓦的县工业园光伏电站,
// 投资5000万元建设的新型饲料加工企业): one thing, so project, unless a count
// follows 的 within monModifierCount runes (的8个项目, 的企业30家) →
// aggregate. The modifier ends at a clause break or a space.
func monModifier(s string, end int) (Scope, bool) {
	p := end
	after := -1 // runes read after 的
	for k := 0; k < 30 && p < len(s); k++ {
		r, w := mcRune(s, p)
		if monClauseBreak(r) || r == ' ' || r == '\u3000' || after >= 0 && (r == '、' || after > monModifierCount) {
			break
		}
		switch {
		case after >= 0:
			if monCountAt(s, p) > 0 {
				return ScopeAggregate, true
			}
			after++
		case r == '的':
			after = 0
		}
		p += w
	}
	if after >= 0 {
		return ScopeProject, true
	}
	return "", false
}

// monModifierCount bounds how far after 的 a count is looked for.
const monModifierCount = 4

// monOnlyDe reports whether between is empty or 的.
func monOnlyDe(between string) bool {
	return between == "" || between == "的"
}

// monSizeClass reports whether f sizes a class of projects: a threshold
// (…以上, 过…) followed by …项目, or an amount followed by 的 and a count
// (总投资11亿元的8个项目).
func monSizeClass(s string, f *Fact) bool {
	p := f.End
	de := strings.HasPrefix(s[p:], "的")
	if de {
		p += len("的")
	}
	threshold := strings.HasSuffix(f.Text, "以上") || strings.HasSuffix(s[:f.Start], "过")
	if de {
		if n := monCountAt(s, p); n > 0 {
			return true
		}
	}
	if !threshold {
		return false
	}
	for k := 0; k < 8 && p < len(s); k++ {
		if strings.HasPrefix(s[p:], "项目") {
			return true
		}
		r, w := mcRune(s, p)
		if !isHan(r) {
			break
		}
		p += w
	}
	return false
}

// monCountAt returns the length of a count of projects or firms at p (8个,
// 36项, 两个, 19家), or 0.
func monCountAt(s string, p int) int {
	q := p
	for q < len(s) {
		r, w := mcRune(s, q)
		if !(r >= '0' && r <= '9' || r >= 0x80 && isChineseDigit(r)) {
			break
		}
		q += w
	}
	if q == p || q >= len(s) {
		return 0
	}
	r, w := mcRune(s, q)
	if !strings.ContainsRune(monCountUnits, r) {
		return 0
	}
	if r == '个' && hasAnyPrefix(s[q+w:], []string{"月", "百分点", "工作日", "小时", "季度"}) {
		return 0
	}
	if r == '大' && (q-p > len("两") || !strings.ContainsRune("两三四五六七八九十", mcFirst(s[p:q]))) {
		return 0 // 两大项目, 五大产业; not 2大
	}
	return q + w - p
}

// mcFirst returns the first rune of s.
func mcFirst(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// isChineseDigit reports whether r is a Chinese numeral character of a
// count (一 … 十, 两, 百, 千).
func isChineseDigit(r rune) bool {
	switch r {
	case '一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千':
		return true
	}
	return false
}

// monNearestCue finds the cue nearest before byte i in s[lo:i] and the
// scope it gives. Two projects or more before the amount, with nothing
// nearer, are summed by it (A项目、B项目、C项目，总投资4.74亿元).
func monNearestCue(s string, lo, i int, projects []Fact) (Scope, bool) {
	best, bestScope := -1, Scope("")
	note := func(end int, sc Scope) {
		if end > best {
			best, bestScope = end, sc
		}
	}
	nProjects, lastEnd := 0, -1
	for k := range projects {
		p := &projects[k]
		if p.Start >= i {
			break
		}
		if p.Start >= lo && p.End <= i {
			note(p.End, ScopeProject)
			if lastEnd >= 0 && monCoordinated(s[lastEnd:p.Start]) {
				nProjects++
			} else {
				nProjects = 1
			}
			lastEnd = p.End
		}
	}
	for j := lo; j < i; {
		r, w := mcRune(s, j)
		if !monCueRunes.has(r) {
			j += w
			continue
		}
		if r >= '0' && r <= '9' || r >= 0x80 && isChineseDigit(r) {
			if n := monCountAt(s, j); n > 0 && !monInNumber(s, lo, j) {
				note(j+n, ScopeAggregate)
				j += n
				continue
			}
		}
		if r == '共' && monAggregateGong(s, j) {
			note(j+w, ScopeAggregate)
		}
		for _, c := range monCueByFirst[r] {
			if strings.HasPrefix(s[j:], c.word) {
				note(j+len(c.word), c.scope)
			}
		}
		j += w
	}
	if best < 0 {
		return "", false
	}
	if bestScope == ScopeProject && nProjects >= 2 && best == lastEnd {
		return ScopeAggregate, true
	}
	return bestScope, true
}

// monCoordinated reports whether between joins two list items: 、, 和,
// 及, 以及, 与, 或.
func monCoordinated(between string) bool {
	switch between {
	case "、", "和", "及", "以及", "与", "或", ",", "，":
		return true
	}
	return false
}

// monInNumber reports whether the digit at j (not before lo) goes on a
// number.
func monInNumber(s string, lo, j int) bool {
	if j <= lo {
		return false
	}
	q, _ := utf8.DecodeLastRuneInString(s[:j])
	return q >= '0' && q <= '9' || q >= 0x80 && isChineseDigit(q) || q == '.'
}

// A monCue is a word that gives the amounts after it a scope.
type monCue struct {
	word  string
	scope Scope
}

// monCueByFirst indexes the cue words by their first rune, and monCueRunes
// holds the first runes of every cue: the words, 共 and the digits of
// counts.
var monCueByFirst, monCueRunes = monCueIndex()

func monCueIndex() (map[rune][]monCue, *runeSet) {
	m := map[rune][]monCue{}
	set := new(runeSet)
	add := func(words []string, sc Scope) {
		for _, w := range words {
			r, _ := utf8.DecodeRuneInString(w)
			m[r] = append(m[r], monCue{w, sc})
			set.add(r)
		}
	}
	add(monAggregateWords, ScopeAggregate)
	add(monProjectWords, ScopeProject)
	for _, r := range "0123456789一二两三四五六七八九十百千共" {
		set.add(r)
	}
	return m, set
}

// monAggregateGong reports whether the 共 at j sums (共签约, 共有, 总共) and
// is not part of 共同, 共享, 公共, 中共 ….
func monAggregateGong(s string, j int) bool {
	if q, _ := utf8.DecodeLastRuneInString(s[:j]); strings.ContainsRune("中公", q) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[j+len("共"):])
	return !strings.ContainsRune("同享建赢识产创治商性鸣振用青", r)
}

// monPlaceSubject reports whether the clause s[cs:i] opens with a place as
// its subject (锦屏县招商引资到位资金, 雄安新区年度投资, 园区规模工业产值):
// a place suffix (县 市 区 省 州 旗: a county, city, district, province,
// park or new area) ends within its first eight Han characters, not as the
// first, and the clause names no company.
func monPlaceSubject(s string, cs, i int) bool {
	j := cs
	for n := 0; n < 8 && j < i; n++ {
		r, w := mcRune(s, j)
		if !isHan(r) {
			return false
		}
		j += w
		switch r {
		case '县', '市', '区', '省', '州', '旗':
			if n > 0 {
				return !strings.Contains(s[j:i], "公司") && !monPlaceWordGoesOn(s, j)
			}
		}
	}
	return false
}

// monPlaceWordGoesOn reports whether the character at j makes the place
// suffix before it part of another word (市场, 区块链, 区域, 州际).
func monPlaceWordGoesOn(s string, j int) bool {
	r, _ := utf8.DecodeRuneInString(s[j:])
	return strings.ContainsRune("场块域际长委", r)
}
