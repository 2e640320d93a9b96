package extract

import (
	"strings"
	"unicode/utf8"
)

// A category column is the first of two label columns: 分类 | 监测指标 |
// 1月数值 over 一、医疗资源 | 实有床位数(张) | 29362, the category cell merged
// over the rows of its group. A copy that keeps the table's order writes
// the category once, before the first row of its group, so it reads as a
// section row; the header then holds two label headings, and the first
// category comes between the header and the first data row.

// labelColumnWords are the words a second label heading ends in (监测指标,
// 主要指标, 二级指标, 指标名称).
var labelColumnWords = []string{"指标", "指标名称", "项目", "名称"}

// labelColumnHeader reports a header cell that names a column of row
// labels: a corner cell (指标, 项目), or a short heading of at most six
// characters without a digit that ends in 指标, 指标名称, 项目 or 名称
// (监测指标, 主要指标, 二级指标).
func labelColumnHeader(t string) bool {
	t = removeHanSpaces(trimText(t))
	if gridCorner(t) {
		return true
	}
	if utf8.RuneCountInString(t) > 6 || strings.ContainsAny(t, "0123456789") {
		return false
	}
	for _, w := range labelColumnWords {
		if strings.HasSuffix(t, w) {
			return true
		}
	}
	return false
}

// categoryCorner is the rule for a header of two label headings (分类 |
// 监测指标, 一级指标 | 二级指标): when the cell after the corner at corner
// names a label column too, the corner heads a category column, whose
// cells the copy writes as section rows, and the second heading is the
// corner of the row labels. It returns the index of the corner the value
// columns' header follows (corner+1 for such a pair, else corner).
func categoryCorner(cells []tcell, corner, first int) int {
	if corner < 0 || corner+1 >= first {
		return corner
	}
	if labelColumnHeader(cells[corner+1].text) {
		return corner + 1
	}
	return corner
}

// leadingSections is the rule for the section rows between a header and
// its first data row (… | 1月数值 then 一、医疗资源 then 实有床位数(张) |
// 29362): the cells just before the first data row's label at first that
// open with a heading marker (一、, （一）) are section rows of the body, not
// header cells; a column header never opens with one. It returns the
// index the body starts at, never at or before from (the header's first
// cell).
func (x *extractor) leadingSections(cells []tcell, from, first int) int {
	i := first
	for i-1 > from {
		c := cells[i-1]
		if lvl, _ := headingMarker(x.s, c.start, c.end); lvl == 0 {
			break
		}
		i--
	}
	return i
}

// dayCountUnit is the rule for 日 in a header's brackets (出院者平均住院日(日),
// 平均开庭间隔(日)): a count of days, as 天 is; in prose 日 is read as a
// date's (于15日), never as a unit, but a bracket after a label names the
// label's unit.
func dayCountUnit(u string) bool { return u == "日" }
