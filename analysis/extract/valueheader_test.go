package extract

import "testing"

// TestHeaderOverValues: a header that names the value columns alone, the
// cells over the label and unit columns lost: the years and the change
// stand over the values, the unit column gives each row its unit.
func TestHeaderOverValues(t *testing.T) {
	text := "表2 卫生资源\n" +
		"2022年 | 2021年 | 增长%\n" +
		"医院 | 个 | 120 | 110 | 9.1\n" +
		"床位 | 张 | 5600 | 5300 | 5.7\n" +
		"卫生人员 | 人 | 8800 | 8000 | 10.0\n"
	figs := mustExtract(t, text, Options{Year: 2022})
	checkFigures(t, "values header", figs, []wantFig{
		{ind: "医院", value: 120, unit: "个", changes: []string{"growth_pct 9.1"}},
		{ind: "医院", value: 110, unit: "个", prior: true},
		{ind: "床位", value: 5600, unit: "张", changes: []string{"growth_pct 5.7"}},
		{ind: "床位", value: 5300, unit: "张", prior: true},
		{ind: "卫生人员", value: 8800, unit: "人", changes: []string{"growth_pct 10"}},
		{ind: "卫生人员", value: 8000, unit: "人", prior: true},
	})
	if figs[0].Period != "2022年" || figs[1].Period != "2021年" {
		t.Errorf("periods %q %q", figs[0].Period, figs[1].Period)
	}
}

func TestHeaderOverValuesRule(t *testing.T) {
	hdr := []trow{{cells: []tcell{{text: "2022年"}, {text: "2021年"}}}}
	paths := make([][]string, 4)
	if !headerOverValues(hdr, paths, 2) || paths[2][0] != "2022年" || paths[3][0] != "2021年" || paths[0] != nil {
		t.Errorf("paths %q", paths)
	}
	// A first cell that heads the labels (指标) is the labels' header: not moved.
	hdr = []trow{{cells: []tcell{{text: "指标"}, {text: "2022年"}}}}
	if headerOverValues(hdr, make([][]string, 4), 2) {
		t.Error("指标 | 2022年 moved")
	}
	// One cell per column but one: spanLabelHeader's, not this rule's.
	hdr = []trow{{cells: []tcell{{text: "2022年"}, {text: "2021年"}, {text: "增长%"}}}}
	if headerOverValues(hdr, make([][]string, 4), 2) {
		t.Error("three cells over two values moved")
	}
}

func TestUnitTextColumns(t *testing.T) {
	data := []trow{
		{cells: []tcell{{text: "医院"}, {text: "个"}, {text: "120"}}},
		{cells: []tcell{{text: "床位"}, {text: "张"}, {text: "5600"}}},
	}
	cols := make([]tableColumn, 3)
	unitTextColumns(data, cols, 2)
	if !cols[1].unitCol {
		t.Error("个 | 张: not a unit column")
	}
	data[1].cells[1].text = "甲县"
	cols = make([]tableColumn, 3)
	unitTextColumns(data, cols, 2)
	if cols[1].unitCol {
		t.Error("个 | 甲县: a unit column")
	}
}

func TestLevelGrowths(t *testing.T) {
	g := func(vs ...float64) []Figure {
		var figs []Figure
		for _, v := range vs {
			figs = append(figs, Figure{Changes: []Change{{Kind: "growth_pct", Value: v}}})
		}
		return figs
	}
	if !levelGrowths(g(110, 5300, 8000)) {
		t.Error("levels read as growths")
	}
	if levelGrowths(g(9.1, 5.7, 126.3, -99.3)) || levelGrowths(g(150, 230)) {
		t.Error("growths read as levels")
	}
}

// TestChangeGroupNotParts: a budget table whose level is its prior plus its
// change (5000 = 4500 + 500) under a change group over 金额 | %: the
// levels are this year's and last year's, the group's cells their changes
// (not a total and its parts, not a header broken over two rows).
func TestChangeGroupNotParts(t *testing.T) {
	text := "单位：万元\n" +
		"项目 | 2023年预算数 | 2022年执行数 | 比上年增减\n" +
		" | | | 金额 | %\n" +
		"税收收入 | 5000 | 4500 | 500 | 11.1\n" +
		"非税收入 | 1200 | 1300 | -100 | -7.7\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	var got []wantFig
	for _, f := range figs {
		if f.ChangeOf == "" {
			got = append(got, wantFig{ind: f.Indicator, value: f.Value, unit: f.Unit, prior: f.Prior})
		}
	}
	checkFigures(t, "budget change group", figs[:2], []wantFig{
		{ind: "税收收入", value: 5000, unit: "万元", changes: []string{"abs 500", "growth_pct 11.1"}},
		{ind: "税收收入", value: 4500, unit: "万元", prior: true},
	})
	if len(got) != 4 {
		t.Errorf("levels %+v", got)
	}
	if figs[2].ChangeOf != "税收收入" || figs[2].Indicator != "税收收入增减" || figs[2].Value != 500 {
		t.Errorf("absolute change %+v", figs[2])
	}
}

