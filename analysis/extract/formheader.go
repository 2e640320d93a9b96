package extract

import (
	"strings"

	"github.com/annualstat/annualstat/analysis/doc"
)

// Rules for the monthly report forms (报表) a bureau publishes as a
// bulletin table: a line of the form's furniture above the header
// (填报单位：… 2016年11月), change columns headed as a comparison with the
// same period (同期对比%, 同期累计对比%), and a header copied with its
// first value column's blank name lost, its names moved one column left.

// samePeriodComparisonHeader is the rule for a change column a report form
// heads as a comparison with the same period a year before: 同期对比,
// 同期累计对比, 比同期, 与同期比较 — 同期 and a word of comparing (对比, 比较,
// 相比, or 比 before 同期). Its cells are the change of the level beside it.
func samePeriodComparisonHeader(label string) bool {
	k := strings.Index(label, "同期")
	if k < 0 {
		return false
	}
	if head := strings.TrimSuffix(label[:k], "上年"); strings.HasSuffix(head, "比") || strings.HasSuffix(head, "较") {
		return true // 比同期, 比上年同期
	}
	rest := label[k+len("同期"):]
	rest = strings.TrimPrefix(rest, "累计")
	return rest == "对比" || rest == "比较" || rest == "相比" || rest == "对比增减" || rest == "比较增减"
}

// formFurnitureLine is the rule for a line of a report form's furniture
// above its header: the reporting body (填报单位：…, 填表单位, 编制单位,
// 制表单位, 报送单位, 单位名称 — also as a traditional copy folded in part
// writes it, 单位名稱), often with the form's date or unit at the right
// (furnitureUnit). It names no column.
func formFurnitureLine(t string) bool {
	t = strings.TrimSpace(t)
	for _, w := range []string{"填报单位", "填表单位", "编制单位", "制表单位", "报送单位", "单位名称", "单位名稱", "單位名稱"} {
		if strings.HasPrefix(t, w) {
			r := strings.TrimSpace(t[len(w):])
			return strings.HasPrefix(r, ":") || strings.HasPrefix(r, "：")
		}
	}
	return false
}

// leftShiftedHeader is the rule for a header copied without the blank
// name of its first value column (the form leaves the current month's
// column unnamed, its period in the title), so that its names sit one
// column left: the first value column is named as a change column, which
// can only follow the level it is the change of, the last value column
// has no name, and some later column is a level followed by a change.
// paths are the value columns' header paths; it reports whether they are
// so shifted, and shifts them one column right in place (the first left
// unnamed).
func leftShiftedHeader(paths [][]string, isChange func([]string) bool) bool {
	n := len(paths)
	if n < 3 || len(paths[n-1]) != 0 || len(paths[0]) == 0 || !isChange(paths[0]) {
		return false
	}
	pair := false
	for k := 1; k+1 < n-1; k++ {
		if len(paths[k]) > 0 && !isChange(paths[k]) && isChange(paths[k+1]) {
			pair = true
		}
	}
	if !pair {
		return false
	}
	copy(paths[1:], paths[:n-1])
	paths[0] = nil
	return true
}

// shiftedHeaderColumns reads the columns of grid t (lc label columns)
// again when its header is shifted left (leftShiftedHeader).
func (x *extractor) shiftedHeaderColumns(t *doc.Table, lc int, cols []tableColumn) {
	paths := make([][]string, len(cols)-1)
	for k := range paths {
		paths[k] = t.ColumnPath(lc + k)
	}
	if !leftShiftedHeader(paths, func(p []string) bool { return x.column(p, t.Unit).change != "" }) {
		return
	}
	for k := 1; k < len(cols); k++ {
		cols[k] = x.column(paths[k-1], t.Unit)
	}
}

// changeOnlyRows is the rule for a month table copied one cell a line
// without its empty cells whose level columns the bureau left empty in
// every row, publishing the growth alone (指标 | 绝对量 | 同比增长(%), then
// 规模以上工业增加值 | 0.6, 采矿业 | -0.3, …, as 增加值 tables do): when
// every row after the header holds either no value (a section) or exactly
// as many values as the header has change columns at its end, at least
// three rows hold values, some value is negative and none is 100 or more
// in size — changes, not levels —, the values are the changes. hdr is the
// header row (label header first), body the cells after it. It returns
// the count of change columns, 0 when the rule does not hold.
func changeOnlyRows(hdr, body []tcell, isValue func(tcell) bool) int {
	n := 0
	for k := len(hdr) - 1; k >= 1 && classifyColumn([]string{hdr[k].text}, "").change != ""; k-- {
		n++
	}
	if n == 0 || n >= len(hdr)-1 {
		return 0
	}
	rows, negative := 0, false
	for i := 0; i < len(body); {
		if isValue(body[i]) {
			return 0 // a value without a label
		}
		j := i + 1
		for j < len(body) && isValue(body[j]) {
			v, _, _, ok := parseCell(body[j].text)
			if !ok || v >= 100 || v <= -100 {
				return 0
			}
			negative = negative || v < 0
			j++
		}
		if k := j - i - 1; k != 0 && k != n {
			return 0
		} else if k == n {
			rows++
		}
		i = j
	}
	if rows < 3 || !negative {
		return 0
	}
	return n
}

// furnitureUnit is the rule for a form's furniture line that ends in the
// table's unit (单位名称:某局      单位:万元; 编制单位：某县财政局  单位：元): the
// unit line after the reporting body gives the unit; "" if the line is no
// furniture line or names no unit after it.
func furnitureUnit(line string) string {
	if !formFurnitureLine(line) {
		return ""
	}
	j := strings.LastIndex(line, "单位")
	if j <= 0 || strings.HasPrefix(line[j:], "单位名称") {
		return ""
	}
	return unitLine(line[j:])
}
