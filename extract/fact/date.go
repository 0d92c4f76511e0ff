package fact

import (
	"strings"
	"sync"
	"time"
	"unicode/utf8"
)

// Dates finds the dates in s, resolved against ref (the article's
// publication date; the zero time.Time means none). Only the date part of ref
// is used; its location is not converted.
//
// It finds, each as one fact with Date set as precisely as the text is:
//
//   - explicit dates: 2021年, 2020年度 (度 kept in Text), 2021年12月,
//     2021年12月30日, 二〇二三年三月十五日, 2021-12-31, 2021.12.31,
//     2021/12/31; the year alone in 2021年产值 or 2020年以来. A year in
//     Chinese digits may write its zeros 0, O or ○ (二00五年, 二O一一年,
//     二○一一年). One space may pad a number in ASCII digits before and after
//     its unit, as typeset text does: 2025 年 12 月 29 日 (Text keeps the
//     spaces);
//   - year-less dates: 12月30日 (also 30号), 5月, 12月份, 十月份, and at
//     month precision 11月底, 3月初, 6月末, 8月中旬, 3月上旬, 3月下旬 (their
//     year: see the narrative rules below);
//   - the relative years 今年, 去年, 前年 and 明年 at year precision, alone
//     (今年 in 今年以来 or 今年初) or in front of any of the above or below:
//     今年8月, 去年9月, 明年5月, 今年6月底, 今年3月14日, 去年一季度; 前10个月
//     and 今年前5个月 are durations (only 今年 is a date);
//   - year ends, only with a year word: 2022年底, 今年底, 今年年底, 去年末
//     → YYYY-12 (年初 has no month: 今年初 is just 今年);
//   - sub-year periods with Until, with or without a year word, one span
//     with it: 上半年, 下半年, 一季度, 第三季度, 4季度, 前三季度, 一至三季度,
//     一、二季度, 2024年一季度, 2023年第一季度;
//   - ranges with Until: 8月10日至11日, 3月2日至4月5日, 4月12-19日, 1-3月,
//     1至3月, 1到10月, 1—8月, 1月至3月, 今年1-3月, 2018年1-8月, 2021年至2023年,
//     2021—2023年, 2022年3月至2023年5月, 2025 年 12 月至 2027 年 6 月,
//     2021年12月28日至2022年1月3日, 12月28日至1月3日 (the end in the following
//     year); the connectors are 至 到 - — – ～ ~. A month range ends at its
//     last 月: 份 after it stays out (1-6月份 → 1-6月), while a single month
//     keeps it (4月份);
//   - five-year-plan periods 十一五 … 十六五 with Until (十三五 → 2016 … 2020),
//     the double quotes (“” and the straight "", each maybe padded inside by
//     a space) and 期间/时期 in Text when written: “十三五”期间, " 十五五 "
//     (after other quotes only the plan: 「十四五」 → 十四五);
//   - lunar dates, converted to the Gregorian day: 正月初七, 腊月二十三,
//     农历八月十五, 冬月初一, 大年初一, 大年三十, 2023年正月初七, 去年腊月廿三.
//     A month written in Chinese numerals followed by a lunar day without
//     日 (八月十五, 五月初五) is lunar. Without a year word the lunar year is
//     chosen so that the Gregorian day falls in ref's year, the nearest to
//     ref when two do;
//   - words that point back at the last date stated (below), with what may
//     follow a year or a month word: 同年, 同年5月, 当年, 当年底, 当年度,
//     次年, 次年6月, 次年年末, 上年, 上年度, 上年末, 本月, 本月底, 本月10日,
//     当月, 当月20日, 次月, 次月初.
//
// The narrative rules. The text is read once, from left to right. The last
// date stated is the last date emitted before a point: explicit, year-less,
// relative (resolved: 今年, 去年 …), lunar and pointing dates alike, the end
// of a range counting (2019年至2021年 states 2021). Two kinds of dates are not
// stated: five-year plans, and the base of a comparison: a date after 比 or
// 较 or before 同期 or 相比 (比去年, 较上年, 去年同期, 与2020年相比). A
// sentence ends at 。！？!? or a line break; it has written a year once one
// of its stated dates writes one (2021年, 去年, 同年 …; not 5月).
//
//   - 同年 and 当年 are the year of the last date stated, 次年 the year after
//     it, 上年 the year before it (= 去年 when that date is in ref's year);
//     本月 and 当月 are the month of the last date stated that has a month,
//     if it lies in the year of the last date stated, and 次月 the month
//     after it. With no date stated before, ref stands for it (本月底 →
//     ref's month; so it does after a date of ref's year without a month);
//     with neither, they are left out (2019年…当月 in a 2023 article). 当 must not
//     end a word (应当年底, 相当年轻, 每当月), 当年的 is "back then" (想起当年的
//     那一幕: no date), and 同, 次, 上 and 本 must start a clause or follow a
//     word that introduces a time, like 前年 (于同年, 较上年; not 不同年份,
//     以上年产, 此次年会, 日本月饼); a following 轻, 龄, 纪, 级 or 代 makes
//     another word (同年龄, 上年纪).
//   - A year-less date takes, in this order: the year of the same day's first
//     mention, when that day was written without a year before (the lead's
//     6月8日 repeated in the body); in a sentence that has written a year,
//     the year of the last date stated in the sentence, when the date does
//     not start before that one, as a narrative runs forward (去年5月签订协议,
//     12月开工 → 12月 of last year; 2004年9月…,10月初 → 2004-10;
//     2018年12月28日至1月3日,2月5日 → 2019-02-05; but in 去年9月,8月10日 the
//     August is ref's); else ref's year. Sub-year periods follow the same
//     rule (2023年一季度…,二季度). Lunar dates without a year keep their own
//     rule above.
//
// When ref is the zero time no unresolved form is emitted: year-less,
// relative, sub-year (without an explicit year) and lunar dates (without an
// explicit year) are left out, so only dates with an explicit year, the
// five-year plans and the pointing words after an explicit date
// (2019年…同年5月 → 2019-05) remain.
//
// Not dates: durations (3年, 10年来, 8个月, 第3年, 一年零六个月, 前10个月),
// decades (2000年代), 近年来, 目前, 年内, 日前, 近日, 同日, 今春, 全年, 年初
// and 年前 without a year word, holidays (春节, 除夕, 国庆), weekdays and
// times of day (in 3月28日晚上9点 only 3月28日 is a date), bare days (29日),
// two-digit years (07年), and numbers that only look like dates: parts of
// longer digit runs, phone and licence numbers. Years must lie in 1900–2100,
// months in 1–12, days in the month; a range must end after it starts.
//
// Resolution never looks at the wall clock, and the scan stays linear in the
// length of s.
func Dates(s string, ref time.Time) []Fact { return appendDates(nil, s, ref) }

