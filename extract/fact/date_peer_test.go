package fact

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/zhnews/zhnews/extract/fold"
	"github.com/zhnews/zhnews/extract/t2s"
)

// This file runs the date cases of other libraries' test suites
// (../shared/peer/date-*.jsonl, see its README) through Dates and logs the
// pass rate of the cases in scope, per file. Nothing is asserted: the peers
// follow their own conventions, and ours is the annotation guide.
//
// In scope (our contract): absolute and relative dates at day, month and
// year grain, the sub-year periods and ranges of the guide, five-year plans
// and lunar dates: 2015年3月3日, 2015-3-3, 二〇一五年三月, 3月, 明年九月,
// 今年第一季度, 去年上半年, 1995-1997年, 一月十日到十二日, 正月十八, and the
// peers' negative extraction cases. Out of scope, each with its reason
// counted in the log: times of day, weekdays and weeks, relative days and
// months (今天, 下个月, 上上周), durations and periods (3年后, 两个月),
// open ranges (2018年以前, 自2018年以来), holidays and solar terms, seasons,
// decades, centuries and era names, two-digit years, recurring sets (每月),
// numeric forms we do not read (20240307, 3/3/15, 02.12), expressions with
// spaces inside, options that change the peer's convention (ret_future,
// lunar_date=false), Recognizers cases that even its .NET implementation
// skips, and readings with a future bias: a year-less or relative
// expression whose every expected reading lies outside the reference
// year, where we resolve it inside.
//
// Each peer's expected value is translated into an inclusive range of
// days, [first day, last day], and compared with the days our fact covers
// (a month covers all its days; Date … Until covers the first day of Date
// to the last of Until):
//
//   - JionLP: time_point and time_span give [start, end] with both ends
//     inclusive, the end at 23:59:59; a start other than 00:00:00 or an end
//     other than 23:59:59 is a time of day. Its partial reference times
//     (2019, 2019-09) take day 1 and month 1 for the missing fields.
//   - Duckling and MiNLP: a value covers one unit of its grain (day, month,
//     quarter, year) from its start; an interval's "to" is exclusive, so the
//     last day is the day before. MiNLP's lunar values are converted with
//     our own lunar table.
//   - Recognizers-Text: ranges are half-open. For a period named by one
//     expression (2009年, 3月, 今年第一季度) the last day is the day before
//     "end", and a whole year is taken from the timex (its 今年 ends at the
//     reference day). For a range written with two ends ((1995-01-01,
//     1997-01-01,P2Y) for 1995-1997年, (XXXX-01-10,XXXX-01-12,P2D) for
//     一月十日到十二日) "end" is the start of the written last unit, which
//     our inclusive Until covers whole: 1997, the 12th. Year-less dates list
//     a past and a future reading; matching either passes.
//
// Our modifiers at month precision translate the peers' narrower values: a
// month with 上旬/中旬/下旬/初/底/末 (JionLP 6月上旬 = 1st–10th) becomes the
// whole month, and 年底/年末 becomes December.
//
// Inputs are first normalized as package extract leaves text (t2s, fold),
// and the expected span texts likewise; a span may start with the
// preposition Recognizers includes (从, 自).

// peerWant is one expected date of a peer case.
type peerWant struct {
	text string    // extraction span ("" in parse mode: the whole input)
	alts [][2]Date // acceptable [first, last] day ranges; nil: span only
}

// peerCase is a peer case translated into our terms.
type peerCase struct {
	input  string
	ref    time.Time
	parse  bool
	want   []peerWant
	spans  []string // every span the peer expects, in scope or not
	reason string   // why the case is out of scope; "" when in scope
}

