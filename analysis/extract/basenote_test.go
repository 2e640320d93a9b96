package extract

import "testing"

// TestBaseNote: a note that defines what is taken as 100 is read past; the
// figure after it is of the name before it.
func TestBaseNote(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"男性为520.4万人，性别比(以女性为100，男性对女性的比例)为103.12。", []wantFig{
			{ind: "男性", value: 520.4, unit: "万人"},
			{ind: "性别比", value: 103.12, unit: ""}}},
		{"出生人口性别比（以女性为100）108.6。", []wantFig{
			{ind: "出生人口性别比", value: 108.6, unit: ""}}},
	})
	for _, c := range []struct {
		s    string
		want int
	}{
		{"(以上年为100)", len("(以上年为100)")},
		{"（以1978年为100）", len("（以1978年为100）")},
		{"(以下简称“增长”)", 0},
		{"(以上)", 0},
		{"(以女性为100", 0},
	} {
		if got := baseNote(c.s, 0); got != c.want {
			t.Errorf("baseNote(%q) = %d, want %d", c.s, got, c.want)
		}
	}
}
