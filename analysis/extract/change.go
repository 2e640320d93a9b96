package extract

import (
	"math"
	"strings"
	"unicode/utf8"
)

var upVerbs = []string{"增长", "增加", "上升", "提高", "提升", "上涨", "扩大", "增", "升", "增多", "增产", "增收", "增支", "上调", "多增", "延长", "递增", "调增", "多赚", "增赚", "激增", "猛增", "骤增", "暴增", "大增"}
var downVerbs = []string{"下降", "减少", "降低", "下滑", "回落", "下跌", "跌", "缩小", "收窄", "减", "降", "缩减", "削减", "减小", "减产", "减收", "减支", "下调", "少增", "缩短", "递减", "调减", "少赚", "减赚", "锐减", "骤减", "骤降", "暴跌", "大跌"}

// readChange recognises a change stated by the number: a change verb before
// it (同比增长12.33%, 下降8.42%, 增加了555件, 提高1.2个百分点, 增长5倍) or a
// multiple (是上年的5倍). textStart includes a comparison (比去年同期).
func (x *extractor) readChange(st *sentenceState, pre string, lead int, n number, neg bool, m unitMatch) (*Change, int, bool) {
	s := x.s
	p := strings.TrimRight(pre, " \n\r\t") // 增长\n7.6%: a line the copy wrapped
	p = strings.TrimSuffix(p, "了")
	sign := 1.0
	verb := ""
	toForm := false
	if m.kind == unitPercent && averageRateLevel(p) {
		return nil, 0, false // 年均增幅达24%以上: a rate stated as a level
	}
	if w := growthRateLex.suffix(p); w != "" && m.kind == unitPercent && m.unit != "‰" {
		verb = w
	} else if w := declineRateLex.suffix(p); w != "" && m.kind == unitPercent {
		verb, sign = w, -1
	} else if sg := wrappedRateWord(s[:st.subjStart], p); sg != 0 && m.kind == unitPercent && m.unit != "‰" {
		verb, sign = "幅", float64(sg) // 增 幅121.58%: 增幅 the copy broke with a space
	} else if w := signedComparison(p, neg); w != "" && m.kind == unitPercent && m.unit != "‰" {
		verb = w // 同比-9.45%, 同比+0.25%: the sign is the direction
	} else if w, sg := moreOrLess(p); w != "" {
		// 比上年多审结300件, 较去年同期少150件.
		verb, sign = w, sg
	} else if w, sg := netChange(p); w != "" && x.netChangeOf(st, p, m) {
		// 年末常住人口125.3万人，净增3.1万人.
		verb, sign = w, sg
	} else if w := upLex.suffix(p); w != "" {
		verb = w
		before := strings.TrimSuffix(p, w)
		if strings.HasSuffix(before, "新") || strings.HasSuffix(before, "净") || strings.HasSuffix(before, "新增") {
			return nil, 0, false
		}
		if strings.HasSuffix(before, "负") {
			// 负增长1.21%: a decline.
			verb, sign = "负"+w, -1
		}
		if lossChange(before, m) {
			sign = -1 // 净利润-3.2亿元，亏损增加1.6亿元 (losschange.go)
		}
	} else if w := downLex.suffix(p); w != "" {
		verb, sign = w, -1
		before := strings.TrimSuffix(p, w)
		if strings.HasSuffix(before, "净") {
			return nil, 0, false
		}
		if lossChange(before, m) {
			sign = 1 // 亏损减少0.5亿元: the result rose
		}
	} else if m.kind == unitMultiple && bodyMultiple(p) {
		return nil, 0, false // 是全市人均结案数的1.79倍: a figure of its own
	} else if m.kind == unitMultiple {
		// 是上年的5倍, 增长到5倍, 提升至5倍, 达到5倍.
		if strings.HasSuffix(p, "的") || hasSuffixAny(p, []string{"到", "至", "达", "为"}) != "" {
			verb = ""
			toForm = true
		} else {
			return nil, 0, false
		}
	} else {
		return nil, 0, false
	}
	vs := lead - (len(pre) - len(p)) - len(verb)
	if toForm {
		vs = lead - (len(pre) - len(p))
		// Back up to the 是/为/相当于 … of "是上年的5倍".
		seg := s[st.subjStart:vs]
		if k := lastIndexAny(seg, []string{"是", "为", "相当于", "增长到", "增长至", "提升到", "提升至", "提高到", "提高至", "增加到", "增加至", "达到"}); k >= 0 {
			vs = st.subjStart + k
		}
	}
	ch := &Change{Decimals: n.decimals, Number: s[n.start:n.end], Unit: m.unit, verb: strings.TrimPrefix(verb, "负")}
	ch.verb = strings.TrimRight(ch.verb, "+＋") // 同比+0.25%: the comparison is the verb
	v := n.value
	if neg {
		v = -v
		if sign < 0 {
			// 下降-0.3%: the sign repeats the verb (a column's signed
			// figure copied into prose); a decline all the same.
			sign = 1
		}
		ch.Number = "-" + ch.Number
	}
	switch m.kind {
	case unitPercent:
		ch.Kind = GrowthPct
		ch.Value = sign * v
		if m.unit == "‰" {
			// 出生率下降0.5‰: per-mille points of a per-mille rate.
			ch.Kind = PP
		}
	case unitPP:
		ch.Kind = PP
		ch.Value = sign * v
	case unitMultiple:
		ch.Kind = Multiple
		if toForm {
			ch.Value = v
		} else if sign < 0 || neg {
			return nil, 0, false // 下降5倍: not a multiple we can read
		} else {
			ch.Value = v + 1
		}
	default:
		ch.Kind = Abs
		ch.Value = sign * v
	}
	if math.IsNaN(ch.Value) || math.IsInf(ch.Value, 0) {
		return nil, 0, false
	}
	textStart := vs
	if c := averageGrowthBase(s[st.subjStart:vs]); c > 0 {
		// 五年年均增长6.2%, 累计增长: the base says what the change spans.
		textStart = vs - c
	}
	if c := termsWord(s[st.subjStart:textStart]); c > 0 {
		textStart -= c // 同比实际增长8.3%, 同比名义增长2.7%
	} else if c := realTermsWord(s[st.subjStart:textStart]); c > 0 {
		textStart -= c // 增长14.1%，扣除价格因素，实际增长8.3%
	}
	if c := comparisonSuffix(s[st.subjStart:textStart]); c > 0 {
		textStart -= c
	} else if c := shortComparison(s[st.subjStart:textStart], verb); c > 0 {
		textStart -= c // 分别比增5.1%和15.3%: 比 alone for 比上年
	}
	if c := priceBasis(s[st.subjStart:textStart]); c > 0 {
		// 按当年价格比上年下降5.0%，按可比价格下降5.2%.
		textStart -= c
	} else if c := accountingBasis(s[st.subjStart:textStart]); c > 0 {
		// 扣除留抵退税因素后增长2.5%，按自然口径计算下降13.2%.
		textStart -= c
	} else if c := comparableBasis(s[st.subjStart:textStart]); c > 0 {
		// 增长7.2%，剔除留抵退税因素，可比增长15.3%.
		textStart -= c
	}
	ch.Text = s[textStart:m.end]
	ch.base = s[textStart:vs]
	if ch.base == "" && afterBracketedPrior(st, s[st.subjStart:vs]) {
		// 较2022年7月（95.97%）提高0.83个百分点: the comparison before the
		// bracket is the change's base.
		from := st.bracketBaseEnd - len(st.bracketBase)
		ch.base = st.bracketBase
		ch.Text = s[from:m.end]
		st.bracketBase = ""
	} else if b := bracketYearBase(st, s[st.subjStart:vs]); ch.base == "" && b != "" {
		ch.base = b
		st.yearBase = ""
	}
	return ch, textStart, true
}

