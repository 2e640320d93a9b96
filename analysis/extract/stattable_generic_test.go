package extract

import (
	"strings"
	"testing"
)

// TestLineCellsShortChangeRow: a month table copied one cell per line
// with blank lines between and no bars, its label header written with
// spaces (项    目), a row of rates whose change cell is left empty (the
// copy drops it, so the row has two values under three headers), and #
// parts under that row that take its unit, not the 单位 line's.
func TestLineCellsShortChangeRow(t *testing.T) {
	text := "  1-6月              单位:万元\n\n" + strings.Join([]string{
		"项    目", "本期", "上年同期", "同比增长(%)",
		"工业总产值", "5000", "4000", "25.0",
		"  #纺织业", "1200", "1000", "20.0",
		"工业产销率(%)", "98.8", "102.4",
		"  #纺织业", "97.5", "99.0",
	}, "\n\n") + "\n"
	figs := mustExtract(t, text, Options{Year: 2024})
	checkFigures(t, "short change row", figs, []wantFig{
		{ind: "工业总产值", value: 5000, unit: "万元", changes: []string{"growth_pct 25"}},
		{ind: "工业总产值", value: 4000, unit: "万元", prior: true},
		{ind: "纺织业", value: 1200, unit: "万元", changes: []string{"growth_pct 20"}},
		{ind: "纺织业", value: 1000, unit: "万元", prior: true},
		{ind: "工业产销率", value: 98.8, unit: "%"},
		{ind: "工业产销率", value: 102.4, unit: "%", prior: true},
		{ind: "纺织业", value: 97.5, unit: "%"},
		{ind: "纺织业", value: 99, unit: "%", prior: true},
	})
	if figs[6].Parent != "工业产销率" {
		t.Errorf("part 纺织业 97.5: parent %q, want 工业产销率", figs[6].Parent)
	}
}

// TestEmptyChangeCells: a short row is whole only when the headers over
// the cells it lacks head changes.
func TestEmptyChangeCells(t *testing.T) {
	hdr := func(ts ...string) []tcell {
		var out []tcell
		for _, t := range ts {
			out = append(out, tcell{text: t})
		}
		return out
	}
	for _, c := range []struct {
		hdr  []tcell
		have int
		want bool
	}{
		{hdr("项目", "本期", "上年同期", "同比增长(%)"), 2, true},
		{hdr("项目", "本期", "上年同期", "同比增长(%)"), 3, false},
		{hdr("项目", "本期", "上年同期", "同比增长(%)"), 1, false},
		{hdr("项目", "本期", "上年同期", "同比增长(%)"), 0, false},
		{hdr("项目", "本月", "增长(%)", "累计", "增长(%)"), 3, true},
		{hdr("项目", "本月", "增长(%)", "累计", "增长(%)"), 2, false},
	} {
		if got := emptyChangeCells(c.hdr, c.have); got != c.want {
			t.Errorf("emptyChangeCells(%v, %d) = %v, want %v", cellTexts(c.hdr), c.have, got, c.want)
		}
	}
}

// TestPeriodRowRates: a table whose rows are months (the year written at
// the first month of each year) under columns of month-on-month rates:
// each cell is the column's rate for the row's month, a figure in % of
// its own named by the column, not a change of a figure named 10月份.
func TestPeriodRowRates(t *testing.T) {
	text := "其他指标环比数据表 |\n|||\n" + strings.Join([]string{
		"工业增加值环比增速(%) |", "零售总额环比增速 (%) |", "|",
		"2023年11月份 |", "0.89 |", "1.32 |",
		"12月份 |", "0.79 |", "1.16 |",
		"2024年1月份 |", "0.62 |", "0.19 |",
		"2月份 |", "0.83 |", "0.97 |",
	}, "\n") + "\n"
	figs := mustExtract(t, text, Options{Year: 2024})
	checkFigures(t, "period row rates", figs, []wantFig{
		{ind: "工业增加值环比增速", value: 0.89, unit: "%", prior: true}, {ind: "零售总额环比增速", value: 1.32, unit: "%", prior: true},
		{ind: "工业增加值环比增速", value: 0.79, unit: "%", prior: true}, {ind: "零售总额环比增速", value: 1.16, unit: "%", prior: true},
		{ind: "工业增加值环比增速", value: 0.62, unit: "%"}, {ind: "零售总额环比增速", value: 0.19, unit: "%"},
		{ind: "工业增加值环比增速", value: 0.83, unit: "%"}, {ind: "零售总额环比增速", value: 0.97, unit: "%"},
	})
	if figs[2].Period != "12月份" || figs[2].Year != 2023 {
		t.Errorf("12月份 row: period %q year %d, want 12月份 of 2023", figs[2].Period, figs[2].Year)
	}
}

