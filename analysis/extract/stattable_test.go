package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestStatTableGrowthRowBelow: a bulletin's quarterly table writes the
// growth of each level in a row of its own under it (增长(%)); the row's
// cells are the changes of the figures above them, no figures.
func TestStatTableGrowthRowBelow(t *testing.T) {
	text := "表3 2023年地区生产总值\n" +
		"指标 | 全年 | 四季度\n" +
		"地区生产总值(亿元) | 2418.6 | 702.3\n" +
		"增长(%) | 4.8 | 5.6\n" +
		"第二产业增加值(亿元) | 960.2 | 281.7\n" +
		"比上年增减(%) | -1.3 | 0.4\n" +
		"城镇化率(%) | 61.2 | \n" +
		"增减(个百分点) | 0.9 | \n"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, "quarterly table", figs, []wantFig{
		{ind: "地区生产总值", value: 2418.6, unit: "亿元", changes: []string{"growth_pct 4.8"}},
		{ind: "地区生产总值", value: 702.3, unit: "亿元", changes: []string{"growth_pct 5.6"}},
		{ind: "第二产业增加值", value: 960.2, unit: "亿元", changes: []string{"growth_pct -1.3"}},
		{ind: "第二产业增加值", value: 281.7, unit: "亿元", changes: []string{"growth_pct 0.4"}},
		{ind: "城镇化率", value: 61.2, unit: "%", changes: []string{"pp 0.9"}},
	})
	if figs[1].Period != "四季度" {
		t.Errorf("period %q, want 四季度", figs[1].Period)
	}
}

// TestStatTableChangeRowKind: the labels of a row of changes, and labels
// that name a figure of their own.
func TestStatTableChangeRowKind(t *testing.T) {
	for _, c := range []struct{ label, kind string }{
		{"增长(%)", GrowthPct}, {"比上年增长%", GrowthPct}, {"同比增减（%）", GrowthPct}, {"增速", GrowthPct},
		{"增减(个百分点)", PP}, {"比上年增减(人)", Abs}, {"增减", Abs},
		{"净利润增长率(%)", ""}, {"医院", ""}, {"增加值(亿元)", ""}, {"其中：增长较快的行业", ""},
	} {
		if got := changeRowKind(c.label); got != c.kind {
			t.Errorf("changeRowKind(%q) = %q, want %q", c.label, got, c.kind)
		}
	}
}

// TestStatTableHealthMergedHeader: a health statistics table as a web copy
// writes it: the cell over the labels empty, each measure's group merged
// over its two year columns and copied as a written cell and an empty one,
// | before the first cell and after the last, a 注 line after it.
func TestStatTableHealthMergedHeader(t *testing.T) {
	text := "全市卫生资源\n" +
		"| 机构数(个) | | 床位数(张) | |\n" +
		"| 2022年 | 2023年 | 2022年 | 2023年 |\n" +
		"| 医院 | 41 | 43 | 8620 | 9105 |\n" +
		"| 其中：公立医院 | 17 | 17 | 6930 | 7210 |\n" +
		"| 社区卫生服务中心(站) | 58 | 61 | 310 | 296 |\n" +
		"注：床位数为实有床位。\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, "health table", figs, []wantFig{
		{ind: "医院机构数", value: 41, unit: "个", prior: true},
		{ind: "医院机构数", value: 43, unit: "个"},
		{ind: "医院床位数", value: 8620, unit: "张", prior: true},
		{ind: "医院床位数", value: 9105, unit: "张"},
		{ind: "公立医院机构数", value: 17, unit: "个", prior: true},
		{ind: "公立医院机构数", value: 17, unit: "个"},
		{ind: "公立医院床位数", value: 6930, unit: "张", prior: true},
		{ind: "公立医院床位数", value: 7210, unit: "张"},
		{ind: "社区卫生服务中心(站)机构数", value: 58, unit: "个", prior: true},
		{ind: "社区卫生服务中心(站)机构数", value: 61, unit: "个"},
		{ind: "社区卫生服务中心(站)床位数", value: 310, unit: "张", prior: true},
		{ind: "社区卫生服务中心(站)床位数", value: 296, unit: "张"},
	})
	if figs[7].Parent != "医院床位数" {
		t.Errorf("parent %q, want 医院床位数", figs[7].Parent)
	}
}