// averageGrowthWords name a change over several years, or over a period
// summed up, before its verb: 年均增长, 年平均增长, 平均每年增长, 累计增长.
var averageGrowthWords = []string{"年均", "年平均", "平均每年", "每年平均", "累计"}

// averageGrowthBase is the rule for changes over a span (年均增长, 年均增速,
// 累计增长): it returns the byte length of such a word at the end of t,
// with the span written before it (五年年均, 近五年年均, 过去3年累计; a short clause head ending in 以来 or
// 期间, “十四五”以来年均), 0 if
// none. The words become the change's base, so the span is not read as a
// subject (五年年) and the change is not taken for a year-over-year one.
func averageGrowthBase(t string) int {
	w := hasSuffixAny(t, averageGrowthWords)
	if w == "" {
		return 0
	}
	u := strings.TrimSuffix(t, w)
	if strings.HasPrefix(w, "年") && spanYearsBefore(u) {
		// 两年平均增长6.5%: the count of years is written before the
		// 年 of the word itself.
		u += "年"
	}
	if v, ok := strings.CutSuffix(u, "年"); ok {
		k := len(v)
		for k > 0 {
			r, n := utf8.DecodeLastRuneInString(v[:k])
			if _, d := cnDigit(r); !(d || r >= '0' && r <= '9' || r == '十') {
				break
			}
			k -= n
		}
		if k < len(v) {
			if p := hasSuffixAny(v[:k], []string{"近", "过去", "这", "前", "最近"}); p != "" {
				k -= len(p)
			}
			u = v[:k]
		}
	} else if (strings.HasSuffix(u, "以来") || strings.HasSuffix(u, "期间")) && utf8.RuneCountInString(u) <= 10 {
		// “十四五”以来年均增长: the whole clause head is the span.
		u = ""
	}
	return len(t) - len(u)
}

