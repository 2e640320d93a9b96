package extract

import "testing"

// TestBracketColonYearPriorAsBefore: bracketColonYearPrior gives what
// colonYearPrior(bracketHead(head+p)) gives, for heads that hold a colon
// year in a bracket, heads that close it, heads with no bracket and heads
// with words after the bracket.
func TestBracketColonYearPriorAsBefore(t *testing.T) {
	cases := [][2]string{
		{"本期收益增加至约人民币120,000,000元（", "二零二二年：人民币"},
		{"本期收益增加至约人民币120,000,000元（二零二二年：", "人民币"},
		{"本期收益增加至约人民币120,000,000元（二零二二年：", ""},
		{"收入为港币50亿元(2021年度：", "约港元"},
		{"收入为港币50亿元(2021年度： 约 HK$", ""},
		{"收入为港币50亿元（2021年：人民币40亿元），利润", ""},
		{"全年受理案件", "比上年"},
		{"", ""},
		{"（", ""},
		{"营业额（附注3", "）二零二一年："},
		{"（二零二一年：人民币", "  "},
		{"（二零二一年：人民币约", "\u3000"},
		{"（收入二零二一年：", ""},
		{"（2021年:", "US$"},
		{"（二零二一年：", "人民币约12元"},
	}
	found := 0
	for _, c := range cases {
		wy, wok := colonYearPrior(bracketHead(c[0] + c[1]))
		gy, gok := bracketColonYearPrior(c[0], c[1])
		if gy != wy || gok != wok {
			t.Errorf("bracketColonYearPrior(%q, %q) = %d, %v; colonYearPrior(bracketHead) %d, %v", c[0], c[1], gy, gok, wy, wok)
		}
		if wok {
			found++
		}
	}
	if found < 6 {
		t.Errorf("%d cases read a prior's year, want 6 or more", found)
	}
}
