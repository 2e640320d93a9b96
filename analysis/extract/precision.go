package extract

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Rules learnt from fresh real texts (issue 11, precision): forms that made
// the extractor split one figure in two or read a figure that is none.

// measureUnit is the rule for a subject that names the measure of the
// figures before it rather than a quantity of its own: 件数 and 人数 after
// 审结案件50件54人 (同比件数下降54.55%、人数下降61.43%; 件数和人数分别同比
// 下降…) count in 件 and 人. It returns that unit, "" for any other subject;
// a leading 同比 is no part of the name.
func measureUnit(name string) string {
	switch strings.TrimPrefix(name, "同比") {
	case "件数":
		return "件"
	case "人数":
		return "人"
	case "户数":
		return "户"
	case "次数":
		return "次"
	case "人次数":
		return "人次"
	}
	return ""
}

// measuredLevel is the figure of the sentence a change whose subject is a
// measure word (measureUnit) belongs to: the latest level before it in
// that unit, -1 when the subject is no measure word or no such level came
// before.
func (x *extractor) measuredLevel(st *sentenceState, name string) int {
	u := measureUnit(name)
	if u == "" {
		return -1
	}
	for k := len(st.figs) - 1; k >= 0 && k >= len(st.figs)-maxLookback; k-- {
		f := &x.figs[st.figs[k]]
		if f.Unit == u && !f.Prior && !f.Missing && f.ChangeOf == "" && f.Terms == 0 {
			return st.figs[k]
		}
	}
	return -1
}

// measureTargets is the rule for a 分别 list whose names are measure words
// (件数和人数分别同比下降47.06%、56.52% after 18件20人): the levels each
// names, in the order of the names; nil unless every name is a measure
// word with a level of its own before it.
func (x *extractor) measureTargets(st *sentenceState, names []string) []int {
	out := make([]int, 0, len(names))
	for _, n := range names {
		if c := comparisonSuffix(n); c > 0 && c < len(n) {
			n = n[:len(n)-c] // 件数和人数同比分别下降: 人数 of 人数同比
		}
		k := x.measuredLevel(st, n)
		if k < 0 {
			return nil
		}
		for _, o := range out {
			if o == k {
				return nil
			}
		}
		out = append(out, k)
	}
	return out
}

// yearPriorPeriod is the period of a prior named by its year alone
// (受理案件1200件，2022年为1100件; 2022年末为124.1万人): the year as
// written with 同期, 末 or 底 after it, "" when p, the clause's text before
// the prior's number, is no such form (yearPrior).
func yearPriorPeriod(p string) string {
	if _, _, ok := yearPrior(p); !ok {
		return ""
	}
	n := len("2022年")
	if w := hasPrefixAny(p[n:], []string{"同期", "末", "底"}); w != "" {
		n += len(w)
	}
	return p[:n]
}

// pairedPrior is the rule for the second count of a prior written as a
// pair (去年同期为30件42人 after 受理案件25件31人): a number right after a
// prior, with nothing between (pre, the text before it, is empty), in
// another unit, is the prior of the sentence's latest level in its own
// unit, of the same period and year as the prior before it. It returns that
// level, the year and the period, and false when the form does not hold.
func (x *extractor) pairedPrior(st *sentenceState, pre string, lead int, unit string) (int, int, string, bool) {
	if trimText(pre) != "" || len(st.figs) == 0 || unit == "" {
		return 0, 0, "", false
	}
	last := &x.figs[st.figs[len(st.figs)-1]]
	if !last.Prior || last.Span[1] != lead || last.Unit == unit {
		return 0, 0, "", false
	}
	for k := len(st.figs) - 2; k >= 0 && k >= len(st.figs)-maxLookback; k-- {
		f := &x.figs[st.figs[k]]
		if f.Unit == unit && !f.Prior && !f.Missing && f.ChangeOf == "" && f.Terms == 0 {
			return st.figs[k], last.Year, last.Period, true
		}
	}
	return 0, 0, "", false
}

