package extract

import "testing"

// TestInclusionCount: a part counted after 含 counts the noun after its
// classifier (inclusionVerb), and so does a second count joined to it by 和
// (conjoinedCount); 初中 and 高中 are nouns though 中 stops a noun.
func TestInclusionCount(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"高中12所（含3所民办高中），小学86所（含9所民办小学和21个教学点）。", []wantFig{
			{ind: "高中", value: 12, unit: "所"},
			{ind: "民办高中", value: 3, unit: "所"},
			{ind: "小学", value: 86, unit: "所"},
			{ind: "民办小学", value: 9, unit: "所"},
			{ind: "教学点", value: 21, unit: "个"}}},
	})
	if !inclusionVerb("含") || inclusionVerb("含量") {
		t.Error("inclusionVerb: 含 is a verb of inclusion, 含量 none")
	}
}
