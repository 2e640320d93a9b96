package extract

import "testing"

// TestAmountCell: an amount written with its scale or unit in its cell is
// a value; a percent, a year, a count and text are not.
func TestAmountCell(t *testing.T) {
	for _, c := range []struct {
		t  string
		ok bool
	}{
		{"1,234.50 亿", true}, {"87.25亿", true}, {"-3.10亿", true}, {"4821.07万", true},
		{"350.0 元", true}, {"12.40亿元", true}, {"2019年", false}, {"3.5%", false},
		{"营业收入", false}, {"12家", false}, {"亿", false}, {"约5亿", false},
	} {
		if got := amountCell(c.t); got != c.ok {
			t.Errorf("amountCell(%q) = %v, want %v", c.t, got, c.ok)
		}
	}
}

// TestAmountCellTable: an income statement as a finance page prints it,
// every cell an amount with its own scale (亿, 万, 元) and no unit named
// anywhere, the columns report years and the trailing twelve months: each
// cell is a figure in its scale as written, the TTM column a period.
func TestAmountCellTable(t *testing.T) {
	text := "示例股份利润表 | 2021年报 | 2022年报 | 近12个月(TTM) |\n" +
		"---|---|---|---|\n" +
		"营业总收入 | 1,234.50 亿 | 1,310.20 亿 | 1,298.00 亿 |\n" +
		"营业成本 | 987.60 亿 | 1,020.30 亿 | 1,001.10 亿 |\n" +
		"手续费收入 | 310.40 万 | 12.60 万 | 350.0 元 |\n" +
		"销售费用 | 88.10 亿 | 91.70 亿 | 90.30 亿 |\n"
	figs := mustExtract(t, text, Options{})
	checkFigures(t, "amount cells", figs, []wantFig{
		{ind: "营业总收入", value: 1234.5, unit: "亿"}, {ind: "营业总收入", value: 1310.2, unit: "亿"}, {ind: "营业总收入", value: 1298, unit: "亿"},
		{ind: "营业成本", value: 987.6, unit: "亿"}, {ind: "营业成本", value: 1020.3, unit: "亿"}, {ind: "营业成本", value: 1001.1, unit: "亿"},
		{ind: "手续费收入", value: 310.4, unit: "万"}, {ind: "手续费收入", value: 12.6, unit: "万"}, {ind: "手续费收入", value: 350, unit: "元"},
		{ind: "销售费用", value: 88.1, unit: "亿"}, {ind: "销售费用", value: 91.7, unit: "亿"}, {ind: "销售费用", value: 90.3, unit: "亿"},
	})
	if figs[2].Period != "近12个月(TTM)" {
		t.Errorf("period %q, want 近12个月(TTM)", figs[2].Period)
	}
}

// TestTrailingYearHeader: the trailing twelve months' column is a period.
func TestTrailingYearHeader(t *testing.T) {
	for h, want := range map[string]bool{"近12个月(TTM)": true, "最近12个月": true, "近十二个月": true, "TTM": true, "12个月": false, "近三年": false} {
		if trailingYearHeader(h) != want {
			t.Errorf("trailingYearHeader(%q) = %v, want %v", h, !want, want)
		}
	}
}
