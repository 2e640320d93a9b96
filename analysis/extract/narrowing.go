package extract

import (
	"math"
	"strings"
)

// narrowedDecline is the rule for the change in percentage points of a
// figure that fell (社会消费品零售总额同比下降3.0%，降幅比1-10月收窄0.9个
// 百分点; 同比下降37.9%和36.9%，降幅较1-3月收窄6.4和7.3个百分点): 收窄 and
// 缩小 say the size of the decline shrank, so the figure's rate of growth
// rose — the change is +0.9 points; 扩大 and 加大 say it grew, a negative
// change. ch is the change about to be added to f. A figure named by the
// decline itself (地区生产总值降幅) keeps the verb's sign: its size is the
// figure.
func narrowedDecline(f *Figure, ch *Change) {
	if ch.Kind != PP {
		return
	}
	sign := 0.0
	switch ch.verb {
	case "收窄", "缩小":
		sign = 1
	case "扩大", "加大":
		sign = -1
	default:
		return
	}
	if hasSuffixAny(f.Indicator, []string{"降幅", "跌幅", "减幅", "下降幅度"}) != "" {
		return
	}
	fell := false
	for _, c := range f.Changes {
		if c.Kind == GrowthPct && !isMultiYearBase(c.base) {
			fell = c.Value < 0
			break
		}
	}
	if !fell {
		return
	}
	ch.Value = sign * math.Abs(ch.Value)
	if ch.Number != "" {
		ch.Number = strings.TrimPrefix(ch.Number, "-")
	}
}

// declineWords name the size of a figure's fall (降幅收窄29.5个百分点).
var declineWords = []string{"降幅", "减幅", "跌幅"}

// narrowedDeclineOf is the rule for the points by which a decline narrowed
// or widened in a clause named by the decline alone (第三产业增加值下降3.8%，
// 降幅收窄29.5个百分点; 工业增加值比上年下降6.1%，降幅比一季度收窄39.7个
// 百分点): the decline is that of the sentence's last figure, a level or a
// figure stated only as its fall, and the points are that figure's change
// (narrowedDecline gives the sign), not a figure 降幅 of their own. clause
// is the clause's text before the number. It returns the figure, -1 when
// the clause is no such clause, the change is no pp change of 收窄, 缩小,
// 扩大 or 加大, or the last figure has no fall or already a pp change.
func (x *extractor) narrowedDeclineOf(st *sentenceState, clause string, ch *Change) int {
	if ch.Kind != PP || len(st.figs) == 0 {
		return -1
	}
	switch ch.verb {
	case "收窄", "缩小", "扩大", "加大":
	default:
		return -1
	}
	w := hasPrefixAny(clause, declineWords)
	if w == "" {
		return -1
	}
	if rest := clause[len(w):]; rest != "" && !strings.HasPrefix(rest, "比") && !strings.HasPrefix(rest, "较") {
		return -1
	}
	k := st.figs[len(st.figs)-1]
	f := &x.figs[k]
	if f.Prior || f.ChangeOf != "" || f.Terms != 0 || f.hasChangeKind(PP) {
		return -1
	}
	for _, c := range f.Changes {
		if c.Kind == GrowthPct && !isMultiYearBase(c.base) {
			if c.Value < 0 {
				return k
			}
			return -1
		}
	}
	return -1
}
