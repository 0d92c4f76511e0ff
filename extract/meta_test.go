package extract

import (
	"slices"
	"testing"
)

func TestParseStamp(t *testing.T) {
	for _, c := range []struct {
		in, want string
	}{
		{"时间:2021-12-31 09:00:14 | 来源:中新网山西", "2021-12-31T09:00:14"},
		{"2022-09-27 05:49:11 2158", "2022-09-27T05:49:11"},
		{"发表于 2023-4-15 09:47:31 | 显示全部楼层", "2023-04-15T09:47:31"},
		{"2022年11月03日 08:45", "2022-11-03T08:45:00"},
		{"发布日期:2023-09-14 来源:某县融媒体中心", "2023-09-14"},
		{"2023/07/18 10:42 来源：两岸经贸网", "2023-07-18T10:42:00"},
		{"2022.9.27", "2022-09-27"},
		{"2023-02-30", ""},                 // no such day
		{"2023-13-01", ""},                 // no such month
		{"2023-05-12 25:61", "2023-05-12"}, // a bad clock time leaves the date
		{"项目于2023年开工", ""},                 // a year is not a stamp
		{"1999-12-31T23:59:59", "1999-12-31T23:59:59"},
	} {
		ts, _, _, ok := parseStamp(c.in)
		if got := ts.String(); got != c.want || ok != (c.want != "") {
			t.Errorf("parseStamp(%q) = %q, %v; want %q", c.in, got, ok, c.want)
		}
	}
}

func TestStampLine(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"2022-09-27 05:49:11 2158", true},
		{"2023年05月12日 星期五", true},
		{"2022年11月03日 08:45", true},
		{"发布时间：2023年6月1日", true},
		{"2023年5月12日青川县重点项目集中签约仪式举行", false}, // a headline with a date
		{"5月11日，青川县举行招商引资项目集中签约仪式，共签约项目12个，总投资86.5亿元。", false},
		{"UID: 20358 帖子 1462 注册时间 2012-03-16", false}, // not a publication date
		{"青川日报 2023年06月12日 第03版：经济", true},            // an e-paper's edition line
		{"青川日报 2023年06月12日 第A3版", true},
		{"2023年6月12日青川县第二批重点项目开工", false},
	} {
		if got := newLine(c.in).stamp != nil; got != c.want {
			t.Errorf("stamp of %q: %v, want %v", c.in, got, c.want)
		}
	}
}

func TestParseByline(t *testing.T) {
	for _, c := range []struct {
		in       string
		needRole bool
		want     []string
	}{
		{"记者 宋 玉", true, []string{"宋玉"}},
		{"记者 韩维元 李 斌 通讯员 马逢春", true, []string{"韩维元", "李斌", "马逢春"}},
		{"文/图 记者 潘 越 通讯员 戴明亮", true, []string{"潘越", "戴明亮"}},
		{"记者 张雪飞 王世翠", true, []string{"张雪飞", "王世翠"}},
		{"李亚鑫 田伟男", false, []string{"李亚鑫", "田伟男"}},
		{"李亚鑫 田伟男", true, nil}, // bare names need a role on a line of their own
		{"新京报记者 彭冲 山东冠县报道", true, []string{"彭冲"}},
		{"记者蔡宜蓁／综合报导", true, []string{"蔡宜蓁"}},
		{"撰稿:王晓燕 审核:赵 立", true, []string{"王晓燕"}}, // reviewers are not authors
		{"编辑：孙 悦 审核：马 骁", true, []string{}},
		{"记者从县发改局获悉", true, nil},
		{"作者最新文章", true, nil},
		{"文化产业", true, nil},
		{"湖北", false, nil},
		{"完", false, nil},
		{"本报记者 程立新 整理", true, []string{"程立新"}},
		{"江城新闻网记者 曹 颖 实习生 柳青禾", true, []string{"曹颖", "柳青禾"}},
		{"来源：河间日报 | 作者：许文博", true, nil}, // a metadata line, read by labeledAuthors
	} {
		got, ok := parseByline(c.in, c.needRole)
		if c.want == nil {
			if ok {
				t.Errorf("parseByline(%q) = %q, want no byline", c.in, got)
			}
			continue
		}
		if !ok || !slices.Equal(got, c.want) && len(got)+len(c.want) > 0 {
			t.Errorf("parseByline(%q) = %q, %v; want %q", c.in, got, ok, c.want)
		}
	}
}