// appendDates appends the dates in s to out.
func appendDates(out []Fact, s string, ref time.Time) []Fact {
	sc := dateScanner{s: s}
	if !ref.IsZero() {
		y, m, d := ref.Date()
		sc.ref = Date{y, int(m), d}
	}
	marked := dateMarkedRunes()
	for i := 0; i < len(s); {
		c := s[i]
		size := 1
		start := false
		if c < utf8.RuneSelf {
			switch {
			case c >= '0' && c <= '9', c == '"':
				start = true
			case c == '\n', c == '!', c == '?':
				sc.endSentence()
			}
		} else {
			var r rune
			r, size = mcRune(s, i)
			if r >= 1<<16 || marked[r>>3]&(1<<(r&7)) == 0 {
				i += size
				continue
			}
			switch dateRuneClass(r) {
			case dateStarts:
				start = true
			case dateStartsBeforeUnit:
				// frequent runes: only before 年 or 月 do they start a date
				n := s[i+size:]
				start = strings.HasPrefix(n, "年") || strings.HasPrefix(n, "月")
			case dateEndsSentence:
				sc.endSentence()
			}
		}
		if start {
			if m, ok := sc.match(i); ok && datePlausibleYear(m.d.Year) && (m.u.IsZero() || datePlausibleYear(m.u.Year)) {
				out = append(out, Fact{Kind: KindDate, Text: s[i:m.end], Start: i, End: m.end, Date: m.d, Until: m.u})
				sc.remember(i, m)
				i = m.end
				continue
			}
		}
		i += size
	}
	return out
}

// The classes of the runes the date scanner looks at.
const (
	dateOther            = iota
	dateStarts           // a date may begin with it
	dateStartsBeforeUnit // a date may begin with it if 年 or 月 follows (同年, 本月)
	dateEndsSentence     // it ends a sentence
)

// dateMarkedRunes returns the set of the runes of the Basic Multilingual
// Plane that dateRuneClass does not class dateOther, a bit per rune: a
// lookup that most runes of a text leave at once, where a switch over them
// would branch unpredictably.
var dateMarkedRunes = sync.OnceValue(func() *[1 << 13]byte {
	var t [1 << 13]byte
	for r := rune(utf8.RuneSelf); r < 1<<16; r++ {
		if dateRuneClass(r) != dateOther {
			t[r>>3] |= 1 << (r & 7)
		}
	}
	return &t
})

// dateRuneClass returns the class of the rune r, not ASCII.
func dateRuneClass(r rune) int {
	switch r {
	case '〇', '零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十',
		'今', '去', '前', '明', '上', '下', '第', '正', '腊', '冬', '农', '大', '“':
		return dateStarts
	case '同', '当', '次', '本':
		return dateStartsBeforeUnit
	case '。', '！', '？':
		return dateEndsSentence
	}
	return dateOther
}

