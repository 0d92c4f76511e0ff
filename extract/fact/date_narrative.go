package fact

import "strings"

// This file holds the dates that depend on the dates stated before them in
// the text: the anaphoric words (同年, 当年, 次年, 上年, 本月, 当月, 次月) and
// the year a year-less date takes in a sentence that has written one. The
// rules are listed in the comment of Dates.
//
// The scanner keeps the narrative state while it reads the text once, from
// left to right: every date it emits (comparisons and five-year plans
// aside) becomes the last date stated, and, once a date of the current
// sentence has written a year (2021年, 去年, 同年), the last date stated in
// that sentence, until the sentence ends. The days written without a year
// keep the year they took, so that a day written again takes it too.

// dateComparisonWords follow a date that is only the base of a comparison
// (去年同期, 与上年相比); 比 and 较 precede one (比去年, 较上年).
var dateComparisonWords = [...]string{"同期", "相比"}

// dateDangWords are the runes that make a word with 当 (应当, 相当, 每当 …),
// so that 当年 and 当月 after them are no dates: 应当年底前完成.
const dateDangWords = "应相每想正担适恰充"

// remember makes the date m, emitted at start, the last date stated, unless
// it is a five-year plan or the base of a comparison.
func (sc *dateScanner) remember(start int, m dateMatch) {
	if sc.isPlan || sc.comparison(start, m.end) {
		return
	}
	d := m.d
	if !m.u.IsZero() {
		d = m.u // the end of a range is stated last
	}
	sc.last = d
	if d.Month != 0 {
		sc.lastMonth = Date{Year: d.Year, Month: d.Month}
	}
	if sc.wrote {
		sc.sentWrote = true
	}
	if sc.sentWrote {
		sc.sentLast = d
	}
	if sc.isYearless && m.d.Day != 0 && sc.days[m.d.Month-1][m.d.Day-1] == 0 {
		sc.days[m.d.Month-1][m.d.Day-1] = uint16(m.d.Year)
	}
}

// endSentence forgets the year of the sentence that ends.
func (sc *dateScanner) endSentence() {
	sc.sentWrote, sc.sentLast = false, Date{}
}

// comparison reports whether the date from start to end is the base of a
// comparison: 比去年, 较上年, 去年同期, 与2020年相比.
func (sc *dateScanner) comparison(start, end int) bool {
	if b := sc.runeBefore(start); b == '比' || b == '较' {
		return true
	}
	for _, w := range dateComparisonWords {
		if sc.at(end, w) {
			return true
		}
	}
	return false
}

// yearlessDate matches the date at p written without a year, a month (with
// months set: 5月, 12月30日, 1-3月) or a sub-year period (一季度). It takes:
//
//   - the year of its first mention, when the same day was written without
//     a year before (a lead's 6月8日 repeated in the body is that day);
//   - else, in a sentence that has written a year, the year of the last
//     date stated in the sentence, when the date does not start before
//     that one (a narrative runs forward: 去年5月签订协议,12月开工 → 12 月
//     of last year; but 去年9月,8月10日 → ref's August);
//   - else ref's year.
//
// Nothing is found without a reference date.
func (sc *dateScanner) yearlessDate(p int, months bool) (dateMatch, bool) {
	read := func(p, y int) (dateMatch, bool) {
		if months {
			return sc.months(p, y, false)
		}
		return sc.subYear(p, y)
	}
	if sc.ref.IsZero() {
		return dateMatch{}, false
	}
	m, ok := read(p, sc.ref.Year)
	if !ok {
		return m, false
	}
	y := sc.dayYear(m.d)
	again := y != 0
	if !again && sc.sentWrote {
		y = sc.sentLast.Year
	}
	if y != 0 && y != sc.ref.Year {
		wrote := sc.wrote
		sc.wrote = false
		if m2, ok := read(p, y); ok && (again || !dateStartsBefore(m2.d, sc.sentLast)) {
			m = m2
		} else {
			sc.wrote = wrote
		}
	}
	sc.isYearless = true
	return m, true
}

// dayYear returns the year a day written without a year took when it was
// first written, 0 if it was not.
func (sc *dateScanner) dayYear(d Date) int {
	if d.Day == 0 {
		return 0
	}
	return int(sc.days[d.Month-1][d.Day-1])
}

