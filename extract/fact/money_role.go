package fact

import (
	"strings"
	"unicode/utf8"
)

// This file gives every amount of money its role: what the amount is (an
// investment, a registered capital, an output, a tax, a contract sum, money
// paid in, or other) and the word that says so (Basis). money_role_test.go
// has an example pinning each rule and each label.
//
// The role comes from the label governing the amount in its clause, never
// from the whole sentence:
//
//   - label before: the nearest label word before the amount, in its
//     label window: back to the clause break (，；。！？：, line breaks), the
//     previous amount, or monWindowRunes runes, with spaces and pinyin
//     annotations (达(dá)) left out. Anything may stand between the label
//     and the amount (总投资达, 投资由当初的, 投资为人民币, 营业额可达); the
//     longest label ending nearest the amount wins (计划总投资 over 投资,
//     税收收入 over 收入, 协议投资总额 over 投资).
//   - generic label: 金额, 总金额, 总额, 资金 take their role from a
//     label before them in the window (签约的项目金额 → contract,
//     到位州外资金 → paid_in); alone they give other.
//   - inherited: an amount with no label in its window that follows
//     another amount of the same clause takes its role (投资由当初的九十亿元
//     扩大到一百四十亿元, 总投资分别为11亿元、6亿元).
//   - label after: with nothing before, a label right after the amount,
//     after 的 or not (10亿元的投资, 5亿元产值), or a 项目 within a few
//     characters after it: a size class or a project's amount is an
//     investment (5000万元以上项目, 一亿元以上的项目, 过50亿元项目; basis 项目).
//   - otherwise other, with an empty Basis, as for the other labels
//     (利润, 贷款, 补助 …), which are listed so that they stop the search.
//
// The labels of each role are in moneyLabels, the one place of the
// vocabulary. Investment: 投资 and its compounds (总投资, 计划投资,
// 拟投资, 固定资产投资, 项目投资额, 协议总投资 …), 投入, 引资, 利用外资.
// Registered capital: 注册资本, 注册资金. Output: 产值, 年产值, 增加值,
// 营业收入, 销售收入, 主营业务收入, 营收, 销售额, 营业额, 销售, 产量 (an
// amount of money after 产量 is an output value). Tax: 税收, 利税, 税利,
// 纳税, 税费, 税金. Contract: 签约金额, 签约总额, 签约额, 协议引资, 合同
// 金额, 协议资金, 合同引资额, 协议总金额, 引资总额, 签约, 中标, 揽金. Paid
// in: 实际到位资金, 到位资金, 到位, 入资, 实际利用外资, 实际使用外资.
//
// An amount without a currency word is money (CNY) only right after an
// investment or a contract label, with nothing but filler between
// (达, 为, 共计, 合计, 超过, 预计, 分别为 …) and 万 or 亿 ending its numeral:
// 总投资26亿, 总投资额121.5亿, 签约额99.75亿, 中标超2亿 (see money.go).

// monWindowRunes bounds the label window before an amount, in runes.
const monWindowRunes = 20

// A moneyLabel is a word that gives an amount its role.
type moneyLabel struct {
	word    string
	role    Role
	generic bool // 金额, 资金: the role comes from a label before it
	runes   []rune
}