// termsWord is the rule for 实际 and 名义 between a comparison and its verb
// of change (同比实际增长8.3%, 同比名义增长2.7%, 比上年实际增长5%): they say
// in which terms the change is taken, so they join its base and name no
// figure of their own. It returns their byte length at the end of t, 0 if
// t does not end in one right after a comparison (扣除价格因素实际增长 is
// read by its price basis).
func termsWord(t string) int {
	if w := hasSuffixAny(t, []string{"实际", "名义"}); w != "" && comparisonSuffix(t[:len(t)-len(w)]) > 0 {
		return len(w)
	}
	return 0
}

// withPeriodCompared is the rule for a comparison written 与…相比 around a
// short time phrase (与上半年相比, 与上季度相比, 与2023年末相比 is read by
// the year rules): it returns the byte length of the words at the end of
// t, 0 if t does not end in such a comparison. The phrase is 1 to 6
// characters naming a period (年, 月, 期 or 季) without digits.
func withPeriodCompared(t string) int {
	u, ok := strings.CutSuffix(t, "相比")
	if !ok {
		return 0
	}
	w0 := max(0, len(u)-3*7)
	k := strings.LastIndex(u[w0:], "与")
	if k < 0 {
		return 0
	}
	k += w0
	tail := u[k+len("与"):]
	if n := utf8.RuneCountInString(tail); n < 1 || n > 6 || !strings.ContainsAny(tail, "年月期季") || strings.ContainsAny(tail, "0123456789，,、") {
		return 0
	}
	return len(t) - k
}

// ageGroupNouns name the people an age or a band of ages bounds (0—14岁
// 人口, 14至16周岁未成年人).
var ageGroupNouns = []string{"人口", "未成年人", "儿童", "少年", "青少年", "青年", "老年人", "老人", "人群", "妇女", "男性", "女性",
	"居民", "学生", "幼儿", "婴儿", "人员", "群体", "犯罪嫌疑人", "被告人", "罪犯", "被害人", "农民工", "劳动力"}

// ageGroup is the rule for an age or a band of ages right before the group
// it bounds (0—14岁人口为517.49万人, 14至16周岁未成年人犯罪数量): part of the
// group's name, no figure. rest is the text after the unit. An age
// followed by anything else stays a figure (人均预期寿命78.6岁，).
func ageGroup(rest string, m unitMatch) bool {
	if m.unit != "岁" && m.unit != "周岁" {
		return false
	}
	return hasPrefixAny(rest, ageGroupNouns) != ""
}

// classCount is the rule for the count of classes a breakdown is drawn
// from (41个大类行业中有39个行业增长, 居民消费8个大类中): a number in 个
// followed by 大类, 门类, 中类 or 小类 and, within a few characters, 中.
// It is a figure named by its classification (classCountName: 大类行业,
// not the noun or topic a count would take); the count after it (39个行业)
// is read as usual. The dev20, dev24 and dev25 annotators all take it as a
// figure.
func classCount(rest string, m unitMatch) bool {
	if m.unit != "个" {
		return false
	}
	w := hasPrefixAny(rest, []string{"大类", "门类", "中类", "小类"})
	if w == "" {
		return false
	}
	k := strings.Index(rest[len(w):], "中") + len(w)
	return k >= len(w) && utf8.RuneCountInString(rest[:k]) <= 6 && !strings.ContainsAny(rest[:k], "，,、；;0123456789")
}

// rankField is the rule for the count of the field a rank is taken in
// (在全省21个地级以上市中居第7位, 全国31个省份中排名第5): a number followed,
// within ten characters, by 中 and a word of rank (居第, 位居第, 排名第, 排第,
// 列第, 位列第, 名列第). It is part of the rank, no figure.
func rankField(rest string, m unitMatch) bool {
	if m.kind != unitQuantity {
		return false
	}
	k := strings.Index(rest, "中")
	if k < 0 || utf8.RuneCountInString(rest[:k]) > 10 || strings.ContainsAny(rest[:k], "，,、；;。0123456789") {
		return false
	}
	after := strings.TrimLeft(rest[k+len("中"):], "，, ")
	return hasPrefixAny(after, []string{"居第", "位居第", "排名第", "排第", "列第", "位列第", "名列第", "居于第"}) != ""
}

