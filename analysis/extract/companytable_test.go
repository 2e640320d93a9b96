package extract

import (
	"fmt"
	"math"
	"reflect"
	"strings"
	"testing"
)

// TestNumberRunPieces: numbers a copy ran together are split only where
// one count of decimals and the thousands groups leave one reading.
func TestNumberRunPieces(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"1,234.565,678.90", []string{"1,234.56", "5,678.90"}},
		{"2,096,147,734.542,229,188,925.77-5.97%", []string{"2,096,147,734.54", "2,229,188,925.77", "-5.97%"}},
		{"0.520.488.33", []string{"0.52", "0.48", "8.33"}},
		{"10.129.80", []string{"10.12", "9.80"}},
		{"12.23%987,654,321.00", []string{"12.23%", "987,654,321.00"}},
		{"0.04360.0500", []string{"0.0436", "0.0500"}},
		{"1.23451.00", []string{"1.23", "451.00"}}, // 1.2345 | 1.00 would mix decimals
		{"1.2.3", nil},
		{"1,234,567.89", nil},    // one number
		{"1,2345.67", nil},       // no thousands groups
		{"12345678.901.00", nil}, // an integer part of eight digits without groups
		{"3.5万", nil},
		{"2023-12-31", nil},
		{"12-3", nil},
	}
	for _, c := range cases {
		var got []string
		for _, p := range numberRunPieces(c.in) {
			got = append(got, c.in[p[0]:p[1]])
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("numberRunPieces(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestParenNegative: an accountant's negative in parentheses is a
// negative; a list marker is no number.
func TestParenNegative(t *testing.T) {
	for in, want := range map[string]float64{"(23,456,789.10)": -23456789.10, "（0.05）": -0.05, "(1,200)": -1200} {
		if v, ok := parenNegative(in); !ok || math.Abs(v-want) > 1e-9 {
			t.Errorf("parenNegative(%q) = %v, %v; want %v", in, v, ok, want)
		}
	}
	for _, in := range []string{"(1)", "（2）", "(元)", "(12.3", "()"} {
		if _, ok := parenNegative(in); ok {
			t.Errorf("parenNegative(%q) read a number", in)
		}
	}
}

// TestCompanyHeaderTokens: header lines of the forms, apart or run
// together.
func TestCompanyHeaderTokens(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"项目 本报告期 上年同期 本报告期比上年同期增减(%)", []string{"项目", "本报告期", "上年同期", "本报告期比上年同期增减(%)"}},
		{"本报告期末上年度末本报告期末比上年度末增减变动幅度(%)", []string{"本报告期末", "上年度末", "本报告期末比上年度末增减变动幅度(%)"}},
		{"2023年2022年本年比上年增减2021年", []string{"2023年", "2022年", "本年比上年增减", "2021年"}},
		{"第一季度（1-3月份）第二季度（4-6月份）", []string{"第一季度（1-3月份）", "第二季度（4-6月份）"}},
		{"项目 本报告期金额 年初至报告期期末金额 说明", []string{"项目", "本报告期金额", "年初至报告期期末金额", "说明"}},
		{"调整后 调整前", []string{"调整后", "调整前"}},
		{"公司本报告期营业收入增长", nil},
		{"项目 说明", nil},
	}
	for _, c := range cases {
		toks, _, ok := companyHeaderTokens(c.in)
		var got []string
		if ok {
			for _, p := range toks {
				got = append(got, c.in[p[0]:p[1]])
			}
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("companyHeaderTokens(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestCompanyAnnualRestated: 主要会计数据 of an annual report that restates
// its prior years (SSE form): 2022年 and 2021年 over 调整后 | 调整前, the
// change column spanning both header rows, written with an empty cell at
// every merged position; a negative in parentheses, 不适用 and — (no
// figure), a rate's change in points written out; the balances' block with
// two header rows of its own.
func TestCompanyAnnualRestated(t *testing.T) {
	text := "单位：元 币种：人民币\n" +
		"| 主要会计数据 | 2023年 | 2022年 | | 本期比上年同期增减(%) | 2021年 | |\n" +
		"| | | 调整后 | 调整前 | | 调整后 | 调整前 |\n" +
		"| 营业收入 | 3,210,987,654.32 | 2,900,000,000.00 | 2,880,000,000.00 | 10.72 | 2,500,000,000.00 | 2,480,000,000.00 |\n" +
		"| 归属于上市公司股东的净利润 | 45,600,000.00 | (12,300,000.00) | -12,100,000.00 | 不适用 | 8,800,000.00 | 8,700,000.00 |\n" +
		"| | 2023年末 | 2022年末 | | 本期末比上年同期末增减(%) | 2021年末 | |\n" +
		"| | | 调整后 | 调整前 | | 调整后 | 调整前 |\n" +
		"| 总资产 | 7,700,000,000.00 | 7,000,000,000.00 | 6,950,000,000.00 | 10.00 | — | — |\n" +
		"| 加权平均净资产收益率（%） | 3.21 | -1.02 | -1.00 | 增加4.23个百分点 | 0.75 | 0.74 |\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, "restated annual", figs, []wantFig{
		{ind: "营业收入", value: 3210987654.32, unit: "元", changes: []string{"growth_pct 10.72"}},
		{ind: "营业收入", value: 2900000000, unit: "元", prior: true},
		{ind: "营业收入（调整前）", value: 2880000000, unit: "元", prior: true},
		{ind: "营业收入", value: 2500000000, unit: "元", prior: true},
		{ind: "营业收入（调整前）", value: 2480000000, unit: "元", prior: true},
		{ind: "归属于上市公司股东的净利润", value: 45600000, unit: "元"},
		{ind: "归属于上市公司股东的净利润", value: -12300000, unit: "元", prior: true, number: "(12,300,000.00)"},
		{ind: "归属于上市公司股东的净利润（调整前）", value: -12100000, unit: "元", prior: true},
		{ind: "归属于上市公司股东的净利润", value: 8800000, unit: "元", prior: true},
		{ind: "归属于上市公司股东的净利润（调整前）", value: 8700000, unit: "元", prior: true},
		{ind: "总资产", value: 7700000000, unit: "元", changes: []string{"growth_pct 10"}},
		{ind: "总资产", value: 7000000000, unit: "元", prior: true},
		{ind: "总资产（调整前）", value: 6950000000, unit: "元", prior: true},
		{ind: "加权平均净资产收益率", value: 3.21, unit: "%", changes: []string{"pp 4.23"}},
		{ind: "加权平均净资产收益率", value: -1.02, unit: "%", prior: true},
		{ind: "加权平均净资产收益率（调整前）", value: -1, unit: "%", prior: true},
		{ind: "加权平均净资产收益率", value: 0.75, unit: "%", prior: true},
		{ind: "加权平均净资产收益率（调整前）", value: 0.74, unit: "%", prior: true},
	})
	if figs[10].Period != "2023年末" || figs[11].Period != "2022年末" {
		t.Errorf("balances' periods %q, %q; want 2023年末, 2022年末", figs[10].Period, figs[11].Period)
	}
}

// TestCompanyAnnualSZSE: 主要会计数据 as the SZSE form prints it, units in
// the labels and changes with %; the change of 加权平均净资产收益率 written
// 0.32% is in points.
func TestCompanyAnnualSZSE(t *testing.T) {
	page := `<table>
<tr><td></td><td>2023年</td><td>2022年</td><td>本年比上年增减</td><td>2021年</td></tr>
<tr><td>营业收入（元）</td><td>812,345,678.90</td><td>790,000,000.00</td><td>2.83%</td><td>701,000,000.00</td></tr>
<tr><td>基本每股收益（元/股）</td><td>0.2100</td><td>0.3300</td><td>-36.36%</td><td>0.2900</td></tr>
<tr><td>加权平均净资产收益率</td><td>4.10%</td><td>6.55%</td><td>-2.45%</td><td>6.02%</td></tr>
</table>`
	bothPaths(t, "szse annual", page, 2023, []wantFig{
		{ind: "营业收入", value: 812345678.90, unit: "元", changes: []string{"growth_pct 2.83"}},
		{ind: "营业收入", value: 790000000, unit: "元", prior: true},
		{ind: "营业收入", value: 701000000, unit: "元", prior: true},
		{ind: "基本每股收益", value: 0.21, unit: "元/股", changes: []string{"growth_pct -36.36"}},
		{ind: "基本每股收益", value: 0.33, unit: "元/股", prior: true},
		{ind: "基本每股收益", value: 0.29, unit: "元/股", prior: true},
		{ind: "加权平均净资产收益率", value: 4.10, unit: "%", changes: []string{"pp -2.45"}},
		{ind: "加权平均净资产收益率", value: 6.55, unit: "%", prior: true},
		{ind: "加权平均净资产收益率", value: 6.02, unit: "%", prior: true},
	})
}

// TestCompanyQuarterColumns: 分季度主要财务指标, 第一季度（1-3月份） … columns:
// each quarter is the period of its cell, no part of the subject.
func TestCompanyQuarterColumns(t *testing.T) {
	page := `<p>单位：元 币种：人民币</p><table>
<tr><td></td><td>第一季度（1-3月份）</td><td>第二季度（4-6月份）</td><td>第三季度（7-9月份）</td><td>第四季度（10-12月份）</td></tr>
<tr><td>营业收入</td><td>101,000,000.00</td><td>202,000,000.00</td><td>303,000,000.00</td><td>404,000,000.00</td></tr>
<tr><td>经营活动产生的现金流量净额</td><td>-5,500,000.00</td><td>6,600,000.00</td><td>7,700,000.00</td><td>8,800,000.00</td></tr>
</table>`
	figs := bothPaths(t, "quarters", page, 2023, []wantFig{
		{ind: "营业收入", value: 101000000, unit: "元"},
		{ind: "营业收入", value: 202000000, unit: "元"},
		{ind: "营业收入", value: 303000000, unit: "元"},
		{ind: "营业收入", value: 404000000, unit: "元"},
		{ind: "经营活动产生的现金流量净额", value: -5500000, unit: "元"},
		{ind: "经营活动产生的现金流量净额", value: 6600000, unit: "元"},
		{ind: "经营活动产生的现金流量净额", value: 7700000, unit: "元"},
		{ind: "经营活动产生的现金流量净额", value: 8800000, unit: "元"},
	})
	if figs[3].Period != "第四季度（10-12月份）" {
		t.Errorf("period %q, want 第四季度（10-12月份）", figs[3].Period)
	}
}

// TestCompanyQuarterReport: the 季度报告's table, 本报告期 | 增减变动幅度 |
// 年初至报告期末 | 增减变动幅度, 不适用 cells, a rate's changes in points
// written out, and the block 本报告期末 | 上年度末 | 增减变动幅度.
func TestCompanyQuarterReport(t *testing.T) {
	page := `<p>单位：元 币种：人民币</p><table>
<tr><td>项目</td><td>本报告期</td><td>本报告期比上年同期增减变动幅度(%)</td><td>年初至报告期末</td><td>年初至报告期末比上年同期增减变动幅度(%)</td></tr>
<tr><td>营业收入</td><td>88,000,000.00</td><td>-12.34</td><td>250,000,000.00</td><td>5.60</td></tr>
<tr><td>经营活动产生的现金流量净额</td><td>不适用</td><td>不适用</td><td>31,000,000.00</td><td>45.60</td></tr>
<tr><td>加权平均净资产收益率（%）</td><td>0.85</td><td>减少0.12个百分点</td><td>2.40</td><td>增加0.30个百分点</td></tr>
<tr><td></td><td>本报告期末</td><td>上年度末</td><td colspan="2">本报告期末比上年度末增减变动幅度(%)</td></tr>
<tr><td>总资产</td><td>990,000,000.00</td><td>900,000,000.00</td><td colspan="2">10.00</td></tr>
</table>`
	figs := bothPaths(t, "quarter report", page, 2023, []wantFig{
		{ind: "营业收入", value: 88000000, unit: "元", changes: []string{"growth_pct -12.34"}},
		{ind: "营业收入", value: 250000000, unit: "元", changes: []string{"growth_pct 5.6"}},
		{ind: "经营活动产生的现金流量净额", value: 31000000, unit: "元", changes: []string{"growth_pct 45.6"}},
		{ind: "加权平均净资产收益率", value: 0.85, unit: "%", changes: []string{"pp -0.12"}},
		{ind: "加权平均净资产收益率", value: 2.40, unit: "%", changes: []string{"pp 0.3"}},
		{ind: "总资产", value: 990000000, unit: "元", changes: []string{"growth_pct 10"}},
		{ind: "总资产", value: 900000000, unit: "元", prior: true},
	})
	if figs[1].Period != "年初至报告期末" || figs[6].Period != "上年度末" {
		t.Errorf("periods %q, %q", figs[1].Period, figs[6].Period)
	}
}

// TestCompanyNonRecurring: 非经常性损益项目 | 本报告期金额 | 年初至报告期期末金额
// | 说明: the amounts are figures of their periods, the 说明 text none.
func TestCompanyNonRecurring(t *testing.T) {
	text := "单位：元\n" +
		"| 项目 | 本报告期金额 | 年初至报告期期末金额 | 说明 |\n" +
		"| 非流动资产处置损益 | -12,000.50 | 34,000.25 | |\n" +
		"| 计入当期损益的政府补助 | 560,000.00 | 1,230,000.00 | 主要为收到的稳岗补贴2笔 |\n" +
		"| 合计 | 548,000.00 | 1,264,000.25 | -- |\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, "non-recurring", figs, []wantFig{
		{ind: "非流动资产处置损益", value: -12000.50, unit: "元"},
		{ind: "非流动资产处置损益", value: 34000.25, unit: "元"},
		{ind: "计入当期损益的政府补助", value: 560000, unit: "元"},
		{ind: "计入当期损益的政府补助", value: 1230000, unit: "元"},
		{ind: "合计", value: 548000, unit: "元"},
		{ind: "合计", value: 1264000.25, unit: "元"},
	})
	if figs[1].Period != "年初至报告期期末金额" {
		t.Errorf("period %q, want 年初至报告期期末金额", figs[1].Period)
	}
}

// TestCompanyExpress: 业绩快报, 项目 | 本报告期 | 上年同期 | 增减变动幅度(%),
// under 单位：万元, per-share rows in 元.
func TestCompanyExpress(t *testing.T) {
	page := `<p>单位：万元 币种：人民币</p><table>
<tr><td>项目</td><td>本报告期</td><td>上年同期</td><td>增减变动幅度（％）</td></tr>
<tr><td>营业总收入</td><td>66,000.00</td><td>60,000.00</td><td>10.00</td></tr>
<tr><td>利润总额</td><td>-1,200.00</td><td>3,000.00</td><td>-140.00</td></tr>
<tr><td>基本每股收益（元）</td><td>0.12</td><td>0.30</td><td>-60.00</td></tr>
<tr><td>加权平均净资产收益率（%）</td><td>1.10</td><td>2.90</td><td>减少1.80个百分点</td></tr>
</table>`
	bothPaths(t, "express", page, 2023, []wantFig{
		{ind: "营业总收入", value: 66000, unit: "万元", changes: []string{"growth_pct 10"}},
		{ind: "营业总收入", value: 60000, unit: "万元", prior: true},
		{ind: "利润总额", value: -1200, unit: "万元", changes: []string{"growth_pct -140"}},
		{ind: "利润总额", value: 3000, unit: "万元", prior: true},
		{ind: "基本每股收益", value: 0.12, unit: "元", changes: []string{"growth_pct -60"}},
		{ind: "基本每股收益", value: 0.30, unit: "元", prior: true},
		{ind: "加权平均净资产收益率", value: 1.10, unit: "%", changes: []string{"pp -1.8"}},
		{ind: "加权平均净资产收益率", value: 2.90, unit: "%", prior: true},
	})
}

// companyRunWant is what the runs of TestCompanyRunTogether and
// TestCompanySpaced read.
var companyRunWant = []wantFig{
	{ind: "营业收入", value: 456789012.34, unit: "元", changes: []string{"growth_pct 8.5"}},
	{ind: "营业收入", value: 421000000, unit: "元", prior: true},
	{ind: "基本每股收益", value: 0.52, unit: "元/股", changes: []string{"growth_pct 8.33"}},
	{ind: "基本每股收益", value: 0.48, unit: "元/股", prior: true},
	{ind: "加权平均净资产收益率", value: 10.12, unit: "%", changes: []string{"pp 0.32"}},
	{ind: "加权平均净资产收益率", value: 9.80, unit: "%", prior: true},
	{ind: "总资产", value: 5678901234.56, unit: "元", changes: []string{"growth_pct 13.58"}},
	{ind: "总资产", value: 5000000000, unit: "元", prior: true},
}

// TestCompanyRunTogether: a copy that ran every cell together, the header
// words and the numbers (each with two decimals and thousands groups).
func TestCompanyRunTogether(t *testing.T) {
	text := "一、主要会计数据和财务指标\n单位：元 币种：人民币\n" +
		"项目本报告期上年同期本报告期比上年同期增减(%)\n" +
		"营业收入456,789,012.34421,000,000.008.50\n" +
		"基本每股收益（元/股）0.520.488.33\n" +
		"加权平均净资产收益率（%）10.129.80增加0.32个百分点\n" +
		"本报告期末上年度末本报告期末比上年度末增减(%)\n" +
		"总资产5,678,901,234.565,000,000,000.0013.58\n" +
		"公司报告期内经营情况良好。\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, "run together", figs, companyRunWant)
	if got := spanText(text, figs[1]); got != "421,000,000.00" {
		t.Errorf("span of the prior %q", got)
	}
}

// TestCompanySpaced: the same table with cells apart by single spaces.
func TestCompanySpaced(t *testing.T) {
	text := "单位：元 币种：人民币\n" +
		"项目 本报告期 上年同期 本报告期比上年同期增减(%)\n" +
		"营业收入 456,789,012.34 421,000,000.00 8.50\n" +
		"基本每股收益（元/股） 0.52 0.48 8.33\n" +
		"加权平均净资产收益率（%） 10.12 9.80 增加0.32个百分点\n" +
		"本报告期末 上年度末 本报告期末比上年度末增减(%)\n" +
		"总资产 5,678,901,234.56 5,000,000,000.00 13.58\n"
	checkFigures(t, "spaced", mustExtract(t, text, Options{Year: 2023}), companyRunWant)
}

// TestCompanyRunCells: a | table whose copy ran two cells into one or
// left spaces between them in one cell.
func TestCompanyRunCells(t *testing.T) {
	text := "单位：元\n" +
		"| 项目 | 本报告期 | 上年同期 | 本报告期比上年同期增减(%) |\n" +
		"| 营业收入 | 456,789,012.34421,000,000.00 | 8.50 |\n" +
		"| 营业成本 | 300,000,000.00 280,000,000.00 7.14 |\n"
	checkFigures(t, "run cells", mustExtract(t, text, Options{Year: 2023}), []wantFig{
		{ind: "营业收入", value: 456789012.34, unit: "元", changes: []string{"growth_pct 8.5"}},
		{ind: "营业收入", value: 421000000, unit: "元", prior: true},
		{ind: "营业成本", value: 300000000, unit: "元", changes: []string{"growth_pct 7.14"}},
		{ind: "营业成本", value: 280000000, unit: "元", prior: true},
	})
}

// TestCompanyWrappedLabels: labels the copy wrapped onto a line of their
// own, in a | table (the rest of the label under its row, its cells
// empty) and in lines without | (the rest after the row, or the start
// before it).
func TestCompanyWrappedLabels(t *testing.T) {
	text := "| | 2023年 | 2022年 | 本年比上年增减 |\n" +
		"| 归属于上市公司股东的扣除非经常性损益 | 70,000,000.00 | 50,000,000.00 | 40.00% |\n" +
		"| 的净利润（元） | | | |\n" +
		"| 经营活动产生的现金流量净 | 12,000,000.00 | -3,000,000.00 | 500.00% |\n" +
		"| 额（元） | | | |\n"
	checkFigures(t, "wrapped | labels", mustExtract(t, text, Options{Year: 2023}), []wantFig{
		{ind: "归属于上市公司股东的扣除非经常性损益的净利润", value: 70000000, unit: "元", changes: []string{"growth_pct 40"}},
		{ind: "归属于上市公司股东的扣除非经常性损益的净利润", value: 50000000, unit: "元", prior: true},
		{ind: "经营活动产生的现金流量净额", value: 12000000, unit: "元", changes: []string{"growth_pct 500"}},
		{ind: "经营活动产生的现金流量净额", value: -3000000, unit: "元", prior: true},
	})
	lines := "单位：元\n2023年 2022年 本年比上年增减\n" +
		"归属于上市公司股东的扣除非经常性损益 70,000,000.00 50,000,000.00 40.00%\n" +
		"的净利润\n" +
		"归属于上市公司\n" +
		"股东的净资产 90,000,000.00 80,000,000.00 12.50%\n"
	checkFigures(t, "wrapped line labels", mustExtract(t, lines, Options{Year: 2023}), []wantFig{
		{ind: "归属于上市公司股东的扣除非经常性损益的净利润", value: 70000000, unit: "元", changes: []string{"growth_pct 40"}},
		{ind: "归属于上市公司股东的扣除非经常性损益的净利润", value: 50000000, unit: "元", prior: true},
		{ind: "归属于上市公司股东的净资产", value: 90000000, unit: "元", changes: []string{"growth_pct 12.5"}},
		{ind: "归属于上市公司股东的净资产", value: 80000000, unit: "元", prior: true},
	})
}

// TestCompanyMarkdownSummary: a finance page's summary copied as Markdown:
// the rule line under the header (---|---|) is no row, and the section rows
// ending in a colon (每股指标:, 利润表摘要:) head kinds, no part of the
// subjects.
func TestCompanyMarkdownSummary(t *testing.T) {
	text := "2023年年报 | 2022年年报 | |\n" +
		"---|---|---|\n" +
		"每股指标: | ||\n" +
		"每股收益 - 基本(元) | 0.41 | 0.37 |\n" +
		"利润表摘要: | ||\n" +
		"净利润(元) | 21,000,000.00 | 19,500,000.00 |\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, "markdown summary", figs, []wantFig{
		{ind: "每股收益-基本", value: 0.41, unit: "元"},
		{ind: "每股收益-基本", value: 0.37, unit: "元", prior: true},
		{ind: "净利润", value: 21000000, unit: "元"},
		{ind: "净利润", value: 19500000, unit: "元", prior: true},
	})
	if figs[0].Period != "2023年年报" {
		t.Errorf("period %q, want 2023年年报", figs[0].Period)
	}
}

