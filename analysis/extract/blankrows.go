package extract

import "strings"

// Header units on a line of their own, and rows left blank, in a table
// copied one cell a line (播种面积 then (千公顷) then 总产量 then (万吨) …, and
// regions with no value: 北京, 天津, then 浙江 | 97.1 | …).

// bracketUnitCell reports a cell that is a unit alone in brackets ((千公顷),
// （万吨）): the rest of the header cell before it, which the page wrapped.
func bracketUnitCell(t string) bool {
	t = trimText(t)
	if len(t) < 3 || len(t) > 3*10 {
		return false
	}
	label, unit := headerUnit(t)
	return label == "" && unit != "" && unit != "%"
}

// joinUnitCells is the rule for a grid header whose cells' units the page
// wrapped onto lines of their own (播种面积 | (千公顷) | 总产量 | (万吨)): before
// the first value cell, a unit alone in brackets after a cell that names
// no unit of its own is that cell's unit (播种面积(千公顷)). The cells are
// returned as they are when there is none.
func joinUnitCells(cells []tcell) []tcell {
	var out []tcell
	for i, c := range cells {
		if gridValue(c.text) {
			if out == nil {
				return cells
			}
			return append(out, cells[i:]...)
		}
		if i > 0 && bracketUnitCell(c.text) {
			prev := cells[i-1]
			if _, u := headerUnit(prev.text); u == "" && !bracketUnitCell(prev.text) {
				if out == nil {
					out = append([]tcell(nil), cells[:i]...)
				}
				last := &out[len(out)-1]
				last.text += trimText(c.text)
				last.end = c.end
				continue
			}
		}
		if out != nil {
			out = append(out, c)
		}
	}
	if out == nil {
		return cells
	}
	return out
}

// unitCellNext reports whether the first line after le that is not blank
// is a unit alone in brackets (bracketUnitCell): the line before it is the
// first header cell of a grid with no corner (播种面积 then (千公顷)).
func unitCellNext(s string, le int) bool {
	for pos := le + 1; pos < len(s); {
		e := nextLine(s, pos)
		a, b := trimSpace(s, pos, e)
		if a < b {
			return (s[a] == '(' || strings.HasPrefix(s[a:b], "（")) && bracketUnitCell(s[a:b])
		}
		pos = e + 1
	}
	return false
}

// blankRowRun is the rule for a label alone among a grid's rows that is
// next to another label alone (北京 then 天津, then 浙江 | 97.1 | …): rows
// whose cells the page left blank, not section rows — a section heads the
// rows after it, and one label alone after another heads none. runs is
// gridRuns of the cells, i the label's index.
func blankRowRun(cells []tcell, runs []int, i int) bool {
	if runs[i] != 0 {
		return false
	}
	label := func(j int) bool {
		return j >= 0 && j < len(cells) && runs[j] == 0 && !gridValue(cells[j].text)
	}
	return label(i+1) || label(i-1)
}
