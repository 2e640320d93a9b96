package extract

import (
	"strings"
	"unicode/utf8"
)

// openLabelStart is the rule for a row of a table that holds only the
// start of the label below it, cut where a label cannot end (调整后每 |
// | | then 股净资产(元) | - | 6.5700, 每 wanting its measure word; …的, …及,
// …和, …与, …、, or an open bracket): the two labels are one, written on
// the next row, which must have figures and a label of its own. It
// applies to a document's grid as well (a box table whose rows are not
// ruled apart writes a wrapped label as a row of its own), where a label
// alone is otherwise a section. It reports whether the row was such a
// start, the next row's label then the whole label.
func openLabelStart(rows []trow, ri int) bool {
	if ri+1 >= len(rows) || len(rows[ri].cells) == 0 || writtenCells(rows[ri]) != 1 || !rowHasNumber(rows[ri+1]) || !rowHasText(rows[ri+1]) {
		return false
	}
	piece := strings.TrimSpace(rows[ri].cells[0].text)
	next := strings.TrimSpace(rows[ri+1].cells[0].text)
	if piece == "" || next == "" || !companyLabelText(piece) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(piece)
	open := strings.ContainsRune("每的和及与、", last) || strings.Count(piece, "（") > strings.Count(piece, "）") || strings.Count(piece, "(") > strings.Count(piece, ")")
	if !open {
		return false
	}
	cells := append([]tcell(nil), rows[ri+1].cells...)
	cells[0].text = piece + next
	rows[ri+1].cells = cells
	return true
}
