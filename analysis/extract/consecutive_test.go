package extract

import "testing"

// TestConsecutivePeriods: a run of months, quarters or days after 连续 is
// a span, no figure (consecutivePeriods); counts after it stay figures.
func TestConsecutivePeriods(t *testing.T) {
	for _, c := range []struct {
		pre, unit string
		want      bool
	}{
		{"出口额连续", "个月", true},
		{"用电量连续 ", "个季度", true},
		{"安全生产连续", "天", true},
		{"连续", "次", false},
		{"累计", "个月", false},
		{"连续工作", "小时", false},
	} {
		if got := consecutivePeriods(c.pre, unitMatch{unit: c.unit, kind: unitQuantity}); got != c.want {
			t.Errorf("consecutivePeriods(%q, %q) = %v, want %v", c.pre, c.unit, got, c.want)
		}
	}
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"全市出口额连续6个月保持正增长。", nil},
		{"社区连续100天无新增病例，服务居民3200人。", []wantFig{{ind: "服务居民", value: 3200, unit: "人"}}},
	})
}

// TestNarrowedDeclineOf: the points after a clause named by the decline
// alone (降幅收窄, 降幅比…收窄) are the change of the sentence's last figure
// that fell, a level or a figure stated only as its fall.
func TestNarrowedDeclineOf(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"全市货物出口额86.4亿元，下降2.7%，降幅收窄4.1个百分点。", []wantFig{
			{ind: "货物出口额", value: 86.4, unit: "亿元", changes: []string{"growth_pct -2.7", "pp 4.1"}}}},
		{"全县建筑业产值比上年下降9.2%，降幅比上半年收窄3.3个百分点。", []wantFig{
			{ind: "建筑业产值", missing: true, changes: []string{"growth_pct -9.2", "pp 3.3"}}}},
		{"房地产开发投资下降5.5%，降幅扩大1.2个百分点。", []wantFig{
			{ind: "房地产开发投资", missing: true, changes: []string{"growth_pct -5.5", "pp -1.2"}}}},
	})
}
