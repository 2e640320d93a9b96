package extract

import (
	"strings"
	"testing"
)

// TestFlatCompanyLine: a results table the copy ran into one line, its
// header's and labels' pieces apart by spaces, an inner header before the
// balances, a change in points broken by a space.
func TestFlatCompanyLine(t *testing.T) {
	text := "一、主要数据 单位:万元 主要会计数据 本报告期 (1-9月) 上年同期 本报告期比 上年同期增 减(%) " +
		"营业收入 1,520.30 1,400.10 8.58 归属于上市公司股东的扣除非经常性损 益的净利润 -35.20 12.40 不适用 " +
		"本报告期末 上年度末 本报告期末 比上年度末 增减(%) 总资产 9,870.00 9,000.00 9.67 " +
		"加权平均净资产收益率(%) 3.10 2.60 增加0.50 个百分 点\n"
	figs := mustExtract(t, text, Options{})
	checkFigures(t, "flat line", figs, []wantFig{
		{ind: "营业收入", value: 1520.30, unit: "万元", changes: []string{"growth_pct 8.58"}},
		{ind: "营业收入", value: 1400.10, unit: "万元", prior: true},
		{ind: "归属于上市公司股东的扣除非经常性损益的净利润", value: -35.20, unit: "万元"},
		{ind: "归属于上市公司股东的扣除非经常性损益的净利润", value: 12.40, unit: "万元", prior: true},
		{ind: "总资产", value: 9870, unit: "万元", changes: []string{"growth_pct 9.67"}},
		{ind: "总资产", value: 9000, unit: "万元", prior: true},
		{ind: "加权平均净资产收益率", value: 3.10, unit: "%", changes: []string{"pp 0.5"}},
		{ind: "加权平均净资产收益率", value: 2.60, unit: "%", prior: true},
	})
	if figs[0].Period != "本报告期(1-9月)" || figs[4].Period != "本报告期末" {
		t.Errorf("periods %q, %q; want 本报告期(1-9月), 本报告期末", figs[0].Period, figs[4].Period)
	}
}

// TestFlatCompanyLineNot: a line whose values do not fall in rows of the
// header's width, and a line of words with numbers but no header, are not
// read as a flattened table.
func TestFlatCompanyLineNot(t *testing.T) {
	for _, text := range []string{
		"主要会计数据 本报告期 上年同期 本报告期比上年同期增减(%) 营业收入 1,520.30 1,400.10 8.58 净利润 35.20 12.40 总资产 9,870.00 9,000.00 9.67 其他 1.00 2.00 3.00\n",
		"全年 营业收入 增长 1,520.30 1,400.10 8.58 净利润 减少 35.20 12.40 1.00 总资产 9,870.00 9,000.00 9.67 其他\n",
	} {
		x := &extractor{s: text}
		if rows, _ := x.flatCompanyLine(0); rows != nil {
			t.Errorf("flatCompanyLine(%q) read %d rows, want none", text, len(rows))
		}
	}
}

// TestFlatCompanyLineRunIntoLabel: a header run into the first label in
// the line's first word (本报告期上年同期增减(%)营业收入) reads, and does not
// panic (it did: the header's end was taken from the word before it).
func TestFlatCompanyLineRunIntoLabel(t *testing.T) {
	text := "本报告期上年同期增减(%)营业收入 1,520.30 1,400.10 8.58 营业成本 -35.20 12.40 不适用 总资产 9,870.00 9,000.00 9.67\n"
	figs := mustExtract(t, text, Options{})
	if len(figs) != 6 || figs[0].Indicator != "营业收入" || figs[0].Value != 1520.30 {
		for _, f := range figs {
			t.Logf("got %q %v", f.Indicator, f.Value)
		}
		t.Fatalf("%d figures, want 6 from 营业收入 1520.3", len(figs))
	}
}

