package extract

import (
	"strings"
	"testing"
)

// TestBarRowLines: a yearbook table copied one cell a line, each cell's
// line ending in its bar, a bar alone ending each row, an empty row after
// the header, outline markers instead of the lost set-in, a county with
// nothing published (its empty cells bars alone), and a last row whose
// closing bar the copy cut off.
func TestBarRowLines(t *testing.T) {
	text := "表5-3\n" +
		"文化机构基本情况 |\n|\n" +
		"指标 |\n2019年 |\n2020年 |\n2021年 |\n|\n|\n" +
		"一、公共图书馆(个) |\n14 |\n15 |\n15 |\n|\n" +
		"二、从业人员(人) |\n620 |\n644 |\n701 |\n|\n" +
		"1.专业技术人员 |\n410 |\n433 |\n472 |\n|\n" +
		"高级职称 |\n52 |\n57 |\n63 |\n|\n" +
		"三、藏书量(万册) |\n|\n|\n|\n|\n" +
		"四、总流通人次(万人次) |\n88.4 |\n61.2 |\n95.0 |"
	figs := mustExtract(t, text, Options{Year: 2021})
	checkFigures(t, "bar row lines", figs, []wantFig{
		{ind: "公共图书馆", value: 14, unit: "个", prior: true},
		{ind: "公共图书馆", value: 15, unit: "个", prior: true},
		{ind: "公共图书馆", value: 15, unit: "个"},
		{ind: "从业人员", value: 620, unit: "人", prior: true},
		{ind: "从业人员", value: 644, unit: "人", prior: true},
		{ind: "从业人员", value: 701, unit: "人"},
		{ind: "专业技术人员", value: 410, unit: "人", prior: true},
		{ind: "专业技术人员", value: 433, unit: "人", prior: true},
		{ind: "专业技术人员", value: 472, unit: "人"},
		{ind: "高级职称", value: 52, unit: "人", prior: true},
		{ind: "高级职称", value: 57, unit: "人", prior: true},
		{ind: "高级职称", value: 63, unit: "人"},
		{ind: "总流通人次", value: 88.4, unit: "万人次", prior: true},
		{ind: "总流通人次", value: 61.2, unit: "万人次", prior: true},
		{ind: "总流通人次", value: 95, unit: "万人次"},
	})
	if figs[0].Period != "2019年" || figs[14].Period != "2021年" {
		t.Errorf("periods %q %q, want 2019年, 2021年", figs[0].Period, figs[14].Period)
	}
	if figs[6].Parent != "从业人员" || figs[9].Parent != "专业技术人员" || figs[12].Parent != "" {
		t.Errorf("parents %q %q %q, want 从业人员, 专业技术人员, none", figs[6].Parent, figs[9].Parent, figs[12].Parent)
	}
}

// TestBarRowLinesBrokenRow: an empty cell written as a bar alone breaks a
// row in two (港 区 | 3 | then | then 9 |): barRowLines cannot place the
// cells and leaves the block to the one-cell-a-line reader.
func TestBarRowLinesBrokenRow(t *testing.T) {
	text := "地区 |\n2022年 |\n2023年 |\n2024年 |\n|\n" +
		"东 区 |\n11 |\n12 |\n13 |\n|\n" +
		"港 区 |\n3 |\n|\n9 |\n|\n" +
		"西 区 |\n21 |\n22 |\n23 |\n|\n"
	if rows, _ := (&extractor{s: text}).barRowLines(0); rows != nil {
		t.Errorf("broken row read by barRowLines: %d rows", len(rows))
	}
	figs := mustExtract(t, text, Options{Year: 2024})
	for _, f := range figs {
		if f.Indicator == "港区" && f.Value == 9 && f.Period != "2024年" {
			t.Errorf("港区 9 in %q, want 2024年", f.Period)
		}
	}
}

