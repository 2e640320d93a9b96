package extract

import "testing"

// TestQuarterGrowth: growths by quarter after a level are figures of their
// own named by the quarter and the level.
func TestQuarterGrowth(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"前三季度地区生产总值2100亿元，同比增长5.2%。分季度看，一季度同比增长4.8%，二季度增长5.1%，三季度增长5.6%。", []wantFig{
			{ind: "地区生产总值", value: 2100, unit: "亿元", changes: []string{"growth_pct 5.2"}},
			{ind: "一季度地区生产总值", missing: true, changes: []string{"growth_pct 4.8"}},
			{ind: "二季度地区生产总值", missing: true, changes: []string{"growth_pct 5.1"}},
			{ind: "三季度地区生产总值", missing: true, changes: []string{"growth_pct 5.6"}}}},
	})
	if !isQuarterWord("一季度") || !isQuarterWord("第四季度") || isQuarterWord("前三季度") || isQuarterWord("季度") {
		t.Error("isQuarterWord: want 一季度 and 第四季度 only")
	}
}
