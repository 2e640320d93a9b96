package extract

import "testing"

// TestOneLineMarkdown: a broker's forecast table in Markdown that a page
// copy ran into one line, a row per year (2023A, 2024E), is read by its
// runs between empty cells; each row's growth column is its level's
// change, an earlier year's too; the prose after it is read.
func TestOneLineMarkdown(t *testing.T) {
	text := "盈利预测 |年度|营业收入(亿元)|增长率(%)|每股收益(元)| | --- | :---: | --- | --- | " +
		"|2023A|120.5|8.2|1.05| |2024E|131.0|8.7|1.16| 风险提示:原材料价格上涨12%。"
	figs := mustExtract(t, text, Options{Year: 2024})
	checkFigures(t, text, figs, []wantFig{
		{ind: "营业收入", value: 120.5, unit: "亿元", prior: true, changes: []string{"growth_pct 8.2"}},
		{ind: "每股收益", value: 1.05, unit: "元", prior: true},
		{ind: "营业收入", value: 131, unit: "亿元", changes: []string{"growth_pct 8.7"}},
		{ind: "每股收益", value: 1.16, unit: "元"},
		{ind: "原材料价格", missing: true, changes: []string{"growth_pct 12"}},
	})
	for _, l := range []string{
		"|年度|收入| | --- | --- | |2023|1.0| | |2024|2.0|",  // an empty cell inside: no row can be placed
		"|年度|收入| |2023|1.0| |2024|2.0|",                  // no rule run
		"|年度|收入|利润| | --- | --- | |2023|1.0| |2024|2.0|", // rule run narrower than the header
	} {
		if _, _, _, ok := oneLineMarkdown(l, 0, len(l)); ok {
			t.Errorf("oneLineMarkdown(%q) ok", l)
		}
	}
	for h, want := range map[string]int{"2024E": 2024, "2023A": 2023, "2024": 0, "2024F": 0, "1024E": 0} {
		if got := estimateYear(h); got != want {
			t.Errorf("estimateYear(%q) = %d, want %d", h, got, want)
		}
	}
}
