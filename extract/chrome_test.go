package extract

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestClassify pins the first verdict on single lines: chrome lines with
// their reasons, and body lines that merely contain a chrome word.
func TestClassify(t *testing.T) {
	for _, c := range []struct {
		line   string
		kind   lineKind
		reason Reason
	}{
		{"您的位置:首页 >房产 >", chrome, ReasonNav},
		{"首页 | 本地新闻 | 乡镇动态 | 部门动态", chrome, ReasonNav},
		{"雅虎 - 财经 - 新闻  - 科技  - 旅游", chrome, ReasonNav},
		{"打印          关闭          收藏", chrome, ReasonNav},
		{"宁川网 > 经济 > 正文", chrome, ReasonNav},
		{"相关资讯", chrome, ReasonRelated},
		{"资讯排行", chrome, ReasonRelated},
		{"相关阅读:宁川高新区入选省级特色产业集群培育名单", chrome, ReasonRelated},
		{"友情链接", chrome, ReasonRelated},
		{"版权声明:本站所有文章皆是来自互联网,如内容侵权可以联系我们删除!", chrome, ReasonCopyright},
		{"郑重声明:本文版权归原作者所有,转载文章仅为传播更多信息之目的", chrome, ReasonCopyright},
		{"责任编辑:wq", meta, ReasonEditor},
		{"【责任编辑：王冬梅】", meta, ReasonEditor},
		{"摘要:统计数据显示,2020年,襄州区全年实现规模以上工业总产值921.7亿元", meta, ReasonSummary},
		{"时间:2021-12-31 09:00:14 | 来源:中新网山西", meta, ReasonMeta},
		{"2022-09-27 05:49:11 2158", meta, ReasonMeta},
		{"发表于 2023-4-15 09:47:31 | 显示全部楼层 |阅读模式", meta, ReasonMeta},
		{"记者 韩维元 李 斌 通讯员 马逢春", meta, ReasonByline},
		{"（撰稿:王晓燕　审核:赵　立）", meta, ReasonByline},
		{"查看心情排行你看到此篇文章的感受是:", chrome, ReasonShare},
		{"【字体：大 中 小】", chrome, ReasonShare},
		{"找回密码", chrome, ReasonForum},
		{"您需要登录后才可以回帖 登录 | 立即注册", chrome, ReasonForum},
		{"Powered by Discuz! X3.4", chrome, ReasonFooter},
		{"GMT+8, 2024-11-13 11:22 , Processed in 0.044704 second(s), 11 queries , Redis On.", chrome, ReasonFooter},
		{"小黑屋|手机版|Archiver|关于我们|智新云网络 ( 蜀ICP备18012146号-1 )", chrome, ReasonForum},
		{"快速回复 返回顶部 返回列表", chrome, ReasonForum},
		{"全球用户最多的交易所", chrome, ReasonAd},
		{"欧易(OKX)", chrome, ReasonAd},
		{"扫码下载", chrome, ReasonAd},
		{"点击上方蓝字关注我们", chrome, ReasonAd},
		{"文章 1286 总阅读 86.4万", meta, ReasonMeta},
		{"阅读 (3218)", meta, ReasonMeta},
		{"岷西县融媒体中心主办", chrome, ReasonSite},
		// Body lines that merely contain chrome words stay prose.
		{"教育、人社等相关部门还选派了工作能力强的干部留驻企业提供服务。", content, ""},
		{"县里将重点支持企业上云用数、智能化改造,以及软件著作权和版权登记等知识产权保护工作。", content, ""},
		{"会上,3家企业代表作了交流发言,分享了在汶阳投资兴业的经历和体会。", content, ""},
		{"他已经向3家上游供应商推荐了高新区。", content, ""},
		{"提供法律咨询与资料下载等一站式服务。", content, ""},
		// Subheadings are neutral, not chrome.
		{"创新机制 建好园区引项目", neutral, ""},
		{"招商引资——争", neutral, ""},
		{"亮点纷呈 发展质效双提升", neutral, ""},
	} {
		l := newLine(c.line)
		if v := classify(&l); v.kind != c.kind || v.reason != c.reason {
			t.Errorf("classify(%q) = %v %q, want %v %q", c.line, v.kind, v.reason, c.kind, c.reason)
		}
	}
}

func TestCopyrightCuesFit(t *testing.T) {
	if len(copyrightCues) > 32 {
		t.Fatalf("%d copyright cues do not fit the uint32 set in copyrightScore", len(copyrightCues))
	}
}

