package extract

import "testing"

// TestLeftGroupHeader: a two-row header whose copy dropped the corner
// cell and wrote the groups (each with its unit) and then the years from
// the first cell on, the data rows one cell wider: the groups are over the
// value columns, the upper row no title above the table.
func TestLeftGroupHeader(t *testing.T) {
	text := "学校数(所) | 在校生数(人) | | |\n" +
		"2024年 | 2023年 | 2024年 | 2023年 |\n" +
		"普通高中 | 12 | 11 | 30215 | 29870 |\n" +
		"初中 | 40 | 41 | 52410 | 51985 |\n"
	figs := mustExtract(t, text, Options{Year: 2024})
	checkFigures(t, "left group header", figs, []wantFig{
		{ind: "普通高中学校数", value: 12, unit: "所"},
		{ind: "普通高中学校数", value: 11, unit: "所", prior: true},
		{ind: "普通高中在校生数", value: 30215, unit: "人"},
		{ind: "普通高中在校生数", value: 29870, unit: "人", prior: true},
		{ind: "初中学校数", value: 40, unit: "所"},
		{ind: "初中学校数", value: 41, unit: "所", prior: true},
		{ind: "初中在校生数", value: 52410, unit: "人"},
		{ind: "初中在校生数", value: 51985, unit: "人", prior: true},
	})
	for _, c := range []struct {
		row                string
		top, bottom, width int
		want               bool
	}{
		{"机构数(个) | 床位数(张) | |", 2, 4, 5, true},
		{"项目(个) | 床位数(张) | |", 2, 4, 5, false},  // a corner word
		{"机构数 | 床位数 | |", 2, 4, 5, false},       // no units: may be a title
		{"机构数(个) | 床位数(张) | |", 2, 4, 6, false}, // the lower row reaches the labels
		{"机构数(个) | 床位数(张) | |", 2, 3, 4, false}, // groups of unequal spans
	} {
		r := trow{}
		for _, s := range splitPlain(c.row) {
			r.cells = append(r.cells, tcell{text: s})
		}
		if got := leftGroupHeader(r, c.top, c.bottom, c.width); got != c.want {
			t.Errorf("leftGroupHeader(%q, %d, %d, %d) = %v, want %v", c.row, c.top, c.bottom, c.width, got, c.want)
		}
	}
}

// splitPlain splits a row of | cells for a test.
func splitPlain(row string) []string {
	var out []string
	cur := ""
	for _, r := range row {
		if r == '|' {
			out = append(out, trimText(cur))
			cur = ""
			continue
		}
		cur += string(r)
	}
	return append(out, trimText(cur))
}