// convertedBasis is the rule for the basis a quantity is converted to
// inside its name (化肥(折100%)产量, 化学农药（折100%）): a number right
// after an opening bracket and 折, closed right after its unit, is part of
// the name. pre is the clause before the number, rest the text after the
// unit.
func convertedBasis(pre, rest string, m unitMatch) bool {
	p := strings.TrimRight(pre, " ")
	if !strings.HasSuffix(p, "(折") && !strings.HasSuffix(p, "（折") {
		return false
	}
	return strings.HasPrefix(rest, ")") || strings.HasPrefix(rest, "）")
}

// thresholdBand is the rule for a threshold that bounds a class inside
// its name (实施3000万元以上工业项目75个, 年主营业务收入2000万元及以上的批发业
// 企业): a number with 以上, 及以上, 以下 or 及以下 right after its unit and
// then the class's name (an ideograph, or 的 and one) is part of that
// name, no figure; the count of the class after it is the figure. A
// threshold followed by anything else is a qualified figure (息诉率保持
// 90%以上，), and a share of the class (以上的比重, 以上占) stays a figure.
// rest is the text after the unit, m.qual the qualifier read with it.
func thresholdBand(rest string, m unitMatch) bool {
	if m.kind != unitQuantity {
		return false // 85%以上的事项: a share of them, a figure
	}
	switch m.qual {
	case "以上", "及以上", "以下", "及以下":
	default:
		w := hasPrefixAny(rest, []string{"及以上", "以上", "及以下", "以下"})
		if w == "" {
			return false
		}
		rest = rest[len(w):]
	}
	if hasPrefixAny(rest, []string{"的比重", "的比例", "的占", "占", "的人数", "，", ","}) != "" {
		return false
	}
	rest = strings.TrimPrefix(rest, "的")
	return rest != "" && isHanAt(rest, 0)
}

// pushAbsOnly adds the figure of an absolute change stated without a level
// for a name a 分别 list gives it (二氧化硫排放量和化学需氧量分别削减3013吨和
// 1498吨 → 二氧化硫排放量削减 3013吨, 化学需氧量削减 1498吨): like a single
// absolute change without a level (attach), the change is a figure of its
// own, the value as written, the direction in its name.
func (x *extractor) pushAbsOnly(st *sentenceState, name string, c *Change, subjEnd int) {
	f := Figure{Indicator: name + absVerbName(c), Section: x.section, Value: math.Abs(c.Value), Unit: c.Unit, Period: st.period, Year: x.year,
		ChangeOf: name, Number: strings.TrimPrefix(c.Number, "-"),
		Sentence: x.s[st.a:st.b], SentenceSpan: [2]int{st.a, st.b}, Span: [2]int{st.subjStart, subjEnd}, Source: x.source()}
	if st.periodYear > 0 {
		f.Year = st.periodYear
	}
	x.push(f)
	st.figs = append(st.figs, len(x.figs)-1)
}

// sharesOfParts is the rule for shares listed with 分别 after as many
// parts (判处五年以上有期徒刑256人、判处三年以下有期徒刑1730人，分别占判决人数
// 的11.09%和75.07%): the share of each part is named by the part and the
// share's words (判处五年以上有期徒刑占判决人数), in the order of the parts.
// words is the share's name as written (占判决人数), listed whether 分别
// came before it, n how many shares the list has. It returns the names,
// nil when the form does not hold: no 分别, a single share, or not as many
// levels (counts or amounts, not shares or rates) right before.
func (x *extractor) sharesOfParts(st *sentenceState, words string, listed bool, n int) []string {
	if !listed || n < 2 || !strings.HasPrefix(words, "占") || n > len(st.figs) {
		return nil
	}
	names := make([]string, n)
	for j := 0; j < n; j++ {
		f := &x.figs[st.figs[len(st.figs)-n+j]]
		if f.Prior || f.Missing || f.ChangeOf != "" || f.Terms != 0 || f.Unit == "%" || f.Unit == "‰" || isShareFigure(f) {
			return nil
		}
		names[j] = f.Indicator + words
	}
	return names
}

