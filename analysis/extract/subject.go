package extract

import (
	"strings"
	"unicode/utf8"
)

// Words stripped from the front of a subject: list markers, scope and time
// words, connectives (全区实有各类市场主体 → 实有各类市场主体).
var leadingWords = []string{
	"全区", "全市", "全县", "全省", "全国", "全镇", "全乡", "全州", "全旗", "全街道", "全局", "全系统",
	"我区", "我市", "我县", "我省", "我镇", "我局", "本区", "本市", "本县", "各镇街", "各镇(街)", "各街道", "各镇", "各乡镇", "明确",
	"全年", "上半年", "下半年", "前三季度", "一季度", "二季度", "三季度", "四季度", "今年以来", "今年", "年内", "年末", "年底", "年初", "目前", "截至目前", "截止目前", "截至年底", "截至年末", "当前", "本年", "本年度", "今年度",
	"其中", "共计", "累计", "合计", "总计", "共有", "现有", "拥有", "有", "共", "另有", "另外", "另", "此外", "同时", "已经", "已", "先后", "还", "并", "期间", "期内",
	"均", "参与", "全部", "分别", "完成", "实现", "录得", "年度", "首先", "其次", "再次", "最后", "以及", "和", "及",
	"主要是", "主要为", // 支出…，主要是其他支出占40%: what the main part is
}

// qualifiers are not subjects: 实际增长6.1% qualifies the preceding figure.
var qualifiers = []string{"实际", "名义", "扣除价格因素", "扣除价格因素后", "按可比价格计算", "按不变价格计算", "年均"}

// Words stripped from the end of a subject (投资约 → 投资, 信息发布总数共计 →
// 信息发布总数).
var trailingWords = []string{
	"共计", "累计", "合计", "总计", "共", "共有", "拥有", "现有", "现为", "达到", "达到了", "到达", "达", "已达", "多达", "高达", "为", "是", "了", "总共",
	"全区", "全市", "全县", "全省", "我区", "我市", "分别为", "分别是", "分别达", "分别达到", "分别", "各为",
	"共约", "约", "近", "超过", "逾", "均", "完成", "实现", "录得", "平均", "的", "的有", "在", "保持在", "稳定在", "控制在",
	"当月", "本月", "当年", "年末", "年底", "年初", "年内", "全年", "预计", "预计达",
	"已", "均已", "累计已", "继续", "仍", "依然", "始终", "持续", "进一步", "稳定", "也",
	// 卫生人员总数将达到1600万人, 卫生总费用初步推算为84846.7亿元: the
	// future and the estimate say how the level is known, not what it is.
	"首次", "将达到", "将达", "将会达到", "预计将达到", "初步推算", "初步核算", "初步测算", "推算", "测算", "初步统计", "据初步统计",
	// 同比大幅增长58.74%, 小幅下降0.3%: the degree of a change, no name.
	"大幅", "大幅度", "小幅", "小幅度", "较大幅度", "明显", "显著", "略有", "稍有", "有所",
}

// Verbs after which a classifier's following noun is the subject
// (组织540多个基层党组织 → 基层党组织).
var objVerbs = []string{
	"组织", "梳理", "认领", "投放", "办理", "举办", "开展", "培训", "引进", "新建", "建成", "建设", "改造",
	"发放", "帮助", "接待", "受理", "化解", "调解", "审查", "出具", "列席", "打掉", "侦破", "发出", "涉及",
	"覆盖", "设立", "成立", "招聘", "录用", "实现", "完成", "吸引", "带动", "安置", "救助", "资助", "走访",
	"慰问", "排查", "整改", "检查", "查处", "处理", "办结", "培育", "认定", "评选", "表彰", "选派", "派出",
	"动员", "参加", "组建", "创建", "新增", "惠及", "新设立", "登记", "注册", "签约", "落地", "开工", "竣工",
	"建立", "联系", "包括", "共有", "拥有", "有", "培养", "聘请", "召开", "举行", "收到", "下放", "进驻",
	"服务", "解决", "推动", "推进", "引导", "开办", "对接", "挂牌", "评查", "公布", "制定", "出台", "印发",
	"配备", "配置", "选聘", "聘用", "设", "共设", // 全国54.2万个行政村共设62.2万个村卫生室
	"实施", "扶持", "打造", "吸纳", "指导", "储备", "谋划", "支持", "命名", "孵化", "帮扶", "督促", "推荐",
	"遴选", "授予", "进行", "改建", "扩建", "整治", "修缮", "安装", "铺设", "修建", "新改建", "改扩建", "新建改造",
}