func TestLabeledAuthors(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"发布日期:2023-09-14 来源:岷西县融媒体中心 作者:杨 帆 周 洁", []string{"杨帆", "周洁"}},
		{"2023-08-09 19:26:44 来源：北疆新闻 记者：其其格 王 鹏", []string{"其其格", "王鹏"}},
		{"2023-03-08 09:15:22 来源: 宁川日报 作者: 许文博", []string{"许文博"}},
		{"来源：某某号 作者：财经观察君", []string{"财经观察君"}},
		{"来源: 宁川日报", nil},
		{"作者：许文博　2023/12/05　来源：宁川新闻网", []string{"许文博"}}, // the stamp ends the name
		{"来源：河间日报 | 作者：许文博 | 编辑：李想", []string{"许文博"}},
		{"作者：记者 顾明远 通讯员 柳青禾参与 1.8万 评论 36", []string{"顾明远", "柳青禾"}}, // a counter glued to the name
		{"作者：何一帆 点击数：", []string{"何一帆"}},
		{"记者 周文博", []string{"周文博"}}, // 文 inside a name is not the label 文/
	} {
		if got := labeledAuthors(c.in); !slices.Equal(got, c.want) {
			t.Errorf("labeledAuthors(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestAuthorTail(t *testing.T) {
	for _, c := range []struct {
		in, rest string
		authors  []string
	}{
		{"全方位推进潞城高质量发展。(李亚鑫 田伟男)", "全方位推进潞城高质量发展。", []string{"李亚鑫", "田伟男"}},
		{"打造“襄州标杆”。(记者 张雪飞 王世翠)", "打造“襄州标杆”。", []string{"张雪飞", "王世翠"}},
		{"项目落户襄州（记者 王五）", "项目落户襄州", []string{"王五"}},
		{"项目落户襄州(湖北)", "项目落户襄州(湖北)", nil},
		{"由科德智能(以下简称“科德”)生产", "由科德智能(以下简称“科德”)生产", nil},
		{"完成投资40亿元。(完)", "完成投资40亿元。(完)", nil},
	} {
		rest, _, authors, ok := authorTail(c.in)
		if !ok {
			rest = c.in
		}
		if rest != c.rest || !slices.Equal(authors, c.authors) {
			t.Errorf("authorTail(%q) = %q, %q; want %q, %q", c.in, rest, authors, c.rest, c.authors)
		}
	}
}

func TestLeadByline(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"本报讯(记者 张三 通讯员 李四)3月5日,…", []string{"张三", "李四"}},
		{"新华社北京3月5日电（记者 王五、赵六）…", []string{"王五", "赵六"}},
		{"中新网山西新闻12月30日电 项目建设是经济发展的生命线", nil},
		{"湖北科德智能装备有限公司(以下简称“科德智能”)生产", nil},
	} {
		if got := leadByline(c.in); !slices.Equal(got, c.want) {
			t.Errorf("leadByline(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestLeadOutlet(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"青川观察6月3日讯 当天上午，青川县…", "青川观察"},
		{"青川新闻网讯（记者 张三）近日，…", "青川新闻网"},
		{"本报讯（记者 张三）6月3日，…", ""},
		{"园区传来喜讯，首批项目投产", ""},
		{"6月3日讯 当天上午", ""},
	} {
		if got := leadOutlet(c.in); got != c.want {
			t.Errorf("leadOutlet(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestTrimByline(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"本报讯（记者 张三 通讯员 李四）", "记者 张三 通讯员 李四"},
		{"（记者 张三）", "记者 张三"},
		{"青川县召开项目推进会（图）", "青川县召开项目推进会（图）"},
	} {
		if got := trimByline(c.in); got != c.want {
			t.Errorf("trimByline(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestAccountName(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"原创 青川发布 青川发布", "青川发布"},
		{"青川发布", "青川发布"},
		{"原创 张三 青川发布", "张三 青川发布"},
	} {
		if got := accountName(c.in); got != c.want {
			t.Errorf("accountName(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestParseSource(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"时间:2021-12-31 09:00:14 | 来源:中新网山西", "中新网山西"},
		{"来源: 中国纺织网", "中国纺织网"},
		{"发布时间:2023-06-01 10:20　　来源:凤岐县发展和改革局　　浏览次数:356", "凤岐县发展和改革局"},
		{"信息来源：内蒙古日报", "内蒙古日报"},
		{"转自：青川县人民政府网　作者：张三", "青川县人民政府网"},
		{"摘自：青川日报", "青川日报"},
		{"来源：网络", ""},
		{"（据《华南建材报》报道）", "华南建材报"},
		{"据江城日报消息", "江城日报"},
		{"（本文转载自《江城日报》2025年1月16日第2版）", "江城日报"},
		{"来源：《江城日报》", "江城日报"},
		{"来源广泛的一行", ""},
		{"没有出处的一行", ""},
	} {
		if got := parseSource(c.in); got != c.want {
			t.Errorf("parseSource(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestIsName(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"张雪飞", true}, {"宋玉", true}, {"欧阳志远", true}, {"陈李淑贞", true},
		{"阿卜杜拉·买买提", true}, {"最新文章", false}, {"概况", false}, {"王", false},
		{"张三丰四五", false}, {"Tom", false},
		{"高阳日报", false}, // two surnames, but a newspaper
	} {
		if got := isName(c.in); got != c.want {
			t.Errorf("isName(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestEpaperName(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"江城日报数字报", "江城日报"},
		{"江城晚报电子版", "江城晚报"},
		{"江城新闻网", ""},
		{"数字报", ""},
	} {
		if got := epaperName(c.in); got != c.want {
			t.Errorf("epaperName(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
