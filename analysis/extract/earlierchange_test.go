package extract

import "testing"

// TestEarlierPeriodChange: a change after 由<period>的 that the figure
// turned from is a figure of its own stated only as that change, in that
// period; the change after 转为 is the level's.
func TestEarlierPeriodChange(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"全县第二产业增加值88.6亿元，由上半年的下降4.2%转为比上年增长1.5%。", []wantFig{
			{ind: "第二产业增加值", value: 88.6, unit: "亿元", changes: []string{"growth_pct 1.5"}},
			{ind: "第二产业增加值", missing: true, changes: []string{"growth_pct -4.2"}}}},
		{"建筑业增加值52.3亿元，由前三季度的增长2.1%转为与上年持平。", []wantFig{
			{ind: "建筑业增加值", value: 52.3, unit: "亿元", changes: []string{"growth_pct 0"}},
			{ind: "建筑业增加值", missing: true, changes: []string{"growth_pct 2.1"}}}},
	})
	if p, _, ok := earlierPeriodPhrase("，由一季度的", "转为增长0.3%"); !ok || p != "一季度" {
		t.Errorf("earlierPeriodPhrase: got %q %v, want 一季度", p, ok)
	}
	if _, _, ok := earlierPeriodPhrase("，由一季度的", "，增长0.3%"); ok {
		t.Error("earlierPeriodPhrase: no 转为, no earlier change")
	}
	figs := mustExtract(t, "第一产业增加值41.3亿元，由一季度的下降25.3%转为与上年持平。", Options{Year: 2020})
	if len(figs) != 2 || figs[1].Period != "一季度" {
		t.Errorf("want the earlier change in 一季度, got %+v", figs)
	}
}
