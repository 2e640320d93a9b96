package extract

import "strings"

// indexCellsAsLevels is the rule for a table of price or volume indices
// whose one column a change header names (指标 | 比上年涨跌(%), then
// 居民消费价格总指数 | 101.0): when every cell of such a column, three at
// least, lies between 50 and 200, and the table names an index (指数 in a
// row's label), the cells are index values on the base of the year
// before (上年=100), not growths, which no column of growth rates holds
// all near 100. Each such figure becomes the level as printed, in %, with
// no change, rather than a growth of 101%; figs is the figures of one
// table. It reports whether it rewrote them.
func indexCellsAsLevels(figs []Figure) bool {
	if len(figs) < 3 {
		return false
	}
	named := false
	for i := range figs {
		f := &figs[i]
		if !f.Missing || f.Prior || f.ChangeOf != "" || len(f.Changes) != 1 {
			return false
		}
		ch := &f.Changes[0]
		if ch.Kind != GrowthPct || ch.aside || ch.Number == "" || ch.Value < 50 || ch.Value > 200 {
			return false
		}
		named = named || strings.Contains(f.Indicator, "指数")
	}
	if !named {
		return false
	}
	for i := range figs {
		f := &figs[i]
		ch := f.Changes[0]
		f.Missing, f.Value, f.Number = false, ch.Value, ch.Number
		f.Unit = "%"
		f.Changes, f.Change = nil, nil
	}
	return true
}
