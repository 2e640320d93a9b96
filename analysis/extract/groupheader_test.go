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

// TestGridGroupStart: a cell grid copied one cell a line with no corner
// cell, a title before its groups, each group over the same four leaves
// (two years, a change in the unit, a change in %).
func TestGridGroupStart(t *testing.T) {
	text := "全市各区县养老机构情况 |\n|\n|\n" +
		"机构数(个) |\n床位数(张) |\n" +
		"2022年 |\n2023年 |\n增减数 |\n增减(%) |\n" +
		"2022年 |\n2023年 |\n增减数 |\n增减(%) |\n" +
		"东 城 区 |\n10 |\n12 |\n2 |\n20.00 |\n800 |\n900 |\n100 |\n12.50 |\n" +
		"西城区 |\n8 |\n8 |\n0 |\n0.00 |\n640 |\n680 |\n40 |\n6.25 |\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, "group start grid", figs, []wantFig{
		{ind: "东城区机构数", value: 10, unit: "个", prior: true},
		{ind: "东城区机构数", value: 12, unit: "个", changes: []string{"abs 2", "growth_pct 20"}},
		{ind: "东城区机构数增减数", value: 2, unit: "个", changeOf: "东城区机构数"},
		{ind: "东城区床位数", value: 800, unit: "张", prior: true},
		{ind: "东城区床位数", value: 900, unit: "张", changes: []string{"abs 100", "growth_pct 12.5"}},
		{ind: "东城区床位数增减数", value: 100, unit: "张", changeOf: "东城区床位数"},
		{ind: "西城区机构数", value: 8, unit: "个", prior: true},
		{ind: "西城区机构数", value: 8, unit: "个", changes: []string{"abs 0", "growth_pct 0"}},
		{ind: "西城区机构数增减数", value: 0, unit: "个", changeOf: "西城区机构数"},
		{ind: "西城区床位数", value: 640, unit: "张", prior: true},
		{ind: "西城区床位数", value: 680, unit: "张", changes: []string{"abs 40", "growth_pct 6.25"}},
		{ind: "西城区床位数增减数", value: 40, unit: "张", changeOf: "西城区床位数"},
	})
	cells := func(ts ...string) []tcell {
		var out []tcell
		for _, s := range ts {
			out = append(out, tcell{text: s})
		}
		return out
	}
	if g := gridGroupStart(cells("标题", "机构数(个)", "床位数(张)", "2023年"), -1); g != 1 {
		t.Errorf("gridGroupStart after a title = %d, want 1", g)
	}
	if g := gridGroupStart(cells("机构数(个)", "2023年", "2022年"), -1); g != -1 {
		t.Errorf("gridGroupStart of one group = %d, want -1", g)
	}
	if g := gridGroupStart(cells("项目", "机构数(个)", "床位数(张)"), 0); g != -1 {
		t.Errorf("gridGroupStart with a corner = %d, want -1", g)
	}
}

// TestRegionTitleKind: the kind a title of regions names before 的 goes
// after each region's label.
func TestRegionTitleKind(t *testing.T) {
	for _, c := range []struct{ title, want string }{
		{"2023年各地区养老机构的床位增减情况", "养老机构"},
		{"分地区公共图书馆的藏书量 |", "公共图书馆"},
		{"各地区的机构数", ""},            // no kind
		{"全市养老机构的床位", ""},          // no regions
		{"各地区2023年的情况", ""},        // not a kind
		{"关于本市近年来各地区民族医医院的情况", ""}, // not the title's head
	} {
		if got := regionTitleKind(c.title); got != c.want {
			t.Errorf("regionTitleKind(%q) = %q, want %q", c.title, got, c.want)
		}
	}
	text := "2023年各地区养老机构的机构、床位情况 |\n|\n机构数(个) |\n床位数(张) |\n" +
		"2022年 |\n2023年 |\n2022年 |\n2023年 |\n" +
		"甲 市 |\n10 |\n12 |\n800 |\n900 |\n乙市 |\n8 |\n9 |\n640 |\n680 |\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	if len(figs) != 8 || figs[0].Indicator != "甲市养老机构机构数" || figs[7].Indicator != "乙市养老机构床位数" {
		for _, f := range figs {
			t.Log(f.Indicator, f.Value)
		}
		t.Errorf("region kind not carried")
	}
}