// TestStatTableMergedHeaderCopies: the same two-row header copied three
// ways (| at both ends, the labels' empty cell kept, a label header with
// the trailing empty cell dropped) reads the same groups over the years.
func TestStatTableMergedHeaderCopies(t *testing.T) {
	for _, hdr := range []string{
		"| 机构数(个) | | 床位数(张) | |\n| 2022年 | 2023年 | 2022年 | 2023年 |\n",
		"| | 机构数(个) | | 床位数(张) | |\n| | 2022年 | 2023年 | 2022年 | 2023年 |\n",
		"类别 | 机构数(个) | | 床位数(张) | \n | 2022年 | 2023年 | 2022年 | 2023年\n",
	} {
		figs := mustExtract(t, hdr+"医院 | 41 | 43 | 8620 | 9105\n", Options{Year: 2023})
		checkFigures(t, hdr, figs, []wantFig{
			{ind: "医院机构数", value: 41, unit: "个", prior: true},
			{ind: "医院机构数", value: 43, unit: "个"},
			{ind: "医院床位数", value: 8620, unit: "张", prior: true},
			{ind: "医院床位数", value: 9105, unit: "张"},
		})
	}
	if !equalSpans([]string{"甲", "", "乙", ""}) || equalSpans([]string{"甲", "乙", "", "丙"}) || equalSpans([]string{"甲", "乙"}) {
		t.Error("equalSpans")
	}
}

// TestStatTableEducationIndented: an education table whose sub-items are
// set in under the 学段 they belong to (full-width spaces, spaces, #), its
// units on a 单位 line naming two (所、人): each part row's figures get the
// figure of their column in the row above as parent, and 在校生数 counts
// people.
func TestStatTableEducationIndented(t *testing.T) {
	text := "2023年全县教育基本情况\n单位：所、人\n" +
		"类别 | 学校数 | 招生数 | 在校生数\n" +
		"小学 | 41 | 5120 | 30460\n" +
		"　　民办小学 | 3 | 410 | 2230\n" +
		"  农村小学 | 22 | 1850 | 11020\n" +
		"初中 | 18 | 4630 | 13790\n" +
		"#民办 | 2 | 380 | 1105\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, "education table", figs, []wantFig{
		{ind: "小学学校数", value: 41, unit: "所"}, {ind: "小学招生数", value: 5120, unit: "人"}, {ind: "小学在校生数", value: 30460, unit: "人"},
		{ind: "民办小学学校数", value: 3, unit: "所"}, {ind: "民办小学招生数", value: 410, unit: "人"}, {ind: "民办小学在校生数", value: 2230, unit: "人"},
		{ind: "农村小学学校数", value: 22, unit: "所"}, {ind: "农村小学招生数", value: 1850, unit: "人"}, {ind: "农村小学在校生数", value: 11020, unit: "人"},
		{ind: "初中学校数", value: 18, unit: "所"}, {ind: "初中招生数", value: 4630, unit: "人"}, {ind: "初中在校生数", value: 13790, unit: "人"},
		{ind: "民办学校数", value: 2, unit: "所"}, {ind: "民办招生数", value: 380, unit: "人"}, {ind: "民办在校生数", value: 1105, unit: "人"},
	})
	for i, want := range []string{"", "", "", "小学学校数", "小学招生数", "小学在校生数", "小学学校数", "小学招生数", "小学在校生数", "", "", "", "初中学校数", "初中招生数", "初中在校生数"} {
		if figs[i].Parent != want {
			t.Errorf("%s parent %q, want %q", figs[i].Indicator, figs[i].Parent, want)
		}
	}
}