// A dateMatch is a date found: Text ends at end.
type dateMatch struct {
	end  int
	d, u Date
}

type dateScanner struct {
	s   string
	ref Date // the zero Date when there is no reference date

	// the narrative state (see date_narrative.go)
	last      Date // the last date stated (the end of a range); zero when none
	lastMonth Date // the last date stated with a month, at month precision
	sentWrote bool // the current sentence has written a year
	sentLast  Date // the last date stated in the sentence since then

	// what match learnt of the date it returned, besides the dateMatch
	wrote      bool // its text writes a year (2021年, 去年, 同年)
	isPlan     bool // it is a five-year plan
	isYearless bool // it is written without a year (see yearlessDate)

	days [12][31]uint16 // the year each day written without a year took first
}

// at reports whether lit is written at p.
func (sc *dateScanner) at(p int, lit string) bool {
	return p <= len(sc.s) && strings.HasPrefix(sc.s[p:], lit)
}

// runeAt returns the rune at p and its size; 0 at the end.
func (sc *dateScanner) runeAt(p int) (rune, int) {
	if p >= len(sc.s) {
		return 0, 0
	}
	return mcRune(sc.s, p)
}

// runeBefore returns the rune that ends at p; 0 at the start.
func (sc *dateScanner) runeBefore(p int) rune {
	if p <= 0 {
		return 0
	}
	r, _ := mcRuneBefore(sc.s, p, 0)
	return r
}

func dateIsDigit(c byte) bool { return c >= '0' && c <= '9' }

func dateIsAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
}

// inToken reports whether the ASCII digit at p continues a longer token: it
// follows a letter or digit, or a joiner (. , - / : + #) that follows one
// (3.2021年, No.2021, 010-2021). A comma or colon after a word, as text
// folded to half width writes them, does not join.
func (sc *dateScanner) inToken(p int) bool {
	if p == 0 {
		return false
	}
	c := sc.s[p-1]
	if dateIsAlnum(c) {
		return true
	}
	switch c {
	case '.', ',', '-', '/', ':', '+', '#':
		return p >= 2 && dateIsAlnum(sc.s[p-2])
	}
	return false
}

// dateCnDigit is the value of a Chinese digit, -1 for other runes.
func dateCnDigit(r rune) int {
	switch r {
	case '〇', '零':
		return 0
	case '一':
		return 1
	case '二':
		return 2
	case '三':
		return 3
	case '四':
		return 4
	case '五':
		return 5
	case '六':
		return 6
	case '七':
		return 7
	case '八':
		return 8
	case '九':
		return 9
	}
	return -1
}

// dateIsCnNumeral reports whether r is part of a Chinese number.
func dateIsCnNumeral(r rune) bool {
	if dateCnDigit(r) >= 0 {
		return true
	}
	switch r {
	case '十', '百', '千', '万', '亿', '两', '几', '廿', '卅', '半', '多', '余', '数':
		return true
	}
	return false
}

// digits reads a run of 1 to max ASCII digits at p; the run must end there.
func (sc *dateScanner) digits(p, max int) (n, q int, ok bool) {
	q = p
	for q < len(sc.s) && dateIsDigit(sc.s[q]) {
		if q-p == max {
			return 0, p, false
		}
		n = n*10 + int(sc.s[q]-'0')
		q++
	}
	return n, q, q > p
}

// cnSmall reads a Chinese number from 1 to 39 at p: 五, 十, 十五, 二十,
// 二十三, 三十一, 廿三, 卅一. The number must end there.
func (sc *dateScanner) cnSmall(p int) (n, q int, ok bool) {
	r, w := sc.runeAt(p)
	q = p + w
	switch {
	case r == '十':
		n = 10
	case r == '廿':
		n = 20
	case r == '卅':
		n = 30
	default:
		d := dateCnDigit(r)
		if d <= 0 {
			return 0, p, false
		}
		n = d
		if r2, w2 := sc.runeAt(q); r2 == '十' && d <= 3 {
			n, q = d*10, q+w2
		} else {
			return n, q, !dateIsCnNumeral(r2)
		}
	}
	// after a ten: an optional unit digit
	if r2, w2 := sc.runeAt(q); dateCnDigit(r2) > 0 {
		n += dateCnDigit(r2)
		q += w2
	}
	if r2, _ := sc.runeAt(q); dateIsCnNumeral(r2) {
		return 0, p, false
	}
	return n, q, true
}

// spaced returns where the ASCII digits at p begin, after one space: the
// space that pads a number in 2025 年 12 月 (a number always follows a
// unit or a connector here).
func (sc *dateScanner) spaced(p int) int {
	if p+1 < len(sc.s) && sc.s[p] == ' ' && dateIsDigit(sc.s[p+1]) {
		return p + 1
	}
	return p
}

