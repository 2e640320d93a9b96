package extract

import "testing"

// TestSemicolonGroupSchoolScope: a statement opened after a semicolon with a
// count of a level of schooling scopes the bare counts after it as the
// sentence's first figure does (semicolonGroupOpener in inheritSchoolScope).
func TestSemicolonGroupSchoolScope(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"全县中学42所；初中毕业生9120人，招生9650人，在校生28400人；高中毕业生6010人，招生6320人，在校生18900人。", []wantFig{
			{ind: "全县中学", value: 42, unit: "所"},
			{ind: "初中毕业生", value: 9120, unit: "人"},
			{ind: "初中招生", value: 9650, unit: "人"},
			{ind: "初中在校生", value: 28400, unit: "人"},
			{ind: "高中毕业生", value: 6010, unit: "人"},
			{ind: "高中招生", value: 6320, unit: "人"},
			{ind: "高中在校生", value: 18900, unit: "人"}}},
	})
}
