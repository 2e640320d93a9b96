package extract

// priorOwnChange is the rule for a change column after a prior period's
// level in a row that already gave the current level its change (2022年 |
// 增长% | 2021年 | 增长%): the second change is the prior's own over the
// year before it, not a second change of the current level. It returns
// the index in figs of that prior figure, or -1 when the column is not so:
// the level right before the change column (in its group) is a prior, and
// a change column of the same kind stands before that prior, after a level
// that is no prior.
func priorOwnChange(figs []Figure, rowFigs []int, cols []tableColumn, c int, kind string) int {
	prior := func(l int) bool { // a prior period's column, by its header or its figure (2021年 in a 2022 report)
		return cols[l].prior || l < len(rowFigs) && rowFigs[l] > 0 && figs[rowFigs[l]-1].Prior
	}
	k := c - 1
	for k >= 1 && cols[k].change != "" && cols[k].group == cols[c].group {
		k--
	}
	if k < 1 || k >= len(rowFigs) || cols[k].group != cols[c].group || rowFigs[k] == 0 || !figs[rowFigs[k]-1].Prior {
		return -1
	}
	for j := k - 1; j >= 1 && cols[j].group == cols[c].group; j-- {
		if cols[j].change == "" {
			if !prior(j) {
				return -1 // 本期 | 上年同期 | 增长%: the current level's change, no change between
			}
			continue
		}
		if cols[j].change != kind {
			continue
		}
		for l := j - 1; l >= 1 && cols[l].group == cols[c].group; l-- {
			if cols[l].change == "" {
				if !prior(l) && l < len(rowFigs) && rowFigs[l] > 0 {
					return rowFigs[k] - 1
				}
				break
			}
		}
		return -1
	}
	return -1
}