// TestGluedPieces: a label and its amounts, and amounts run together, are
// split; a year or code after a word, and one plain number, are not.
func TestGluedPieces(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"营业成本1,234.56", []string{"营业成本", "1,234.56"}},
		{"每股收益(元/股)0.12-15.30", []string{"每股收益(元/股)", "0.12", "-15.30"}},
		{"12,345.67-8.90", []string{"12,345.67", "-8.90"}},
		{"1,234.56", []string{"1,234.56"}},
		{"2023年", []string{"2023年"}},
		{"营业收入2023", []string{"营业收入2023"}},
		{"项目G20", []string{"项目G20"}},
		{"说明,1.5", []string{"说明,1.5"}},
	}
	for _, c := range cases {
		var got []string
		for _, p := range gluedPieces(c.in) {
			got = append(got, c.in[p[0]:p[1]])
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("gluedPieces(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestDropPageFooters: a report's running title with the year before it and
// the page numbers after it is dropped; numbers elsewhere stay.
func TestDropPageFooters(t *testing.T) {
	var toks []flatToken
	for _, w := range []string{"净利润", "5.00", "2024", "年半年度报告", "3/20", "营业成本", "2024", "12.00"} {
		toks = append(toks, flatToken{text: w})
	}
	var got []string
	for _, tk := range dropPageFooters(toks) {
		got = append(got, tk.text)
	}
	if want := "净利润 5.00 营业成本 2024 12.00"; strings.Join(got, " ") != want {
		t.Errorf("dropPageFooters = %q, want %q", strings.Join(got, " "), want)
	}
	if !endsInPageTitle(toks[:4]) || !endsInPageTitle(toks[:5]) || endsInPageTitle(toks[:6]) {
		t.Errorf("endsInPageTitle: want true after the title and after its page number, false after a label")
	}
}

// TestFlatCompanyLinePageBreak: a quarterly table copied from a PDF into
// one line per page: amounts glued to their labels and to their changes,
// a label broken by the page's running title and the next line, one
// period's cells 不适用; the unit after the table's heading.
func TestFlatCompanyLinePageBreak(t *testing.T) {
	text := "一、主要财务数据 (一)主要会计数据和财务指标 单位:元 币种:人民币 项目 本报告期 本报告期比上年同期增减变动幅度(%) " +
		"年初至报告期末 年初至报告期末比上年同期增减变动幅度(%) 营业收入 1,000.50 2.00 3,000.25 -1.50 " +
		"归属于上市公司股东的500.00-10.00 1,500.00 4.00 2024 年第一季度报告\n2/10 扣除非经常性损益的净利润 " +
		"经营活动产生的现金流量净额 不适用 不适用 800.00-3.00 基本每股收益(元/股)0.05-20.00 0.15 5.00\n"
	figs := mustExtract(t, text, Options{Year: 2024})
	checkFigures(t, "page break", figs, []wantFig{
		{ind: "营业收入", value: 1000.50, unit: "元", changes: []string{"growth_pct 2"}},
		{ind: "营业收入", value: 3000.25, unit: "元", changes: []string{"growth_pct -1.5"}},
		{ind: "归属于上市公司股东的扣除非经常性损益的净利润", value: 500, unit: "元", changes: []string{"growth_pct -10"}},
		{ind: "归属于上市公司股东的扣除非经常性损益的净利润", value: 1500, unit: "元", changes: []string{"growth_pct 4"}},
		{ind: "经营活动产生的现金流量净额", value: 800, unit: "元", changes: []string{"growth_pct -3"}},
		{ind: "基本每股收益", value: 0.05, unit: "元/股", changes: []string{"growth_pct -20"}},
		{ind: "基本每股收益", value: 0.15, unit: "元/股", changes: []string{"growth_pct 5"}},
	})
}

// TestYearToDateOnlyRow: in a quarterly table of 本报告期 and 年初至报告期末,
// each with its change, a row that writes the year to date's cells only
// (经营活动产生的现金流量净额, its quarter 不适用 dropped by the copy) stands
// in the year to date's columns, in a table of lines and in one run
// together; in another table a short row is not moved.
func TestYearToDateOnlyRow(t *testing.T) {
	lines := "单位：元 币种：人民币\n" +
		"项目 本报告期 本报告期比上年同期增减变动幅度(%) 年初至报告期末 年初至报告期末比上年同期增减变动幅度(%)\n" +
		"营业收入 2,400.00 6.00 7,200.00 3.00\n" +
		"经营活动产生的现金流量净额 1,800.00 -9.50\n" +
		"基本每股收益(元/股) 0.04 -2.00 0.10 1.00\n"
	want := []wantFig{
		{ind: "营业收入", value: 2400, unit: "元", changes: []string{"growth_pct 6"}},
		{ind: "营业收入", value: 7200, unit: "元", changes: []string{"growth_pct 3"}},
		{ind: "经营活动产生的现金流量净额", value: 1800, unit: "元", changes: []string{"growth_pct -9.5"}},
		{ind: "基本每股收益", value: 0.04, unit: "元/股", changes: []string{"growth_pct -2"}},
		{ind: "基本每股收益", value: 0.10, unit: "元/股", changes: []string{"growth_pct 1"}},
	}
	for _, text := range []string{lines, strings.ReplaceAll(strings.TrimSuffix(lines, "\n"), "\n", " ") + "\n"} {
		figs := mustExtract(t, text, Options{Year: 2024})
		checkFigures(t, text, figs, want)
		if figs[2].Period != "年初至报告期末" {
			t.Errorf("%q: 经营活动产生的现金流量净额 period %q, want 年初至报告期末", text, figs[2].Period)
		}
	}
	hdr := []tcell{{text: "项目"}, {text: "本报告期末"}, {text: "上年度末"}, {text: "本报告期末比上年度末增减(%)"}}
	cells := []tcell{{text: "总资产"}, {text: "1.00"}, {text: "2.00"}}
	if got := yearToDateRow(hdr, cells); len(got) != len(cells) {
		t.Errorf("yearToDateRow under 本报告期末 | 上年度末: %d cells, want %d", len(got), len(cells))
	}
}