// TestKindHeading: headings of kinds, and quantities that are none.
func TestKindHeading(t *testing.T) {
	for _, h := range []string{"每股指标:", "关键比率", "利润表摘要", "资产负债表摘要："} {
		if !kindHeading(h) {
			t.Errorf("kindHeading(%q) = false", h)
		}
	}
	for _, h := range []string{"学校数", "专任教师", "资产负债率"} {
		if kindHeading(h) {
			t.Errorf("kindHeading(%q) = true", h)
		}
	}
}

// TestCompanyBrokenHeader: a header the copy broke over two rows or lines
// (本报告期比上年同期 over 增减(%)), in a | table and in lines without |; and
// a label whose start sits on a | row of its own above its figures.
func TestCompanyBrokenHeader(t *testing.T) {
	want := []wantFig{
		{ind: "营业收入", value: 1234.56, unit: "元", changes: []string{"growth_pct 23.46"}},
		{ind: "营业收入", value: 1000, unit: "元", prior: true},
		{ind: "归属于上市公司股东的扣除非经常性损益的净利润", value: 200, unit: "元", changes: []string{"growth_pct 100"}},
		{ind: "归属于上市公司股东的扣除非经常性损益的净利润", value: 100, unit: "元", prior: true},
	}
	pipes := "单位：元\n" +
		"| 项目 | 本报告期 | 上年同期 | 本报告期比上年同期 |\n" +
		"| | | | 增减(%) |\n" +
		"| 营业收入 | 1,234.56 | 1,000.00 | 23.46 |\n" +
		"| 归属于上市公司股东的扣除非经常性损益 | | | |\n" +
		"| 的净利润 | 200.00 | 100.00 | 100.00 |\n"
	checkFigures(t, "broken | header", mustExtract(t, pipes, Options{Year: 2023}), want)
	lines := "单位：元\n" +
		"项目 本报告期 上年同期 本报告期比上年同期\n" +
		"增减(%)\n" +
		"营业收入 1,234.56 1,000.00 23.46\n" +
		"归属于上市公司股东的扣除非经常性损益\n" +
		"的净利润 200.00 100.00 100.00\n"
	checkFigures(t, "broken line header", mustExtract(t, lines, Options{Year: 2023}), want)
}

