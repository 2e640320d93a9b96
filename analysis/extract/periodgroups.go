package extract

// periodGroups is the rule for a two-row header whose lower row repeats
// one run of m ≥ 2 cells under each of G ≥ 2 groups, and whose upper row
// also has columns that span both rows (年度预算 | 累计 | 当月 | 本期累计为预算%
// over 本期 | 同期 | 增减额 | 增减率% | 本期 | 同期 | 增减额 | 增减率%): the groups
// are the G upper cells in a row that are periods (累计, 当月, 本年, a year),
// each over one run; every other upper cell is a column of its own. It
// returns the span of each upper cell (0 for a column of its own), nil
// unless the lower row is such a repeat, the values columns number the
// lower cells plus the other upper cells, and exactly one run of G upper
// cells is all periods.
func periodGroups(upper, lower []string, values int) []int {
	g := len(upper) - (values - len(lower))
	if g < 2 || g >= len(upper) || len(lower)%g != 0 {
		return nil
	}
	m := len(lower) / g
	if m < 2 || !repeatedLeaves(lower, m) {
		return nil
	}
	at := -1
	for i := 0; i+g <= len(upper); i++ {
		all := true
		for _, u := range upper[i : i+g] {
			label, _ := headerUnit(u)
			if !isPeriodHeader(label) && headerYear(label) == 0 {
				all = false
				break
			}
		}
		if all {
			if at >= 0 {
				return nil // two runs of periods: the groups are not placed
			}
			at = i
		}
	}
	if at < 0 {
		return nil
	}
	spans := make([]int, len(upper))
	for i := at; i < at+g; i++ {
		spans[i] = m
	}
	return spans
}
