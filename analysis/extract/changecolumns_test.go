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

// TestYearEndCountColumn: a population table's 年末数 in persons names
// its rows' counts; 年末数 in money stays a period alone.
func TestYearEndCountColumn(t *testing.T) {
	text := "表1 年末人口数及其构成\n" +
		"指标 | 年末数(万人) | 比重(%) |\n" +
		"全县常住人口 | 52.3 | 100.0 |\n" +
		"城镇 | 30.1 | 57.6 |\n" +
		"乡村 | 22.2 | 42.4 |\n"
	got := map[string]float64{}
	for _, f := range mustExtract(t, text, Options{Year: 2023}) {
		got[f.Indicator] = f.Value
	}
	for k, v := range map[string]float64{"全县常住人口年末数": 52.3, "城镇年末数": 30.1, "乡村年末数": 22.2, "城镇比重": 57.6} {
		if got[k] != v {
			t.Errorf("%s = %v, want %v (got %v)", k, got[k], v, got)
		}
	}
	money := "单位：万元\n项目 | 年初数 | 年末数 |\n货币资金 | 120.5 | 130.2 |\n应收账款 | 30.1 | 28.4 |\n"
	for _, f := range mustExtract(t, money, Options{Year: 2023}) {
		if f.Indicator != "货币资金" && f.Indicator != "应收账款" {
			t.Errorf("money table: subject %q", f.Indicator)
		}
	}
	for _, c := range []struct {
		label, unit string
		want        bool
	}{{"年末数", "万人", true}, {"年末數", "人", true}, {"年末数", "万元", false}, {"年初数", "万人", false}} {
		if got := yearEndCountHeader(c.label, c.unit); got != c.want {
			t.Errorf("yearEndCountHeader(%q, %q) = %v", c.label, c.unit, got)
		}
	}
}
