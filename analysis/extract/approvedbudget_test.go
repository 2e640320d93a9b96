package extract

import "testing"

// TestApprovedBudgetCompletion: a completion of a budget named with the
// body that approved it is named by its verb and budget alone
// (dropApprovingBody), and the prior after it is the level's, not the
// plan's (readPrior passes over the plan a share was of).
func TestApprovedBudgetCompletion(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"全市税收收入8,460万元，为市人民代表大会批准全市年初预算12,000万元的70.5%，比上年同期7,900万元增收560万元。", []wantFig{
			{ind: "税收收入", value: 8460, unit: "万元", changes: []string{"abs 560"}},
			{ind: "为市人民代表大会批准全市年初预算", value: 12000, unit: "万元"},
			{ind: "为年初预算", value: 70.5, unit: "%"},
			{ind: "税收收入", value: 7900, unit: "万元", prior: true},
			{ind: "税收收入增收", value: 560, unit: "万元", changeOf: "税收收入"}}},
	})
	for _, c := range []struct{ in, want string }{
		{"完成镇人大二次会议批准的支出预算", "完成支出预算"},
		{"为县人大常委会批准全县调整预算", "为调整预算"},
		{"完成年初预算数", "完成年初预算数"},
		{"经批准的", "经批准的"},
	} {
		if got := dropApprovingBody(c.in); got != c.want {
			t.Errorf("dropApprovingBody(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
