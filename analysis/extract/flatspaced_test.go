package extract

import (
	"reflect"
	"testing"
)

// TestFlatSpacedTable: a table of months run into one line, its header
// words grouped into as many names as each row has numbers.
func TestFlatSpacedTable(t *testing.T) {
	text := "表3 某省景气指数 单位:% 总指数 订单 原材料 库存 2024年1月 50.2 51.0 48.3 2024年2月 49.6 50.4 47.9 2024年3月 50.8 52.1 48.8"
	figs := mustExtract(t, text, Options{Year: 2024})
	checkFigures(t, "flat table", figs, []wantFig{
		{ind: "总指数", value: 50.2, unit: "%"}, {ind: "订单", value: 51.0, unit: "%"}, {ind: "原材料库存", value: 48.3, unit: "%"},
		{ind: "总指数", value: 49.6, unit: "%"}, {ind: "订单", value: 50.4, unit: "%"}, {ind: "原材料库存", value: 47.9, unit: "%"},
		{ind: "总指数", value: 50.8, unit: "%"}, {ind: "订单", value: 52.1, unit: "%"}, {ind: "原材料库存", value: 48.8, unit: "%"},
	})
	for _, f := range figs[:3] {
		if f.Period != "2024年1月" {
			t.Errorf("%s: period %q, want 2024年1月", f.Indicator, f.Period)
		}
	}
}

// TestFlatSpacedTableMonths: rows of months without their year.
func TestFlatSpacedTableMonths(t *testing.T) {
	text := "表1 某市价格指数 (单位:%) 月份 食品 衣着 1月 101.2 99.8 2月 102.0 100.1 3月 101.5 99.6"
	figs := mustExtract(t, text, Options{Year: 2024})
	checkFigures(t, "flat months", figs, []wantFig{
		{ind: "食品", value: 101.2, unit: "%"}, {ind: "衣着", value: 99.8, unit: "%"},
		{ind: "食品", value: 102.0, unit: "%"}, {ind: "衣着", value: 100.1, unit: "%"},
		{ind: "食品", value: 101.5, unit: "%"}, {ind: "衣着", value: 99.6, unit: "%"},
	})
}

// TestFlatSpacedTableAmbiguous: when the header words do not make as many
// names as the rows have numbers in one way only, or a row has another
// count, the table gives nothing.
func TestFlatSpacedTableAmbiguous(t *testing.T) {
	for _, text := range []string{
		"表3 某省指数 单位:% 总指数 东部 地区 西部 2024年1月 50.2 51.0 48.3 2024年2月 49.6 50.4 47.9 2024年3月 50.8 52.1 48.8",
		"表3 某省指数 单位:% 总指数 订单 库存 2024年1月 50.2 51.0 48.3 2024年2月 49.6 50.4 2024年3月 50.8 52.1 48.8",
	} {
		if figs := mustExtract(t, text, Options{Year: 2024}); len(figs) != 0 {
			t.Errorf("%s: %d figures, want none", text, len(figs))
		}
	}
}

func TestGroupHeaderWords(t *testing.T) {
	for _, c := range []struct {
		words []string
		k     int
		want  []string
	}{
		{[]string{"甲", "乙"}, 2, []string{"甲", "乙"}},
		{[]string{"月份", "甲", "乙"}, 2, []string{"甲", "乙"}},
		{[]string{"生产", "产成品", "库存", "从业人员"}, 3, []string{"生产", "产成品库存", "从业人员"}},
		{[]string{"生产", "新订单", "从业人员"}, 2, nil},
		{[]string{"甲"}, 2, nil},
	} {
		got, ok := groupHeaderWords(c.words, c.k)
		if !ok {
			got = nil
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("groupHeaderWords(%v, %d) = %v, want %v", c.words, c.k, got, c.want)
		}
	}
}

func TestFlatPeriodLabel(t *testing.T) {
	for s, want := range map[string]bool{
		"2024年": true, "2024年3月": true, "2024年12月份": true, "2024年一季度": true, "2024年第3季度": true,
		"3月": true, "1-3月": true, "12月份": true,
		"2024": false, "13月": false, "全年": false, "2024年上半": false, "24年3月": false, "2024年123月": false, "生产": false,
	} {
		if got := flatPeriodLabel(s); got != want {
			t.Errorf("flatPeriodLabel(%q) = %v, want %v", s, got, want)
		}
	}
}