// TestStatTableEducationAligned: the same kind of table as pdftotext
// -layout writes it, space-aligned, sub-items set in or marked #.
func TestStatTableEducationAligned(t *testing.T) {
	text := "表5  2023年各级各类学校基本情况\n\n" +
		"                    学校数(所)    招生数(人)    专任教师(人)\n" +
		"  小学                   41          5120          2310\n" +
		"      民办小学            3           410           150\n" +
		"  初中                   18          4630          1480\n" +
		"    #民办                 2           380            96\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, "aligned education table", figs, []wantFig{
		{ind: "小学学校数", value: 41, unit: "所"}, {ind: "小学招生数", value: 5120, unit: "人"}, {ind: "小学专任教师", value: 2310, unit: "人"},
		{ind: "民办小学学校数", value: 3, unit: "所"}, {ind: "民办小学招生数", value: 410, unit: "人"}, {ind: "民办小学专任教师", value: 150, unit: "人"},
		{ind: "初中学校数", value: 18, unit: "所"}, {ind: "初中招生数", value: 4630, unit: "人"}, {ind: "初中专任教师", value: 1480, unit: "人"},
		{ind: "民办学校数", value: 2, unit: "所"}, {ind: "民办招生数", value: 380, unit: "人"}, {ind: "民办专任教师", value: 96, unit: "人"},
	})
	for i, want := range []string{"", "", "", "小学学校数", "小学招生数", "小学专任教师", "", "", "", "初中学校数", "初中招生数", "初中专任教师"} {
		if figs[i].Parent != want {
			t.Errorf("%s parent %q, want %q", figs[i].Indicator, figs[i].Parent, want)
		}
	}
}

// TestStatTableLabelIndent: how far a label is set in, read from the input.
func TestStatTableLabelIndent(t *testing.T) {
	s := "甲 | 1\n  乙 | 2\n| \u3000丙 | 3\n"
	for _, c := range []struct {
		label string
		want  int
	}{{"甲", 0}, {"乙", 2}, {"丙", 3}} {
		a := strings.Index(s, c.label)
		r := trow{cells: []tcell{{text: c.label, start: a, end: a + len(c.label)}}}
		if got := labelIndent(s, r); got != c.want {
			t.Errorf("labelIndent(%s) = %d, want %d", c.label, got, c.want)
		}
	}
	if labelIndent(s, trow{cells: []tcell{{text: "", start: 0}}}) != -1 {
		t.Error("an empty label has a set-in")
	}
}

// TestStatTableOneCellPerLine: a month table copied one cell per line, no
// | at all, blank lines between, the unit written once in the first row's
// label, the parts set in and marked #.
func TestStatTableOneCellPerLine(t *testing.T) {
	text := "2023年10月规模以上工业产值\n\n指标\n\n本月\n\n比去年同月增长(%)\n\n1-本月\n\n比去年同期增长(%)\n\n" +
		"工业总产值(亿元)\n\n812.40\n\n4.1\n\n7630.25\n\n-2.3\n\n" +
		"   # 轻工业\n\n205.13\n\n1.8\n\n1944.70\n\n-5.0\n\n" +
		"     重工业\n\n607.27\n\n4.9\n\n5685.55\n\n-1.4\n\n" +
		"注：增长按可比价格计算，本表数据为快报数。\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, "one cell per line", figs, []wantFig{
		{ind: "工业总产值", value: 812.40, unit: "亿元", changes: []string{"growth_pct 4.1"}},
		{ind: "工业总产值", value: 7630.25, unit: "亿元", changes: []string{"growth_pct -2.3"}},
		{ind: "轻工业", value: 205.13, unit: "亿元", changes: []string{"growth_pct 1.8"}},
		{ind: "轻工业", value: 1944.70, unit: "亿元", changes: []string{"growth_pct -5"}},
		{ind: "重工业", value: 607.27, unit: "亿元", changes: []string{"growth_pct 4.9"}},
		{ind: "重工业", value: 5685.55, unit: "亿元", changes: []string{"growth_pct -1.4"}},
	})
	if figs[1].Period != "1-本月" || figs[5].Parent != "工业总产值" {
		t.Errorf("period %q parent %q", figs[1].Period, figs[5].Parent)
	}
	// A label header alone followed by prose is no table.
	if figs := mustExtract(t, "指标\n\n全年粮食产量46.7万吨，增长0.98%。\n", Options{Year: 2023}); len(figs) != 1 {
		t.Errorf("prose after 指标: %d figures", len(figs))
	}
}

