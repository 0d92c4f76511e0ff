package fact

import (
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// dateCases are Duckling-style examples: an input, a reference date ("" for
// none) and the dates expected, written "text=value" or "text=value..end"
// and joined by " ; " (an empty want expects no date).
var dateCases = []struct {
	in, ref, want string
}{
	// ---- every date fact of the seed gold files (contexts abridged)
	{"中新网山西新闻12月30日电 项目建设是", "2021-12-31", "12月30日=2021-12-30"},
	{"今年以来,潞城区坚持", "2021-12-31", "今年=2021"},
	{"《长治市潞城区2021年招商引资工作实施方案》", "2021-12-31", "2021年=2021"},
	{"截至11月底,全区", "2021-12-31", "11月底=2021-11"},
	{"预计12月底竣工", "2021-12-31", "12月底=2021-12"},
	{"产业集聚区负责人介绍,2015年他们计划实现", "", "2015年=2015"},
	{"统计数据显示,2020年,襄州区全年实现", "2022-09-27", "2020年=2020"},
	{"去年新引进重点项目112个", "2022-09-27", "去年=2021"},
	{"即将在今年6月底投产", "2022-09-27", "今年6月底=2022-06"},
	{"今年8月建成", "2022-09-27", "今年8月=2022-08"},
	{"“十三五”期间,襄州区", "2022-09-27", "“十三五”期间=2016..2020"},
	{"去年9月签约", "2022-09-27", "去年9月=2021-09"},
	{"订单大幅增加,2021年产值预计达到6亿元", "2022-09-27", "2021年=2021"},
	{"比去年增长50%", "2022-09-27", "去年=2021"},
	{"3月14日,3月11日", "2022-09-27", "3月14日=2022-03-14 ; 3月11日=2022-03-11"},
	{"去年5月落户", "2022-09-27", "去年5月=2021-05"},
	{"获评2020年度全省", "2022-09-27", "2020年度=2020"},
	{"1月28日,正月初七,春节假期后", "2023-04-15", "1月28日=2023-01-28 ; 正月初七=2023-01-28"},
	{"一季度招商引资项目集中签约仪式", "2023-04-15", "一季度=2023-01..2023-03"},
	{"作为农业大县,2023年,万荣县", "2023-04-15", "2023年=2023"},
	{"3月2日至5日,该县", "2023-04-15", "3月2日至5日=2023-03-02..2023-03-05"},
	{"3月28日晚上9点多", "2023-04-15", "3月28日=2023-03-28"},
	{"2月20日,该县县委书记;3月19日,2月23日;2022年,去年由于", "2023-04-15",
		"2月20日=2023-02-20 ; 3月19日=2023-03-19 ; 2月23日=2023-02-23 ; 2022年=2022 ; 去年=2022"},
	{"在今年全县两会期间", "2023-04-15", "今年=2023"},
	{"去年由于暴雨", "2023-04-15", "去年=2022"},
	// ---- fixtures
	{"预计明年第二季度投产", "2023-07-18", "明年第二季度=2024-04..2024-06"},
	{"计划于2024年底前完成", "2023-07-18", "2024年底=2024-12"},
	{"预计于8月中旬在厦门举办", "2023-07-18", "8月中旬=2023-08"},
	{"今年1-2月", "2023-03-08", "今年1-2月=2023-01..2023-02"},
	{"1至5月,全县", "2023-06-01", "1至5月=2023-01..2023-05"},
	{"明年底投产", "2023-07-20", "明年底=2024-12"},
	{"2022年12月开工", "2023-07-20", "2022年12月=2022-12"},
	{"今年1至4月", "2023-05-12", "今年1至4月=2023-01..2023-04"},
	{"确保“十四五”期间累计引进", "2023-05-12", "“十四五”期间=2021..2025"},
	// ---- absolute forms
	{"2021年12月30日", "", "2021年12月30日=2021-12-30"},
	{"发布于2021-12-31 09:00", "", "2021-12-31=2021-12-31"},
	{"2021.12.31", "", "2021.12.31=2021-12-31"},
	{"2021/12/31", "", "2021/12/31=2021-12-31"},
	{"二〇二三年三月", "", "二〇二三年三月=2023-03"},
	{"二〇二三年三月十五日", "", "二〇二三年三月十五日=2023-03-15"},
	{"二零二二年十二月三十一日", "", "二零二二年十二月三十一日=2022-12-31"},
	{"2023年3月上旬", "", "2023年3月上旬=2023-03"},
	{"2023年12月份", "", "2023年12月份=2023-12"},
	{"2020年以来", "", "2020年=2020"},
	{"2024年2月29日", "", "2024年2月29日=2024-02-29"},
	{"2023年上半年", "", "2023年上半年=2023-01..2023-06"},
	{"2023年前三季度", "", "2023年前三季度=2023-01..2023-09"},
	{"2022年年底", "", "2022年年底=2022-12"},
	{"2023年初", "", "2023年=2023"},
	{"2023年正月初七", "", "2023年正月初七=2023-01-28"},
	// ---- year-less and relative
	{"30号开工", "2023-04-15", ""},
	{"5月30号开工", "2023-04-15", "5月30号=2023-05-30"},
	{"三月初", "2023-04-15", "三月初=2023-03"},
	{"十二月二十三日", "2023-04-15", "十二月二十三日=2023-12-23"},
	{"6月末", "2023-04-15", "6月末=2023-06"},
	{"3月下旬", "2023-04-15", "3月下旬=2023-03"},
	{"前年", "2023-04-15", "前年=2021"},
	{"园区面积由前年的8.6平方公里扩展到15.2平方公里", "2023-04-15", "前年=2021"},
	{"明年5月", "2023-04-15", "明年5月=2024-05"},
	{"今年底", "2023-04-15", "今年底=2023-12"},
	{"今年年底", "2023-04-15", "今年年底=2023-12"},
	{"去年底", "2023-04-15", "去年底=2022-12"},
	{"今年初以来", "2023-04-15", "今年=2023"},
	{"去年同期", "2023-04-15", "去年=2022"},
	{"今年3月28日", "2023-04-15", "今年3月28日=2023-03-28"},
	{"下半年", "2023-04-15", "下半年=2023-07..2023-12"},
	{"去年下半年", "2023-04-15", "去年下半年=2022-07..2022-12"},
	{"第三季度", "2023-04-15", "第三季度=2023-07..2023-09"},
	{"今年前三季度", "2023-04-15", "今年前三季度=2023-01..2023-09"},
	{"一至三季度", "2023-04-15", "一至三季度=2023-01..2023-09"},
	{"一、二季度", "2023-04-15", "一、二季度=2023-01..2023-06"},
	{"4季度", "2023-04-15", "4季度=2023-10..2023-12"},
	// ---- ranges
	{"8月10日至11日", "2023-04-15", "8月10日至11日=2023-08-10..2023-08-11"},
	{"3月2日至4月5日", "2023-04-15", "3月2日至4月5日=2023-03-02..2023-04-05"},
	{"4月12-19日", "2023-04-15", "4月12-19日=2023-04-12..2023-04-19"},
	{"1-3月", "2023-04-15", "1-3月=2023-01..2023-03"},
	{"1月至3月份", "2023-04-15", "1月至3月=2023-01..2023-03"}, // rule: a month range ends at 月
	{"2021年至2023年", "", "2021年至2023年=2021..2023"},
	{"2021—2023年", "", "2021—2023年=2021..2023"},
	{"2021-2023年", "", "2021-2023年=2021..2023"},
	{"2022年3月至2023年5月", "", "2022年3月至2023年5月=2022-03..2023-05"},
	{"2021年12月28日至2022年1月3日", "", "2021年12月28日至2022年1月3日=2021-12-28..2022-01-03"},
	{"12月28日至1月3日", "2023-01-10", "12月28日至1月3日=2023-12-28..2024-01-03"},
	{"3月5日至3日", "2023-04-15", "3月5日=2023-03-05"},
	// ---- five-year plans
	{"十四五规划", "", "十四五=2021..2025"},
	{"“十二五”时期", "", "“十二五”时期=2011..2015"},
	{"“十四五”规划", "", "“十四五”=2021..2025"},
	{"\"十五五\"期间", "", "\"十五五\"期间=2026..2030"}, // rule: straight double quotes belong to a plan
	{"「十五五」时期", "", "十五五=2026..2030"},
	{"十一五期间", "", "十一五期间=2006..2010"},
	// ---- lunar
	{"正月十五", "2023-04-15", "正月十五=2023-02-05"},
	{"腊月二十三", "2023-01-05", "腊月二十三=2023-01-14"},
	{"农历八月十五", "2023-04-15", "农历八月十五=2023-09-29"},
	{"五月初五", "2023-04-15", "五月初五=2023-06-22"},
	{"大年初一", "2024-03-01", "大年初一=2024-02-10"},
	{"大年三十", "2024-03-01", "大年三十=2024-02-09"},
	{"正月初七", "", ""},
	{"农历闰二月初一", "2023-04-15", "农历闰二月初一=2023-03-22"},
	// ---- no reference date: only explicit years
	{"今年以来,今年6月底,3月14日,上半年,2015年", "", "2015年=2015"},
	// ---- not dates
	{"近年来,目前,截至目前,年内,日前,近日,连日来,同日,今春,金秋,全年", "2023-04-15", ""},
	{"年初确定的项目,年前完成", "2023-04-15", ""},
	{"建设期3年,用时8个月,历时一年零六个月,10年来,第3年", "2023-04-15", ""},
	{"年产1,200吨,4S店", "2023-04-15", ""},
	{"电话0359-2021-1231,晋ICP备2021012345号", "2023-04-15", ""},
	{"上世纪80年代,2000年代", "", ""},
	{"有着2000多年历史", "", ""},
	{"13月,32日", "2023-04-15", ""},
	{"2月30日", "2023-04-15", ""},
	{"2023年2月29日", "", "2023年=2023"},
	{"1899年,2101年", "", ""},
	{"1月", "1899-12-31", ""},
	{"过去年均增长5%", "2023-04-15", ""},
	{"说明年度计划", "2023-04-15", ""},
	{"目前年产值达5亿元", "2023-04-15", ""},
	{"如今年轻人", "2023-04-15", ""},
	{"3月初步完成", "2023-04-15", "3月=2023-03"},
	{"3个月,三个月,每月", "2023-04-15", ""},
	{"二十三五个", "2023-04-15", ""},
	{"12021年", "", ""},
	{"3.5亿元,2021.5亿元", "", ""},
	{"春节假期后,除夕夜,国庆", "2023-04-15", ""},
	{"29日", "2023-04-15", ""},
	{"2004下半年", "2023-04-15", ""},
	{"07年3月5日,1357年6月10日", "2023-04-15", ""},
	{"3月 5日", "2023-04-15", "3月 5日=2023-03-05"},
	{"前年11月到去年3月", "2023-04-15", "前年11月到去年3月=2021-11..2022-03"},
	{"1991年农历8月23号", "", "1991年农历8月23号=1991-09-30"},
	{"二零一二年农历正月十五", "", "二零一二年农历正月十五=2012-02-06"},
	{"12月月底", "2023-04-15", "12月月底=2023-12"},
	{"星期一,下午3点", "2023-04-15", ""},
	// ---- narrative: words that point back at the last date stated
	{"2019年3月签约,同年5月开工", "2023-04-15", "2019年3月=2019-03 ; 同年5月=2019-05"}, // rule: 同年 = year of the last date stated
	{"2019年3月签约,同年5月开工", "", "2019年3月=2019-03 ; 同年5月=2019-05"},           // rule: pointing words resolve without ref after an explicit date
	{"项目于2019年签约。并于同年底竣工", "2023-04-15", "2019年=2019 ; 同年底=2019-12"},     // rule: 同年 after 于, across sentences
	{"同年5月开工", "", ""},                       // rule: no date stated and no ref → left out
	{"同年5月开工", "2023-04-15", "同年5月=2023-05"}, // rule: no date stated → ref
	{"2020年,该县实现当年签约、当年开工", "2023-04-15", "2020年=2020 ; 当年=2020 ; 当年=2020"},       // rule: 当年 = year of the last date stated
	{"当年签约当年投产", "2023-04-15", "当年=2023 ; 当年=2023"},                               // rule: 当年 with nothing before → ref
	{"2021年开工,当年度完成投资", "", "2021年=2021 ; 当年度=2021"},                              // rule: 当年 + 度
	{"2021年开工,当年底建成", "", "2021年=2021 ; 当年底=2021-12"},                             // rule: 当年 + year end
	{"2018年签约,次年6月投产", "2023-04-15", "2018年=2018 ; 次年6月=2019-06"},                 // rule: 次年 = year + 1
	{"2021年5月开工,次年年末建成", "", "2021年5月=2021-05 ; 次年年末=2022-12"},                    // rule: 次年 + 年末
	{"今年完成投资50亿元,比上年增长12%", "2022-02-10", "今年=2022 ; 上年=2021"},                    // rule: 上年 = year − 1
	{"计划总量较上年度增长12.5%", "2022-02-10", "上年度=2021"},                                 // rule: 上年度, after 较
	{"2019年全县完成投资80亿元,比上年增长10%", "2023-04-15", "2019年=2019 ; 上年=2018"},            // rule: 上年 counts from the last date stated
	{"上年末,全县", "2023-04-15", "上年末=2022-12"},                                       // rule: 上年 + 末
	{"将在本月底全面动工", "2009-09-11", "本月底=2009-09"},                                    // rule: 本月 with nothing before → ref's month
	{"8月20日签约,本月底开工", "2009-09-11", "8月20日=2009-08-20 ; 本月底=2009-08"},             // rule: 本月 = month of the last date stated with a month
	{"2018年3月5日签约,当月20日开工", "", "2018年3月5日=2018-03-05 ; 当月20日=2018-03-20"},        // rule: 当月 + day
	{"2018年12月签约,次月初开工", "", "2018年12月=2018-12 ; 次月初=2019-01"},                    // rule: 次月 = month + 1, into the next year
	{"于本月10日召开", "2017-03-22", "本月10日=2017-03-10"},                                // rule: 本月 + day, after 于
	{"本月份,全县", "2017-03-22", "本月份=2017-03"},                                       // rule: 本月 + 份
	{"2020年,企业当月完成产值", "", "2020年=2020"},                                          // rule: 当月 needs a month stated or ref
	{"2019年签约。当月开工", "2023-04-15", "2019年=2019"},                                  // rule: 当月 needs a month in the year of the last date stated
	{"2018年3月签约,2019年当月开工", "", "2018年3月=2018-03 ; 2019年=2019"},                   // rule: a month of another year is no anchor
	{"2023年,当月开工", "2023-04-15", "2023年=2023 ; 当月=2023-04"},                       // rule: ref's month after a date of ref's year
	{"2019年比去年增长10%,同年5月开工", "2023-04-15", "2019年=2019 ; 去年=2022 ; 同年5月=2019-05"}, // rule: a comparison base is not stated
	{"去年同期,同年", "2023-04-15", "去年=2022 ; 同年=2023"},                                // rule: 同期 marks a comparison
	{"与2020年相比,当年", "2023-04-15", "2020年=2020 ; 当年=2023"},                         // rule: 相比 marks a comparison
	{"“十三五”期间,同年", "2023-04-15", "“十三五”期间=2016..2020 ; 同年=2023"},                  // rule: a five-year plan is not stated
	{"2019年至2021年,同年", "", "2019年至2021年=2019..2021 ; 同年=2021"},                    // rule: a range states its end
	{"不同年份,相同年龄,同年龄", "2023-04-15", ""},                                           // rule: 同年 only at a clause start; not before 龄
	{"应当年底前完成,相当年轻,每当月初", "2023-04-15", ""},                                       // rule: 当 must not end a word
	{"想起当年的那一幕", "2023-04-15", ""},                                                // rule: 当年的 is "back then"
	{"5000万元以上年产值,上年纪的人", "2023-04-15", ""},                                       // rule: 上年 only at a clause start; not before 纪
	{"此次年会,首次年产,3次年检", "2023-04-15", ""},                                          // rule: 次年 only at a clause start, not after a numeral
	{"日本月饼,成本月度核算,一本月刊", "2023-04-15", ""},                                        // rule: 本月 only at a clause start
	{"本年度", "2023-04-15", ""},                                                     // rule: 本年 is not a pointing word
	// ---- narrative: the year of a sentence
	{"去年5月签订协议,12月开工建设", "2019-08-29", "去年5月=2018-05 ; 12月=2018-12"},                                        // rule: sentence year, forward
	{"去年9月,8月10日至11日", "2022-09-27", "去年9月=2021-09 ; 8月10日至11日=2022-08-10..2022-08-11"},                     // rule: sentence year, not backward
	{"2004年9月不到20个,10月初变为5950个,10月底暴升", "2006-12-27", "2004年9月=2004-09 ; 10月初=2004-10 ; 10月底=2004-10"},      // rule: sentence year, chained
	{"去年5月签约。12月开工", "2019-08-29", "去年5月=2018-05 ; 12月=2019-12"},                                            // rule: the sentence year ends at 。
	{"去年5月签约\n12月开工", "2019-08-29", "去年5月=2018-05 ; 12月=2019-12"},                                           // rule: the sentence year ends at a line break
	{"比去年增长10%,5月份完成", "2023-04-15", "去年=2022 ; 5月份=2023-05"},                                               // rule: a comparison base sets no sentence year
	{"2022年一季度完成30亿元,二季度完成40亿元", "2023-04-15", "2022年一季度=2022-01..2022-03 ; 二季度=2022-04..2022-06"},          // rule: sentence year for sub-year periods
	{"2021年3月签约,5月至8月建设", "2023-04-15", "2021年3月=2021-03 ; 5月至8月=2021-05..2021-08"},                         // rule: sentence year for month ranges
	{"2018年12月28日至1月3日,2月5日", "2023-04-15", "2018年12月28日至1月3日=2018-12-28..2019-01-03 ; 2月5日=2019-02-05"},    // rule: sentence year = the last date stated, the end of a range
	{"2019年3月签约,5月开工", "", "2019年3月=2019-03"},                                                               // rule: year-less dates need ref
	{"6月8日点火。该项目于2007年5月开工,于6月8日开始点火", "2009-06-09", "6月8日=2009-06-08 ; 2007年5月=2007-05 ; 6月8日=2009-06-08"}, // rule: a day repeated takes its first mention's year
	// ---- forms of real reports
	{"2018年十月份招商引资", "2018-10-24", "2018年十月份=2018-10"},                                 // rule: Chinese-numeral month + 份
	{"2024年一季度重点项目", "2024-01-04", "2024年一季度=2024-01..2024-03"},                        // rule: year + quarter, one span
	{"2023年第一季度招商", "", "2023年第一季度=2023-01..2023-03"},                                  // rule: year + 第N季度, one span
	{"相比去年一季度均实现增长", "2023-02-01", "去年一季度=2022-01..2022-03"},                           // rule: relative year + quarter
	{"1到10月,该县", "2020-11-25", "1到10月=2020-01..2020-10"},                               // rule: month range with 到
	{"1—8月,全区", "2018-09-19", "1—8月=2018-01..2018-08"},                                 // rule: month range with an em dash
	{"1-6月份,开复工项目64项", "2022-07-21", "1-6月=2022-01..2022-06"},                          // rule: a month range ends at 月
	{"2018年1-8月份招商引资", "2018-09-19", "2018年1-8月=2018-01..2018-08"},                     // rule: a month range ends at 月, after a year
	{"4月份投产", "2009-03-28", "4月份=2009-04"},                                             // rule: a single month keeps 份
	{"在二00五年由国家发改委确定", "", "二00五年=2005"},                                               // rule: Chinese year with ASCII zeros
	{"该项目在二0一一年建成投产", "", "二0一一年=2011"},                                                // rule: Chinese year with an ASCII zero
	{"二○一一年,二OO五年", "", "二○一一年=2011 ; 二OO五年=2005"},                                     // rule: Chinese year with ○ or O zeros
	{"00五年,0一一年", "", ""},                                                              // rule: a Chinese year starts with a Chinese digit
	{"公司于 2025 年 12 月 29 日召开", "", "2025 年 12 月 29 日=2025-12-29"},                      // rule: spaces around units
	{"建设工期为 2025 年 12 月至 2027 年 6 月。", "", "2025 年 12 月至 2027 年 6 月=2025-12..2027-06"}, // rule: spaces in a range
	{"2021年 3个项目", "", "2021年=2021"},                                                   // rule: a space then no month: the year alone
	{"07年 3月", "2023-04-15", ""},                                                       // rule: a month after a year we do not read, past a space
	{"齐心大道 25 号", "2023-04-15", ""},                                                    // rule: a bare day with spaces is no date
	{"结合国际复材 \" 十五五 \" 发展规划", "", "\" 十五五 \"=2026..2030"},                              // rule: straight quotes padded by spaces
	{"前10个月,全市", "2023-11-10", ""},                                                     // rule: 前N个月 is a duration
	{"今年前5个月,全市", "2023-06-10", "今年=2023"},                                             // rule: only 今年 is a date in 今年前5个月
}

// parseDateWant reads the want column of dateCases.
func parseDateWant(t *testing.T, want string) []dateKey {
	var out []dateKey
	if want == "" {
		return nil
	}
	for _, w := range strings.Split(want, " ; ") {
		text, v, ok := strings.Cut(w, "=")
		if !ok {
			t.Fatalf("bad want %q", w)
		}
		from, to, _ := strings.Cut(v, "..")
		out = append(out, dateKey{text: text, value: from, end: to})
	}
	return out
}

func TestDates(t *testing.T) {
	for _, c := range dateCases {
		var ref time.Time
		if c.ref != "" {
			var err error
			if ref, err = time.Parse("2006-01-02", c.ref); err != nil {
				t.Fatal(err)
			}
		}
		var got []dateKey
		for _, f := range Dates(c.in, ref) {
			if f.Kind != KindDate || c.in[f.Start:f.End] != f.Text {
				t.Errorf("%q: bad fact %+v", c.in, f)
			}
			got = append(got, dateKey{text: f.Text, value: f.Date.String(), end: f.Until.String()})
		}
		want := parseDateWant(t, c.want)
		if len(got) != len(want) {
			t.Errorf("Dates(%q, %q) = %v, want %v", c.in, c.ref, got, want)
			continue
		}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("Dates(%q, %q) = %v, want %v", c.in, c.ref, got, want)
				break
			}
		}
	}
	if len(dateCases) < 60 {
		t.Errorf("only %d cases", len(dateCases))
	}
}