// TestCompanyLayoutQuarter: the 季度报告's table as pdftotext -layout
// writes it, the columns apart by runs of spaces that do not line up with
// the header's (its characters are of two widths), changes of a rate
// written out in points.
func TestCompanyLayoutQuarter(t *testing.T) {
	text := "单位：元 币种：人民币\n" +
		"项目                     本报告期          本报告期比上年同期增减变动幅度(%)     年初至报告期末         年初至报告期末比上年同期增减变动幅度(%)\n" +
		"营业收入                 310,000,000.00    -8.10                                 900,000,000.00         4.40\n" +
		"加权平均净资产收益率（%）   1.05              增加0.20个百分点                      2.95                   减少0.15个百分点\n" +
		"                         本报告期末         上年度末                              本报告期末比上年度末增减变动幅度(%)\n" +
		"总资产                   4,400,000,000.00   4,000,000,000.00                      10.00\n"
	checkFigures(t, "layout quarter", mustExtract(t, text, Options{Year: 2023}), []wantFig{
		{ind: "营业收入", value: 310000000, unit: "元", changes: []string{"growth_pct -8.1"}},
		{ind: "营业收入", value: 900000000, unit: "元", changes: []string{"growth_pct 4.4"}},
		{ind: "加权平均净资产收益率", value: 1.05, unit: "%", changes: []string{"pp 0.2"}},
		{ind: "加权平均净资产收益率", value: 2.95, unit: "%", changes: []string{"pp -0.15"}},
		{ind: "总资产", value: 4400000000, unit: "元", changes: []string{"growth_pct 10"}},
		{ind: "总资产", value: 4000000000, unit: "元", prior: true},
	})
}