var (
	// expressions outside our contract, by reason
	peerOutOfScope = []struct {
		reason string
		re     *regexp.Regexp
	}{
		{"time of day", regexp.MustCompile(`[点时分秒钟刻夜晚午晨]|早上|凌晨|[:：]|(?i)[ap]\.?m`)},
		{"weekday or week", regexp.MustCompile(`周|星期|礼拜`)},
		{"relative day, month or week", regexp.MustCompile(`[今明昨前后本寻听]天|[今明昨前后本寻听全]日|全天|大前|大后|当天|当日|次日|翌日|本月|这个?月|上个?月|下个?月|今个?月|当月|本季|这个?季|上个?季|下个?季|上上|下下|本年|上年|上一年|下一年|这一?年|次年|翌年|后年|前年的|今明|明后|最近|过去|未来|往前|往后|伊始|[上下前后近][0-9一二三四五六七八九十两]+[天日月年周]|后面`)},
		{"part of a period (首, 最后, 的, 年初)", regexp.MustCompile(`首|最后|的|年初|前[0-9一二三四五六七八九十两]+[天日月周]`)},
		{"lunar month without a day", regexp.MustCompile(`阴历|(农历|闰).*月$|(农历|阴历|闰|腊月|正月|冬月)([0-9一二三四五六七八九十]+月)?($|[^初一二三四五六七八九十廿卅0-9])`)},
		{"list", regexp.MustCompile(`[0-9]+[日号][,，、][0-9]+[日号]`)},
		{"year before 1900", regexp.MustCompile(`(^|[^0-9])1[0-8][0-9]{2}年|(^|[^0-9])[0-9]{1,3}年|一[〇零一二三四五六七][〇零一二三四五六七八九]{2}年|(^|[^〇零一二三四五六七八九])[〇零一二三四五六七八九]{3}年|[千百]年`)},
		{"mixed numerals", regexp.MustCompile(`[0-9][-至到][一二三四五六七八九十]|[一二三四五六七八九十][-至到][0-9]`)},
		{"day without 日 or 号", regexp.MustCompile(`月[0-9]+($|[^0-9日号])|[0-9]月[0-9]+[至到-][0-9]*月?[0-9]+($|[^0-9日号])|[0-9]·[0-9]`)},
		{"open range", regexp.MustCompile(`以前|之前|以后|之后|以来|至今|开始|起|止|截止|截至|自从|之间|以内|以上|以下|[和与或]|前$|后$|前[,，]`)},
		{"duration or approximation", regexp.MustCompile(`个|半|几|多|余|来|左右|许|内$|第[0-9一二三四五六七八九十]+[天日月年]`)},
		{"holiday, solar term or season", regexp.MustCompile(`瞻礼|[^0-9〇零一二三四五六七八九十廿卅]日$|节|新年|斋|主日|受难|纪念日|独立日|服务日|圣餐|火曜日|禁食日|灰日|首日|双十一|暑假|寒假|[0-9]年[春夏秋冬]|元旦|春节|除夕|中秋|端午|重阳|国庆|圣诞|清明|七夕|元宵|腊八|冬至|夏至|芒种|立[春夏秋冬]|[春秋]分|[春夏秋冬][天季]|新春|万圣|愚人|情人|父亲|母亲|妇女|儿童|劳动|建军|消费者|正月正时|地球`)},
		{"decade, century or era", regexp.MustCompile(`世纪|年代|康熙|雍正|乾隆|民国|神龙|光绪|宣统|元年|[〇零一二三四五六七八九十百千]+千`)},
		{"recurring set", regexp.MustCompile(`每`)},
		{"two-digit year", regexp.MustCompile(`(^|[^0-9])[0-9]{2}\s*年|(^|[^〇零一二三四五六七八九])[〇零一二三四五六七八九]{2}年`)},
		{"numeric form we do not read", regexp.MustCompile(`[0-9]{5,}|(^|[^0-9])[0-9]{4}($|[^0-9年./-])|(^|[^0-9])[0-9]{1,3}[-./][0-9]|[0-9]{4}[-./][0-9]{1,2}($|[^-./0-9])|(?i)q[1-4]`)},
		{"space inside", regexp.MustCompile(`[0-9一二三四五六七八九十〇零年月日号]\s+[0-9一二三四五六七八九十〇零年月日号至到–—-]`)},
		{"bare day or lunar day", regexp.MustCompile(`^[0-9一二三四五六七八九十廿卅初]+[日号]?$|^初[一二三四五六七八九十]$|^廿`)},
		{"year end without a year word, or other part of a year", regexp.MustCompile(`^(年底|年末|年初|月底|月初|月末)|年中|季度[初末]|伊始|后三月|前三月`)},
	}
	peerYearWord   = regexp.MustCompile(`[0-9]{4}\s*年|[〇零一二三四五六七八九]{4}年|今年|去年|明年|前年|十[一二三四五六]五|[0-9]{4}[-./]`)
	peerMonthPart  = regexp.MustCompile(`[0-9一二三四五六七八九十]月份?月?(上旬|中旬|下旬|底|末|初($|[^一二三四五六七八九十]))`)
	peerYearEnd    = regexp.MustCompile(`年(年)?(底|末)`)
	peerCnMonthDay = regexp.MustCompile(`[一二三四五六七八九十]月[一二三四五六七八九十廿卅]+$`)
	peerLunarWord  = regexp.MustCompile(`农历|正月|腊月|冬月|大年|初[一二三四五六七八九十]|廿`)
	peerConnector  = regexp.MustCompile(`[至到~～–—-]|之间`)
	peerTimexRange = regexp.MustCompile(`^\((.+),(.+),P[0-9.]+([DMY])\)$`)
)