// moneyLabels are the label words of every role: the one place of the
// vocabulary, each entry pinned by an example in money_role_test.go.
var moneyLabels = monLabelTable([]moneyLabel{
	// investment
	{word: "投资", role: RoleInvestment},
	{word: "总投资", role: RoleInvestment},
	{word: "计划投资", role: RoleInvestment},
	{word: "计划总投资", role: RoleInvestment},
	{word: "拟投资", role: RoleInvestment},
	{word: "固定资产投资", role: RoleInvestment},
	{word: "投资额", role: RoleInvestment},
	{word: "总投资额", role: RoleInvestment},
	{word: "投资总额", role: RoleInvestment},
	{word: "项目投资额", role: RoleInvestment},
	{word: "协议总投资", role: RoleInvestment},
	{word: "协议投资总额", role: RoleInvestment},
	{word: "意向投资", role: RoleInvestment},
	{word: "完成投资", role: RoleInvestment},
	{word: "投入", role: RoleInvestment},
	{word: "总投入", role: RoleInvestment},
	{word: "引资", role: RoleInvestment},
	{word: "利用外资", role: RoleInvestment},
	// registered capital
	{word: "注册资本", role: RoleRegisteredCapital},
	{word: "注册资金", role: RoleRegisteredCapital},
	// output
	{word: "产值", role: RoleOutput},
	{word: "年产值", role: RoleOutput},
	{word: "总产值", role: RoleOutput},
	{word: "增加值", role: RoleOutput},
	{word: "营业收入", role: RoleOutput},
	{word: "销售收入", role: RoleOutput},
	{word: "主营业务收入", role: RoleOutput},
	{word: "营收", role: RoleOutput},
	{word: "销售额", role: RoleOutput},
	{word: "营业额", role: RoleOutput},
	{word: "销售", role: RoleOutput},
	{word: "产量", role: RoleOutput},
	// tax
	{word: "税收", role: RoleTax},
	{word: "税收收入", role: RoleTax},
	{word: "利税", role: RoleTax},
	{word: "税利", role: RoleTax},
	{word: "纳税", role: RoleTax},
	{word: "税费", role: RoleTax},
	{word: "税金", role: RoleTax},
	// contract
	{word: "签约金额", role: RoleContract},
	{word: "签约总额", role: RoleContract},
	{word: "签约总金额", role: RoleContract},
	{word: "签约额", role: RoleContract},
	{word: "协议引资", role: RoleContract},
	{word: "合同金额", role: RoleContract},
	{word: "协议资金", role: RoleContract},
	{word: "合同引资额", role: RoleContract},
	{word: "协议总金额", role: RoleContract},
	{word: "引资总额", role: RoleContract},
	{word: "签约", role: RoleContract},
	{word: "中标", role: RoleContract},
	{word: "揽金", role: RoleContract},
	// paid in
	{word: "实际到位资金", role: RolePaidIn},
	{word: "到位资金", role: RolePaidIn},
	{word: "到位", role: RolePaidIn},
	{word: "入资", role: RolePaidIn},
	{word: "实际利用外资", role: RolePaidIn},
	{word: "实际使用外资", role: RolePaidIn},
	// generic: the role of a label before them, else other
	{word: "金额", generic: true},
	{word: "总金额", generic: true},
	{word: "总额", generic: true},
	{word: "资金", generic: true},
	// other, listed to stop the search
	{word: "利润", role: RoleOther},
	{word: "收益", role: RoleOther},
	{word: "收入", role: RoleOther},
	{word: "贷款", role: RoleOther},
	{word: "融资", role: RoleOther},
	{word: "补助", role: RoleOther},
	{word: "补贴", role: RoleOther},
	{word: "奖励", role: RoleOther},
	{word: "基金", role: RoleOther},
	{word: "增资", role: RoleOther},
	{word: "成本", role: RoleOther},
	{word: "价格", role: RoleOther},
	{word: "创汇", role: RoleOther},
})

// monFillers are the runes that may stand between a label and an amount
// without a currency word (总投资达26亿, 签约额共计99.75亿, 总投资分别为10亿):
// the verbs and adverbs of 达, 达到, 为, 共计, 合计, 总计, 累计, 高达,
// 预计, 分别为, 突破, 超过, 已, 将, 可, 是, 约, 近, 逾.
const monFillers = "达到为共计合总累高预分别突破超过已将可是约近逾"

// monLabelTable fills in the runes of the labels.
func monLabelTable(labels []moneyLabel) []moneyLabel {
	for i := range labels {
		labels[i].runes = []rune(labels[i].word)
	}
	return labels
}

// monLabelByLast and monLabelByFirst index moneyLabels by the last and the
// first rune of their words.
var monLabelByLast, monLabelByFirst = monLabelIndexes()

