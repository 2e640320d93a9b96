package extract

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/annualstat/annualstat/analysis/doc"
)

// Company results written as prose (业绩快报, a results announcement, a
// news item on the results): how they name a segment's figures.

// segmentEnds end the name of a part of a company whose results a
// sentence states (基础设施建设业务, 境外业务, 地产板块, 海外分部, 制造事业部).
var segmentEnds = []string{"业务", "板块", "分部", "事业部", "子公司"}

// dropAchieveVerb is the rule for a segment's figure stated with the verb
// of achieving between the segment and the quantity (勘察设计业务实现营业收入
// → 勘察设计业务营业收入; 境外业务实现新签合同额 → 境外业务新签合同额): the
// segment ends in 业务, 板块, 分部, 事业部 or 子公司 and the quantity after
// 实现 or 取得 is at least two Han characters. The name is returned as is
// otherwise (公司实现营业总收入 leads with the company, stripped elsewhere).
func dropAchieveVerb(name string) string {
	for _, w := range []string{"实现", "取得"} {
		k := strings.Index(name, w)
		if k <= 0 {
			continue
		}
		segment, noun := name[:k], name[k+len(w):]
		if hasSuffixAny(segment, segmentEnds) == "" {
			continue
		}
		if utf8.RuneCountInString(noun) < 2 || !isHanString(noun) {
			continue
		}
		return segment + noun
	}
	return name
}

// endedSpans are the spans a results statement names after 截至…止 (截至
// 2024年6月30日止六个月: the six months ended then), the longest first.
var endedSpans = []string{"十二个月", "十二個月", "六个月", "六個月", "三个月", "三個月", "九个月", "九個月", "年度", "期间", "期間"}

// endedPeriodEnd is the rule for a period that a results statement writes
// as the end of its span (截至9月30日止, 截至2024年6月30日止六个月, 截至十二月
// 三十一日止年度: the period ended then): when the period at [start, j) of
// s opens with 截至 or 截止 and 止 follows it, the period goes on over 止 and
// the span after it (六个月, 年度, 期间, 第三季 names no span of its own); it
// returns the period's end, j when it is no such period. b bounds the
// sentence.
func endedPeriodEnd(s string, start, j, b int) int {
	if hasPrefixAny(s[start:j], []string{"截至", "截止"}) == "" || !strings.HasPrefix(s[j:b], "止") {
		return j
	}
	j += len("止")
	if w := hasPrefixAny(s[j:b], endedSpans); w != "" {
		j += len(w)
	}
	return j
}

// wrapBlockLines bounds the lines around a line that fixedWidthWrap
// measures the copy's width by.
const wrapBlockLines = 8

// minWrapWidth is the narrowest copy width (display columns) taken for a
// fixed width: shorter lines are items, headings or labels.
const minWrapWidth = 40

// lineWidth is the display width of s[a:b], wide characters two columns.
func lineWidth(s string, a, b int) int {
	w := 0
	for _, r := range s[a:b] {
		w += doc.RuneWidth(r, doc.GridOptions{})
	}
	return w
}

// fixedWidthWrap is the rule for prose a copy wrapped at a fixed width, as
// news wires and terminals do (…每股盈利4元,扣除非 then 經常性損益之純利109億元
// on the next line): a line whose display width is within a tenth of the
// widest of the lines around it (the block of non-empty lines, up to
// wrapBlockLines each way), that width at least minWrapWidth, was broken
// where the copy's width ran out, and goes on on the next line. The line
// is the last of s[a:b]; the caller checks how it ends and how the next
// begins.
func fixedWidthWrap(s string, a, b int) bool {
	a += strings.LastIndexByte(s[a:b], '\n') + 1
	w := lineWidth(s, a, b)
	if w < minWrapWidth*9/10 {
		return false
	}
	widest := w
	pos := nextLine(s, a) + 1 // the lines after
	for k := 0; k < wrapBlockLines && pos < len(s); k++ {
		e := nextLine(s, pos)
		ca, cb := trimSpace(s, pos, e)
		if ca >= cb {
			break
		}
		widest = max(widest, lineWidth(s, ca, cb))
		pos = e + 1
	}
	start := strings.LastIndexByte(s[:a], '\n') + 1 // the lines before
	for k := 0; k < wrapBlockLines && start > 0; k++ {
		ps := strings.LastIndexByte(s[:start-1], '\n') + 1
		ca, cb := trimSpace(s, ps, start-1)
		if ca >= cb {
			break
		}
		widest = max(widest, lineWidth(s, ca, cb))
		start = ps
	}
	return widest >= minWrapWidth && w*10 >= widest*9
}

// joinWrappedNames is the rule for a name read across a line the copy
// wrapped (扣除非 then 經常性損益之純利): the figure's subject, period and
// parent are written without the break, the spaces around it dropped
// between Chinese characters and one kept between Latin words.
func joinWrappedNames(figs []Figure) {
	for i := range figs {
		f := &figs[i]
		f.Indicator = joinWrapped(f.Indicator)
		f.Period = joinWrapped(f.Period)
		f.Parent = joinWrapped(f.Parent)
	}
}