// absOnlyBefore is the figure of an absolute change a percent change
// without a subject of its own follows (执业医师增加0.6万人（增长4.1%）,
// 床位增加4.9万张，增长3.4%): the sentence's last figure when it is the
// figure of an absolute change, -1 otherwise. The caller asks only when no
// level of the sentence can take the change.
func absOnlyBefore(figs []Figure, sent []int) int {
	if len(sent) == 0 {
		return -1
	}
	k := sent[len(sent)-1]
	if figs[k].ChangeOf == "" || figs[k].Prior {
		return -1
	}
	return k
}

// growthOfAbsOnly gives the percent change ch stated after the absolute
// change figure k to the figure the absolute change is of: the level it
// was attached to when the text states one (卫生技术人员800.8万人。…卫生技术
// 人员增加41.8万人（增长5.5%）), else a figure stated only as its changes,
// named as the absolute change's subject, with both changes in text order
// (as 常住人口增长4.1%（增加0.3万人）gives).
func (x *extractor) growthOfAbsOnly(st *sentenceState, k int, ch *Change, m unitMatch) {
	g := x.figs[k]
	for j := len(x.figs) - 1; j >= 0 && j >= len(x.figs)-maxLookback; j-- {
		f := &x.figs[j]
		if j != k && f.Indicator == g.ChangeOf && !f.Prior && !f.Missing && f.hasChangeKind(Abs) {
			if !f.hasChangeKind(GrowthPct) {
				f.addChange(*ch)
			}
			return
		}
	}
	verb := strings.TrimPrefix(g.Indicator, g.ChangeOf)
	abs := Change{Kind: Abs, Value: g.Value, Number: g.Number, Text: g.Number + g.Unit, Unit: g.Unit, verb: verb}
	if hasSuffixAny(verb, downVerbs) != "" {
		abs.Value = -abs.Value
	}
	f := Figure{Indicator: g.ChangeOf, Section: g.Section, Missing: true, Unit: g.Unit, Period: g.Period, Year: g.Year,
		Sentence: g.Sentence, SentenceSpan: g.SentenceSpan, Span: [2]int{g.Span[0], m.end}, Source: g.Source, Parent: g.Parent, parent: g.parent}
	f.addChange(abs)
	f.addChange(*ch)
	x.push(f)
	st.figs = append(st.figs, len(x.figs)-1)
}

// changeRowCache is the block of lines changeColumnRow last looked at.
type changeRowCache struct {
	lineEnd int  // the end of the last row line looked at, 0 before any
	under   bool // whether that line is under a header of changes
}

// changeColumnRow is the rule for a list of rows that each give a level
// with its unit and then its change, under a header naming the change
// column (1994年 比上年增长% over 化学纤维 269万吨 13.3, 纱 470万吨 -6.3):
// the bare number that ends such a row is the growth of the row's level in
// percent. t is the number token, the last thing of its line, right after
// the level (spaces or its sign between).
func (x *extractor) changeColumnRow(st *sentenceState, t token) {
	s := x.s
	if !blankToLineEnd(s, t.end) || len(st.figs) == 0 {
		return
	}
	k := st.figs[len(st.figs)-1]
	f := &x.figs[k]
	if f.Missing || f.Prior || f.ChangeOf != "" || f.Unit == "" || f.Unit == "%" || f.hasChangeKind(GrowthPct) {
		return
	}
	start := t.start
	neg := false
	if r, n := utf8.DecodeLastRuneInString(s[:start]); r == '-' || r == '－' || r == '−' {
		neg, start = true, start-n
	}
	gap := s[f.Span[1]:start]
	if f.Span[1] > start || strings.TrimLeft(gap, " \t\u3000") != "" || gap == "" && !neg {
		return
	}
	ls := strings.LastIndexByte(s[:t.start], '\n') + 1
	if f.Span[1] < ls {
		return // the level is on another line
	}
	if !x.underChangeHeader(ls) {
		return
	}
	ch := Change{Kind: GrowthPct, Value: t.num.value, Decimals: t.num.decimals, Number: s[t.start:t.end], Unit: "%", Text: s[start:t.end], verb: "增长"}
	if neg {
		ch.Value, ch.Number = -ch.Value, "-"+ch.Number
	}
	f.addChange(ch)
}

