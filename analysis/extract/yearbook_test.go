package extract

import "testing"

// TestUnitCellRows: a bilingual yearbook table that writes each block's
// unit in a cell of its own after the block's first label ((所), (人)) and
// its English in brackets after the English label: the unit holds for
// the block's rows, and the values stand in the year columns.
func TestUnitCellRows(t *testing.T) {
	text := "| 表5 学校基本情况 | | |\n" +
		"| 项 目 | Item | 2018 | 2019 |\n" +
		"| 学校数合计 | (所) | Number of Schools | (unit) | 52 | 50 |\n" +
		"| 小 学 | Primary Schools | 30 | 29 |\n" +
		"| # 完全小学 | Complete Primary Schools | 12 | 11 |\n" +
		"| 在校学生数合计 | (人) | Number of Students | (person) | 30120 | 30544 |\n" +
		"| 小 学 | Primary Schools | 18000 | 18211 |\n"
	figs := mustExtract(t, text, Options{Year: 2019})
	checkFigures(t, "unit cells", figs, []wantFig{
		{ind: "学校数合计", value: 52, unit: "所", prior: true},
		{ind: "学校数合计", value: 50, unit: "所"},
		{ind: "小学", value: 30, unit: "所", prior: true},
		{ind: "小学", value: 29, unit: "所"},
		{ind: "完全小学", value: 12, unit: "所", prior: true},
		{ind: "完全小学", value: 11, unit: "所"},
		{ind: "在校学生数合计", value: 30120, unit: "人", prior: true},
		{ind: "在校学生数合计", value: 30544, unit: "人"},
		{ind: "小学", value: 18000, unit: "人", prior: true},
		{ind: "小学", value: 18211, unit: "人"},
	})
	if figs[0].Period != "2018" || figs[1].Period != "2019" {
		t.Errorf("periods %q %q, want 2018, 2019", figs[0].Period, figs[1].Period)
	}
}

// TestUnitCellRowsUneven: a unit cell in a row that, once it is dropped,
// is not as wide as the other rows is left to the other rules (nothing is
// moved).
func TestUnitCellRowsUneven(t *testing.T) {
	rows := []trow{
		{cells: []tcell{{text: "项目"}, {text: "2018"}, {text: "2019"}}},
		{cells: []tcell{{text: "学校数"}, {text: "(所)"}, {text: "52"}}},
		{cells: []tcell{{text: "小学"}, {text: "30"}, {text: "29"}}},
	}
	got := unitCellRows(rows)
	if len(got[1].cells) != 3 || got[1].unit != "" {
		t.Errorf("uneven row changed: %d cells, unit %q", len(got[1].cells), got[1].unit)
	}
	if u, e := rowUnitCell(trow{cells: []tcell{{text: "在校生"}, {text: "（人）"}, {text: "Students"}, {text: "(person)"}, {text: "5"}}}); u != 1 || e != 3 {
		t.Errorf("rowUnitCell = %d, %d, want 1, 3", u, e)
	}
}