// TestDatesJSON checks the JSON form of a date range.
func TestDatesJSON(t *testing.T) {
	fs := Dates("3月2日至5日", time.Date(2023, 4, 15, 9, 0, 0, 0, time.UTC))
	if len(fs) != 1 {
		t.Fatalf("got %v", fs)
	}
	b, err := fs[0].MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	want := `{"kind":"date","text":"3月2日至5日","start":0,"end":15,"value":"2023-03-02","value_end":"2023-03-05"}`
	if string(b) != want {
		t.Errorf("got  %s\nwant %s", b, want)
	}
}

// TestLunarTable checks the generated table against the Spring Festival
// dates check_gold.py states, and a few other calendar facts.
func TestLunarTable(t *testing.T) {
	for y, md := range map[int][2]int{2019: {2, 5}, 2020: {1, 25}, 2021: {2, 12}, 2022: {2, 1},
		2023: {1, 22}, 2024: {2, 10}, 2025: {1, 29}, 1900: {1, 31}, 2000: {2, 5}, 2099: {1, 21}} {
		d, ok := lunarToDate(y, 1, false, 1)
		if want := (Date{y, md[0], md[1]}); !ok || d != want {
			t.Errorf("正月初一 %d = %v, want %v", y, d, want)
		}
	}
	for _, c := range []struct {
		y, m  int
		leap  bool
		d     int
		want  Date
		valid bool
	}{
		{2023, 2, true, 1, Date{2023, 3, 22}, true}, // 2023 has a leap 2nd month
		{2023, 3, true, 1, Date{}, false},
		{2020, 4, true, 1, Date{2020, 5, 23}, true},
		{2023, 8, false, 15, Date{2023, 9, 29}, true}, // Mid-Autumn
		{2022, 12, false, 23, Date{2023, 1, 14}, true},
		{2023, 1, false, 31, Date{}, false},
	} {
		d, ok := lunarToDate(c.y, c.m, c.leap, c.d)
		if ok != c.valid || d != c.want {
			t.Errorf("lunarToDate(%d, %d, %v, %d) = %v, %v", c.y, c.m, c.leap, c.d, d, ok)
		}
	}
	// every year's months add up to the next new year
	for y := lunarFirstYear; y < lunarFirstYear+len(lunarYears)-1; y++ {
		first, _, months, _ := lunarYear(y)
		next, _, _, _ := lunarYear(y + 1)
		total := 0
		for _, n := range months {
			total += n
		}
		if !first.AddDate(0, 0, total).Equal(next) {
			t.Errorf("lunar year %d does not end where %d begins", y, y+1)
		}
	}
}

