package extract

import "strings"

// periodPointsOfGrowth is the rule for a change in percentage points
// against an earlier period stated right after a figure's growth
// (规模工业增加值同比增长4.5%，比1-10月提高0.5个百分点; 批发业增长20.8%，比1-3月
// 提高10.6个百分点): nothing stands between the growth and the points, so
// the points are the change of that growth rate, a second change of the
// figure, as a rate named (降幅比1-10月收窄0.9个百分点) is. When a
// comparison with another body comes between (低于全市平均增速14.8个百分点，
// 较1-6月份提高0.4个百分点) the points are a figure of their own
// (growthRateChangeFigure), and so are points against a year before
// (较上年同期上升5.9个百分点: the rate's change over a year, yearAgoBase).
// k and base are growthOfLevelBefore's; it reports whether k is the
// sentence's last figure and its only change so far is the growth.
func (x *extractor) periodPointsOfGrowth(st *sentenceState, k int, base string) bool {
	if k < 0 || len(st.figs) == 0 || st.figs[len(st.figs)-1] != k || yearAgoBase(base) {
		return false
	}
	f := &x.figs[k]
	return len(f.Changes) == 1 && f.Changes[0].Kind == GrowthPct
}

// yearAgoBase reports whether a comparison is with the year before (同期,
// 上年, 去年) rather than with an earlier period of the same year.
func yearAgoBase(base string) bool {
	for _, w := range []string{"同期", "上年", "去年", "上一年", "前一年"} {
		if strings.Contains(base, w) {
			return true
		}
	}
	return false
}