// TestCompanyRunInFirstCell: a | copy that ran the header words into one
// cell, or a label and its values into the label's cell.
func TestCompanyRunInFirstCell(t *testing.T) {
	want := []wantFig{
		{ind: "营业收入", value: 456789012.34, unit: "元", changes: []string{"growth_pct 8.5"}},
		{ind: "营业收入", value: 421000000, unit: "元", prior: true},
		{ind: "基本每股收益", value: 0.52, unit: "元/股", changes: []string{"growth_pct 8.33"}},
		{ind: "基本每股收益", value: 0.48, unit: "元/股", prior: true},
	}
	one := "单位：元\n" +
		"| 项目本报告期上年同期本报告期比上年同期增减(%) |\n" +
		"| 营业收入456,789,012.34421,000,000.008.50 |\n" +
		"| 基本每股收益（元/股）0.520.488.33 |\n"
	checkFigures(t, "one cell a row", mustExtract(t, one, Options{Year: 2023}), want)
	label := "单位：元\n" +
		"| 项目 | 本报告期 | 上年同期 | 本报告期比上年同期增减(%) |\n" +
		"| 营业收入456,789,012.34 | 421,000,000.00 | 8.50 |\n" +
		"| 基本每股收益（元/股） 0.52 | 0.48 | 8.33 |\n"
	checkFigures(t, "value in the label's cell", mustExtract(t, label, Options{Year: 2023}), want)
}