func monLabelIndexes() (byLast, byFirst map[rune][]int) {
	byLast, byFirst = map[rune][]int{}, map[rune][]int{}
	for i, l := range moneyLabels {
		last := l.runes[len(l.runes)-1]
		byLast[last] = append(byLast[last], i)
		byFirst[l.runes[0]] = append(byFirst[l.runes[0]], i)
		monLabelLastRunes.add(last)
	}
	return byLast, byFirst
}

// monLabelLastRunes holds the last runes of the labels, to skip the others
// quickly.
var monLabelLastRunes = new(runeSet)

// monWindow is the text before an amount in which its label is looked for,
// as runes in text order, r[len(r)-n:], without spaces and pinyin
// annotations.
type monWindow struct {
	r       [monWindowRunes]rune
	n       int
	reached bool // the window reached its lower bound (no break, not full)
	brk     int  // the byte offset of the clause break it stopped at, or -1
}

// runes returns the runes of the window in text order.
func (w *monWindow) runes() []rune { return w.r[monWindowRunes-w.n:] }

// monWindowBefore returns the label window before byte i, not reaching
// back before lo.
func monWindowBefore(s string, i, lo int) monWindow {
	var w monWindow
	w.fill(s, i, lo)
	return w
}

// fill sets w to the label window before byte i, not reaching back before
// lo.
func (w *monWindow) fill(s string, i, lo int) {
	w.n, w.reached, w.brk = 0, false, -1
	j := i
	for {
		if j <= lo {
			w.reached = true
			return
		}
		if w.n == monWindowRunes {
			return
		}
		r, size := mcRuneBefore(s, j, lo)
		switch {
		case r == ' ' || r == '\u3000' || r == '\t' || r == '\u00a0':
			j -= size
			continue
		case r == ')' || r == '）':
			if k := pinyinStart(s, lo, j); k >= 0 {
				j = k
				continue
			}
		case monClauseBreak(r):
			w.brk = j - size
			return
		}
		w.n++
		w.r[monWindowRunes-w.n] = r
		j -= size
	}
}

// mcRuneBefore decodes the rune ending at s[j], not before lo, quickly for
// the three-byte runes of Chinese text.
func mcRuneBefore(s string, j, lo int) (rune, int) {
	if c := s[j-1]; c < 0x80 {
		return rune(c), 1
	}
	if j-3 >= lo {
		if r, n := mcRune(s, j-3); n == 3 {
			return r, 3
		}
	}
	return utf8.DecodeLastRuneInString(s[lo:j])
}

// monClauseBreak reports whether r ends a clause.
func monClauseBreak(r rune) bool {
	switch r {
	case '，', ',', '；', ';', '。', '！', '？', '!', '?', '：', ':', '\n', '\r':
		return true
	}
	return false
}

// pinyinStart returns where the pinyin annotation that ends at j (its
// closing parenthesis) starts, or -1: (dá), (xiàng), at most 8 letters,
// lower-case Latin with tone marks.
func pinyinStart(s string, lo, j int) int {
	_, size := utf8.DecodeLastRuneInString(s[lo:j])
	k := j - size
	letters := 0
	for k > lo && letters <= 8 {
		r, w := utf8.DecodeLastRuneInString(s[lo:k])
		if r == '(' || r == '（' {
			if letters == 0 {
				return -1
			}
			return k - w
		}
		if !isPinyinLetter(r) {
			return -1
		}
		letters++
		k -= w
	}
	return -1
}

// isPinyinLetter reports whether r is a lower-case Latin letter, with or
// without a tone mark.
func isPinyinLetter(r rune) bool {
	if r >= 'a' && r <= 'z' {
		return true
	}
	return r >= 0xE0 && r <= 0x1DC && strings.ContainsRune("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê", r)
}

// monLabelMatch is a label found in a window: the label and how many runes
// stand between its end and the amount.
type monLabelMatch struct {
	label   *moneyLabel
	between []rune
	end     int // the label's end in the window's runes
}

