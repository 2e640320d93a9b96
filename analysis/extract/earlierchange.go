package extract

import (
	"strings"
	"unicode/utf8"
)

// earlierPeriodPhrase is the rule for a change a figure turned from in an
// earlier period of the year (第一产业增加值4131.91亿元，由一季度的下降25.3%转为
// 与上年持平; 农林牧渔业增加值…，由上半年的下降3.1%转为增长2.4%): the change
// after 由<period>的 is that period's, not the figure's; the one after 转为
// is the figure's. pre is the clause's words before the change, rest the text after its number. It returns the period
// the phrase names (一季度) and whether pre is the phrase alone and rest
// goes on with 转为 (转变为, 转成).
func earlierPeriodPhrase(pre, rest string) (string, int, bool) {
	p := strings.TrimLeft(strings.TrimSpace(pre), "，,；; ")
	if !strings.HasSuffix(p, "的") {
		return "", 0, false
	}
	p = strings.TrimSuffix(p, "的")
	w := hasPrefixAny(p, []string{"由", "从"})
	if w == "" {
		return "", 0, false
	}
	period := p[len(w):]
	if n := utf8.RuneCountInString(period); n < 2 || n > 8 || hasSuffixAny(period, []string{"季度", "半年", "月", "月份", "上年", "去年"}) == "" {
		return "", 0, false
	}
	turn := hasPrefixAny(rest, []string{"转为", "转变为", "转成", "轉為", "轉爲"})
	if turn == "" {
		return "", 0, false
	}
	return period, len(turn), true
}

// earlierChange is the figure of a change stated for an earlier period
// (earlierPeriodPhrase): a figure stated only as that change, named as the
// clause's level k, in the earlier period.
func (x *extractor) earlierChange(st *sentenceState, k int, ch *Change, period string, a, b int) {
	s := x.s
	f := Figure{Indicator: x.figs[k].Indicator, Section: x.section, Missing: true, Period: period, Year: x.figs[k].Year,
		Sentence: s[st.a:st.b], SentenceSpan: [2]int{st.a, st.b}, Span: [2]int{a, b}, Source: x.source()}
	f.addChange(*ch)
	x.push(f)
	st.figs = append(st.figs, len(x.figs)-1)
}
