package extract

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// A bar-led table is a | table whose copy broke the line before each bar:
// a row's first cell on a line of its own, then each further cell on a
// line that opens with | (| 卫生机构, | 个, | 8052), the empty cells and the
// closing bar as bars alone:
//
//	序号
//	| 指标
//	| 单位
//	| 2011年
//	|
//	28
//	| 卫生机构
//	| 个
//	| 8052
//	|
//
// A line without a bar starts a row; the lines after it that open with a
// bar are the rest of it. Joined, each row is a | row, read as the other
// text tables are (x.table).

// maxBarLeadCells bounds the cells of one row of a bar-led table.
const maxBarLeadCells = 64

// barLeadStart is the rule for the first line of a bar-led table: a short
// line (at most 40 characters, no sentence or clause mark) without a bar,
// the next line opening with one.
func barLeadStart(s string, a, b, le int) bool {
	// The cheap tests first (more than 160 bytes are more than 40
	// characters): most lines are prose, and the next line opens with no
	// bar.
	if a >= b || b-a > 4*40 {
		return false
	}
	na, nb := trimSpace(s, min(le+1, len(s)), nextLine(s, min(le+1, len(s))))
	if na >= nb || s[na] != '|' && !strings.HasPrefix(s[na:nb], "｜") {
		return false
	}
	return !strings.ContainsAny(s[a:b], "|｜。；;") && utf8.RuneCountInString(s[a:b]) <= 40
}

// barLeadRow reads the row of a bar-led table that starts at the line at
// pos: that line and the lines after it that open with a bar, up to the
// next line that does not. It returns the row and the offset after its
// last line; ok is false when the line is no such row's start.
func (x *extractor) barLeadRow(pos int) (r trow, next int, ok bool) {
	s := x.s
	le := nextLine(s, pos)
	a, b := trimSpace(s, pos, le)
	if !barLeadStart(s, a, b, le) {
		return trow{}, pos, false
	}
	end := b
	p := le + 1
	lines := 1
	for p < len(s) && lines <= maxBarLeadCells {
		e := nextLine(s, p)
		ca, cb := trimSpace(s, p, e)
		if ca == cb || !(s[ca] == '|' || strings.HasPrefix(s[ca:cb], "｜")) {
			break
		}
		end, p = cb, e+1
		lines++
	}
	return trow{cells: splitCells(s, a, end, nil), start: a, end: end}, min(p, len(s)), true
}

// barLeadTable is the rule for a bar-led table at the line at ls: at least
// three rows (a header and two rows), a number in a row after the first,
// every row no wider than the first (the header) and holding at least one
// cell after its first; a row with
// a cell of more than 40 characters or a sentence end ends the table
// before it. It returns the rows and the offset after the last; nil when
// the lines are no such table.
func (x *extractor) barLeadTable(ls int) ([]trow, int) {
	if ls < x.noBarLeadUntil {
		return nil, ls
	}
	var rows []trow
	pos := ls
	for pos < len(x.s) && len(rows) <= maxTableRows {
		r, next, ok := x.barLeadRow(pos)
		if !ok || len(r.cells) < 2 || len(rows) > 0 && len(r.cells) > len(rows[0].cells) || !shortCells(r) {
			break
		}
		rows = append(rows, r)
		pos = next
	}
	if len(rows) < 3 {
		return nil, ls
	}
	if !slices.ContainsFunc(rows[1:], rowHasNumber) {
		x.noBarLeadUntil = pos // rows without a number: no table starts among them
		return nil, ls
	}
	return rows, pos
}

// shortCells reports a row whose cells are all short (at most 40
// characters) and hold no sentence end: cells, not prose.
func shortCells(r trow) bool {
	for _, c := range r.cells {
		if utf8.RuneCountInString(c.text) > 40 || strings.ContainsAny(c.text, "。；;") {
			return false
		}
	}
	return true
}