// unit reports whether the unit lit (年, 月, 日, 号) is written at q, right
// after a number or after one space that follows ASCII digits (2025 年),
// and returns where it ends.
func (sc *dateScanner) unit(q int, lit string) (int, bool) {
	if sc.at(q, lit) {
		return q + len(lit), true
	}
	if q > 0 && dateIsDigit(sc.s[q-1]) && sc.at(q, " ") && sc.at(q+1, lit) {
		return q + 1 + len(lit), true
	}
	return q, false
}

// dayUnit is unit for 日, 号 or 號.
func (sc *dateScanner) dayUnit(q int) (int, bool) {
	for _, u := range [...]string{"日", "号", "號"} {
		if e, ok := sc.unit(q, u); ok {
			return e, true
		}
	}
	return q, false
}

// small reads a month or day number, in ASCII digits (1 or 2) or Chinese;
// cn reports which.
func (sc *dateScanner) small(p int) (n, q int, cn, ok bool) {
	p = sc.spaced(p)
	if p < len(sc.s) && dateIsDigit(sc.s[p]) {
		n, q, ok = sc.digits(p, 2)
		return n, q, false, ok
	}
	n, q, ok = sc.cnSmall(p)
	return n, q, true, ok
}

// year4 reads a four-digit year at p, in ASCII digits or Chinese digits
// written one by one (二〇二三), where a zero may also be written 0, O or ○
// (二00五, 二O一一, 二○一一) after a first Chinese digit.
func (sc *dateScanner) year4(p int) (y, q int, ok bool) {
	p = sc.spaced(p)
	if p < len(sc.s) && dateIsDigit(sc.s[p]) {
		y, q, ok = sc.digits(p, 4)
		if !ok || q-p != 4 {
			return 0, p, false
		}
	} else {
		q = p
		for k := 0; k < 4; k++ {
			r, w := sc.runeAt(q)
			d := dateCnDigit(r)
			if d < 0 && k > 0 && (r == '0' || r == 'O' || r == '○') {
				d = 0
			}
			if d < 0 {
				return 0, p, false
			}
			y = y*10 + d
			q += w
		}
		if r, _ := sc.runeAt(q); dateIsCnNumeral(r) || r >= '0' && r <= '9' || r == 'O' || r == '○' {
			return 0, p, false
		}
	}
	return y, q, y >= 1900 && y <= 2100
}

// conn reads a range connector at p: 至 到 - — —— – ～ ~.
func (sc *dateScanner) conn(p int) (q int, ok bool) {
	for _, c := range [...]string{"——", "至", "到", "-", "—", "–", "～", "~", "－"} {
		if sc.at(p, c) {
			return p + len(c), true
		}
	}
	return p, false
}

// dateTimeIntro holds the words after which a time word that is also the
// end of other words (前年, 同年, 上年, 次年, 本月) may start: 在前年, 于同年,
// 较上年.
const dateTimeIntro = "在比与和及同至从自于是的了到早较对即如截迄至而但由为、"

// relYear reads 今年, 去年, 前年 or 明年 at p and returns the year it names.
func (sc *dateScanner) relYear(p int) (y, q int, ok bool) {
	if sc.ref.IsZero() || !sc.at(p+3, "年") {
		return 0, p, false
	}
	r, _ := sc.runeAt(p)
	before := sc.runeBefore(p)
	next, _ := sc.runeAt(p + 6)
	switch r {
	case '今':
		// 如今年轻人, 至今年均…
		if next == '轻' || next == '纪' || next == '龄' ||
			(before == '至' || before == '迄' || before == '如') && (next == '均' || next == '来') {
			return 0, p, false
		}
		y = sc.ref.Year
	case '去':
		// 过去年均…, 失去年轻…
		if strings.ContainsRune("过失除回离死退", before) || next == '轻' {
			return 0, p, false
		}
		y = sc.ref.Year - 1
	case '明':
		// 说明年度…, 文明年…
		if strings.ContainsRune("说证表声透文光发标简阐查指鲜分英黎清聪开申载注写讲言昭彰高严神精失澄自公廉照", before) {
			return 0, p, false
		}
		y = sc.ref.Year + 1
	case '前':
		// 前 ends many words: 目前年产…, 提前, 此前, 之前, 年前. Accept 前年 only
		// at a clause start or after a word that introduces a time.
		if !dateClauseStart(before) {
			return 0, p, false
		}
		y = sc.ref.Year - 2
	default:
		return 0, p, false
	}
	return y, p + 6, true
}