// checkDates checks the invariants every result of Dates keeps.
func checkDates(t *testing.T, s string, fs []Fact) {
	t.Helper()
	end := 0
	for _, f := range fs {
		if f.Kind != KindDate || f.Start < end || f.End <= f.Start || f.End > len(s) || s[f.Start:f.End] != f.Text {
			t.Fatalf("%q: bad span %+v", s, f)
		}
		end = f.End
		if !utf8.ValidString(f.Text) && utf8.ValidString(s) {
			t.Fatalf("%q: text %q splits a rune", s, f.Text)
		}
		for _, d := range []Date{f.Date, f.Until} {
			if d.IsZero() {
				continue
			}
			if d.Year < 1900 || d.Year > 2101 || d.Month < 0 || d.Month > 12 || d.Month == 0 && d.Day != 0 ||
				d.Day != 0 && !dateValidDay(d.Year, d.Month, d.Day) {
				t.Fatalf("%q: invalid date %+v in %+v", s, d, f)
			}
		}
		if f.Date.IsZero() {
			t.Fatalf("%q: no date in %+v", s, f)
		}
		if !f.Until.IsZero() && !dateBefore(f.Date, f.Until) {
			t.Fatalf("%q: Until not after Date in %+v", s, f)
		}
	}
}

func FuzzDates(f *testing.F) {
	for _, c := range dateCases {
		f.Add(c.in, int64(1681545600)) // 2023-04-15
	}
	f.Add("2021年12月28日至2022年1月3日,正月初七,“十三五”期间", int64(0))
	f.Add("大年三十 腊月二十三 12月28日至1月3日", int64(-2208988800))
	f.Fuzz(func(t *testing.T, s string, unix int64) {
		var ref time.Time
		if unix != 0 {
			ref = time.Unix(unix%(1<<40), 0).UTC()
		}
		checkDates(t, s, Dates(s, ref))
	})
}

// dateBenchBodies returns the title and body text of the seed gold files.
func dateBenchBodies(b *testing.B) []string {
	files, _ := filepath.Glob("../../../shared/seeds/*.gold.json")
	more, _ := filepath.Glob("../../testdata/text/*.gold.json")
	var out []string
	for _, path := range append(files, more...) {
		text, _, _ := dateGoldCase(b, path)
		out = append(out, text)
	}
	if len(out) == 0 {
		b.Skip("no gold files")
	}
	return out
}

func BenchmarkDates(b *testing.B) {
	ref := time.Date(2023, 4, 15, 0, 0, 0, 0, time.UTC)
	benchBodies(b, dateBenchBodies(b), func(s string) { Dates(s, ref) })
}