// Verbs that name a flow: kept in front of the noun (新增4698户市场主体 →
// 新增市场主体).
var flowVerbs = []string{"新增", "净增", "新设立", "新登记", "新建"}

// Words that end a noun phrase following a classifier.
var nounStops = []string{
	"通过", "进驻", "参与", "参加", "向", "在", "对", "被", "将", "把", "开展", "实现", "获得", "获", "完成",
	"进行", "已", "均", "全部", "共", "分别", "和", "与", "及", "的", "为", "是", "入驻", "接受", "纳入", "落户",
	"签约", "投产", "从", "到", "达", "得到", "开工", "建成", "作为", "同比", "比", "较", "累计", "共计", "涉及",
	"实施", "提供", "购买", "中", "里", "内", "以上", "左右", "等", "上", "下", "全", "得", "人均",
	"建立", "签订", "签署", "达成", "形成", "开具", "享受", "受到", "提起", "作出", "给予", "判处", "予以", "依法",
}

// stripSubject trims a subject candidate s[a:b] of list markers, scope
// words and fillers, and returns the remaining span.
func stripSubject(s string, a, b int) (int, int) {
	a, b = trimSubjectPunct(s, a, b)
	a = afterUnopenedClose(s, a, b)
	a = afterUnclosedOpen(s, a, b) // 开局良好(GDP增长5.9%)
	for a < b {
		t := s[a:b]
		if k := listMarker(t); k > 0 {
			a += k
		} else if k := adverbialCount(t); k > 0 && k < len(t) {
			a += k
		} else if w := leadingLex.prefix(t); w != "" && len(w) < len(t) && !keepsLeading(t, w) {
			a += len(w)
		} else if k := placeHolding(t); k > 0 {
			a += k
		} else if w := trailingLex.suffix(t); w != "" && len(w) < len(t) && !keepsTrailing(t, w) {
			b -= len(w)
		} else if w := toLevelLex.suffix(t); w != "" && len(w) < len(t) {
			b -= len(w)
		} else if k := reachSuffix(t); k > 0 && k < len(t) {
			b -= k
		} else if c := comparisonSuffix(t); c > 0 && c < len(t) {
			b -= c
		} else if k := durationTail(t); k > 0 && k < len(t) {
			b -= k // 案件数量已经连续两年 (超过3000万件)
		} else if k := comparisonNote(t); k > 0 && k < len(t) {
			b -= k // 同比(和去年同期相比)下降59.4%: the note says what 同比 is
		} else {
			na, nb := trimSubjectPunct(s, a, b)
			if na == a && nb == b {
				break
			}
			a, b = na, nb
		}
		a, b = trimSubjectPunct(s, a, b)
	}
	if a >= b {
		return b, b
	}
	// A lone leftover word from the lists is not a subject.
	t := s[a:b]
	if leadingLex.has(t) || trailingLex.has(t) || isPreposition(t) {
		return b, b
	}
	if comparisonSuffix(t) == len(t) || isPeriodText(t) || isQualifierOnly(t) {
		return b, b
	}
	return a, b
}

// trimSubjectPunct trims spaces and punctuation that cannot start or end a
// subject.
func trimSubjectPunct(s string, a, b int) (int, int) {
	for a < b {
		r, n := runeAt(s[a:b])
		if !isSpace(r) && !subjectLeadPunct(r) {
			break
		}
		a += n
	}
	for b > a {
		r, n := lastRuneOf(s[a:b])
		if !isSpace(r) && !subjectTrailPunct(r) {
			break
		}
		b -= n
	}
	// Unbalanced brackets at the edges.
	if b > a {
		t := s[a:b]
		if strings.HasPrefix(t, "(") && !strings.Contains(t, ")") {
			a++
		} else if strings.HasPrefix(t, "（") && !strings.Contains(t, "）") {
			a += len("（")
		}
	}
	return a, b
}

