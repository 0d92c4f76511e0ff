package extract

import (
	"math/bits"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds the vocabulary of page chrome: the words and phrases that
// mark a line as navigation, a control, an advertisement, a list header or a
// legal notice rather than article text. Phrases are written in key form (see
// lineKey): no white space, ASCII punctuation, lower-case Latin letters.
//
// A phrase alone never removes a long body paragraph: contains-phrases only
// apply to short lines (see classify), so a sentence that merely mentions
// 相关部门 or 版权 stays.

// wholeLine maps lines that are chrome in their entirety to a reason.
var wholeLine = map[string]Reason{}

// blockHeader maps the headers of related lists, comment sections and legal
// blocks to the reason shared by the lines that follow them.
var blockHeader = map[string]Reason{}

// prefixRules are phrases that mark a line as chrome when the line starts
// with them, indexed by their first rune.
var prefixRules = map[rune][]phrase{}

// containsRules are phrases that mark a short line as chrome wherever they
// occur in it, indexed by their first rune.
var containsRules = map[rune][]phrase{}

// copyrightCues are the words of legal notices; several of them together
// make a line a copyright or disclaimer notice. Topic words (版权, 著作权,
// 知识产权) are left out: articles about them are not notices.
var copyrightCues = []string{
	"侵权", "转载", "删除", "本网", "本站", "授权", "原作者", "作者所有", "版权归", "版权均属",
	"观点仅代表", "不代表", "信息存储空间", "法律责任", "法律顾问", "律师事务所", "联系我们",
	"稿件来源", "作者本人", "文责自负", "仅供参考", "只供参考", "传播更多信息", "摘编", "未经",
	"投资建议", "不构成",
}

// A phrase is one chrome phrase with the reason it gives and whether it is
// strong: strong phrases are unambiguous (ICP备, Powered by, 返回顶部) and
// remove a short line anywhere, even between paragraphs; weak ones (交易所,
// 关注) only count outside the article.
type phrase struct {
	key    string
	reason Reason
	strong bool
}

func init() {
	whole := func(r Reason, keys ...string) {
		for _, k := range keys {
			wholeLine[k] = r
		}
	}
	block := func(r Reason, keys ...string) {
		for _, k := range keys {
			blockHeader[k] = r
		}
	}
	prefix := func(r Reason, keys ...string) {
		for _, k := range keys {
			first, _ := utf8.DecodeRuneInString(k)
			prefixRules[first] = append(prefixRules[first], phrase{k, r, true})
		}
	}
	contains := func(r Reason, strong bool, keys ...string) {
		for _, k := range keys {
			first, _ := utf8.DecodeRuneInString(k)
			containsRules[first] = append(containsRules[first], phrase{k, r, strong})
		}
	}

	whole(ReasonNav, "首页", "返回首页", "网站首页", "主页", "登录", "注册", "登录|注册", "设为首页",
		"加入收藏", "加入最爱", "english", "无障碍", "关怀版", "长者模式", "网站地图", "搜索", "繁体",
		"简体", "繁体版", "简体版", "更多", "更多>>", "more", "更多>", "查看更多", "展开全文", "加载更多",
		"点击加载更多", "上一页", "下一页", "返回", "目录", "菜单", "导航", "频道")
	whole(ReasonForum, "关闭", "开启左侧", "[复制链接]", "复制链接", "qq登录", "微信登录", "本版积分规则",
		"只看该作者", "只看楼主", "楼主", "沙发", "板凳", "地板", "回复", "引用", "举报", "支持", "反对",
		"使用道具", "电梯直达", "倒序浏览", "阅读模式", "返回列表", "快速回复", "返回顶部", "发帖", "回帖",
		"发表回复", "x", "×", "置顶", "精华", "帖子", "主题", "积分", "发消息", "加好友", "打招呼")
	whole(ReasonShare, "收藏", "分享", "点赞", "在看", "赞", "打印", "纠错", "[纠错]", "[打印]", "[关闭]",
		"关注", "+关注", "已关注", "取消关注", "转发", "微信", "微博", "qq空间", "朋友圈", "复制链接地址",
		"阅读原文", "阅读全文", "字号", "大", "中", "小", "a+", "a-", "列印", "分享至", "分享到")
	whole(ReasonComment, "评论", "留言", "写留言", "写评论", "发表", "提交", "提交评论", "取消", "确定")
	whole(ReasonNav, "上一篇", "下一篇", "上一条", "下一条")
	whole(ReasonMeta, "原创", "原创:", "转载", "置顶", "作者简介", "作者介绍")
	whole(ReasonFooter, "end", "-end-", "—end—", "theend", "(完)", "(全文完)")

	block(ReasonRelated, "相关资讯", "资讯排行", "相关推荐", "相关阅读", "相关新闻", "相关文章", "相关链接",
		"相关报道", "相关专题", "热门推荐", "热点推荐", "推荐阅读", "延伸阅读", "猜你喜欢", "为你推荐",
		"为您推荐", "精彩推荐", "点击排行", "阅读排行", "新闻排行", "排行榜", "热门文章", "最新文章",
		"最新资讯", "热门资讯", "热点新闻", "热门新闻", "今日推荐", "往期推荐", "往期回顾", "往期精选",
		"精彩回顾", "喜欢此内容的人还喜欢", "友情链接", "合作伙伴", "更多新闻", "图片新闻", "视频推荐",
		"专题推荐", "热门点阅", "24小时热闻", "热榜", "社区推荐", "作者最新文章", "最新发布", "热门标签",
		"推荐文章", "推荐内容", "相关视频", "大家都在看", "看了本文的人还看了", "本周热门", "本月热门",
		"相关新闻:", "相关阅读:", "相关推荐:", "延伸阅读:", "推荐阅读:", "热门搜索", "更多精彩")
	block(ReasonComment, "网友评论", "全部评论", "最新评论", "热门评论", "精选留言", "我要评论", "发表评论",
		"评论区", "留言板", "读者评论", "网友留言", "发表你的评论", "发表您的评论", "已有0条评论")
	block(ReasonCopyright, "版权声明", "版权声明:", "免责声明", "免责声明:", "郑重声明", "郑重声明:",
		"特别声明", "特别声明:", "法律声明", "版权说明")

	prefix(ReasonNav, "上一篇", "下一篇", "上一条", "下一条", "上一页", "下一页", "上篇:", "下篇:", "您的位置", "你的位置", "您当前的位置", "您当前位置", "您现在的位置", "当前位置",
		"所在位置", "现在位置", "位置:", "首页>", "主页>", "首页»", "网站首页>", "首页/", "首页-", "首页→")
	prefix(ReasonRelated, "点击进入", "点击查看", "点击阅读", "点击了解", "点击这里", "点击链接", "进入专题", "相关阅读:", "相关新闻:", "相关链接:", "延伸阅读:", "推荐阅读:", "相关报道:",
		"阅读更多:", "点击阅读:", "更多阅读:", "相关文章:", "[相关阅读]", "[相关新闻]", "[延伸阅读]")
	prefix(ReasonComment, "网友评论:", "网友留言:", "读者评论:", "最新评论:", "全部评论:", "热门评论:", "评论:", "留言:")
	prefix(ReasonSummary, "摘要:", "导读:", "核心提示:", "内容提要:", "提要:", "内容摘要:", "[摘要]", "【摘要】")
	prefix(ReasonEditor, "责任编辑", "[责任编辑", "(责任编辑", "编辑:", "编辑|", "责编:", "审核:", "校对:",
		"审校:", "终审:", "初审:", "复审:", "值班编辑", "主编:", "监制:", "制作:", "编审:", "统筹:", "策划:",
		"[编辑", "(编辑", "编辑/", "责编|", "审核|", "校对|")
	prefix(ReasonCopyright, "版权声明", "郑重声明", "免责声明", "特别声明", "声明:", "copyright", "©",
		"(c)", "版权所有", "本文版权", "本站声明", "转载声明", "原创声明", "平台声明", "网站声明",
		"本文仅代表作者", "本文系转载", "凡本网注明", "凡注明")
	prefix(ReasonMeta, "原标题:", "(原标题:", "来源:", "稿源:", "出处:", "文章来源:", "信息来源:",
		"新闻来源:", "发布时间", "发表时间", "时间:", "日期:", "发布日期", "发布于", "更新时间",
		"浏览次数", "点击数", "阅读数", "阅读:", "点击:", "浏览:", "浏览量", "访问量", "[来源", "来源|",
		"转自:", "转载自:", "摘自:", "选自:", "本文转载自", "本文来源", "本文来自", "转载自")
	prefix(ReasonShare, "分享到", "分享至", "分享:", "分享|", "[字体", "字体:", "字号:", "字级", "[打印", "打印本页",
		"[我要打印", "[加入收藏", "[关闭窗口", "关闭窗口", "[大中小]", "[大]", "【大】")
	prefix(ReasonForum, "发表于", "您需要登录后", "马上注册", "没有帐号", "没有账号", "只需一步",
		"本帖最后由", "楼主|", "签到天数", "ta的每日心情", "注册时间", "最后登录", "在线时间")
	prefix(ReasonAd, "[广告]", "[推广]", "广告:", "广告", "扫码", "扫一扫", "长按识别", "长按二维码", "下载app", "点击下载", "立即下载",
		"点击上方", "点击蓝字", "点击关注", "关注我们", "欢迎关注", "推广")
	prefix(ReasonFooter, "主办单位", "主办:", "承办单位", "承办:", "协办单位", "技术支持", "网站标识码",
		"备案号", "政府网站找错", "关于我们", "联系我们", "广告服务", "法律声明", "隐私政策", "用户协议",
		"举报电话", "违法和不良信息举报", "互联网新闻信息服务许可证", "增值电信业务经营许可证",
		"网络文化经营许可证", "poweredby", "gmt+8", "网站维护", "地址:", "邮编:", "联系电话:", "电话:",
		"传真:", "邮箱:", "e-mail:", "email:", "投稿邮箱")

	contains(ReasonFooter, true, "second(s)", "gzipenabled", "poweredby", "processedin", "gmt+8", "icp备", "icp证", "公网安备",
		"网安备", "版权所有", "allrightsreserved", "copyright", "网站标识码", "政府网站找错",
		"互联网新闻信息服务许可", "举报电话", "违法和不良信息举报")
	contains(ReasonForum, true, "注册时间", "最后登录", "在线时间", "阅读权限", "uid:", "本帖最后由",
		"找回密码", "立即注册", "只需一步,快速开始", "显示全部楼层", "阅读模式",
		"您需要登录后才可以回帖", "小黑屋", "archiver", "返回顶部", "返回列表", "快速回复", "本版积分规则",
		"上一主题", "下一主题", "只看该作者", "电梯直达", "使用道具")
	contains(ReasonShare, true, "查看心情排行", "你看到此篇文章的感受", "分享到", "分享至", "字体:大中小",
		"字号:大中小", "大中小]", "打印本页", "关闭窗口", "[打印]", "[关闭]", "[纠错]", "举报/反馈",
		"加入最爱", "字级", "预览时标签不可点", "继续滑动看下一个", "向上滑动看下一个", "轻触阅读原文",
		"轻点两下取消", "收录于合集", "收录于话题", "微信扫一扫")
	contains(ReasonAd, true, "扫一扫", "扫码", "二维码", "下载app", "下载客户端", "长按识别", "点击上方",
		"关注我们", "欧易", "okx", "火币", "htx", "币安", "binance", "bybit", "bitget", "gate.io",
		"芝麻开门", "kucoin", "库币", "mexc", "coinbase", "huobi", "打开app", "app内打开", "订阅热线",
		"line好友", "加入好友", "加好友")
	contains(ReasonComment, true, "引用投诉", "投诉支持", "支持(", "反对(", "我要评论", "发表评论", "条评论", "网友评论", "已有0人参与", "人参与")
	contains(ReasonMeta, true, "总阅读", "阅读量", "浏览量", "浏览次数", "阅读次数", "访问次数", "点击数:", "信息发布平台",
		"信息存储空间服务", "返回搜狐", "查看更多")
	contains(ReasonAd, false, "交易所", "比特币", "官网", "下载", "客户端", "app", "公众号", "广告")
	contains(ReasonShare, false, "关注", "点赞", "在看", "收藏", "分享", "微信", "微博", "抖音", "打印")
	contains(ReasonComment, false, "评论", "留言")
	contains(ReasonNav, false, "首页", "登录", "注册", "导航", "频道")
	contains(ReasonRelated, false, "推荐", "排行", "热点", "热门")
}

// lineKey returns the matching form of a line: white space removed,
// full-width punctuation and brackets mapped to ASCII, Latin letters in
// lower case.
func lineKey(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			if r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f' {
				continue
			}
			if r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
			continue
		case unicode.IsSpace(r):
			continue
		}
		b.WriteRune(keyRune(r))
	}
	return b.String()
}

