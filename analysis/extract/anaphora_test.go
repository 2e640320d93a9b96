package extract

import "testing"

// TestAnaphoricNames: 这两项数字分别为 names its values by the two levels of
// the sentence before, in order.
func TestAnaphoricNames(t *testing.T) {
	text := "全市共有民办幼儿园320所,在园幼儿4.2万人。上年,这两项数字分别为305所和3.9万人。"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, text, figs, []wantFig{
		{ind: "民办幼儿园", value: 320, unit: "所"},
		{ind: "在园幼儿", value: 4.2, unit: "万人"},
		{ind: "民办幼儿园", value: 305, unit: "所"},
		{ind: "在园幼儿", value: 3.9, unit: "万人"},
	})
	for _, c := range []struct {
		name string
		want int
	}{
		{"这两项数字", 2}, {"這两项数字", 2}, {"上述三项指标", 3}, {"这2个数据", 2}, {"这两家企业", 0}, {"两项数字", 0},
	} {
		if got := anaphorCount(c.name); got != c.want {
			t.Errorf("anaphorCount(%q) = %d, want %d", c.name, got, c.want)
		}
	}
}