// subjectLeadPunct reports the marks trimSubjectPunct trims from a
// subject's start: strings.ContainsRune(",，、;；:：.。)）】」』》”’%％‰", r)
// as a switch.
func subjectLeadPunct(r rune) bool {
	switch r {
	case ',', '，', '、', ';', '；', ':', '：', '.', '。', ')', '）', '】', '」', '』', '》', '”', '’', '%', '％', '‰':
		return true
	}
	return false
}

// subjectTrailPunct reports the marks trimSubjectPunct trims from a
// subject's end: strings.ContainsRune(",，、;；:：(（【「『《“‘-—", r) as a
// switch.
func subjectTrailPunct(r rune) bool {
	switch r {
	case ',', '，', '、', ';', '；', ':', '：', '(', '（', '【', '「', '『', '《', '“', '‘', '-', '—':
		return true
	}
	return false
}

// listMarker returns the length of a list marker at the start of t:
// 一是, 其一, 第一, (三), （3）, 1., 1、, ①.
func listMarker(t string) int {
	j := 0
	j += cnNumeralLen(t[j:])
	if j > 0 {
		if strings.HasPrefix(t[j:], "是") {
			return j + len("是")
		}
		if strings.HasPrefix(t[j:], "、") {
			return j + len("、")
		}
		return 0
	}
	for _, p := range []string{"其", "第"} {
		if strings.HasPrefix(t, p) {
			k := len(p)
			j = k
			j += cnNumeralLen(t[j:])
			if j > k && (j == len(t) || strings.HasPrefix(t[j:], ",") || strings.HasPrefix(t[j:], "，") || strings.HasPrefix(t[j:], "、") || p == "其") {
				return j
			}
		}
	}
	for _, op := range []string{"(", "（"} {
		if strings.HasPrefix(t, op) {
			j = len(op)
			k := j
			for j < len(t) {
				r, n := utf8.DecodeRuneInString(t[j:])
				if _, ok := cnDigit(r); !ok && r != '十' && !(r >= '0' && r <= '9') {
					break
				}
				j += n
			}
			if j > k {
				for _, cl := range []string{")", "）"} {
					if strings.HasPrefix(t[j:], cl) {
						return j + len(cl)
					}
				}
			}
		}
	}
	r, n := utf8.DecodeRuneInString(t)
	if r >= '①' && r <= '⑳' {
		return n
	}
	return digitListMarker(t)
}

// digitListMarker is the rule for a list number in digits at the start of
// t (1.国内增值税, 12．契税, 3、印花税): one or two digits, a full stop or 、,
// and an ideograph after it (1.5亿元 is a number). It returns the marker's
// byte length, 0 if there is none.
func digitListMarker(t string) int {
	j := 0
	for j < len(t) && j < 2 && t[j] >= '0' && t[j] <= '9' {
		j++
	}
	if j == 0 {
		return 0
	}
	w := hasPrefixAny(t[j:], []string{".", "．", "、"})
	if w == "" || !isHanAt(t, j+len(w)) {
		return 0
	}
	return j + len(w)
}

