package extract

import "testing"

// TestStackedLeavesStream: a header one cell a line whose leaves wrapped
// onto a second row (绝对数 | 比上年 over (人) | 增长(%), once per group): the
// two rows are one, each group's level in the lower row's unit with its
// growth.
func TestStackedLeavesStream(t *testing.T) {
	text := "项 目\n|\n床位数\n|\n卫生人员数\n|\n绝对数\n|\n比上年\n|\n绝对数\n|\n比上年\n|\n(张)\n|\n增长(%)\n|\n(人)\n|\n增长(%)\n|\n" +
		"县医院\n|\n420\n|\n5.0\n|\n610\n|\n2.5\n|\n乡镇卫生院\n|\n380\n|\n-1.2\n|\n455\n|\n3.1\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	var got []string
	for _, f := range figs {
		got = append(got, figureLine(f))
	}
	want := []string{
		"县医院床位数 420 张 [growth_pct 5]", "县医院卫生人员数 610 人 [growth_pct 2.5]",
		"乡镇卫生院床位数 380 张 [growth_pct -1.2]", "乡镇卫生院卫生人员数 455 人 [growth_pct 3.1]",
	}
	if len(got) != len(want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("got %q, want %q", got[i], want[i])
		}
	}
}

// TestStackedLeaves: a lower row that names no unit in a cell, or an upper
// row that names one, completes nothing.
func TestStackedLeaves(t *testing.T) {
	cells := func(ts ...string) []tcell {
		var out []tcell
		for _, s := range ts {
			out = append(out, tcell{text: s})
		}
		return out
	}
	if j, ok := stackedLeaves(cells("绝对数", "比上年"), cells("(万人)", "增长(%)")); !ok || j[0].text != "绝对数(万人)" || j[1].text != "比上年增长(%)" {
		t.Errorf("joined: %v %v", j, ok)
	}
	if _, ok := stackedLeaves(cells("绝对数", "比上年"), cells("本期", "增长(%)")); ok {
		t.Error("a lower cell without a unit")
	}
	if _, ok := stackedLeaves(cells("绝对数(万人)", "比上年"), cells("(万人)", "增长(%)")); ok {
		t.Error("an upper cell with a unit")
	}
}