// blankToLineEnd reports whether s from i to the end of its line holds
// white space only (trimText of it is empty), looking no further than the
// first rune that is not white space: a number inside a long line costs
// no scan to the line's end.
func blankToLineEnd(s string, i int) bool {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == '\n' {
			return true
		}
		if !unicode.IsSpace(r) {
			return false
		}
		i += n
	}
	return true
}

// changeHeaderWords name a column of percent changes in a header line.
var changeHeaderWords = []string{"增长%", "增长(%)", "增长（%）", "增减%", "增减(%)", "增减（%）", "增长率(%)", "增长率（%）", "增幅%", "增幅(%)", "增幅（%）", "±%", "±(%)"}

// underChangeHeader reports whether the line starting at ls is a row of a
// block under a header of changes: the lines above it, up to the header,
// are rows that end with a number or short notes without digits, at most
// 60 of them, and the header holds a word of changeHeaderWords and no
// number but years.
func (x *extractor) underChangeHeader(ls int) bool {
	c := &x.changeRows
	if c.lineEnd > 0 && c.lineEnd+1 == ls {
		c.lineEnd = nextLine(x.s, ls)
		return c.under
	}
	s := x.s
	under := false
	for p, k := ls, 0; p > 0 && k < 60; k++ {
		a := strings.LastIndexByte(s[:p-1], '\n') + 1
		line := strings.TrimSpace(s[a : p-1])
		if hasAnySubstring(line, changeHeaderWords) {
			under = yearHeaderLine(line) || !strings.ContainsAny(line, "0123456789")
			break
		}
		if line == "" || utf8.RuneCountInString(line) > 40 {
			break
		}
		if !endsWithDigit(line) && (strings.ContainsAny(line, "0123456789") || utf8.RuneCountInString(line) > 12) {
			break
		}
		p = a
	}
	c.lineEnd, c.under = nextLine(s, ls), under
	return under
}