// match finds the longest date that starts at p. It sets sc.wrote,
// sc.isPlan and sc.isYearless for the date it returns.
func (sc *dateScanner) match(p int) (dateMatch, bool) {
	sc.wrote, sc.isPlan, sc.isYearless = false, false, false
	before := sc.runeBefore(p)
	r, _ := sc.runeAt(p)
	if r < utf8.RuneSelf && sc.inToken(p) {
		return dateMatch{}, false
	}
	if dateCnDigit(r) >= 0 || r == '十' {
		if dateIsCnNumeral(before) || before == '第' || before == '个' || before == '每' || before == '周' || before == '星' {
			return dateMatch{}, false
		}
	}
	switch r {
	case '“', '"':
		return sc.plan(p)
	case '今', '去', '明':
		return sc.withRelYear(p)
	case '同', '当', '次', '本':
		return sc.anaphor(p)
	case '前':
		if m, ok := sc.yearlessDate(p, false); ok && !(before >= '0' && before <= '9') {
			return m, true
		}
		return sc.withRelYear(p)
	case '上', '下', '第':
		if r == '上' && sc.at(p+3, "年") {
			return sc.anaphor(p)
		}
		if sc.ref.IsZero() || before >= '0' && before <= '9' { // 2004下半年: a year we do not read
			return dateMatch{}, false
		}
		return sc.yearlessDate(p, false)
	case '正', '腊', '冬':
		if sc.ref.IsZero() {
			return dateMatch{}, false
		}
		return sc.lunar(p, sc.ref.Year, false, false)
	case '农':
		if !sc.at(p, "农历") {
			return dateMatch{}, false
		}
		q := p + len("农历")
		if y, q2, ok := sc.year4(q); ok && sc.at(q2, "年") {
			sc.wrote = true
			return sc.lunar(q2+len("年"), y, true, true)
		}
		if y, q2, ok := sc.relYear(q); ok {
			sc.wrote = true
			return sc.lunar(q2, y, true, true)
		}
		if sc.ref.IsZero() {
			return dateMatch{}, false
		}
		if m, ok := sc.lunar(q, sc.ref.Year, false, true); ok {
			return m, true
		}
		return dateMatch{}, false
	case '大':
		if sc.ref.IsZero() || !sc.at(p, "大年") {
			return dateMatch{}, false
		}
		return sc.bigYear(p+len("大年"), sc.ref.Year, false)
	}
	if r == '十' {
		if m, ok := sc.plan(p); ok {
			return m, true
		}
	}
	// a four-digit year, or a number that may be a month, a quarter or a
	// lunar month
	if m, ok := sc.withYear(p); ok {
		return m, true
	}
	// a year-less date; right after 年 (or 年 and a space) the year was not
	// one we read (07年, 1357年, 两千年), so the month is not in ref's year
	if sc.ref.IsZero() || before == '年' || before == ' ' && sc.runeBefore(p-1) == '年' {
		return dateMatch{}, false
	}
	if m, ok := sc.yearlessDate(p, false); ok {
		return m, true
	}
	if m, ok := sc.lunar(p, sc.ref.Year, false, false); ok {
		return m, true
	}
	return sc.yearlessDate(p, true)
}

// withYear matches the dates that begin with an explicit year at p:
// 2021年…, 二〇二三年…, 2021—2023年, 2021-12-31, 2021.12.31, 2021/12/31.
func (sc *dateScanner) withYear(p int) (dateMatch, bool) {
	y, q, ok := sc.year4(p)
	if !ok {
		return dateMatch{}, false
	}
	if q < len(sc.s) && dateIsDigit(sc.s[p]) && (sc.s[q] == '-' || sc.s[q] == '.' || sc.s[q] == '/') {
		if m, ok := sc.numeric(p, y, q); ok {
			return m, true
		}
	}
	q2, ok := sc.unit(q, "年")
	if !ok {
		// 2021—2023年
		if q2, ok := sc.conn(q); ok {
			if y2, q3, ok := sc.year4(q2); ok && y2 > y && dateIsDigit(sc.s[p]) == dateIsDigit(sc.s[q2]) {
				if end, ok := sc.unit(q3, "年"); ok && sc.yearOnlyEnd(end) {
					sc.wrote = true
					return dateMatch{end: end, d: Date{Year: y}, u: Date{Year: y2}}, true
				}
			}
		}
		return dateMatch{}, false
	}
	if sc.at(q2, "代") { // 2000年代: a decade
		return dateMatch{}, false
	}
	return sc.afterYear(q2, y, true)
}

// yearOnlyEnd reports whether a year that ends at q is not followed by a
// word that makes it something else.
func (sc *dateScanner) yearOnlyEnd(q int) bool {
	return !sc.at(q, "代")
}

// withRelYear matches the dates that begin with 今年, 去年, 前年 or 明年.
func (sc *dateScanner) withRelYear(p int) (dateMatch, bool) {
	y, q, ok := sc.relYear(p)
	if !ok {
		return dateMatch{}, false
	}
	return sc.afterYear(q, y, true)
}