// TestCleanShapes runs the cleaner on small pages that isolate one layout.
func TestCleanShapes(t *testing.T) {
	for _, c := range []struct {
		name, page string
		title      string
		body       []string
	}{
		{
			name:  "no header, no title",
			page:  "第一段正文,介绍了项目的基本情况。\n第二段正文,总投资3亿元。\n来源: 某某网\n相关资讯\n- 标题一\n- 标题二",
			title: "",
			body:  []string{"第一段正文,介绍了项目的基本情况。", "第二段正文,总投资3亿元。"},
		},
		{
			name: "a list of projects is content",
			page: "澄溪县重点项目一览\n2024-03-02 来源：澄溪日报\n今年，澄溪县安排重点项目12个，总投资86亿元，部分项目如下：\n" +
				"· 年产10万吨环保涂料项目，总投资5亿元，3月开工；\n· 澄溪物流园二期工程，投资2.8亿元，年底竣工；\n" +
				"· 年产800台农机装备项目，总投资1.2亿元，6月投产；\n· 城区污水管网改造工程，投资9000万元，4月开工。\n" +
				"县发改局表示，将为项目建设做好服务保障。\n相关新闻\n- 澄溪县召开招商引资推进会 03-01\n- 澄溪新材料项目完成选址 02-27\n- 全县一季度经济运行情况 02-20",
			title: "澄溪县重点项目一览",
			body: []string{"今年，澄溪县安排重点项目12个，总投资86亿元，部分项目如下：",
				"· 年产10万吨环保涂料项目，总投资5亿元，3月开工；", "· 澄溪物流园二期工程，投资2.8亿元，年底竣工；",
				"· 年产800台农机装备项目，总投资1.2亿元，6月投产；", "· 城区污水管网改造工程，投资9000万元，4月开工。",
				"县发改局表示，将为项目建设做好服务保障。"},
		},
		{
			name: "a list of headlines stays chrome",
			page: "某县新开工项目二十个\n时间:2023-01-02\n第一段正文,介绍了项目的基本情况和投资规模,总投资十亿元,涉及新材料和装备制造等领域。\n" +
				"第二段正文,项目已经开工建设,预计明年投产,达产后年产值可达二十亿元。\n· 某县新材料项目完成选址\n· 某县一季度签约项目12个 01-05\n· 某县召开项目推进会",
			title: "某县新开工项目二十个",
			body:  []string{"第一段正文,介绍了项目的基本情况和投资规模,总投资十亿元,涉及新材料和装备制造等领域。", "第二段正文,项目已经开工建设,预计明年投产,达产后年产值可达二十亿元。"},
		},
		{
			name:  "title repeated in the body",
			page:  "某县签约三个项目\n2023-01-02 10:00\n某县签约三个项目\n1月1日,某县签约三个项目,总投资5亿元。\n其中两个项目已经开工。",
			title: "某县签约三个项目",
			body:  []string{"1月1日,某县签约三个项目,总投资5亿元。", "其中两个项目已经开工。"},
		},
		{
			name:  "ad block between paragraphs",
			page:  "某县新开工项目二十个\n时间:2023-01-02\n第一段正文,介绍了项目的基本情况和投资规模,总投资十亿元,涉及新材料和装备制造等领域。\n某某新闻客户端\n下载APP 看更多新闻\n扫码下载\n第二段正文,项目已经开工建设,预计明年投产,达产后年产值可达二十亿元。",
			title: "某县新开工项目二十个",
			body:  []string{"第一段正文,介绍了项目的基本情况和投资规模,总投资十亿元,涉及新材料和装备制造等领域。", "第二段正文,项目已经开工建设,预计明年投产,达产后年产值可达二十亿元。"},
		},
		{
			name:  "account card between headline and text",
			page:  "某某发布\n原创 某某融媒 某某发布 2024-02-20 18:30\n某区一季度重点项目集中开工\n某某发布\n区委宣传部官方公众号，发布权威资讯。\n关注\n2月17日，某区一季度重点项目集中开工仪式举行，此次集中开工项目48个，总投资211.3亿元。\n其中，产业项目36个，总投资176亿元，占比83.3%。",
			title: "某区一季度重点项目集中开工",
			body:  []string{"2月17日，某区一季度重点项目集中开工仪式举行，此次集中开工项目48个，总投资211.3亿元。", "其中，产业项目36个，总投资176亿元，占比83.3%。"},
		},
		{
			name:  "headline, subtitle, source",
			page:  "某某日报数字报\n上一版 下一版\n小轴承转出大集群\n——某县轴承产业集群发展观察\n来源：某某日报\n走进某县轴承产业园，一排排厂房整齐排列，自动化生产线上机械臂往来穿梭，年产轴承超过10亿套。\n某县现有轴承及配套企业682家，其中规上企业143家。",
			title: "小轴承转出大集群",
			body:  []string{"走进某县轴承产业园，一排排厂房整齐排列，自动化生产线上机械臂往来穿梭，年产轴承超过10亿套。", "某县现有轴承及配套企业682家，其中规上企业143家。"},
		},
		{
			name:  "notice with its number and signature",
			page:  "关于全市重点项目建设进展情况的通报\n发布时间：2024-09-14 信息来源：市发改委\n【字体：大 中 小】【打印】\n某发改重点〔2024〕47号\n各县（市、区）发展改革局：\n现将1-8月全市重点项目建设进展情况通报如下：全市426个重点项目累计完成投资846.2亿元，占年度计划的72.5%。\n各地要紧盯全年目标，倒排工期、挂图作战，确保完成全年任务。\n某市发展和改革委员会\n2024年9月13日\n附件：进展情况表.xls\n【打印本页】【关闭窗口】",
			title: "关于全市重点项目建设进展情况的通报",
			body: []string{"某发改重点〔2024〕47号", "各县（市、区）发展改革局：", "现将1-8月全市重点项目建设进展情况通报如下：全市426个重点项目累计完成投资846.2亿元，占年度计划的72.5%。",
				"各地要紧盯全年目标，倒排工期、挂图作战，确保完成全年任务。", "某市发展和改革委员会", "2024年9月13日"},
		},
		{
			name:  "related list under a header not in the vocabulary",
			page:  "某市投资推介会签约项目29个\n发布日期：2025-04-22\n4月21日，某市投资推介会在上海举行，现场签约项目29个，总金额286.7亿元，涵盖汽车零部件、生物医药等领域。\n推介会期间还举办了两场专题对接会，与56家企业进行了一对一洽谈。\n相关园区推荐\n某某经济技术开发区 | 主导产业：汽车零部件、新材料 | 面积：86平方公里\n某某高新技术产业开发区 | 主导产业：电子信息、生物医药 | 面积：42平方公里",
			title: "某市投资推介会签约项目29个",
			body:  []string{"4月21日，某市投资推介会在上海举行，现场签约项目29个，总金额286.7亿元，涵盖汽车零部件、生物医药等领域。", "推介会期间还举办了两场专题对接会，与56家企业进行了一对一洽谈。"},
		},
		{
			name:  "only chrome",
			page:  "首页 | 新闻 | 财经\n相关推荐\n返回顶部\nCopyright © 2023",
			title: "",
			body:  nil,
		},
	} {
		got := clean(splitLines(c.page), nil, nil, nil)
		if got.title != c.title || strings.Join(got.paragraphs, "\n") != strings.Join(c.body, "\n") {
			t.Errorf("%s: title %q body %q; want %q %q", c.name, got.title, got.paragraphs, c.title, c.body)
		}
	}
}

