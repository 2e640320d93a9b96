package extract

import (
	"strings"
	"unicode/utf8"
)

// rangeChain reads a range written as one chain of two numbers with one
// unit: 3-5个, 300-500万元, 10~15天. It returns the upper end; the chain
// must be followed by a unit of quantity or a percent, and the ends must
// rise (2021-2025年 and 1-11月 have no such unit and are periods).
func rangeChain(s string, t token) (number, bool) {
	if t.parts != 2 || !isRangeSep(t.sep) || t.num.leadZero || t.last.leadZero || t.num.value >= t.last.value {
		return number{}, false
	}
	m := readUnit(s, t.end)
	if m.kind != unitQuantity && m.kind != unitPercent {
		return number{}, false
	}
	return t.last, true
}

// rangeTail reads the upper end of a range whose ends each carry the unit:
// 3%至32%, 5万元到10万元, 3个-5个. toks[i] is the lower end, m its unit;
// the upper end must follow a range word directly, with the same unit, and
// be larger.
func rangeTail(s string, toks []token, i int, m unitMatch) (number, unitMatch, bool) {
	if m.kind != unitQuantity && m.kind != unitPercent || i+1 >= len(toks) {
		return number{}, unitMatch{}, false
	}
	r, n := utf8.DecodeRuneInString(s[m.end:])
	if !isRangeSep(r) {
		return number{}, unitMatch{}, false
	}
	nt := toks[i+1]
	if nt.kind != tokNum || nt.start != m.end+n || nt.parts != 1 || nt.num.chinese || nt.num.leadZero || nt.num.value <= toks[i].num.value {
		return number{}, unitMatch{}, false
	}
	hm := readUnit(s, nt.end)
	if hm.unit != m.unit {
		return number{}, unitMatch{}, false
	}
	return nt.num, hm, true
}

// dayIsDuration reports whether 日 after a number is a length of time
// (压缩至5日, 平均3.5日, 15日内办结) rather than a day of a month (9月20日,
// 于15日召开). pre is the clause before the number, rest the text from 日.
func dayIsDuration(pre, rest string) bool {
	if strings.HasPrefix(rest, "号") {
		return false
	}
	if hasPrefixAny(strings.TrimPrefix(rest, "日"), []string{"内", "以内", "以上", "之内"}) != "" {
		return true
	}
	if hasPrefixAny(strings.TrimPrefix(rest, "日"), []string{"压缩", "压减", "缩短", "缩减", "减少", "减至", "降至", "降低", "延长", "提速"}) != "" {
		return true // 由20日压减至5日: the length before its change
	}
	pre = strings.TrimRight(pre, " ")
	for {
		w := hasSuffixAny(pre, approxPrefixes)
		if w == "" {
			break
		}
		pre = strings.TrimSuffix(pre, w)
	}
	if hasSuffixAny(pre, durationWords) != "" {
		return true
	}
	// 平均住院日为8.8日, 办理时间为3日: a length named before the number.
	p := strings.TrimSuffix(strings.TrimSuffix(pre, "为"), "是")
	return p != pre && (strings.HasSuffix(p, "日") || strings.HasSuffix(p, "天") || strings.HasSuffix(p, "时间") || strings.HasSuffix(p, "时长") || strings.HasSuffix(p, "周期"))
}

// decimalDays is the rule for a number of days written with decimals
// (平均住院日8.9日, 缩短0.2日): no day of a month is, so 日 after it is a
// length of time.
func decimalDays(n number) bool { return n.decimals > 0 }

// durationWords precede a length of time.
var durationWords = []string{"压缩至", "压缩到", "压缩为", "缩短至", "缩短到", "缩短为", "缩减至", "压减至", "减少至", "降至", "控制在",
	"平均", "用时", "时限", "时长", "提前", "不超过", "少于", "为期", "历时", "平均办理时间", "办理时限", "办结时限"}

