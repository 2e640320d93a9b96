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