// joinWrapped is t with each line break and the spaces around it removed
// (a space kept between two ASCII characters).
func joinWrapped(t string) string {
	if strings.IndexByte(t, '\n') < 0 {
		return t
	}
	var sb strings.Builder
	for i := 0; i < len(t); {
		k := strings.IndexByte(t[i:], '\n')
		if k < 0 {
			sb.WriteString(t[i:])
			break
		}
		before := strings.TrimRight(t[i:i+k], " \t\r")
		sb.WriteString(before)
		j := i + k + 1
		for j < len(t) && (t[j] == ' ' || t[j] == '\t' || t[j] == '\r') {
			j++
		}
		if before != "" && j < len(t) && before[len(before)-1] < utf8.RuneSelf && t[j] < utf8.RuneSelf && t[j] != '\n' {
			sb.WriteByte(' ')
		}
		i = j
	}
	return sb.String()
}

// lineWrapEnd is the end of a line break the copy wrapped a sentence at,
// with the spaces around it, at byte i of s (before b); i if none.
func lineWrapEnd(s string, i, b int) int {
	j := i
	for j < b && (s[j] == ' ' || s[j] == '\r') {
		j++
	}
	if j >= b || s[j] != '\n' {
		return i
	}
	j++
	for j < b && s[j] == ' ' {
		j++
	}
	return j
}

// resultsQuantityEnds end the name of a quantity of a company's results
// (第三季纯利, 归母净利润, 营业总收入), and measureModifiers the words that
// make a measure word another quantity (净利润, 毛利润, 总收入).
var (
	resultsQuantityEnds = []string{"利润", "纯利", "盈利", "溢利", "毛利", "收入", "营收", "收益", "亏损"}
	measureModifiers    = []string{"净", "纯", "毛", "总"}
)

// namesResultsQuantity is the rule for the entity inheritEntity would give
// a measure word (营业收入, 利润) from the figure before: when what is left
// of that figure's name is itself a company's results quantity (第三季纯利,
// then 营业收入) or ends in a word that made the measure another one (公司净
// of 公司净利润), the measure is the company's own, of no entity named
// before (公司净利润12亿元，营业收入300亿元: 营业收入, not 公司净营业收入).
func namesResultsQuantity(entity string) bool {
	return hasSuffixAny(entity, resultsQuantityEnds) != "" || hasSuffixAny(entity, measureModifiers) != ""
}

// changePeriodWords name the period of a change stated after the balance
// it opened with (期初总股本…，本期增加…).
var changePeriodWords = []string{"本期", "本年", "本年度", "报告期内", "本报告期", "期内", "年内", "本期内"}

// openingWords mark a balance at the start of the period (期初总股本,
// 期初数量, 年初余额).
var openingWords = []string{"期初", "年初"}

// openingBalanceName is the rule for a change stated by its period only
// after the balance the period opened with (普通股期初总股本17690.15万股，
// 本期增加236万股至17926.15万股; 无限售股份期初数量8586.15万股，占比48.54%，
// 本期减少…): the change is of that balance, named without the opening
// word (普通股总股本; 无限售股份, 数量 dropped with it). name is the change's
// subject as written (本期), unit its unit; the balance is the sentence's
// last level in the same base unit. "" when the rule does not apply.
func (x *extractor) openingBalanceName(st *sentenceState, name, unit string) string {
	if hasPrefixAny(name, changePeriodWords) != name {
		return ""
	}
	for k := len(st.figs) - 1; k >= 0 && k >= len(st.figs)-maxLookback; k-- {
		f := &x.figs[st.figs[k]]
		if f.Prior || f.Missing || f.ChangeOf != "" || f.Terms != 0 || unitBase(f.Unit) != unitBase(unit) || unitBase(unit) == "" {
			continue
		}
		return openedName(f.Indicator)
	}
	return ""
}

// openedName is a balance's name without its opening word: 普通股期初总股本
// → 普通股总股本, 无限售股份期初数量 → 无限售股份, 期初余额 → ""; "" when the
// name has no opening word.
func openedName(ind string) string {
	for _, w := range openingWords {
		k := strings.Index(ind, w)
		if k < 0 {
			continue
		}
		head, tail := ind[:k], ind[k+len(w):]
		switch tail {
		case "数量", "数", "余额", "值", "":
			tail = ""
		}
		if n := head + tail; utf8.RuneCountInString(n) >= 2 {
			return n
		}
		return ""
	}
	return ""
}

// openedChange reports the figure of a change of an opening balance
// (openingBalanceName): its name is the balance's, a period word and the
// verb (普通股总股本本期增加 of 普通股总股本).
func openedChange(ind, of string) bool {
	rest, ok := strings.CutPrefix(ind, of)
	return ok && of != "" && hasPrefixAny(rest, changePeriodWords) != ""
}