// spanYearsBefore reports a count of years at the end of u, in digits or
// numerals (两, 三, 5, 十), such as the one 两年平均 writes before 年平均.
func spanYearsBefore(u string) bool {
	r, _ := utf8.DecodeLastRuneInString(u)
	if r == '兩' {
		return true
	}
	_, d := cnDigit(r)
	return d || r >= '0' && r <= '9' || r == '十'
}

// priceBasisWords say at which prices a change of a value in money is
// taken; longest first.
var priceBasisWords = []string{"按可比价格计算", "按当年价格计算", "按不变价格计算", "按现行价格计算", "扣除价格因素后", "扣除价格因素",
	"按可比价格", "按当年价格", "按不变价格", "按现行价格", "按现价计算", "按现价", "按可比价", "按可比口径"}

// priceBasis is the rule for a change stated at a price basis (按当年价格
// 比上年下降5.0%，按可比价格下降5.2%): it returns the byte length of such
// words at the end of t, 0 if none. The words join the change's base, so
// they are no subject of a figure of their own.
func priceBasis(t string) int {
	u := strings.TrimRight(t, " ,，")
	if w := hasSuffixAny(u, priceBasisWords); w != "" {
		return len(t) - len(u) + len(w)
	}
	return 0
}

// accountingBasis is the rule for a change stated on an accounting basis
// that the clause names before the verb (扣除留抵退税因素后增长2.5%, 按自然
// 口径计算下降13.2%, 剔除减税因素影响后增长3.1%, 按同口径增长6%): a clause
// head of at most 16 characters that starts with 扣除, 剔除 or 按 and ends
// in 因素, 因素后, 因素影响后, 口径, 口径计算 or 计算. It returns the byte
// length of the words at the end of t, 0 if none. The words join the
// change's base, so they name no figure of their own, and each basis's
// change is the figure's.
func accountingBasis(t string) int {
	u := strings.TrimRight(t, " ,，")
	end := hasSuffixAny(u, []string{"因素", "因素后", "因素影响后", "因素影响", "口径", "口径计算", "计算"})
	if end == "" {
		return 0
	}
	k := max(strings.LastIndex(u, "扣除"), strings.LastIndex(u, "剔除"), strings.LastIndex(u, "按"))
	if k < 0 || utf8.RuneCountInString(u[k:]) > 16 || strings.ContainsAny(u[k:], ",，;；、0123456789") {
		return 0
	}
	return len(t) - k
}

// isRealTermsBase reports a base that takes a change at comparable or
// constant prices (按可比价格, 扣除价格因素): a change of a value in money
// that the levels as written (at current prices) cannot check.
func isRealTermsBase(b string) bool {
	return strings.Contains(b, "可比价") || strings.Contains(b, "不变价格") || strings.Contains(b, "扣除价格因素") || strings.HasSuffix(b, "实际")
}