// hasAnySubstring reports whether s holds one of ws.
func hasAnySubstring(s string, ws []string) bool {
	for _, w := range ws {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// rowThenName is the rule for a row of a list that ends with a number in a
// column of its own (原盐 2974.6万吨 1.1) followed by a line whose name
// starts with a character that is also a unit (卷烟 3421.3万箱 1.4, 家用洗衣机
// …): the next line is the next row, not the unit of a number the copy
// wrapped. The line holds another number before its last, set apart by a
// space, and the unit the next line starts with runs on into a name.
func rowThenName(line, next string) bool {
	k := strings.LastIndexAny(line, " \t\u3000")
	if k < 0 || !strings.ContainsAny(line[:k], "0123456789") {
		return false
	}
	for _, c := range strings.TrimLeft(line[k:], " \t\u3000") {
		if (c < '0' || c > '9') && c != '.' && c != '-' && c != '%' {
			return false
		}
	}
	u := baseLex.prefix(next)
	if u == "" {
		return false
	}
	return next[len(u):] != "" && isHanAt(next[len(u):], 0)
}

// surnames are common Chinese family names, the first character of a
// party a case description names with 某 (金某, 李某朋, 廖某某).
const surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵钱严覃武戴莫孔汤常温康施牛樊葛邢齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿兰焦俞柳甘祝包宁尚符舒阮柯纪梅童凌毕季裴霍涂苗谷盛曲翁冉骆蓝游辛靳管柴蒙鲍喻祁蒲滕屈饶牟艾尤穆卓缪简娄窦戚岑宫卜冷晏瞿桂佟臧闵苟邬卞姬栾隋刁巫寇桑郎甄丛虞敖巩佘池麻苑迟邝臧郑戈"

// caseNarrative is the rule for the facts of a case a report describes
// (典型案例: 其中，金某分得76485元; 金某为试探…购买了1.18克甲基苯丙胺):
// quantities of a sentence that has named a party by a surname and 某
// before them are the case's facts, not statistics of the report. pre is
// the sentence up to the number. A 某 after a surname that starts a word
// of time or kind (于某日, 某些) names no party.
func caseNarrative(pre string) bool {
	if casePartyCount(pre) {
		return true
	}
	for i := 0; ; {
		k := strings.Index(pre[i:], "某")
		if k < 0 {
			return false
		}
		k += i
		i = k + len("某")
		r, _ := utf8.DecodeLastRuneInString(pre[:k])
		if r == utf8.RuneError || !strings.ContainsRune(surnames, r) {
			continue
		}
		if next, _ := utf8.DecodeRuneInString(pre[i:]); strings.ContainsRune("日年月些个种一项类地处时", next) {
			continue
		}
		return true
	}
}

// noteAfterShareWords is the rule for a completion whose words a note in
// brackets follows before the number (为预算的(包括本级预算和上级专项)69.5%):
// name without the closing note and the 的 before it, to be read as the
// completion it is (为预算); name itself when it does not end so.
func noteAfterShareWords(name string) string {
	var open string
	switch {
	case strings.HasSuffix(name, ")"):
		open = "("
	case strings.HasSuffix(name, "）"):
		open = "（"
	default:
		return name
	}
	k := strings.LastIndex(name, open)
	if k <= 0 {
		return name
	}
	return strings.TrimSuffix(name[:k], "的")
}

// changeOnlyOfOtherPeriod is the figure stated only as a change that a
// change without a subject of its own, in a clause naming a period of its
// own, measures again over that period (居民消费价格同比上涨2.3%；1至11月累计
// 上涨1.9%): the sentence's last figure when it is such a figure of
// another period, -1 otherwise (and when the clause names no period).
func changeOnlyOfOtherPeriod(figs []Figure, sent []int, period string) int {
	if period == "" || len(sent) == 0 {
		return -1
	}
	k := sent[len(sent)-1]
	f := &figs[k]
	if !f.Missing || f.Prior || f.ChangeOf != "" || f.Period == period || !f.hasChangeKind(GrowthPct) {
		return -1
	}
	return k
}

// changeOfPeriod adds the figure of the change ch over the clause's period
// for the measure figure k states only as a change: its name, the clause's
// period.
func (x *extractor) changeOfPeriod(st *sentenceState, k int, ch *Change, textStart int, m unitMatch) {
	g := x.figs[k]
	f := Figure{Indicator: g.Indicator, Section: g.Section, Missing: true, Unit: g.Unit, Period: st.period, Year: x.year,
		Sentence: g.Sentence, SentenceSpan: g.SentenceSpan, Span: [2]int{textStart, m.end}, Source: g.Source, Parent: g.Parent, parent: g.parent}
	if st.periodYear > 0 {
		f.Year = st.periodYear
	}
	f.addChange(*ch)
	x.push(f)
	st.figs = append(st.figs, len(x.figs)-1)
}

// wrappedRateWord is the rule for 增幅, 降幅 or 减幅 broken by a space where
// the copy wrapped the line (增加2376.08万元，增 幅121.58%): the clause's
// text before the number (p) is 幅 alone and the text before it (before)
// ends with 增, 降 or 减 and one space. It returns the sign of the change,
// 0 when the form does not hold.
func wrappedRateWord(before, p string) int {
	if p != "幅" {
		return 0
	}
	b := strings.TrimSuffix(before, " ")
	if len(b) != len(before)-1 {
		return 0
	}
	switch {
	case strings.HasSuffix(b, "增"):
		return 1
	case strings.HasSuffix(b, "降"), strings.HasSuffix(b, "减"):
		return -1
	}
	return 0
}

// casePartyCount reports a case's parties counted in words before their
// role (四被告人组织他人卖淫非法获利62万余元, 三名被告人): a case described,
// not a statistic (判处被告人1200人 counts them in digits after).
func casePartyCount(pre string) bool {
	// Every role ends in 人: one scan for it finds them all.
	for i := 0; ; {
		j := strings.Index(pre[i:], "人")
		if j < 0 {
			return false
		}
		j += i
		i = j + len("人")
		for _, role := range []string{"被告人", "犯罪嫌疑人", "被害人"} {
			if !strings.HasSuffix(pre[:i], role) {
				continue
			}
			b := strings.TrimSuffix(pre[:i-len(role)], "名")
			if r, _ := utf8.DecodeLastRuneInString(b); r != utf8.RuneError && strings.ContainsRune("二两三四五六七八九十", r) {
				return true
			}
		}
	}
}
