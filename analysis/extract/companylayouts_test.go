package extract

import (
	"strings"
	"testing"
)

// Tests of the company-table layouts met on real pages (the tables here
// are written for the tests, with made-up numbers, after those layouts).

// TestCellWithUnit: a cell that writes its number with its unit.
func TestCellWithUnit(t *testing.T) {
	cases := []struct {
		in   string
		v    float64
		unit string
		ok   bool
	}{
		{"25.57亿元", 25.57, "亿元", true},
		{"6,440.98万元", 6440.98, "万元", true},
		{" 1,200人 ", 1200, "人", true},
		{"-3.5亿元", -3.5, "亿元", true},
		{"12.5%", 0, "", false}, // a percent: parseCell's
		{"25.57", 0, "", false}, // no unit
		{"亿元", 0, "", false},
		{"3.2亿元左右", 0, "", false},
		{"2023年", 0, "", false}, // a year is no unit
		{"第3名", 0, "", false},
	}
	for _, c := range cases {
		v, _, u, ok := cellWithUnit(c.in)
		if ok != c.ok || ok && (v != c.v || u != c.unit) {
			t.Errorf("cellWithUnit(%q) = %v %q %v, want %v %q %v", c.in, v, u, ok, c.v, c.unit, c.ok)
		}
	}
}

// TestSegmentTableCellUnits: a 分行业/分产品 table whose revenue cells
// carry their own units (亿元 and 万元 in one column) beside shares in %.
func TestSegmentTableCellUnits(t *testing.T) {
	text := "分产品 | 营业收入 | 占比 | 毛利率 |\n" +
		"---|---|---|---|\n" +
		"甲类设备 | 12.34亿元 | 70.10% | 21.50% |\n" +
		"乙类服务 | 5,210.50万元 | 29.90% | - |\n"
	figs := mustExtract(t, text, Options{Year: 2024})
	checkFigures(t, "segment cells with units", figs, []wantFig{
		{ind: "甲类设备营业收入", value: 12.34, unit: "亿元"},
		{ind: "甲类设备占比", value: 70.10, unit: "%"},
		{ind: "甲类设备毛利率", value: 21.50, unit: "%"},
		{ind: "乙类服务营业收入", value: 5210.50, unit: "万元"},
		{ind: "乙类服务占比", value: 29.90, unit: "%"},
	})
}

// TestWrappedHeaderCells: a header line whose cells a PDF copy broke by
// spaces is read without them; a line of other words is none.
func TestWrappedHeaderCells(t *testing.T) {
	line := "主要会计数据2024年2023年本期比上年同期 增减(%)2022年"
	cells, label, ok := wrappedHeaderCells(line)
	if !ok || !label {
		t.Fatalf("wrappedHeaderCells(%q): ok %v label %v", line, ok, label)
	}
	var texts []string
	for _, c := range cells {
		texts = append(texts, c.text)
	}
	want := []string{"主要会计数据", "2024年", "2023年", "本期比上年同期增减(%)", "2022年"}
	if strings.Join(texts, "|") != strings.Join(want, "|") {
		t.Errorf("cells %q, want %q", texts, want)
	}
	if c := cells[3]; line[c.a:c.b] != "本期比上年同期 增减(%)" {
		t.Errorf("the wrapped cell spans %q in the line", line[c.a:c.b])
	}
	for _, no := range []string{"公司 营业收入 增长", "2024年 公司实现营业收入", "本期比上年同期"} {
		if _, _, ok := wrappedHeaderCells(no); ok {
			t.Errorf("wrappedHeaderCells(%q) read a header", no)
		}
	}
}