// peerNorm normalizes a peer's text the way package extract leaves text.
func peerNorm(s string) string { return fold.String(t2s.String(s)) }

// peerScope returns why an expression is outside our contract, or "".
func peerScope(expr string) string {
	for _, o := range peerOutOfScope {
		if o.re.MatchString(expr) {
			return o.reason
		}
	}
	return ""
}

func peerDayOf(t time.Time) Date { return Date{t.Year(), int(t.Month()), t.Day()} }

func peerTime(d Date) time.Time {
	return time.Date(d.Year, time.Month(max(d.Month, 1)), max(d.Day, 1), 0, 0, 0, 0, time.UTC)
}

// peerLastDay returns the last day d covers.
func peerLastDay(d Date) Date {
	switch {
	case d.Month == 0:
		return Date{d.Year, 12, 31}
	case d.Day == 0:
		return Date{d.Year, d.Month, dateDaysIn(d.Year, d.Month)}
	}
	return d
}

// peerFactDays returns the days a date fact covers.
func peerFactDays(f Fact) [2]Date {
	first := peerDayOf(peerTime(f.Date))
	if !f.Until.IsZero() {
		return [2]Date{first, peerLastDay(f.Until)}
	}
	return [2]Date{first, peerLastDay(f.Date)}
}

// peerTranslate applies our month-precision modifiers to a peer's range.
func peerTranslate(expr string, r [2]Date) [2]Date {
	if peerMonthPart.MatchString(expr) {
		return [2]Date{{r[0].Year, r[0].Month, 1}, peerLastDay(Date{r[1].Year, r[1].Month, 0})}
	}
	if peerYearEnd.MatchString(expr) {
		return [2]Date{{r[1].Year, 12, 1}, {r[1].Year, 12, 31}}
	}
	return r
}

// peerParseRef reads a peer's reference time: its local date, whatever the
// zone; partial times take day 1 and month 1.
func peerParseRef(s string) time.Time {
	if s == "" || s == "now" {
		return time.Time{}
	}
	for _, layout := range []string{"2006-01-02T15:04:05Z07:00", "2006-01-02T15:04:05", "2006-01-02T15", "2006-01-02", "2006-01", "2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
		}
	}
	return time.Time{}
}

// peerDate reads a date or date-time string of a peer: its day.
func peerDate(s string) (time.Time, bool) {
	if len(s) < 10 {
		return time.Time{}, false
	}
	t, err := time.Parse("2006-01-02", s[:10])
	return t, err == nil
}

func peerJionLP(raw map[string]any, c *peerCase) {
	exp, _ := raw["expected"].(map[string]any)
	if opts, _ := raw["options"].(map[string]any); opts != nil {
		if opts["ret_future"] == true {
			c.reason = "option: future"
			return
		}
		if v, ok := opts["lunar_date"]; ok && v == false {
			c.reason = "option: no lunar dates"
			return
		}
	}
	if c.parse {
		typ, _ := exp["type"].(string)
		if typ != "time_point" && typ != "time_span" {
			c.reason = "duration or period"
			return
		}
		tm, _ := exp["time"].([]any)
		if len(tm) != 2 {
			c.reason = "duration or period"
			return
		}
		s, _ := tm[0].(string)
		e, _ := tm[1].(string)
		if !strings.HasSuffix(s, "00:00:00") || !strings.HasSuffix(e, "23:59:59") {
			c.reason = "time of day or open range"
			return
		}
		st, ok1 := peerDate(s)
		et, ok2 := peerDate(e)
		if !ok1 || !ok2 {
			c.reason = "open range"
			return
		}
		c.want = []peerWant{{alts: [][2]Date{peerTranslate(c.input, [2]Date{peerDayOf(st), peerDayOf(et)})}}}
		return
	}
	list, _ := raw["expected"].([]any)
	for _, x := range list {
		m, _ := x.(map[string]any)
		text := peerNorm(fmt.Sprint(m["text"]))
		c.spans = append(c.spans, text)
		if typ := fmt.Sprint(m["type"]); typ != "time_point" && typ != "time_span" {
			continue
		}
		if peerScope(text) == "" {
			c.want = append(c.want, peerWant{text: text})
		}
	}
	if len(list) > 0 && len(c.want) == 0 {
		c.reason = "no span in scope"
	}
}

