package extract

import (
	"strings"
	"testing"
)

// cellLines writes a table one cell per line with a line holding a bar
// after each cell, as web copies of yearbook tables are stored.
func cellLines(cells ...string) string {
	var b strings.Builder
	for _, c := range cells {
		b.WriteString(c + "\n|\n")
	}
	return b.String()
}

// TestStreamSpannedHeader: a yearbook table copied one cell per line whose
// header merges 从业人员(人) over its total and two # parts: the parts are
// figures of their own under the total, in its unit.
func TestStreamSpannedHeader(t *testing.T) {
	text := "表9 各类养老机构基本情况(2024年)\n" + cellLines(
		"指 标",
		"机构数\n(个)", "床位数\n(张)", "从业人员\n(人)", "", "",
		"#护理\n人员", "#专业\n技术人员",
		"全 县", "36", "4120", "980", "610", "145",
		"公办机构", "20", "2600", "640", "402", "98",
		"民办机构", "16", "1520", "340", "208", "47",
	)
	figs := mustExtract(t, text, Options{Year: 2024})
	checkFigures(t, "spanned stream header", figs, []wantFig{
		{ind: "全县机构数", value: 36, unit: "个"},
		{ind: "全县床位数", value: 4120, unit: "张"},
		{ind: "全县从业人员", value: 980, unit: "人"},
		{ind: "全县护理人员", value: 610, unit: "人"},
		{ind: "全县专业技术人员", value: 145, unit: "人"},
		{ind: "公办机构机构数", value: 20, unit: "个"},
		{ind: "公办机构床位数", value: 2600, unit: "张"},
		{ind: "公办机构从业人员", value: 640, unit: "人"},
		{ind: "公办机构护理人员", value: 402, unit: "人"},
		{ind: "公办机构专业技术人员", value: 98, unit: "人"},
		{ind: "民办机构机构数", value: 16, unit: "个"},
		{ind: "民办机构床位数", value: 1520, unit: "张"},
		{ind: "民办机构从业人员", value: 340, unit: "人"},
		{ind: "民办机构护理人员", value: 208, unit: "人"},
		{ind: "民办机构专业技术人员", value: 47, unit: "人"},
	})
	if figs[3].Parent != "全县从业人员" || figs[9].Parent != "公办机构从业人员" {
		t.Errorf("parents %q %q, want 全县从业人员, 公办机构从业人员", figs[3].Parent, figs[9].Parent)
	}
}

// TestStreamUnitColumn: a month table copied one cell per line with a
// column of units (指标 | 单位 | 累计 | ±%) and ― for a level not published:
// each row takes its unit from its own cell, the ― row is a change alone.
func TestStreamUnitColumn(t *testing.T) {
	text := "2024年1-9月主要经济指标\n" + cellLines(
		"指标",
		"单位", "累计", "±%",
		"地区生产总值", "亿元", "812.45", "5.1",
		"规模以上工业增加值", "亿元", "―", "6.3",
		"城镇新增就业", "万人", "2.31", "-4.0",
		"居民消费价格指数", "%", "100.6", "0.6",
	)
	figs := mustExtract(t, text, Options{Year: 2024})
	checkFigures(t, "unit column stream", figs, []wantFig{
		{ind: "地区生产总值", value: 812.45, unit: "亿元", changes: []string{"growth_pct 5.1"}},
		{ind: "规模以上工业增加值", missing: true, changes: []string{"growth_pct 6.3"}},
		{ind: "城镇新增就业", value: 2.31, unit: "万人", changes: []string{"growth_pct -4"}},
		{ind: "居民消费价格指数", value: 100.6, unit: "%", changes: []string{"growth_pct 0.6"}},
	})
}

// TestStreamLabelHeaderBeforeBar: the label header 指 标 stands on the line
// before the first bar, so the cells before the first row are one short:
// the year columns keep their places.
func TestStreamLabelHeaderBeforeBar(t *testing.T) {
	text := "二、专任教师数\n" + cellLines(
		"指 标",
		"2024年", "2023年",
		"普通高中", "1204", "1187",
		"初中", "2310", "2296",
		"小学", "3975", "4012",
	)
	figs := mustExtract(t, text, Options{Year: 2024})
	checkFigures(t, "label header before bar", figs, []wantFig{
		{ind: "普通高中专任教师数", value: 1204}, {ind: "普通高中专任教师数", value: 1187, prior: true},
		{ind: "初中专任教师数", value: 2310}, {ind: "初中专任教师数", value: 2296, prior: true},
		{ind: "小学专任教师数", value: 3975}, {ind: "小学专任教师数", value: 4012, prior: true},
	})
}