// postNoun returns the noun phrase after a classifier at s[a:b]: up to a
// break, a digit, a quotation mark or a word that ends a noun phrase, at most
// 16 runes. The result is empty when there is none.
func postNoun(s string, a, b int) (int, int) {
	if strings.HasPrefix(s[a:b], "等") {
		return a, a // 无障碍环境建设1983件等: 等 closes a list, no noun
	}
	j := a
	runes := 0
	for j < b && runes < 16 {
		r, n := utf8.DecodeRuneInString(s[j:b])
		if (r == '(' || r == '（') && j > a {
			prev, _ := utf8.DecodeLastRuneInString(s[a:j])
			if k := unitAlternativeBracket(s, j, b, prev); k > 0 {
				j += k // 120个村(社区), 12个县(市、区)
				if w := hasPrefixAny(s[j:b], unitBracketTails); w == "" {
					break
				} else {
					j += len(w) // 900个村(居)委会
				}
				runes += 2
				continue
			}
		}
		if breakRune(r) || sentenceEnd(r) || !isHan(r) {
			break
		}
		if w := nounWordLex.prefix(s[j:b]); w != "" && j == a {
			// 限上法人企业: a word whose second character is a stop.
			j += len(w)
			runes += utf8.RuneCountInString(w)
			continue
		}
		if j > a {
			if w := nounWordLex.prefix(s[j:b]); w != "" {
				// 服务中心, 普通中学: a word that begins with a stop.
				j += len(w)
				runes += utf8.RuneCountInString(w)
				continue
			}
			if w := nounStopLex.prefix(s[j:b]); w != "" {
				break
			}
		}
		j += n
		runes++
	}
	if runes >= 16 {
		return a, a
	}
	if j > a && j < b && runes <= 4 {
		if strings.HasPrefix(s[j:b], "的") {
			// 50个专门的信息申请受理点: the noun after 的 is counted.
			if na, nb := postNoun(s, j+len("的"), b); na < nb {
				return na, nb
			}
		} else if strings.HasPrefix(s[j:b], "、") && runes <= 2 {
			// 132名专、兼职工作人员: coordinated modifiers of one noun.
			if _, nb := postNoun(s, j+len("、"), b); nb > j+len("、") {
				return a, nb
			}
		}
	}
	return a, j
}

// adverbialCount returns the length of a Chinese-numeral batch count at the
// start of t (三批下放… → 下放…): 批, 次, 轮 used adverbially.
func adverbialCount(t string) int {
	j := 0
	j += cnNumeralLen(t[j:])
	if j == 0 {
		return 0
	}
	if strings.HasPrefix(t[j:], "次产业") {
		return 0 // 三次产业 is a name
	}
	for _, u := range []string{"批", "次", "轮"} {
		if strings.HasPrefix(t[j:], u) {
			return j + len(u)
		}
	}
	return 0
}

// dropInnerTotal removes a 共/共计/累计 that follows a short scope inside a
// subject: 镇街共接访群众 → 镇街接访群众.
func dropInnerTotal(name string) string {
	for _, w := range []string{"共计", "累计", "共"} {
		k := strings.Index(name, w)
		if k <= 0 || k+len(w) >= len(name) || utf8.RuneCountInString(name[:k]) > 4 {
			continue
		}
		head := name[:k]
		r, _ := utf8.DecodeLastRuneInString(head)
		if strings.ContainsRune("区市县镇街乡村局委院所部门站队关厅", r) {
			return head + name[k+len(w):]
		}
	}
	return name
}

// keepsTrailing reports a trailing word that is part of a noun: 行为, 作为,
// 认为 end in 为 but are words; 人均, 年均, 年平均 end in 均 but name the
// average (perUnitAverage).
func keepsTrailing(t, w string) bool {
	if comparandWord(t, w) {
		return true
	}
	if w == "均" || w == "平均" {
		return perUnitAverage(t, w)
	}
	if w == "总计" || w == "合计" {
		// 收入总计550923万元: a total of a name of one or two characters
		// is named by the word.
		return utf8.RuneCountInString(strings.TrimSuffix(t, w)) <= 2
	}
	if w == "在" {
		r, _ := utf8.DecodeLastRuneInString(strings.TrimSuffix(t, w))
		return strings.ContainsRune("存所现正实内外自", r)
	}
	if w == "的" {
		// 到位标的7.21亿元, 执行标的: 标的 (the subject matter) is a noun,
		// 目的 and 靶的 too.
		r, _ := utf8.DecodeLastRuneInString(strings.TrimSuffix(t, w))
		return strings.ContainsRune("标目靶", r)
	}
	if w != "为" && w != "是" && w != "了" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(strings.TrimSuffix(t, w))
	return strings.ContainsRune("行作认成视称因总但只于", r)
}

