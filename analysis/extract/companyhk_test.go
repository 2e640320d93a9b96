package extract

import "testing"

// Tests of the Hong Kong results-table rules (tables written for the
// tests, with made-up numbers).

// TestCurrencyScaleUnit: a currency with its scale and the per-share
// units are units; a scale alone or a code with other text is none.
func TestCurrencyScaleUnit(t *testing.T) {
	for u, want := range map[string]bool{
		"RMB(K$)": true, "HK$'000": true, "RMB'000": true, "US$ million": true, "港元(K)": true,
		"仙": true, "港仙": true, "$": true, "HK$": true,
		"K$": false, "'000": false, "RMB(K$)年": false, "HK$亿": false, "": false, "元": false,
	} {
		if got := currencyScaleUnit(u); got != want {
			t.Errorf("currencyScaleUnit(%q) = %v, want %v", u, got, want)
		}
	}
}

// TestYearMonthEnd: 2024/12 and 2023-6 are a year and month; a date, a
// number and a month beyond 12 are none.
func TestYearMonthEnd(t *testing.T) {
	for in, want := range map[string]int{
		"2024/12": 7, "2023-6": 6, "2024/12 RMB(K$)": 7,
		"2024/12/31": 0, "2024/13": 0, "2024.12": 0, "2024/": 0, "12024/12": 0, "1850/12": 0, "2024/123": 0,
	} {
		if got := yearMonthEnd(in, 0); got != want {
			t.Errorf("yearMonthEnd(%q) = %d, want %d", in, got, want)
		}
	}
	if y := headerYear("2021/06"); y != 2021 {
		t.Errorf("headerYear(2021/06) = %d, want 2021", y)
	}
}

// TestPeriodUnitHeader: a period with the amounts' unit after it.
func TestPeriodUnitHeader(t *testing.T) {
	cases := []struct{ in, period, unit string }{
		{"2024/12 RMB(K$)", "2024/12", "RMB(K$)"},
		{"2023/06", "2023/06", ""},
		{"2022年 HK$'000", "2022年", "HK$'000"},
		{"二零二一年 人民币千元", "二零二一年", "人民币千元"},
		{"2020/12 (千元)", "2020/12", "千元"},
	}
	for _, c := range cases {
		p, u, ok := periodUnitHeader(c.in)
		if !ok || p != c.period || u != c.unit {
			t.Errorf("periodUnitHeader(%q) = %q %q %v, want %q %q", c.in, p, u, ok, c.period, c.unit)
		}
	}
	for _, in := range []string{"2024/12 营业额", "变动", "营业额 RMB(K$)", "2024/12/31 RMB(K$)x"} {
		if p, u, ok := periodUnitHeader(in); ok {
			t.Errorf("periodUnitHeader(%q) = %q %q, want none", in, p, u)
		}
	}
}

// TestRunOnCellRows: a finance page's income statement whose header cells
// stand one a line and whose rows run on one line, apart by empty cells;
// accountants' brackets are negatives, the label's unit (仙, $) wins over
// the header's, a row of missing marks gives nothing.
func TestRunOnCellRows(t *testing.T) {
	text := "| 收益表 |\n| |\n2023/06 HK$'000 |\n变动 |\n2022/06 HK$'000 |\n" +
		"| 收入 | 1,200,000 | 20.000% | 1,000,000 | | 其他项目 | -- | -- | -- | | 所得税 | (45,000) | -- | (40,000) | | | | " +
		"每股数据 | | | | 每股盈利(仙) | 12.500 | -5.000% | 13.158 | | 每股资产净值($) | 3.210 | 1.000% | 3.178 |\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, "run-on rows", figs, []wantFig{
		{ind: "收入", value: 1200000, unit: "HK$'000", changes: []string{"growth_pct 20"}},
		{ind: "收入", value: 1000000, unit: "HK$'000", prior: true},
		{ind: "所得税", value: -45000, unit: "HK$'000"},
		{ind: "所得税", value: -40000, unit: "HK$'000", prior: true},
		{ind: "每股盈利", value: 12.5, unit: "仙", changes: []string{"growth_pct -5"}},
		{ind: "每股盈利", value: 13.158, unit: "仙", prior: true},
		{ind: "每股资产净值", value: 3.21, unit: "$", changes: []string{"growth_pct 1"}},
		{ind: "每股资产净值", value: 3.178, unit: "$", prior: true},
	})
}

// TestRunOnCellRowsNotUnderstood: rows that do not split into the
// header's width, or headers that are no periods, give no table.
func TestRunOnCellRowsNotUnderstood(t *testing.T) {
	for _, text := range []string{
		// a row short of a value
		"| |\n2023/06 HK$'000 |\n2022/06 HK$'000 |\n| 收入 | 1,200,000 | 1,000,000 | | 所得税 | (45,000) | | 利润 | 10 | 9 |\n",
		// headers of two units
		"| |\n2023/06 HK$'000 |\n2022/06 RMB'000 |\n| 收入 | 1,200,000 | 1,000,000 | | 所得税 | (45,000) | (40,000) |\n",
		// a header that names no period
		"| |\n甲公司 |\n乙公司 |\n| 收入 | 1,200,000 | 1,000,000 | | 所得税 | (45,000) | (40,000) |\n",
	} {
		x := &extractor{s: text}
		if rows, _, _ := x.runOnCellRows(0); rows != nil {
			t.Errorf("runOnCellRows(%q) = %d rows, want none", text, len(rows))
		}
	}
}

