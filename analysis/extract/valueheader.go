package extract

import "strings"

// headerOverValues is the rule for a one-row header that names the value
// columns alone, the cells over the label columns lost in the copy
// (2022年 | 2021年 | 增长% over 医院 | 个 | 120 | 110 | 9.1): when the rows
// have several leading text columns (labels, as leadingTextColumns counts
// them) and the header has exactly one cell per value column, the first
// of which cannot head the labels (a year, a period, a change), the cells
// move right onto the values. It reports whether it moved them.
func headerOverValues(hdr []trow, paths [][]string, labels int) bool {
	if len(hdr) != 1 || labels < 2 || labels >= len(paths) {
		return false
	}
	cells := nonEmpty(hdr[0].cells)
	if len(cells) != len(paths)-labels || headsLabels(cells[0]) {
		return false
	}
	for c := range paths {
		paths[c] = nil
	}
	for i, t := range cells {
		paths[labels+i] = []string{t}
	}
	return true
}

// unitTextColumns is the rule for a label column with no header whose
// cells are all units (医院 | 个 | 120, 床位 | 张 | 5600): it is the rows'
// unit column, as a 计量单位 column is. It marks such columns among the
// first labels columns of cols.
func unitTextColumns(data []trow, cols []tableColumn, labels int) {
	for c := 1; c < labels && c < len(cols); c++ {
		if cols[c].name != "" || cols[c].period != "" || cols[c].change != "" {
			continue
		}
		n, units := 0, true
		for _, r := range data {
			if c >= len(r.cells) {
				continue
			}
			t := strings.TrimSpace(r.cells[c].text)
			if t == "" {
				continue
			}
			n++
			if !isUnitText(t) || t == "%" {
				units = false
				break
			}
		}
		if units && n >= 2 {
			cols[c].unitCol = true
			return // one unit column
		}
	}
}