// TestCompanyStreamRun: a finance page copied one cell per line whose copy
// ran a row's two levels into one cell; a date in the header is no run.
func TestCompanyStreamRun(t *testing.T) {
	text := "报告期 |\n2023-12-31 |\n2022-12-31 |\n同比变化 |\n" +
		"每股收益 |\n0.520.48 |\n8.33% |\n" +
		"营业收入(万元) |\n45,678.9042,100.00 |\n8.50% |\n" +
		"每股净资产 |\n5.21 |\n4.67 |\n11.56% |\n"
	checkFigures(t, "stream run", mustExtract(t, text, Options{Year: 2023}), []wantFig{
		{ind: "每股收益", value: 0.52, changes: []string{"growth_pct 8.33"}},
		{ind: "每股收益", value: 0.48, prior: true},
		{ind: "营业收入", value: 45678.90, unit: "万元", changes: []string{"growth_pct 8.5"}},
		{ind: "营业收入", value: 42100, unit: "万元", prior: true},
		{ind: "每股净资产", value: 5.21, changes: []string{"growth_pct 11.56"}},
		{ind: "每股净资产", value: 4.67, prior: true},
	})
}

// TestCompanyRestatedHTML: the restated 主要会计数据 as a web page (rowspan
// and colspan), its balances' block with two header rows of its own and no
// header over the labels; read as a document and as its | text.
func TestCompanyRestatedHTML(t *testing.T) {
	page := `<p>单位：元 币种：人民币</p><table>
<tr><td rowspan="2">主要会计数据</td><td rowspan="2">2023年</td><td colspan="2">2022年</td><td rowspan="2">本期比上年同期增减(%)</td><td colspan="2">2021年</td></tr>
<tr><td>调整后</td><td>调整前</td><td>调整后</td><td>调整前</td></tr>
<tr><td>归属于上市公司股东的净利润</td><td>45,600,000.00</td><td>(12,300,000.00)</td><td>-12,100,000.00</td><td>不适用</td><td>8,800,000.00</td><td>8,700,000.00</td></tr>
<tr><td rowspan="2"></td><td rowspan="2">2023年末</td><td colspan="2">2022年末</td><td rowspan="2">本期末比上年同期末增减(%)</td><td colspan="2">2021年末</td></tr>
<tr><td>调整后</td><td>调整前</td><td>调整后</td><td>调整前</td></tr>
<tr><td>总资产</td><td>7,700,000,000.00</td><td>7,000,000,000.00</td><td>6,950,000,000.00</td><td>10.00</td><td>6,100,000,000.00</td><td>—</td></tr>
</table>`
	figs := bothPaths(t, "restated html", page, 2023, []wantFig{
		{ind: "归属于上市公司股东的净利润", value: 45600000, unit: "元"},
		{ind: "归属于上市公司股东的净利润", value: -12300000, unit: "元", prior: true},
		{ind: "归属于上市公司股东的净利润（调整前）", value: -12100000, unit: "元", prior: true},
		{ind: "归属于上市公司股东的净利润", value: 8800000, unit: "元", prior: true},
		{ind: "归属于上市公司股东的净利润（调整前）", value: 8700000, unit: "元", prior: true},
		{ind: "总资产", value: 7700000000, unit: "元", changes: []string{"growth_pct 10"}},
		{ind: "总资产", value: 7000000000, unit: "元", prior: true},
		{ind: "总资产（调整前）", value: 6950000000, unit: "元", prior: true},
		{ind: "总资产", value: 6100000000, unit: "元", prior: true},
	})
	if figs[5].Period != "2023年末" || figs[8].Period != "2021年末" {
		t.Errorf("periods %q, %q; want 2023年末, 2021年末", figs[5].Period, figs[8].Period)
	}
}

