package extract

import "testing"

// TestShortWholeShare: a share of a whole named in one or two characters
// (占税收, 占收入) is the level's before it (shortWhole), as a share of 总数
// is; a whole of four characters names the share as written.
func TestShortWholeShare(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"增值税完成12.6亿元，增长3.1%，占税收的40.2%。", []wantFig{
			{ind: "增值税", value: 12.6, unit: "亿元", changes: []string{"growth_pct 3.1"}},
			{ind: "增值税占税收", value: 40.2, unit: "%"}}},
		{"教育支出18.4亿元，占一般公共预算支出的21.5%。", []wantFig{
			{ind: "教育支出", value: 18.4, unit: "亿元"},
			{ind: "占一般公共预算支出", value: 21.5, unit: "%"}}},
	})
	for _, c := range []struct {
		in   string
		want bool
	}{{"税收", true}, {"总数", true}, {"一般公共预算收入", false}, {"", false}, {"GDP", false}} {
		if got := shortWhole(c.in); got != c.want {
			t.Errorf("shortWhole(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}