// afterYear matches what may follow a year word that ends at q: a month, a
// sub-year period, a year end, 度, a lunar date or the second year of a
// range. yearText reports that the year is written (so the year alone is a
// date when nothing follows).
func (sc *dateScanner) afterYear(q, y int, yearText bool) (dateMatch, bool) {
	m, ok := sc.afterYearText(q, y, yearText)
	if ok {
		sc.wrote = true
	}
	return m, ok
}

// afterYearText does the work of afterYear, which also notes that the date
// writes a year.
func (sc *dateScanner) afterYearText(q, y int, yearText bool) (dateMatch, bool) {
	year := dateMatch{end: q, d: Date{Year: y}}
	switch {
	case sc.at(q, "度"):
		return dateMatch{end: q + len("度"), d: Date{Year: y}}, true
	case sc.at(q, "底"), sc.at(q, "末"):
		return dateMatch{end: q + 3, d: Date{y, 12, 0}}, true
	case sc.at(q, "年底"), sc.at(q, "年末"):
		return dateMatch{end: q + 6, d: Date{y, 12, 0}}, true
	}
	if m, ok := sc.subYear(q, y); ok {
		return m, true
	}
	if m, ok := sc.lunar(q, y, true, false); ok {
		return m, true
	}
	if sc.at(q, "农历") {
		if m, ok := sc.lunar(q+len("农历"), y, true, true); ok {
			return m, true
		}
	}
	if sc.at(q, "大年") {
		if m, ok := sc.bigYear(q+len("大年"), y, true); ok {
			return m, true
		}
	}
	if m, ok := sc.months(q, y, true); ok {
		return m, true
	}
	// 2021年至2023年
	if q2, ok := sc.conn(q); ok {
		if y2, q3, ok := sc.year4(q2); ok && y2 > y {
			if end, ok := sc.unit(q3, "年"); ok && sc.yearOnlyEnd(end) {
				if sc.at(end, "度") {
					end += len("度")
				}
				sc.wrote = true
				return dateMatch{end: end, d: Date{Year: y}, u: Date{Year: y2}}, true
			}
		}
	}
	return year, yearText
}

// numeric matches 2021-12-31, 2021.12.31 and 2021/12/31 (year y read up to
// q), the separators alike, not inside a longer token.
func (sc *dateScanner) numeric(p, y, q int) (dateMatch, bool) {
	sep := sc.s[q]
	m, q2, ok := sc.digits(q+1, 2)
	if !ok || q2 >= len(sc.s) || sc.s[q2] != sep {
		return dateMatch{}, false
	}
	d, q3, ok := sc.digits(q2+1, 2)
	if !ok || !dateValidDay(y, m, d) {
		return dateMatch{}, false
	}
	if q3 < len(sc.s) {
		c := sc.s[q3]
		if dateIsDigit(c) || c == sep || c == '.' && q3+1 < len(sc.s) && dateIsDigit(sc.s[q3+1]) ||
			c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
			return dateMatch{}, false
		}
	}
	if sc.at(q3, "日") || sc.at(q3, "号") {
		q3 += 3
	}
	sc.wrote = true
	return dateMatch{end: q3, d: Date{y, m, d}}, true
}

// subYear matches 上半年, 下半年, 一季度, 第一季度, 1季度, 前三季度,
// 一至三季度 and 一、二季度 at p in year y.
func (sc *dateScanner) subYear(p, y int) (dateMatch, bool) {
	if y == 0 {
		return dateMatch{}, false
	}
	switch {
	case sc.at(p, "上半年"):
		return dateMatch{end: p + 9, d: Date{y, 1, 0}, u: Date{y, 6, 0}}, true
	case sc.at(p, "下半年"):
		return dateMatch{end: p + 9, d: Date{y, 7, 0}, u: Date{y, 12, 0}}, true
	}
	first := false
	q := p
	if sc.at(q, "第") {
		q += 3
	} else if sc.at(q, "前") {
		first = true
		q += 3
	}
	quarter := func(q int) (n, q2 int, ok bool) {
		r, w := sc.runeAt(q)
		switch {
		case r >= '1' && r <= '4':
			n = int(r - '0')
		case r == '两' && first:
			n = 2
		case dateCnDigit(r) >= 1 && dateCnDigit(r) <= 4:
			n = dateCnDigit(r)
		default:
			return 0, q, false
		}
		return n, q + w, true
	}
	n, q, ok := quarter(q)
	if !ok {
		return dateMatch{}, false
	}
	if first {
		if !sc.at(q, "季度") || n < 2 {
			return dateMatch{}, false
		}
		return dateMatch{end: q + 6, d: Date{y, 1, 0}, u: Date{y, 3 * n, 0}}, true
	}
	n2 := 0
	if q2, ok := sc.conn(q); ok {
		n2, q, ok = quarter(q2)
		if !ok || n2 <= n {
			return dateMatch{}, false
		}
	} else if sc.at(q, "、") {
		n2, q, ok = quarter(q + 3)
		if !ok || n2 != n+1 {
			return dateMatch{}, false
		}
	}
	if !sc.at(q, "季度") {
		return dateMatch{}, false
	}
	if n2 == 0 {
		n2 = n
	}
	return dateMatch{end: q + 6, d: Date{y, 3*n - 2, 0}, u: Date{y, 3 * n2, 0}}, true
}

