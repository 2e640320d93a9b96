package extract

import (
	"strings"
	"testing"
)

// TestStackedHeaderLines: a PDF's copy writes the headers of current
// period, prior period and change over three lines, their pieces side by
// side; the change header names the two periods, which gives the order.
func TestStackedHeaderLines(t *testing.T) {
	cases := []struct {
		lines string
		want  []string
	}{
		{"本报告期末比上年度末\n本报告期末 上年度末\n增减(%)\n", []string{"", "本报告期末", "上年度末", "本报告期末比上年度末增减(%)"}},
		{"本报告期 本报告期比上年同期增\n上年同期\n(1-6月) 减(%)\n", []string{"", "本报告期(1-6月)", "上年同期", "本报告期比上年同期增减(%)"}},
		{"项目 本期 本期比上期\n上期\n增减(%)\n", []string{"项目", "本期", "上期", "本期比上期增减(%)"}},
		// the change after the first two years, which it names as 本年, 上年
		{"本年比上年\n2023年 2022年 2021年\n增减(%)\n", []string{"", "2023年", "2022年", "本年比上年增减(%)", "2021年"}},
		// two changes, each after the period it starts with
		{"本报告期比上 年初至报告期末比\n项目 本报告期 年同期增减变 年初至报告期末 上年同期增减变\n动幅度(%) 动幅度(%)\n",
			[]string{"项目", "本报告期", "本报告期比上年同期增减变动幅度(%)", "年初至报告期末", "年初至报告期末比上年同期增减变动幅度(%)"}},
	}
	for _, c := range cases {
		x := &extractor{s: c.lines}
		hdr, _, ok := x.stackedHeaderLines(0, strings.IndexByte(c.lines, '\n'))
		if !ok {
			t.Errorf("stackedHeaderLines(%q) read no header", c.lines)
			continue
		}
		var got []string
		for _, cell := range hdr.cells {
			got = append(got, cell.text)
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("stackedHeaderLines(%q) = %q, want %q", c.lines, got, c.want)
		}
	}
	for _, lines := range []string{
		"本报告期比上 年初至报告期末比\n本报告期 年同期增减变 年初至报告期末\n动幅度(%) 动幅度(%)\n", // a line short of a piece
		"本报告期末比上年度末\n增减(%)\n",            // no periods
		"本报告期末 上年度末\n营业收入 12.00 10.00\n", // a row, no header
	} {
		x := &extractor{s: lines}
		if _, _, ok := x.stackedHeaderLines(0, strings.IndexByte(lines, '\n')); ok {
			t.Errorf("stackedHeaderLines(%q) read a header", lines)
		}
	}
}

// TestCompanyLabelsWrappedBelow: a table whose labels wrap below their
// values' line (归属于上市公司股 1,234.00 … / 东的净资产), under stacked
// headers: once a piece is seen that no row follows, every piece ends the
// label above, also one a row follows (经营活动产生的现 … / 金流量净额).
func TestCompanyLabelsWrappedBelow(t *testing.T) {
	text := "单位:元 币种:人民币\n" +
		"本报告期末比上年度末\n本报告期末 上年度末\n增减(%)\n" +
		"总资产 5,500.00 5,000.00 10.00\n" +
		"归属于上市公司股 2,200.00 2,000.00 10.00\n东的净资产\n" +
		"本报告期 本报告期比上年同期增\n上年同期\n(1-6月) 减(%)\n" +
		"经营活动产生的现 -300.50 120.00 不适用\n金流量净额\n" +
		"营业收入 880.00 800.00 10.00\n" +
		"加权平均净资产收 4.10 3.60 增加0.50个百分点\n益率(%)\n" +
		"基本每股收益(元/ 0.12 0.10 20.00\n股)\n"
	figs := mustExtract(t, text, Options{})
	checkFigures(t, "labels wrapped below", figs, []wantFig{
		{ind: "总资产", value: 5500, unit: "元", changes: []string{"growth_pct 10"}},
		{ind: "总资产", value: 5000, unit: "元", prior: true},
		{ind: "归属于上市公司股东的净资产", value: 2200, unit: "元", changes: []string{"growth_pct 10"}},
		{ind: "归属于上市公司股东的净资产", value: 2000, unit: "元", prior: true},
		{ind: "经营活动产生的现金流量净额", value: -300.50, unit: "元"},
		{ind: "经营活动产生的现金流量净额", value: 120, unit: "元", prior: true},
		{ind: "营业收入", value: 880, unit: "元", changes: []string{"growth_pct 10"}},
		{ind: "营业收入", value: 800, unit: "元", prior: true},
		{ind: "加权平均净资产收益率", value: 4.10, unit: "%", changes: []string{"pp 0.5"}},
		{ind: "加权平均净资产收益率", value: 3.60, unit: "%", prior: true},
		{ind: "基本每股收益", value: 0.12, unit: "元/股", changes: []string{"growth_pct 20"}},
		{ind: "基本每股收益", value: 0.10, unit: "元/股", prior: true},
	})
	if figs[6].Period != "本报告期(1-6月)" {
		t.Errorf("营业收入 period %q, want 本报告期(1-6月)", figs[6].Period)
	}
}

// TestNumberedHeading: a section number of two parts and a space starts a
// heading; other lines do not.
func TestNumberedHeading(t *testing.T) {
	for in, want := range map[string]bool{"2.2 前十名股东持股情况表": true, "3.1.2 主营业务": true, "2 前十名股东": false, "2.2前十名": false, "东的净资产": false, "12.5": false} {
		if got := numberedHeading(in); got != want {
			t.Errorf("numberedHeading(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestStackedHeaderLast: a table that ends in a stacked inner header is
// read and the reader goes on past it (the header's row had no end, and
// the text was read again from its start, without end).
func TestStackedHeaderLast(t *testing.T) {
	text := "本报告期末比上年度末\n本报告期末 上年度末\n增减(%)\n" +
		"总资产 5,500.00 5,000.00 10.00\n营业收入 1.00 2.00 3.00\n" +
		"本报告期 本报告期比上年同期增\n上年同期\n(1-6月) 减(%)\n"
	figs, _ := Extract([]byte(text), Options{}) // a hang is caught by go test's timeout
	if len(figs) < 2 || figs[0].Indicator != "总资产" {
		t.Errorf("got %d figures, want 总资产 first", len(figs))
	}
}