// TestFilledUnderSpan: the empty upper cells after a group are its merge
// only when a lower cell stands under each of them.
func TestFilledUnderSpan(t *testing.T) {
	for _, c := range []struct {
		up, lo []string
		want   bool
	}{
		{[]string{"", "机构数", "人员数", "", ""}, []string{"", "", "", "#医生", "#护士"}, true},
		{[]string{"", "机构数", "人员数", "", ""}, []string{"", "", "", "#医生", ""}, false},
		{[]string{"", "", "机构数", "人员数"}, []string{"", "", "", ""}, false},
		{[]string{"", "机构数", "人员数"}, []string{"", "", ""}, false},
	} {
		if got := filledUnderSpan(c.up, c.lo); got != c.want {
			t.Errorf("filledUnderSpan(%q, %q) = %v, want %v", c.up, c.lo, got, c.want)
		}
	}
}

// TestStreamBackToBackTables: a yearbook page of small tables one cell per
// line, each under a title line that gives its unit (计量单位), a 注 line
// between them, and rows the copy ends with an extra empty cell: each
// table reads in its own unit, and its # rows are parts of its own rows.
func TestStreamBackToBackTables(t *testing.T) {
	text := "表8—3 卫生事业基本情况\n一、机构数 计量单位:个\n" + cellLines(
		"指 标", "2024年", "2023年",
		"医院", "14", "13",
		"卫生院", "22", "22",
	) + "二、床位数 计量单位:张\n" + cellLines(
		"指 标", "2024年", "2023年",
		"医院", "3120", "2980",
		"# 民营医院", "410", "385",
	) + "注：床位数为实有床位数。\n" + "三、诊疗人次 计量单位:万人次\n" + cellLines(
		"指 标", "2024年", "2023年",
		"合计", "402.5", "388.1", "",
		"# 医院", "250.3", "241.7", "",
	)
	figs := mustExtract(t, text, Options{Year: 2024})
	checkFigures(t, "back to back tables", figs, []wantFig{
		{ind: "医院机构数", value: 14, unit: "个"}, {ind: "医院机构数", value: 13, unit: "个", prior: true},
		{ind: "卫生院机构数", value: 22, unit: "个"}, {ind: "卫生院机构数", value: 22, unit: "个", prior: true},
		{ind: "医院床位数", value: 3120, unit: "张"}, {ind: "医院床位数", value: 2980, unit: "张", prior: true},
		{ind: "民营医院床位数", value: 410, unit: "张"}, {ind: "民营医院床位数", value: 385, unit: "张", prior: true},
		{ind: "合计诊疗人次", value: 402.5, unit: "万人次"}, {ind: "合计诊疗人次", value: 388.1, unit: "万人次", prior: true},
		{ind: "医院诊疗人次", value: 250.3, unit: "万人次"}, {ind: "医院诊疗人次", value: 241.7, unit: "万人次", prior: true},
	})
	if figs[6].Parent != "医院床位数" || figs[10].Parent != "合计诊疗人次" {
		t.Errorf("parents %q %q, want 医院床位数, 合计诊疗人次", figs[6].Parent, figs[10].Parent)
	}
}

