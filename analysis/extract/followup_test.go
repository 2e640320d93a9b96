package extract

import "testing"

// TestTwoYearAverage: 两年平均增长 (兩年平均增長) is a change over two years
// whose base names the span (averageGrowthBase with spanYearsBefore), so the
// count of years is no subject (was a figure named 两); without a subject of
// its own it is the change of the figure before it, also of one stated only
// as a change (changeOnlyWithoutSpan).
func TestTwoYearAverage(t *testing.T) {
	cases := []struct {
		text  string
		want  []wantFig
		bases [][]string // base of every change, per figure
	}{
		{"全县地区生产总值增长7.4%，两年平均增长5.6%。", []wantFig{
			{ind: "地区生产总值", missing: true, changes: []string{"growth_pct 7.4", "growth_pct 5.6"}}},
			[][]string{{"", "两年平均"}}},
		{"本澳生產總值增長6.2%，兩年平均增長4.3%。", []wantFig{
			{ind: "本澳生產總值", missing: true, changes: []string{"growth_pct 6.2", "growth_pct 4.3"}}},
			[][]string{{"", "两年平均"}}}, // the base is read in the folded text
		{"全区一般公共预算收入52.3亿元，比上年增长9.1%，3年平均增长6.0%。", []wantFig{
			{ind: "一般公共预算收入", value: 52.3, unit: "亿元", changes: []string{"growth_pct 9.1", "growth_pct 6"}}},
			[][]string{{"比上年", "3年平均"}}},
		// Each clause's growth over the span is its own figure's, the
		// figure stated only as a change after a level included.
		{"城镇居民人均可支配收入41200元，增长4.8%，两年平均增长5.9%；农村居民人均可支配收入增长7.7%，两年平均增长8.2%。", []wantFig{
			{ind: "城镇居民人均可支配收入", value: 41200, unit: "元", changes: []string{"growth_pct 4.8", "growth_pct 5.9"}},
			{ind: "农村居民人均可支配收入", missing: true, changes: []string{"growth_pct 7.7", "growth_pct 8.2"}}},
			[][]string{{"", "两年平均"}, {"", "两年平均"}}},
	}
	for _, c := range cases {
		got := mustExtract(t, c.text, Options{Year: 2021})
		checkFigures(t, c.text, got, c.want)
		for i, bs := range c.bases {
			for j, b := range bs {
				if i < len(got) && j < len(got[i].Changes) && got[i].Changes[j].base != b {
					t.Errorf("%s: figure %d change %d base %q, want %q", c.text, i, j, got[i].Changes[j].base, b)
				}
			}
		}
	}
	for _, c := range []struct {
		u    string
		want bool
	}{{"两", true}, {"兩", true}, {"3", true}, {"十", true}, {"全市", false}, {"", false}} {
		if got := spanYearsBefore(c.u); got != c.want {
			t.Errorf("spanYearsBefore(%q) = %v, want %v", c.u, got, c.want)
		}
	}
}

// TestListedOtherMeasure: a subject measured in two units listed with 、
// (累计动迁4430户、53.8万平方米) gives a figure in each unit, both named by
// the subject (listedOtherMeasure); the second was lost.
func TestListedOtherMeasure(t *testing.T) {
	cases := []struct {
		text string
		want []wantFig
	}{
		{"全年征收2150户、31.6万平方米。", []wantFig{
			{ind: "征收", value: 2150, unit: "户"}, {ind: "征收", value: 31.6, unit: "万平方米"}}},
		{"新建保障性住房1800套、12.5万平方米、4.2亿元，同比增长6%。", []wantFig{
			{ind: "新建保障性住房", value: 1800, unit: "套"}, {ind: "新建保障性住房", value: 12.5, unit: "万平方米"},
			{ind: "新建保障性住房", value: 4.2, unit: "亿元", changes: []string{"growth_pct 6"}}}},
		// Named parts keep their names.
		{"改造老旧小区120个、惠及居民1.8万户。", []wantFig{
			{ind: "改造老旧小区", value: 120, unit: "个"}, {ind: "惠及居民", value: 1.8, unit: "万户"}}},
	}
	for _, c := range cases {
		checkFigures(t, c.text, mustExtract(t, c.text, Options{Year: 2023}), c.want)
	}
}