// TestCompanyNonRecurringLines: 非经常性损益 written as text without |, a
// 说明 column whose remarks end some rows: the remark is no figure and does
// not end the table.
func TestCompanyNonRecurringLines(t *testing.T) {
	text := "单位：元 币种：人民币\n" +
		"项目 本期金额 年初至报告期末金额 说明\n" +
		"非流动性资产处置损益 -12,000.50 34,000.25\n" +
		"计入当期损益的政府补助 560,000.00 1,230,000.00 主要为收到的稳岗补贴3笔\n" +
		"合计 548,000.00 1,264,000.25\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, "non-recurring lines", figs, []wantFig{
		{ind: "非流动性资产处置损益", value: -12000.50, unit: "元"},
		{ind: "非流动性资产处置损益", value: 34000.25, unit: "元"},
		{ind: "计入当期损益的政府补助", value: 560000, unit: "元"},
		{ind: "计入当期损益的政府补助", value: 1230000, unit: "元"},
		{ind: "合计", value: 548000, unit: "元"},
		{ind: "合计", value: 1264000.25, unit: "元"},
	})
	if figs[3].Period != "年初至报告期末金额" {
		t.Errorf("period %q", figs[3].Period)
	}
}

// TestCompanyRestatedPeriods: a quarterly table restating the same period
// of the year before (SZSE form: 本报告期 | 上年同期 over 调整前 | 调整后, the
// change over 调整后), merged cells written once and nothing over the
// labels: the current period spans both rows, the change is the current
// figure's, a rate's change written in % is in points.
func TestCompanyRestatedPeriods(t *testing.T) {
	text := "| | 本报告期 | 上年同期 | 本报告期比上年同期增减 |\n" +
		"| 调整前 | 调整后 | 调整后 |\n" +
		"| 营业收入（元） | 300,000,000.00 | 250,000,000.00 | 260,000,000.00 | 15.38% |\n" +
		"| 加权平均净资产收益率 | 2.10% | 1.90% | 1.95% | 0.15% |\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, "restated periods", figs, []wantFig{
		{ind: "营业收入", value: 300000000, unit: "元", changes: []string{"growth_pct 15.38"}},
		{ind: "营业收入（调整前）", value: 250000000, unit: "元", prior: true},
		{ind: "营业收入", value: 260000000, unit: "元", prior: true},
		{ind: "加权平均净资产收益率", value: 2.10, unit: "%", changes: []string{"pp 0.15"}},
		{ind: "加权平均净资产收益率（调整前）", value: 1.90, unit: "%", prior: true},
		{ind: "加权平均净资产收益率", value: 1.95, unit: "%", prior: true},
	})
	if figs[0].Period != "本报告期" || figs[2].Period != "上年同期" {
		t.Errorf("periods %q, %q", figs[0].Period, figs[2].Period)
	}
}

