package extract

import "testing"

// Sentences written for these tests: bulleted lists of school measures
// under a heading that names a level of schooling.

func TestHeadingLevel(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"小学", "小学"},
		{"义务教育总体情况", "义务教育"},
		{"学前教育：幼儿园数量保持增长", "学前教育"},
		{"普通高中基本情况", "普通高中"},
		{"学校数量连续42年减少", ""},
		{"学校", ""},
		{"全国总体情况", ""},
		{"注：巩固率是初中毕业班学生数的百分比", ""},
	} {
		if got := headingLevel(c.line); got != c.want {
			t.Errorf("headingLevel(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}

func TestBulletHeadingLevel(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"初中\n学校数量有所减少\n- 学校5.2万所\n- 招生1600.5万人\n", []wantFig{
			{ind: "初中学校", value: 5.2, unit: "万所"},
			{ind: "初中招生", value: 1600.5, unit: "万人"}}},
		{"义务教育总体情况\n• 学校20.5万所\n• 专任教师1002.3万人\n", []wantFig{
			{ind: "义务教育学校", value: 20.5, unit: "万所"},
			{ind: "义务教育专任教师", value: 1002.3, unit: "万人"}}},
		// Not a list item: the line's own words name it.
		{"小学\n学校5.2万所。\n", []wantFig{{ind: "学校", value: 5.2, unit: "万所"}}},
		// A heading that names no level.
		{"全国总体情况\n- 学校53.01万所\n", []wantFig{{ind: "学校", value: 53.01, unit: "万所"}}},
	})
}

func TestCumulativeSince(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"全年主动公开政府信息980条，历年累计21000条。", []wantFig{
			{ind: "主动公开政府信息", value: 980, unit: "条"},
			{ind: "主动公开政府信息历年累计", value: 21000, unit: "条"}}},
		// Without 累计 the span names nothing carried.
		{"全年主动公开政府信息980条，历年21000条。", []wantFig{
			{ind: "主动公开政府信息", value: 980, unit: "条"},
			{ind: "历年", value: 21000, unit: "条"}}},
	})
}
