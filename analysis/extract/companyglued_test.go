package extract

import (
	"strings"
	"testing"
)

// Tests of the rules for company tables whose cells a PDF copy ran
// together (tables written for the tests, with made-up numbers).

// TestGluedRowPieces: labels and runs of amounts in one token split into
// their cells; digits without a decimal point stay in their label; a run
// that does not split, or a label that is none, leaves the token whole.
func TestGluedRowPieces(t *testing.T) {
	cases := []struct {
		in   string
		want string // the pieces joined by |, "" for none
	}{
		{"营业收入(元)1,234.56-5.10%2,345.67-1.20%净利润(元)12.30-8.00%", "营业收入(元)|1,234.56|-5.10%|2,345.67|-1.20%|净利润(元)|12.30|-8.00%"},
		{"0.52%-0.10%1.30%-0.20%本报告期末", "0.52%|-0.10%|1.30%|-0.20%|本报告期末"},
		{"2.50-3.00%前5名客户销售额(元)1,000.00", "2.50|-3.00%|前5名客户销售额(元)|1,000.00"},
		{"营业收入增长1.5倍", ""},     // a quantity of the label, no cell
		{"营业收入", ""},           // no amount
		{"1,234.56-5.10%", ""}, // no label: gluedPieces' case
		{"营业收入(元)1,234.56-5.10%1", ""},
	}
	for _, c := range cases {
		var got []string
		for _, p := range gluedRowPieces(c.in) {
			got = append(got, c.in[p[0]:p[1]])
		}
		if g := strings.Join(got, "|"); g != c.want {
			t.Errorf("gluedRowPieces(%q) = %q, want %q", c.in, g, c.want)
		}
	}
}

// TestBrokenAmountTail: a line ending in digits cut from an amount after a
// complete change cell; a line ending in a complete cell, or in digits
// after a word, is not cut.
func TestBrokenAmountTail(t *testing.T) {
	for in, want := range map[string]int{
		"净利润(元)1,234.56-5.10%1":    1,
		"-5.10%12":                 2,
		"净利润(元)1,234.56-5.10%":     0,
		"净利润(元)1,234.56":           0,
		"前5":                       0,
		"2023年第三季度报告2":             0,
		"净利润(元)1,234.56-5.10%1234": 0,
	} {
		if got := brokenAmountTail(in); got != want {
			t.Errorf("brokenAmountTail(%q) = %d, want %d", in, got, want)
		}
	}
	for in, want := range map[string]int{
		"2、6,447.50-3.00%营业": len("2、6,447.50"),
		"6,447.50 -3.00%":    len("6,447.50"),
		"营业收入 1.00":          -1,
		"12 34":              -1,
	} {
		if got := brokenCellEnd(in, 0, len(in)); got != want {
			t.Errorf("brokenCellEnd(%q) = %d, want %d", in, got, want)
		}
	}
}

// TestFlatGluedQuarterTable: a quarterly report's 主要会计数据 copied from
// a PDF, its cells run together, a page break inside an amount (the cell
// is read as missing, its change stated alone), a row of the year to date
// only, and an inner header of another width before the balances.
func TestFlatGluedQuarterTable(t *testing.T) {
	text := "甲公司 2024 年第三季度报告 2 一、主要财务数据 本报告期 本报告期比上年同期增减 年初至报告期末 年初至报告期末比上年同期增减 " +
		"营业收入(元)1,200.50-10.00%3,600.75-5.00%扣除非经常性损益的净利润(元)300.25-20.00%1\n" +
		"2、9,000.50-8.00%经营活动产生的现金流量净额(元)-50.00-150.00%基本每股收益(元/股)0.10-50.00%0.30-25.00%" +
		"加权平均净资产收益率 0.50%-0.20%1.50%-0.40%本报告期末 上年度末 本报告期末比上年度末增减 " +
		"总资产(元)8,000.00 7,500.00 6.67%\n"
	figs := mustExtract(t, text, Options{Year: 2024})
	checkFigures(t, "glued quarter table", figs, []wantFig{
		{ind: "营业收入", value: 1200.50, unit: "元", changes: []string{"growth_pct -10"}},
		{ind: "营业收入", value: 3600.75, unit: "元", changes: []string{"growth_pct -5"}},
		{ind: "扣除非经常性损益的净利润", value: 300.25, unit: "元", changes: []string{"growth_pct -20"}},
		{ind: "扣除非经常性损益的净利润", missing: true, changes: []string{"growth_pct -8"}},
		{ind: "经营活动产生的现金流量净额", value: -50, unit: "元", changes: []string{"growth_pct -150"}},
		{ind: "基本每股收益", value: 0.10, unit: "元/股", changes: []string{"growth_pct -50"}},
		{ind: "基本每股收益", value: 0.30, unit: "元/股", changes: []string{"growth_pct -25"}},
		{ind: "加权平均净资产收益率", value: 0.50, unit: "%", changes: []string{"pp -0.2"}},
		{ind: "加权平均净资产收益率", value: 1.50, unit: "%", changes: []string{"pp -0.4"}},
		{ind: "总资产", value: 8000, unit: "元", changes: []string{"growth_pct 6.67"}},
		{ind: "总资产", value: 7500, unit: "元", prior: true},
	})
}

// TestDoubleSpacedCompanyLines: a results table copied with a blank line
// after every line (its header broken over a blank line, a label wrapped
// below its values) reads as the same table written without them.
func TestDoubleSpacedCompanyLines(t *testing.T) {
	text := "单位:元 币种:人民币\n\n项目 本报告期 本报告期比上年同期\n\n增减变动幅度(%)\n\n" +
		"营业收入 1,200,000.50 10.25\n\n归属于上市公司股东的扣除非 300,000.25 -5.50\n\n经常性损益的净利润\n\n\n" +
		"基本每股收益(元/股) 0.12 20.00\n"
	figs := mustExtract(t, text, Options{Year: 2024})
	checkFigures(t, "double-spaced", figs, []wantFig{
		{ind: "营业收入", value: 1200000.50, unit: "元", changes: []string{"growth_pct 10.25"}},
		{ind: "归属于上市公司股东的扣除非经常性损益的净利润", value: 300000.25, unit: "元", changes: []string{"growth_pct -5.5"}},
		{ind: "基本每股收益", value: 0.12, unit: "元/股", changes: []string{"growth_pct 20"}},
	})
	for in, want := range map[string]int{"\n\nx": 2, "\nx": 1, "\n\n\nx": 0, "x": 0, "\n": 0} {
		if got := skipBlankLines(in, 0, 2); got != want {
			t.Errorf("skipBlankLines(%q) = %d, want %d", in, got, want)
		}
	}
}
