package extract

import "testing"

// TestUnitAlternativeBracket: a unit's bracketed alternatives are part of
// the counted noun; a bracket after another noun is not.
func TestUnitAlternativeBracket(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"全区共有8个街道，95个村(社区)，610个村(居)民小组。", []wantFig{
			{ind: "街道", value: 8, unit: "个"},
			{ind: "村(社区)", value: 95, unit: "个"},
			{ind: "村(居)民小组", value: 610, unit: "个"}}},
		{"调查在40个县(市、区)抽取了260个村(居)委会。", []wantFig{
			{ind: "县(市、区)", value: 40, unit: "个"},
			{ind: "村(居)委会", value: 260, unit: "个"}}},
	})
	for _, c := range []struct {
		s    string
		prev rune
		want int
	}{
		{"(市、区)抽取", '县', len("(市、区)")},
		{"（社区）", '村', len("（社区）")},
		{"(点)", '站', 0},
		{"(含新建)", '村', 0},
		{"(2022)", '县', 0},
		{"()", '县', 0},
	} {
		if got := unitAlternativeBracket(c.s, 0, len(c.s), c.prev); got != c.want {
			t.Errorf("unitAlternativeBracket(%q, %q) = %d, want %d", c.s, c.prev, got, c.want)
		}
	}
}
