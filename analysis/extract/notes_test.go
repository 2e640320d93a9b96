package extract

import "testing"

// TestAbbreviationNote: a note that sets up a short form (以下简称“增长”) or
// says a phrase holds below (下同) is read out of the text, so the verb
// before it keeps its number and a subject does not carry it
// (abbreviationNote).
func TestAbbreviationNote(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"全县一般公共预算收入12.6亿元，比上年增长（以下简称“增长”）5.4%。", []wantFig{
			{ind: "一般公共预算收入", value: 12.6, unit: "亿元", changes: []string{"growth_pct 5.4"}}}},
		{"税收收入8.1亿元，为调整预算(以下简称“预算”)的96.2%。", []wantFig{
			{ind: "税收收入", value: 8.1, unit: "亿元"},
			{ind: "为调整预算", value: 96.2, unit: "%"}}},
	})
	for _, c := range []struct {
		s    string
		want int
	}{
		{"（以下简称“增长”）7.2%", len("（以下简称“增长”）")},
		{"(下同)地区生产总值", len("(下同)")},
		{"（含上级补助收入）", 0},     // a note of content: kept
		{"（以下简称“增长”7.2%", 0}, // never closed
	} {
		if got := abbreviationNote(c.s, 0); got != c.want {
			t.Errorf("abbreviationNote(%q) = %d, want %d", c.s, got, c.want)
		}
	}
}

// TestComparableBasis: a second growth on a comparable basis (可比增长,
// 同口径下降) after a clause naming what was left out is the level's, kept
// beside the first, not a figure named 可比 (comparableBasis).
func TestComparableBasis(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"全市一般公共预算收入56.2亿元，增长3.1%，扣除留抵退税因素，可比增长9.4%。", []wantFig{
			{ind: "一般公共预算收入", value: 56.2, unit: "亿元", changes: []string{"growth_pct 3.1", "growth_pct 9.4"}}}},
		{"税收收入30.5亿元，下降8.2%，同口径下降1.6%。", []wantFig{
			{ind: "税收收入", value: 30.5, unit: "亿元", changes: []string{"growth_pct -8.2", "growth_pct -1.6"}}}},
	})
	for _, c := range []struct {
		t    string
		want int
	}{
		{"，可比", len("可比")},
		{"可比", len("可比")},
		{"剔除留抵退税因素，同口径", len("同口径")},
		{"不可比", 0},
	} {
		if got := comparableBasis(c.t); got != c.want {
			t.Errorf("comparableBasis(%q) = %d, want %d", c.t, got, c.want)
		}
	}
}
