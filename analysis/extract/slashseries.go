package extract

import (
	"regexp"
	"strconv"
	"strings"
)

// slashSeriesUnits are the units a broker note writes after a series of
// values apart by slashes (-253/27/11亿元, 0.45/0.52/0.60元).
var slashSeriesUnits = []string{"亿元", "万元", "百万元", "千元", "元", "%", "倍"}

// slashSeriesRange reads the periods a series is of, written as a range
// right before it: Q1-Q3, Q1 - Q3, 2023Q1 - Q4, 2024-2026年, 2024-2026E.
var slashSeriesRange = regexp.MustCompile(`^(?:(\d{4})\s*)?Q([1-4])\s*[-–—~至]\s*(?:(\d{4})\s*)?Q?([1-4])|^(\d{4})\s*[-–—~至]\s*(\d{4})\s*(?:年|E|e)?`)

// slashSeries is the rule for the values of consecutive periods a broker
// note or an earnings summary writes apart by slashes after the range of
// those periods (其中Q1-Q3为-253/27/11亿元, 2023Q1-Q4为-229/98/76/266亿元,
// 预计2024-2026年归母净利润分别为13.5/14.2/15.0亿元): the range gives a period
// per value, in order (Q1, Q2, Q3; 2023Q1 … 2023Q4; 2024年 … 2026年), the
// unit after the last value is every value's, and the quantity is the
// words between the range and 为 (分别为, 依次为), or, when none, the last
// figure's the sentence read (经营净现金流-214.94亿元, 其中Q1-Q3为…). Each
// value is a figure named by its period and the quantity (Q1经营净现金流).
// It reads nothing unless the count of values and of periods agree, the
// range stands right after the sentence's start, a comma, 其中, 预计 or a
// bracket, and a unit follows the values; skip is the count of tokens
// read.
func (x *extractor) slashSeries(st *sentenceState, toks []token, i int) (skip int, ok bool) {
	t := toks[i]
	s := x.s[:st.b]
	if t.end >= len(s) || s[t.end] != '/' && t.sep != '/' {
		return 0, false
	}
	// The values: numbers apart by /, then a unit.
	var vals []float64
	var spans [][2]int
	p := t.start
	if p > st.a && (s[p-1] == '-' || s[p-1] == '+') && (p-2 < 0 || !isDigitAt(s, p-2)) {
		p-- // 为-253/27/11亿元: the first value's sign
	}
	first := p
	for {
		q := p
		if q < len(s) && (s[q] == '-' || s[q] == '+') {
			q++
		}
		d := q
		for d < len(s) && (isDigitAt(s, d) || s[d] == '.') {
			d++
		}
		if d == q {
			return 0, false
		}
		v, err := strconv.ParseFloat(s[p:d], 64)
		if err != nil {
			return 0, false
		}
		vals, spans = append(vals, v), append(spans, [2]int{p, d})
		if d < len(s) && s[d] == '/' {
			p = d + 1
			continue
		}
		p = d
		break
	}
	unit := hasPrefixAny(s[p:], slashSeriesUnits)
	if len(vals) < 2 || unit == "" {
		return 0, false
	}
	end := p + len(unit)
	// The words before the values: range, quantity, 为.
	// (From the sentence's start: a spaced dash, Q1 - Q3, is a clause's
	// break to the clause reader.)
	pre := s[st.a:first]
	for _, m := range []string{"其中", "(", "（", ",", "，", "、", "。", "预计"} {
		if k := strings.LastIndex(pre, m); k >= 0 {
			pre = pre[k+len(m):]
		}
	}
	pre = strings.TrimSpace(pre)
	for _, w := range []string{"分别为", "依次为", "分别是", "为", "是"} {
		if strings.HasSuffix(pre, w) {
			pre = strings.TrimSuffix(pre, w)
			break
		}
	}
	pre = strings.TrimSpace(pre)
	pre = strings.TrimPrefix(strings.TrimPrefix(pre, "公司"), "预测")
	m := slashSeriesRange.FindStringSubmatch(pre)
	if m == nil {
		return 0, false
	}
	periods := slashSeriesPeriods(m)
	if len(periods) != len(vals) {
		return 0, false
	}
	subject := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(pre[len(m[0]):]), "分别"))
	if subject == "" {
		subject = st.seriesSubject
	}
	if subject == "" && len(st.figs) > 0 {
		subject = x.figs[st.figs[len(st.figs)-1]].Indicator
	}
	if subject == "" || !isHanAt(subject, 0) {
		return 0, false
	}
	st.seriesSubject = subject
	for k, v := range vals {
		f := Figure{Indicator: periods[k] + subject, Section: x.section, Value: v, Unit: unit, Period: periods[k], Year: x.year,
			Number: s[spans[k][0]:spans[k][1]], Sentence: x.s[st.a:st.b], SentenceSpan: [2]int{st.a, st.b}, Span: spans[k], Source: x.source()}
		if y, err := strconv.Atoi(periods[k][:min(4, len(periods[k]))]); err == nil && y > 1900 {
			f.Year = y // 2023Q1, 2025年: the period's year
		}
		x.push(f)
		st.figs = append(st.figs, len(x.figs)-1)
	}
	n := 1
	for i+n < len(toks) && toks[i+n].start < end {
		n++
	}
	return n - 1, true
}

// slashSeriesPeriods names the periods of a range slashSeriesRange read:
// Q1 … Q3 (with the first's year on each, 2023Q1 … 2023Q4), or the years
// 2024年 … 2026年. nil for a range that runs backwards or over more than
// twelve periods.
func slashSeriesPeriods(m []string) []string {
	if m[2] != "" {
		a, _ := strconv.Atoi(m[2])
		b, _ := strconv.Atoi(m[4])
		if m[3] != "" && m[3] != m[1] || b < a {
			return nil
		}
		var out []string
		for q := a; q <= b; q++ {
			out = append(out, m[1]+"Q"+strconv.Itoa(q))
		}
		return out
	}
	a, _ := strconv.Atoi(m[5])
	b, _ := strconv.Atoi(m[6])
	if b < a || b-a > 11 {
		return nil
	}
	var out []string
	for y := a; y <= b; y++ {
		out = append(out, strconv.Itoa(y)+"年")
	}
	return out
}
