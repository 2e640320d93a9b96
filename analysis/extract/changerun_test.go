package extract

import "testing"

// TestChangeRunMeasure: a run of growths stated only as changes writes the
// measure on its first name; parallel names after it (the same ending, or
// products after 产品) take it, other quantities do not.
func TestChangeRunMeasure(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"一季度，全市采矿业增加值同比增长6.2%，制造业增长8.1%。", []wantFig{
			{ind: "采矿业增加值", missing: true, changes: []string{"growth_pct 6.2"}},
			{ind: "制造业增加值", missing: true, changes: []string{"growth_pct 8.1"}}}},
		{"全市主要产品产量中，水泥产量增长3.5%，平板玻璃(浮法)增长2.1%，粗钢增长1.8%。", []wantFig{
			{ind: "水泥产量", missing: true, changes: []string{"growth_pct 3.5"}},
			{ind: "平板玻璃(浮法)", missing: true, changes: []string{"growth_pct 2.1"}},
			{ind: "粗钢产量", missing: true, changes: []string{"growth_pct 1.8"}}}},
		{"主要产品产量中，水泥产量增长3.5%，发电量增长2.4%。", []wantFig{
			{ind: "水泥产量", missing: true, changes: []string{"growth_pct 3.5"}},
			{ind: "发电量", missing: true, changes: []string{"growth_pct 2.4"}}}},
		// Two quantities, not two parts of one: 投资 keeps its name.
		{"全市工业增加值增长6.5%，投资增长3.2%。", []wantFig{
			{ind: "工业增加值", missing: true, changes: []string{"growth_pct 6.5"}},
			{ind: "投资", missing: true, changes: []string{"growth_pct 3.2"}}}},
	})
}
