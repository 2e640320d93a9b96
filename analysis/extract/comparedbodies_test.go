package extract

import "testing"

// TestComparedBodies: a growth compared with several bodies at once gives
// each margin its body; one margin for both bodies stays one comparison.
func TestComparedBodies(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"工业投资增长9.2%，分别高于全省和全市3.1个百分点和1.6个百分点。", []wantFig{
			{ind: "工业投资", missing: true, changes: []string{"growth_pct 9.2"}},
			{ind: "高于全省", value: 3.1, unit: "个百分点"},
			{ind: "高于全市", value: 1.6, unit: "个百分点"}}},
		{"工业投资增长9.2%，快于全国、全省2.2和0.9个百分点。", []wantFig{
			{ind: "工业投资", missing: true, changes: []string{"growth_pct 9.2"}},
			{ind: "快于全国", value: 2.2, unit: "个百分点"},
			{ind: "快于全省", value: 0.9, unit: "个百分点"}}},
	})
	if comparedBodies("高于全省平均水平和上年同期水平的增速") != nil || comparedBodies("高于全省") != nil {
		t.Error("comparedBodies: want nil for a long body or a single one")
	}
}