// TestStatTablePartUnit: 其中 rows of a bulletin table write no unit; they
// count what their whole counts.
func TestStatTablePartUnit(t *testing.T) {
	text := "指标 | 2023年 | 比上年增长(%)\n" +
		"粮食产量(万吨) | 46.7 | 0.98\n" +
		"其中：夏粮 | 12.1 | 1.5\n" +
		"城镇化率(%) | 65.3 | \n"
	checkFigures(t, "part unit", mustExtract(t, text, Options{Year: 2023}), []wantFig{
		{ind: "粮食产量", value: 46.7, unit: "万吨", changes: []string{"growth_pct 0.98"}},
		{ind: "夏粮", value: 12.1, unit: "万吨", changes: []string{"growth_pct 1.5"}},
		{ind: "城镇化率", value: 65.3, unit: "%"},
	})
}

// TestStatTableMonthToDate: the year-to-month column headers.
func TestStatTableMonthToDate(t *testing.T) {
	for h, want := range map[string]bool{"1-本月": true, "1～本月累计": true, "1至本月": true, "年初至本月": true, "1-11月": false, "本月": false, "1-本年": false, "11-本月": false} {
		if monthToDateHeader(h) != want {
			t.Errorf("monthToDateHeader(%q) = %v", h, !want)
		}
	}
}

// TestStatTableStreamGroupHeader: a bilingual education yearbook table
// copied one cell per line between | lines: two groups (学校数(所), 班数(个))
// over their columns, each group's columns starting with 合计, an English
// row under each Chinese one, a header piece wrapped after the last column
// (学校 of 九年一贯制学校), row labels broken over lines (总 / 计 / Total).
func TestStatTableStreamGroupHeader(t *testing.T) {
	cells := []string{"", "学校数(所)", "班数(个)", "Schools", "Classes",
		"合计", "初级中学", "九年一贯制", "合计", "一年级", "二年级",
		"Total", "Junior Sec.", "学校", "Total", "Grade 1", "Grade 2", "", "9-Year Schools",
		"总\n计\nTotal", "410", "300", "110", "8120", "2710", "2650",
		"民办\nNon-government", "36", "20", "16", "905", "310", "", "|"}
	text := "|\n" + strings.Join(cells[1:len(cells)-1], "\n|\n") + "\n|\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, "stream group header", figs, []wantFig{
		{ind: "总计学校数", value: 410, unit: "所"}, {ind: "总计学校数初级中学", value: 300, unit: "所"}, {ind: "总计学校数九年一贯制", value: 110, unit: "所"},
		{ind: "总计班数", value: 8120, unit: "个"}, {ind: "总计班数一年级", value: 2710, unit: "个"}, {ind: "总计班数二年级", value: 2650, unit: "个"},
		{ind: "民办学校数", value: 36, unit: "所"}, {ind: "民办学校数初级中学", value: 20, unit: "所"}, {ind: "民办学校数九年一贯制", value: 16, unit: "所"},
		{ind: "民办班数", value: 905, unit: "个"}, {ind: "民办班数一年级", value: 310, unit: "个"},
	})
	if got := streamJoin([]string{"总", "计", "Total"}); got != "总计 Total" {
		t.Errorf("streamJoin = %q", got)
	}
	if got := streamJoin([]string{"1,234,", "567.89"}); got != "1,234,567.89" {
		t.Errorf("streamJoin of a number = %q", got)
	}
}

// TestStatTableNarrowTitleRows: a three-column budget table that copies
// its title, its 单位 line and its note as rows of the table.
func TestStatTableNarrowTitleRows(t *testing.T) {
	text := "| 2023年全县一般公共预算收支情况 | | |\n" +
		"| 单位：万元 | | |\n" +
		"| 项目 | 2023年 | 比上年增减(%) |\n" +
		"| 一般公共预算收入 | 98120 | 6.1 |\n" +
		"| 　其中：税收收入 | 70215 | 5.3 |\n" +
		"| 一般公共预算支出 | 241360 | -3.2 |\n" +
		"| 注：收入为全口径。 | | |\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, "narrow table", figs, []wantFig{
		{ind: "一般公共预算收入", value: 98120, unit: "万元", changes: []string{"growth_pct 6.1"}},
		{ind: "税收收入", value: 70215, unit: "万元", changes: []string{"growth_pct 5.3"}},
		{ind: "一般公共预算支出", value: 241360, unit: "万元", changes: []string{"growth_pct -3.2"}},
	})
	if figs[1].Parent != "一般公共预算收入" {
		t.Errorf("parent %q", figs[1].Parent)
	}
	// A title row alone, no 单位 line: the rows stay as they were read.
	if n, _ := unitPreamble([]trow{{cells: []tcell{{text: "项目"}, {text: ""}}}, {cells: []tcell{{text: "甲"}, {text: "1"}}}}); n != 0 {
		t.Errorf("unitPreamble without a 单位 row = %d", n)
	}
}

