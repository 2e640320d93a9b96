package extract

import (
	"testing"
	"unicode/utf8"
)

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

// TestBarHeaderRows: a yearbook table whose header the copy wrote one
// cell a line, a line of bars after each header row, the # parts of the
// lower row under the groups as the values bear out (the second group
// has two), the rows one per year.
func TestBarHeaderRows(t *testing.T) {
	text := "表3 医疗卫生基本情况 | |||||\n" +
		"年 份 Year |\n" +
		"医疗机构 (个) Institutions (unit) |\n" +
		"卫生人员 数 (人) Health Personnel (person) |\n" +
		"|||\n" +
		"# 医 院 Hospitals |\n" +
		"# 执业医师 Doctors |\n" +
		"# 注册护士 Nurses |\n" +
		"|||\n" +
		"2018 | 410 | 35 | 9800 | 3100 | 3900 |\n" +
		"2019 | 425 | 36 | 10250 | 3300 | 4100 |\n"
	figs := mustExtract(t, text, Options{Year: 2019})
	checkFigures(t, "bar header", figs, []wantFig{
		{ind: "医疗机构", value: 410, unit: "个", prior: true},
		{ind: "医院", value: 35, unit: "个", prior: true},
		{ind: "卫生人员数", value: 9800, unit: "人", prior: true},
		{ind: "执业医师", value: 3100, unit: "人", prior: true},
		{ind: "注册护士", value: 3900, unit: "人", prior: true},
		{ind: "医疗机构", value: 425, unit: "个"},
		{ind: "医院", value: 36, unit: "个"},
		{ind: "卫生人员数", value: 10250, unit: "人"},
		{ind: "执业医师", value: 3300, unit: "人"},
		{ind: "注册护士", value: 4100, unit: "人"},
	})
	if figs[3].Parent != "卫生人员数" || figs[1].Parent != "医疗机构" {
		t.Errorf("parents %q %q, want 卫生人员数, 医疗机构", figs[3].Parent, figs[1].Parent)
	}
	if figs[0].Period != "2018" {
		t.Errorf("period %q, want 2018", figs[0].Period)
	}
}

// TestPartsOfGroups: the parts go to the groups in the one way the rows
// bear out; when the values allow two ways, or none, the header is not
// read (a table the reader does not understand gives nothing).
func TestPartsOfGroups(t *testing.T) {
	row := func(vals ...string) trow {
		r := trow{cells: []tcell{{text: "2019"}}}
		for _, v := range vals {
			r.cells = append(r.cells, tcell{text: v})
		}
		return r
	}
	one := []trow{row("410", "35", "9800", "3100", "3900"), row("425", "36", "10250", "3300", "4100")}
	if sizes, ok := partsOfGroups(one, 6, 2, 3); !ok || len(sizes) != 2 || sizes[0] != 1 || sizes[1] != 2 {
		t.Errorf("partsOfGroups = %v, %v, want [1 2]", sizes, ok)
	}
	// 50 may be a part of 900 or the total of the group after it.
	two := []trow{row("900", "300", "50", "20"), row("950", "310", "60", "25")}
	if sizes, ok := partsOfGroups(two, 5, 2, 2); ok {
		t.Errorf("ambiguous parts read as %v", sizes)
	}
	none := []trow{row("10", "300", "50"), row("12", "310", "60")}
	if sizes, ok := partsOfGroups(none, 4, 1, 2); ok {
		t.Errorf("parts over their total read as %v", sizes)
	}
	text := "年 份 |\n机构 (个) |\n人员 (人) |\n|||\n# 甲 |\n# 乙 |\n|||\n" +
		"2018 | 900 | 300 | 50 | 20 |\n2019 | 950 | 310 | 60 | 25 |\n"
	if figs := mustExtract(t, text, Options{Year: 2019}); len(figs) != 0 {
		t.Errorf("an ambiguous header gave %d figures", len(figs))
	}
}

// TestSingleSpacedTable: a yearbook table copied with one space between
// cells, the units of the first columns under their names on the lowest
// header line, a name broken over two lines, and a row whose label the
// copy lost (named by its columns); a row short of a value gives nothing.
func TestSingleSpacedTable(t *testing.T) {
	text := "表2 各类医院基本情况\n" +
		"机构数 床位数 职工人数\n" +
		"执业医\n" +
		"(个) (张) (人) 技术人员 师人数\n" +
		"医院合计 60 8200 9100 7600 2800\n" +
		"45 7000 7700 6400 2300\n" +
		"综合医院 40 6800 7300 6100 2200\n" +
		"中医医院 12 900 1100 900\n" +
		"专科医院 8 500 700 600 250\n"
	figs := mustExtract(t, text, Options{Year: 2020})
	want := []wantFig{}
	for _, r := range []struct {
		label string
		v     [5]float64
	}{{"医院合计", [5]float64{60, 8200, 9100, 7600, 2800}}, {"", [5]float64{45, 7000, 7700, 6400, 2300}},
		{"综合医院", [5]float64{40, 6800, 7300, 6100, 2200}}, {"专科医院", [5]float64{8, 500, 700, 600, 250}}} {
		for i, c := range []struct{ name, unit string }{{"机构数", "个"}, {"床位数", "张"}, {"职工人数", "人"}, {"技术人员", ""}, {"执业医师人数", ""}} {
			want = append(want, wantFig{ind: r.label + c.name, value: r.v[i], unit: c.unit})
		}
	}
	checkFigures(t, "single spaced", figs, want)
}

// TestUnitLineHeader: the units stand under the top line's names; a
// header whose unit line does not match the top line is not read.
func TestUnitLineHeader(t *testing.T) {
	toks := func(ws ...string) []spacedToken {
		var out []spacedToken
		for _, w := range ws {
			out = append(out, spacedToken{text: w})
		}
		return out
	}
	names, ok := unitLineHeader([][]spacedToken{toks("学校数", "教师数"), toks("(所)", "(人)", "女教师")}, 3)
	if !ok || len(names) != 3 || names[0] != "学校数(所)" || names[2] != "女教师" {
		t.Errorf("unitLineHeader = %q, %v", names, ok)
	}
	if _, ok := unitLineHeader([][]spacedToken{toks("学校数", "教师数", "学生数"), toks("(所)", "(人)", "女教师")}, 3); ok {
		t.Error("three names over two units read")
	}
	if _, ok := unitLineHeader([][]spacedToken{toks("学校数", "教师数")}, 2); ok {
		t.Error("a header of one line read")
	}
}

// TestYearbookTruncated: the yearbook rules read any prefix of their
// tables without a panic (a copy cut off anywhere).
func TestYearbookTruncated(t *testing.T) {
	texts := []string{
		"年 份 Year |\n机构 (个) Units (unit) |\n人员 (人) Staff (person) |\n|||\n# 医院 |\n# 医师 |\n|||\n2018 | 9 | 3 | 90 | 30 |\n2019 | 10 | 4 | 95 | 31 |\n",
		"机构数 床位数\n执业\n(个) (张) 医师\n合计 5 60 7\n4 50 6\n甲 1 10 1\n乙 3 40 5\n",
		"| 项 目 | Item | 2018 | 2019 |\n| 学校数 | (所) | Schools | (unit) | 5 | 6 |\n| 小学 | Primary | 3 | 4 |\n",
	}
	for _, text := range texts {
		for i := range text {
			if _, err := Extract([]byte(text[:i]), Options{Year: 2019}); err != nil && utf8.ValidString(text[:i]) {
				t.Fatalf("prefix %d: %v", i, err)
			}
		}
	}
}