// realTermsWord is the rule for a growth in real terms written without a
// comparison (全年城市居民人均可支配收入28892元，增长14.1%，扣除价格因素，实际增长
// 8.3%; 扣除价格因素实际增长4.1%): the byte length of 实际 (and the 扣除价格因素
// written right before it) at the end of t, 0 if none. It is the change's
// base: a second growth of the figure, at constant prices, that the
// figure keeps beside the growth at current prices.
func realTermsWord(t string) int {
	t = strings.TrimRight(t, " ")
	for _, w := range []string{"扣除价格因素后实际", "扣除价格因素实际", "实际"} {
		if strings.HasSuffix(t, w) {
			return len(w)
		}
	}
	return 0
}

// isMultiYearBase reports a change base that spans several years (年均,
// 五年年均, 五年累计): such a change is no year-over-year change of its
// figure, so the checks leave it out. 累计 alone (1-11月累计增长) is the
// growth of a year-to-date total over the same months a year before.
func isMultiYearBase(b string) bool {
	for _, w := range averageGrowthWords[:4] {
		if strings.Contains(b, w) {
			return true
		}
	}
	return strings.HasSuffix(b, "累计") && b != "累计"
}

func lastIndexAny(s string, ws []string) int {
	best := -1
	for _, w := range ws {
		if k := strings.LastIndex(s, w); k > best {
			best = k
		}
	}
	return best
}

var comparisons = []string{"同比", "环比", "比上年末", "比去年末", "较上年末", "较去年末", "比上年底", "较上年底", "比年初", "较年初", "比上季度", "较上季度", "比上年同期", "比去年同期", "比上年", "比去年", "较上年同期", "较去年同期", "较上年", "较去年",
	"较同期", "比同期", "与上年相比", "与去年相比", "与去年同期相比", "与上年同期相比", "比上一年", "较上一年", "比上月", "较上月", "与上年", "与去年", "与去年同期", "与上年同期", "按年", "按季",
	"较去年同期相比", "较上年同期相比", "较去年相比", "较上年相比"}

var comparisonLex = newLexicon(comparisons)

// lastBiOrJiao is max(strings.LastIndex(t, "比"), strings.LastIndex(t,
// "较")) in one backward pass over t (a window of a few runes).
func lastBiOrJiao(t string) int {
	for i := len(t) - len("比"); i >= 0; i-- {
		if w := t[i : i+len("比")]; w == "比" || w == "较" {
			return i
		}
	}
	return -1
}

// comparisonSuffix returns the byte length of a comparison (同比, 比去年同期,
// 较2021年) at the end of t, 0 if none.
func comparisonSuffix(t string) int {
	t0 := len(t)
	t = strings.TrimRight(t, " ")
	trail := t0 - len(t)
	if w := comparisonLex.suffix(t); w != "" {
		if strings.HasPrefix(w, "比") || strings.HasPrefix(w, "较") {
			return len(w) + relativeComparison(t[:len(t)-len(w)]) + trail // 相较上年
		}
		return len(w) + trail
	}
	// 比上年末, 较上半年: 比/较 and a short time phrase.
	// Only the last 9 runes can hold one (UTF-8 resynchronises, so a
	// window starting inside a rune finds no false match).
	w0 := max(0, len(t)-27) // 9 runes: 较“十二五”期间 with its quotation marks
	if k := lastBiOrJiao(t[w0:]); k >= 0 {
		k += w0
		tail := t[k+len("比"):]
		// 较“十二五”期间: the quotation marks of a plan's name are not counted.
		if n := utf8.RuneCountInString(tail) - strings.Count(tail, "“") - strings.Count(tail, "”"); n >= 1 && n <= 6 && (containsAnyOf(tail, "年月期季") || planOrPastBase(tail)) && !strings.ContainsAny(tail, "0123456789") && !strings.Contains(tail, "分别") {
			return len(t) - k + relativeComparison(t[:k]) + trail
		}
	}
	if c := withPeriodCompared(t); c > 0 {
		return c + trail // 与上半年相比
	}
	if c := monthRangeCompared(t); c > 0 {
		return c + trail // 比1-4月, 较1—3月份
	}
	// 比2021年, 较2021年同期, 比2020年末, 较2022年底
	u := t
	if v, ok := strings.CutSuffix(u, "同期"); ok {
		u = v
	} else if v, ok := strings.CutSuffix(u, "末"); ok {
		u = v
	} else if v, ok := strings.CutSuffix(u, "底"); ok {
		u = v
	} else if v, ok := cutBudgetStage(u); ok {
		u = v // 比2021年决算 (budgetstage.go)
	}
	if strings.HasSuffix(u, "年") {
		v := strings.TrimSuffix(u, "年")
		k := len(v)
		for k > 0 && v[k-1] >= '0' && v[k-1] <= '9' {
			k--
		}
		if len(v)-k == 4 {
			if strings.HasSuffix(v[:k], "比") || strings.HasSuffix(v[:k], "较") {
				return len(t) - k + len("比") + relativeComparison(v[:k-len("比")]) + trail
			}
			if strings.HasSuffix(v[:k], "与") {
				return len(t) - k + len("与") + trail
			}
		}
	}
	return 0
}