// keyRune maps full-width and CJK punctuation to its ASCII matching form.
func keyRune(r rune) rune {
	switch r {
	case '：':
		return ':'
	case '，':
		return ','
	case '；':
		return ';'
	case '（':
		return '('
	case '）':
		return ')'
	case '【', '〔', '［':
		return '['
	case '】', '〕', '］':
		return ']'
	case '！':
		return '!'
	case '？':
		return '?'
	case '｜', '丨':
		return '|'
	case '＞', '»', '〉', '›':
		return '>'
	case '／':
		return '/'
	case '－':
		return '-'
	case '｛':
		return '{'
	case '｝':
		return '}'
	case '＜':
		return '<'
	case '＋':
		return '+'
	}
	return r
}

// chromeMatch is the verdict of the vocabulary on one line.
type chromeMatch struct {
	reason Reason
	strong bool // unambiguous chrome
	block  bool // a header that starts a block of chrome lines
}

// maxContainsRunes is the length up to which contains-phrases apply; longer
// lines are paragraphs that may mention such words.
const (
	maxStrongRunes = 40
	maxWeakRunes   = 24
)

// matchChrome looks the line's key up in the vocabulary. runes is the
// line's length in runes.
func matchChrome(text, key string, runes int) (chromeMatch, bool) {
	if isBreadcrumb(key, runes) {
		return chromeMatch{ReasonNav, true, false}, true
	}
	if first, _ := utf8.DecodeRuneInString(key); strings.ContainsRune(counterFirst, first) && counterRE.MatchString(key) {
		return chromeMatch{ReasonMeta, true, false}, true
	}
	if runes <= 60 && strings.Contains(key, ".*") && maskedIPRE.MatchString(key) {
		return chromeMatch{ReasonComment, true, false}, true // dawnrain29[221.217.28.*] 认为：
	}
	if r, ok := blockHeader[key]; ok {
		return chromeMatch{r, true, true}, true
	}
	if relatedHeader(key, runes) {
		return chromeMatch{ReasonRelated, true, true}, true
	}
	if r, ok := wholeLine[key]; ok {
		return chromeMatch{r, true, false}, true
	}
	if r, ok := prefixRule(key); ok {
		return chromeMatch{r, true, false}, true
	}
	if isMenu(text) {
		return chromeMatch{ReasonNav, true, false}, true
	}
	if runes <= 30 {
		for _, suf := range siteSuffixes {
			if strings.HasSuffix(key, suf) && key != suf {
				return chromeMatch{ReasonSite, true, false}, true
			}
		}
	}
	if runes > maxStrongRunes*2 || strings.Contains(key, "。") {
		return chromeMatch{}, false // a sentence, not a control or label
	}
	var weak *phrase
	for i, r := range key {
		for j := range containsRules[r] {
			p := &containsRules[r][j]
			if !strings.HasPrefix(key[i:], p.key) {
				continue
			}
			if p.strong {
				return chromeMatch{p.reason, runes <= maxStrongRunes, false}, true
			}
			if weak == nil && runes <= maxWeakRunes {
				weak = p
			}
		}
	}
	if weak != nil {
		return chromeMatch{weak.reason, false, false}, true
	}
	return chromeMatch{}, false
}

