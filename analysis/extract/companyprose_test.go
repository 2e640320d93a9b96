package extract

import "testing"

// TestSmallStopDecimal: Hong Kong news copy writes the decimal point as
// ﹒ and a fall as 跌: 升419﹒1% is a growth of 419.1%, 跌1﹒2個百分點 a fall
// of 1.2 points.
func TestSmallStopDecimal(t *testing.T) {
	text := "長城汽車公布,中期純利約70﹒8億元,升419﹒1%,每股盈利0﹒83元," +
		"營業收入914億元,升30﹒7%,毛利率17﹒4%,跌1﹒2個百分點。"
	figs := mustExtract(t, text, Options{})
	checkFigures(t, "small stop decimal", figs, []wantFig{
		{ind: "中期純利", value: 70.8, unit: "亿元", qual: "約", changes: []string{"growth_pct 419.1"}},
		{ind: "每股盈利", value: 0.83, unit: "元"},
		{ind: "營業收入", value: 914, unit: "亿元", changes: []string{"growth_pct 30.7"}},
		{ind: "毛利率", value: 17.4, unit: "%", changes: []string{"pp -1.2"}},
	})
	if figs[1].Number != "0﹒83" {
		t.Errorf("number %q, want 0﹒83 as written", figs[1].Number)
	}
}

// TestShareCounts: shares are counted in 股 (总股本由…股变更为…股: the
// earlier count a prior), and a dividend's base (每10股) is no figure.
func TestShareCounts(t *testing.T) {
	text := "2023年6月，公司总股本由240,500,000股变更为252,525,000股。" +
		"公司以总股本为基数，向全体股东每10股派发现金红利1.50元（含税）。" +
		"有限售条件股份8,412.30万股。"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, "share counts", figs, []wantFig{
		{ind: "公司总股本", value: 240500000, unit: "股", prior: true},
		{ind: "公司总股本", value: 252525000, unit: "股"},
		{ind: "向全体股东每10股派发现金红利", value: 1.5, unit: "元"},
		{ind: "有限售条件股份", value: 8412.30, unit: "万股"},
	})
}

// TestCurrencyBeforeAmount: the currency before an amount is no part of
// the subject, and the qualifier before it is the amount's.
func TestCurrencyBeforeAmount(t *testing.T) {
	text := "本集团营业额约为人民币5,216.7百万元，较去年增加约8.2%。本公司拥有人应占溢利为港币410.3百万元。"
	figs := mustExtract(t, text, Options{})
	checkFigures(t, "currency before amount", figs, []wantFig{
		{ind: "本集团营业额", value: 5216.7, unit: "百万元", qual: "约", changes: []string{"growth_pct 8.2"}},
		{ind: "本公司拥有人应占溢利", value: 410.3, unit: "百万元"},
	})
	if currencyBefore("（2021年：人民币") != 0 || currencyBefore("收入为人民币") != len("人民币") {
		t.Error("currencyBefore")
	}
}
