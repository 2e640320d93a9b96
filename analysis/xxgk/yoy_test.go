package xxgk

import "testing"

func TestGrowthStatement(t *testing.T) {
	cases := []struct {
		cur, prev float64
		has       bool
		want      string
	}{
		// 95 against 21: (95−21)/21 = 352.38…%, written as a percentage, not 倍
		{95, 21, true, "本年新收政府信息公开申请95件，同比增长352.38%（上年21件）"},
		{36, 31, true, "本年新收政府信息公开申请36件，同比增长16.13%（上年31件）"},
		{20, 40, true, "本年新收政府信息公开申请20件，同比下降50.00%（上年40件）"},
		{5, 0, true, "本年新收政府信息公开申请5件，上年为0"},
		{0, 0, true, "本年新收政府信息公开申请0件，与上年持平（均为0）"},
		{7, 7, true, "本年新收政府信息公开申请7件，与上年持平"},
		{7, 0, false, "本年新收政府信息公开申请7件"},
	}
	for _, c := range cases {
		if got := GrowthStatement("本年新收政府信息公开申请", c.cur, c.prev, c.has, "件", 0, 0, 2); got != c.want {
			t.Errorf("%v vs %v: %q, want %q", c.cur, c.prev, got, c.want)
		}
	}
}

// 洪泽 2024 against 2023: 收办 and 新收 are named apart; the fee (万元) keeps
// its decimals; T4 compares cell by cell.
func TestCompareHongze(t *testing.T) {
	prev := readFixture(t, "hongze-2023.txt")
	rep := readFixture(t, "hongze-2024.txt")
	cmp := Compare(rep, prev, 2)
	byID := map[string]Item{}
	for _, it := range cmp.Items {
		byID[it.ID] = it
	}
	if it := byID[MeasureHandled]; it.Current != 95 || it.Prev != 21 || it.Statement != "收办政府信息公开申请（本年新收加上年结转）95件，同比增长352.38%（上年21件）" {
		t.Errorf("收办: %+v", it)
	}
	if it := byID[MeasureNew]; it.Statement != "本年新收政府信息公开申请（不含上年结转）95件，同比增长352.38%（上年21件）" {
		t.Errorf("新收: %q", it.Statement)
	}
	// 7545 − 7730.28 = −185.28 万元, −2.40%
	if it := byID["Z6·C1"]; it.Statement != "行政事业性收费本年收费金额7545万元，同比下降2.40%（上年7730.28万元）" {
		t.Errorf("fee: %q", it.Statement)
	}
	if it := byID["A5"]; it.Current != 2 || it.Prev != 0 || it.Statement != "行政复议总计2件，上年为0" {
		t.Errorf("A5: %+v", it)
	}
	if len(byID) != 10+23*7+10+15 {
		t.Errorf("%d items", len(byID))
	}
}