// bodyMultiple is the rule for a multiple of another body's figure (我院人均
// 结案数是全市人均结案数的1.79倍, 是全省平均水平的1.5倍): p, the clause before
// the number, ends in 是 or 为, words naming a body (全市, 全省, 全国, 全区,
// 全县, 平均) and 的. Like a comparison with another body in percentage
// points, it is a figure of its own in 倍, no change.
func bodyMultiple(p string) bool {
	t, ok := strings.CutSuffix(p, "的")
	if !ok {
		return false
	}
	k := max(strings.LastIndex(t, "是"), strings.LastIndex(t, "为"))
	if k < 0 {
		return false
	}
	base := t[k+len("是"):]
	if utf8.RuneCountInString(base) > 14 || hasPrefixAny(base, []string{"上年", "去年", "上一年", "同期"}) != "" || strings.ContainsAny(base, "0123456789年") {
		return false
	}
	return hasPrefixAny(base, []string{"全市", "全省", "全国", "全区", "全县"}) != "" || strings.Contains(base, "平均")
}

// planOrPastBase is the rule for a comparison with the end of a plan
// period or with the past, which names no year, month or quarter (较“十二五”
// 末增长75.4%, 比“十三五”末, 较过去缩短77.7%): tail, the words after 比 or 较,
// is a five-year plan's name (“十二五”, 十三五) with 末 or 时期, or 过去,
// 以往 or 往年.
func planOrPastBase(tail string) bool {
	switch tail {
	case "过去", "以往", "往年":
		return true
	}
	t := strings.NewReplacer("“", "", "”", "", "\"", "").Replace(tail)
	for _, end := range []string{"末", "时期", "期末"} {
		if p, ok := strings.CutSuffix(t, end); ok && strings.HasPrefix(p, "十") && strings.HasSuffix(p, "五") {
			return true
		}
	}
	return false
}

// relativeComparison is the rule for 相比 and 相较 written as the word of a
// comparison (2023年相比2022年增长12%, 相较上年下降3.1%): before, the text
// before the 比 or 较, ends in 相, which is part of the comparison, not of
// the subject. It returns the byte length of that 相, 0 if none.
func relativeComparison(before string) int {
	if strings.HasSuffix(before, "相") {
		return len("相")
	}
	return 0
}

// shortVerbs are the change verbs report shorthand writes right after a
// bare 比 (比增, 比降, 比增长).
var shortVerbs = []string{"增", "降", "减", "增长", "下降", "减少", "增加", "提高", "上升"}

// notComparisonBi are the words that end in 比 and are no comparison:
// 占比, 对比, 可比 (a basis, comparableBasis), 相比 (与…相比), 环比 and 同比
// (comparisons of their own), 评比, 攀比, 排比, 类比, 无比, 正比, 反比.
const notComparisonBi = "占对可相环同评攀排类无正反好"

// shortComparison is the rule for 比 alone before a change verb, report
// shorthand for 比上年 (全县生产总值92.51亿元，规上工业增加值10.74亿元，分别比增
// 5.1%和15.3%; 比降2.1%): it returns the byte length of that 比 at the end
// of t, 0 when t does not end so or 比 ends a word (占比增长2个百分点: the
// share grew; 可比增长).
func shortComparison(t, verb string) int {
	if !strings.HasSuffix(t, "比") {
		return 0
	}
	ok := false
	for _, v := range shortVerbs {
		if verb == v {
			ok = true
			break
		}
	}
	if !ok {
		return 0
	}
	r, _ := utf8.DecodeLastRuneInString(strings.TrimSuffix(t, "比"))
	if strings.ContainsRune(notComparisonBi, r) {
		return 0
	}
	return len("比")
}

