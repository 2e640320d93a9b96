package extract

import "testing"

// TestBudgetStageComparison: a growth over a named year's final accounts
// or outturn (比2022年决算增长, 较2022年执行数下降) is the level's change, as
// 比2022年 is; the comparison makes no figure of its own.
func TestBudgetStageComparison(t *testing.T) {
	text := "教育支出8.36亿元，比2022年决算增长4.2%。农林水支出2.15亿元，较2022年执行数下降3.5%。"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, text, figs, []wantFig{
		{ind: "教育支出", value: 8.36, unit: "亿元", changes: []string{"growth_pct 4.2"}},
		{ind: "农林水支出", value: 2.15, unit: "亿元", changes: []string{"growth_pct -3.5"}},
	})
	for _, c := range []struct {
		in, want string
		ok       bool
	}{{"比2021年决算", "比2021年", true}, {"比2021年执行数", "比2021年", true}, {"比决算", "比决算", false}, {"比预算数", "比预算数", false}} {
		if got, ok := cutBudgetStage(c.in); got != c.want || ok != c.ok {
			t.Errorf("cutBudgetStage(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}