// TestSplitHeaderLines: a bulletin's income table whose header the copy
// wrote one cell a line after the first two (项 目 | 2024年 (元) |), the
// body rows each on one line, a group row whose merged cells are one dash
// (农村居民 | — | | …), a column of increments (增量) and one of the pull on
// growth (拉动 … 百分点), a figure of its own.
func TestSplitHeaderLines(t *testing.T) {
	text := "项 目 | 2024年 (元) |\n" +
		"2023年 (元) |\n" +
		"增量 (元) |\n" +
		"增长 (%) |\n" +
		"拉动增长 (百分点) |\n" +
		"农村居民 | — | ||||\n" +
		"人均生活消费支出 | 15310 | 14522 | 788 | 5.4 | |\n" +
		"衣着 | 902 | 861 | 41 | 4.8 | 0.3 |\n" +
		"居住 | 3120 | 2975 | 145 | 4.9 | 1.0 |\n"
	figs := mustExtract(t, text, Options{Year: 2024})
	checkFigures(t, "split header lines", figs, []wantFig{
		{ind: "农村居民人均生活消费支出", value: 15310, unit: "元", changes: []string{"abs 788", "growth_pct 5.4"}},
		{ind: "农村居民人均生活消费支出", value: 14522, unit: "元", prior: true},
		{ind: "农村居民人均生活消费支出增量", value: 788, unit: "元", changeOf: "农村居民人均生活消费支出"},
		{ind: "农村居民衣着", value: 902, unit: "元", changes: []string{"abs 41", "growth_pct 4.8"}},
		{ind: "农村居民衣着", value: 861, unit: "元", prior: true},
		{ind: "农村居民衣着增量", value: 41, unit: "元", changeOf: "农村居民衣着"},
		{ind: "农村居民衣着拉动增长", value: 0.3, unit: "个百分点"},
		{ind: "农村居民居住", value: 3120, unit: "元", changes: []string{"abs 145", "growth_pct 4.9"}},
		{ind: "农村居民居住", value: 2975, unit: "元", prior: true},
		{ind: "农村居民居住增量", value: 145, unit: "元", changeOf: "农村居民居住"},
		{ind: "农村居民居住拉动增长", value: 1, unit: "个百分点"},
	})
}

// TestSplitHeaderLinesShort: header lines fewer than the body's cells: no
// column is known, nothing is read from the header's lines.
func TestSplitHeaderLinesShort(t *testing.T) {
	rows, _ := (&extractor{s: "地 区 | 2024年 |\n增长 (%) |\n全 市 | 5120 | 4876 | 5.0 |\n北 区 | 2100 | 2011 | 4.4 |\n"}).splitHeaderLines(0)
	if rows != nil {
		t.Errorf("a header of 3 cells over rows of 4 read: %d rows", len(rows))
	}
}

func TestOutlineLevel(t *testing.T) {
	for in, want := range map[string]int{
		"三、人员数(人)": 1, "（二）民办": 2, "(四)其他": 2, "1.卫生技术人员": 3, "12、其他": 3, "2．注册护士": 3,
		"(1)乡村医生": 4, "（3）卫生员": 4, "1.5万": 0, "执业医师": 0, "2023年": 0, "第二产业": 0,
	} {
		if got := outlineLevel(in); got != want {
			t.Errorf("outlineLevel(%q) = %d, want %d", in, got, want)
		}
	}
}

func TestMarkedGroupRow(t *testing.T) {
	row := func(cells ...string) trow {
		r := trow{}
		for _, c := range cells {
			r.cells = append(r.cells, tcell{text: c})
		}
		return r
	}
	for _, c := range []struct {
		r    trow
		want bool
	}{
		{row("城镇居民", "—", "", "", ""), true},
		{row("城镇居民", "", "—", ""), true},
		{row("北 京", "—", "—", "—"), false},
		{row("北 京", "—", "12", ""), false},
		{row("北 京", "", "", ""), false},
		{row("", "—", "", ""), false},
	} {
		if got := markedGroupRow(c.r); got != c.want {
			t.Errorf("markedGroupRow(%v) = %v, want %v", cellTexts(c.r.cells), got, c.want)
		}
	}
}

// TestPeriodGroupLines: a table copied one cell a line, blank lines
// between, question marks for the page's non-breaking spaces: two groups
// of levels over periods broken into a year and its months (2023 then
// 1-6), each followed by a group of its growth whose bracket the copy cut,
// a section row of placeholders alone, rows set in with them.
func TestPeriodGroupLines(t *testing.T) {
	cells := []string{
		"表2? 全省养老服务量", "?",
		"入住老人数(万人)", "入住老人数增长(%", "服务人次(万人次)", "服务人次增长(%",
		"2023", "1-6", "2024", "1-6", "2023", "1-6", "2024", "1-6",
		"养老机构合计", "52.4", "55.1", "5.2", "310.6", "322.0", "3.7",
		"??? 按举办主体分", "?", "?", "?", "?", "?", "?",
		"???? ?公办机构", "30.2", "31.0", "2.6", "190.4", "195.5", "2.7",
		"???? ?民办机构", "22.2", "24.1", "8.6", "120.2", "126.5", "5.2",
	}
	text := strings.Join(cells, "\n\n") + "\n"
	figs := mustExtract(t, text, Options{Year: 2024})
	checkFigures(t, "period group lines", figs, []wantFig{
		{ind: "养老机构合计入住老人数", value: 52.4, unit: "万人", prior: true},
		{ind: "养老机构合计入住老人数", value: 55.1, unit: "万人", changes: []string{"growth_pct 5.2"}},
		{ind: "养老机构合计服务人次", value: 310.6, unit: "万人次", prior: true},
		{ind: "养老机构合计服务人次", value: 322, unit: "万人次", changes: []string{"growth_pct 3.7"}},
		{ind: "公办机构入住老人数", value: 30.2, unit: "万人", prior: true},
		{ind: "公办机构入住老人数", value: 31, unit: "万人", changes: []string{"growth_pct 2.6"}},
		{ind: "公办机构服务人次", value: 190.4, unit: "万人次", prior: true},
		{ind: "公办机构服务人次", value: 195.5, unit: "万人次", changes: []string{"growth_pct 2.7"}},
		{ind: "民办机构入住老人数", value: 22.2, unit: "万人", prior: true},
		{ind: "民办机构入住老人数", value: 24.1, unit: "万人", changes: []string{"growth_pct 8.6"}},
		{ind: "民办机构服务人次", value: 120.2, unit: "万人次", prior: true},
		{ind: "民办机构服务人次", value: 126.5, unit: "万人次", changes: []string{"growth_pct 5.2"}},
	})
	if figs[1].Period != "2024年1-6月" {
		t.Errorf("period %q, want 2024年1-6月", figs[1].Period)
	}
}

