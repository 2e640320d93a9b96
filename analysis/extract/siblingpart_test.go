package extract

import "testing"

// TestSiblingPart: under a whole that names its unit in its label, the
// unmarked rows after a # row are parts too and take the whole's unit; a
// row that names its own unit, or a total, is none.
func TestSiblingPart(t *testing.T) {
	text := "| 指标 | 本月 | 比去年同月增长(%) |\n" +
		"| 农产品收购总额(万元) | 820.5 | 3.1 |\n" +
		"| # 粮食 | 410.2 | 2.2 |\n" +
		"| 蔬菜 | 205.7 | -1.4 |\n" +
		"| 水果 | 98.3 | 6.0 |\n" +
		"| 收购户数(户) | 1250 | 4.5 |\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, "sibling parts", figs, []wantFig{
		{ind: "农产品收购总额", value: 820.5, unit: "万元", changes: []string{"growth_pct 3.1"}},
		{ind: "粮食", value: 410.2, unit: "万元", changes: []string{"growth_pct 2.2"}},
		{ind: "蔬菜", value: 205.7, unit: "万元", changes: []string{"growth_pct -1.4"}},
		{ind: "水果", value: 98.3, unit: "万元", changes: []string{"growth_pct 6"}},
		{ind: "收购户数", value: 1250, unit: "户", changes: []string{"growth_pct 4.5"}},
	})
	for _, tc := range []struct {
		label string
		want  bool
	}{{"住宿餐饮业", true}, {"收购户数(户)", false}, {"合计", false}, {"", false}} {
		if got := siblingPart(tc.label); got != tc.want {
			t.Errorf("siblingPart(%q) = %v, want %v", tc.label, got, tc.want)
		}
	}
}
