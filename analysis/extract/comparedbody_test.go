package extract

import "testing"

// TestComparedWithBody: a comparison with another body written with 比 and
// an adjective is a figure of its own in points (comparedWithBody), as
// after 高于; against an earlier period it is no such comparison.
func TestComparedWithBody(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"全县地区生产总值86.2亿元，同比增长5.8%，比全市平均水平快0.6个百分点。", []wantFig{
			{ind: "地区生产总值", value: 86.2, unit: "亿元", changes: []string{"growth_pct 5.8"}},
			{ind: "比全市平均水平快", value: 0.6, unit: "个百分点"}}},
	})
	for _, c := range []struct {
		in   string
		want bool
	}{{"比全省增速高", true}, {"较全国平均慢了", true}, {"比上年快", false}, {"比全省", false}} {
		if got := comparedWithBody(c.in); got != c.want {
			t.Errorf("comparedWithBody(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}