// months matches the dates that begin with a month at p in year y:
// 12月30日, 12月30日至1月3日, 8月10日至11日, 4月12-19日, 12月, 12月份,
// 11月底, 1-3月, 1月至3月, 3月至2024年5月. yearText reports that a year word
// precedes (a month range may then cross into a written year).
func (sc *dateScanner) months(p, y int, yearText bool) (dateMatch, bool) {
	m, q, cn, ok := sc.small(p)
	if !ok {
		return dateMatch{}, false
	}
	q2, ok := sc.unit(q, "月")
	if !ok {
		// 1-3月, 1至3月, 一至三月: the range ends at 月 (1-6月份 → 1-6月)
		q2, ok := sc.conn(q)
		if !ok || m < 1 {
			return dateMatch{}, false
		}
		m2, q3, cn2, ok := sc.small(q2)
		if !ok || cn2 != cn || m2 <= m || m2 > 12 {
			return dateMatch{}, false
		}
		end, ok := sc.unit(q3, "月")
		if !ok {
			return dateMatch{}, false
		}
		return dateMatch{end: end, d: Date{y, m, 0}, u: Date{y, m2, 0}}, true
	}
	if m < 1 || m > 12 {
		return dateMatch{}, false
	}
	return sc.monthRest(q2, y, m, yearText)
}

// monthRest matches what follows month m of year y, its 月 ending at q: a
// day (30日, 30号, 十五日, 4日至5日, 12-19日), 份, a part of the month
// (底, 末, 初, 上旬, 中旬, 下旬, 月底 …) or the end of a month range (至3月,
// 至2024年5月). The month alone is the date when nothing follows.
func (sc *dateScanner) monthRest(q, y, m int, yearText bool) (dateMatch, bool) {
	if d, q2, dcn, ok := sc.small(q); ok && d >= 1 {
		if end, ok := sc.dayUnit(q2); ok {
			if !dateValidDay(y, m, d) {
				return dateMatch{}, false
			}
			from := Date{y, m, d}
			if r := sc.dayRangeEnd(end, from); r.end > 0 {
				return r, true
			}
			return dateMatch{end: end, d: from}, true
		}
		if !dcn {
			// 4月12-19日
			if q3, ok := sc.conn(q2); ok {
				if d2, q4, ok := sc.digits(q3, 2); ok && d2 > d && dateValidDay(y, m, d) && dateValidDay(y, m, d2) {
					if end, ok := sc.dayUnit(q4); ok {
						return dateMatch{end: end, d: Date{y, m, d}, u: Date{y, m, d2}}, true
					}
				}
			}
		}
	}
	end := q
	if sc.at(end, "份") {
		end += 3
	}
	for _, tail := range [...]string{"上中旬", "中下旬", "上旬", "中旬", "下旬", "底", "末", "初", "月底", "月末", "月初"} {
		if sc.at(end, tail) {
			if strings.HasSuffix(tail, "初") && sc.wordAfterChu(end+len(tail)) {
				break
			}
			end += len(tail)
			break
		}
	}
	from := Date{y, m, 0}
	// 1月至3月, 3月至2024年5月
	if q2, ok := sc.conn(end); ok {
		y2, q3 := y, q2
		explicit := false
		if yy, q4, ok := sc.year4(q2); ok {
			if q5, ok := sc.unit(q4, "年"); ok {
				y2, q3, explicit = yy, q5, true
			}
		} else if yy, q4, ok := sc.relYear(q2); ok {
			y2, q3, explicit = yy, q4, true
		}
		if m2, q4, _, ok := sc.small(q3); ok && m2 >= 1 && m2 <= 12 {
			// not a month that starts a day: 3月至4月5日 is no month range
			if e, ok := sc.unit(q4, "月"); ok {
				if _, q5, _, ok := sc.small(e); !ok || !(sc.at(q5, "日") || sc.at(q5, "号")) {
					for _, tail := range [...]string{"上中旬", "中下旬", "上旬", "中旬", "下旬", "底", "末"} {
						if sc.at(e, tail) {
							e += len(tail)
							break
						}
					}
					to := Date{y2, m2, 0}
					if !explicit && m2 < m {
						to.Year++
					}
					if dateBefore(from, to) && (!explicit || yearText) {
						if explicit {
							sc.wrote = true
						}
						return dateMatch{end: e, d: from, u: to}, true
					}
				}
			}
		}
	}
	return dateMatch{end: end, d: from}, true
}

