package extract

import "testing"

// TestSchoolCountAfterChange: the counts of a level's pupils take the
// level named by its count of schools also when that count's stated change
// came between (lastSchoolCount passes over the change, a figure of its
// own), and 学生 is one of those counts (schoolMeasures); a count named
// 校数 is a measure, no level.
func TestSchoolCountAfterChange(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"全市共有普通高中36所，比上年增加2所；招生2.4万人；在校生7.1万人。", []wantFig{
			{ind: "普通高中", value: 36, unit: "所", changes: []string{"abs 2"}},
			{ind: "普通高中增加", value: 2, unit: "所", changeOf: "普通高中"},
			{ind: "普通高中招生", value: 2.4, unit: "万人"},
			{ind: "普通高中在校生", value: 7.1, unit: "万人"}}},
		{"其中：小学120所，学生6.5万人；初中41所，学生3.2万人。", []wantFig{
			{ind: "小学", value: 120, unit: "所"},
			{ind: "小学学生", value: 6.5, unit: "万人"},
			{ind: "初中", value: 41, unit: "所"},
			{ind: "初中学生", value: 3.2, unit: "万人"}}},
	})
}
