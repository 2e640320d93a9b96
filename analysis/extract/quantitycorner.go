package extract

import (
	"strings"
	"unicode/utf8"
)

// A quantity-corner grid is a year series copied one cell a line whose
// corner cell names the quantity every cell counts (出院人数, then 2019 …
// 2023), not the row labels (项目, 指标): the first row after the years
// often has no label of its own — it is the quantity's total — and the rows after it
// are its parts by kind (医院, 其中:综合医院 …), each with one value a year.
// Each value is the figure of its row's label and the quantity
// (医院出院人数; the total row the quantity alone) in its year, in the unit
// of the 单位 line above. A block whose cells do not keep that pattern from
// the first labelled row to at least two rows gives nothing here.

// minCornerYears is the fewest year columns of a quantity-corner grid.
const minCornerYears = 2

// quantityCornerCell is the rule for the corner cell of a quantity-corner
// grid: two to twelve characters, Chinese and nothing else (spaces aside),
// neither a corner word heading labels (项目, 指标), nor a year, a period,
// a unit line or a number.
func quantityCornerCell(t string) bool {
	t = removeHanSpaces(trimText(t))
	n := utf8.RuneCountInString(t)
	if n < 2 || n > 12 {
		return false
	}
	for _, r := range t {
		if !isHan(r) {
			return false
		}
	}
	return !gridCorner(t) && headerYear(t) == 0 && !isPeriodHeader(t) && unitLine(t) == ""
}

// quantityCornerStart is quantityCornerGrid's cheap test of the line
// s[a:b] and the next line that is not blank: a quantityCornerCell, then
// a year alone (2019).
func quantityCornerStart(s string, a, b int) bool {
	if b-a > 3*12+8 || b-a < 6 || s[a] < 0x80 {
		return false
	}
	for pos := nextLine(s, a) + 1; pos < len(s); {
		e := nextLine(s, pos)
		p, q := trimSpace(s, pos, e)
		if p < q {
			return q-p == 4 && gridYear(s[p:q]) && quantityCornerCell(s[a:b])
		}
		pos = e + 1
	}
	return false
}

// quantityCornerRows is the rule for the cells of a quantity-corner grid:
// the corner, k ≥ minCornerYears years, k values without a label (the
// total; a copy may label it, 合计), then rows of a label and k values, as
// long as they last (at least two rows in all). It returns the years and
// the rows, an unlabelled total with an empty label cell; ok is false for
// cells not so laid out.
func quantityCornerRows(cells []tcell) (years []string, rows []trow, ok bool) {
	if len(cells) < 2 || !quantityCornerCell(cells[0].text) {
		return nil, nil, false
	}
	i := 1
	for i < len(cells) && gridYear(cells[i].text) {
		years = append(years, trimText(cells[i].text))
		i++
	}
	k := len(years)
	if k < minCornerYears || i+k > len(cells) {
		return nil, nil, false
	}
	valuesAt := func(j int) bool {
		if j+k > len(cells) {
			return false
		}
		for _, c := range cells[j : j+k] {
			if !gridValue(c.text) || gridYear(c.text) {
				return false
			}
		}
		return true
	}
	switch {
	case valuesAt(i):
		first := append([]tcell{{start: cells[i].start, end: cells[i].start}}, cells[i:i+k]...)
		rows = append(rows, trow{cells: first, start: cells[i].start, end: cells[i+k-1].end, nolabel: true})
		i += k
	case !valuesAt(i + 1):
		return nil, nil, false // (a labelled first row, 合计 | …, is read as the others)
	}
	for ; i < len(cells) && !gridValue(cells[i].text) && valuesAt(i+1); i += 1 + k {
		rows = append(rows, trow{cells: cells[i : i+1+k], start: cells[i].start, end: cells[i+k].end})
	}
	if len(rows) < 2 {
		return nil, nil, false
	}
	return years, rows, true
}

// quantityCornerGrid reads the quantity-corner grid at the line at ls
// (see above) in the unit unit (the 单位 line above it). It returns the
// offset after the grid and whether it read one.
func (x *extractor) quantityCornerGrid(ls int, unit string) (int, bool) {
	if ls < x.noGridUntil {
		return ls, false
	}
	le := nextLine(x.s, ls)
	a, b := trimSpace(x.s, ls, le)
	if a == b || strings.Contains(x.s[a:b], "|") || !quantityCornerStart(x.s, a, b) {
		return ls, false
	}
	cells, _, _ := x.gridBlock(ls)
	years, rows, ok := quantityCornerRows(cells)
	if !ok {
		return ls, false
	}
	quantity := cells[0].text
	paths := make([][]string, 1+len(years))
	for c, y := range years {
		paths[1+c] = []string{quantity, y}
	}
	x.cellGridTable(rows, paths, unit, cells[0].start)
	e := min(nextLine(x.s, rows[len(rows)-1].end)+1, len(x.s))
	x.noGridUntil = e
	return e, true
}