// wordAfterChu reports whether the 初 before q starts a word (初步, 初见成效…)
// rather than meaning the start of a month.
func (sc *dateScanner) wordAfterChu(q int) bool {
	r, _ := sc.runeAt(q)
	return strings.ContainsRune("步次审稿具定衷心级选创试验赛见始期心春夏秋冬", r)
}

// dayRangeEnd matches the end of a day range after from (ended at q):
// 至11日, 至4月5日, 至2022年1月3日. It returns a zero match when there is
// none.
func (sc *dateScanner) dayRangeEnd(q int, from Date) dateMatch {
	q2, ok := sc.conn(q)
	if !ok {
		return dateMatch{}
	}
	to := Date{Year: from.Year, Month: from.Month}
	explicit := false
	if y, q3, ok := sc.year4(q2); ok {
		if q4, ok := sc.unit(q3, "年"); ok {
			to.Year, q2, explicit = y, q4, true
		}
	}
	n, q3, _, ok := sc.small(q2)
	if !ok {
		return dateMatch{}
	}
	if q4, ok := sc.unit(q3, "月"); ok {
		to.Month = n
		n, q3, _, ok = sc.small(q4)
		if !ok {
			return dateMatch{}
		}
		if !explicit && to.Month < from.Month {
			to.Year++
		}
	} else if explicit {
		return dateMatch{}
	}
	end, ok := sc.dayUnit(q3)
	if !ok {
		return dateMatch{}
	}
	to.Day = n
	if !dateValidDay(to.Year, to.Month, to.Day) || !dateBefore(from, to) {
		return dateMatch{}
	}
	if explicit {
		sc.wrote = true
	}
	return dateMatch{end: end, d: from, u: to}
}

// plan matches a five-year-plan period at p: 十三五, “十三五”, “十三五”期间,
// 十四五时期. The 11th (十一五, 2006–2010) to the 16th (十六五) are known.
// Double quotes belong to the text, as in the annotation guide: the
// Chinese “” and the straight "" (the folded form of the full-width ＂),
// each maybe padded inside by one space (" 十五五 "); after other quotes
// (「十四五」) the plan alone is the date.
func (sc *dateScanner) plan(p int) (dateMatch, bool) {
	q := p
	closeQuote := ""
	switch {
	case sc.at(p, "“"):
		closeQuote = "”"
		q += len("“")
	case sc.at(p, `"`):
		closeQuote = `"`
		q++
	}
	if closeQuote != "" && sc.at(q, " ") {
		q++
	}
	if !sc.at(q, "十") {
		return dateMatch{}, false
	}
	r, _ := sc.runeAt(q + 3)
	n := dateCnDigit(r)
	if n < 1 || n > 6 || !sc.at(q+6, "五") {
		return dateMatch{}, false
	}
	q += 9
	if closeQuote != "" {
		if sc.at(q, " ") {
			q++
		}
		if !sc.at(q, closeQuote) {
			return dateMatch{}, false
		}
		q += len(closeQuote)
	} else {
		// bare: not inside a number or a count (十三五个, 二十三五…)
		if b := sc.runeBefore(p); dateIsCnNumeral(b) || b == '第' {
			return dateMatch{}, false
		}
		if next, _ := sc.runeAt(q); dateIsCnNumeral(next) || strings.ContainsRune("个人家项年月日天号元吨米岁%分点", next) {
			return dateMatch{}, false
		}
	}
	if sc.at(q, "期间") || sc.at(q, "时期") {
		q += 6
	}
	start := 1981 + 5*(10+n-6)
	sc.isPlan = true
	return dateMatch{end: q, d: Date{Year: start}, u: Date{Year: start + 4}}, true
}

// datePlausibleYear reports whether y is a year dates are looked for in.
func datePlausibleYear(y int) bool { return y >= 1900 && y <= 2100 }

// dateValidDay reports whether y-m-d is a day of the Gregorian calendar.
func dateValidDay(y, m, d int) bool {
	return m >= 1 && m <= 12 && d >= 1 && d <= dateDaysIn(y, m)
}

func dateDaysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// dateBefore reports whether a starts before b, both at the same precision.
func dateBefore(a, b Date) bool {
	if (a.Month == 0) != (b.Month == 0) || (a.Day == 0) != (b.Day == 0) {
		return false
	}
	if a.Year != b.Year {
		return a.Year < b.Year
	}
	if a.Month != b.Month {
		return a.Month < b.Month
	}
	return a.Day < b.Day
}