// relatedHeader reports whether a short line heads a list of links in the
// way of the listed headers (相关园区推荐, 热门招商资讯, 本周点击排行): a
// 相关/热门/热点/最新 opening with a list word closing, or a closing
// 推荐/排行/排行榜 alone.
func relatedHeader(key string, runes int) bool {
	if runes < 4 || runes > 8 || strings.ContainsAny(key, ",.:;!?。") {
		return false
	}
	if hasAnySuffix(key, "推荐", "排行", "排行榜") {
		return true
	}
	return hasAnyPrefix(key, "相关", "热门", "热点", "最新") &&
		hasAnySuffix(key, "资讯", "新闻", "阅读", "文章", "报道", "视频", "专题", "话题", "动态")
}

func hasAnyPrefix(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

func hasAnySuffix(s string, suffixes ...string) bool {
	for _, p := range suffixes {
		if strings.HasSuffix(s, p) {
			return true
		}
	}
	return false
}

// prefixRule looks up the prefix rules for key, and for the inside of a
// line that is one parenthesis ((本文转载自《某某日报》…)).
func prefixRule(key string) (Reason, bool) {
	if len(key) > 2 && key[0] == '(' && key[len(key)-1] == ')' && strings.Count(key, "(") == 1 {
		key = key[1:]
	}
	first, _ := utf8.DecodeRuneInString(key)
	var best *phrase
	for i, p := range prefixRules[first] {
		if strings.HasPrefix(key, p.key) && (best == nil || len(p.key) > len(best.key)) {
			best = &prefixRules[first][i] // the longest: 广告服务 (a footer link) before 广告
		}
	}
	if best == nil {
		return "", false
	}
	return best.reason, true
}

// counterRE matches lines that hold nothing but counters: 阅读 (3218),
// 文章 1286 总阅读 86.4万, 点赞 12 评论 3.
var counterRE = regexp.MustCompile(`^(?:(?:文章|总阅读|阅读|浏览|点击|评论|点赞|在看|分享|收藏|转发|粉丝|获赞|赞|人气|热度)[:(]?[\d.,]+[万千wk]?\+?\)?)+$`)

// counterFirst holds the first runes of counterRE's words: most lines are
// ruled out without running the regexp.
const counterFirst = "文总阅浏点评在分收转粉获赞人热"

// maskedIPRE finds the masked IP addresses that comment systems show for
// their authors.
var maskedIPRE = regexp.MustCompile(`\d{1,3}\.\d{1,3}\.\d{1,3}\.\*`)

// isBreadcrumb reports whether a short line is a breadcrumb trail:
// 某某网 > 经济 > 正文.
func isBreadcrumb(key string, runes int) bool {
	return runes <= 50 && strings.Count(key, ">") >= 2
}

// isMenu reports whether a line is a row of short links: separated by bars
// (首页 | 本地新闻 | 乡镇动态), by dashes or dots next to white space (雅虎 -
// 财经 - 新闻), or by runs of white space (打印   关闭   收藏).
func isMenu(text string) bool {
	if len(text) > 600 {
		return false
	}
	parts, longest, n, bars := 0, 0, 0, false
	flush := func() {
		if n > 0 {
			parts++
			longest = max(longest, n)
		}
		n = 0
	}
	prevSpace := 0
	for i, r := range text {
		switch {
		case r == '|' || r == '｜' || r == '丨':
			bars = true
			flush()
		case r == ' ' || r == '\t' || unicode.IsSpace(r):
			if prevSpace++; prevSpace == 2 || r == '\t' {
				flush()
			}
			continue
		case strings.ContainsRune("-－–—·•/", r) && (prevSpace > 0 || spaceAt(text, i+utf8.RuneLen(r))):
			flush()
		case isSentencePunct(r):
			return false
		default:
			n++
		}
		prevSpace = 0
	}
	flush()
	if parts < 3 {
		return false
	}
	return longest <= 8 && bars || longest <= 6 && parts >= 4 || longest <= 4
}

// spaceAt reports whether s has white space at byte offset i.
func spaceAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsSpace(r)
}

// siteSuffixes end the lines that credit the site's operator:
// 某县融媒体中心主办, 某某网 版权所有.
var siteSuffixes = []string{"主办", "承办", "协办", "主管", "版权所有", "技术支持"}

// copyrightScore counts the distinct legal-notice cues in a key, in one pass
// over the key with the cues indexed by their first rune.
func copyrightScore(key string) int {
	var seen uint32 // one bit per cue; there are fewer than 32
	for i, r := range key {
		for _, c := range cueIndex[r] {
			if strings.HasPrefix(key[i:], copyrightCues[c]) {
				seen |= 1 << c
			}
		}
	}
	return bits.OnesCount32(seen)
}

// cueIndex maps the first rune of each copyright cue to its indexes.
var cueIndex = func() map[rune][]int {
	m := map[rune][]int{}
	for i, c := range copyrightCues {
		first, _ := utf8.DecodeRuneInString(c)
		m[first] = append(m[first], i)
	}
	return m
}()