// nounWords begin with a word of nounStops but are nouns, or parts of one,
// inside a noun phrase (综合服务中心, 普通中学).
var nounWords = []string{"中心", "中学", "初中", "高中", "中小学", "中医", "中级", "中等", "中央", "中型", "中小企业", "内容", "上市", "下属", "全科",
	"限上", "限下", "规上", "规下"} // 限额以上, 规模以上 shortened: 62家限上法人企业

var (
	nounWordLex = newLexicon(nounWords)
	leadingLex  = newLexicon(leadingWords)
	trailingLex = newLexicon(trailingWords)
	nounStopLex = newLexicon(nounStops)
	objVerbLex  = newLexicon(objVerbs)
)

// isQualifierOnly reports a text made only of the qualifiers of a change
// (实际, 扣除价格因素实际, 按可比价格计算): no subject of its own.
func isQualifierOnly(t string) bool {
	// 五年年均, 十年来年均: the span an average growth is taken over.
	if k := cnNumeralLen(t); k > 0 && strings.HasPrefix(t[k:], "年") {
		rest := strings.TrimPrefix(strings.TrimPrefix(t[k+len("年"):], "来"), "以来")
		if rest == "年均" || rest == "平均" || rest == "年" { // 五年年均 with 均 stripped
			return true
		}
	}
	for t != "" {
		w := hasPrefixAny(t, qualifiers)
		if w == "" {
			return false
		}
		t = strings.TrimLeft(t[len(w):], " ,，")
	}
	return true
}

// keepsLeading reports a leading word that is part of a term: 年初预算,
// 年末余额, 年底余额 (the budget at the year's start is a quantity).
func keepsLeading(t, w string) bool {
	if strings.HasPrefix(w, "全") && w != "全年" && utf8.RuneCountInString(t[len(w):]) <= 2 {
		return true // 全国床位: the scope is part of a short name
	}
	switch w {
	case "有":
		// 有效, 有线电视, 有关部门: words, not 有 before a noun.
		r, _ := utf8.DecodeRuneInString(t[len(w):])
		return strings.ContainsRune("效线机关色害序偿限力利益", r)
	case "已":
		// 已结案件, 已结: closed cases, the counterpart of 未结; 已 is no
		// adverb there.
		return strings.HasPrefix(t[len(w):], "结")
	case "年初", "年末", "年底":
		rest := t[len(w):]
		return strings.HasPrefix(rest, "预算") || strings.HasPrefix(rest, "余额") || strings.HasPrefix(rest, "计划")
	case "上半年", "下半年", "前三季度", "一季度", "二季度", "三季度", "四季度":
		return partOfYearShortName(t[len(w):])
	}
	return false
}

// partOfYearShortName is the rule for a part of the year that opens a
// subject (上半年收案数共152件, 前三季度全区实现…): the figure's period, not
// its name, so it is dropped like 全年, except before a name of one or two
// characters that says too little alone (上半年纯利, 一季度营收).
func partOfYearShortName(rest string) bool {
	return utf8.RuneCountInString(rest) <= 2
}

// isPreposition reports a preposition left alone before a number (与400余家
// 创新企业, 对137起命案): no subject; the noun after the classifier is.
func isPreposition(t string) bool {
	switch t {
	case "与", "对", "向", "为", "给", "同", "跟", "在", "从", "和", "及":
		return true
	}
	return false
}

// noteSymbolLen is the rule for a note symbol in a subject (城镇新增就业①,
// 招生人数⑵, 专任教师¹): a circled number (① … ⑳, ❶ … ❿), a number in
// brackets or with a full stop as one character (⑴ … ⒇, ⒈ … ⒛) or a
// superscript digit marks a note, never a part of a name. It returns the
// byte length of the run of such symbols at s[i], 0 if none.
func noteSymbolLen(s string, i int) int {
	j := i
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if !isNoteSymbol(r) {
			break
		}
		j += n
	}
	return j - i
}