// dateStartsBefore reports whether a starts before b, compared at the
// precision both have: a month starts before a later month, not before a
// year that holds it.
func dateStartsBefore(a, b Date) bool {
	switch {
	case a.Year != b.Year:
		return a.Year < b.Year
	case a.Month == 0 || b.Month == 0 || a.Month != b.Month:
		return a.Month < b.Month && a.Month != 0 && b.Month != 0
	}
	return a.Day != 0 && b.Day != 0 && a.Day < b.Day
}

// anchorYear returns the year 同年, 当年, 次年 and 上年 count from: the
// last date stated's, else ref's; 0 when neither is known.
func (sc *dateScanner) anchorYear() int {
	if !sc.last.IsZero() {
		return sc.last.Year
	}
	return sc.ref.Year
}

// anchorMonth returns the month 本月, 当月 and 次月 count from: the last
// date stated with a month, if it lies in the year of the last date stated
// (2019年3月…,2019年…当月 → March; 2018年3月…,2019年…当月: none), else
// ref's month if no date or one of ref's year was stated; the zero Date when
// none is known.
func (sc *dateScanner) anchorMonth() Date {
	if !sc.lastMonth.IsZero() && sc.lastMonth.Year == sc.last.Year {
		return sc.lastMonth
	}
	if sc.ref.IsZero() || !sc.last.IsZero() && sc.last.Year != sc.ref.Year {
		return Date{}
	}
	return Date{Year: sc.ref.Year, Month: sc.ref.Month}
}

// dateClauseStart reports whether a word may start after before as a time
// word: at the start of the text or a clause, after punctuation or
// Latin text, or after a word that introduces a time (在, 于, 至, 比 …);
// not after a numeral (3次, 一本).
func dateClauseStart(before rune) bool {
	if dateIsCnNumeral(before) || before >= '0' && before <= '9' {
		return false
	}
	return before < 0x3400 || strings.ContainsRune(dateTimeIntro, before)
}

// anaphor matches a word that points back at the last date stated, with
// what follows it as after any year or month word:
//
//	同年, 当年 (同年5月, 当年底, 当年度)  the year of the last date stated
//	次年 (次年6月, 次年年末)             the year after it
//	上年 (上年度, 上年末)                the year before it
//	本月, 当月 (本月底, 当月20日)         the month of the last date stated with a month
//	次月 (次月初)                       the month after that one
//
// With no date stated before, ref stands for it. 当 must not end a word
// (应当年底), and the others must start a clause or follow a word that
// introduces a time (不同年份, 以上年产, 此次年会, 日本月饼 are no dates);
// 年 must not start a word (同年龄, 上年纪, 当年轻).
func (sc *dateScanner) anaphor(p int) (dateMatch, bool) {
	r, w := sc.runeAt(p)
	q := p + w
	before := sc.runeBefore(p)
	if r == '当' {
		if strings.ContainsRune(dateDangWords, before) {
			return dateMatch{}, false
		}
	} else if !dateClauseStart(before) {
		return dateMatch{}, false
	}
	switch {
	case sc.at(q, "年"):
		q += len("年")
		if next, _ := sc.runeAt(q); strings.ContainsRune("轻龄纪级代", next) {
			return dateMatch{}, false
		}
		y := sc.anchorYear()
		if y == 0 || r == '当' && sc.at(q, "的") {
			// 想起当年的那一幕, 主人当年的气派: 当年的 is "back then"
			return dateMatch{}, false
		}
		switch r {
		case '同', '当':
		case '次':
			y++
		case '上':
			y--
		default: // 本年 is not one of them
			return dateMatch{}, false
		}
		return sc.afterYear(q, y, true)
	case sc.at(q, "月"):
		a := sc.anchorMonth()
		if a.IsZero() || r == '同' || r == '上' {
			return dateMatch{}, false
		}
		if r == '次' {
			if a.Month++; a.Month > 12 {
				a.Year, a.Month = a.Year+1, 1
			}
		}
		return sc.monthRest(q+len("月"), a.Year, a.Month, true)
	}
	return dateMatch{}, false
}
