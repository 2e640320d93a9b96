package extract

import "testing"

// TestCompanyCellLines: a half-year table copied one cell a line: the
// periods' months on a line of their own, the change of the quarter after
// the year-to-date column, and a row that left a cell empty without a mark
// (skipped: which column its one value stands in is not written).
func TestCompanyCellLines(t *testing.T) {
	text := "项目\n报告期\n(4-6月)\n年初至报告期期末\n(1-6月)\n本报告期比上年同期增减(%)\n" +
		"营业收入(元)\n8,120,400.00\n15,300,200.50\n12.40\n" +
		"投资活动产生的现金流量净额(元)\n-2,450,000.00\n" +
		"基本每股收益(元/股)\n0.12\n0.21\n-7.69\n" +
		"加权平均净资产收益率(%)\n2.10\n3.95\n减少0.20个百分点\n" +
		"编者按语在此另起一段\n"
	figs := mustExtract(t, text, Options{})
	checkFigures(t, "cell lines", figs, []wantFig{
		{ind: "营业收入", value: 8120400, unit: "元", changes: []string{"growth_pct 12.4"}},
		{ind: "营业收入", value: 15300200.50, unit: "元"},
		{ind: "基本每股收益", value: 0.12, unit: "元/股", changes: []string{"growth_pct -7.69"}},
		{ind: "基本每股收益", value: 0.21, unit: "元/股"},
		{ind: "加权平均净资产收益率", value: 2.10, unit: "%", changes: []string{"pp -0.2"}},
		{ind: "加权平均净资产收益率", value: 3.95, unit: "%"},
	})
	if len(figs) == 6 && (figs[0].Period != "报告期(4-6月)" || figs[1].Period != "年初至报告期期末(1-6月)") {
		t.Errorf("periods %q, %q", figs[0].Period, figs[1].Period)
	}
}

// TestCompanyCellLinesNot: lines that are no such table read nothing: a
// label header over no period columns, and a table whose rows are never
// full.
func TestCompanyCellLinesNot(t *testing.T) {
	for _, text := range []string{
		"项目\n说明\n营业收入\n1.00\n",
		"项目\n本报告期末\n上年度期末\n总资产\n1.00\n净资产\n2.00\n",
		"项目\n(1-6月)\n本报告期\n总资产\n1.00\n",
	} {
		x := &extractor{s: text}
		if rows, _ := x.companyCellLines(0); rows != nil {
			t.Errorf("companyCellLines(%q) read %d rows, want none", text, len(rows))
		}
	}
}

// TestChangeAfterPeriod: the change of 本报告期 moves after 报告期's column;
// a change that already follows its period, or names two, stays.
func TestChangeAfterPeriod(t *testing.T) {
	cells := func(hs ...string) []tcell {
		var cs []tcell
		for _, h := range hs {
			cs = append(cs, tcell{text: h})
		}
		return cs
	}
	if o := changeAfterPeriod(cells("报告期(7-9月)", "年初至报告期期末(1-9月)", "本报告期比上年同期增减(%)")); len(o) != 3 || o[0] != 0 || o[1] != 2 || o[2] != 1 {
		t.Errorf("order %v, want [0 2 1]", o)
	}
	if o := changeAfterPeriod(cells("本报告期末", "上年度末", "本报告期末比上年度末增减(%)")); o != nil {
		t.Errorf("order %v, want nil", o)
	}
	if o := changeAfterPeriod(cells("本报告期", "本报告期", "年初至报告期末", "本报告期比上年同期增减(%)")); o != nil {
		t.Errorf("order %v, want nil (two columns of the period)", o)
	}
}

// TestCompanyCellLinesAmounts: a table of non-recurring items copied one
// cell a line under one amount column with its unit (金额(单位:万元)), in
// traditional script.
func TestCompanyCellLinesAmounts(t *testing.T) {
	text := "非經常性損益項目\n金額(單位:萬元)\n非流動資產處置損益\n-36.20\n越權審批的稅收返還\n1,204.75\n"
	figs := mustExtract(t, text, Options{})
	checkFigures(t, "cell lines amounts", figs, []wantFig{
		{ind: "非流動資產處置損益", value: -36.20, unit: "万元"},
		{ind: "越權審批的稅收返還", value: 1204.75, unit: "万元"},
	})
	for _, h := range []string{"金额", "金额(元)", "金额（单位：万元）"} {
		if !amountColumnHeader(h) {
			t.Errorf("amountColumnHeader(%q) false", h)
		}
	}
	for _, h := range []string{"金额合计", "金额说明"} {
		if amountColumnHeader(h) {
			t.Errorf("amountColumnHeader(%q) true", h)
		}
	}
}
