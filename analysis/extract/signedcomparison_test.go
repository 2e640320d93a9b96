package extract

import "testing"

// TestSignedComparison: 同比 or 环比 followed by a signed percent is the
// growth of the figure before it, in the sign's direction.
func TestSignedComparison(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"一季度实现营业收入56.3亿元，同比-4.2%；归母净利润8.1亿元，同比+12.6%。", []wantFig{
			{ind: "营业收入", value: 56.3, unit: "亿元", changes: []string{"growth_pct -4.2"}},
			{ind: "归母净利润", value: 8.1, unit: "亿元", changes: []string{"growth_pct 12.6"}}}},
	})
	if signedComparison("同比", false) != "" || signedComparison("利润+", false) != "" {
		t.Error("signedComparison: want none without a sign or without 同比/环比")
	}
	if signedComparison("同比+", false) != "同比+" || signedComparison("环比", true) != "环比" {
		t.Error("signedComparison: want 同比+ and 环比 (minus read with the number)")
	}
}