// TestChangeGroupSpans: the change column over 金额 | %, written from the
// second column, the periods spanning both rows.
func TestChangeGroupSpans(t *testing.T) {
	text := "单位：万元\n" +
		"项目 | 本期 | 上年同期 | 比上年同期增减\n" +
		" | | 金额 | %\n" +
		"税收收入 | 5000 | 4500 | 500 | 11.1\n" +
		"非税收入 | 1200 | 1300 | -100 | -7.7\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, "change group", []Figure{figs[0], figs[1], figs[3], figs[4]}, []wantFig{
		{ind: "税收收入", value: 5000, unit: "万元", changes: []string{"abs 500", "growth_pct 11.1"}},
		{ind: "税收收入", value: 4500, unit: "万元", prior: true},
		{ind: "非税收入", value: 1200, unit: "万元", changes: []string{"abs -100", "growth_pct -7.7"}},
		{ind: "非税收入", value: 1300, unit: "万元", prior: true},
	})
	if g := changeGroupSpans([]string{"本期", "上年同期", "比上年同期增减"}, []string{"金额", "%"}, 4); len(g) != 3 || g[2] != 2 || g[0] != 0 {
		t.Errorf("spans %v", g)
	}
	if g := changeGroupSpans([]string{"地区生产总值", "比上年增长%"}, []string{"第一产业", "第二产业"}, 3); g != nil {
		t.Errorf("parts read as measures: %v", g)
	}
}

func TestPartName(t *testing.T) {
	for h, want := range map[string]bool{"第一产业": true, "#工业": true, "金额": false, "%": false, "增长(%)": false, "比上年增减": false, "2022年": false, "上年同期": false} {
		if partName(h) != want {
			t.Errorf("partName(%q) = %v", h, !want)
		}
	}
}

func TestLowerHeaderWidens(t *testing.T) {
	row := func(ts ...string) trow {
		var r trow
		for _, t := range ts {
			r.cells = append(r.cells, tcell{text: t})
		}
		return r
	}
	upper := row("项目", "2023年预算数", "2022年执行数", "比上年增减")
	data := []trow{row("税收收入", "5000", "4500", "500", "11.1")}
	if !lowerHeaderWidens(upper, row("", "", "金额", "%"), data) {
		t.Error("金额 | % under the change group over five columns: not a header row of its own")
	}
	if !lowerHeaderWidens(row("项目", "本期", "上年同期", "比上年同期增减"), row("", "金额", "%"), data) {
		t.Error("金额 | % written from the second column: not a header row of its own")
	}
	// 本报告期比上年同期 over 增减(%): the rows are as wide as the upper row.
	upper = row("项目", "本报告期", "上年同期", "本报告期比上年同期")
	if lowerHeaderWidens(upper, row("", "", "", "增减(%)"), []trow{row("营业收入", "120", "100", "20.0")}) {
		t.Error("a broken header read as a row of its own")
	}
}

// TestLastYearOutturnPrior: 上年执行 is the previous year's column.
func TestLastYearOutturnPrior(t *testing.T) {
	if !isPriorPeriod("上年执行") || !isPeriodHeader("上年同月") || !isPriorPeriod("上年同月") {
		t.Error("上年执行, 上年同月: not prior periods")
	}
}

// TestLabelHeaderOverGroups: a two-row header whose first cell heads the
// labels and whose period cells, merged over 绝对值 | 增长% each, the copy
// wrote once (指标 | 本月 | 累计 over | 绝对值 | 增长% | 绝对值 | 增长%): every
// growth is of its period's level, and 指标 names no value column.
func TestLabelHeaderOverGroups(t *testing.T) {
	text := "表3 旅游\n" +
		"指标 | 本月 | 累计\n" +
		" | 绝对值 | 增长% | 绝对值 | 增长%\n" +
		"接待游客(万人次) | 120.5 | 9.3 | 650.3 | 8.4\n" +
		"旅游收入(亿元) | 15.2 | 8.6 | 80.6 | 7.3\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, "label header over groups", figs, []wantFig{
		{ind: "接待游客", value: 120.5, unit: "万人次", changes: []string{"growth_pct 9.3"}},
		{ind: "接待游客", value: 650.3, unit: "万人次", changes: []string{"growth_pct 8.4"}},
		{ind: "旅游收入", value: 15.2, unit: "亿元", changes: []string{"growth_pct 8.6"}},
		{ind: "旅游收入", value: 80.6, unit: "亿元", changes: []string{"growth_pct 7.3"}},
	})
	if figs[0].Period != "本月" || figs[1].Period != "累计" {
		t.Errorf("periods %q %q", figs[0].Period, figs[1].Period)
	}
}

// TestRepeatedLowerGroups: periods over a lower row that names every
// column and repeats its measures under each (本月 | 累计 over 指标 | 绝对值
// | 增长% | 绝对值 | 增长%): each level has its period.
func TestRepeatedLowerGroups(t *testing.T) {
	text := "表3 旅游\n" +
		"本月 | 累计\n" +
		"指标 | 绝对值 | 增长% | 绝对值 | 增长%\n" +
		"接待游客(万人次) | 120.5 | 9.3 | 650.3 | 8.4\n" +
		"旅游收入(亿元) | 15.2 | 8.6 | 80.6 | 7.3\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, "repeated lower groups", figs, []wantFig{
		{ind: "接待游客", value: 120.5, unit: "万人次", changes: []string{"growth_pct 9.3"}},
		{ind: "接待游客", value: 650.3, unit: "万人次", changes: []string{"growth_pct 8.4"}},
		{ind: "旅游收入", value: 15.2, unit: "亿元", changes: []string{"growth_pct 8.6"}},
		{ind: "旅游收入", value: 80.6, unit: "亿元", changes: []string{"growth_pct 7.3"}},
	})
	if figs[0].Period != "本月" || figs[1].Period != "累计" {
		t.Errorf("periods %q %q", figs[0].Period, figs[1].Period)
	}
	if _, ok := repeatedLowerGroups([]string{"本月", "累计"}, []string{"指标", "绝对值", "增长%", "数量", "增长%"}, 5); ok {
		t.Error("runs that differ read as repeated")
	}
}