// peerDuckling translates Duckling's and MiNLP's values.
func peerDuckling(raw map[string]any, c *peerCase) {
	exp, _ := raw["expected"].(map[string]any)
	if raw["dimension"] == "Duration" || exp["type"] == "duration" {
		c.reason = "duration or period"
		return
	}
	unit := func(v map[string]any) ([2]Date, bool) {
		if lun, ok := v["lunar"].(map[string]any); ok {
			if _, timed := v["time"]; timed {
				return [2]Date{}, false
			}
			num := func(k string) int { f, _ := lun[k].(float64); return int(f) }
			d, ok := lunarToDate(num("year"), num("month"), lun["leap"] == true, num("day"))
			return [2]Date{d, d}, ok
		}
		s, _ := v["value"].(string)
		t, ok := peerDate(s)
		if !ok {
			return [2]Date{}, false
		}
		var end time.Time
		switch v["grain"] {
		case "day":
			end = t
		case "month":
			end = t.AddDate(0, 1, -1)
		case "quarter":
			end = t.AddDate(0, 3, -1)
		case "year":
			end = t.AddDate(1, 0, -1)
		default:
			return [2]Date{}, false
		}
		return [2]Date{peerDayOf(t), peerDayOf(end)}, true
	}
	if _, lunar := exp["lunar"]; !lunar && peerCnMonthDay.MatchString(c.input) {
		c.reason = "month and day without 日: Gregorian for the peer, lunar for us"
		return
	}
	var r [2]Date
	switch exp["type"] {
	case "value":
		var ok bool
		if r, ok = unit(exp); !ok {
			c.reason = "time of day or week grain"
			return
		}
	case "interval":
		from, _ := exp["from"].(map[string]any)
		to, _ := exp["to"].(map[string]any)
		if from == nil || to == nil {
			c.reason = "open range"
			return
		}
		f, ok1 := unit(from)
		tv, _ := to["value"].(string)
		tt, ok2 := peerDate(tv)
		if !ok1 || !ok2 || !strings.Contains(tv, "T00:00:00") {
			c.reason = "time of day or week grain"
			return
		}
		r = [2]Date{f[0], peerDayOf(tt.AddDate(0, 0, -1))}
	default:
		c.reason = "open range"
		return
	}
	c.want = []peerWant{{alts: [][2]Date{peerTranslate(c.input, r)}}}
}

// peerRecognizersRange translates one Recognizers-Text resolution.
func peerRecognizersRange(text, timex, start, end string) ([2]Date, bool) {
	st, ok := peerDate(start)
	if !ok {
		return [2]Date{}, false
	}
	if m := peerTimexRange.FindStringSubmatch(timex); m != nil && peerConnector.MatchString(text) {
		et, ok := peerDate(end)
		if !ok {
			return [2]Date{}, false
		}
		switch m[3] {
		case "D":
		case "M":
			et = et.AddDate(0, 1, -1)
		case "Y":
			et = et.AddDate(1, 0, -1)
		}
		return [2]Date{peerDayOf(st), peerDayOf(et)}, true
	}
	if len(timex) == 4 { // a whole year (its 今年 ends at the reference day)
		return [2]Date{peerDayOf(st), {st.Year(), 12, 31}}, true
	}
	if strings.Contains(timex, "W") || strings.Contains(timex, "SU") || strings.Contains(timex, "WI") ||
		strings.Contains(timex, "FA") || strings.Contains(timex, "SP") {
		return [2]Date{}, false
	}
	et, ok := peerDate(end)
	if !ok {
		return [2]Date{}, false
	}
	return [2]Date{peerDayOf(st), peerDayOf(et.AddDate(0, 0, -1))}, true
}