// TestCnYearValue: years in Chinese numerals, with a fiscal-year word.
func TestCnYearValue(t *testing.T) {
	for in, want := range map[string]int{
		"二零二三年": 2023, "二〇一九年度": 2019, "二零二一年财政年度": 2021, "二零二三年財政年度": 2023,
		"二零二三年收入": 0, "一二三四年": 0, "二零二三": 0, "": 0,
	} {
		if got := cnYearValue(in); got != want {
			t.Errorf("cnYearValue(%q) = %d, want %d", in, got, want)
		}
	}
	if y := headerYear("二零二二年财政年度"); y != 2022 {
		t.Errorf("headerYear(二零二二年财政年度) = %d, want 2022", y)
	}
}

// TestUnitColumnCellLines: a financial summary copied one cell a line,
// 单位 over the units, each year with its 财政年度 on the next line, each
// row its label, unit and values; an en dash is no figure; a row short of
// values ends the table.
func TestUnitColumnCellLines(t *testing.T) {
	text := "单位\n二零二二年\n财政年度\n二零二三年\n财政年度\n" +
		"收益\n人民币千元\n500,100\n620,300\n" +
		"毛利率\n%\n30.5\n28.1\n" +
		"非控股权益\n人民币千元\n–\n(1,250)\n" +
		"雇员人数\n人\n1,200\n" +
		"注：以上数据摘自年报\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, "summary", figs, []wantFig{
		{ind: "收益", value: 500100, unit: "人民币千元", prior: true},
		{ind: "收益", value: 620300, unit: "人民币千元"},
		{ind: "毛利率", value: 30.5, unit: "%", prior: true},
		{ind: "毛利率", value: 28.1, unit: "%"},
		{ind: "非控股权益", value: -1250, unit: "人民币千元"},
	})
	if figs[1].Period != "二零二三年财政年度" {
		t.Errorf("period %q, want 二零二三年财政年度", figs[1].Period)
	}
}