// TestPeriodGroupLinesMiscount: periods that do not divide among the
// groups of levels (three periods under two groups): no column is known,
// the block gives no table figure.
func TestPeriodGroupLinesMiscount(t *testing.T) {
	cells := []string{
		"入住老人数(万人)", "服务人次(万人次)",
		"2022", "2023", "2024",
		"全省", "52.4", "55.1", "310.6",
		"城区", "30.2", "31.0", "190.4",
	}
	x := &extractor{s: strings.Join(cells, "\n\n") + "\n"}
	if rows, _ := x.periodGroupLines(0, len("入住老人数(万人)")); rows != nil {
		t.Errorf("miscounted periods read: %d rows", len(rows))
	}
}

func TestPeriodPieces(t *testing.T) {
	cells := func(ts ...string) []tcell {
		var out []tcell
		for _, s := range ts {
			out = append(out, tcell{text: s})
		}
		return out
	}
	got, ok := periodPieces(cells("2021", "1-9", "2022年", "1—9月", "2023", "3月"))
	if !ok || len(got) != 3 || got[0].text != "2021年1-9月" || got[1].text != "2022年1—9月" || got[2].text != "2023年3月" {
		t.Errorf("periodPieces = %v %v", cellTexts(got), ok)
	}
	if _, ok := periodPieces(cells("2021", "合计")); ok {
		t.Error("periodPieces read 合计 as a period")
	}
	if monthPiece("13") || monthPiece("9-3") || !monthPiece("1-12") {
		t.Error("monthPiece: 13 and 9-3 are no months, 1-12 is")
	}
}

// TestBrokenSectionRow: a bulletin's table of value added whose section
// rows (按门类分, 按地区分) the copy broke one cell a line, the label with
// its bar and each empty cell a bar alone; the rows after them stay in the
// table, under its header's units and its growth column. A label line with
// fewer bars than the table is wide ends the table.
func TestBrokenSectionRow(t *testing.T) {
	text := "表3 全市增加值及其构成\n" +
		"项目 | 数值(亿元) | 比上年增长(%) | 比重(%) |\n" +
		"增加值合计 | 520.4 | 6.1 | 100 |\n" +
		"按门类分 |\n|\n|\n|\n" +
		"种植业 | 210.5 | 4.2 | 40.4 |\n" +
		"养殖业 | 309.9 | 7.5 | 59.6 |\n" +
		"按地区分 |\n|\n|\n|\n" +
		"东片 | 300.1 | 5.0 | 57.7 |\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, "broken section row", figs, []wantFig{
		{ind: "增加值合计", value: 520.4, unit: "亿元", changes: []string{"growth_pct 6.1"}},
		{ind: "增加值合计比重", value: 100, unit: "%"},
		{ind: "种植业", value: 210.5, unit: "亿元", changes: []string{"growth_pct 4.2"}},
		{ind: "种植业比重", value: 40.4, unit: "%"},
		{ind: "养殖业", value: 309.9, unit: "亿元", changes: []string{"growth_pct 7.5"}},
		{ind: "养殖业比重", value: 59.6, unit: "%"},
		{ind: "东片", value: 300.1, unit: "亿元", changes: []string{"growth_pct 5"}},
		{ind: "东片比重", value: 57.7, unit: "%"},
	})
	short := "项目 | 数值(亿元) | 比上年增长(%) | 比重(%) |\n" +
		"增加值合计 | 520.4 | 6.1 | 100 |\n" +
		"按门类分 |\n|\n" +
		"种植业 | 210.5 | 4.2 | 40.4 |\n"
	x := &extractor{s: short}
	at := strings.Index(short, "按门类分")
	if _, _, ok := x.brokenSectionRow(at, 4); ok {
		t.Errorf("a label with two bars read as a row of four cells")
	}
}