func peerRecognizers(raw map[string]any, c *peerCase) {
	if ns, _ := raw["not_supported"].(string); strings.Contains(strings.ToLower(ns), "dotnet") {
		c.reason = "not supported by the peer itself"
		return
	}
	list, _ := raw["expected"].([]any)
	out := ""
	for _, x := range list {
		m, _ := x.(map[string]any)
		text := peerNorm(fmt.Sprint(m["Text"]))
		c.spans = append(c.spans, text)
		typ, _ := m["TypeName"].(string)
		if typ == "" {
			typ, _ = m["Type"].(string)
		}
		typ = strings.TrimPrefix(typ, "datetimeV2.")
		if typ != "date" && typ != "daterange" {
			out = "type " + typ
			continue
		}
		if r := peerScope(text); r != "" {
			out = r
			continue
		}
		if peerLunarWord.MatchString(text) {
			out = "peer reads lunar dates as Gregorian"
			continue
		}
		if peerCnMonthDay.MatchString(text) {
			out = "month and day without 日: Gregorian for the peer, lunar for us"
			continue
		}
		if strings.Contains(fmt.Sprint(m), "0001-01-01") {
			out = "invalid date"
			continue
		}
		w := peerWant{text: text}
		ok := true
		switch {
		case m["Resolution"] != nil:
			res, _ := m["Resolution"].(map[string]any)
			vals, _ := res["values"].([]any)
			for _, v := range vals {
				v, _ := v.(map[string]any)
				if v["Mod"] != nil {
					ok = false
					break
				}
				timex, _ := v["timex"].(string)
				if val, _ := v["value"].(string); val != "" {
					t, good := peerDate(val)
					if !good {
						ok = false
						break
					}
					if typ == "daterange" {
						r, good := peerRecognizersRange(text, timex, val, "")
						ok = ok && good
						w.alts = append(w.alts, r)
						continue
					}
					w.alts = append(w.alts, [2]Date{peerDayOf(t), peerDayOf(t)})
					continue
				}
				st, _ := v["start"].(string)
				en, _ := v["end"].(string)
				r, good := peerRecognizersRange(text, timex, st, en)
				if !good {
					ok = false
					break
				}
				w.alts = append(w.alts, r)
			}
		case m["Value"] != nil:
			val, _ := m["Value"].(map[string]any)
			timex, _ := val["Timex"].(string)
			for _, k := range []string{"PastResolution", "FutureResolution"} {
				res, _ := val[k].(map[string]any)
				if d, _ := res["date"].(string); d != "" {
					t, good := peerDate(d)
					ok = ok && good
					w.alts = append(w.alts, [2]Date{peerDayOf(t), peerDayOf(t)})
				} else if st, _ := res["startDate"].(string); st != "" {
					en, _ := res["endDate"].(string)
					r, good := peerRecognizersRange(text, timex, st, en)
					ok = ok && good
					w.alts = append(w.alts, r)
				} else {
					ok = false
				}
			}
		}
		if !ok {
			out = "unresolved or open value"
			continue
		}
		for i, a := range w.alts {
			w.alts[i] = peerTranslate(text, a)
		}
		c.want = append(c.want, w)
	}
	if len(list) > 0 && len(c.want) == 0 {
		c.reason = out
	}
}

// peerFutureBias reports whether every reading of a year-less expression
// lies outside the reference year.
func peerFutureBias(c *peerCase, expr string) bool {
	if c.ref.IsZero() || peerYearWord.MatchString(expr) {
		return false
	}
	for _, w := range c.want {
		for _, a := range w.alts {
			if a[0].Year == c.ref.Year() || a[1].Year == c.ref.Year() {
				return false
			}
		}
	}
	return len(c.want) > 0 && c.want[0].alts != nil
}

