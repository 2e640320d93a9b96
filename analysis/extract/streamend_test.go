package extract

import "testing"

// TestStreamProseRunEndsTable: a results table copied one cell a line with
// bars, then a note, a heading and a list of sentences with half-width
// commas and no 。: the table ends before the note, the sentences are read
// as text (the growth after a comma that ends the line is its level's;
// 激增 and 骤降 are verbs of change).
func TestStreamProseRunEndsTable(t *testing.T) {
	text := "一、主要指标\n指标\n|\n2023年\n|\n同比变化\n|\n营业收入\n|\n8.20亿元\n|\n+12.50%\n|\n" +
		"净利润\n|\n6100.00万元\n|\n+30.10%\n|\n" +
		"注:净利润为归属于母公司股东的净利润\n二、季度表现\n第四季度增长较快:\n-\n" +
		"单季度营业收入2.15亿元,同比增长9.80%\n-\n单季度净利润1800.00万元,\n同比激增150.20%\n-\n" +
		"单季度毛利率18.40%,同比骤降3.20个百分点\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, "stream then prose", figs, []wantFig{
		{ind: "营业收入", value: 8.2, unit: "亿元", changes: []string{"growth_pct 12.5"}},
		{ind: "净利润", value: 6100, unit: "万元", changes: []string{"growth_pct 30.1"}},
		{ind: "单季度营业收入", value: 2.15, unit: "亿元", changes: []string{"growth_pct 9.8"}},
		{ind: "单季度净利润", value: 1800, unit: "万元", changes: []string{"growth_pct 150.2"}},
		{ind: "单季度毛利率", value: 18.4, unit: "%", changes: []string{"pp -3.2"}},
	})
}

// TestStreamProseRun: three written lines without a bar end a cell stream
// only when one is text (a heading, a colon at its end, a comma between
// words); a cell broken over three lines (总 / 计 / Total) is none, nor a
// number with thousands.
func TestStreamProseRun(t *testing.T) {
	cases := []struct {
		in   string
		want bool
	}{
		{"注:ROE为净资产收益率\n二、季度表现\n第四季度:\n", true},
		{"总\n计\nTotal\n|\n", false},
		{"总\n计\nTotal\n12,345\n", false},
		{"二、现金流\n\n项目\n|\n", false},
		{"说明:\n甲\n", false}, // the text ends first
	}
	for _, c := range cases {
		if got := streamProseRun(c.in, 0); got != c.want {
			t.Errorf("streamProseRun(%q) = %v, want %v", c.in, got, c.want)
		}
	}
	for _, c := range []struct {
		in   string
		want bool
	}{{"净利润1490.93万元,", true}, {"1,", false}, {"12,345,", false}, {"净利润,", true}, {"净利润", false}} {
		if got := halfWidthClauseComma(c.in); got != c.want {
			t.Errorf("halfWidthClauseComma(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}
