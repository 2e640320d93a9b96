package extract

import "testing"

// TestValuelessStatementItem: in an income statement numbered as the
// forms number it, the items written without values (a bank's items in a
// maker's statement) are items of their own: no part of the label above or
// below them. A wrapped piece (的净利润) still completes its label.
func TestValuelessStatementItem(t *testing.T) {
	text := "项目 2023-12-31 2022-12-31\n" +
		"一、营业总收入 120.50亿 98.70亿\n" +
		"其中:营业收入 120.50亿 98.70亿\n" +
		"利息收入\n" +
		"已赚保费\n" +
		"二、营业总成本 100.20亿 80.10亿\n" +
		"其中:营业成本 70.40亿 55.30亿\n" +
		"手续费及佣金支出\n" +
		"销售费用 12.10亿 10.60亿\n"
	checkFigures(t, "statement items", mustExtract(t, text, Options{}), []wantFig{
		{ind: "营业总收入", value: 120.5, unit: "亿"}, {ind: "营业总收入", value: 98.7, unit: "亿"},
		{ind: "营业收入", value: 120.5, unit: "亿"}, {ind: "营业收入", value: 98.7, unit: "亿"},
		{ind: "营业总成本", value: 100.2, unit: "亿"}, {ind: "营业总成本", value: 80.1, unit: "亿"},
		{ind: "营业成本", value: 70.4, unit: "亿"}, {ind: "营业成本", value: 55.3, unit: "亿"},
		{ind: "销售费用", value: 12.1, unit: "亿"}, {ind: "销售费用", value: 10.6, unit: "亿"},
	})
	for _, c := range []struct {
		above, line string
		want        bool
	}{
		{"营业收入", "利息收入", true},
		{"营业收入", "汇兑收益", true},
		{"归属于上市公司股东的扣除非经常性损益", "的净利润", false},
		{"其中:对联营企业和", "合营企业的投资收益", false},
		{"营业收入", "收益", false},
		{"营业收入", "经营情况", false},
	} {
		if got := valuelessStatementItem(c.above, c.line); got != c.want {
			t.Errorf("valuelessStatementItem(%q, %q) = %v, want %v", c.above, c.line, got, c.want)
		}
	}
}
