package extract

import "testing"

// TestTextTableTwoHeaderRows: a budget table as a web page copies it: a
// 单位 line, two header rows whose merged cells are written once, rows
// broken where a cell was empty, a change column per group.
func TestTextTableTwoHeaderRows(t *testing.T) {
	text := "各县区财政收支情况如下表：\n单位:万元\n" +
		"地区 | 财政收入 | 收入占比% | 财政支出 | ||||||\n" +
		"本月 | 累计 | 为预算的% | 增幅% | 本月 | 累计 | 为预算的% | 增幅% | |\n" +
		"甲县 | 1200 | 5400 |\n| 3.5 | 40.2 | 2100 | 8800 |\n| -1.5 |\n" +
		"乙 县 | 800 | 3100 | 20.5 | -2.0 | 25.1 | — | 6400 | 30.1 | 4.0 |\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, "budget table", figs, []wantFig{
		{ind: "甲县财政收入", value: 1200, unit: "万元"},
		{ind: "甲县财政收入", value: 5400, unit: "万元", changes: []string{"growth_pct 3.5"}},
		{ind: "甲县收入占比", value: 40.2, unit: "%"},
		{ind: "甲县财政支出", value: 2100, unit: "万元"},
		{ind: "甲县财政支出", value: 8800, unit: "万元", changes: []string{"growth_pct -1.5"}},
		{ind: "乙县财政收入", value: 800, unit: "万元"},
		{ind: "乙县财政收入", value: 3100, unit: "万元", changes: []string{"growth_pct -2"}},
		{ind: "乙县财政收入为预算的", value: 20.5, unit: "%"},
		{ind: "乙县收入占比", value: 25.1, unit: "%"},
		// — marks a missing value: no figure.
		{ind: "乙县财政支出", value: 6400, unit: "万元", changes: []string{"growth_pct 4"}},
		{ind: "乙县财政支出为预算的", value: 30.1, unit: "%"},
	})
	if figs[0].Period != "本月" || figs[1].Period != "累计" {
		t.Errorf("periods %q %q", figs[0].Period, figs[1].Period)
	}
	f := figs[4]
	if f.Source.Table != 1 || f.Source.Row != 2 || f.Source.Col != 7 || text[f.Span[0]:f.Span[1]] != "8800" {
		t.Errorf("provenance %+v span %q", f.Source, text[f.Span[0]:f.Span[1]])
	}
	if text[f.SentenceSpan[0]:f.SentenceSpan[1]] != f.Sentence {
		t.Error("sentence is not input[SentenceSpan]")
	}
}

// TestTextTablePeriods: a company's results: 本报告期, 上年同期 (priors),
// 增减变动幅度 (the change of the current value), units in brackets.
func TestTextTablePeriods(t *testing.T) {
	text := "主要会计数据\n" +
		"项目 | 本报告期 | 上年同期 | 增减变动幅度(%)\n" +
		"营业收入(元) | 1,234,567.89 | 1,000,000.00 | 23.46\n" +
		"基本每股收益(元/股) | 0.3200 | 0.2800 | 14.29\n" +
		"| | | \n"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, "company table", figs, []wantFig{
		{ind: "营业收入", value: 1234567.89, unit: "元", changes: []string{"growth_pct 23.46"}, number: "1,234,567.89"},
		{ind: "营业收入", value: 1000000, unit: "元", prior: true},
		{ind: "基本每股收益", value: 0.32, unit: "元/股", changes: []string{"growth_pct 14.29"}, number: "0.3200"},
		{ind: "基本每股收益", value: 0.28, unit: "元/股", prior: true},
	})
	if figs[1].Year != 2022 || figs[0].Year != 2023 {
		t.Errorf("years %d %d", figs[0].Year, figs[1].Year)
	}
}

// TestTextTableUnitColumn: a bulletin table with a unit column and a
// growth column; a year column names the year.
func TestTextTableUnitColumn(t *testing.T) {
	text := "指标 | 单位 | 2023年 | 比上年增长(%)\n" +
		"粮食产量 | 万吨 | 46.7 | 0.98\n" +
		"年末常住人口 | 万人 | 132.7 | -0.3\n" +
		"城镇化率 | % | 65.3 | \n"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, "bulletin table", figs, []wantFig{
		{ind: "粮食产量", value: 46.7, unit: "万吨", changes: []string{"growth_pct 0.98"}},
		{ind: "年末常住人口", value: 132.7, unit: "万人", changes: []string{"growth_pct -0.3"}},
		{ind: "城镇化率", value: 65.3, unit: "%"},
	})
}