// isContribution reports a clause that states a contribution
// (拉动GDP增长1.2个百分点, 对经济增长贡献2.1个百分点) or a comparison with
// another body (增幅高于全省平均3.7个百分点): its percentage points are a
// figure of their own, not a change of the figure before.
func isContribution(clause string) bool {
	for _, w := range []string{"拉动", "贡献", "高于", "低于", "快于", "慢于", "高出", "低出"} {
		if strings.Contains(clause, w) {
			return true
		}
	}
	return comparedWithBody(clause)
}

// comparedWithBody is the rule for a comparison with another body written
// with 比 and an adjective (比全省平均水平快0.5个百分点, 比全国增速高1.2个百分
// 点, 较全市平均慢0.3个百分点): the clause before the number opens its
// comparison with 比 or 较 and a body (全省, 全市, 全国 …, or 平均) and ends
// in 快, 慢, 高 or 低. Its points are a figure of its own, as after 高于.
func comparedWithBody(clause string) bool {
	c := strings.TrimSpace(clause)
	c = strings.TrimSuffix(c, "了")
	if hasSuffixAny(c, []string{"快", "慢", "高", "低"}) == "" {
		return false
	}
	for _, cmp := range []string{"比", "较"} {
		k := strings.LastIndex(c, cmp)
		if k < 0 {
			continue
		}
		body := c[k+len(cmp):]
		if strings.HasPrefix(body, "全") || strings.Contains(body, "平均") {
			return true
		}
	}
	return false
}

// perBaseUnit reads a rate written per a round base: 9.8/10万,
// 35.6/10万人, 2.1/1000. The unit is the slash and the base as written
// (/10万, /10万人, /1000).
func perBaseUnit(s string, t token) (unitMatch, bool) {
	if t.parts != 2 || t.sep != '/' || t.last.decimals != 0 || t.num.leadZero {
		return unitMatch{}, false
	}
	switch t.last.value {
	case 10, 100, 1000, 10000, 100000:
	default:
		return unitMatch{}, false
	}
	j := perBaseTail(s, t.end)
	if j == t.end && t.last.value < 1000 {
		return unitMatch{}, false // 3/10 is a fraction or a date
	}
	u := "/" + s[t.last.start:j]
	return unitMatch{unit: u, base: u, kind: unitQuantity, end: j}, true
}

// perBaseTail is the end of the scale and noun after a round base
// (10万人口, 1000活产): s[j:] starts after the base's digits.
func perBaseTail(s string, j int) int {
	if sc := scaleLex.prefix(s[j:]); sc == "万" || sc == "千" {
		j += len(sc)
	}
	if b := hasPrefixAny(s[j:], []string{"人口", "人", "活产", "例"}); b != "" {
		j += len(b)
	}
	return j
}

// perBaseDenominator is the rule for the denominator of a count per a
// round base written after the count's own unit (210.5人/10万, 3.2例/万人
// is read as a unit word, 15人/10万人口): at s[k], right after the slash,
// a base of 10, 100, … 100000 in digits, with the scale and noun after it
// that perBaseTail reads. It returns the end of the denominator, or k when
// there is none (元/股 is read as a word; 人/12 is no base).
func perBaseDenominator(s string, k int) int {
	if !isDigitAt(s, k) {
		return k
	}
	n, ok := scanNumber(s, k)
	if !ok || n.decimals > 0 || n.leadZero || s[n.end-1] < '0' || s[n.end-1] > '9' {
		return k
	}
	switch n.value {
	case 10, 100, 1000, 10000, 100000:
	default:
		return k
	}
	e := perBaseTail(s, n.end)
	if e == n.end && n.value < 1000 {
		return k // 人/10 with nothing after: no base
	}
	return e
}

// changeThenLevel is the rule for an absolute change followed by the level
// it reached, both with their unit (受理案件增加12件至300件, 减少20人到1500人):
// after a verb of an absolute change, a count 至 a count is the change and
// the level, not a range. Percent ranges after a verb (增长6%至7%) stay
// ranges. pre is the clause before the lower number, m its unit.
func changeThenLevel(pre string, m unitMatch) bool {
	if m.kind != unitQuantity {
		return false
	}
	p := strings.TrimSuffix(strings.TrimRight(pre, " "), "了")
	return changeVerbLex.suffix(p) != ""
}