// TestTitledUnitLine: a unit line after a small table's title, and lines
// that are none.
func TestTitledUnitLine(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"一、学校数 计量单位:所", "所"},
		{"表3 主要农产品产量 单位：万吨", "万吨"},
		{"三、诊疗人次　计量单位：万人次", "万人次"},
		{"本单位共有职工120人", ""},
		{"全市各级单位：共42个", ""},
		{"据统计，全年 单位：万元", ""},
	} {
		if got := titledUnitLine(c.line); got != c.want {
			t.Errorf("titledUnitLine(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}

// TestUnnamedRowNumbers: a data site's ranking table numbers its rows in a
// column its header does not name, and writes each period's change after
// both levels: the numbers are no part of the labels, and each change
// goes to the level of its own period (当月 / 累计).
func TestUnnamedRowNumbers(t *testing.T) {
	text := "| 地区 | 当月产量(万吨) | 累计产量(万吨) | 当月同比增长(%) | 累计增长(%) | |\n" +
		"|---|---|---|---|---|---|\n" +
		"| 1 | 甲省 | 1.25 | 10.40 | -3.5 | 2.25 |\n" +
		"| 2 | 乙省 | 0.80 | 7.05 | 12.1 | -- |\n" +
		"| 3 | 丙省 | 2.10 | 19.90 | -- | -0.8 |\n"
	figs := mustExtract(t, text, Options{Year: 2024})
	checkFigures(t, "unnamed row numbers", figs, []wantFig{
		{ind: "甲省当月产量", value: 1.25, unit: "万吨", changes: []string{"growth_pct -3.5"}},
		{ind: "甲省累计产量", value: 10.40, unit: "万吨", changes: []string{"growth_pct 2.25"}},
		{ind: "乙省当月产量", value: 0.80, unit: "万吨", changes: []string{"growth_pct 12.1"}},
		{ind: "乙省累计产量", value: 7.05, unit: "万吨"},
		{ind: "丙省当月产量", value: 2.10, unit: "万吨"},
		{ind: "丙省累计产量", value: 19.90, unit: "万吨", changes: []string{"growth_pct -0.8"}},
	})
	if figs[0].Source.Col != 2 {
		t.Errorf("source col %d, want 2 (the row number's cell counted)", figs[0].Source.Col)
	}
}

// TestPeriodWordTarget: the level a change column's period word names.
func TestPeriodWordTarget(t *testing.T) {
	cols := []tableColumn{{}, {head: "本月", period: "本月"}, {head: "1-本月", period: "1-本月"},
		{head: "本月比去年同月增长", change: GrowthPct}, {head: "1-本月比去年同期增长", change: GrowthPct}, {head: "增长", change: GrowthPct}}
	figs := []int{0, 1, 2, 0, 0, 0}
	for _, c := range []struct{ col, want int }{{3, 0}, {4, 1}, {5, -1}} {
		if got := periodWordTarget(figs, cols, c.col); got != c.want {
			t.Errorf("periodWordTarget(col %d) = %d, want %d", c.col, got, c.want)
		}
	}
}

// TestAlignedYearRows: a yearbook series laid out with spaces, a row per
// year, an English header line under the Chinese one: the years label the
// rows (period and year of each figure), the columns name the quantities.
func TestAlignedYearRows(t *testing.T) {
	text := "主要年份全县财政收支\n单位:万元 (10000 yuan)\n" +
		"年份      一般公共预算收入    税收收入    一般公共预算支出\n" +
		"year      revenue            taxes       expenditure\n" +
		"2021       81250.4            60120.7     190233.1\n" +
		"2022       84410.9            62877.0     201004.6\n" +
		"2023       90012.3            66500.2     215870.5\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, "aligned year rows", figs, []wantFig{
		{ind: "一般公共预算收入", value: 81250.4, unit: "万元", prior: true},
		{ind: "税收收入", value: 60120.7, unit: "万元", prior: true},
		{ind: "一般公共预算支出", value: 190233.1, unit: "万元", prior: true},
		{ind: "一般公共预算收入", value: 84410.9, unit: "万元", prior: true},
		{ind: "税收收入", value: 62877.0, unit: "万元", prior: true},
		{ind: "一般公共预算支出", value: 201004.6, unit: "万元", prior: true},
		{ind: "一般公共预算收入", value: 90012.3, unit: "万元"},
		{ind: "税收收入", value: 66500.2, unit: "万元"},
		{ind: "一般公共预算支出", value: 215870.5, unit: "万元"},
	})
	if figs[0].Year != 2021 || figs[8].Year != 2023 {
		t.Errorf("years %d %d, want 2021 2023", figs[0].Year, figs[8].Year)
	}
}

// TestRunTranslation: an English translation run into a Chinese header
// without a space is dropped; an abbreviation that is part of the name is
// kept.
func TestRunTranslation(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"地区生产总值gross domestic product", "地区生产总值"},
		{"第一产业primary", "第一产业"},
		{"人均gdp", "人均gdp"},
		{"人均GDP", "人均GDP"},
		{"医院 hospitals", "医院"},
	} {
		if got := dropTranslation(c.in); got != c.want {
			t.Errorf("dropTranslation(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestStreamRepeatedGroupHeader: a month's bulletin table copied one cell
// per line, 本月 and 1-本月 each over 绝对量 | 同比增长(%), … where a level is
// not published, a breakdown row (按经济类型分) and rows ending in an empty
// cell: each growth is the change of its own period's figure, a figure
// without a level where the level is …, and the breakdown row names
// nothing.
func TestStreamRepeatedGroupHeader(t *testing.T) {
	text := "2024年9月份规模以上工业生产主要数据\n" + cellLines(
		"指 标", "9月", "1-9月", "绝对量", "同比增长\n(%)", "绝对量", "同比增长\n(%)", "",
		"工业增加值", "…", "5.4", "…", "6.1", "",
		"按经济类型分", "", "", "", "", "",
		"国有控股企业", "…", "4.2", "…", "5.0", "",
		"发电量(亿千瓦时)", "612.3", "-1.5", "5480.7", "2.2", "",
	)
	figs := mustExtract(t, text, Options{Year: 2024})
	checkFigures(t, "repeated group header", figs, []wantFig{
		{ind: "工业增加值", missing: true, changes: []string{"growth_pct 5.4"}},
		{ind: "工业增加值", missing: true, changes: []string{"growth_pct 6.1"}},
		{ind: "国有控股企业", missing: true, changes: []string{"growth_pct 4.2"}},
		{ind: "国有控股企业", missing: true, changes: []string{"growth_pct 5"}},
		{ind: "发电量", value: 612.3, unit: "亿千瓦时", changes: []string{"growth_pct -1.5"}},
		{ind: "发电量", value: 5480.7, unit: "亿千瓦时", changes: []string{"growth_pct 2.2"}},
	})
	if figs[1].Period != "1-9月" || figs[4].Period != "9月" {
		t.Errorf("periods %q %q, want 1-9月, 9月", figs[1].Period, figs[4].Period)
	}
}

// TestBreakdownHeading: section rows that say how the rows below break a
// total down, and section rows that name a quantity.
func TestBreakdownHeading(t *testing.T) {
	for _, c := range []struct {
		label string
		want  bool
	}{
		{"分轻重工业", true}, {"按产业分", true}, {"按收入来源分:", true}, {"按常住地分", true}, {"分行业看", true},
		{"分配收入", false}, {"财务指标", false}, {"学校数", false}, {"分", false},
	} {
		if got := breakdownHeading(c.label); got != c.want {
			t.Errorf("breakdownHeading(%q) = %v, want %v", c.label, got, c.want)
		}
	}
}

// TestLineCellsWrappedUnits: a table copied one cell per line without
// bars, its header cells' units wrapped onto lines of their own and
// section rows (按常住地分:) among its rows: the units belong to their
// headers, the section rows end nothing, 水平 names no quantity.
func TestLineCellsWrappedUnits(t *testing.T) {
	text := "表3 前三季度居民收支主要数据\n" + strings.Join([]string{
		"指标", "水平", "(元)", "名义增速", "(%)",
		"全体居民人均可支配收入", "21450", "5.6",
		"按常住地分:",
		"城镇居民", "30120", "4.9",
		"农村居民", "13877", "6.8",
		"全体居民人均消费支出", "15230", "8.1",
	}, "\n") + "\n"
	figs := mustExtract(t, text, Options{Year: 2024})
	checkFigures(t, "wrapped units", figs, []wantFig{
		{ind: "全体居民人均可支配收入", value: 21450, unit: "元", changes: []string{"growth_pct 5.6"}},
		{ind: "城镇居民", value: 30120, unit: "元", changes: []string{"growth_pct 4.9"}},
		{ind: "农村居民", value: 13877, unit: "元", changes: []string{"growth_pct 6.8"}},
		{ind: "全体居民人均消费支出", value: 15230, unit: "元", changes: []string{"growth_pct 8.1"}},
	})
}

// TestYearRowHeaderNotFound: a yearbook series laid out with spaces whose
// header lines (Chinese and English, wrapped) the grid reader does not
// join to it: with nothing naming its columns it gives no figures, not
// the later years' numbers named by the first year's.
func TestYearRowHeaderNotFound(t *testing.T) {
	text := "3-5  户籍人口(2019-2021)\n单位:万人       (10 000 persons)\n" +
		"    户籍人口   城镇化率\n城 镇 乡 村\nYear Registered\nRate of Urban\nUrban Rural\n" +
		"2019 512.40 201.15 311.25 39.3\n" +
		"2020 510.83 205.61 305.22 40.2\n" +
		"2021 509.97 210.02 299.95 41.2\n"
	figs := mustExtract(t, text, Options{Year: 2021})
	for _, f := range figs {
		if f.Value == 510.83 || f.Value == 509.97 || f.Value == 205.61 {
			t.Errorf("figure %q %v %q from a table whose header was not read", f.Indicator, f.Value, f.Unit)
		}
	}
}

// TestTextSectionCategory: in a text table whose columns name their
// quantities, a row of a label alone is a class of the rows below it, no
// part of their subjects; under columns of years it stays the quantity.
func TestTextSectionCategory(t *testing.T) {
	text := "| 项 目 | 学校数(所) | 专任教师(人) |\n" +
		"| 中等教育 | | |\n" +
		"| 普通高中 | 12 | 1530 |\n" +
		"| 中等职业学校 | 5 | 610 |\n"
	figs := mustExtract(t, text, Options{Year: 2024})
	checkFigures(t, "category section", figs, []wantFig{
		{ind: "普通高中学校数", value: 12, unit: "所"}, {ind: "普通高中专任教师", value: 1530, unit: "人"},
		{ind: "中等职业学校学校数", value: 5, unit: "所"}, {ind: "中等职业学校专任教师", value: 610, unit: "人"},
	})
	text = "| 指标 | 2024年 | 2023年 |\n" +
		"| 专任教师(人) | | |\n" +
		"| 普通高中 | 1530 | 1498 |\n"
	figs = mustExtract(t, text, Options{Year: 2024})
	checkFigures(t, "quantity section", figs, []wantFig{
		{ind: "普通高中专任教师", value: 1530, unit: "人"}, {ind: "普通高中专任教师", value: 1498, unit: "人", prior: true},
	})
}

// TestTraditionalLevelHeader: a table in traditional script whose level
// column is headed 絕對數(億元): the header names no quantity, as 绝对数
// does, so the subjects are the row labels alone.
func TestTraditionalLevelHeader(t *testing.T) {
	text := "| 指標 | 絕對數(億元) | 比上年增長% |\n" +
		"| 地區生產總值 | 815.6 | 4.9 |\n" +
		"| 工業 | 210.3 | 6.1 |\n"
	figs := mustExtract(t, text, Options{Year: 2024})
	checkFigures(t, "traditional level header", figs, []wantFig{
		{ind: "地區生產總值", value: 815.6, unit: "亿元", changes: []string{"growth_pct 4.9"}},
		{ind: "工業", value: 210.3, unit: "亿元", changes: []string{"growth_pct 6.1"}},
	})
}

// TestEmptyYearRows: a data site's series, the latest year first, its
// latest years not published (| 2024 | | | under the header): those rows
// are data rows without figures, not header rows, and the years of the
// others label their figures.
func TestEmptyYearRows(t *testing.T) {
	text := "| 时间 | 常住人口 (万人) | 户籍人口 (万人) | 城镇化率 (%) |\n" +
		"|---|---|---|---|\n" +
		"| 2024 | |||\n" +
		"| 2023 | |||\n" +
		"| 2022 | 12.41 | 13.02 | |\n" +
		"| 2021 | 12.56 | 13.10 | 51.2 |\n"
	figs := mustExtract(t, text, Options{Year: 2022})
	checkFigures(t, "empty year rows", figs, []wantFig{
		{ind: "常住人口", value: 12.41, unit: "万人"}, {ind: "户籍人口", value: 13.02, unit: "万人"},
		{ind: "常住人口", value: 12.56, unit: "万人", prior: true}, {ind: "户籍人口", value: 13.10, unit: "万人", prior: true},
		{ind: "城镇化率", value: 51.2, unit: "%", prior: true},
	})
	if figs[2].Year != 2021 {
		t.Errorf("year %d, want 2021", figs[2].Year)
	}
}

// TestAlignedYearRowsLatestFirst: a space-aligned series with the latest
// year first reads as one with the earliest first.
func TestAlignedYearRowsLatestFirst(t *testing.T) {
	text := "单位:万人\n" +
		"年份      常住人口    户籍人口\n" +
		"2023       81.25       86.40\n" +
		"2022       80.97       86.88\n" +
		"2021       80.60       87.02\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	if len(figs) != 6 || figs[0].Indicator != "常住人口" || figs[0].Year != 2023 || figs[5].Year != 2021 || figs[5].Unit != "万人" {
		for _, f := range figs {
			t.Logf("got %q %v %q %d", f.Indicator, f.Value, f.Unit, f.Year)
		}
		t.Fatalf("%d figures, want 6 labelled by their years", len(figs))
	}
}

// TestLineCellsYearRows: a series copied one cell per line without bars
// under 年份: each year starts a row and labels its figures; the years
// are no figures.
func TestLineCellsYearRows(t *testing.T) {
	text := "表2 人口变动情况\n" + strings.Join([]string{
		"年份", "常住人口(万人)", "出生率(‰)",
		"2022", "80.6", "9.1",
		"2023", "80.9", "8.7",
		"2024", "81.2", "8.2",
	}, "\n") + "\n"
	figs := mustExtract(t, text, Options{Year: 2024})
	checkFigures(t, "line cells year rows", figs, []wantFig{
		{ind: "常住人口", value: 80.6, unit: "万人", prior: true}, {ind: "出生率", value: 9.1, unit: "‰", prior: true},
		{ind: "常住人口", value: 80.9, unit: "万人", prior: true}, {ind: "出生率", value: 8.7, unit: "‰", prior: true},
		{ind: "常住人口", value: 81.2, unit: "万人"}, {ind: "出生率", value: 8.2, unit: "‰"},
	})
}

// TestSingleSpaceYearRows: a year series copied with single spaces under
// a header line: the rows of numbers are no sentence the header line
// wraps into, and the years label the figures.
func TestSingleSpaceYearRows(t *testing.T) {
	text := "表3 人口自然变动\n年份 出生人数(万人) 出生率(‰) 死亡人数(万人)\n" +
		"2022 61.20 9.85 52.31\n" +
		"2023 58.64 9.41 53.07\n" +
		"2024 57.90 9.30 53.88\n"
	figs := mustExtract(t, text, Options{Year: 2024})
	checkFigures(t, "single-space year rows", figs, []wantFig{
		{ind: "出生人数", value: 61.20, unit: "万人", prior: true}, {ind: "出生率", value: 9.85, unit: "‰", prior: true}, {ind: "死亡人数", value: 52.31, unit: "万人", prior: true},
		{ind: "出生人数", value: 58.64, unit: "万人", prior: true}, {ind: "出生率", value: 9.41, unit: "‰", prior: true}, {ind: "死亡人数", value: 53.07, unit: "万人", prior: true},
		{ind: "出生人数", value: 57.90, unit: "万人"}, {ind: "出生率", value: 9.30, unit: "‰"}, {ind: "死亡人数", value: 53.88, unit: "万人"},
	})
}

// TestNumbersRowLine: lines of numbers alone, and lines that continue a
// sentence.
func TestNumbersRowLine(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"2021 90.62 15.63 35.32", true}, {"1978 183.06 52.20", true},
		{"5928", false}, {"2021 90.62", false}, {"2021年全市 90.62", false}, {"", false},
	} {
		if got := numbersRowLine(c.line); got != c.want {
			t.Errorf("numbersRowLine(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// TestStreamHeaderRowUnread: a yearbook table copied one cell a line
// whose second header row (医疗机构 | # 政府办 | 医疗机构 under 合 计 | 公立 | |
// 民营, the 合计 cell merged down and left out) no header rule places: the
// last of its cells, followed by the empty cells the copy leaves, is no
// section and no row, and the table gives nothing rather than figures
// under shifted columns.
func TestStreamHeaderRowUnread(t *testing.T) {
	cells := []string{"项 目", "合 计", "公立", "", "民营", "医疗机构", "# 政府办", "医疗机构", "", "", "", "",
		"学校数 (所)", "412", "300", "120", "112",
		"在校学生数 (人)", "52310", "40100", "15020", "12210",
		"# 小 学", "30100", "24050", "9020", "6050",
		"专任教师数 (人)", "4120", "3390", "1410", "730"}
	var b strings.Builder
	for _, c := range cells {
		if c == "" {
			b.WriteString("|\n")
		} else {
			b.WriteString(c + " |\n")
		}
	}
	for _, f := range mustExtract(t, b.String(), Options{Year: 2022}) {
		t.Errorf("figure from a header not read: %q %v %q", f.Indicator, f.Value, f.Unit)
	}
}

// TestStreamEnglishUnitLine: a bilingual yearbook table copied one cell a
// line, each ending in its bar: the unit line and its English translation
// (单位:人 | unit:person) before the header, the label header's cell empty.
func TestStreamEnglishUnitLine(t *testing.T) {
	for s, want := range map[string]bool{"unit:person": true, "Unit: 10000 yuan": true, "unit：school": true, "unit": false, "United Nations": false, "unit:人": false} {
		if englishUnitLine(s) != want {
			t.Errorf("englishUnitLine(%q) = %v", s, !want)
		}
	}
	cells := []string{"单位:人", "unit:person", "", "毕业生数\nGraduates", "招生数\nEntrants", "在校生数\nEnrolment",
		"一、小学 Primary Schools", "", "", "",
		"1.城区 Urban", "120", "3400", "8100",
		"2.镇区 Towns", "210", "4100", "9300",
		"3.乡村 Rural", "330", "2200", "5600"}
	text := strings.Join(cells, " |\n") + " |\n"
	checkFigures(t, "english unit line", mustExtract(t, text, Options{Year: 2021}), []wantFig{
		{ind: "城区毕业生数", value: 120, unit: "人"},
		{ind: "城区招生数", value: 3400, unit: "人"},
		{ind: "城区在校生数", value: 8100, unit: "人"},
		{ind: "镇区毕业生数", value: 210, unit: "人"},
		{ind: "镇区招生数", value: 4100, unit: "人"},
		{ind: "镇区在校生数", value: 9300, unit: "人"},
		{ind: "乡村毕业生数", value: 330, unit: "人"},
		{ind: "乡村招生数", value: 2200, unit: "人"},
		{ind: "乡村在校生数", value: 5600, unit: "人"},
	})
}

// TestStreamRowNumbers: a court table copied one cell a line with a bar
// alone between cells, its first column numbering the rows (序号 on the
// line before the first bar), its headers a year and the quantity in one
// cell (the earlier year's column the prior one); the 合计 row has no
// number.
func TestStreamRowNumbers(t *testing.T) {
	cells := []string{"法院", "2023年刑事案件新收(件)", "2022年刑事案件新收(件)",
		"1", "甲区人民法院", "310", "2",
		"2", "乙县人民法院", "150", "3",
		"3", "丙县人民法院", "96", "104",
		"合计", "556", "109"}
	text := "序号\n|\n" + strings.Join(cells, "\n|\n") + "\n|\n"
	checkFigures(t, "row numbers", mustExtract(t, text, Options{Year: 2023}), []wantFig{
		{ind: "甲区人民法院刑事案件新收", value: 310, unit: "件"},
		{ind: "甲区人民法院刑事案件新收", value: 2, unit: "件", prior: true},
		{ind: "乙县人民法院刑事案件新收", value: 150, unit: "件"},
		{ind: "乙县人民法院刑事案件新收", value: 3, unit: "件", prior: true},
		{ind: "丙县人民法院刑事案件新收", value: 96, unit: "件"},
		{ind: "丙县人民法院刑事案件新收", value: 104, unit: "件", prior: true},
		{ind: "合计刑事案件新收", value: 556, unit: "件"},
		{ind: "合计刑事案件新收", value: 109, unit: "件", prior: true},
	})
	for h, want := range map[string]string{"2022年民事案件新收": "民事案件新收", "2023年度营业收入": "营业收入",
		"2023年": "", "2023年末": "", "2023年上半年": "", "2023年年报": "", "2023年3月": "", "2023年预算数": "", "2023年增长": "增长", "二〇二三年收入": ""} {
		if got := yearQuantityHeader(h); got != want {
			t.Errorf("yearQuantityHeader(%q) = %q, want %q", h, got, want)
		}
	}
}
