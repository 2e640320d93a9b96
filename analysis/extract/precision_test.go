package extract

import "testing"

// Sentences written for these tests (issue 11, precision on fresh real
// texts): the numbers are made up.

// TestTraditionalDistribution: 分別 in traditional script hands its
// changes to the figures listed before it, as 分别 does.
func TestTraditionalDistribution(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"全年批准逮捕犯罪嫌疑人12.5萬人，提起公訴30.2萬人，同比分別下降4.5%和2.1%。", []wantFig{
			{ind: "批准逮捕犯罪嫌疑人", value: 12.5, unit: "万人", changes: []string{"growth_pct -4.5"}},
			{ind: "提起公訴犯罪嫌疑人", value: 30.2, unit: "万人", changes: []string{"growth_pct -2.1"}}}},
		{"不捕率、不訴率分別為28.5%和16.2%。", []wantFig{
			{ind: "不捕率", value: 28.5, unit: "%"},
			{ind: "不訴率", value: 16.2, unit: "%"}}},
	})
}
