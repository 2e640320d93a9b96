package extract

import "testing"

// TestYearColumnsTable: a four-year summary whose header cells stand one a
// line, each year in Chinese numerals with the unit (人民币万元), bracketed
// deductions and a section row among the rows.
func TestYearColumnsTable(t *testing.T) {
	text := "四年业绩概要\n" +
		"截至六月三十日止财政年度 | ||||\n" +
		"---|---|---|---|---|\n" +
		"二零一九年 人民币万元 |\n二零一八年 人民币万元 |\n二零一七年 人民币万元 |\n二零一六年 人民币万元 |\n|\n" +
		"经营业绩 | ||||\n" +
		"营业额 | 52,310 | 48,007 | 45,120 | 39,880 |\n" +
		"员工成本 | (12,004) | (11,560) | (10,973) | (9,640) |\n" +
		"应占合营企业之(亏损)/溢利 | (1,088) | 35 | — | 12 |\n"
	figs := mustExtract(t, text, Options{})
	checkFigures(t, "year columns", figs, []wantFig{
		{ind: "营业额", value: 52310, unit: "人民币万元"},
		{ind: "营业额", value: 48007, unit: "人民币万元"},
		{ind: "营业额", value: 45120, unit: "人民币万元"},
		{ind: "营业额", value: 39880, unit: "人民币万元"},
		{ind: "员工成本", value: -12004, unit: "人民币万元"},
		{ind: "员工成本", value: -11560, unit: "人民币万元"},
		{ind: "员工成本", value: -10973, unit: "人民币万元"},
		{ind: "员工成本", value: -9640, unit: "人民币万元"},
		{ind: "应占合营企业之(亏损)/溢利", value: -1088, unit: "人民币万元"},
		{ind: "应占合营企业之(亏损)/溢利", value: 35, unit: "人民币万元"},
		{ind: "应占合营企业之(亏损)/溢利", value: 12, unit: "人民币万元"},
	})
	if len(figs) == 11 && (figs[0].Period != "二零一九年" || figs[3].Period != "二零一六年") {
		t.Errorf("periods %q, %q, want 二零一九年, 二零一六年", figs[0].Period, figs[3].Period)
	}
}

// TestYearColumnsTableNot: years of different units, a header cell that
// is no year and too few years are left to the other rules.
func TestYearColumnsTableNot(t *testing.T) {
	for _, text := range []string{
		"项目 | ||\n---|---|---|\n2020年 千元 |\n2019年 万元 |\n|\n收入 | 1 | 2 |\n",
		"项目 | ||\n---|---|---|\n2020年 千元 |\n附注 |\n|\n收入 | 1 | 2 |\n",
		"项目 | |\n---|---|\n2020年 千元 |\n|\n收入 | 1 |\n",
		"项目 | ||\n---|---|---|\n2020年 |\n2019年 |\n|\n收入 | 1 | 2 | 3 |\n",
	} {
		x := &extractor{s: text}
		if rows, _, _ := x.yearColumnsTable(0); rows != nil {
			t.Errorf("yearColumnsTable(%q) read %d rows, want none", text, len(rows))
		}
	}
}

// TestYearUnitHeader: a year header with the amounts' unit after it.
func TestYearUnitHeader(t *testing.T) {
	for _, c := range []struct{ h, year, unit string }{
		{"二零二一年 人民币千元", "二零二一年", "人民币千元"},
		{"二〇一八年度", "二〇一八年度", ""},
		{"2020年 千元", "2020年", "千元"},
		{"2019年（万元）", "2019年", "万元"},
	} {
		y, u, ok := yearUnitHeader(c.h)
		if !ok || y != c.year || u != c.unit {
			t.Errorf("yearUnitHeader(%q) = %q, %q, %v; want %q, %q", c.h, y, u, ok, c.year, c.unit)
		}
	}
	for _, h := range []string{"人民币千元", "二零二一 人民币千元", "2021年 增长"} {
		if _, _, ok := yearUnitHeader(h); ok {
			t.Errorf("yearUnitHeader(%q) ok, want not", h)
		}
	}
}
