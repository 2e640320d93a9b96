package extract

import "testing"

// TestCompanySpacedPointChange: a quarterly results table copied from a
// PDF as text lines, blank lines between them, the changes of its rates
// written with spaces around the number (增加 0.45 个百分点); the last
// rate's (%) wrapped away from its label, so its level would take the
// table's 元: a change in points is a rate's, the level is a percent.
func TestCompanySpacedPointChange(t *testing.T) {
	text := "单位:元 币种:人民币\n\n项目 本报告期 本报告期比上年同期增减变动幅度(%)\n\n" +
		"营业收入 520,000,000.00 12.40\n\n" +
		"加权平均净资产收益率(%) 2.35 增加 0.45 个百分点\n\n" +
		"研发投入占营业收入的比例 9.80 减少 1.20 个百分点\n"
	figs := mustExtract(t, text, Options{Year: 2024})
	checkFigures(t, "spaced point change", figs, []wantFig{
		{ind: "营业收入", value: 520000000, unit: "元", changes: []string{"growth_pct 12.4"}},
		{ind: "加权平均净资产收益率", value: 2.35, unit: "%", changes: []string{"pp 0.45"}},
		{ind: "研发投入占营业收入的比例", value: 9.8, unit: "%", changes: []string{"pp -1.2"}},
	})
	if e := changePhraseEnd("增加 0.45 个百分点", 0); e != len("增加 0.45 个百分点") {
		t.Errorf("changePhraseEnd spaced = %d", e)
	}
	if e := changePhraseEnd("0.45 个百分点", 0); e != 0 {
		t.Errorf("changePhraseEnd without a verb passes no space: %d", e)
	}
	f := Figure{Unit: "元/股"}
	pointChangeRate(&f, Change{Kind: PP})
	if f.Unit != "元/股" {
		t.Errorf("a per-share level keeps its unit: %q", f.Unit)
	}
}

// TestCompanyBrokenPeriodHeader: a quarterly table copied as text lines
// whose balances' header the copy broke inside 上年度末 (本报告期末比上年度
// then 末增减变动幅度(%)), the block right after the first, its rate's (%)
// wrapped between them: the block is read under the form's one 单位:元.
func TestCompanyBrokenPeriodHeader(t *testing.T) {
	text := "单位:元 币种:人民币\n\n项目 本报告期 本报告期比上年同期\n\n增减变动幅度(%)\n\n" +
		"营业收入 310,000,000.00 8.20\n\n" +
		"研发投入占营业收入的比例 12.10 增加 1.30 个百分点\n\n(%)\n\n" +
		"本报告期末 上年度末 本报告期末比上年度\n\n末增减变动幅度(%)\n\n" +
		"总资产 5,600,000,000.00 5,000,000,000.00 12.00\n"
	figs := mustExtract(t, text, Options{Year: 2024})
	checkFigures(t, "broken period header", figs, []wantFig{
		{ind: "营业收入", value: 310000000, unit: "元", changes: []string{"growth_pct 8.2"}},
		{ind: "研发投入占营业收入的比例", value: 12.1, unit: "%", changes: []string{"pp 1.3"}},
		{ind: "总资产", value: 5600000000, unit: "元", changes: []string{"growth_pct 12"}},
		{ind: "总资产", value: 5000000000, unit: "元", prior: true},
	})
	if !periodTailThenChange("末增减变动幅度(%)", 0) || !periodTailThenChange("同期增减(%)", 0) || periodTailThenChange("末期股息", 0) {
		t.Error("periodTailThenChange")
	}
}
