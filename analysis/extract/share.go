package extract

import (
	"strings"
	"unicode/utf8"
)

// Shares written in words: fractions (三分之一, 1/4左右), percentages in
// words (百分之八十), and tenths (四成, 近七成). They are figures of their own
// in their unit as written: a fraction has no unit (三分之一 is 1/3, unit
// ""), 百分之八十 is 80 %, 千分之五 is 5 ‰, 七成 is 7 成. Vague shares
// (过半, 大半, 半数以上) state no number and are no figure; a share that is a
// voting threshold (三分之二以上多数通过) is a condition, not a figure.

// unitShare is the kind of a share in words: a fraction (unit "") or tenths
// (成). Percentages in words are unitPercent.
const unitShare unitKind = 100

// cnFraction is the rule for a share written in Chinese numerals at s[i]:
// 百分之八十 (80, "%"), 千分之五 and 千分之12.13 (5, 12.13, "‰"), 三分之一
// (1/3, ""), 四分之三.
// The denominator of a fraction is 2 to 10 and the numerator below it. It
// returns the number (its span the whole expression, chinese set) and the
// unit.
func cnFraction(s string, i int) (number, string, bool) {
	for _, p := range []struct{ word, unit string }{{"百分之", "%"}, {"千分之", "‰"}} {
		if strings.HasPrefix(s[i:], p.word) {
			if isDigitAt(s, i+len(p.word)) {
				// 千分之12.13: the digits are the number.
				n, ok := scanNumber(s, i+len(p.word))
				if !ok || n.leadZero {
					return number{}, "", false
				}
				n.start = i
				return n, p.unit, true
			}
			n, ok := scanChinese(s, i+len(p.word))
			if !ok || n.value <= 0 || n.value > 1000 {
				return number{}, "", false
			}
			n.start = i
			return n, p.unit, true
		}
	}
	den, ok := scanChinese(s, i)
	if !ok || !strings.HasPrefix(s[den.end:], "分之") || den.value < 2 || den.value > 10 {
		return number{}, "", false
	}
	num, ok := scanChinese(s, den.end+len("分之"))
	if !ok || num.value < 1 || num.value >= den.value {
		return number{}, "", false
	}
	return number{start: i, end: num.end, value: num.value / den.value, chinese: true}, "", true
}

// fractionChain is the rule for a fraction written in digits (1/4左右, 占比
// 达1/3): two whole numbers joined by /, the denominator 2 to 10 and the
// numerator below it, with a share's context: a qualifier or 的 after it
// (左右, 以上, 以下, 的), or a share word, qualifier or 为/是/达 before it. 1/4
// alone can be a date or a score and is not read. It returns the value.
func fractionChain(pre, rest string, t token) (float64, bool) {
	if t.parts != 2 || t.sep != '/' || t.num.decimals != 0 || t.last.decimals != 0 || t.num.leadZero || t.last.leadZero {
		return 0, false
	}
	a, b := t.num.value, t.last.value
	if b < 2 || b > 10 || a < 1 || a >= b {
		return 0, false
	}
	if hasPrefixAny(rest, []string{"左右", "以上", "以下", "的", "强", "多"}) != "" {
		return a / b, true
	}
	p := strings.TrimRight(pre, " ")
	if hasSuffixAny(p, []string{"约", "近", "占", "达", "为", "是", "超过", "逾", "占比", "比例", "比重", "接近", "将近", "不足", "不到"}) != "" {
		return a / b, true
	}
	return 0, false
}

// notTenths are words that begin with 成 after a numeral without being
// tenths: 一成不变, 三成员单位, 统一成立 ….
var notTenths = []string{"成员", "成立", "成为", "成功", "成果", "成本", "成效", "成熟", "成交", "成型", "成绩", "成就", "成都",
	"成品", "成人", "成年", "成长", "成份", "成分", "成像", "成建制", "成套", "成批", "成片", "成规模", "成不变", "成熟度", "成才", "成材", "成活", "成案", "成诉", "成讼"}

// tenthsUnit is the rule for a share in tenths (四成, 近七成受访者, 8成以上):
// 成 right after a number of one to ten. It returns the unit read from i
// (the end of the number), with any qualifier after it (以上, 左右, 多).
func tenthsUnit(s string, i int, value float64, decimals int) (unitMatch, bool) {
	if !strings.HasPrefix(s[i:], "成") || value < 1 || value > 10 || decimals > 1 {
		return unitMatch{}, false
	}
	if hasPrefixAny(s[i:], notTenths) != "" {
		return unitMatch{}, false
	}
	j := i + len("成")
	m := unitMatch{unit: "成", base: "成", kind: unitShare, end: j}
	shareQualifier(s, &m)
	return m, true
}

