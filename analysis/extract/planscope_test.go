package extract

import "testing"

// TestPlanScopeCompletion: a completion whose plan is scoped (完成全年目标,
// 完成全年总量目标) is a share of the plan, and the growth after it is the
// level's (completionPhrase with planScopes).
func TestPlanScopeCompletion(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"全县工业总产值预计完成420亿元，完成全年总量目标的103%，同比增长9.5%。", []wantFig{
			{ind: "工业总产值", value: 420, unit: "亿元", changes: []string{"growth_pct 9.5"}},
			{ind: "完成全年总量目标", value: 103, unit: "%"}}},
	})
	for _, c := range []struct {
		name string
		want int
	}{
		{"完成全年目标", len("完成全年目标")}, {"完成全年总量目标", len("完成全年总量目标")}, {"完成年度目标", len("完成年度目标")},
		{"全年目标", 0}, {"总量目标", 0},
	} {
		if got := completionPhrase(c.name); got != c.want {
			t.Errorf("completionPhrase(%q) = %d, want %d", c.name, got, c.want)
		}
	}
}
