package extract

import "testing"

// TestCountedThreshold: a growth threshold after a count bounds what is
// counted and gives no figure; a growth in a clause of its own stays one.
func TestCountedThreshold(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"6个县区工业增加值增速超过15%，3个县区固定资产投资增速在20%以上。", []wantFig{
			{ind: "县区工业增加值增速超过", value: 6, unit: "个"},
			{ind: "县区固定资产投资增速", value: 3, unit: "个"}}},
		{"其中，9家企业营业收入同比增速超过30%。", []wantFig{
			{ind: "企业营业收入", value: 9, unit: "家"}}},
	})
	m := unitMatch{kind: unitPercent, unit: "%"}
	if countedThreshold("亿元", "增加值增长超过", "。", m) || countedThreshold("个", "增加值增长", "。", m) || countedThreshold("个", "增速超过", "的企业", m) {
		t.Error("countedThreshold: want none after a level, without a threshold verb, or when the clause goes on")
	}
}
