package extract

import "testing"

// TestConvertedCurrency: a level restated in another currency (折合, 按汇率
// 折算为) is the level before it, named as it is.
func TestConvertedCurrency(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"人均生产总值52000元，按年平均汇率折算为7500美元。", []wantFig{
			{ind: "人均生产总值", value: 52000, unit: "元"},
			{ind: "人均生产总值", value: 7500, unit: "美元"}}},
		{"全县人均地区生产总值41000元，按2022年平均汇率计算为6100美元。", []wantFig{
			{ind: "人均地区生产总值", value: 41000, unit: "元"},
			{ind: "人均地区生产总值", value: 6100, unit: "美元"}}},
		{"人均GDP48000元(折合7100美元)，增长5.0%。", []wantFig{
			{ind: "人均GDP", value: 48000, unit: "元", changes: []string{"growth_pct 5"}},
			{ind: "人均GDP", value: 7100, unit: "美元"}}},
	})
}

// TestStatAcronymBefore: a value right after GDP or CPI is read; a code
// with letters before the acronym is not.
func TestStatAcronymBefore(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"人均GDP48000元，增长5.0%。", []wantFig{
			{ind: "人均GDP", value: 48000, unit: "元", changes: []string{"growth_pct 5"}}}},
	})
	if statAcronymBefore("XGDP12", 4) || !statAcronymBefore("人均GDP12", len("人均GDP")) {
		t.Error("statAcronymBefore: want 人均GDP only")
	}
}
