package extract

import "testing"

// TestSpacedDateHeader: a results table whose year headers a PDF copy
// wrote with a space before 年 reads its columns by year, the change
// column beside the current year; the spaces between Han characters or
// inside a label stay.
func TestSpacedDateHeader(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"2021 年", "2021年"}, {"2021 年末", "2021年末"}, {"2022  年度", "2022年度"},
		{"2023 年 12 月 31 日", "2023年12月31日"}, {"营业 收入", "营业 收入"}, {"本年比上年增减(%)", "本年比上年增减(%)"},
		{"A 股", "A 股"},
	} {
		if got := spacedDateHeader(c.in); got != c.want {
			t.Errorf("spacedDateHeader(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	text := "单位:元\n" +
		"2021 年 | 2020 年 | 本年比上年增减(%) | 2019 年 | |\n" +
		"营业收入(元) | 1,250,400.50 | 1,100,200.25 | 13.65% | 980,300.75 |\n" +
		"净利润(元) | 210,300.10 | 190,800.40 | 10.22% | 170,500.20 |\n"
	figs := mustExtract(t, text, Options{Year: 2021})
	checkFigures(t, "spaced years", figs, []wantFig{
		{ind: "营业收入", value: 1250400.5, unit: "元", changes: []string{"growth_pct 13.65"}},
		{ind: "营业收入", value: 1100200.25, unit: "元", prior: true}, {ind: "营业收入", value: 980300.75, unit: "元", prior: true},
		{ind: "净利润", value: 210300.1, unit: "元", changes: []string{"growth_pct 10.22"}},
		{ind: "净利润", value: 190800.4, unit: "元", prior: true}, {ind: "净利润", value: 170500.2, unit: "元", prior: true},
	})
	if len(figs) == 6 && (figs[0].Year != 2021 || figs[2].Year != 2019) {
		t.Errorf("years %d, %d; want 2021, 2019", figs[0].Year, figs[2].Year)
	}
}