// TestStatTableBulletinHeaders: the unit and change headers bulletins
// write: 计量单位 as the second column, 比上年±%, 增长%, a year header and a
// year-on-year header that names both years.
func TestStatTableBulletinHeaders(t *testing.T) {
	for _, c := range []struct{ header, change string }{
		{"指标 | 计量单位 | 2023年 | 比上年增减(%)", "growth_pct"},
		{"指标名称 | 单位 | 绝对数 | 比上年±%", "growth_pct"},
		{"指标 | 单位 | 数量 | 增长%", "growth_pct"},
		{"指标 | 单位 | 2023年 | 增减(%)", "growth_pct"},
	} {
		text := c.header + "\n粮食产量 | 万吨 | 46.7 | 0.98\n年末常住人口 | 万人 | 132.7 | -0.3\n"
		checkFigures(t, c.header, mustExtract(t, text, Options{Year: 2023}), []wantFig{
			{ind: "粮食产量", value: 46.7, unit: "万吨", changes: []string{c.change + " 0.98"}},
			{ind: "年末常住人口", value: 132.7, unit: "万人", changes: []string{c.change + " -0.3"}},
		})
	}
	text := "项目 | 2023年 | 2022年 | 2023年比2022年增长%\n卫生机构数(个) | 1520 | 1500 | 1.3\n"
	checkFigures(t, "two years", mustExtract(t, text, Options{Year: 2023}), []wantFig{
		{ind: "卫生机构数", value: 1520, unit: "个", changes: []string{"growth_pct 1.3"}},
		{ind: "卫生机构数", value: 1500, unit: "个", prior: true},
	})
}

// TestStatTableMonthPairs: a month table with the month and the
// year-to-date figures, each with its own growth column.
func TestStatTableMonthPairs(t *testing.T) {
	text := "2023年1-11月主要经济指标\n" +
		"指标名称 | 单位 | 本月 | 同比增长(%) | 1-11月累计 | 同比增长(%)\n" +
		"规模以上工业增加值 | 亿元 | 45.6 | 5.1 | 480.2 | 6.3\n" +
		"社会消费品零售总额 | 亿元 | 30.1 | -2.0 | 320.7 | 4.4\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, "month pairs", figs, []wantFig{
		{ind: "规模以上工业增加值", value: 45.6, unit: "亿元", changes: []string{"growth_pct 5.1"}},
		{ind: "规模以上工业增加值", value: 480.2, unit: "亿元", changes: []string{"growth_pct 6.3"}},
		{ind: "社会消费品零售总额", value: 30.1, unit: "亿元", changes: []string{"growth_pct -2"}},
		{ind: "社会消费品零售总额", value: 320.7, unit: "亿元", changes: []string{"growth_pct 4.4"}},
	})
	if figs[0].Period != "本月" || figs[1].Period != "1-11月累计" {
		t.Errorf("periods %q %q", figs[0].Period, figs[1].Period)
	}
}

// TestStatTableHealthChangeColumns: a health table with a unit column, two
// year columns and both an absolute and a percent change of the latest.
func TestStatTableHealthChangeColumns(t *testing.T) {
	text := "项目 | 单位 | 2022年 | 2023年 | 增减 | 增减(%)\n" +
		"医疗卫生机构 | 个 | 1210 | 1236 | 26 | 2.1\n" +
		"卫生技术人员 | 人 | 30400 | 31350 | 950 | 3.1\n"
	checkFigures(t, "health changes", mustExtract(t, text, Options{Year: 2023}), []wantFig{
		{ind: "医疗卫生机构", value: 1210, unit: "个", prior: true},
		{ind: "医疗卫生机构", value: 1236, unit: "个", changes: []string{"abs 26", "growth_pct 2.1"}},
		{ind: "医疗卫生机构增减", value: 26, unit: "个", changeOf: "医疗卫生机构"}, // the amount is a figure of its own
		{ind: "卫生技术人员", value: 30400, unit: "人", prior: true},
		{ind: "卫生技术人员", value: 31350, unit: "人", changes: []string{"abs 950", "growth_pct 3.1"}},
		{ind: "卫生技术人员增减", value: 950, unit: "人", changeOf: "卫生技术人员"},
	})
}

