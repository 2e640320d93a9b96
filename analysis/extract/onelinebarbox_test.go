package extract

import "testing"

// TestOneLineBarBox: a box-drawn table with ASCII bars that a page copy
// ran into one line between its title and prose after it is read by the
// bars' positions, the prose after it as prose.
func TestOneLineBarBox(t *testing.T) {
	text := "【财务摘要】 ┌──────┬────┬────┐ |项目\\日期 |2023-12-31|2022-12-31| ├──────┼────┼────┤ " +
		"|营业收入(万元) | 1520.5| 1288.25| ├──────┼────┼────┤ |毛利率(%) | 21.30| 19.8| └──────┴────┴────┘ " +
		"说明:全年接待游客120万人次。"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, text, figs, []wantFig{
		{ind: "营业收入", value: 1520.5, unit: "万元"},
		{ind: "营业收入", value: 1288.25, unit: "万元", prior: true},
		{ind: "毛利率", value: 21.3, unit: "%"},
		{ind: "毛利率", value: 19.8, unit: "%", prior: true},
		{ind: "接待游客", value: 120, unit: "万人次"},
	})
	for _, l := range []string{
		"┌──┬──┐ |甲 |1.0| ├──┼──┤ │乙 │2.0│", // box bars: oneLineBox's
		"表 |甲 |1.0| |乙 |2.0|", // no top border
		"┌──┬──┐ |甲 |1.0|",    // one row
	} {
		if _, _, _, ok := oneLineBarBox(l, 0, len(l)); ok {
			t.Errorf("oneLineBarBox(%q) ok", l)
		}
	}
}
