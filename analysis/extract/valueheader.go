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

// lowerHeaderWidens is the rule that tells a second header row from the
// rest of a header the copy broke (joinBrokenHeader): when the upper row
// heads the labels (its first cell written) and the data rows are wider
// than it (项目 | 本期 | 上年同期 | 比上年同期增减 over | | 金额 | % over rows
// of five cells), the lower row's two or more cells head columns of their
// own under a group of the upper row; joined, the header would name a
// column fewer than the rows have and every cell after the group would
// move one over.
func lowerHeaderWidens(upper, lower trow, data []trow) bool {
	if len(upper.cells) == 0 || strings.TrimSpace(upper.cells[0].text) == "" || writtenCells(lower) < 2 {
		return false
	}
	width := 0
	for _, r := range data {
		width = max(width, lastWritten(r)+1)
	}
	return width > lastWritten(upper)+1
}

// partName reports whether a lower header cell can name a part of a total
// (第一产业, #工业): not a measure of a column group (金额, 绝对数, %, 增长%, 比重),
// a period or a year. A row whose level is its prior plus its change
// (5000 = 4500 + 500 under 2023年预算数 | 2022年执行数 | 比上年增减 over 金额 |
// %) sums like a total and its parts; its lower cells say it is not one.
func partName(h string) bool {
	label, unit := headerUnit(h)
	if label == "" || unit == "%" || strings.HasSuffix(label, "%") || strings.HasSuffix(label, "％") || changeHeader(label, unit) != "" ||
		isPeriodHeader(label) || headerYear(label) != 0 {
		return false
	}
	return !measureHeader(label)
}

// measureHeader reports a lower header cell that names the measure of
// its group's column (金额, 绝对数, 数量, 比重), not a quantity of its own.
func measureHeader(h string) bool {
	switch h {
	case "金额", "绝对数", "绝对额", "绝对值", "数量", "数值", "比重", "占比", "构成", "百分比":
		return true
	}
	return false
}

// changeGroupSpans is the rule for a two-row header whose one change
// column is a group over the measures of the change (项目 | 本期 | 上年同期
// | 比上年同期增减 over 金额 | %), the other upper cells spanning both rows:
// when exactly one upper cell is a change header, every lower cell is a
// measure (no part's name: partName) and the columns are the upper cells
// but one plus the lower cells, the change cell spans the lower cells.
// nil when the header is not so.
func changeGroupSpans(upper, lower []string, values int) []int {
	if len(lower) < 2 || values != len(upper)-1+len(lower) {
		return nil
	}
	for _, l := range lower {
		if partName(l) {
			return nil
		}
	}
	at := -1
	for i, u := range upper {
		if label, unit := headerUnit(u); changeHeader(label, unit) != "" {
			if at >= 0 {
				return nil
			}
			at = i
		}
	}
	if at < 0 {
		return nil
	}
	spans := make([]int, len(upper))
	spans[at] = len(lower)
	return spans
}

// repeatedLowerGroups is the rule for a two-row header whose lower row
// names every column, the labels' header first, and repeats one run of
// measures under each cell of an upper row that has no corner cell (本月
// | 累计 over 指标 | 绝对值 | 增长% | 绝对值 | 增长%): each upper cell heads
// one run, in order. ok is false unless the lower row's value cells are
// the same run once per upper cell, two upper cells at least.
func repeatedLowerGroups(top, bottom []string, width int) ([][]string, bool) {
	k := len(top)
	if k < 2 || len(bottom) != width || width < 1+2*k || (width-1)%k != 0 || !headsLabels(bottom[0]) {
		return nil, false
	}
	run := (width - 1) / k
	if run < 2 {
		return nil, false
	}
	for c := 1 + run; c < width; c++ {
		if bottom[c] != bottom[c-run] {
			return nil, false
		}
	}
	paths := make([][]string, width)
	paths[0] = []string{bottom[0]}
	for c := 1; c < width; c++ {
		paths[c] = []string{top[(c-1)/run], bottom[c]}
	}
	return paths, true
}