// TestStatTableNestedIndent: rows set in two levels deep are parts of the
// nearest row above set in less (公立医院 of 医院, 医院 of 医疗卫生机构).
func TestStatTableNestedIndent(t *testing.T) {
	text := "项目 | 单位 | 2023年 | 增减(%)\n" +
		"医疗卫生机构 | 个 | 1236 | 2.1\n" +
		"  医院 | 个 | 82 | 2.5\n" +
		"    其中：公立医院 | 个 | 30 | 0.0\n" +
		"  基层医疗卫生机构 | 个 | 1130 | 1.9\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, "nested", figs, []wantFig{
		{ind: "医疗卫生机构", value: 1236, unit: "个", changes: []string{"growth_pct 2.1"}},
		{ind: "医院", value: 82, unit: "个", changes: []string{"growth_pct 2.5"}},
		{ind: "公立医院", value: 30, unit: "个", changes: []string{"growth_pct 0"}},
		{ind: "基层医疗卫生机构", value: 1130, unit: "个", changes: []string{"growth_pct 1.9"}},
	})
	for i, want := range []string{"", "医疗卫生机构", "医院", "医疗卫生机构"} {
		if figs[i].Parent != want {
			t.Errorf("%s parent %q, want %q", figs[i].Indicator, figs[i].Parent, want)
		}
	}
}

// TestStatTableRepeatedHeader: a merged cell copied as its text in every
// position it covers, across (机构数(个) | 机构数(个)) and down (指标 over
// 指标).
func TestStatTableRepeatedHeader(t *testing.T) {
	text := "指标 | 机构数(个) | 机构数(个) | 床位数(张) | 床位数(张)\n" +
		"指标 | 2022年 | 2023年 | 2022年 | 2023年\n" +
		"医院 | 41 | 43 | 8620 | 9105\n"
	checkFigures(t, "repeated header", mustExtract(t, text, Options{Year: 2023}), []wantFig{
		{ind: "医院机构数", value: 41, unit: "个", prior: true},
		{ind: "医院机构数", value: 43, unit: "个"},
		{ind: "医院床位数", value: 8620, unit: "张", prior: true},
		{ind: "医院床位数", value: 9105, unit: "张"},
	})
}

// TestStatTableUnitHeaderRow: a three-row education header, the units on a
// row of their own under the measures, each measure over its 2023年 and
// 比上年增减 columns.
func TestStatTableUnitHeaderRow(t *testing.T) {
	text := "学段 | 学校数 | | 招生数 | | 在校生数 |\n" +
		" | (所) | | (人) | | (人) |\n" +
		" | 2023年 | 比上年增减 | 2023年 | 比上年增减 | 2023年 | 比上年增减\n" +
		"小学 | 41 | -1 | 5120 | 130 | 30460 | -210\n" +
		"初中 | 18 | 0 | 4630 | 85 | 13790 | 160\n"
	checkFigures(t, "unit header row", mustExtract(t, text, Options{Year: 2023}), []wantFig{
		{ind: "小学学校数", value: 41, unit: "所", changes: []string{"abs -1"}},
		{ind: "小学学校数比上年增减", value: -1, unit: "所", changeOf: "小学学校数"},
		{ind: "小学招生数", value: 5120, unit: "人", changes: []string{"abs 130"}},
		{ind: "小学招生数比上年增减", value: 130, unit: "人", changeOf: "小学招生数"},
		{ind: "小学在校生数", value: 30460, unit: "人", changes: []string{"abs -210"}},
		{ind: "小学在校生数比上年增减", value: -210, unit: "人", changeOf: "小学在校生数"},
		{ind: "初中学校数", value: 18, unit: "所", changes: []string{"abs 0"}},
		{ind: "初中学校数比上年增减", value: 0, unit: "所", changeOf: "初中学校数"},
		{ind: "初中招生数", value: 4630, unit: "人", changes: []string{"abs 85"}},
		{ind: "初中招生数比上年增减", value: 85, unit: "人", changeOf: "初中招生数"},
		{ind: "初中在校生数", value: 13790, unit: "人", changes: []string{"abs 160"}},
		{ind: "初中在校生数比上年增减", value: 160, unit: "人", changeOf: "初中在校生数"},
	})
	// A row of words is no unit row.
	above := trow{cells: []tcell{{text: "学段"}, {text: "学校数"}}}
	if unitHeaderRow(&above, trow{cells: []tcell{{text: "合计"}}}) || above.cells[1].text != "学校数" {
		t.Error("a word row read as units")
	}
}

