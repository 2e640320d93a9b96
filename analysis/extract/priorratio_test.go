package extract

import "testing"

// TestPriorRatioTopic: a ratio structure compared with the year before in
// a clause of its own is the prior of the structure stated before it.
func TestPriorRatioTopic(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"三次产业结构为12.1:40.2:47.7，上年为12.5:41.0:46.5。", []wantFig{
			{ind: "三次产业结构", value: 12.1, term: [2]int{1, 3}},
			{ind: "三次产业结构", value: 40.2, term: [2]int{2, 3}},
			{ind: "三次产业结构", value: 47.7, term: [2]int{3, 3}},
			{ind: "三次产业结构", value: 12.5, prior: true, term: [2]int{1, 3}},
			{ind: "三次产业结构", value: 41, prior: true, term: [2]int{2, 3}},
			{ind: "三次产业结构", value: 46.5, prior: true, term: [2]int{3, 3}}}},
		{"三次产业比为9.8:35.1:55.1，与上年的10.2:36.0:53.8相比，第三产业占比提高。", []wantFig{
			{ind: "三次产业比", value: 9.8, term: [2]int{1, 3}},
			{ind: "三次产业比", value: 35.1, term: [2]int{2, 3}},
			{ind: "三次产业比", value: 55.1, term: [2]int{3, 3}},
			{ind: "三次产业比", value: 10.2, prior: true, term: [2]int{1, 3}},
			{ind: "三次产业比", value: 36, prior: true, term: [2]int{2, 3}},
			{ind: "三次产业比", value: 53.8, prior: true, term: [2]int{3, 3}}}},
	})
}

// TestColonRatioTopic: a ratio structure after a colon that ends the
// clause naming it is that structure; a colon after other words gives no
// ratio.
func TestColonRatioTopic(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"三次产业结构为：2.1:40.9:57.0。", []wantFig{
			{ind: "三次产业结构", value: 2.1, term: [2]int{1, 3}},
			{ind: "三次产业结构", value: 40.9, term: [2]int{2, 3}},
			{ind: "三次产业结构", value: 57, term: [2]int{3, 3}}}},
		{"主要数据如下：12.1:3.0。", nil},
	})
}