// loadPeerCases reads and translates one peer file.
func loadPeerCases(t *testing.T, path string) []peerCase {
	fh, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	var out []peerCase
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	peer := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(path), "date-"), ".jsonl")
	for sc.Scan() {
		var raw map[string]any
		if err := json.Unmarshal(sc.Bytes(), &raw); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		c := peerCase{input: peerNorm(fmt.Sprint(raw["input"])), parse: raw["mode"] == "parse"}
		refStr, _ := raw["ref_time"].(string)
		c.ref = peerParseRef(refStr)
		if c.parse {
			c.reason = peerScope(c.input)
		}
		if c.reason == "" {
			switch peer {
			case "jionlp":
				peerJionLP(raw, &c)
			case "duckling", "minlp":
				peerDuckling(raw, &c)
			case "recognizers":
				peerRecognizers(raw, &c)
			}
		}
		if c.reason == "" && !c.ref.IsZero() && c.ref.Year() < 1900 {
			c.reason = "year before 1900"
		}
		if c.reason == "" && c.ref.IsZero() {
			// the peer ran with the wall clock (or none): spans only, read
			// against a fixed day
			c.ref = time.Date(2021, 6, 14, 0, 0, 0, 0, time.UTC)
			for i := range c.want {
				c.want[i].alts = nil
			}
		}
		if c.reason == "" {
			expr := c.input
			if !c.parse && len(c.want) > 0 {
				expr = c.want[0].text
			}
			if peerFutureBias(&c, expr) {
				c.reason = "future bias"
			}
		}
		out = append(out, c)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// runPeerCase reports whether Dates meets a case in scope, and if not why.
func runPeerCase(c peerCase) (bool, string) {
	facts := Dates(c.input, c.ref)
	matches := func(w peerWant, f Fact) bool {
		if w.alts == nil {
			return true
		}
		got := peerFactDays(f)
		for _, a := range w.alts {
			if a == got {
				return true
			}
		}
		return false
	}
	show := func() string {
		var b strings.Builder
		for _, f := range facts {
			d := peerFactDays(f)
			fmt.Fprintf(&b, "[%s %s..%s] ", f.Text, d[0], d[1])
		}
		return b.String()
	}
	if c.parse {
		if len(facts) != 1 || !matches(c.want[0], facts[0]) {
			return false, fmt.Sprintf("want %v got %s", c.want[0].alts, show())
		}
		return true, ""
	}
	used := make([]bool, len(facts))
	for _, w := range c.want {
		found := false
		for i, f := range facts {
			if used[i] {
				continue
			}
			if f.Text == w.text || strings.TrimLeft(w.text, "从自在于") == f.Text {
				if matches(w, f) {
					used[i], found = true, true
					break
				}
			}
		}
		if !found {
			return false, fmt.Sprintf("want %q %v got %s", w.text, w.alts, show())
		}
	}
	for i, f := range facts {
		if used[i] {
			continue
		}
		inSpan := false
		for _, s := range c.spans {
			if strings.Contains(s, f.Text) {
				inSpan = true
			}
		}
		if !inSpan {
			return false, "extra " + show()
		}
	}
	return true, ""
}

func TestDatesPeers(t *testing.T) {
	files, _ := filepath.Glob("../../../shared/peer/date-*.jsonl")
	if len(files) == 0 {
		t.Skip("../shared/peer absent")
	}
	verbose := os.Getenv("ZHNEWS_PEER_FAILS") != ""
	for _, path := range files {
		cases := loadPeerCases(t, path)
		reasons := map[string]int{}
		in, pass := 0, 0
		var fails []string
		for _, c := range cases {
			if c.reason != "" {
				reasons[c.reason]++
				continue
			}
			in++
			if ok, why := runPeerCase(c); ok {
				pass++
			} else {
				fails = append(fails, fmt.Sprintf("%q (ref %s): %s", c.input, c.ref.Format("2006-01-02"), why))
			}
		}
		var rs []string
		for r, n := range reasons {
			rs = append(rs, r+" "+strconv.Itoa(n))
		}
		sort.Strings(rs)
		t.Logf("%s: %d cases, %d in scope, %d pass (%.1f%%); out of scope: %s",
			filepath.Base(path), len(cases), in, pass, 100*dateRatio(pass, in), strings.Join(rs, ", "))
		if verbose {
			for _, f := range fails {
				t.Logf("  FAIL %s", f)
			}
		}
	}
}