// lastLabel returns the label ending nearest the end of rs (the longest
// among those ending at the same rune), or nil.
func lastLabel(rs []rune) monLabelMatch {
	for e := len(rs); e > 0; e-- {
		if !monLabelLastRunes.has(rs[e-1]) {
			continue
		}
		var best *moneyLabel
		for _, i := range monLabelByLast[rs[e-1]] {
			l := &moneyLabels[i]
			k := len(l.runes)
			if k > e || best != nil && k <= len(best.runes) {
				continue
			}
			if runesEqual(rs[e-k:e], l.runes) {
				best = l
			}
		}
		if best != nil {
			return monLabelMatch{label: best, between: rs[e:], end: e}
		}
	}
	return monLabelMatch{}
}

func runesEqual(a, b []rune) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// monRoleBefore returns the role and basis given by the label in the
// window before an amount, resolving a generic label by the label before
// it; ok is false when the window holds no label.
func monRoleBefore(w *monWindow) (Role, string, bool) {
	rs := w.runes()
	m := lastLabel(rs)
	if m.label == nil {
		return "", "", false
	}
	if !m.label.generic {
		return m.label.role, basisOf(m.label), true
	}
	// 签约的项目金额, 到位州外资金: a label before the generic one
	for e := m.end - len(m.label.runes); e > 0; {
		s := lastLabel(rs[:e])
		if s.label == nil {
			break
		}
		if !s.label.generic {
			return s.label.role, basisOf(s.label), true
		}
		e = s.end - len(s.label.runes)
	}
	return RoleOther, "", true
}

// monSentenceBreak reports whether r ends a sentence.
func monSentenceBreak(r rune) bool {
	switch r {
	case '。', '！', '？', '!', '?', '；', ';', '\n', '\r':
		return true
	}
	return false
}

// monClauseBefore returns the label window of the clause before the
// clause break at brk, not before lo; ok is false when brk is a sentence
// break or out of range.
func monClauseBefore(s string, brk, lo int) (w monWindow, ok bool) {
	if brk < lo || brk < 0 || brk >= len(s) {
		return w, false
	}
	if r, _ := utf8.DecodeRuneInString(s[brk:]); monSentenceBreak(r) {
		return w, false
	}
	return monWindowBefore(s, brk, lo), true
}

// monMaxClauses bounds how many clauses back a generic label or a topic
// is looked for.
const monMaxClauses = 4

// monSpecifierBack returns the role of the nearest non-generic label in
// the clauses of the sentence before the break at brk (现场签约项目14个,
// 总金额289亿元 → contract), not before lo.
func monSpecifierBack(s string, brk, lo int) (Role, string, bool) {
	for k := 0; k < monMaxClauses; k++ {
		w, ok := monClauseBefore(s, brk, lo)
		if !ok {
			break
		}
		rs := w.runes()
		for e := len(rs); e > 0; {
			m := lastLabel(rs[:e])
			if m.label == nil {
				break
			}
			if !m.label.generic {
				return m.label.role, basisOf(m.label), true
			}
			e = m.end - len(m.label.runes)
		}
		if w.brk < 0 {
			break
		}
		brk = w.brk
	}
	return "", "", false
}

// monTopic returns the role given by a topic clause 从…看 or 从…来看 earlier
// in the sentence than the break at brk (从投资规模看,2个过百亿元,8个过50亿元).
func monTopic(s string, brk int) (Role, string, bool) {
	for k := 0; k < monMaxClauses; k++ {
		w, ok := monClauseBefore(s, brk, 0)
		if !ok {
			break
		}
		rs := w.runes()
		if (w.brk >= 0 || w.reached) && len(rs) > 2 && rs[0] == '从' && rs[len(rs)-1] == '看' {
			if m := lastLabel(rs); m.label != nil && !m.label.generic {
				return m.label.role, basisOf(m.label), true
			}
			break
		}
		if w.brk < 0 {
			break
		}
		brk = w.brk
	}
	return "", "", false
}