// shareMatch is the unit of a share in words ending at i.
func shareMatch(s string, i int, unit string) unitMatch {
	m := unitMatch{unit: unit, base: unit, kind: unitShare, end: i}
	if unit == "%" || unit == "‰" {
		m.kind = unitPercent
	}
	shareQualifier(s, &m)
	return m
}

// shareQualifier reads a qualifier after a share (左右, 以上, 多).
func shareQualifier(s string, m *unitMatch) {
	if w := hasPrefixAny(s[m.end:], []string{"左右", "上下", "以上", "以下", "多"}); w != "" {
		m.approx, m.qual = true, w
		m.end += len(w)
	}
}

// isVotingThreshold reports a share that is the threshold of a vote or a
// rule (三分之二以上多数通过, 三分之二以上代表同意): rest is the text after the
// share and its qualifier.
func isVotingThreshold(rest string) bool {
	rest = strings.TrimPrefix(rest, "的")
	return hasPrefixAny(rest, []string{"多数", "通过", "同意", "赞成", "表决", "代表", "委员", "成员", "票"}) != ""
}

// shareNoun is the noun a share counts when the text names it after the
// share (三分之一的企业实现盈利, 近七成受访者表示满意): the span after an
// optional 的, "" span (a == b) when there is none.
func shareNoun(s string, end, b int) (int, int) {
	j := end
	if strings.HasPrefix(s[j:b], "的") {
		j += len("的")
	}
	if j >= b || !isHanAt(s, j) {
		return j, j
	}
	r, _ := utf8.DecodeRuneInString(s[j:])
	if r == '是' || r == '为' {
		return j, j
	}
	return postNoun(s, j, b)
}

// unitBare is the kind of a figure the text writes without a unit because
// its name says what it is: an index, a coefficient, a ratio (居民消费价格
// 指数为102.0, 基尼系数0.465, 总人口性别比为104.64). Its unit is "".
const unitBare unitKind = 101

// bareMeasureNames end the names of quantities written without a unit.
var bareMeasureNames = []string{"案-件比", "案件比", "指数", "系数", "性别比", "比值", "之比", "收入比", "赡养比", "抚养比", "弹性系数", "基尼系数", "恩格尔系数", "价格指数", "景气指数", "满意度指数",
	"期望寿命", "预期寿命", "人数"} // 户籍人口期望寿命80.48, 死亡人数5262: in years, in persons

// bareMeasure is the rule for a number without a unit right after the name
// of an index, a coefficient or a ratio (居民消费价格指数为102.0, 基尼系数约
// 为0.465, 总人口性别比为104.64): pre is the clause's text before the number.
// A verb of change before the number (指数下降0.5) is no such statement.
func bareMeasure(pre string) bool {
	p := strings.TrimRight(pre, " ")
	for {
		w := hasSuffixAny(p, approxPrefixes)
		if w == "" {
			break
		}
		p = strings.TrimSuffix(p, w)
	}
	for _, w := range []string{"为", "是", "达到", "达", "了"} {
		p = strings.TrimSuffix(p, w)
	}
	p = strings.TrimSuffix(p, "分别") // 男、女期望寿命分别为78.57和82.57
	for _, q := range []string{"”", "\"", "」", "’"} {
		p = strings.TrimSuffix(p, q) // “案-件比”为106.33
	}
	return hasSuffixAny(p, bareMeasureNames) != ""
}

// listedBare is the rule for a value without a unit listed after one read
// without a unit (男、女期望寿命分别为78.57和82.57; 基尼系数0.46、0.47): when the
// sentence's last figure is in no unit and only 和, 、, 及 or 与 stand
// between it and the number at numStart, the number is in no unit too.
func (x *extractor) listedBare(st *sentenceState, numStart int) bool {
	if len(st.figs) == 0 {
		return false
	}
	f := &x.figs[st.figs[len(st.figs)-1]]
	if f.Unit != "" || f.Missing || f.Span[1] > numStart || f.Span[1] < st.a {
		return false
	}
	switch strings.TrimSpace(x.s[f.Span[1]:numStart]) {
	case "和", "、", "及", "与":
		return true
	}
	return false
}
