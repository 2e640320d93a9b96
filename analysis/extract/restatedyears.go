package extract

// unrestatedEarliest is restatedGroups' rule for a restated header whose
// earliest year is not restated (2014年末 | 2013年末 | 增减(%) | 2012年末 over
// 调整后 | 调整前: only 2013年末 is, the 2012 figures were never restated): when
// the columns spanning both rows (isLeaf, n of them) are fewer than leaves,
// the years last in the upper row that are not yet such columns become
// such columns, from the last back, until there are leaves of them. It
// returns the new count; a count it cannot bring to leaves is returned as
// it is.
func unrestatedEarliest(upper []string, isLeaf []bool, n, leaves int) int {
	for i := len(upper) - 1; i >= 0 && n < leaves; i-- {
		if isLeaf[i] {
			continue
		}
		if headerYear(upper[i]) == 0 {
			break
		}
		isLeaf[i] = true
		n++
	}
	return n
}
