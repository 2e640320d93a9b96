package extract

import "testing"

// TestSharedThreshold: an amount listed before another threshold whose
// 以上 it shares is part of the class's name, no figure.
func TestSharedThreshold(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"查办受贿50万元、挪用公款500万元以上案件126件。", []wantFig{
			{ind: "查办受贿50万元、挪用公款500万元以上案件", value: 126, unit: "件"}}},
		// Two levels, the second qualified: both figures.
		{"收入5亿元、支出3亿元以上。", []wantFig{
			{ind: "收入", value: 5, unit: "亿元"},
			{ind: "支出", value: 3, unit: "亿元", qual: "以上"}}},
	})
}
