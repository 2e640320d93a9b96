package extract

import "testing"

// TestPeriodPointsOfGrowth: points against an earlier period right after a
// growth are the growth's second change; after a comparison with another
// body, or against the year before, they stay a figure of their own.
func TestPeriodPointsOfGrowth(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"1-9月，全市工业投资同比增长6.2%，比1-8月提高0.7个百分点。", []wantFig{
			{ind: "工业投资", missing: true, changes: []string{"growth_pct 6.2", "pp 0.7"}}}},
		{"批发业销售额18.2亿元，增长3.1%，比上月回落0.6个百分点。", []wantFig{
			{ind: "批发业销售额", value: 18.2, unit: "亿元", changes: []string{"growth_pct 3.1", "pp -0.6"}}}},
		{"零售额3.2亿元，同比增长1.4%，高于全市平均增速2.1个百分点，较1-5月份回落0.8个百分点。", []wantFig{
			{ind: "零售额", value: 3.2, unit: "亿元", changes: []string{"growth_pct 1.4"}},
			{ind: "高于全市平均增速", value: 2.1, unit: "个百分点"},
			{ind: "零售额较1-5月份回落", value: 0.8, unit: "个百分点", changeOf: "零售额"}}},
	})
	if !yearAgoBase("较上年同期") || yearAgoBase("比1-10月") {
		t.Error("yearAgoBase: want 较上年同期 only")
	}
}
