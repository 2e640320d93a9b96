package extract

import "testing"

// TestGroupOfRate: the parts of a rate named by their group alone after
// 其中 are the group's rate (groupOfRate), in traditional script too (農
// folds to 农).
func TestGroupOfRate(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"全县婴儿死亡率为4.12‰，其中城镇为3.05‰，农村为5.20‰。", []wantFig{
			{ind: "婴儿死亡率", value: 4.12, unit: "‰"},
			{ind: "城镇婴儿死亡率", value: 3.05, unit: "‰"},
			{ind: "农村婴儿死亡率", value: 5.2, unit: "‰"}}},
		{"全市住院分娩率為99.10%，其中城市為99.80%，農村為98.70%。", []wantFig{
			{ind: "住院分娩率", value: 99.1, unit: "%"},
			{ind: "城市住院分娩率", value: 99.8, unit: "%"},
			{ind: "農村住院分娩率", value: 98.7, unit: "%"}}},
		// A level that is no rate: the group stays as written.
		{"全市医疗机构床位1.2万张，其中城市0.8万张。", []wantFig{
			{ind: "医疗机构床位", value: 1.2, unit: "万张"},
			{ind: "城市", value: 0.8, unit: "万张"}}},
	})
}
