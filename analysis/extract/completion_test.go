package extract

import "testing"

// TestCompletionOfLevel: a completion of a plan is a figure of its own; one
// named by fewer than four characters (为预算) takes its level's name, a
// longer one (完成预算数) is named as written, even without 的, and a growth
// after it is the level's (completionOfLevel, completionPhrase).
func TestCompletionOfLevel(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"全县一般公共预算收入8,420万元，为预算的101.6%，同比增长4.2%。", []wantFig{
			{ind: "一般公共预算收入", value: 8420, unit: "万元", changes: []string{"growth_pct 4.2"}},
			{ind: "一般公共预算收入为预算", value: 101.6, unit: "%"}}},
		{"一般公共预算总收入52310万元，完成预算数103.4%，增长6.5%。", []wantFig{
			{ind: "一般公共预算总收入", value: 52310, unit: "万元", changes: []string{"growth_pct 6.5"}},
			{ind: "完成预算数", value: 103.4, unit: "%"}}},
		{"非税收入完成960万元，为计划的88.5%。", []wantFig{
			{ind: "非税收入", value: 960, unit: "万元"},
			{ind: "非税收入为计划", value: 88.5, unit: "%"}}},
	})
	for _, c := range []struct {
		level, name, want string
	}{
		{"一般公共预算收入", "为预算", "一般公共预算收入为预算"},
		{"一般公共预算收入", "占调整预算", "占调整预算"},
		{"一般公共预算收入", "完成年初预算数", "完成年初预算数"},
		{"", "为预算", ""},
		{"一般公共预算收入", "预算", ""},    // no verb of completion
		{"一般公共预算收入", "为预算编制", ""}, // no plan at the end
	} {
		if got := completionOfLevel(c.level, c.name); got != c.want {
			t.Errorf("completionOfLevel(%q, %q) = %q, want %q", c.level, c.name, got, c.want)
		}
	}
	for _, c := range []struct {
		name string
		want bool
	}{{"完成预算", true}, {"一般公共预算支出完成年初预算", true}, {"占调整预算", true}, {"为年度目标", true}, {"一般公共预算", false}, {"预算数", false}} {
		if got := isCompletionName(c.name); got != c.want {
			t.Errorf("isCompletionName(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}
