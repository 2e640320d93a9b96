package extract

import "testing"

// TestSpacedUnit: a unit set apart from its number by a space, as copies of
// PDF reports write them, is the number's unit when the number is spaced
// on both sides or the unit ends its word (spacedUnit); a line the copy
// wrapped between a verb and its number keeps the change.
func TestSpacedUnit(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"全镇实现工业总产值 86 亿元，增长 4.5%。", []wantFig{
			{ind: "工业总产值", value: 86, unit: "亿元", changes: []string{"growth_pct 4.5"}}}},
		{"其中：本级支出41.27 亿元 ，增长3.2%。", []wantFig{
			{ind: "本级支出", value: 41.27, unit: "亿元", changes: []string{"growth_pct 3.2"}}}},
		{"全县新建农村公路 126 公里。", []wantFig{
			{ind: "新建农村公路", value: 126, unit: "公里"}}},
		{"全区实现地区生产总值215亿元，增长\n6.1%。", []wantFig{
			{ind: "地区生产总值", value: 215, unit: "亿元", changes: []string{"growth_pct 6.1"}}}},
	})
	for _, c := range []struct {
		s    string
		want string
	}{
		{"总产值 86 亿元，", "亿元"},
		{"支出41.27 亿元 ，", "亿元"},
		{"支出41.27 亿元的", ""}, // unspaced before, a word after: no unit (和 joins a list: listJoinAfterUnit)
		{"详见第 3 页。", ""},    // a page number
		{"见表 2 所列", ""},     // a table number
		{"共 12   个", ""},    // three spaces or more: columns
		{"增长 5 %", ""},      // a spaced % is readUnit's
	} {
		i := 0
		for i < len(c.s) && !isDigitAt(c.s, i) {
			i++
		}
		j := i
		for isDigitAt(c.s, j) || c.s[j] == '.' {
			j++
		}
		if got := spacedUnit(c.s, i, j).unit; got != c.want {
			t.Errorf("spacedUnit(%q) = %q, want %q", c.s, got, c.want)
		}
	}
}