// TestTableRules: the header rules one by one.
func TestTableRules(t *testing.T) {
	for _, c := range []struct{ h, label, unit string }{
		{"产量(吨)", "产量", "吨"}, {"税收比重%", "税收比重", "%"}, {"增减变动幅度（%）", "增减变动幅度", "%"},
		{"金额(单位：万元)", "金额", "万元"}, {"纲要(2021—2025年)", "纲要(2021—2025年)", ""}, {"本报告期", "本报告期", ""},
	} {
		if l, u := headerUnit(c.h); l != c.label || u != c.unit {
			t.Errorf("headerUnit(%q) = %q, %q; want %q, %q", c.h, l, u, c.label, c.unit)
		}
	}
	for _, c := range []struct{ line, unit string }{
		{"单位:万元", "万元"}, {"（单位：亿元）", "亿元"}, {"金额单位：元", "元"}, {"单位：万元、%", "万元"}, {"单位名称", ""}, {"全年收入增长", ""},
	} {
		if u := unitLine(c.line); u != c.unit {
			t.Errorf("unitLine(%q) = %q, want %q", c.line, u, c.unit)
		}
	}
	for _, c := range []struct{ label, unit, kind string }{
		{"增幅", "%", GrowthPct}, {"同比增减", "%", GrowthPct}, {"增减变动幅度", "%", GrowthPct}, {"比上年增长", "%", GrowthPct},
		{"增减", "百分点", PP}, {"增减额", "", Abs}, {"比上年增加", "万元", Abs}, {"净利润增长率", "%", ""}, {"占比", "%", ""}, {"本报告期", "", ""},
	} {
		if k := changeHeader(c.label, c.unit); k != c.kind {
			t.Errorf("changeHeader(%q, %q) = %q, want %q", c.label, c.unit, k, c.kind)
		}
	}
	for _, c := range []struct {
		cell string
		v    float64
		ok   bool
	}{{"1,234.5", 1234.5, true}, {"-10.9", -10.9, true}, {"—", 0, false}, {"/", 0, false}, {"", 0, false}, {"12.5%", 12.5, true}, {"甲县", 0, false}, {"2023-01", 0, false}} {
		v, _, _, ok := parseCell(c.cell)
		if ok != c.ok || ok && v != c.v {
			t.Errorf("parseCell(%q) = %v %v, want %v %v", c.cell, v, ok, c.v, c.ok)
		}
	}
}

// TestTableNoJunk: navigation bars and one-line | text are not tables.
func TestTableNoJunk(t *testing.T) {
	for _, text := range []string{
		"首页 | 政务公开 | 办事服务 | 互动交流\n当前位置：首页 > 政务公开\n",
		"| | |\n| | |\n",
		"字号：大 | 中 | 小\n",
	} {
		if figs := mustExtract(t, text, Options{Year: 2023}); len(figs) != 0 {
			t.Errorf("%q: %d figures %+v", text, len(figs), figs)
		}
	}
	for _, f := range mustExtract(t, "项目 | 数值\n| | 12\n甲 | 5\n", Options{Year: 2023}) {
		if f.Indicator == "|" || f.Indicator == "" {
			t.Errorf("junk subject %q", f.Indicator)
		}
	}
}

// TestCellStreamTable: a finance page copied one cell per line.
func TestCellStreamTable(t *testing.T) {
	text := "报告期 |\n2023-12-31\n|\n同比变化 |\n2022-12-31\n|\n" +
		"每股收益 |\n0.52\n|\n-12.5%\n|\n0.60\n|\n" +
		"销售毛利率 |\n--\n|\n--\n|\n--\n|\n" +
		"经营业绩(万元) |\n" +
		"营业收入 |\n1200\n|\n\n|\n1100\n|\n" +
		"营业利润 |\n-30\n|\n-120.0%\n|\n150\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, "cell stream", figs, []wantFig{
		{ind: "每股收益", value: 0.52, changes: []string{"growth_pct -12.5"}},
		{ind: "每股收益", value: 0.60, prior: true},
		{ind: "营业收入", value: 1200, unit: "万元"},
		{ind: "营业收入", value: 1100, unit: "万元", prior: true},
		{ind: "营业利润", value: -30, unit: "万元", changes: []string{"growth_pct -120"}},
		{ind: "营业利润", value: 150, unit: "万元", prior: true},
	})
	if figs[0].Period != "2023-12-31" || figs[1].Year != 2022 {
		t.Errorf("period %q year %d", figs[0].Period, figs[1].Year)
	}
}