// TestPeriodLabel: row labels that are parts of a year, with their year
// or without.
func TestPeriodLabel(t *testing.T) {
	for _, c := range []struct {
		label string
		year  int
		ok    bool
	}{
		{"2012年9月份", 2012, true},
		{"10月份", 0, true},
		{"2013年一季度", 2013, true},
		{"1-3月", 0, true},
		{"2013年", 0, false}, // a year alone: the year rows' rule
		{"食品制造业", 0, false},
		{"13月份", 0, false},
		{"全年", 0, false},
	} {
		y, ok := periodLabel(trow{cells: []tcell{{text: c.label}}})
		if y != c.year || ok != c.ok {
			t.Errorf("periodLabel(%q) = %d, %v, want %d, %v", c.label, y, ok, c.year, c.ok)
		}
	}
}

// TestNamesQuantity: a change header names a quantity when more than its
// change and period words is left.
func TestNamesQuantity(t *testing.T) {
	for h, want := range map[string]bool{
		"规模以上工业增加值环比增速": true,
		"社会消费品零售总额同比增长": true,
		"同比增长":     false,
		"9月同比增长":   false,
		"比上年增减(%)": false,
		"累计增长":     false,
	} {
		if got := namesQuantity(h); got != want {
			t.Errorf("namesQuantity(%q) = %v, want %v", h, got, want)
		}
	}
}

// TestHeaderScript: in a text in traditional script, a subject taken
// from a table's header (not from the row's own text) is written in the
// document's script: 工業 as the header writes it, not the folded 工业.
func TestHeaderScript(t *testing.T) {
	text := "附注:本表為環比數據。\n" + strings.Join([]string{
		"規模以上工業增加值環比增速(%) |", "社會消費品零售總額環比增速(%) |", "|",
		"2013年1月份 |", "0.62 |", "0.19 |",
		"2月份 |", "0.83 |", "0.97 |",
		"3月份 |", "0.71 |", "1.30 |",
	}, "\n") + "\n"
	figs := mustExtract(t, text, Options{Year: 2013})
	if len(figs) != 6 {
		for _, f := range figs {
			t.Logf("got %q %v", f.Indicator, f.Value)
		}
		t.Fatalf("%d figures, want 6", len(figs))
	}
	for i, f := range figs {
		want := []string{"規模以上工業增加值環比增速", "社會消費品零售總額環比增速"}[i%2]
		if f.Indicator != want {
			t.Errorf("%v: indicator %q, want %q", f.Value, f.Indicator, want)
		}
	}
}

// TestStreamHeaderUnread: a table copied one cell per line whose header
// spans three rows in an order no header rule reads (years over the
// quantities, 总 | 产量 over 绝对数 | %, the label header among them)
// gives no figures, not figures named by the wrong headers.
func TestStreamHeaderUnread(t *testing.T) {
	cells := []string{"", "2006年", "", "", "2005年", "", "增减", "", "地区", "", "", "", "", "", "", "总", "产量", "",
		"面积", "产量", "单产", "面积", "产量", "单产", "面积", "绝对数", "%",
		"全国总计", "430.35", "10536205", "2448.3", "315.15", "7881090", "2500.7", "115.20", "2655115", "33.69",
		"河北", "26.25", "712418", "2714.0", "15.75", "426574", "2708.4", "10.50", "285844", "67.01",
		"山西", "4.80", "101513", "2114.9", "1.80", "39617", "2200.9", "3.00", "61896", "156.24"}
	text := "单位:吨\n" + strings.Join(cells, "\n|\n") + "\n|\n"
	for _, f := range mustExtract(t, text, Options{Year: 2006}) {
		t.Errorf("figure %q %v %q from a header not read", f.Indicator, f.Value, f.Unit)
	}
}

