package extract

import "testing"

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