// word handles 持平, 翻一番 and a change by a half or tenths (减少一半,
// 增长一成).
func (x *extractor) word(st *sentenceState, t token) {
	if st.subjStart > t.start {
		// An earlier rule read on past the word (a unit taken after the
		// figure before it): the word is part of what that rule consumed.
		return
	}
	s := x.s
	ch := &Change{}
	switch {
	case t.word == "持平":
		ch.Kind, ch.Value, ch.Decimals = GrowthPct, 0, 2
	case t.share:
		// 减少一半, 增长一成 (halfOrTenthsChange): num holds the percent.
		ch.Kind, ch.Value = GrowthPct, t.num.value
	case strings.Contains(t.word, "两"):
		ch.Kind, ch.Value = Multiple, 4
	case strings.Contains(t.word, "三"):
		ch.Kind, ch.Value = Multiple, 8
	default:
		ch.Kind, ch.Value = Multiple, 2
	}
	textStart := t.start
	if w := hasSuffixAny(s[st.subjStart:t.start], []string{"基本", "保持", "实现", "总体"}); w != "" {
		textStart -= len(w)
	}
	if c := comparisonSuffix(s[st.subjStart:textStart]); c > 0 {
		textStart -= c
	}
	ch.Text = s[textStart:t.end]
	// Attach to the preceding figure; rates take percentage points.
	m := unitMatch{end: t.end}
	if t.word == "持平" {
		for k := len(st.figs) - 1; k >= 0; k-- {
			f := &x.figs[st.figs[k]]
			if !f.Prior && !f.Missing {
				if f.Unit == "%" {
					ch.Kind = PP
				}
				break
			}
		}
	}
	x.attach(st, ch, textStart, t.start, m, false)
	st.subjStart = t.end
	st.clauseFigs++
}

// afterBracketedPrior reports a change stated right after a bracketed prior
// value (较2022年7月（95.97%）提高0.83个百分点): between, the text before the
// change verb, is only the closing bracket.
func afterBracketedPrior(st *sentenceState, between string) bool {
	if st.bracketBase == "" || st.bracketBaseEnd < st.clauseStart {
		return false
	}
	return strings.Trim(between, " ）)") == "" && strings.ContainsAny(between, "）)")
}

// moreOrLess is the rule for an absolute change stated as more or fewer
// than the compared value (比上年多审结300件, 较去年同期少150件, 同比多收2.1亿元):
// p, the text before the number, ends in a comparison, 多 or 少 and at
// most three ideographs of a verb. It returns the words from 多/少 on (the
// change's verb) and the sign (少 → −1); "" when p is not of that form.
// Without the comparison 多/少 is no change (多达300件, 多家).
func moreOrLess(p string) (string, float64) {
	// 多 or 少 ends at most three characters (of at most 4 bytes) before
	// the end: most texts have neither there.
	if w := p[max(0, len(p)-15):]; !strings.Contains(w, "多") && !strings.Contains(w, "少") {
		return "", 0
	}
	for n := 0; n <= 3; n++ {
		k := len(p)
		for j := 0; j < n; j++ {
			r, size := utf8.DecodeLastRuneInString(p[:k])
			if size == 0 || !isHan(r) || r == '多' || r == '少' || r == '了' && j > 0 {
				return "", 0
			}
			k -= size
		}
		var sign float64
		switch {
		case strings.HasSuffix(p[:k], "多"):
			sign = 1
		case strings.HasSuffix(p[:k], "少"):
			sign = -1
		default:
			continue
		}
		at := k - len("多")
		if r, _ := utf8.DecodeLastRuneInString(p[:at]); strings.ContainsRune("减增缩至不最很稀许", r) {
			return "", 0 // 减少, 增多, 至少, 不少: a verb or a bound of its own
		}
		if verb := p[k:]; strings.HasPrefix(verb, "达") || strings.HasPrefix(verb, "于") || strings.HasPrefix(verb, "次") {
			return "", 0 // 多达, 少于: a size or a bound
		}
		if c := comparisonSuffix(p[:at]); c > 0 && c == len(strings.TrimLeft(p[:at], " ")) || c > 0 && comparisonEndsClauseHead(p[:at], c) {
			return p[at:], sign
		}
		return "", 0
	}
	return "", 0
}