// TestStreamHeaderRead: the cells between the header read and the first
// full row may be a section label alone or a row of empty cells; any other
// word there is a header row not read.
func TestStreamHeaderRead(t *testing.T) {
	mk := func(ts ...string) []tcell {
		var out []tcell
		for _, t := range ts {
			out = append(out, tcell{text: t})
		}
		return out
	}
	isValue := func(c tcell) bool {
		_, _, _, ok := parseCell(c.text)
		return ok || c.text == ""
	}
	for _, c := range []struct {
		name  string
		cells []tcell
		want  bool
	}{
		{"header then rows", mk("指标", "本月", "累计", "产量", "1", "2", "销量", "3", "4"), true},
		{"section label", mk("指标", "本月", "累计", "经营业绩(万元)", "产量", "1", "2", "销量", "3", "4"), true},
		{"empty row", mk("指标", "本月", "累计", "北京", "", "", "产量", "1", "2", "销量", "3", "4"), true},
		{"second header row", mk("指标", "本月", "累计", "总", "", "绝对数", "", "", "产量", "1", "2", "销量", "3", "4"), false},
	} {
		if got := streamHeaderRead(c.cells, 3, 2, isValue); got != c.want {
			t.Errorf("%s: streamHeaderRead = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestLonePrefixUnit: 千 alone before 克 (单产:千克) is the unit's prefix,
// no number 1000; after a digit it stays a numeral (三千克).
func TestLonePrefixUnit(t *testing.T) {
	for _, f := range mustExtract(t, "单产:千克\n面积:千公顷\n", Options{}) {
		t.Errorf("figure %q %v %q from a unit", f.Indicator, f.Value, f.Unit)
	}
	figs := mustExtract(t, "收购面粉三千克。\n", Options{})
	if len(figs) != 1 || figs[0].Value != 3000 {
		t.Errorf("三千克: got %d figures, want 3000克", len(figs))
	}
}

// TestPeriodPrefixChange: change columns whose headers start with the
// period of a level column (6月 | 1-6月 | 6月同比±% | 1-6月同比±%) are the
// changes of that period's level, not both of the nearest.
func TestPeriodPrefixChange(t *testing.T) {
	text := "| 指标名称 | 计量单位 | 6月 | 1-6月 | 6月同比±% | 1-6月同比±% |\n" +
		"| 规模以上工业增加值 | 亿元 | 12.3 | 70.5 | 5.2 | 6.1 |\n" +
		"| 工业用电量 | 万千瓦时 | 5120 | 29800 | -2.1 | 1.5 |\n"
	figs := mustExtract(t, text, Options{Year: 2024})
	checkFigures(t, "period prefix change", figs, []wantFig{
		{ind: "规模以上工业增加值", value: 12.3, unit: "亿元", changes: []string{"growth_pct 5.2"}},
		{ind: "规模以上工业增加值", value: 70.5, unit: "亿元", changes: []string{"growth_pct 6.1"}},
		{ind: "工业用电量", value: 5120, unit: "万千瓦时", changes: []string{"growth_pct -2.1"}},
		{ind: "工业用电量", value: 29800, unit: "万千瓦时", changes: []string{"growth_pct 1.5"}},
	})
}

// TestLineCellsUnitColumn: a table copied one cell per line without bars
// whose second column holds the rows' units (指标名称 | 计量单位 | 本月 …):
// the unit cells are the rows' units, not labels of rows of their own.
func TestLineCellsUnitColumn(t *testing.T) {
	text := strings.Join([]string{
		"指标名称", "计量单位", "本月", "1-本月", "同比增长(%)",
		"全社会用电量", "万千瓦时", "12345", "67890", "5.6",
		"工业用电量", "万千瓦时", "8000", "45000", "4.2",
		"货物运输量", "万吨", "210", "1100", "7.9",
	}, "\n\n") + "\n"
	figs := mustExtract(t, text, Options{Year: 2024})
	checkFigures(t, "line cells unit column", figs, []wantFig{
		{ind: "全社会用电量", value: 12345, unit: "万千瓦时"},
		{ind: "全社会用电量", value: 67890, unit: "万千瓦时", changes: []string{"growth_pct 5.6"}},
		{ind: "工业用电量", value: 8000, unit: "万千瓦时"},
		{ind: "工业用电量", value: 45000, unit: "万千瓦时", changes: []string{"growth_pct 4.2"}},
		{ind: "货物运输量", value: 210, unit: "万吨"},
		{ind: "货物运输量", value: 1100, unit: "万吨", changes: []string{"growth_pct 7.9"}},
	})
}

// TestRunOnTranslation: a bilingual header whose English the copy ran
// into the Chinese (年末总人口Total, 人口自然增长率Natural Growth Rate(‰)) is
// the Chinese name, the English's unit in brackets kept; an abbreviation
// (人均GDP) is part of the name.
func TestRunOnTranslation(t *testing.T) {
	for in, want := range map[string]string{
		"年末总人口Total":                    "年末总人口",
		"人口自然增长率Natural Growth Rate(‰)": "人口自然增长率(‰)",
		"地区生产总值gross domestic product":  "地区生产总值",
		"人均GDP":                           "人均GDP",
		"城镇人口 Urban":                      "城镇人口",
		"产量 Output (10000 tons)":          "产量",
		"粮食产量 Grain Output (10 000 tons)": "粮食产量",
	} {
		if got := dropTranslation(in); got != want {
			t.Errorf("dropTranslation(%q) = %q, want %q", in, got, want)
		}
	}
	text := "单位：万人\n" +
		"年 份        年末总人口     城镇人口     人口自然增长率\n" +
		"Year         Total          Urban        Natural Growth\n" +
		"                                         Rate(‰)\n" +
		"2010         120.5          60.2         5.1\n" +
		"2015         125.0          68.0         4.8\n" +
		"2020         128.3          75.1         3.2\n"
	figs := mustExtract(t, text, Options{Year: 2020})
	checkFigures(t, "run-on translation", figs, []wantFig{
		{ind: "年末总人口", value: 120.5, unit: "万人", prior: true}, {ind: "城镇人口", value: 60.2, unit: "万人", prior: true}, {ind: "人口自然增长率", value: 5.1, unit: "‰", prior: true},
		{ind: "年末总人口", value: 125, unit: "万人", prior: true}, {ind: "城镇人口", value: 68, unit: "万人", prior: true}, {ind: "人口自然增长率", value: 4.8, unit: "‰", prior: true},
		{ind: "年末总人口", value: 128.3, unit: "万人"}, {ind: "城镇人口", value: 75.1, unit: "万人"}, {ind: "人口自然增长率", value: 3.2, unit: "‰"},
	})
}

// TestHeaderLinesAbove: a | table without a header row whose header cells
// stand one a line above it (年份, 机构数(个), #医院, …) reads them as its
// header; above a table whose rows are labelled, prose lines are none.
func TestHeaderLinesAbove(t *testing.T) {
	text := "表5 卫生机构及床位\n年份\n机构数(个)\n#医院\n床位数(张)\n#医院\n" +
		"| 2022 | 320 | 25 | 5200 | 4100 |\n" +
		"| 2023 | 325 | 26 | 5400 | 4300 |\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, "header lines above", figs, []wantFig{
		{ind: "机构数", value: 320, unit: "个", prior: true}, {ind: "机构数（其中：医院）", value: 25, unit: "个", prior: true},
		{ind: "床位数", value: 5200, unit: "张", prior: true}, {ind: "床位数（其中：医院）", value: 4100, unit: "张", prior: true},
		{ind: "机构数", value: 325, unit: "个"}, {ind: "机构数（其中：医院）", value: 26, unit: "个"},
		{ind: "床位数", value: 5400, unit: "张"}, {ind: "床位数（其中：医院）", value: 4300, unit: "张"},
	})
	if figs[1].Parent != "机构数" {
		t.Errorf("#医院 under 机构数: parent %q", figs[1].Parent)
	}
	// Fewer header lines than columns: no header, no figures named by the
	// lines.
	text = "卫生机构\n床位数(张)\n| 2022 | 320 | 25 | 5200 |\n| 2023 | 325 | 26 | 5400 |\n"
	for _, f := range mustExtract(t, text, Options{Year: 2023}) {
		if strings.Contains(f.Indicator, "床位数") {
			t.Errorf("figure %q %v named by a line that is no header of its column", f.Indicator, f.Value)
		}
	}
}

// TestBilingualSecondHeader: a space-aligned bilingual table with English
// in its labels and a second header in the middle (毕业生数 | 招生数 over
// the same rows): each part is read under its own header, the labels'
// English dropped, the second header's English too (招生数(人)New Entrants).
func TestBilingualSecondHeader(t *testing.T) {
	text := "表4-2 各级各类学校基本情况\n" +
		"                                 学校数        在校学生数\n" +
		"                                 (所)          (人)\n" +
		"                                 Schools       Enrolment\n" +
		"普通高等学校 Regular HEIs            3           52310\n" +
		"普通中学 Regular Secondary Schools   45          61200\n" +
		"                                 毕业生数      招生数\n" +
		"                                 (人)          (人)\n" +
		"                                 Graduates     New Entrants\n" +
		"普通高等学校 Regular HEIs            14020         15010\n" +
		"普通中学 Regular Secondary Schools   20100         21050\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, "bilingual second header", figs, []wantFig{
		{ind: "普通高等学校学校数", value: 3, unit: "所"}, {ind: "普通高等学校在校学生数", value: 52310, unit: "人"},
		{ind: "普通中学学校数", value: 45, unit: "所"}, {ind: "普通中学在校学生数", value: 61200, unit: "人"},
		{ind: "普通高等学校毕业生数", value: 14020, unit: "人"}, {ind: "普通高等学校招生数", value: 15010, unit: "人"},
		{ind: "普通中学毕业生数", value: 20100, unit: "人"}, {ind: "普通中学招生数", value: 21050, unit: "人"},
	})
}

