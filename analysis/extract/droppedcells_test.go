package extract

import (
	"strings"
	"testing"
)

// TestDroppedCells: a month table copied one cell a line without its
// empty cells, with a column of units: a row of a level and a change (its
// prior dropped) reads so, a row of a level and its prior as before, a
// row of its unit alone or of a lone number gives nothing and the table
// goes on after it; 1-3 over the values is the period.
func TestDroppedCells(t *testing.T) {
	lines := []string{"指标名称", "单位", "1-3", "去年同期", "增长%",
		"工业总产值", "亿元", "80.5", "75.2", "7.0",
		"工业增加值", "亿元", "20.4", "-1.8",
		"#高新技术产业", "亿元",
		"建筑业投资", "亿元", "-6.5",
		"工业产品销售率", "%", "97.6", "98.1",
		"货物进口总额", "亿元", "12.6", "11.9", "5.9",
		"居民存款余额", "亿元", "900.3", "850.1", "5.9"}
	text := strings.Join(lines, "\n\n") + "\n"
	figs, err := Extract([]byte(text), Options{Year: 2023})
	if err != nil {
		t.Fatal(err)
	}
	checkFigures(t, text, figs, []wantFig{
		{ind: "工业总产值", value: 80.5, unit: "亿元", changes: []string{"growth_pct 7"}},
		{ind: "工业总产值", value: 75.2, unit: "亿元", prior: true},
		{ind: "工业增加值", value: 20.4, unit: "亿元", changes: []string{"growth_pct -1.8"}},
		{ind: "工业产品销售率", value: 97.6, unit: "%"},
		{ind: "工业产品销售率", value: 98.1, unit: "%", prior: true},
		{ind: "货物进口总额", value: 12.6, unit: "亿元", changes: []string{"growth_pct 5.9"}},
		{ind: "货物进口总额", value: 11.9, unit: "亿元", prior: true},
		{ind: "居民存款余额", value: 900.3, unit: "亿元", changes: []string{"growth_pct 5.9"}},
		{ind: "居民存款余额", value: 850.1, unit: "亿元", prior: true},
	})
	for _, f := range figs {
		if f.Period != "1-3" && !f.Prior {
			t.Errorf("%s %v: period %q, want 1-3", f.Indicator, f.Value, f.Period)
		}
	}
}

// TestBareMonthSpan: months from January without 月.
func TestBareMonthSpan(t *testing.T) {
	for h, want := range map[string]bool{"1-2": true, "1-12": true, "1—6": true, "12": false, "2-3": false, "1-13": false, "1-1": false, "1-2月": false, "1-02": false} {
		if got := bareMonthSpan(h); got != want {
			t.Errorf("bareMonthSpan(%q) = %v, want %v", h, got, want)
		}
	}
}

// TestDropEmptyUnitColumn: a products table copied one cell a line whose
// 计量单位 column every row left empty reads its rows under the other
// columns.
func TestDropEmptyUnitColumn(t *testing.T) {
	lines := []string{"产品名称", "计量单位", "2022年产量", "比上年增减%",
		"小麦", "5210", "3.1", "玉米", "8800", "-1.2", "花生", "960", "0"}
	text := strings.Join(lines, "\n\n") + "\n"
	figs := mustExtract(t, text, Options{Year: 2022})
	checkFigures(t, text, figs, []wantFig{
		{ind: "小麦产量", value: 5210, changes: []string{"growth_pct 3.1"}},
		{ind: "玉米产量", value: 8800, changes: []string{"growth_pct -1.2"}},
		{ind: "花生产量", value: 960, changes: []string{"growth_pct 0"}},
	})
	if got := dropEmptyUnitColumn([]string{"单位", "本月", "累计"}, 3); len(got) != 3 {
		t.Errorf("as many headers as values: kept, got %v", got)
	}
	if got := dropEmptyUnitColumn([]string{"本月", "累计", "增长"}, 2); len(got) != 3 {
		t.Errorf("no unit column: kept, got %v", got)
	}
}
