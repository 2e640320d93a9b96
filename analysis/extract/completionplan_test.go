package extract

import "testing"

// TestCompletionOfAdjustedBudget: a completion of the budget as adjusted
// written 预算调整数 (as 调整预算数 is) is a share of a plan; the growth after
// it is the level's.
func TestCompletionOfAdjustedBudget(t *testing.T) {
	text := "全县一般公共预算收入完成12.5亿元,为预算调整数的101.2%,同比增长4.1%。"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, text, figs, []wantFig{
		{ind: "一般公共预算收入", value: 12.5, unit: "亿元", changes: []string{"growth_pct 4.1"}},
		{ind: "为预算调整数", value: 101.2, unit: "%"},
	})
}