// TestBilingualStreamRows: a bilingual yearbook table of schools copied
// one cell a line, each row's Chinese label then its English one, the
// header written row by row with the label columns merged down (only its
// first row has cells over them), an English label wrapped over two
// cells and onto a row of its own, a # part whose next row names no unit (a part too), and a row
// with a value missing, which cannot be placed.
func TestBilingualStreamRows(t *testing.T) {
	cells := []string{
		"表7-2 各类学校情况", "|", "|", "|", "|",
		"项 目", "Item", "总 计", "公办", "", "民办",
		"Total", "学校", "# 县属", "学校",
		"", "Public", "County", "Private",
		"", "", "", "",
		"学校数 (所)", "Number of Schools (unit)", "412", "300", "120", "112",
		"在校学生数 (人)", "Number of Students Enrolled", "in Schools of All Kinds", "52310", "40100", "15020", "12210",
		"", "(person)", "", "", "", "",
		"# 小 学", "Primary Schools", "30100", "24050", "9020", "6050",
		"初 中", "Junior Secondary Schools", "15500", "11300", "4100", "4200",
		"专任教师数 (人)", "Full-time Teachers (person)", "4120", "3390", "1410",
	}
	text := strings.Join(cells, " |\n") + " |\n"
	text = strings.ReplaceAll(text, "\n |\n", "\n|\n")
	figs := mustExtract(t, text, Options{Year: 2022})
	checkFigures(t, "bilingual stream", figs, []wantFig{
		{ind: "学校数总计", value: 412, unit: "所"},
		{ind: "学校数公办学校", value: 300, unit: "所"},
		{ind: "学校数县属", value: 120, unit: "所"},
		{ind: "学校数民办学校", value: 112, unit: "所"},
		{ind: "在校学生数总计", value: 52310, unit: "人"},
		{ind: "在校学生数公办学校", value: 40100, unit: "人"},
		{ind: "在校学生数县属", value: 15020, unit: "人"},
		{ind: "在校学生数民办学校", value: 12210, unit: "人"},
		{ind: "小学总计", value: 30100, unit: "人"},
		{ind: "小学公办学校", value: 24050, unit: "人"},
		{ind: "小学县属", value: 9020, unit: "人"},
		{ind: "小学民办学校", value: 6050, unit: "人"},
		{ind: "初中总计", value: 15500, unit: "人"},
		{ind: "初中公办学校", value: 11300, unit: "人"},
		{ind: "初中县属", value: 4100, unit: "人"},
		{ind: "初中民办学校", value: 4200, unit: "人"},
	})
	if figs[8].Parent != "在校学生数总计" || figs[12].Parent != "在校学生数总计" {
		t.Errorf("parents %q %q, want 在校学生数总计", figs[8].Parent, figs[12].Parent)
	}
}

// TestStreamLineTooLong: an English label of a bilingual table is a cell
// up to 100 letters; a Chinese line over 40 characters is prose.
func TestStreamLineTooLong(t *testing.T) {
	if streamLineTooLong("Number of Persons for Further Observation (10000 person-times)") {
		t.Errorf("an English label read as too long")
	}
	if !streamLineTooLong(strings.Repeat("全市医疗卫生机构", 6)) {
		t.Errorf("48 Chinese characters read as a cell")
	}
}

// TestSpacerBarLine: a text table whose copy wrote each empty spacer row
// as a bar alone between the rows: the rows after it stay in the table;
// a bar alone before a line that is no table line ends it.
func TestSpacerBarLine(t *testing.T) {
	text := "表2 全县农业产值\n" +
		"项目 | 产值(万元) | 增长(%) |\n|\n" +
		"农业 | 5120 | 3.1 |\n|\n" +
		"林业 | 446 | -5.1 |\n|\n" +
		"全县农业稳步发展。\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, "spacer bar line", figs, []wantFig{
		{ind: "农业产值", value: 5120, unit: "万元", changes: []string{"growth_pct 3.1"}},
		{ind: "林业产值", value: 446, unit: "万元", changes: []string{"growth_pct -5.1"}},
	})
	x := &extractor{s: text}
	if _, ok := x.spacerBarLine(strings.LastIndex(text, "|\n全县")); ok {
		t.Errorf("a bar alone before prose read as a spacer row")
	}
}
