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
