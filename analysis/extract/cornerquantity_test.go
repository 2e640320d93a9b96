package extract

import "testing"

// TestCornerQuantity: a corner word with the quantity and its unit in
// brackets names both; a corner with a unit only, a quantity without a
// unit, or no corner word names none.
func TestCornerQuantity(t *testing.T) {
	for _, c := range []struct{ h, q, u string }{
		{"指标(在校学生数/人)", "在校学生数", "人"},
		{"项目（招生数，人）", "招生数", "人"},
		{"指 标(床位数:张)", "床位数", "张"},
		{"项目(万元)", "", ""},
		{"指标(在校学生数)", "", ""},
		{"学校(在校学生数/人)", "", ""},
		{"指标(比重/%)", "", ""},
	} {
		q, u, ok := cornerQuantity(c.h)
		if q != c.q || u != c.u || ok != (c.q != "") {
			t.Errorf("cornerQuantity(%q) = %q %q %v", c.h, q, u, ok)
		}
	}
}

// TestCornerQuantityTable: a year table whose corner names its quantity
// and unit: each row's figures are that quantity of the row's kind, in the
// corner's unit, a figure a year.
func TestCornerQuantityTable(t *testing.T) {
	text := "指标(专任教师数/人) | 2023年 | 2022年 | 2021年 |\n" +
		"小学 | 3120 | 3050 | 2987 |\n" +
		"初中 | 2045 | 2010 | - |\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	wantFigures(t, figs, []string{
		"小学专任教师数 3120 人", "小学专任教师数 3050 人", "小学专任教师数 2987 人",
		"初中专任教师数 2045 人", "初中专任教师数 2010 人",
	})
	if figs[1].Period != "2022年" {
		t.Errorf("period: %+v", figs[1])
	}
}