// isNoteSymbol reports a rune noteSymbolLen drops.
func isNoteSymbol(r rune) bool {
	switch {
	case r >= '①' && r <= '⒛', r >= '❶' && r <= '❿', r >= '⁰' && r <= '⁹' && r != 'ⁱ' && r != '\u2072' && r != '\u2073':
		return true
	}
	return r == '¹' || r == '²' || r == '³'
}

// hasNoteSymbol reports whether name holds a note symbol (isNoteSymbol).
func hasNoteSymbol(name string) bool {
	for _, r := range name {
		if r >= '²' && isNoteSymbol(r) {
			return true
		}
	}
	return false
}

// perUnitAverage is the rule for an average per unit at the end of a
// subject (居民人均12000元, 城镇新增就业年均12万人, 日均接待游客3.2万人次,
// 户均2.1万元): 均 or 平均 after 人, 户, 年, 月, 日 or 周 names what the
// figure is an average over and stays in the subject; stripped, it left a
// stray 人 or 年 (城镇新增就业年). 均 as 都 (两项指标均) is stripped.
// t is the subject, w the word at its end.
func perUnitAverage(t, w string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimSuffix(t, w))
	return strings.ContainsRune("人户年月日周", r)
}

// comparisonVerbs compare a figure with another body's (高于全省平均0.6个
// 百分点).
var comparisonVerbs = []string{"高于", "低于", "快于", "慢于", "高出", "低出", "超出"}

// comparandWord is the rule for the body a figure is compared with, named
// at the end of the subject (增速高于全省平均0.6个百分点, 高于全市1.2个百分点):
// after a comparison verb, 全省, 全市, 平均 and their kin are the comparand,
// part of the name as written, not a scope or qualifier to strip. t is the
// subject, w the trailing word.
func comparandWord(t, w string) bool {
	switch w {
	case "全区", "全市", "全县", "全省", "我区", "我市", "平均", "均":
	default:
		return false
	}
	for _, v := range comparisonVerbs {
		if k := strings.Index(t, v); k >= 0 && k+len(v) <= len(t)-len(w) {
			return true
		}
	}
	return false
}

// afterUnopenedClose is the rule for a subject whose clause starts inside
// a bracket that a comma broke (2018年市级（不包括市城区,下同）一般公共预算收入
// 决算数: the clause after the comma opens with 下同）): the note ends at the
// close bracket that no open bracket of s[a:b] matches, and the subject
// starts after the last such. It returns a unchanged when every close
// bracket is matched.
func afterUnopenedClose(s string, a, b int) int {
	depth, cut := 0, -1
	for i := a; i < b; i++ {
		switch n := bracketAt(s, i, b); {
		case n > 0:
			depth++
			i += n - 1
		case n < 0:
			if depth == 0 {
				cut = i - n
			} else {
				depth--
			}
			i += -n - 1
		}
	}
	if cut < 0 || cut >= b {
		return a
	}
	if rest := trimText(s[cut:b]); utf8.RuneCountInString(rest) < 2 || strings.HasPrefix(rest, "的") {
		return a // （…，闽财预〔2018〕30号）的60.68%: a share of the words before the note
	}
	return cut
}

// comparisonNote is the length of a bracketed note that t ends with and
// that explains the comparison before it (同比(和去年同期相比), 同比（与上年
// 相比）): up to fifteen characters naming what is compared (相比, 同期, 上年,
// 去年). 0 otherwise; t must end in a closing bracket, tested first.
func comparisonNote(t string) int {
	var open string
	switch {
	case strings.HasSuffix(t, ")"):
		open = "("
	case strings.HasSuffix(t, "）"):
		open = "（"
	default:
		return 0
	}
	i := strings.LastIndex(t, open)
	if i < 0 {
		return 0
	}
	inner := t[i+len(open) : len(t)-len(open)]
	if utf8.RuneCountInString(inner) > 15 || !containsAny(inner, []string{"相比", "同期", "上年", "去年"}) {
		return 0
	}
	return len(t) - i
}