// TestScopedCellLines: a Hong Kong summary copied one cell a line under
// the span its columns are of (截至十二月三十一日止年度), the amounts' unit
// on the next line, the years falling and a change column; per-share cells
// write their currency and cents (港币8.50仙).
func TestScopedCellLines(t *testing.T) {
	text := "截至十二月三十一日止年度\n千港元\n2023\n2022\n变动\n" +
		"收益\n900,000\n800,000\n12.5%\n" +
		"毛利率 (%)\n40.0%\n42.5%\n-2.5%\n" +
		"每股基本盈利\n港币8.50仙\n港币10.00仙\n-15.0%\n"
	checkFigures(t, text, mustExtract(t, text, Options{Year: 2023}), []wantFig{
		{ind: "收益", value: 900000, unit: "千港元", changes: []string{"growth_pct 12.5"}},
		{ind: "收益", value: 800000, unit: "千港元", prior: true},
		{ind: "毛利率", value: 40, unit: "%", changes: []string{"pp -2.5"}},
		{ind: "毛利率", value: 42.5, unit: "%", prior: true},
		{ind: "每股基本盈利", value: 8.5, unit: "仙", changes: []string{"growth_pct -15"}},
		{ind: "每股基本盈利", value: 10, unit: "仙", prior: true},
	})
	for in, want := range map[string]string{"港币8.71仙": "8.71仙", "人民币0.35元": "0.35元", "HK$12.5": "HK$12.5", "港币": "港币", "8.71仙": "8.71仙"} {
		if got := currencyPrefixed(in); got != want {
			t.Errorf("currencyPrefixed(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]bool{"截至十二月三十一日止年度": true, "截至2023年6月30日止六个月": true, "截至十二月三十一日": false, "项目": false} {
		if got := periodScopeHeading(in); got != want {
			t.Errorf("periodScopeHeading(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestHKSummaryUnitsAndNotes: a Hong Kong summary's units under its years
// (one a column, or the years' only) and audit notes, one cell a line; a
// per-share row in 人民币分 under columns of 人民币千元 keeps its own unit.
func TestHKSummaryUnitsAndNotes(t *testing.T) {
	cells := "截至十二月三十一日止年度\n二零二三年\n二零二二年\n变动\n(经审核)\n(经审核)\n人民币千元\n人民币千元\n%\n" +
		"收益\n1,234,567\n1,100,000\n12.2\n毛利\n456,789\n400,000\n14.2\n"
	checkFigures(t, "cells", mustExtract(t, cells, Options{Year: 2023}), []wantFig{
		{ind: "收益", value: 1234567, unit: "人民币千元", changes: []string{"growth_pct 12.2"}},
		{ind: "收益", value: 1100000, unit: "人民币千元", prior: true},
		{ind: "毛利", value: 456789, unit: "人民币千元", changes: []string{"growth_pct 14.2"}},
		{ind: "毛利", value: 400000, unit: "人民币千元", prior: true},
	})
	years := "截至六月三十日止六个月\n二零二四年\n二零二三年\n变动\n港币千元\n港币千元\n收入\n500,000\n450,000\n11.1%\n"
	checkFigures(t, "units of the years", mustExtract(t, years, Options{Year: 2024}), []wantFig{
		{ind: "收入", value: 500000, unit: "港币千元", changes: []string{"growth_pct 11.1"}},
		{ind: "收入", value: 450000, unit: "港币千元", prior: true},
	})
	pipe := "| | 二零二三年 | 二零二二年 |\n| | 人民币千元 | 人民币千元 |\n| 收益 | 1,234,567 | 1,100,000 |\n| 每股基本盈利(人民币分) | 12.34 | 11.00 |\n"
	checkFigures(t, "pipe", mustExtract(t, pipe, Options{Year: 2023}), []wantFig{
		{ind: "收益", value: 1234567, unit: "人民币千元"},
		{ind: "收益", value: 1100000, unit: "人民币千元", prior: true},
		{ind: "每股基本盈利", value: 12.34, unit: "人民币分"},
		{ind: "每股基本盈利", value: 11, unit: "人民币分", prior: true},
	})
	for u, want := range map[string]bool{"人民币千元": true, "港币百万元": true, "人民币分": true, "人民币": false, "人民币年": false} {
		if got := currencyScaleUnit(u); got != want {
			t.Errorf("currencyScaleUnit(%q) = %v, want %v", u, got, want)
		}
	}
}

// TestScaledCurrencySign: a Chinese scale and a currency sign are a unit;
// a sign or a scale alone, or more text after the sign, are none.
func TestScaledCurrencySign(t *testing.T) {
	for u, want := range map[string]bool{
		"千¥": true, "百万$": true, "千HK$": true, "亿￥": true, "十亿US$": true,
		"¥": false, "千": false, "千¥元": false, "千元": false, "万¥x": false, "": false,
	} {
		if got := scaledCurrencySign(u); got != want {
			t.Errorf("scaledCurrencySign(%q) = %v, want %v", u, got, want)
		}
	}
	if l, u := headerUnit("2022/06 港元(千$)"); l != "2022/06 港元" || u != "千$" {
		t.Errorf("headerUnit(2022/06 港元(千$)) = %q %q", l, u)
	}
}

// TestComparedWithHeader: 与 a prior period 比较 heads a change column; a
// comparison with no earlier period does not.
func TestComparedWithHeader(t *testing.T) {
	for h, want := range map[string]bool{
		"与去年末期比较": true, "与去年末期 比较": true, "与上年同期相比": true, "较上年度比较": true, "和去年中期对比": true,
		"与预算比较": false, "与行业相比": false, "去年末期比较": false, "与去年": false, "比较": false, "与比较": false,
	} {
		if got := comparedWithHeader(h); got != want {
			t.Errorf("comparedWithHeader(%q) = %v, want %v", h, got, want)
		}
	}
	if k := changeHeader("与去年同期比较", "%"); k != GrowthPct {
		t.Errorf("changeHeader(与去年同期比较, %%) = %q, want growth_pct", k)
	}
}

// TestFiveYearStatementScaledSign: a finance page's five-year income
// statement whose header cells write the period and the unit as a
// currency with a scaled sign (2024/12 人民币(千¥)) and lack the labels'
// cell, with a comparison column, bracketed negatives, missing marks and
// the header repeated inside the table.
func TestFiveYearStatementScaledSign(t *testing.T) {
	text := "2024/12 - 末期 人民币(千¥) | 与去年末期 比较 | 2023/12 人民币(千¥) | 2022/12 人民币(千¥) | |\n" +
		"营业额 | 2,000 | 25.000% | 1,600 | 1,500 |\n" +
		"销售成本 | (1,500) | -- | (1,200) | (1,100) |\n" +
		"2024/12 - 末期 人民币(千¥) | 与去年末期 比较 | 2023/12 人民币(千¥) | 2022/12 人民币(千¥) | ||\n" +
		"其他项目 | -- | -- | -- | -- | |\n" +
		"股东应占溢利 | 300 | -10.000% | -- | 310 | |\n"
	figs := mustExtract(t, text, Options{Year: 2024})
	checkFigures(t, "five-year statement", figs, []wantFig{
		{ind: "营业额", value: 2000, unit: "千¥", changes: []string{"growth_pct 25"}},
		{ind: "营业额", value: 1600, unit: "千¥", prior: true},
		{ind: "营业额", value: 1500, unit: "千¥", prior: true},
		{ind: "销售成本", value: -1500, unit: "千¥"},
		{ind: "销售成本", value: -1200, unit: "千¥", prior: true},
		{ind: "销售成本", value: -1100, unit: "千¥", prior: true},
		{ind: "股东应占溢利", value: 300, unit: "千¥", changes: []string{"growth_pct -10"}},
		{ind: "股东应占溢利", value: 310, unit: "千¥", prior: true},
	})
}
