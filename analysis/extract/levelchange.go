package extract

import "math"

// levelDifference is the rule for a change column headed as a growth
// without a percent sign (增长, 增减) whose cell is the difference of the
// row's levels (上年度 21177 | 本年度 21740 | 增长 563.00): the change is
// absolute, in the level's unit (a rate's in percentage points), not a
// growth of 563%. It holds when the cell v, to its decimals, is the level
// t less another level of the row in the same unit, and is not 0 (a zero
// reads alike either way); a level of 100 (an index's base) shows nothing. figs are the figures so far, rowFigs the row's
// (index+1 by column).
func levelDifference(figs []Figure, rowFigs []int, t int, v float64, decimals int) bool {
	if v == 0 || t < 0 || t >= len(figs) || figs[t].Missing {
		return false
	}
	tol := 0.5*math.Pow(10, -float64(decimals)) + 1e-9
	for _, k := range rowFigs {
		if k == 0 || k-1 == t {
			continue
		}
		f := figs[k-1]
		if f.Missing || f.Unit != figs[t].Unit || f.Value == 100 {
			// (over a level of 100 the difference and the growth are one
			// number: the header's reading stands)
			continue
		}
		if math.Abs(figs[t].Value-f.Value-v) <= tol {
			return true
		}
	}
	return false
}
