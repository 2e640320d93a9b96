package extract

import "testing"

// TestAbsReachedLevelNow: the level now (现为, 现有) written after the
// absolute change that led to it is the changed subject's figure, with the
// change signed by its verb (absReachedLevel with reachVerbs); 现为 at a
// subject's end is no part of it (trailingWords).
func TestAbsReachedLevelNow(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"养老机构增加了4家，现为37家。", []wantFig{
			{ind: "养老机构增加", value: 4, unit: "家", changeOf: "养老机构"},
			{ind: "养老机构", value: 37, unit: "家", changes: []string{"abs 4"}}}},
		{"社区卫生服务站较上年减少了6个，现为52个；护理院增加3所，现有19所。", []wantFig{
			{ind: "社区卫生服务站减少", value: 6, unit: "个", changeOf: "社区卫生服务站"},
			{ind: "社区卫生服务站", value: 52, unit: "个", changes: []string{"abs -6"}},
			{ind: "护理院增加", value: 3, unit: "所", changeOf: "护理院"},
			{ind: "护理院", value: 19, unit: "所", changes: []string{"abs 3"}}}},
		{"馆藏图书現為86万册。", []wantFig{{ind: "馆藏图书", value: 86, unit: "万册"}}},
	})
}