// colonYearPrior is the rule for the prior a Hong Kong results statement
// gives in brackets after a figure, its year and a colon first (收益减少17.6%
// 至约人民币277,261,000元（二零一九年：人民币336,538,000元）; 毛利率56.9%（2019年：
// 59.7%）): head is the bracket's text before the number; it returns the
// year, written in digits or in Chinese numerals, with a currency word or
// 约 after the colon. ok is false for any other text.
func colonYearPrior(head string) (year int, ok bool) {
	h := strings.TrimSpace(head)
	e := cnYearEnd(h, 0)
	if e > 0 {
		year = cnYearValue(h[:e])
	} else if len(h) >= 7 && headerYearDigits(h[:4]) != 0 && strings.HasPrefix(h[4:], "年") {
		year, e = headerYearDigits(h[:4]), 4+len("年")
	}
	if year == 0 {
		return 0, false
	}
	rest := strings.TrimPrefix(h[e:], "度")
	c := hasPrefixAny(rest, []string{":", "："})
	if c == "" {
		return 0, false
	}
	rest = strings.TrimSpace(rest[len(c):])
	rest = strings.TrimPrefix(rest, "约")
	if w := hasPrefixAny(rest, currencyPrefixes); w != "" {
		rest = rest[len(w):]
	}
	rest = strings.TrimPrefix(strings.TrimSpace(rest), "约")
	return year, rest == ""
}

// bracketHead is the text of t after its last opening bracket, "" when t
// opens none (or closes it again).
func bracketHead(t string) string {
	k := max(strings.LastIndex(t, "("), strings.LastIndex(t, "（"))
	if k < 0 || strings.ContainsAny(t[k:], ")）") {
		return ""
	}
	_, n := utf8.DecodeRuneInString(t[k:])
	return t[k+n:]
}

// bracketChangeUnits are the units of a signed change an analyst writes in
// brackets after a figure: percentage points (pct, pp, 个百分点) and percent.
var bracketChangeUnits = []string{"个百分点", "百分点", "pct", "ppt", "pp", "%", "％"}

// bracketedSignedChange is the rule for a change that a research report
// writes in brackets right after its figure, signed and with its unit only
// (毛利率20.5%(+1.2pct), 营收100亿元(-3.5%)): the figure's year-over-year
// change, in percentage points after a rate in % (pct, pp, 个百分点) and
// in percent after a level. A percent after a rate (is it points or
// percent?) and points after a level are no change, and no figure either.
// toks[i] is the bracket's number; it returns the tokens after it the
// bracket holds, and ok when the bracket is such a change.
func (x *extractor) bracketedSignedChange(st *sentenceState, toks []token, i int) (skip int, ok bool) {
	t := toks[i]
	if !t.inParen || len(st.figs) == 0 {
		return 0, false
	}
	f := &x.figs[st.figs[len(st.figs)-1]]
	s := x.s[:st.b]
	p := f.Span[1]
	if f.Missing || p <= 0 || p >= t.start {
		return 0, false
	}
	open := hasPrefixAny(s[p:], []string{"(", "（"})
	if open == "" {
		return 0, false
	}
	p += len(open)
	sign := hasPrefixAny(s[p:], []string{"+", "-", "＋", "－", "−"})
	if sign == "" {
		return 0, false
	}
	p += len(sign)
	q := p
	for q < len(s) && (isDigitAt(s, q) || s[q] == '.') {
		q++
	}
	if q == p || t.start > p || t.end > q+len("%") {
		return 0, false
	}
	v, err := strconv.ParseFloat(s[p:q], 64)
	if err != nil {
		return 0, false
	}
	unit := hasPrefixAny(s[q:], bracketChangeUnits)
	if unit == "" {
		return 0, false
	}
	end := q + len(unit)
	closing := hasPrefixAny(s[end:], []string{")", "）"})
	if closing == "" {
		return 0, false
	}
	end += len(closing)
	for j := i + 1; j < len(toks) && toks[j].start < end; j++ {
		skip++
	}
	if sign != "+" && sign != "＋" {
		v = -v
	}
	points := unit != "%" && unit != "％"
	rate := f.Unit == "%"
	switch {
	case points && rate:
		f.addChange(Change{Kind: PP, Value: v, Text: s[f.Span[1]:end], Number: s[p:q], Decimals: decimalsOf(s[p:q]), Unit: "个百分点"})
	case !points && !rate && f.Unit != "" && !f.hasChangeKind(GrowthPct):
		f.addChange(Change{Kind: GrowthPct, Value: v, Text: s[f.Span[1]:end], Number: s[p:q], Decimals: decimalsOf(s[p:q]), Unit: "%"})
	}
	return skip, true
}

// ratioAcronyms are the Latin abbreviations of the ratios and amounts a
// company's results name (ROE, EPS), written right before their value.
var ratioAcronyms = []string{"ROE", "ROA", "ROIC", "EPS", "GMV", "ARPU"}

// ratioAcronymBefore is the rule for a number written right after the
// Latin abbreviation of a ratio or amount of company results (加权ROE3.04%,
// EPS0.52元): the abbreviation is the figure's name, not a code the number
// belongs to (G20, PM2.5). It reports whether s before byte i ends in
// one, itself after no Latin letter.
func ratioAcronymBefore(s string, i int) bool {
	for _, a := range ratioAcronyms {
		if strings.HasSuffix(s[:i], a) && (i == len(a) || !isASCIILetter(s[i-len(a)-1])) {
			return true
		}
	}
	return false
}