// TestColumnNumbering: a statistical form's row of column numbers (甲 乙 丙
// 1 2) is no figure.
func TestColumnNumbering(t *testing.T) {
	text := "指标名称 | 计量单位 | 本期实际 | 本年累计\n甲 | 乙 | 1 | 2\n网上咨询数 | 人次 | 12 | 140\n"
	checkFigures(t, "numbering", mustExtract(t, text, Options{Year: 2023}), []wantFig{
		{ind: "网上咨询数", value: 12, unit: "人次"},
		{ind: "网上咨询数", value: 140, unit: "人次"},
	})
}

// TestInnerHeaders: a table made of blocks, each with its own header row
// (the 政府信息公开年度报告 table of 第二十条).
func TestInnerHeaders(t *testing.T) {
	text := "第二十条第(一)项 | | |\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数\n规章 | 0 | 0 | 3\n行政规范性文件 | 5 | 2 | 30\n" +
		"第二十条第(五)项 | | |\n信息内容 | 本年处理决定数量 | |\n行政许可 | 9487 | |\n"
	checkFigures(t, "xxgk blocks", mustExtract(t, text, Options{Year: 2023}), []wantFig{
		{ind: "规章本年制发件数", value: 0}, {ind: "规章本年废止件数", value: 0}, {ind: "规章现行有效件数", value: 3},
		{ind: "行政规范性文件本年制发件数", value: 5}, {ind: "行政规范性文件本年废止件数", value: 2}, {ind: "行政规范性文件现行有效件数", value: 30},
		{ind: "行政许可本年处理决定数量", value: 9487},
	})
}

// TestPositionalHeaders: header rows that keep an empty cell at every
// position a merged cell covers.
func TestPositionalHeaders(t *testing.T) {
	text := "（注：第一项加第二项之和） | 申请人情况 | | | |\n" +
		"| 自然人 | 法人或其他组织 | | 总计\n" +
		"| | 商业企业 | 科研机构 | |\n" +
		"一、本年新收政府信息公开申请数量 | 53 | 2 | 1 | 56\n"
	checkFigures(t, "positional", mustExtract(t, text, Options{Year: 2023}), []wantFig{
		{ind: "本年新收政府信息公开申请数量自然人", value: 53},
		{ind: "本年新收政府信息公开申请数量法人或其他组织商业企业", value: 2},
		{ind: "本年新收政府信息公开申请数量法人或其他组织科研机构", value: 1},
		{ind: "本年新收政府信息公开申请数量总计", value: 56},
	})
}

// TestLabellessRows: a row of values under two header rows, no row label
// (the 行政复议 / 行政诉讼 table of a 政府信息公开年度报告).
func TestLabellessRows(t *testing.T) {
	text := "行政复议 | | | 行政诉讼 | |\n结果维持 | 结果纠正 | 总计 | 结果维持 | 结果纠正 | 总计\n2 | 1 | 3 | 0 | 1 | 1\n"
	checkFigures(t, "labelless", mustExtract(t, text, Options{Year: 2023}), []wantFig{
		{ind: "行政复议结果维持", value: 2}, {ind: "行政复议结果纠正", value: 1}, {ind: "行政复议总计", value: 3},
		{ind: "行政诉讼结果维持", value: 0}, {ind: "行政诉讼结果纠正", value: 1}, {ind: "行政诉讼总计", value: 1},
	})
}

// TestYearColumnIsLabel: a year in the first column of a one-row header
// labels the row; it is no figure.
func TestYearColumnIsLabel(t *testing.T) {
	text := "年份 | 粮食产量(万吨)\n2022 | 46.1\n2023 | 46.7\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, "years", figs, []wantFig{
		{ind: "粮食产量", value: 46.1, unit: "万吨", prior: true},
		{ind: "粮食产量", value: 46.7, unit: "万吨"},
	})
	if figs[0].Year != 2022 || figs[1].Year != 2023 {
		t.Errorf("years %d %d", figs[0].Year, figs[1].Year)
	}
}
