package extract

import (
	"strings"
)

// Yearbook tables: the layouts statistical yearbooks (统计年鉴) take when
// a page copies them as text, which the general table rules read once
// their rows are put in the usual form (a label, then a cell per column).

// unitCellRows is the rule for a bilingual yearbook table that writes a
// block's unit in a cell of its own after the block's first label, its
// English after the English label:
//
//	项 目 | Item | 2014 | 2015
//	学校数合计 | (所) | Number of Schools | (unit) | 120 | 125
//	小 学 | Primary Schools | 80 | 82
//	在校学生数合计 | (人) | Number of Students | (person) | 5000 | 5100
//	小 学 | Primary Schools | 3000 | 3100
//
// The unit cell (a unit in brackets alone) and the English one (Latin
// words in brackets alone) are dropped, so the row's values stand in
// their columns, and the unit holds for that row and the rows after it up
// to the next row with a unit cell. Only when every row with a unit cell,
// once they are dropped, is as wide as the table's other rows of numbers;
// otherwise the rows are returned as they are.
func unitCellRows(rows []trow) []trow {
	type unitAt struct{ row, unit, english int }
	var found []unitAt
	widths := map[int]int{}
	for i, r := range rows {
		if !rowHasNumber(r) {
			continue
		}
		u, e := rowUnitCell(r)
		if u < 0 {
			widths[lastWritten(r)+1]++
			continue
		}
		found = append(found, unitAt{i, u, e})
	}
	if len(found) == 0 || len(widths) != 1 {
		return rows
	}
	width := 0
	for w := range widths {
		width = w
	}
	for _, f := range found {
		drop := 1
		if f.english > 0 {
			drop++
		}
		if lastWritten(rows[f.row])+1-drop != width {
			return rows
		}
	}
	out := append([]trow(nil), rows...)
	for k, f := range found {
		r := &out[f.row]
		_, unit := headerUnit(r.cells[f.unit].text)
		cells := make([]tcell, 0, len(r.cells))
		for c, cell := range r.cells {
			if c != f.unit && c != f.english {
				cells = append(cells, cell)
			}
		}
		r.cells = cells
		end := len(out)
		if k+1 < len(found) {
			end = found[k+1].row
		}
		for i := f.row; i < end; i++ {
			if out[i].unit == "" {
				out[i].unit = unit
			}
		}
	}
	return out
}

// rowUnitCell finds the unit cell of a row (unitCellRows): among the
// cells before its first number, a unit in brackets alone ((所), （人）),
// and after it a bracketed English word alone ((unit), (person)); -1 for
// each not found.
func rowUnitCell(r trow) (unit, english int) {
	unit, english = -1, -1
	for c := 1; c < len(r.cells); c++ {
		t := strings.TrimSpace(r.cells[c].text)
		if _, _, _, ok := parseCell(t); ok {
			break
		}
		if unit < 0 {
			if label, u := headerUnit(t); label == "" && u != "" && bracketed(t) {
				unit = c
			}
			continue
		}
		if bracketed(t) && isTranslation(t) {
			english = c
			break
		}
	}
	return unit, english
}

// bracketed reports a text wholly in one pair of brackets: (所), （人）,
// (unit).
func bracketed(t string) bool {
	for _, br := range [][2]string{{"(", ")"}, {"（", "）"}} {
		if strings.HasPrefix(t, br[0]) && strings.HasSuffix(t, br[1]) && len(t) > len(br[0])+len(br[1]) {
			inner := t[len(br[0]) : len(t)-len(br[1])]
			return !strings.ContainsAny(inner, "()（）")
		}
	}
	return false
}