// basisOf returns the basis a label gives: its word, or "" for other.
func basisOf(l *moneyLabel) string {
	if l.role == RoleOther {
		return ""
	}
	return l.word
}

// monRoleAfter returns the role given by what follows an amount ending at
// end: a label right after it (10亿元的投资) or a 项目 within a few
// characters (5000万元以上项目, 一亿元以上的项目7个).
func monRoleAfter(s string, end int) (Role, string, bool) {
	p := end
	if strings.HasPrefix(s[p:], "的") {
		p += len("的")
	}
	if p < len(s) {
		r, _ := mcRune(s, p)
		var best *moneyLabel
		for _, i := range monLabelByFirst[r] {
			l := &moneyLabels[i]
			if strings.HasPrefix(s[p:], l.word) && (best == nil || len(l.word) > len(best.word)) {
				best = l
			}
		}
		if best != nil && !best.generic {
			return best.role, basisOf(best), true
		}
	}
	// a 项目 within a few Han characters: the amount sizes a project
	for k := 0; k < 8 && p < len(s); k++ {
		if strings.HasPrefix(s[p:], "项目") {
			return RoleInvestment, "项目", true
		}
		r, w := mcRune(s, p)
		if !isHan(r) {
			break
		}
		p += w
	}
	return "", "", false
}

// monLabelAdjacent returns the longest label written right before byte i,
// not starting before lo, unless it is generic; nil if there is none.
func monLabelAdjacent(s string, i, lo int) *moneyLabel {
	if i-3 < lo {
		return nil
	}
	r, n := mcRune(s, i-3)
	if n != 3 || !monLabelLastRunes.has(r) {
		return nil
	}
	var best *moneyLabel
	for _, k := range monLabelByLast[r] {
		l := &moneyLabels[k]
		if (best == nil || len(l.word) > len(best.word)) && i-len(l.word) >= lo && s[i-len(l.word):i] == l.word {
			best = l
		}
	}
	if best == nil || best.generic {
		return nil
	}
	return best
}

// setMoneyRole sets the role and basis of f, found in s after prev (nil
// when f is the first amount looked at).
func setMoneyRole(s string, f *Fact, prev *Fact) {
	lo := 0
	if prev != nil {
		lo = prev.End
	}
	if l := monLabelAdjacent(s, f.Start, lo); l != nil {
		f.Role, f.Basis = l.role, basisOf(l) // the common case: 总投资3亿元
		return
	}
	var w monWindow
	w.fill(s, f.Start, lo)
	if role, basis, ok := monRoleBefore(&w); ok {
		if role == RoleOther && basis == "" && w.brk >= 0 && monGenericLast(&w) {
			if r, b, ok := monSpecifierBack(s, w.brk, lo); ok {
				role, basis = r, b
			}
		}
		f.Role, f.Basis = role, basis
		return
	}
	if prev != nil && w.reached && prev.Role != "" {
		f.Role, f.Basis = prev.Role, prev.Basis
		return
	}
	if role, basis, ok := monRoleAfter(s, f.End); ok {
		f.Role, f.Basis = role, basis
		return
	}
	if w.brk >= 0 {
		if role, basis, ok := monTopic(s, w.brk); ok {
			f.Role, f.Basis = role, basis
			return
		}
	}
	f.Role, f.Basis = RoleOther, ""
}

// monGenericLast reports whether the label of the window is a generic one
// with no label before it.
func monGenericLast(w *monWindow) bool {
	m := lastLabel(w.runes())
	return m.label != nil && m.label.generic
}

// monLabelGoverns reports whether an investment or contract label stands
// right before byte i, with only filler between (总投资26亿, 签约额达99.75亿):
// what makes an amount without a currency word money.
func monLabelGoverns(s string, i, last int) bool {
	w := monWindowBefore(s, i, last)
	m := lastLabel(w.runes())
	if m.label == nil || m.label.role != RoleInvestment && m.label.role != RoleContract {
		return false
	}
	for _, r := range m.between {
		if !strings.ContainsRune(monFillers, r) {
			return false
		}
	}
	return true
}
