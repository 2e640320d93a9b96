package extract

import "testing"

// TestPlaceHolding: a named place and a verb of holding before a count
// (河东省共有小学, 石桥区现有幼儿园) are the scope, as 全省 is, and the
// subject is what is held.
func TestPlaceHolding(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
	}{
		{"河东省共有小学", len("河东省共有")},
		{"石桥区现有幼儿园", len("石桥区现有")},
		{"青山县有各级各类学校", len("青山县有")},
		{"北原自治州拥有医疗卫生机构", len("北原自治州拥有")},
		{"全省共有小学", 0},     // 全省 is read by the leading words
		{"社区有图书室", 0},     // two characters: no named place
		{"卫生机构共有卫生人员", 0}, // no place suffix
		{"河东省共有", 0},      // nothing held after the verb
		{"河东省共有3所", 0},    // a number, not a noun, after the verb
	} {
		if got := placeHolding(c.in); got != c.want {
			t.Errorf("placeHolding(%q) = %d, want %d", c.in, got, c.want)
		}
	}
	runRuleCases(t, []ruleCase{
		{"2022年河东省共有小学3120所，比上年减少40所。", []wantFig{
			{ind: "小学", value: 3120, unit: "所", changes: []string{"abs -40"}},
			{ind: "小学减少", value: 40, unit: "所", changeOf: "小学"}}},
		{"石桥区现有幼儿园86所。", []wantFig{
			{ind: "幼儿园", value: 86, unit: "所"}}},
	})
}

// TestTraditionalPunishing: the verbs and adverbs of punishing written in
// traditional script (嚴厲打擊, 依法懲治) name the crimes of the bare counts
// after them as their simplified forms do.
func TestTraditionalPunishing(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"依法懲治走私、販賣等涉毒犯罪,起訴120人。", []wantFig{
			{ind: "走私、販賣等涉毒犯罪起訴", value: 120, unit: "人"}}},
		{"嚴厲打擊盜竊、詐騙等多發性犯罪，起訴86人。", []wantFig{
			{ind: "盜竊、詐騙等多發性犯罪起訴", value: 86, unit: "人"}}},
	})
}

// TestTraditionalInstitutions: 機構 and 結構 in traditional script are read
// as 机构 and 结构: the staff an institution holds (醫療衛生機構共有衛生人員)
// is named without the verb of holding.
func TestTraditionalInstitutions(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"三類縣級醫療衛生機構共有衛生人員5.2萬人。", []wantFig{
			{ind: "三類縣級醫療衛生機構衛生人員", value: 5.2, unit: "万人"}}},
	})
}