// TestBilingualYearSeries: a yearbook series with Chinese headers wrapped
// over two lines and English ones over three: the columns are named by
// the Chinese, the per-capita column keeps its own 元 under 单位：亿元.
func TestBilingualYearSeries(t *testing.T) {
	text := "单位：亿元                              (100 million yuan)\n" +
		"年 份      地区生产     第一产业     人均地区\n" +
		"           总值                      生产总值(元)\n" +
		"Year       Gross        Primary      Per Capita\n" +
		"           Domestic     Industry     GDP (yuan)\n" +
		"           Product\n" +
		"2021       1420.8       130.2        58100\n" +
		"2022       1500.1       135.6        61200\n"
	figs := mustExtract(t, text, Options{Year: 2022})
	checkFigures(t, "bilingual year series", figs, []wantFig{
		{ind: "地区生产总值", value: 1420.8, unit: "亿元", prior: true}, {ind: "第一产业", value: 130.2, unit: "亿元", prior: true}, {ind: "人均地区生产总值", value: 58100, unit: "元", prior: true},
		{ind: "地区生产总值", value: 1500.1, unit: "亿元"}, {ind: "第一产业", value: 135.6, unit: "亿元"}, {ind: "人均地区生产总值", value: 61200, unit: "元"},
	})
}

