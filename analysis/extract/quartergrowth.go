package extract

import (
	"strings"
	"unicode/utf8"
)

// quarterGrowth is the rule for the growth of a level by quarter, stated
// after the level in clauses that name only the quarter (前三季度国内生产总值
// 52万亿元，同比增长6.7%。分季度看，一季度同比增长6.7%，二季度增长6.7%): each
// is the level's growth over its quarter, a figure of its own named by the
// quarter and the level (一季度国内生产总值). The level is the previous
// sentence's, or the level a figure of this rule before it in the sentence
// was named by; its period must differ from the quarter's. It reports
// whether it added the figure.
func (x *extractor) quarterGrowth(st *sentenceState, ch *Change, textStart int, m unitMatch) bool {
	q := st.period
	if ch.Kind != GrowthPct || !isQuarterWord(q) {
		return false
	}
	words := strings.TrimSpace(x.s[st.clauseStart:textStart])
	words = strings.TrimSpace(strings.TrimPrefix(words, q))
	if words != "" && words != "同比" && words != "比上年同期" {
		return false
	}
	base := ""
	if len(st.figs) == 0 {
		k := x.previousSentenceLevel(st)
		if k < 0 || !x.figs[k].hasChangeKind(GrowthPct) || x.figs[k].Period == q || x.figs[k].Unit == "%" {
			return false
		}
		base = x.figs[k].Indicator
	} else {
		f := &x.figs[st.figs[len(st.figs)-1]]
		if !f.Missing || !isQuarterWord(f.Period) || f.Period == q || !strings.HasPrefix(f.Indicator, f.Period) {
			return false
		}
		base = f.Indicator[len(f.Period):]
	}
	if base == "" {
		return false
	}
	g := Figure{Indicator: q + base, Section: x.section, Missing: true, Period: q, Year: x.year,
		Sentence: x.s[st.a:st.b], SentenceSpan: [2]int{st.a, st.b}, Span: [2]int{textStart, m.end}, Source: x.source()}
	g.addChange(*ch)
	x.push(g)
	st.figs = append(st.figs, len(x.figs)-1)
	return true
}

// isQuarterWord reports a quarter of the year named alone (一季度, 第二季度,
// 四季度).
func isQuarterWord(p string) bool {
	p = strings.TrimPrefix(p, "第")
	return utf8.RuneCountInString(p) == 3 && strings.HasSuffix(p, "季度") && strings.ContainsRune("一二三四", []rune(p)[0])
}
