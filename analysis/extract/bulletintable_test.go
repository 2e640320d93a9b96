package extract

import "testing"

// TestIndicatorSystemRows: a monitoring table of indicator levels, the
// outer level written once on the first row it heads, a footnote mark in
// a label, and a ratio row without its unit cell.
func TestIndicatorSystemRows(t *testing.T) {
	text := "一级指标 | 二级指标 | 计量单位 | 1-6月 |\n" +
		"创新驱动 | 1.研发经费投入强度 | % | 2.4 |\n" +
		"2.每万人发明专利拥有量[1] | 件 | 8.6 | |\n" +
		"协调发展 | 3.常住人口城镇化率 | % | 61.5 |\n" +
		"4.城乡居民收入比 | 2.31 |\n" +
		"[1]按发明专利计算。\n"
	figs := mustExtract(t, text, Options{Year: 2024})
	checkFigures(t, "indicator system", figs, []wantFig{
		{ind: "研发经费投入强度", value: 2.4, unit: "%"},
		{ind: "每万人发明专利拥有量", value: 8.6, unit: "件"},
		{ind: "常住人口城镇化率", value: 61.5, unit: "%"},
		{ind: "城乡居民收入比", value: 2.31, unit: ""},
	})
}

// TestIndicatorSystemRowsOther: a header whose first cells name no
// levels is left to the generic rules.
func TestIndicatorSystemRowsOther(t *testing.T) {
	rows := []trow{
		{cells: []tcell{{text: "指标"}, {text: "单位"}, {text: "1-6月"}}},
		{cells: []tcell{{text: "产值"}, {text: "亿元"}, {text: "12.5"}}},
	}
	if _, ok := indicatorSystemRows(rows, 1); ok {
		t.Fatal("a 指标 | 单位 header read as an indicator system")
	}
	for in, want := range map[string]string{
		"高技术产业[1]增加值": "高技术产业增加值",
		"装备制造业［12］":   "装备制造业",
		"[注]产值":       "[注]产值",
		"产值[123]":     "产值[123]",
	} {
		if got := dropBracketNoteMarks(in); got != want {
			t.Errorf("dropBracketNoteMarks(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestWrappedHeaderRow: a header row whose cells the copy broke where the
// page wrapped them, each cell's last line ending in its bar.
func TestWrappedHeaderRow(t *testing.T) {
	text := "表2 全年农业生产\n" +
		"| 项 目 | 产量\n(万吨) |\n比上年增长\n(%) |\n" +
		"| 粮食 | 52.6 | 1.2 |\n" +
		"| 蔬菜 | 120.4 | -3.5 |\n"
	figs := mustExtract(t, text, Options{Year: 2024})
	checkFigures(t, "wrapped header", figs, []wantFig{
		{ind: "粮食产量", value: 52.6, unit: "万吨", changes: []string{"growth_pct 1.2"}},
		{ind: "蔬菜产量", value: 120.4, unit: "万吨", changes: []string{"growth_pct -3.5"}},
	})
	// A first line that ends in its bar is no wrapped header.
	x := newValidExtractor([]byte("| 项 目 | 产量 |\n(万吨) |\n| 粮食 | 52.6 |\n"), Options{})
	if rows, _ := x.wrappedHeaderRow(0); rows != nil {
		t.Fatalf("a header closed on its line read as wrapped: %v", rows)
	}
}

// TestTotalPartsPaths: a two-row header whose lower row names the parts
// of the first upper column's total, the total a column of its own and
// the last upper column empty in every row; a header whose first column
// is no sum stays a group.
func TestTotalPartsPaths(t *testing.T) {
	text := "单位:万元 |\n" +
		"年 份 | 财政收入 | 人均收入 (元/人) | ||||\n" +
		"税收 | 非税收入 | 基金收入 | |||\n" +
		"1960 | 1 200 | 700 | 300 | 200 | |\n" +
		"1961 | 1 350 | 800 | 320 | 230 | |\n"
	figs := mustExtract(t, text, Options{})
	checkFigures(t, "total parts", figs, []wantFig{
		{ind: "财政收入", value: 1200, unit: "万元"},
		{ind: "税收", value: 700, unit: "万元"},
		{ind: "非税收入", value: 300, unit: "万元"},
		{ind: "基金收入", value: 200, unit: "万元"},
		{ind: "财政收入", value: 1350, unit: "万元"},
		{ind: "税收", value: 800, unit: "万元"},
		{ind: "非税收入", value: 320, unit: "万元"},
		{ind: "基金收入", value: 230, unit: "万元"},
	})
	data := []trow{
		{cells: []tcell{{text: "1960"}, {text: "5"}, {text: "7"}, {text: "9"}}},
		{cells: []tcell{{text: "1961"}, {text: "6"}, {text: "8"}, {text: "4"}}},
	}
	if partsSumToTotal(data, 1, 2) {
		t.Fatal("columns that do not add up read as a total and its parts")
	}
}

// TestStackedHeaderRows: a header whose column names wrap over three
// lines, each line packed to the left, a part column's name starting on
// the second line with its # mark.
func TestStackedHeaderRows(t *testing.T) {
	text := "单位:万元\n" +
		"| 地 区 | 学 校 | 教 育 | 教 育 | |\n" +
		"| 数 量 | #民 办 | |||\n" +
		"| (所) | 学 校 | 经 费 | 投 入 | |\n" +
		"| 东 区 | 120 | 30 | 5600 | 5400 |\n" +
		"| 西 区 | 80 | 12 | 3100 | 3000 |\n"
	figs := mustExtract(t, text, Options{Year: 2010})
	checkFigures(t, "stacked header", figs, []wantFig{
		{ind: "东区学校数量", value: 120, unit: "所"},
		{ind: "东区民办学校", value: 30, unit: "所"},
		{ind: "东区教育经费", value: 5600, unit: "万元"},
		{ind: "东区教育投入", value: 5400, unit: "万元"},
		{ind: "西区学校数量", value: 80, unit: "所"},
		{ind: "西区民办学校", value: 12, unit: "所"},
		{ind: "西区教育经费", value: 3100, unit: "万元"},
		{ind: "西区教育投入", value: 3000, unit: "万元"},
	})
	// Without the # mark the missing column is not known: no rewrite.
	rows := []trow{
		{cells: []tcell{{text: "地区"}, {text: "学校"}, {text: "教育"}}},
		{cells: []tcell{{text: "数量"}, {text: "民办"}}},
		{cells: []tcell{{text: "(所)"}, {text: "学校"}}},
		{cells: []tcell{{text: "东区"}, {text: "1"}, {text: "2"}, {text: "3"}}},
	}
	if _, _, ok := stackedHeaderRows(rows, 3); ok {
		t.Fatal("a stacked header without its # mark rewritten")
	}
}

// TestXXGKT2ShortColumnName: the template's 现行有效件数 typed 现行有效件,
// its block copied one cell a line with blank lines between.
func TestXXGKT2ShortColumnName(t *testing.T) {
	text := "二、主动公开政府信息情况\n\n第二十条第(一)项\n\n信息内容\n\n本年制发件数\n\n本年废止件数\n\n现行有效件\n\n" +
		"规章\n\n 1\n\n0\n\n3\n\n行政规范性文件\n\n 4\n\n2\n\n27\n"
	figs := mustExtract(t, text, Options{Year: 2024})
	checkFigures(t, "xxgk T2 short name", figs, []wantFig{
		{ind: "规章本年制发件数", value: 1},
		{ind: "规章本年废止件数", value: 0},
		{ind: "规章现行有效件", value: 3},
		{ind: "行政规范性文件本年制发件数", value: 4},
		{ind: "行政规范性文件本年废止件数", value: 2},
		{ind: "行政规范性文件现行有效件", value: 27},
	})
}

// TestVoltAmpereUnit: transformer capacity in 千伏安 (kVA), with a scale.
func TestVoltAmpereUnit(t *testing.T) {
	figs := mustExtract(t, "全年新增变电容量352.6万千伏安，增长12.5%；变压器产量1200千伏安。", Options{Year: 2024})
	checkFigures(t, "volt-ampere", figs, []wantFig{
		{ind: "新增变电容量", value: 352.6, unit: "万千伏安", changes: []string{"growth_pct 12.5"}},
		{ind: "变压器产量", value: 1200, unit: "千伏安"},
	})
}

// TestRatioTopic: ratio structures stated after a clause that names the
// ratio and how it moved, the ratio clause itself naming nothing.
func TestRatioTopic(t *testing.T) {
	figs := mustExtract(t, "居民收入比继续缩小，由上年的2.31:1下降为2.26:1。", Options{Year: 2024})
	checkFigures(t, "ratio topic", figs, []wantFig{
		{ind: "居民收入比", value: 2.31, prior: true, term: [2]int{1, 2}},
		{ind: "居民收入比", value: 1, prior: true, term: [2]int{2, 2}},
		{ind: "居民收入比", value: 2.26, term: [2]int{1, 2}},
		{ind: "居民收入比", value: 1, term: [2]int{2, 2}},
	})
	// A topic that names no ratio leaves colon chains alone.
	if figs := mustExtract(t, "会议持续进行，由09:30开到11:00。", Options{}); len(figs) != 0 {
		t.Fatalf("times read as a ratio: %v", figs)
	}
}