// TestTableAbsChangeFigure: a column of absolute changes gives the change
// of the row's level and the amount as a figure of its own (signed as the
// cell writes it: the column's 增减量 says no direction; in the level's
// unit); a column of percent changes gives only the change.
func TestTableAbsChangeFigure(t *testing.T) {
	text := "单位：人\n| 项目 | 2023年 | 2022年 | 增减量 | 增减% |\n" +
		"| 在校学生 | 5230 | 5100 | 130 | 2.5 |\n" +
		"| 专任教师 | 410 | 420 | -10 | -2.4 |\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, "abs change figure", figs, []wantFig{
		{ind: "在校学生", value: 5230, unit: "人", changes: []string{"abs 130", "growth_pct 2.5"}},
		{ind: "在校学生", value: 5100, unit: "人", prior: true},
		{ind: "在校学生增减量", value: 130, unit: "人", changeOf: "在校学生"},
		{ind: "专任教师", value: 410, unit: "人", changes: []string{"abs -10", "growth_pct -2.4"}},
		{ind: "专任教师", value: 420, unit: "人", prior: true},
		{ind: "专任教师增减量", value: -10, unit: "人", changeOf: "专任教师", number: "-10"},
	})
}

// TestYearStreamRows: a year series copied one cell per line with bars
// (年份 on the line before the first bar) is read a row per year, named
// by its columns; a run whose first cells are not years in order is not.
func TestYearStreamRows(t *testing.T) {
	cells := []string{"地区生产总值(亿元)", "常住人口(万人)", "2021", "1420.8", "80.6", "2022", "1500.1", "80.9", "2023", "1580.2", "81.2"}
	text := "年份\n|\n" + strings.Join(cells, "\n|\n") + "\n|\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, "year stream", figs, []wantFig{
		{ind: "地区生产总值", value: 1420.8, unit: "亿元", prior: true}, {ind: "常住人口", value: 80.6, unit: "万人", prior: true},
		{ind: "地区生产总值", value: 1500.1, unit: "亿元", prior: true}, {ind: "常住人口", value: 80.9, unit: "万人", prior: true},
		{ind: "地区生产总值", value: 1580.2, unit: "亿元"}, {ind: "常住人口", value: 81.2, unit: "万人"},
	})
	mk := func(ts ...string) []tcell {
		var out []tcell
		for _, t := range ts {
			out = append(out, tcell{text: t})
		}
		return out
	}
	if _, ok := yearStreamRows(mk("年份", "产量", "2021", "1", "2021", "2"), ""); ok {
		t.Error("a year repeated read as a series")
	}
	if _, ok := yearStreamRows(mk("产量", "2021", "1", "2022", "2"), "指标"); ok {
		t.Error("a stream under 指标 read as a series of years")
	}
	if rows, ok := yearStreamRows(mk("年份", "产量", "2023", "3", "2022", "2", "2021", "1"), ""); !ok || len(rows) != 4 {
		t.Error("a falling series not read")
	}
}

