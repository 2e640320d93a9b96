package extract

import "testing"

// TestSmallParenNegatives: a Hong Kong summary that writes negatives in
// parentheses reads its small ones too ((46), (9)), in a | table and in
// one written with spaces; a note column of (1), (2) stays no figure.
func TestSmallParenNegatives(t *testing.T) {
	want := []wantFig{
		{ind: "收入", value: 3120775, unit: "人民币千元"},
		{ind: "收入", value: 2987410, unit: "人民币千元", prior: true},
		{ind: "销售成本", value: -2004518, unit: "人民币千元"},
		{ind: "销售成本", value: -1876290, unit: "人民币千元", prior: true},
		{ind: "汇兑亏损", value: -46, unit: "人民币千元"},
		{ind: "汇兑亏损", value: 1310, unit: "人民币千元", prior: true},
		{ind: "融资成本", value: -9, unit: "人民币千元"},
		{ind: "融资成本", value: -115, unit: "人民币千元", prior: true},
	}
	for _, text := range []string{
		"单位：人民币千元\n| 项目 | 附注 | 2019年 | 2018年 |\n|---|---|---|---|\n" +
			"| 收入 | (1) | 3,120,775 | 2,987,410 |\n| 销售成本 | (2) | (2,004,518) | (1,876,290) |\n" +
			"| 汇兑亏损 | | (46) | 1,310 |\n| 融资成本 | (3) | (9) | (115) |\n",
		"单位：人民币千元\n项目 2019年 2018年\n收入 3,120,775 2,987,410\n销售成本 (2,004,518) (1,876,290)\n" +
			"汇兑亏损 (46) 1,310\n融资成本 (9) (115)\n",
	} {
		figs := mustExtract(t, text, Options{Year: 2019})
		checkFigures(t, "small paren negatives", figs, want)
	}
}

// TestSmallParenNegativesNot: without an accountant's negative in the
// column, a bracketed small number is not read as one.
func TestSmallParenNegativesNot(t *testing.T) {
	rows := []trow{
		{cells: []tcell{{text: "项目"}, {text: "2019年"}, {text: "说明"}}},
		{cells: []tcell{{text: "收入"}, {text: "(2,004,518)"}, {text: "(1)"}}},
		{cells: []tcell{{text: "成本"}, {text: "(7)"}, {text: "(12)"}}},
		{cells: []tcell{{text: "费用"}, {text: "(07)"}, {text: "(1234)"}}},
	}
	smallParenNegatives(rows)
	for ri, want := range [][]string{{"2019年", "说明"}, {"(2,004,518)", "(1)"}, {"-7", "(12)"}, {"(07)", "(1234)"}} {
		for k, w := range want {
			if got := rows[ri].cells[k+1].text; got != w {
				t.Errorf("row %d cell %d = %q, want %q", ri, k+1, got, w)
			}
		}
	}
}

// TestYearUnitCell: a | header cell writing its year and the amounts'
// unit (2019年 人民币千元) heads a year column of that
// unit.
func TestYearUnitCell(t *testing.T) {
	text := "| | 2019年 人民币千元 | 2018年 人民币千元 |\n|---|---|---|\n" +
		"| 收入 | 3,120,775 | 2,987,410 |\n| 毛利 | 1,116,257 | 1,111,120 |\n"
	figs := mustExtract(t, text, Options{Year: 2019})
	checkFigures(t, "year unit cell", figs, []wantFig{
		{ind: "收入", value: 3120775, unit: "人民币千元"},
		{ind: "收入", value: 2987410, unit: "人民币千元", prior: true},
		{ind: "毛利", value: 1116257, unit: "人民币千元"},
		{ind: "毛利", value: 1111120, unit: "人民币千元", prior: true},
	})
	if figs[0].Period != "2019年" {
		t.Errorf("period %q, want 2019年", figs[0].Period)
	}
}

// TestUnitRowUnderYears: a Hong Kong summary with a row of units under its
// years (| | 人民币百万元 | …) gives the columns that unit, not a name; a
// row named 溢利/(亏损) reads its bracketed figure as a loss.
func TestUnitRowUnderYears(t *testing.T) {
	text := "| | 2021年 | 2020年 |\n|---|---|---|\n| | 人民币百万元 | 人民币百万元 |\n" +
		"| 营业额 | 7,318 | 6,902 |\n| 毛利率 | 31.5% | 30.8% |\n| 年内溢利/(亏损) | 410 | (57) |\n"
	figs := mustExtract(t, text, Options{Year: 2021})
	checkFigures(t, "unit row under years", figs, []wantFig{
		{ind: "营业额", value: 7318, unit: "人民币百万元"},
		{ind: "营业额", value: 6902, unit: "人民币百万元", prior: true},
		{ind: "毛利率", value: 31.5, unit: "%"},
		{ind: "毛利率", value: 30.8, unit: "%", prior: true},
		{ind: "年内溢利/(亏损)", value: 410, unit: "人民币百万元"},
		{ind: "年内溢利/(亏损)", value: -57, unit: "人民币百万元", prior: true},
	})
	for h, want := range map[string]string{"人民币百万元": "人民币百万元", "(千元)": "千元", "万元": "万元", "%": "", "2021年": "", "营业额": ""} {
		if got := unitOnlyHeader(h); got != want {
			t.Errorf("unitOnlyHeader(%q) = %q, want %q", h, got, want)
		}
	}
}