// comparisonEndsClauseHead reports a comparison of byte length c ending t
// after a subject (审结案件比上年多300件): the text before it holds no change
// verb of its own.
func comparisonEndsClauseHead(t string, c int) bool {
	head := t[:len(t)-c]
	return head != "" && hasSuffixAny(head, upVerbs) == "" && hasSuffixAny(head, downVerbs) == ""
}

// netChange is the rule for a net change (净增3.1万人, 净减少120户, 净增加):
// p ends in 净 and an increase or decrease verb. It returns the verb with
// 净 and the sign; "" if none. The caller takes it for a change only when
// the figure it changes is there (netChangeOf): 净增市场主体1.2万户 is a
// level.
func netChange(p string) (string, float64) {
	if !strings.Contains(p[max(0, len(p)-len("净增加")):], "净") {
		return "", 0 // every word starts with 净, at most 9 bytes from the end
	}
	for _, w := range []string{"净增加", "净增长", "净增", "净减少", "净减"} {
		if strings.HasSuffix(p, w) {
			if strings.HasPrefix(w, "净减") {
				return w, -1
			}
			return w, 1
		}
	}
	return "", 0
}

// netChangeOf reports whether a net change has a figure to change: a
// subject of its own before 净 (人口净增3.1万人), or a level of the sentence
// before it in the same base unit (常住人口125.3万人，净增3.1万人).
func (x *extractor) netChangeOf(st *sentenceState, p string, m unitMatch) bool {
	w, _ := netChange(p)
	if head := strings.TrimSpace(strings.TrimSuffix(p, w)); head != "" && comparisonSuffix(head) != len(head) {
		return true
	}
	k := attachTarget(x.figs, st.figs)
	// 新增市场主体1.2万户，净增4000户: the net change is the stock's, not
	// the flow's.
	return k >= 0 && sameBase(x.figs[k].Unit, m.unit) && !strings.HasPrefix(x.figs[k].Indicator, "新")
}

// shareChangeUp and shareChangeDown are the verbs of a change by a half or
// by tenths (减少一半, 增长一成); single-character verbs (减半) are none.
var (
	shareChangeUp   = []string{"增长", "增加", "上升", "提高", "提升", "上涨", "扩大", "增多"}
	shareChangeDown = []string{"下降", "减少", "降低", "下滑", "回落", "下跌", "缩小", "缩减", "减小", "压缩", "压减"}
)

// halfOrTenthsChange is the rule for a change by a half or by tenths
// written in words (同比减少一半 is −50%, 增长一成 +10%, 下降两成 −20%): at
// s[i] 一半, or a Chinese digit one to nine followed by 成 that starts no
// word (一成员单位), right after a change verb (增长, 减少 …, with 了) that
// follows the sentence start a. A qualified share (减少一半以上, 增长一成多)
// and a share 的 a noun (减少一半的时间) state no exact change and are not
// read, nor a verb after 新 or 净 (新增一成). It returns the start of the
// verb, the end of the share and the change in percent.
func halfOrTenthsChange(s string, a, i int) (start, end int, pct float64, ok bool) {
	j := i
	switch {
	case strings.HasPrefix(s[i:], "一半"):
		pct, j = 50, i+len("一半")
	default:
		r, n := utf8.DecodeRuneInString(s[i:])
		d, isDigit := cnDigit(r)
		if !isDigit || d < 1 || !strings.HasPrefix(s[i+n:], "成") || hasPrefixAny(s[i+n:], notTenths) != "" {
			return 0, 0, 0, false
		}
		pct, j = float64(10*d), i+n+len("成")
	}
	if hasPrefixAny(s[j:], []string{"以上", "以下", "左右", "上下", "多", "余", "的"}) != "" {
		return 0, 0, 0, false
	}
	p := s[a:i]
	p = strings.TrimSuffix(p, "了")
	sign := 1.0
	w := hasSuffixAny(p, shareChangeUp)
	if w == "" {
		if w = hasSuffixAny(p, shareChangeDown); w == "" {
			return 0, 0, 0, false
		}
		sign = -1
	}
	before := strings.TrimSuffix(p, w)
	if strings.HasSuffix(before, "新") || strings.HasSuffix(before, "净") {
		return 0, 0, 0, false
	}
	start = len(before) + a
	return start, j, sign * pct, true
}