// TestCompanyCellPerLine: a company table copied one cell per line
// without | (pdftotext's raw order): a rate's change written out and a
// 不适用 cell are values of their rows, not the next rows' labels.
func TestCompanyCellPerLine(t *testing.T) {
	text := "单位：元\n项目\n本报告期\n上年同期\n本报告期比上年同期增减(%)\n" +
		"营业收入\n2,345,678.90\n2,000,000.00\n17.28\n" +
		"经营活动产生的现金流量净额\n不适用\n-150,000.00\n不适用\n" +
		"加权平均净资产收益率（%）\n6.40\n5.90\n增加0.50个百分点\n" +
		"基本每股收益（元/股）\n0.21\n0.18\n16.67\n"
	checkFigures(t, "cell per line", mustExtract(t, text, Options{Year: 2023}), []wantFig{
		{ind: "营业收入", value: 2345678.90, unit: "元", changes: []string{"growth_pct 17.28"}},
		{ind: "营业收入", value: 2000000, unit: "元", prior: true},
		{ind: "经营活动产生的现金流量净额", value: -150000, unit: "元", prior: true},
		{ind: "加权平均净资产收益率", value: 6.40, unit: "%", changes: []string{"pp 0.5"}},
		{ind: "加权平均净资产收益率", value: 5.90, unit: "%", prior: true},
		{ind: "基本每股收益", value: 0.21, unit: "元/股", changes: []string{"growth_pct 16.67"}},
		{ind: "基本每股收益", value: 0.18, unit: "元/股", prior: true},
	})
}