// TestJoinWrappedLabel: spaces between Han characters are wrap points.
func TestJoinWrappedLabel(t *testing.T) {
	for in, want := range map[string]string{
		"归属于上市公司股东的净 利润":   "归属于上市公司股东的净利润",
		"经营活动产生的现金流量 净额":   "经营活动产生的现金流量净额",
		"基本每股收益 (元/股)":     "基本每股收益(元/股)",
		"营业收入":             "营业收入",
		"A 股 B股":           "A 股 B股",
		"扣除与主营业务无关的业 务收入 ": "扣除与主营业务无关的业务收入 ",
	} {
		if got := joinWrappedLabel(in); got != want {
			t.Errorf("joinWrappedLabel(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestCompanyWrappedCopy: 主要会计数据 as a PDF copy gives it, cells run
// together and broken by spaces where they wrapped, the balances' inner
// header too, a line introducing what follows under it.
func TestCompanyWrappedCopy(t *testing.T) {
	text := "主要会计数据2024年2023年本期比上年同期 增减(%)2022年\n" +
		"营业收入321,000,000.50300,000,000.257.00280,000,000.00\n" +
		"归属于上市公司股东的净 利润-12,000,000.008,000,000.00不适用6,500,000.00\n" +
		"经营活动产生的现金流量 净额45,000,000.0040,000,000.0012.5038,000,000.00\n" +
		" 2024年末2023年末本期末比上年同 期末增减(%)2022年末\n" +
		"总资产900,000,000.00800,000,000.0012.50700,000,000.00\n" +
		"更正后为:\n"
	figs := mustExtract(t, text, Options{Year: 2024})
	checkFigures(t, "wrapped copy", figs, []wantFig{
		{ind: "营业收入", value: 321000000.50, changes: []string{"growth_pct 7"}},
		{ind: "营业收入", value: 300000000.25, prior: true},
		{ind: "营业收入", value: 280000000, prior: true},
		{ind: "归属于上市公司股东的净利润", value: -12000000},
		{ind: "归属于上市公司股东的净利润", value: 8000000, prior: true},
		{ind: "归属于上市公司股东的净利润", value: 6500000, prior: true},
		{ind: "经营活动产生的现金流量净额", value: 45000000, changes: []string{"growth_pct 12.5"}},
		{ind: "经营活动产生的现金流量净额", value: 40000000, prior: true},
		{ind: "经营活动产生的现金流量净额", value: 38000000, prior: true},
		{ind: "总资产", value: 900000000, changes: []string{"growth_pct 12.5"}},
		{ind: "总资产", value: 800000000, prior: true},
		{ind: "总资产", value: 700000000, prior: true},
	})
	if len(figs) == 12 && figs[9].Period != "2024年末" {
		t.Errorf("总资产's period %q, want 2024年末", figs[9].Period)
	}
}

// TestCompanyInnerBrokenHeader: the balances' header inside a company
// table written as text, broken over two lines in its change column, is a
// header, not pieces of the labels around it.
func TestCompanyInnerBrokenHeader(t *testing.T) {
	text := "单位：元 币种：人民币\n" +
		"主要会计数据 2024年 2023年 本年比上年增减(%) 2022年\n" +
		"营业收入 5,000.00 4,000.00 25.00 3,000.00\n" +
		"2024年末 2023年末 本年末比上年末增\n" +
		"减(%) 2022年末\n" +
		"总资产 9,000.00 8,000.00 12.50 7,000.00\n"
	figs := mustExtract(t, text, Options{Year: 2024})
	checkFigures(t, "inner broken header", figs, []wantFig{
		{ind: "营业收入", value: 5000, unit: "元", changes: []string{"growth_pct 25"}},
		{ind: "营业收入", value: 4000, unit: "元", prior: true},
		{ind: "营业收入", value: 3000, unit: "元", prior: true},
		{ind: "总资产", value: 9000, unit: "元", changes: []string{"growth_pct 12.5"}},
		{ind: "总资产", value: 8000, unit: "元", prior: true},
		{ind: "总资产", value: 7000, unit: "元", prior: true},
	})
}

// TestCompanyPipeStream: a quarterly table copied as one stream of |
// cells, rows run on after each other (each row's closing | and the next
// row's opening | a space apart), cells broken over lines where the report
// wrapped them, a restated two-row header, the last row cut short.
func TestCompanyPipeStream(t *testing.T) {
	text := "(一) 主要会计数据和财务指标\n" +
		"| | 本报告期 | 上年同期 | | 本报告期比上年同\n" +
		"期增减(%) | | | | 调整前 | 调整后 | 调整后 | | 营业收入(元) | 500,000.00 | 400,000.00 | 410,000.00 | 21.95% | | 归属于上市公司股\n" +
		"东的净利润(元) | 60,000.00 | -10,000.00 | -9,000.00 | 766.67% | | 加权平均净资产收\n" +
		"益率(%) | 5.50% | 1.20% | 1.25% | 4.25% | | | 本报告期末 | 上年度末 | | 本报告期末比上\n" +
		"年度末增减(%) | | | | 调\n"
	figs := mustExtract(t, text, Options{Year: 2024})
	checkFigures(t, "pipe stream", figs, []wantFig{
		{ind: "营业收入", value: 500000, unit: "元", changes: []string{"growth_pct 21.95"}},
		{ind: "营业收入（调整前）", value: 400000, unit: "元", prior: true},
		{ind: "营业收入", value: 410000, unit: "元", prior: true},
		{ind: "归属于上市公司股东的净利润", value: 60000, unit: "元", changes: []string{"growth_pct 766.67"}},
		{ind: "归属于上市公司股东的净利润（调整前）", value: -10000, unit: "元", prior: true},
		{ind: "归属于上市公司股东的净利润", value: -9000, unit: "元", prior: true},
		{ind: "加权平均净资产收益率", value: 5.5, unit: "%", changes: []string{"pp 4.25"}},
		{ind: "加权平均净资产收益率（调整前）", value: 1.2, unit: "%", prior: true},
		{ind: "加权平均净资产收益率", value: 1.25, unit: "%", prior: true},
	})
}

// TestStreamPeriod: the rows of a | stream are found by the empty cells
// between them; cells with no such period are none.
func TestStreamPeriod(t *testing.T) {
	mk := func(ts ...string) []tcell {
		var cs []tcell
		for _, x := range ts {
			cs = append(cs, tcell{text: x})
		}
		return cs
	}
	cells := mk("", "本期", "上期", "", "甲", "1.0", "2.0", "", "乙", "3.0", "4.0", "", "丙", "5.0", "6.0")
	if p, ph := streamPeriod(cells); p != 4 || ph != 3 {
		t.Errorf("streamPeriod = %d, %d; want 4, 3", p, ph)
	}
	if p, _ := streamPeriod(mk("甲", "1.0", "乙", "2.0", "丙", "3.0", "丁", "4.0", "戊")); p != 0 {
		t.Errorf("no empty separators: period %d, want 0", p)
	}
}

// TestRateDifference: a change in % beside rates is in points when it is
// their difference.
func TestRateDifference(t *testing.T) {
	figs := []Figure{{Value: 14.75, Unit: "%"}, {Value: 0.94, Unit: "%"}, {Value: 100, Unit: "元"}}
	if !rateDifference(figs, []int{0, 1, 2, 3}, 0, 13.81, 2) {
		t.Error("14.75 - 0.94 = 13.81: points")
	}
	if rateDifference(figs, []int{0, 1, 2, 3}, 0, 1469.15, 2) {
		t.Error("a growth rate is no difference")
	}
}

// TestCompanySpacedDateHeader: a balance table as a PDF's text gives it,
// years and dates spaced out (2024 年 12 月 31 日), the opening balance
// (2024 年 1 月 1 日) the prior; the table above it ended by the heading
// and the unit line between them, which are no pieces of its last label.
func TestCompanySpacedDateHeader(t *testing.T) {
	text := "项目 2024 年 2023 年 增减变动幅度\n" +
		"基本每股收益(元/股) 0.0520 0.0400 30.00%\n" +
		"二、财务状况分析\n" +
		"(一)资产构成\n" +
		"单位:元\n" +
		"项目 2024 年 12 月 31 日 2024 年 1 月 1 日 增减变动幅度\n" +
		"货币资金 1,200,000.00 1,000,000.00 20.00%\n" +
		"存货 300,000.50 400,000.00 -25.00%\n"
	figs := mustExtract(t, text, Options{Year: 2024})
	checkFigures(t, "spaced date header", figs, []wantFig{
		{ind: "基本每股收益", value: 0.052, unit: "元/股", changes: []string{"growth_pct 30"}},
		{ind: "基本每股收益", value: 0.04, unit: "元/股", prior: true},
		{ind: "货币资金", value: 1200000, unit: "元", changes: []string{"growth_pct 20"}},
		{ind: "货币资金", value: 1000000, unit: "元", prior: true},
		{ind: "存货", value: 300000.5, unit: "元", changes: []string{"growth_pct -25"}},
		{ind: "存货", value: 400000, unit: "元", prior: true},
	})
}

// TestOpeningDate: the first day of a year heads an opening balance.
func TestOpeningDate(t *testing.T) {
	for h, want := range map[string]bool{
		"2024年1月1日": true, "2024 年 1 月 1 日": true, "2024-01-01": true, "2024年初": true,
		"2024年12月31日": false, "2024年": false, "2024年末": false, "期初余额": false,
	} {
		if got := openingDate(h); got != want {
			t.Errorf("openingDate(%q) = %v, want %v", h, got, want)
		}
	}
}

// TestHeadingLine: lines that head what follows are no label pieces.
func TestHeadingLine(t *testing.T) {
	for l, want := range map[string]bool{
		"修订后为:": true, "二、财务状况分析": true, "(一)资产构成": true, "单位:元": true,
		"的净利润（元）": false, "备的冲销部分": false,
	} {
		if got := headingLine(l); got != want {
			t.Errorf("headingLine(%q) = %v, want %v", l, got, want)
		}
	}
}

// TestCompanyRunOnRows: a 非经常性损益 table whose rows a copy ran into one
// line, three years of amounts after each label, items without amounts
// among them.
func TestCompanyRunOnRows(t *testing.T) {
	text := "非流动资产处置损益,包括已计提资产减值准备的冲销部分 12,500.00 -3,000.50 800.00 " +
		"计入当期损益的政府补助,但与公司正常经营业务密切相关的除外 1,250,000.00 980,000.00 760,000.25 " +
		"债务重组损益 企业重组费用 委托他人投资或管理资产的损益 300,100.00 (20,000.00) 45,000.00 " +
		"减:所得税影响额 180,000.00 140,000.00 120,000.00\n"
	figs := mustExtract(t, text, Options{Year: 2024})
	var want []wantFig
	add := func(label string, vs ...float64) {
		for _, v := range vs {
			want = append(want, wantFig{ind: label, value: v})
		}
	}
	add("非流动资产处置损益,包括已计提资产减值准备的冲销部分", 12500, -3000.5, 800)
	add("计入当期损益的政府补助,但与公司正常经营业务密切相关的除外", 1250000, 980000, 760000.25)
	add("委托他人投资或管理资产的损益", 300100, -20000, 45000)
	add("所得税影响额", 180000, 140000, 120000)
	checkFigures(t, "run-on rows", figs, want)
}

// TestRunOnRowsProse: prose with amounts and units is no run-on table.
func TestRunOnRowsProse(t *testing.T) {
	for _, l := range []string{
		"报告期内公司实现营业收入 48,823.42 万元,同比上升 21.29%,归属于上市公司股东的净利润 522.42 万元,同比下降 73.58%,扣除非经常性损益的净利润 388.72 万元",
		"营业收入 1,234.50 营业成本 1,000.00 毛利 234.50",                                                                                         // too short
		"2023年 1,234.50 2,345.60 3,456.70 2024年 1,111.00 2,222.00 3,333.00 2025年 4,444.00 5,555.00 6,666.00 7,777.00 8,888.00 9,999.00", // no Han labels
	} {
		if rows, ok := runOnRows(l, 0); ok {
			t.Errorf("runOnRows(%q) read %d rows", l, len(rows))
		}
	}
}

// TestThreeRowHeader: a header wrapped over three rows (指标 | 2024年 over
// 绝对数 | 比上年 over 增长%): the year spans the lower rows, whose change
// header the copy broke, so the first column is the level and the second
// its growth (was the level read as a growth of 1234.5).
func TestThreeRowHeader(t *testing.T) {
	text := "指标 | 2024年 | |\n" +
		" | 绝对数 | 比上年 |\n" +
		" | | 增长% |\n" +
		"营业收入(万元) | 2345.6 | 8.5 |\n" +
		"利润总额(万元) | 321.0 | -4.2 |\n"
	figs := mustExtract(t, text, Options{Year: 2024})
	checkFigures(t, "three-row header", figs, []wantFig{
		{ind: "营业收入", value: 2345.6, unit: "万元", changes: []string{"growth_pct 8.5"}},
		{ind: "利润总额", value: 321, unit: "万元", changes: []string{"growth_pct -4.2"}},
	})
}

// TestGrowthHeader: 比 a period over 增长 and its unit is a change header.
func TestGrowthHeader(t *testing.T) {
	for h, want := range map[string]bool{"比上年增长%": true, "比上年同期增长(%)": true, "增长%": false, "比上年": false, "营业收入增长": false} {
		if got := growthHeader(h); got != want {
			t.Errorf("growthHeader(%q) = %v, want %v", h, got, want)
		}
	}
}

// TestCompanyAmountTableTopAligned: 项目 金额 as a PDF's text gives it, the
// amount on the first line of each wrapped label (cells aligned at the
// top), labels with commas, an item without an amount.
func TestCompanyAmountTableTopAligned(t *testing.T) {
	text := "项目 金额\n" +
		"非流动性资产处置损益,包括已计提资产减值准 -12,000.50\n" +
		"备的冲销部分\n" +
		"计入当期损益的政府补助,但与公司正常经营业 300,000.00\n" +
		"务密切相关、按照确定的标准享有的政府补助除\n" +
		"外\n" +
		"非经常性损益合计 288,000.00\n" +
		"减:所得税影响数 43,200.00\n" +
		"少数股东权益影响额(税后)\n" +
		"非经常性损益净额 244,800.00\n" +
		"五、 境内外会计准则下会计数据差异\n"
	figs := mustExtract(t, text, Options{Year: 2024})
	checkFigures(t, "amount table, top-aligned", figs, []wantFig{
		{ind: "非流动性资产处置损益,包括已计提资产减值准备的冲销部分", value: -12000.5},
		{ind: "计入当期损益的政府补助,但与公司正常经营业务密切相关、按照确定的标准享有的政府补助除外", value: 300000},
		{ind: "非经常性损益合计", value: 288000},
		{ind: "所得税影响数", value: 43200},
		{ind: "非经常性损益净额", value: 244800},
	})
}

// TestCompanyAmountTableBottomAligned: the same table with each wrapped
// label's amount on its last line: the lines above a row start its label.
func TestCompanyAmountTableBottomAligned(t *testing.T) {
	text := "非经常性损益项目 金额 说明\n" +
		"计入当期损益的政府补助,但与公司正常经营业\n" +
		"务密切相关的政府补助除外 300,000.00\n" +
		"除上述各项之外的其他营业外收入和支出 -5,000.00\n"
	figs := mustExtract(t, text, Options{Year: 2024})
	checkFigures(t, "amount table, bottom-aligned", figs, []wantFig{
		{ind: "计入当期损益的政府补助,但与公司正常经营业务密切相关的政府补助除外", value: 300000},
		{ind: "除上述各项之外的其他营业外收入和支出", value: -5000},
	})
}

// TestAmountHeaderCells: a header of 金额 columns names no period.
func TestAmountHeaderCells(t *testing.T) {
	for l, want := range map[string]bool{
		"项目 金额": true, "非经常性损益项目 金额 附注(如适用)": true, "项目金额说明": true,
		"项目 说明": false, "项目 数量": false, "金额 项目": false,
	} {
		if _, ok := amountHeaderCells(l); ok != want {
			t.Errorf("amountHeaderCells(%q) ok = %v, want %v", l, ok, want)
		}
	}
}

// TestOneLineBoxTable: a box-drawn F10 table a page copy ran into one
// line after its title, a label wrapped into a row of its own, a row the
// copy cut short at the end.
func TestOneLineBoxTable(t *testing.T) {
	text := "◆主要财务指标 ┌────────┬─────┬─────┐ │指标\\报告期 │2024-06-30│2023-12-31│ " +
		"├────────┼─────┼─────┤ │基本每股收益(元) │ 0.1234│ -0.0500│ │每股净资产(元) │ 3.2100│ 3.1000│ " +
		"│加权净资产收益率 │ --│ 2.5000│ │(扣除后)(%) │ │ │ │营业收入(万元) │ 1234.56│ 2345.67│ │净利润(万元) │ -12"
	figs := mustExtract(t, text, Options{Year: 2024})
	checkFigures(t, "one-line box", figs, []wantFig{
		{ind: "基本每股收益", value: 0.1234, unit: "元"},
		{ind: "基本每股收益", value: -0.05, unit: "元", prior: true},
		{ind: "每股净资产", value: 3.21, unit: "元"},
		{ind: "每股净资产", value: 3.1, unit: "元", prior: true},
		{ind: "加权净资产收益率(扣除后)", value: 2.5, unit: "%", prior: true},
		{ind: "营业收入", value: 1234.56, unit: "万元"},
		{ind: "营业收入", value: 2345.67, unit: "万元", prior: true},
	})
}

// TestOneLineBox: the cut of a one-line box table into its lines.
func TestOneLineBox(t *testing.T) {
	line := "表 ┌──┬──┐ │甲 │1.0│ ├──┼──┤ │乙 │2.0│ │丙 │3"
	got := oneLineBox(line, 100)
	var texts []string
	for _, l := range got {
		texts = append(texts, l.Text)
		if line[l.Offset-100:l.Offset-100+len(l.Text)] != l.Text {
			t.Errorf("line %q at offset %d is not the input's", l.Text, l.Offset)
		}
	}
	want := []string{"┌──┬──┐", "│甲 │1.0│", "├──┼──┤", "│乙 │2.0│"}
	if strings.Join(texts, "\n") != strings.Join(want, "\n") {
		t.Errorf("oneLineBox = %q, want %q", texts, want)
	}
	if oneLineBox("│甲 │1.0│ │乙 │2.0│", 0) != nil {
		t.Error("no top border: no cut")
	}
}

// TestMixedDecimalsRun: a row's amounts run together with a rate of other
// decimals are split where the amounts are of one magnitude; a run the
// uniform reading splits well keeps it.
func TestMixedDecimalsRun(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"0.04360.04155.12%", []string{"0.0436", "0.0415", "5.12%"}},         // was 0.04 | 360.04 | 155.12%
		{"-0.12300.0815-250.92%", []string{"-0.1230", "0.0815", "-250.92%"}}, // signs split it already
		{"1,234.56987.6525.01%", []string{"1,234.56", "987.65", "25.01%"}},
		{"0.520.488.33", []string{"0.52", "0.48", "8.33"}},
	}
	for _, c := range cases {
		var got []string
		for _, p := range numberRunPieces(c.in) {
			got = append(got, c.in[p[0]:p[1]])
		}
		if strings.Join(got, " ") != strings.Join(c.want, " ") {
			t.Errorf("numberRunPieces(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestHeaderlessStatementRows: an excerpt that starts inside a balance
// sheet, its header left above it: rows of amounts and items without
// amounts. Each row's figures are named by its own label (was the first
// row's amounts and an item without amounts read as the header:
// 递延收益31,231,780.38应付债券).
func TestHeaderlessStatementRows(t *testing.T) {
	text := "非流动负债:\n" +
		"长期借款 12,000,000.00 15,500,000.50\n" +
		"应付债券\n" +
		"其中:优先股\n" +
		"递延收益 900,000.25 1,000,000.00\n" +
		"非流动负债合计 12,900,000.25 16,500,000.50\n"
	figs := mustExtract(t, text, Options{Year: 2024})
	checkFigures(t, "headerless statement", figs, []wantFig{
		{ind: "长期借款", value: 12000000},
		{ind: "长期借款", value: 15500000.5},
		{ind: "递延收益", value: 900000.25},
		{ind: "递延收益", value: 1000000},
		{ind: "非流动负债合计", value: 12900000.25},
		{ind: "非流动负债合计", value: 16500000.5},
	})
}

// TestPercentCellUnderUnitLine: a cell written with % is in percent
// whatever unit the 单位 line gives the table's amounts.
func TestPercentCellUnderUnitLine(t *testing.T) {
	text := "单位：万元\n项目 | 营业收入 | 占比 |\n设备销售 | 1,250.50 | 62.30% |\n技术服务 | 756.20 | 37.70% |\n"
	figs := mustExtract(t, text, Options{Year: 2024})
	checkFigures(t, "percent cells under a unit line", figs, []wantFig{
		{ind: "设备销售营业收入", value: 1250.5, unit: "万元"},
		{ind: "设备销售占比", value: 62.3, unit: "%"},
		{ind: "技术服务营业收入", value: 756.2, unit: "万元"},
		{ind: "技术服务占比", value: 37.7, unit: "%"},
	})
}

// TestStreamTitleAndRateChange: a revenue table copied one cell per line
// under its title with the amounts' unit (主营产品构成(百万)), the header
// over the labels second (名称); a change column right after a rate
// (毛利率 | 同比变化) is the rate's change, the one after the revenue the
// revenue's.
func TestStreamTitleAndRateChange(t *testing.T) {
	text := "主营产品构成(百万) |\n名称 |\n占总收入比例 |\n收入 |\n同比变化 |\n成本 |\n毛利率 |\n同比变化 |\n" +
		"设备销售收入 |\n12.50% |\n250.40 |\n-3.20% |\n200.10 |\n20.09% |\n1.50% |\n" +
		"技术服务收入 |\n5.10% |\n102.30 |\n8.40% |\n60.00 |\n41.35% |\n-2.25% |\n"
	figs := mustExtract(t, text, Options{Year: 2024})
	checkFigures(t, "stream title", figs, []wantFig{
		{ind: "设备销售收入占总收入比例", value: 12.5, unit: "%"},
		{ind: "设备销售收入", value: 250.4, unit: "百万", changes: []string{"growth_pct -3.2"}},
		{ind: "设备销售收入成本", value: 200.1, unit: "百万"},
		{ind: "设备销售收入毛利率", value: 20.09, unit: "%", changes: []string{"pp 1.5"}},
		{ind: "技术服务收入占总收入比例", value: 5.1, unit: "%"},
		{ind: "技术服务收入", value: 102.3, unit: "百万", changes: []string{"growth_pct 8.4"}},
		{ind: "技术服务收入成本", value: 60, unit: "百万"},
		{ind: "技术服务收入毛利率", value: 41.35, unit: "%", changes: []string{"pp -2.25"}},
	})
}

// TestCompanyTextRestatedPeriods: a quarterly table written as text whose
// prior period is restated (本报告期 上年同期 本报告期比上年同期增减 over 调整前
// 调整后 调整后): the current period is not restated, the prior takes both
// restatements, the change the last (was the restated prior read as a
// change of 950).
func TestCompanyTextRestatedPeriods(t *testing.T) {
	text := "单位：元\n" +
		"本报告期 上年同期 本报告期比上年同期增减\n" +
		"调整前 调整后 调整后\n" +
		"营业收入（元） 1,000.00 900.00 950.00 5.26%\n" +
		"本报告期末 上年度末 本报告期末比上年度末增减\n" +
		"调整前 调整后 调整后\n" +
		"总资产（元） 5,000.00 4,800.00 4,900.00 2.04%\n"
	figs := mustExtract(t, text, Options{Year: 2024})
	checkFigures(t, "text restated periods", figs, []wantFig{
		{ind: "营业收入", value: 1000, unit: "元", changes: []string{"growth_pct 5.26"}},
		{ind: "营业收入（调整前）", value: 900, unit: "元", prior: true},
		{ind: "营业收入", value: 950, unit: "元", prior: true},
		{ind: "总资产", value: 5000, unit: "元", changes: []string{"growth_pct 2.04"}},
		{ind: "总资产（调整前）", value: 4800, unit: "元", prior: true},
		{ind: "总资产", value: 4900, unit: "元", prior: true},
	})
}

// TestFlexibleSplit: amounts run together with trailing zeros dropped are
// cut where their thousands groups and at most two decimals allow, the
// reading with most pieces of two decimals taken when it is the only one.
func TestFlexibleSplit(t *testing.T) {
	cases := []struct {
		in   string
		n    int
		want []string
	}{
		{"3,089,654.67,509,192.523,456,309.116,944,382.45", 4, []string{"3,089,654.6", "7,509,192.52", "3,456,309.11", "6,944,382.45"}},
		{"000-398,007.53", 4, []string{"0", "0", "0", "-398,007.53"}},
		{"0.020.060.06-0.08", 4, []string{"0.02", "0.06", "0.06", "-0.08"}},
		{"12,159,42426,242,965.1", 2, []string{"12,159,424", "26,242,965.1"}},
		{"2024-08-282024-04-26", 2, nil}, // dates
		{"1,234.56", 2, nil},             // one amount, not two
	}
	for _, c := range cases {
		var got []string
		for _, p := range flexibleSplit(c.in, c.n) {
			got = append(got, c.in[p[0]:p[1]])
		}
		if strings.Join(got, " ") != strings.Join(c.want, " ") {
			t.Errorf("flexibleSplit(%q, %d) = %q, want %q", c.in, c.n, got, c.want)
		}
	}
}

// TestCompanyPortalStatement: a finance portal's income statement copied
// with its cells run together and trailing zeros dropped, under a header
// of report periods (2024年中报2023年年报…), a row of words (公司类型…) and
// items numbered 一、… among the rows.
func TestCompanyPortalStatement(t *testing.T) {
	text := "利润表\n\n" +
		"2024年中报2023年年报2023年中报\n" +
		"公司类型通用通用通用\n" +
		"一、营业总收入(元)12,345,678.9123,456,789.54,500,000.02\n" +
		"销售费用(元)1,234,567.82,345,678.911,100,000.33\n" +
		"其中:对联营企业的投资收益(元)00-98,007.53\n" +
		"六、每股收益\n" +
		"(一)基本每股收益(元)0.120.25-0.08\n" +
		"公告日期2024-08-282024-04-262023-08-28\n"
	figs := mustExtract(t, text, Options{Year: 2024})
	checkFigures(t, "portal statement", figs, []wantFig{
		{ind: "营业总收入", value: 12345678.91, unit: "元"},
		{ind: "营业总收入", value: 23456789.5, unit: "元", prior: true},
		{ind: "营业总收入", value: 4500000.02, unit: "元", prior: true},
		{ind: "销售费用", value: 1234567.8, unit: "元"},
		{ind: "销售费用", value: 2345678.91, unit: "元", prior: true},
		{ind: "销售费用", value: 1100000.33, unit: "元", prior: true},
		{ind: "对联营企业的投资收益", value: 0, unit: "元"},
		{ind: "对联营企业的投资收益", value: 0, unit: "元", prior: true},
		{ind: "对联营企业的投资收益", value: -98007.53, unit: "元", prior: true},
		{ind: "基本每股收益", value: 0.12, unit: "元"},
		{ind: "基本每股收益", value: 0.25, unit: "元", prior: true},
		{ind: "基本每股收益", value: -0.08, unit: "元", prior: true},
	})
}

// TestAuditOpinionRows: a results table's row of each report's audit
// opinion (text, wrapped onto a row without a label) is no header of the
// figures below it and gives no figure: in a | table, in | rows between box
// rules, and in a box-drawn table.
func TestAuditOpinionRows(t *testing.T) {
	want := []wantFig{
		{ind: "净利润", value: 1200.5, unit: "万元"},
		{ind: "净利润", value: 1100.25, unit: "万元", prior: true},
		{ind: "基本每股收益", value: 0.35, unit: "元"},
		{ind: "基本每股收益", value: 0.31, unit: "元", prior: true},
	}
	texts := []string{
		"|财务指标|2023-12-31|2022-12-31|\n|审计意见|标准无保留|标准无保留|\n||意见|意见|\n|净利润(万元)|1200.50|1100.25|\n|基本每股收益(元)|0.3500|0.3100|\n",
		"┌────┬────┬────┐\n|财务指标|2023-12-31|2022-12-31|\n├────┼────┼────┤\n|审计意见|标准无保留|标准无保留|\n|        |    意见|    意见|\n├────┼────┼────┤\n" +
			"|净利润(万元)|1200.50|1100.25|\n|基本每股收益(元)|0.3500|0.3100|\n",
		"┌──────────┬──────────┬──────────┐\n│财务指标          │2023-12-31│2022-12-31│\n├──────────┼──────────┼──────────┤\n" +
			"│审计意见          │标准无保留│标准无保留│\n│                  │      意见│      意见│\n├──────────┼──────────┼──────────┤\n" +
			"│净利润(万元)      │   1200.50│   1100.25│\n│基本每股收益(元)  │    0.3500│    0.3100│\n└──────────┴──────────┴──────────┘\n",
	}
	for _, text := range texts {
		checkFigures(t, text, mustExtract(t, text, Options{Year: 2023}), want)
	}
}

// TestBoxBlocksUnderOneHeader: | rows between box rules in several blocks
// are all under the header row above the first rule.
func TestBoxBlocksUnderOneHeader(t *testing.T) {
	text := "┌────┬────┬────┐\n|财务指标|2023-12-31|2022-12-31|\n├────┼────┼────┤\n" +
		"|净利润(万元)|1200.50|1100.25|\n├────┼────┼────┤\n|基本每股收益(元)|0.3500|0.3100|\n|资产负债比率(%)|40.10|38.20|\n"
	checkFigures(t, text, mustExtract(t, text, Options{Year: 2023}), []wantFig{
		{ind: "净利润", value: 1200.5, unit: "万元"},
		{ind: "净利润", value: 1100.25, unit: "万元", prior: true},
		{ind: "基本每股收益", value: 0.35, unit: "元"},
		{ind: "基本每股收益", value: 0.31, unit: "元", prior: true},
		{ind: "资产负债比率", value: 40.1, unit: "%"},
		{ind: "资产负债比率", value: 38.2, unit: "%", prior: true},
	})
}

// TestRowThenCellPiece: a table row laid out by spaces whose text cell the
// copy wrapped onto a line of its own (法人) gives no figure of the last
// number in that unit; a number wrapped before its unit in prose still
// reads.
func TestRowThenCellPiece(t *testing.T) {
	row := "甲投资有限公司 境外法 12.50 300,000,000 质押 120,000,000\n人\n"
	if figs := mustExtract(t, row, Options{}); len(figs) != 0 {
		t.Errorf("%q: %d figures, want none (got %q %v %q)", row, len(figs), figs[0].Indicator, figs[0].Value, figs[0].Unit)
	}
	prose := "全市受理政府信息公开申请\n5928\n条，办结5900条。\n"
	if figs := mustExtract(t, prose, Options{}); len(figs) == 0 || figs[0].Value != 5928 || figs[0].Unit != "条" {
		t.Errorf("%q: the wrapped count is not read", prose)
	}
}