// TestLineGroupHeader: a table copied one cell per line without bars
// whose header is groups over columns (本月 | 累计 over 绝对值 | 增长% twice)
// is read under both rows; a first row short of a value under a one-row
// header is no such header.
func TestLineGroupHeader(t *testing.T) {
	text := strings.Join([]string{"指标", "本月", "累计", "绝对值", "增长%", "绝对值", "增长%",
		"工业增加值(亿元)", "12.3", "5.2", "70.5", "6.1",
		"货运量(万吨)", "210", "3.0", "1100", "4.4"}, "\n\n") + "\n"
	figs := mustExtract(t, text, Options{Year: 2024})
	checkFigures(t, "line group header", figs, []wantFig{
		{ind: "工业增加值", value: 12.3, unit: "亿元", changes: []string{"growth_pct 5.2"}},
		{ind: "工业增加值", value: 70.5, unit: "亿元", changes: []string{"growth_pct 6.1"}},
		{ind: "货运量", value: 210, unit: "万吨", changes: []string{"growth_pct 3"}},
		{ind: "货运量", value: 1100, unit: "万吨", changes: []string{"growth_pct 4.4"}},
	})
	if figs[0].Period != "本月" || figs[1].Period != "累计" {
		t.Errorf("periods %q %q, want 本月 累计", figs[0].Period, figs[1].Period)
	}
	mk := func(ts ...string) []tcell {
		var out []tcell
		for _, t := range ts {
			out = append(out, tcell{text: t})
		}
		return out
	}
	if _, ok := lineGroupHeader(mk("指标", "本月", "累计", "增长(%)"), 2); ok {
		t.Error("本月 over 累计 | 增长(%) read as a group")
	}
	if _, ok := lineGroupHeader(mk("指标", "产量", "销量", "绝对值", "增长%", "数量", "占比"), 4); ok {
		t.Error("groups over differing columns read as a header")
	}
}

// TestChangeGroupByName: a change group over named columns (2023年 |
// 2022年 | 比上年增减, each over 面积 | 产量) holds the changes of the latest
// year's levels of the same names, each amount a figure of its own too.
func TestChangeGroupByName(t *testing.T) {
	text := "单位：万亩\n| 地区 | 2023年 | | 2022年 | | 比上年增减 | |\n" +
		"| | 面积 | 产量 | 面积 | 产量 | 面积 | 产量 |\n" +
		"| 全省 | 100 | 500 | 90 | 450 | 10 | 50 |\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, "change group by name", figs, []wantFig{
		{ind: "全省面积", value: 100, unit: "万亩", changes: []string{"abs 10"}},
		{ind: "全省产量", value: 500, unit: "万亩", changes: []string{"abs 50"}},
		{ind: "全省面积", value: 90, unit: "万亩", prior: true},
		{ind: "全省产量", value: 450, unit: "万亩", prior: true},
		{ind: "全省面积增减", value: 10, unit: "万亩", changeOf: "全省面积"},
		{ind: "全省产量增减", value: 50, unit: "万亩", changeOf: "全省产量"},
	})
}

// TestUnitOfMeasure: a unit line of several units (单位：万亩、万吨、公斤)
// gives an area its unit of area, an output its unit of weight and a
// yield per area its smallest unit of weight.
func TestUnitOfMeasure(t *testing.T) {
	text := "单位：万亩、万吨、公斤\n| 地区 | 播种面积 | 总产量 | 单产 |\n| 全省 | 100 | 50 | 500 |\n"
	checkFigures(t, "unit of measure", mustExtract(t, text, Options{Year: 2023}), []wantFig{
		{ind: "全省播种面积", value: 100, unit: "万亩"},
		{ind: "全省总产量", value: 50, unit: "万吨"},
		{ind: "全省单产", value: 500, unit: "公斤"},
	})
	for subject, want := range map[string]string{"播种面积": "千公顷", "总产量": "万吨", "每公顷产量": "公斤/公顷", "学生数": ""} {
		if got := unitOfMeasure([]string{"千公顷", "万吨", "公斤/公顷"}, subject); got != want {
			t.Errorf("unitOfMeasure(%q) = %q, want %q", subject, got, want)
		}
	}
}
