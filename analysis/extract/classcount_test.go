package extract

import "testing"

// TestClassCountAndGrowthSubset: the count of the classes a breakdown is
// drawn from is a figure named by the classification (classCountName),
// and a count of the parts that grew or fell is named by the noun and its
// growth predicate (growthSubsetEnd).
func TestClassCountAndGrowthSubset(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"全省28个大类行业中，有17个行业实现增长。", []wantFig{
			{ind: "全省大类行业", value: 28, unit: "个"},
			{ind: "行业实现增长", value: 17, unit: "个"}}},
		{"在制造业25个中类中，9个行业产量同比实现两位数增长，增长面为36%。", []wantFig{
			{ind: "制造业中类", value: 25, unit: "个"},
			{ind: "行业产量同比实现两位数增长", value: 9, unit: "个"},
			{ind: "增长面", value: 36, unit: "%"}}},
		{"12个行业增加值同比下降。", []wantFig{{ind: "行业增加值同比下降", value: 12, unit: "个"}}},
	})
	for _, c := range []struct{ pre, rest, want string }{
		{"分行业看，", "大类行业中有", "大类行业"},
		{"在建筑业", "小类中", "建筑业小类"},
		{"1—5月", "大类中", "大类"},
	} {
		if got, _ := classCountName(c.pre, c.rest); got != c.want {
			t.Errorf("classCountName(%q, %q) = %q, want %q", c.pre, c.rest, got, c.want)
		}
	}
	// The clause goes on after the predicate: the noun alone.
	s := "行业实现增长的比重"
	if got := growthSubsetEnd(s, 0, len("行业"), len(s)); got != len("行业") {
		t.Errorf("growthSubsetEnd(%q) = %d, want %d", s, got, len("行业"))
	}
}
