package extract

import "testing"

// TestSmallStopDecimal: Hong Kong news copy writes the decimal point as
// ﹒ and a fall as 跌: 升419﹒1% is a growth of 419.1%, 跌1﹒2個百分點 a fall
// of 1.2 points.
func TestSmallStopDecimal(t *testing.T) {
	text := "長城汽車公布,中期純利約70﹒8億元,升419﹒1%,每股盈利0﹒83元," +
		"營業收入914億元,升30﹒7%,毛利率17﹒4%,跌1﹒2個百分點。"
	figs := mustExtract(t, text, Options{})
	checkFigures(t, "small stop decimal", figs, []wantFig{
		{ind: "中期純利", value: 70.8, unit: "亿元", qual: "約", changes: []string{"growth_pct 419.1"}},
		{ind: "每股盈利", value: 0.83, unit: "元"},
		{ind: "營業收入", value: 914, unit: "亿元", changes: []string{"growth_pct 30.7"}},
		{ind: "毛利率", value: 17.4, unit: "%", changes: []string{"pp -1.2"}},
	})
	if figs[1].Number != "0﹒83" {
		t.Errorf("number %q, want 0﹒83 as written", figs[1].Number)
	}
}
