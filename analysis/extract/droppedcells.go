package extract

import (
	"math"
	"slices"
	"strconv"
	"strings"
)

// Tables copied one cell a line whose copy dropped the empty cells (a
// month's indicator table: 指标名称 | 单位 | 本月 | 去年同期 | 增长%, each
// row its label, its unit, then only the cells written): a row of fewer
// values than columns does not say which columns it lacks. lineCellRows
// reads the rows it can place and passes over those it cannot.

// unitOnlyRow is the rule for a row of a table with a column of units
// copied one cell a line without its empty cells, that is short of the
// header's values in a way no rule places (先进制造业 | 亿元 and nothing
// else, or a lone number under three value columns): a row still, its
// label and its unit written, so the table goes on after it, but one
// that gives no figure. cells are the row's cells, its label first;
// unitCells says the table has a column of units. ok is false unless the
// row's first cell after the label is a unit.
func unitOnlyRow(cells []tcell, unitCells bool) bool {
	return unitCells && len(cells) >= 2 && isUnitText(cells[1].text) && !rowHasNumberAt(trow{cells: cells}, 1)
}

// priorFactor bounds how far a prior level may lie from its level (a
// factor of three either way) for the two to read as a level and its
// prior.
const priorFactor = 3.0

// droppedPriorCell is the rule for a row of such a table that lacks one
// value under a header ending … | 去年同期 | 增长% (a prior period, then
// a change): a row of two values reads as the level and its prior (the
// change not stated, emptyChangeCells) only when the second is of the
// level's sign and within priorFactor of it (98.8 then 102.4); a second
// value of the other sign or far smaller or larger (45.8 then -2.9) is no
// prior of the first: it is the change, the prior the cell the copy
// dropped. It returns the index among the row's values (0 the first) at
// which an empty cell is to be put back, -1 to leave the row as it is.
// hdr is the header row, its label header first; vals are the row's
// value cells (its unit cell included when the table has a unit column:
// unitCol says so).
func droppedPriorCell(hdr []tcell, vals []tcell, unitCol bool) int {
	first := 1 // the header cell over vals[0]
	nums := vals
	if unitCol {
		if len(vals) == 0 {
			return -1
		}
		first, nums = 2, vals[1:]
	}
	if len(nums) != 2 || len(hdr) != first+3 {
		return -1
	}
	h := hdr[first:]
	if classifyColumn([]string{h[2].text}, "").change == "" || !classifyColumn([]string{h[1].text}, "").prior {
		return -1
	}
	if classifyColumn([]string{h[0].text}, "").prior || classifyColumn([]string{h[0].text}, "").change != "" {
		return -1
	}
	a, _, _, okA := parseCell(nums[0].text)
	b, _, _, okB := parseCell(nums[1].text)
	if !okA || !okB || a == 0 {
		return -1
	}
	if b != 0 && math.Signbit(a) == math.Signbit(b) && math.Abs(b) <= priorFactor*math.Abs(a) && math.Abs(b)*priorFactor >= math.Abs(a) {
		return -1 // a prior as near its level as priors are
	}
	return len(vals) - 1
}

// bareMonthSpan is the rule for a column header of a month table that
// writes the months from January without 月 (1-2, 1-12, 1—6: the copy or
// the page dropped it): a period, as 1-2月 is. The span must start at 1
// and end at a later month, 12 at most; a lone number (12) is none.
func bareMonthSpan(h string) bool {
	rest, ok := strings.CutPrefix(h, "1")
	if !ok {
		return false
	}
	for _, sep := range []string{"-", "—", "－", "~", "～", "–"} {
		if r, ok := strings.CutPrefix(rest, sep); ok {
			m, err := strconv.Atoi(r)
			return err == nil && m >= 2 && m <= 12 && r[0] != '0' && r[0] != '+'
		}
	}
	return false
}

// dropEmptyUnitColumn is the rule for a cell grid whose header has a
// column of units (计量单位, 单位) that every row left empty, the copy
// dropping the empty cells (产品名称 | 计量单位 | 2019年产量 | 比上年增减% over
// rows of a label and two numbers): with one header cell more than the
// rows' k values and one of them a unit column's, that column is no
// column of the rows. head is returned without it; head itself
// otherwise. (A row that writes its unit has a text cell among its
// values and no run of k.)
func dropEmptyUnitColumn(head []string, k int) []string {
	if len(head) != k+1 {
		return head
	}
	at := -1
	for i, h := range head {
		if slices.Contains(unitHeaderWords, strings.ReplaceAll(h, " ", "")) {
			if at >= 0 {
				return head
			}
			at = i
		}
	}
	if at < 0 {
		return head
	}
	return append(slices.Clone(head[:at]), head[at+1:]...)
}