// growthOfLevelBefore is the rule for a change in percentage points against
// another period (较1-6月份提高0.4个百分点, 比一季度回落1.5个百分点) whose
// clause names no subject, after a figure that grew in percent: a level not
// in percent (零售额5.05亿元，同比增长2.4%) or a figure stated only as its
// growth (规模以上工业增加值同比下降20.0%), with at most comparisons with
// another body in percentage points between (低于全市平均增速14.8个百分点).
// Points are no change of a level in 亿元 nor of a comparison: they are the
// change of the figure's growth rate. It returns that figure, -1 when the
// rule does not apply (a change without a base, a figure in % before it:
// 比重45%，提高1个百分点 is the share's).
// The base is the change's, or the comparison the clause opens with when
// the period in it was read (较1-6月份: from is where it starts).
func (x *extractor) growthOfLevelBefore(st *sentenceState, ch *Change, textStart int) (k int, base string, from int) {
	if ch.Kind != PP || ch.Unit == "个千分点" || ch.Unit == "个十万分点" {
		return -1, "", 0
	}
	base, from = strings.TrimSpace(ch.base), textStart
	if base == "" {
		a, _ := trimSpace(x.s, st.clauseStart, textStart)
		if c := comparisonSuffix(x.s[a:textStart]); c > 0 && c == textStart-a {
			base, from = x.s[a:textStart], a
		}
	}
	if base == "" {
		return -1, "", 0
	}
	return x.growthLevelIn(st), base, from
}

// growthLevelIn is growthOfLevelBefore's figure of the sentence, -1 if
// none.
func (x *extractor) growthLevelIn(st *sentenceState) int {
	for j := len(st.figs) - 1; j >= 0 && j >= len(st.figs)-maxLookback; j-- {
		k := st.figs[j]
		f := &x.figs[k]
		if f.ChangeOf != "" {
			continue
		}
		if !f.Missing && (f.Unit == "个百分点" || f.Unit == "百分点") && len(f.Changes) == 0 {
			continue // 高于全市平均增速1.3个百分点
		}
		if f.Prior || f.Terms != 0 || !f.hasChangeKind(GrowthPct) || f.hasChangeKind(PP) {
			return -1
		}
		if f.Missing && f.Unit == "" || !f.Missing && f.Unit != "%" && f.Unit != "‰" && f.Unit != "" {
			return k
		}
		return -1
	}
	return -1
}

// growthRateChangeFigure adds the change of figure k's growth rate as a
// figure of its own, named by the figure, the base and the verb as written
// (规模以上工业增加值较1-6月份提高 0.4个百分点), the value unsigned.
func (x *extractor) growthRateChangeFigure(st *sentenceState, k int, ch *Change, base string, textStart int, m unitMatch) {
	f := &x.figs[k]
	g := Figure{Indicator: f.Indicator + base + ch.verb, Section: x.section, Value: math.Abs(ch.Value), Unit: m.unit,
		Period: f.Period, Year: f.Year, ChangeOf: f.Indicator, Number: strings.TrimPrefix(ch.Number, "-"), Parent: f.Parent, parent: f.parent,
		Sentence: x.s[st.a:st.b], SentenceSpan: [2]int{st.a, st.b}, Span: [2]int{textStart, m.end}, Source: x.source()}
	if m.approx {
		g.Flags |= Approx
		g.Qualifier = m.qual
	}
	x.push(g)
	st.figs = append(st.figs, len(x.figs)-1)
}

// averageRateLevel is the rule for an average rate of growth stated as a
// level with a verb of being (…4908件、4669件，年均增幅达24%以上; 平均增幅在62.5%):
// the clause's words before the number end in 平均 or 年均, a noun of a
// rate of growth (增幅, 增速, 增长率) and 达, 达到, 在, 为 or 是. Such a rate
// is a figure of its own, not a change of the level before it; a verb of
// growth (年均增长6.7%) or the rate without a verb (年均增速8%) stays a
// change.
func averageRateLevel(p string) bool {
	v := hasSuffixAny(p, []string{"达到", "达", "在", "为", "是"})
	if v == "" {
		return false
	}
	t := p[:len(p)-len(v)]
	w := hasSuffixAny(t, []string{"增幅", "增速", "增长率"})
	if w == "" {
		return false
	}
	return hasSuffixAny(t[:len(t)-len(w)], []string{"平均", "年均"}) != ""
}
