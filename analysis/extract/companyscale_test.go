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
