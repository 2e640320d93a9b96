package extract

import "testing"

// TestSchoolsUnit: schools counted in 万所 name the level of the counts
// after them as schools counted in 所 do (schoolsUnit).
func TestSchoolsUnit(t *testing.T) {
	for u, want := range map[string]bool{"所": true, "万所": true, "千所": true, "个": false, "万人": false} {
		if got := schoolsUnit(u); got != want {
			t.Errorf("schoolsUnit(%q) = %v, want %v", u, got, want)
		}
	}
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"全省共有初中1.12万所；招生420.5万人；毕业生398.2万人。", []wantFig{
			{ind: "初中", value: 1.12, unit: "万所"},
			{ind: "初中招生", value: 420.5, unit: "万人"},
			{ind: "初中毕业生", value: 398.2, unit: "万人"}}},
	})
}

// TestSchoolScopeThroughTotal: a level's count written with 共 (义务教育阶段
// 共招生) still names the level of the counts after it.
func TestSchoolScopeThroughTotal(t *testing.T) {
	checkSubjects(t, []subjectCase{
		{"全县共有义务教育阶段学校86所，义务教育阶段共招生5200人；在校生3.1万人。", []string{"义务教育阶段学校", "义务教育阶段共招生", "义务教育阶段在校生"}},
	})
}