// TestCounterFirst checks that counterFirst holds the first rune of every
// word of counterRE, which it guards.
func TestCounterFirst(t *testing.T) {
	re := counterRE.String()
	words := re[strings.Index(re, "(?:(?:")+6 : strings.Index(re, ")[")]
	for _, w := range strings.Split(words, "|") {
		if r, _ := utf8.DecodeRuneInString(w); !strings.ContainsRune(counterFirst, r) {
			t.Errorf("counterFirst lacks %q, the first rune of %q", r, w)
		}
	}
	if _, ok := matchChrome("点赞 12 评论 3", lineKey("点赞 12 评论 3"), 9); !ok {
		t.Error("a counter line is not chrome")
	}
}

// TestHasYear checks the guard of parseStamp.
func TestHasYear(t *testing.T) {
	for s, want := range map[string]bool{"2023-04-15": true, "发布于1998年": true, "209": false, "2100年": false, "": false, "201": false, "1899-1901": true} {
		if got := hasYear(s); got != want {
			t.Errorf("hasYear(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestTableRows checks that the header row of a table saved as text stays
// in the article, while a table of navigation links stays chrome.
func TestTableRows(t *testing.T) {
	page := strings.Join([]string{
		"首页\t新闻\t政务\t服务\t互动",
		"要闻\t动态\t通知\t公示\t专题",
		"青川县重点项目建设进展顺利",
		"今年以来，青川县坚持项目为王，重点项目建设进展顺利，全年完成投资48.6亿元，占年度计划的104%。",
		"青川县部分重点项目一览表",
		"序号\t项目名称\t建设单位\t总投资\t建设进度",
		"1\t年产5万吨新材料项目\t青川新材料有限公司\t12亿元\t主体完工",
		"2\t物流园一期工程\t青川城投有限公司\t8.5亿元\t已投用",
		"下一步，青川县将持续优化营商环境，推动更多项目早开工、早投产、早见效，为全县经济发展注入新动能。",
	}, "\n")
	c := clean(splitLines(page), nil, nil, nil)
	body := strings.Join(c.paragraphs, "\n")
	for _, want := range []string{"青川县部分重点项目一览表", "序号\t项目名称\t建设单位\t总投资\t建设进度", "2\t物流园一期工程"} {
		if !strings.Contains(body, want) {
			t.Errorf("body lacks %q:\n%s", want, body)
		}
	}
	if strings.Contains(body, "首页") || strings.Contains(body, "要闻") {
		t.Errorf("navigation table in the body:\n%s", body)
	}
}