// TestStatTablePartsMarkRow: a 其中 row alone makes the rows after it
// parts of the row above it, while they name no unit of their own; the
// parts take their whole's unit.
func TestStatTablePartsMarkRow(t *testing.T) {
	text := "指标 | 2023年 | 比上年增长(%)\n" +
		"一般公共预算收入(万元) | 98120 | 6.1\n" +
		"其中： | |\n" +
		"税收收入 | 70215 | 5.3\n" +
		"非税收入 | 27905 | 8.2\n" +
		"一般公共预算支出(万元) | 241360 | 3.2\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, "其中 row", figs, []wantFig{
		{ind: "一般公共预算收入", value: 98120, unit: "万元", changes: []string{"growth_pct 6.1"}},
		{ind: "税收收入", value: 70215, unit: "万元", changes: []string{"growth_pct 5.3"}},
		{ind: "非税收入", value: 27905, unit: "万元", changes: []string{"growth_pct 8.2"}},
		{ind: "一般公共预算支出", value: 241360, unit: "万元", changes: []string{"growth_pct 3.2"}},
	})
	for i, want := range []string{"", "一般公共预算收入", "一般公共预算收入", ""} {
		if figs[i].Parent != want {
			t.Errorf("%s parent %q, want %q", figs[i].Indicator, figs[i].Parent, want)
		}
	}
}

