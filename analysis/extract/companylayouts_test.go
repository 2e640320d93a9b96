package extract

import "testing"

// Tests of the company-table layouts met on real pages (the tables here
// are written for the tests, with made-up numbers, after those layouts).

// TestCellWithUnit: a cell that writes its number with its unit.
func TestCellWithUnit(t *testing.T) {
	cases := []struct {
		in   string
		v    float64
		unit string
		ok   bool
	}{
		{"25.57亿元", 25.57, "亿元", true},
		{"6,440.98万元", 6440.98, "万元", true},
		{" 1,200人 ", 1200, "人", true},
		{"-3.5亿元", -3.5, "亿元", true},
		{"12.5%", 0, "", false}, // a percent: parseCell's
		{"25.57", 0, "", false}, // no unit
		{"亿元", 0, "", false},
		{"3.2亿元左右", 0, "", false},
		{"2023年", 0, "", false}, // a year is no unit
		{"第3名", 0, "", false},
	}
	for _, c := range cases {
		v, _, u, ok := cellWithUnit(c.in)
		if ok != c.ok || ok && (v != c.v || u != c.unit) {
			t.Errorf("cellWithUnit(%q) = %v %q %v, want %v %q %v", c.in, v, u, ok, c.v, c.unit, c.ok)
		}
	}
}

// TestSegmentTableCellUnits: a 分行业/分产品 table whose revenue cells
// carry their own units (亿元 and 万元 in one column) beside shares in %.
func TestSegmentTableCellUnits(t *testing.T) {
	text := "分产品 | 营业收入 | 占比 | 毛利率 |\n" +
		"---|---|---|---|\n" +
		"甲类设备 | 12.34亿元 | 70.10% | 21.50% |\n" +
		"乙类服务 | 5,210.50万元 | 29.90% | - |\n"
	figs := mustExtract(t, text, Options{Year: 2024})
	checkFigures(t, "segment cells with units", figs, []wantFig{
		{ind: "甲类设备营业收入", value: 12.34, unit: "亿元"},
		{ind: "甲类设备占比", value: 70.10, unit: "%"},
		{ind: "甲类设备毛利率", value: 21.50, unit: "%"},
		{ind: "乙类服务营业收入", value: 5210.50, unit: "万元"},
		{ind: "乙类服务占比", value: 29.90, unit: "%"},
	})
}
