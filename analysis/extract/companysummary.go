package extract

import (
	"strings"
	"unicode/utf8"
)

// Company results as Hong Kong and wire copies write them: 按年增长3.29%
// (year on year, comparisons: 按年, 按季), 首9個月 and 前三季 as the span
// the figures are of.

// leadingMonthsSpan is the rule for the span of a results period written
// as a count of months (今年首9個月股東應佔盈利…, 前9个月营业收入…, 头10个月):
// a number in 个月 after 首, 头 or 前 at the head of its clause (or after
// a year: 今年, 2023年, 本年度, 期内), with a name or a comma after it, is the
// period the figures after it are of, no count of months. 提前3个月完成,
// 试用期前3个月工资 and 缩短至6个月 stay as they were. It returns the byte length of the word before the number
// (首, 前), 0 when the number is no such span.
func leadingMonthsSpan(pre, rest string, m unitMatch) int {
	if m.unit != "个月" || !strings.HasPrefix(rest, "个月") {
		return 0
	}
	p := strings.TrimRight(pre, " ")
	w := hasSuffixAny(p, []string{"首", "头", "頭", "前"})
	if w == "" {
		return 0
	}
	if head := strings.TrimRight(p[:len(p)-len(w)], " "); head != "" && !strings.HasSuffix(head, "年") && !strings.HasSuffix(head, "年度") && !strings.HasSuffix(head, "期内") {
		return 0 // 试用期前3个月, 提前3个月: no period at the clause's head
	}
	after := strings.TrimLeft(rest[len("个月"):], " ")
	if after == "" {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(after)
	if r == '，' || r == ',' || r == '、' ||
		isHanAt(after, 0) && hasPrefixAny(after, []string{"内", "以内", "之内", "後", "后", "以上", "以下", "左右", "的"}) == "" {
		return len(w) + len(pre) - len(p)
	}
	return 0
}

// monthsSpanPeriod makes the span of months a..e (首9個月, 前9个月) the
// sentence's period, after a year written before it (今年首9個月), so that
// the subject starts after it.
func (x *extractor) monthsSpanPeriod(st *sentenceState, a, e int) {
	if st.periodEnd == a && st.period != "" {
		a = st.periodEnd - len(st.period)
	}
	st.period = x.s[a:e]
	st.periodEnd = e
	if e > st.subjStart {
		st.subjStart = e
	}
}

// basisPoints is the rule for a change in basis points (下降15個基點,
// 收窄12个基点: hundredths of a percentage point, as banks state their
// margins): read as points of the rate before it (the unit is matched as
// 个百分点 is), it is given to the figure as an absolute change in its own
// unit (Kind Abs, Unit 个基点), which no back-computation converts to the
// rate's %, so that no prior is derived as if they were percentage points.
func basisPoints(ch *Change) {
	if ch.Kind == PP && ch.Unit == "个基点" {
		ch.Kind = Abs
	}
}
