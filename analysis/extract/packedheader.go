package extract

// packedLowerHeader is the rule for the lower row of a two-row header
// whose copy dropped the empty cells under the upper row's merged cells
// and wrote its few cells from the first on (项目 | 上年决算数 | 本年预算数 |
// 本年执行数 | | over 金额 | 占预算% | 增长% | | |): when the upper row's last
// written cell is followed by n empty cells up to the table's width, its
// cells before that one are all written, and the lower row has exactly
// n+1 written cells, all at its start, with no corner word, the lower
// cells are the parts of the last upper cell and stand under it and the
// empty cells after it. hdr is returned with the lower row so placed, or
// as it is when the rule does not apply; a document's table, whose cells
// keep their grid columns, is left as it is.
func packedLowerHeader(hdr []trow, width int) []trow {
	if len(hdr) != 2 || hdr[0].cols != nil || hdr[1].cols != nil || width < 4 {
		return hdr
	}
	upper, lower := hdr[0], hdr[1]
	u := lastWritten(upper)
	n := width - 1 - u
	if u < 2 || n < 1 || writtenCells(upper) != u+1 || lastWritten(lower) != n || writtenCells(lower) != n+1 {
		return hdr
	}
	if gridCorner(trimText(lower.cells[0].text)) {
		return hdr
	}
	cells := make([]tcell, width)
	for i := range cells {
		if i < u {
			cells[i] = tcell{start: lower.start, end: lower.start}
		} else {
			cells[i] = lower.cells[i-u]
		}
	}
	lower.cells = cells
	return []trow{upper, lower}
}