// BenchmarkLineCells: a page of label headers alone, each over a long run
// of short lines that hold no table (the worst case for lineCells, which
// looks at each block once), and tables copied one cell per line.
func BenchmarkLineCells(b *testing.B) {
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		sb.WriteString("指标\n\n")
		for k := 0; k < 200; k++ {
			sb.WriteString("指标\n\n项目名称\n\n")
		}
		sb.WriteString("指标\n\n本月\n\n增长(%)\n\n工业总产值(亿元)\n\n812.4\n\n4.1\n\n轻工业\n\n205.1\n\n1.8\n\n全年工业生产平稳，增长4.1%。\n")
	}
	in := []byte(sb.String())
	b.SetBytes(int64(len(in)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Extract(in, Options{Year: 2023}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestStreamCellText: a cell's text is its pieces between white space
// joined as streamJoin joins them, the text itself without white space.
func TestStreamCellText(t *testing.T) {
	for _, s := range []string{"", "营业收入", "1,234.56", "Net profit", "营业 收入", "净利润\u3000(万元)", "a\tb", "x\u00a0y", "p\u2003q", "收入\u0085合计", "2023年 Revenue"} {
		if got, want := streamCellText(s), streamJoin(strings.Fields(s)); got != want {
			t.Errorf("streamCellText(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestMergedLastGroup: a health table whose header's last cell is merged
// over two columns, copied without its empty cells: once with the lower
// row's empty cells under the other columns (| | | 合计 | #卫生技术人员 |),
// once with them left out (合计 | #卫生技术人员 |). Both read the group
// over the last two columns, the one the lower cells break down.
func TestMergedLastGroup(t *testing.T) {
	want := []wantFig{
		{ind: "全县机构数", value: 418, unit: "个"},
		{ind: "全县床位数", value: 5120, unit: "张"},
		{ind: "全县卫生人员数", value: 6230, unit: "人"},
		{ind: "全县卫生人员数卫生技术人员", value: 4810, unit: "人"},
		{ind: "医院机构数", value: 12, unit: "个"},
		{ind: "医院床位数", value: 3900, unit: "张"},
		{ind: "医院卫生人员数", value: 4020, unit: "人"},
		{ind: "医院卫生人员数卫生技术人员", value: 3350, unit: "人"},
	}
	for _, lower := range []string{" | | | 合计 | #卫生技术人员 |\n", "合计 | #卫生技术人员 |\n"} {
		text := "项目 | 机构数(个) | 床位数(张) | 卫生人员数(人) |\n" + lower +
			"全县 | 418 | 5120 | 6230 | 4810 |\n" +
			"医院 | 12 | 3900 | 4020 | 3350 |\n"
		checkFigures(t, "merged last group "+lower, mustExtract(t, text, Options{Year: 2023}), want)
	}
}

// TestNamedGroup: the upper cell the lower cells break down is the group;
// no group when none shares two characters with them, or two share as
// many.
func TestNamedGroup(t *testing.T) {
	for _, c := range []struct {
		upper, lower []string
		values       int
		want         []int
	}{
		{[]string{"机构数(个)", "床位数(张)", "卫生人员数(人)"}, []string{"合计", "#卫生技术人员"}, 4, []int{0, 0, 2}},
		{[]string{"卫生人员数(人)", "机构数(个)"}, []string{"合计", "#卫生技术人员", "#管理人员"}, 4, []int{3, 0}},
		{[]string{"招生数", "在校生数", "毕业生数"}, []string{"合计", "#普通高中生"}, 4, nil},
		{[]string{"机构数(个)", "床位数(张)"}, []string{"合计", "#卫生技术人员"}, 4, nil},
	} {
		if got := namedGroup(c.upper, c.lower, c.values); !slices.Equal(got, c.want) {
			t.Errorf("%v over %v: %v, want %v", c.upper, c.lower, got, c.want)
		}
	}
}

// TestUnitSectionRow: an education table with a column of units whose
// section rows write their unit too (一、学校数 | 所 | | |): the first, right
// under the header, is no second header row, and each names the quantity
// of the rows under it.
func TestUnitSectionRow(t *testing.T) {
	text := "指标 | 单位 | 2023年 | 比上年增长(%) |\n" +
		"一、学校数 | 所 | | |\n" +
		"小学 | 所 | 118 | -1.7 |\n" +
		"初中 | 所 | 36 | 2.9 |\n" +
		"二、在校生数 | 人 | | |\n" +
		"小学 | 人 | 51200 | 0.8 |\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, "unit section row", figs, []wantFig{
		{ind: "小学学校数", value: 118, unit: "所", changes: []string{"growth_pct -1.7"}},
		{ind: "初中学校数", value: 36, unit: "所", changes: []string{"growth_pct 2.9"}},
		{ind: "小学在校生数", value: 51200, unit: "人", changes: []string{"growth_pct 0.8"}},
	})
	if _, ok := unitSectionRow(trow{cells: []tcell{{text: "小学"}, {text: "所"}, {text: "118"}}}, 1); ok {
		t.Errorf("a row with a value read as a section")
	}
}

// TestCaptionRowEndsTable: two tables set in one | grid, the second's
// caption a row of its own: the first table ends at the caption, and the
// second's cells do not take the first's header (亿元).
func TestCaptionRowEndsTable(t *testing.T) {
	for s, want := range map[string]bool{"表2:各季度增速": true, "表 3": true, "表2-1 分地区": true, "表二：分行业": true, "表一般": false, "表彰先进": false, "表": false} {
		if tableNumberCaption(s) != want {
			t.Errorf("tableNumberCaption(%q) = %v", s, !want)
		}
	}
	text := "| 表1:全年粮食生产 | |\n| 产量(万吨) | 比上年增长(%) |\n| 粮食 | 46.7 | 0.9 |\n| 夏粮 | 12.1 | 1.5 |\n" +
		"| 表2:各季度农业增加值增速 | |\n| 增速(%) | |\n| 1季度 | 3.1 |\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	for _, f := range figs {
		if f.Unit == "万吨" && f.Value == 3.1 {
			t.Errorf("the second table's cell read under the first's header: %+v", f)
		}
	}
	if len(figs) < 2 || figs[0].Value != 46.7 || figs[1].Value != 12.1 || figs[1].Unit != "万吨" {
		t.Errorf("first table: %d figures", len(figs))
	}
}