// TestCompanyWideMinus: a row written as text whose negatives carry the
// minus sign − or －, apart or run together.
func TestCompanyWideMinus(t *testing.T) {
	text := "单位：元\n项目 本报告期 上年同期 本报告期比上年同期增减(%)\n" +
		"利润总额 −1,200.50 3,000.00 −140.02\n" +
		"营业利润－1,100.003,100.00－135.48\n"
	checkFigures(t, "wide minus", mustExtract(t, text, Options{Year: 2023}), []wantFig{
		{ind: "利润总额", value: -1200.50, unit: "元", changes: []string{"growth_pct -140.02"}},
		{ind: "利润总额", value: 3000, unit: "元", prior: true},
		{ind: "营业利润", value: -1100, unit: "元", changes: []string{"growth_pct -135.48"}},
		{ind: "营业利润", value: 3100, unit: "元", prior: true},
	})
}

// TestRunLabelKeepsWholeNumber: a row label ending in a bare whole number
// (粮食0, as generated tables and some code lists write them) is a label,
// not a label with a value run into it; the row's values stay under their
// columns.
func TestRunLabelKeepsWholeNumber(t *testing.T) {
	text := "指标 | 本期 | 本期 | 上年同期 | 上年同期\n" +
		" | 产量(万吨) | 比上年增长(%) | 产量(万吨) | 比上年增长(%)\n" +
		"粮食0 | 131.0 | 0.1 | 128.1 | 0.1\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	var got []string
	for _, f := range figs {
		got = append(got, fmt.Sprintf("%s %g %s", f.Indicator, f.Value, f.Unit))
	}
	if len(figs) != 2 {
		t.Fatalf("got %d figures %q, want 2 (131 and 128.1 万吨)", len(figs), got)
	}
	for i, v := range []float64{131, 128.1} {
		if figs[i].Value != v || figs[i].Unit != "万吨" || !strings.HasPrefix(figs[i].Indicator, "粮食0") {
			t.Errorf("figure %d = %q, want 粮食0… %g 万吨", i, got[i], v)
		}
	}
	if len(figs[0].Changes) == 0 {
		t.Errorf("figure 0 %q has no change, want growth_pct 0.1", got[0])
	}
}

// TestCompanyPrefixChecks: missingMarkEnd's first-byte table and
// prefixAt's last-byte test give what trying every word gives, at every
// byte of texts holding the marks and the header words.
func TestCompanyPrefixChecks(t *testing.T) {
	missingRef := func(t string, i int) int {
		for _, m := range companyMissingMarks {
			if strings.HasPrefix(t[i:], m) {
				e := i + len(m)
				if (m == "-" || m == "－") && e < len(t) && (isDigitAt(t, e) || t[e] == '.') {
					return i
				}
				return e
			}
		}
		return i
	}
	prefixRef := func(t string, i int, ws []string) string {
		best := ""
		for _, w := range ws {
			if len(w) > len(best) && strings.HasPrefix(t[i:], w) {
				best = w
			}
		}
		return best
	}
	texts := []string{
		"营业收入 不适用 —— — -- －5 -3 - / 无 N/A N/ 1,234.56",
		"项目 本报告期末 上年同期 本报告期比上年同期增减(%) 调整后 调整前 年初至报告期末 主要会计数据 附注（如适用）",
		"本期本期末上年度末期末余额期初",
	}
	lists := [][]string{companyPeriodWords, companyLabelHeaders, companyOtherHeaders, companyRestated, companyChangeWords}
	for _, s := range texts {
		for i := 0; i <= len(s); i++ {
			if got, want := missingMarkEnd(s, i), missingRef(s, i); got != want {
				t.Errorf("missingMarkEnd(%q, %d) = %d, want %d", s, i, got, want)
			}
			for _, ws := range lists {
				if got, want := prefixAt(s, i, ws), prefixRef(s, i, ws); got != want {
					t.Errorf("prefixAt(%q, %d) = %q, want %q", s, i, got, want)
				}
			}
		}
	}
}
