package extract

import "testing"

// TestScaledAmounts: a finance page's summary whose amounts carry a
// scale (12.35亿) under labels that name the base unit ((元)), as text lines
// and as a | table: each row is read in its cells' scale and the base unit;
// a cell in another scale than the row's others is no figure.
func TestScaledAmounts(t *testing.T) {
	for _, text := range []string{
		"报告期 2023-12-31 2022-12-31 2021-12-31\n" +
			"营业总收入(元) 45.60亿 40.10亿 38.00亿\n" +
			"归属净利润(元) 2.50亿 -1.20亿 8800万\n" +
			"营业总收入同比增长(%) 13.72 5.53 -2.10\n",
		"报告期 | 2023-12-31 | 2022-12-31 | 2021-12-31 |\n" +
			"营业总收入(元) | 45.60亿 | 40.10亿 | 38.00亿 |\n" +
			"归属净利润(元) | 2.50亿 | -1.20亿 | 8800万 |\n" +
			"营业总收入同比增长(%) | 13.72 | 5.53 | -2.10 |\n",
	} {
		checkFigures(t, "scaled amounts", mustExtract(t, text, Options{}), []wantFig{
			{ind: "营业总收入", value: 45.60, unit: "亿元"},
			{ind: "营业总收入", value: 40.10, unit: "亿元"},
			{ind: "营业总收入", value: 38, unit: "亿元"},
			{ind: "归属净利润", value: 2.50, unit: "亿元"},
			{ind: "归属净利润", value: -1.20, unit: "亿元"},
			{ind: "营业总收入同比增长", value: 13.72, unit: "%"},
			{ind: "营业总收入同比增长", value: 5.53, unit: "%"},
			{ind: "营业总收入同比增长", value: -2.10, unit: "%"},
		})
	}
}

// TestQuarterMonthsLine: a header of quarters whose months stand on the
// next line ((1-3月份) (4-6月份) …), and the same table run into one line:
// each quarter's figures under it, the months no part of a label.
func TestQuarterMonthsLine(t *testing.T) {
	for _, text := range []string{
		"单位:元\n第一季度 第二季度 第三季度 第四季度\n(1-3月份) (4-6月份) (7-9月份) (10-12月份)\n" +
			"营业收入 110.00 220.00 330.00 440.00\n归属于上市公司股东的净利润 11.00 -22.00 33.00 44.00\n",
		"分季度主要财务数据 单位:元 第一季度 (1-3月份) 第二季度 (4-6月份) 第三季度 (7-9月份) 第四季度 (10-12月份) " +
			"营业收入 110.00 220.00 330.00 440.00 归属于上市公司股东的净利润 11.00 -22.00 33.00 44.00\n",
	} {
		figs := mustExtract(t, text, Options{})
		checkFigures(t, "quarters", figs, []wantFig{
			{ind: "营业收入", value: 110, unit: "元"}, {ind: "营业收入", value: 220, unit: "元"},
			{ind: "营业收入", value: 330, unit: "元"}, {ind: "营业收入", value: 440, unit: "元"},
			{ind: "归属于上市公司股东的净利润", value: 11, unit: "元"}, {ind: "归属于上市公司股东的净利润", value: -22, unit: "元"},
			{ind: "归属于上市公司股东的净利润", value: 33, unit: "元"}, {ind: "归属于上市公司股东的净利润", value: 44, unit: "元"},
		})
		if figs[1].Period != "第二季度(4-6月份)" {
			t.Errorf("period %q, want 第二季度(4-6月份)", figs[1].Period)
		}
	}
}

// TestLabelledValueLine: a line that states one figure as a row, its unit
// in the label's brackets, is read alone; a run of such lines, a missing
// mark and a label without a unit are not read by it.
func TestLabelledValueLine(t *testing.T) {
	text := "2.2 股东情况\n截止报告期末普通股股东总数(户) 52,310\n截止报告期末表决权恢复的优先股股东总数(户) /\n"
	checkFigures(t, "labelled value", mustExtract(t, text, Options{}), []wantFig{
		{ind: "截止报告期末普通股股东总数", value: 52310, unit: "户"},
	})
	for _, text := range []string{
		"股东总数(户) 52,310\n员工总数(人) 1,200\n",
		"股东总数(户) /\n",
		"股东总数 52,310\n",
	} {
		x := &extractor{s: text}
		a, b := trimSpace(text, 0, nextLine(text, 0))
		if rows, _ := x.labelledValueLine(0, a, b); rows != nil {
			t.Errorf("labelledValueLine(%q) read a row", text)
		}
	}
}
