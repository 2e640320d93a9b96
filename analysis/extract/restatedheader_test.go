package extract

import "testing"

// TestRestatedPeriodsFirst: a company form's restated header copied
// without the empty cell over the labels, in two blocks, the second's
// period with its months; an inner block whose header names no column
// gives nothing.
func TestRestatedPeriodsFirst(t *testing.T) {
	text := "本报告期末 | 上年度末 | 本报告期末比上年度末增减(%) | ||\n" +
		"调整后 | 调整前 | |||\n" +
		"总资产 | 500.00 | 480.00 | 470.00 | 4.17 |\n" +
		"净资产 | 300.00 | 290.00 | 288.00 | 3.45 |\n" +
		"本报告期 (1-6月) | 上年同期 | 本报告期比上年同期增减(%) | ||\n" +
		"调整后 | 调整前 | |||\n" +
		"营业收入 | 120.00 | 100.00 | 101.00 | 20.00 |\n" +
		"净利润 | 12.00 | 10.00 | 10.50 | 20.00 |\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, text, figs, []wantFig{
		{ind: "总资产", value: 500, changes: []string{"growth_pct 4.17"}},
		{ind: "总资产", value: 480, prior: true},
		{ind: "总资产（调整前）", value: 470, prior: true},
		{ind: "净资产", value: 300, changes: []string{"growth_pct 3.45"}},
		{ind: "净资产", value: 290, prior: true},
		{ind: "净资产（调整前）", value: 288, prior: true},
		{ind: "营业收入", value: 120, changes: []string{"growth_pct 20"}},
		{ind: "营业收入", value: 100, prior: true},
		{ind: "营业收入（调整前）", value: 101, prior: true},
		{ind: "净利润", value: 12, changes: []string{"growth_pct 20"}},
		{ind: "净利润", value: 10, prior: true},
		{ind: "净利润（调整前）", value: 10.5, prior: true},
	})
	for _, f := range figs {
		if f.Indicator == "营业收入" && !f.Prior && f.Period != "本报告期 (1-6月)" {
			t.Errorf("营业收入 period %q", f.Period)
		}
	}
	unnamed := "本报告期末 | 上年度末 | 本报告期末比上年度末增减(%) | ||\n" +
		"调整后 | 调整前 | |||\n" +
		"总资产 | 500.00 | 480.00 | 470.00 | 4.17 |\n" +
		"甲期间 | 乙期间 | 丙期间 | ||\n" +
		"调整后 | 调整前 | |||\n" +
		"净利润 | 12.00 | 10.00 | 10.50 | 20.00 |\n"
	for _, f := range mustExtract(t, unnamed, Options{Year: 2023}) {
		if f.Indicator == "净利润" {
			t.Errorf("a block whose header names no column: %s %v", f.Indicator, f.Value)
		}
	}
	for h, want := range map[string]bool{"本报告期 (1-6月)": true, "本期（7-9月）": true, "本报告期": false, "营业收入 (1-6月)": false} {
		if got := periodWithMonthSpan(h); got != want {
			t.Errorf("periodWithMonthSpan(%q) = %v, want %v", h, got, want)
		}
	}
	if restatedPeriodsFirst([]string{"项目", "上年度末"}, []string{"调整后", "调整前"}) {
		t.Error("项目 heads the labels")
	}
}
