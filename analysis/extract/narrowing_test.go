package extract

import "testing"

// TestNarrowedDecline: the points by which the decline of a figure that
// fell narrowed are a rise of its growth rate (narrowedDecline), and those
// by which it widened a fall; a figure that grew, or one named by its
// decline, keeps the verb's sign.
func TestNarrowedDecline(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"全市进出口总额52.6亿元，同比下降8.1%，降幅比1-6月收窄2.3个百分点。", []wantFig{
			{ind: "进出口总额", value: 52.6, unit: "亿元", changes: []string{"growth_pct -8.1", "pp 2.3"}}}},
		{"工业用电量18.2亿千瓦时，下降4.5%，降幅较1-3月扩大1.2个百分点。", []wantFig{
			{ind: "工业用电量", value: 18.2, unit: "亿千瓦时", changes: []string{"growth_pct -4.5", "pp -1.2"}}}},
		{"客运量1260万人次，增长3.2%，增幅较1-3月收窄0.8个百分点。", []wantFig{
			{ind: "客运量", value: 1260, unit: "万人次", changes: []string{"growth_pct 3.2", "pp -0.8"}}}},
	})
}
