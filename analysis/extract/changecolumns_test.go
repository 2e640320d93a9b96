package extract

import "testing"

// TestChangeQuantity: the quantity a change column's header names before
// its change words; none for a period, a year or a change word alone.
func TestChangeQuantity(t *testing.T) {
	for h, want := range map[string]string{
		"地区生产总值增长速度":    "地区生产总值",
		"固定资产投资增速":      "固定资产投资",
		"财政收入比上年增长":     "财政收入",
		"社会消费品零售总额同比增长": "社会消费品零售总额",
		"比上年增长":         "",
		"同比增长":          "",
		"当月同比增长":        "",
		"1-3月增长":        "",
		"2023年比上年增长":    "",
		"累计增长":          "",
		"绝对量增长":         "",
		"增减":            "",
	} {
		if got := changeQuantity(h); got != want {
			t.Errorf("changeQuantity(%q) = %q, want %q", h, got, want)
		}
	}
}

// TestChangeOnlyColumns: a table of growth columns without levels, one a
// quantity, names each cell by its row and its column's quantity; a
// change column beside its level still changes that level.
func TestChangeOnlyColumns(t *testing.T) {
	text := "单位：%\n" +
		"地区 | 地区生产总值增速 | 固定资产投资增长速度 |\n" +
		"甲县 | 6.5 | 8.1 |\n" +
		"乙县 | 5.2 | -3.0 |\n"
	figs, err := Extract([]byte(text), Options{Year: 2023})
	if err != nil {
		t.Fatal(err)
	}
	checkFigures(t, text, figs, []wantFig{
		{ind: "甲县地区生产总值", missing: true, changes: []string{"growth_pct 6.5"}},
		{ind: "甲县固定资产投资", missing: true, changes: []string{"growth_pct 8.1"}},
		{ind: "乙县地区生产总值", missing: true, changes: []string{"growth_pct 5.2"}},
		{ind: "乙县固定资产投资", missing: true, changes: []string{"growth_pct -3"}},
	})
	levels := "指标 | 产量(万吨) | 产量增速(%) |\n" +
		"粮食 | 120.5 | 2.1 |\n" +
		"油料 | 30.2 | -1.5 |\n"
	figs, err = Extract([]byte(levels), Options{Year: 2023})
	if err != nil {
		t.Fatal(err)
	}
	checkFigures(t, levels, figs, []wantFig{
		{ind: "粮食产量", value: 120.5, unit: "万吨", changes: []string{"growth_pct 2.1"}},
		{ind: "油料产量", value: 30.2, unit: "万吨", changes: []string{"growth_pct -1.5"}},
	})
}
