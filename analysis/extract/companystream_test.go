package extract

import "testing"

// TestHeadedCellStream: a results table whose header is one | row and
// whose cells then stand one a line, an inner header of balances among
// them and a row whose cells are all empty.
func TestHeadedCellStream(t *testing.T) {
	text := "主要会计数据 | 2022年 | 2021年 | 本年比上年增减(%) |\n" +
		"---|---|---|---|\n" +
		"营业收入 |\n2,345,678.90 |\n2,000,000.00 |\n17.28 |\n" +
		"经营活动产生的现金流量净额 |\n-12,000.50 |\n8,000.00 |\n不适用 |\n" +
		"2022年末 |\n2021年末 |\n本年末比上年末增减(%) |\n|\n" +
		"总资产 |\n9,900,000.00 |\n9,000,000.00 |\n10.00 |\n" +
		"稀释每股收益(元/股) |\n|\n||\n" +
		"加权平均净资产收益率(%) |\n5.10 |\n4.60 |\n增加0.50个百分点 |\n"
	figs := mustExtract(t, text, Options{})
	checkFigures(t, "headed cell stream", figs, []wantFig{
		{ind: "营业收入", value: 2345678.90, changes: []string{"growth_pct 17.28"}},
		{ind: "营业收入", value: 2000000, prior: true},
		{ind: "经营活动产生的现金流量净额", value: -12000.50},
		{ind: "经营活动产生的现金流量净额", value: 8000, prior: true},
		{ind: "总资产", value: 9900000, changes: []string{"growth_pct 10"}},
		{ind: "总资产", value: 9000000, prior: true},
		{ind: "加权平均净资产收益率", value: 5.10, unit: "%", changes: []string{"pp 0.5"}},
		{ind: "加权平均净资产收益率", value: 4.60, unit: "%", prior: true},
	})
	if figs[4].Period != "2022年末" {
		t.Errorf("总资产 period %q, want 2022年末 (the inner header's)", figs[4].Period)
	}
}

// TestHeadedCellStreamTraditional: the same layout in traditional script
// (主要會計數據, 不適用).
func TestHeadedCellStreamTraditional(t *testing.T) {
	text := "主要會計數據 | 2020年 | 2019年 | 本期比上年同期增減(%) |\n" +
		"營業收入 |\n500.25 |\n400.20 |\n25.00 |\n" +
		"經營活動產生的現金流量淨額 |\n-30.10 |\n12.00 |\n不適用 |\n"
	figs := mustExtract(t, text, Options{})
	checkFigures(t, "traditional cell stream", figs, []wantFig{
		{ind: "營業收入", value: 500.25, changes: []string{"growth_pct 25"}},
		{ind: "營業收入", value: 400.20, prior: true},
		{ind: "經營活動產生的現金流量淨額", value: -30.10},
		{ind: "經營活動產生的現金流量淨額", value: 12, prior: true},
	})
}

// TestHeadedCellStreamNot: a | table whose rows are | rows, and a stream
// whose cells do not fall in rows of the header's width, are left to the
// other rules (headedCellStream reads nothing).
func TestHeadedCellStreamNot(t *testing.T) {
	for _, text := range []string{
		"项目 | 2022年 | 2021年 |\n营业收入 | 1.00 | 2.00 |\n净利润 | 3.00 | 4.00 |\n",
		"项目 | 2022年 | 2021年 |\n营业收入 |\n1.00 |\n净利润 |\n3.00 |\n4.00 |\n",
	} {
		x := &extractor{s: text}
		if rows, _ := x.headedCellStream(0); rows != nil {
			t.Errorf("headedCellStream(%q) read %d rows, want none", text, len(rows))
		}
	}
}

// TestFrozenLabelColumn: a finance page's table copied as its label
// column and then its periods' table; the rows of values are the labels'
// in order, the last label's lost with the copy's last row.
func TestFrozenLabelColumn(t *testing.T) {
	text := "报告日期 |\n---|\n" +
		"每股收益(元) |\n营业收入(万元) |\n净资产收益率(%) |\n" +
		"2023-12-31 | 2022-12-31 | 2021-12-31 |\n---|---|---|\n" +
		"0.52 | -0.08 | -- |\n" +
		"12,345 | 11,000 | 9,870 |\n"
	figs := mustExtract(t, text, Options{})
	checkFigures(t, "frozen label column", figs, []wantFig{
		{ind: "每股收益", value: 0.52, unit: "元"},
		{ind: "每股收益", value: -0.08, unit: "元"},
		{ind: "营业收入", value: 12345, unit: "万元"},
		{ind: "营业收入", value: 11000, unit: "万元"},
		{ind: "营业收入", value: 9870, unit: "万元"},
	})
	if figs[0].Period != "2023-12-31" {
		t.Errorf("period %q, want 2023-12-31", figs[0].Period)
	}
}

// TestFrozenLabelColumnNot: more rows of values than labels, a row with
// a word among its values, or headers that are no periods: not read so.
func TestFrozenLabelColumnNot(t *testing.T) {
	for _, text := range []string{
		"报告日期 |\n每股收益(元) |\n2023-12-31 | 2022-12-31 |\n0.52 | 0.48 |\n0.50 | 0.40 |\n",
		"报告日期 |\n每股收益(元) |\n营业收入(万元) |\n2023-12-31 | 2022-12-31 |\n0.52 | 暂无 |\n",
		"项目 |\n每股收益(元) |\n营业收入(万元) |\n甲 | 乙 |\n0.52 | 0.48 |\n",
	} {
		x := &extractor{s: text}
		if rows, _ := x.frozenLabelColumn(0); rows != nil {
			t.Errorf("frozenLabelColumn(%q) read %d rows, want none", text, len(rows))
		}
	}
}

// TestCompanyDateHeaderLabel: a finance page's summary written as text
// lines under 截止日期 and its dates; labels with - and / in them.
func TestCompanyDateHeaderLabel(t *testing.T) {
	text := "截止日期 2023-12-31 2022-12-31\n" +
		"每股净资产-摊薄/期末股数(元) 3.2100 2.9800\n" +
		"营业收入(元) 456,789,000.00 400,000,000.00\n" +
		"净利润(元) -12,000,000.00 --\n"
	figs := mustExtract(t, text, Options{})
	checkFigures(t, "date header", figs, []wantFig{
		{ind: "每股净资产-摊薄/期末股数", value: 3.21, unit: "元"},
		{ind: "每股净资产-摊薄/期末股数", value: 2.98, unit: "元"},
		{ind: "营业收入", value: 456789000, unit: "元"},
		{ind: "营业收入", value: 400000000, unit: "元"},
		{ind: "净利润", value: -12000000, unit: "元"},
	})
	if figs[0].Period != "2023-12-31" || figs[1].Period != "2022-12-31" {
		t.Errorf("periods %q, %q", figs[0].Period, figs[1].Period)
	}
}
