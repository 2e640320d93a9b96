package extract

import "testing"

// TestCourtPartRate: a bare case rate right after the counts of one court
// within the whole is that court's rate; after the whole's counts it stays
// as written (courtPartRate).
func TestCourtPartRate(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"市高院受理案件6120件，审结5930件，结案率96.9%。", []wantFig{
			{ind: "市高院受理案件", value: 6120, unit: "件"},
			{ind: "市高院审结案件", value: 5930, unit: "件"},
			{ind: "市高院结案率", value: 96.9, unit: "%"}}},
		{"全市法院受理案件8.2万件，审结7.9万件，结案率96.3%。", []wantFig{
			{ind: "法院受理案件", value: 8.2, unit: "万件"},
			{ind: "全市法院审结案件", value: 7.9, unit: "万件"},
			{ind: "结案率", value: 96.3, unit: "%"}}},
	})
	for _, c := range []struct{ ind, want string }{
		{"市中院审结", "市中院"}, {"中院本级受理各类案件", "中院本级"}, {"全市法院审结案件", ""}, {"受理案件", ""},
	} {
		if got := courtPartBody(c.ind); got != c.want {
			t.Errorf("courtPartBody(%q) = %q, want %q", c.ind, got, c.want)
		}
	}
}
