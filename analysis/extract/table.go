package extract

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/annualstat/annualstat/analysis/doc"
	"github.com/annualstat/annualstat/internal/trim"
)

// A text table is a run of lines with cells between | (the form web pages
// and Word files take when copied as text, and the form the readers of
// analysis/ingest write a table in). Its figures come from the cells: the
// subject is the row label followed by the column group, the unit comes
// from the column's header (税收比重%, 产量(吨)) or the 单位 line above the
// table, the period from the header (当月, 累计, 本报告期, 上年同期, 2023年),
// and a column of changes (增幅%, 同比增减(%), 增减变动幅度) gives the change
// of the row's level in the same column group.

// tcell is one cell of a text table: its text and byte span in the input.
type tcell struct {
	text       string
	start, end int
}

// trow is one row of a text table and the byte span of its line(s).
type trow struct {
	cells      []tcell
	start, end int
	unit       string // the unit of a section row above this one (经营业绩(万元)); "" if none
	// For a row of a document's table: the grid column of each cell (the
	// first is the label) and the grid row; nil and 0 for a text table.
	cols     []int
	row      int
	sentence string // the row as text, for a document's table
	// nolabel is set for a row of a document's table without label
	// columns: its first cell is empty and the column headers name
	// every value.
	nolabel bool
	// textLine is set for a header row read from a line of text without
	// | (companyHeaderRow): its cells' places say nothing of the columns.
	textLine bool
	// section is the quantity a section row above names for this row's
	// subject (学校数), "" if none (sectionName).
	section string
	// sectionText is set when section comes from a text table's row of a
	// label alone, which may be a class of the rows rather than the
	// quantity they count (sectionIsCategory).
	sectionText bool
	// part is set for a row that is a part of the rows above it (其中：…,
	// #…; markPartRows).
	part bool
	// depth is how much further in than the table's least set-in the
	// row's label stands (markIndentedRows); 0 when not set in.
	depth int
	// spans is set for a row of a document's table whose first cell spans
	// the whole row.
	spans bool
	// colBase is how many leading cells of a text table's row were left
	// out (a 序号 column): added to a cell's index for its Source.Col.
	colBase int
}

// isTableLine reports a line that holds table cells: at least one | with
// text on both sides, or a line made of | separated cells.
func isTableLine(line string) bool {
	n := strings.Count(line, "|") + strings.Count(line, "｜")
	return n >= 1 && (n >= 2 || !strings.HasPrefix(strings.TrimSpace(line), "|") && !strings.HasSuffix(strings.TrimSpace(line), "|"))
}

// splitCells splits the line s[a:b] at | into trimmed cells, dropping the
// empty cells before a leading and after a trailing |.
func splitCells(s string, a, b int, cells []tcell) []tcell {
	start := a
	first := true
	for i := a; i <= b; {
		sep := 0
		if i < b {
			if s[i] == '|' {
				sep = 1
			} else if strings.HasPrefix(s[i:b], "｜") {
				sep = len("｜")
			}
		}
		if i == b || sep > 0 {
			ca, cb := trimSpace(s, start, i)
			if !(first && ca == cb && i < b && ca == start && strings.TrimSpace(s[a:i]) == "") {
				cells = append(cells, tcell{text: s[ca:cb], start: ca, end: cb})
			}
			first = false
			if i == b {
				break
			}
			i += sep
			start = i
			continue
		}
		i++
	}
	// A trailing | leaves an empty last cell.
	if len(cells) > 0 && cells[len(cells)-1].text == "" && strings.HasSuffix(strings.TrimRight(s[a:b], " \t\r"), "|") {
		cells = cells[:len(cells)-1]
	}
	return cells
}

// tableLines collects the text table that starts at line [ls, le) and
// returns its rows and the offset after its last line. A line that starts
// with | after a row that ended with | continues that row (a cell broken
// over two lines in the copy) when either holds a number, unless the
// table's rows all start with |; header rows that start with | (a merged
// cell left empty) are rows of their own.
func (x *extractor) tableLines(ls int) ([]trow, int) {
	s := x.s
	if rows, next := x.pipeStream(ls); rows != nil {
		return rows, next
	}
	if rows, next := x.splitHeaderLines(ls); rows != nil {
		return rows, next // a header written one cell a line (stattable_lines.go)
	}
	if rows, next := x.wrappedHeaderRow(ls); rows != nil {
		return rows, next // a header whose cells wrap over lines (bulletintable.go)
	}
	var rows []trow
	leading := false // the table writes a | before its first cell
	pos := ls
	for pos < len(s) {
		le := strings.IndexByte(s[pos:], '\n')
		if le < 0 {
			le = len(s)
		} else {
			le += pos
		}
		a, b := trimSpace(s, pos, le)
		if a < b && !isTableLine(s[a:b]) && len(rows) > 0 {
			if r, next, ok := x.brokenSectionRow(pos, widestRow(rows)); ok {
				rows = append(rows, r) // 分产业 | then bars alone (stattable_lines.go)
				pos = next
				continue
			}
			if next, ok := x.spacerBarLine(pos); ok {
				pos = next // a bar alone between two rows (stattable_lines.go)
				continue
			}
			if r, next, ok := x.openLabelRow(pos, rows[len(rows)-1]); ok {
				rows = append(rows, r) // | 每股收益 (元) then | 0.25 | …: its label broken off (companytable.go)
				pos = next
				continue
			}
		}
		if a >= b && len(rows) > 0 {
			if next, ok := x.blankBetweenRows(pos, rows[len(rows)-1]); ok {
				pos = next // a blank line between two rows (companytable.go)
				continue
			}
		}
		if a >= b || !isTableLine(s[a:b]) {
			break
		}
		startsBar := s[a] == '|' || strings.HasPrefix(s[a:b], "｜")
		if len(rows) == 0 {
			leading = startsBar
		}
		if startsBar && !leading && len(rows) > 0 && labelUnderMerged(splitCells(s, a, b, nil)) {
			// | (二)部分公开 | … | 0 |: a row of its own whose first label
			// cell, merged with the row above, was written once.
			rows = append(rows, trow{cells: splitCells(s, a, b, []tcell{{start: a, end: a}}), start: a, end: b})
		} else if startsBar && !leading && len(rows) > 0 && (rowHasNumber(rows[len(rows)-1]) || rowHasNumber(trow{cells: splitCells(s, a, b, []tcell{{}})})) {
			prev := &rows[len(rows)-1]
			// The empty cell the break left between the two parts.
			prev.cells = append(prev.cells, tcell{start: a, end: a})
			prev.cells = splitCells(s, a, b, prev.cells)
			prev.end = b
		} else {
			r := trow{cells: splitCells(s, a, b, nil), start: a, end: b}
			if len(rows) >= 2 && captionRow(r) {
				break // | 表2:… | |: the next table starts here
			}
			rows = append(rows, r)
		}
		if len(rows) > maxTableRows {
			break
		}
		pos = le + 1
	}
	return rows, pos
}

// captionRow is the rule for a row of a | table that is the caption of
// another table (| 表2:各季度环比增长速度 | |, set in the same grid as the
// table before it): its first written cell starts with 表 and the table's
// number (表2, 表 3, 表2-1, 表二) followed by a colon, a space, the end or a
// Chinese word, and no cell writes a number. The table before ends there;
// the caption opens the next one, under its own header.
func captionRow(r trow) bool {
	if rowHasNumber(r) {
		return false
	}
	for _, c := range r.cells {
		t := strings.TrimSpace(c.text)
		if t == "" {
			continue
		}
		return tableNumberCaption(t)
	}
	return false
}

// tableNumberCaption reports a text that opens with a table's number: 表,
// then digits (表2, 表2-1, 表 3) or Chinese numerals (表二), then a colon, a
// space, the end or a Han character.
func tableNumberCaption(t string) bool {
	rest, ok := strings.CutPrefix(t, "表")
	if !ok {
		return false
	}
	rest = strings.TrimLeft(rest, " 　")
	n := 0
	for n < len(rest) && (isDigitAt(rest, n) || rest[n] == '-' && n > 0) {
		n++
	}
	if n == 0 {
		for _, r := range rest {
			if !strings.ContainsRune("一二三四五六七八九十", r) {
				break
			}
			n += utf8.RuneLen(r)
		}
		if n == 0 {
			return false
		}
		// 表一 then a colon or a space only: 表一般 is no number
		rest = rest[n:]
		return rest == "" || strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "：") || strings.HasPrefix(rest, " ") || strings.HasPrefix(rest, "、")
	}
	rest = rest[n:]
	if rest == "" || strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "：") || strings.HasPrefix(rest, " ") || strings.HasPrefix(rest, "　") {
		return true
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return isHan(r)
}

// labelUnderMerged is the rule for a line of a text table that starts
// with | under a row that does not: it is a row of its own, its first
// label cell merged with the one above (三、本年度办理结果 | (一)予以公开 |
// … then | (二)部分公开 | …), when its first written cell is a label and a
// number follows it; a line whose first written cell is a number or a
// missing mark (| 3.5 | 40.2 |) continues the row above, broken over two
// lines by the copy.
func labelUnderMerged(cells []tcell) bool {
	for i, c := range cells {
		t := strings.TrimSpace(c.text)
		if t == "" {
			continue
		}
		if _, _, _, ok := parseCell(t); ok || isMissingMark(t) {
			return false
		}
		if _, _, _, ok := changeCell(t); ok {
			return false
		}
		return rowHasNumber(trow{cells: cells[i+1:]})
	}
	return false
}

// maxTableRows bounds one table; a longer run of | lines is read as
// several tables.
const maxTableRows = 5000

// parseCell reads a table cell as a number: digits with an optional sign,
// thousands separators, decimal point and trailing %; ok is false for text,
// an empty cell and the marks of a missing value (—, -, /, …, ×).
func parseCell(t string) (v float64, text string, pct bool, ok bool) {
	t = trimText(t)
	if strings.HasSuffix(t, "%") || strings.HasSuffix(t, "％") {
		pct = true
		t = trimText(strings.TrimSuffix(strings.TrimSuffix(t, "%"), "％"))
	}
	if t == "" {
		return 0, "", false, false
	}
	if v, ok := parenNegative(t); ok {
		return v, t, pct, true // (23,456,789.10): a negative
	}
	neg := false
	body := t
	if strings.HasPrefix(body, "-") || strings.HasPrefix(body, "－") || strings.HasPrefix(body, "−") {
		_, n := utf8.DecodeRuneInString(body)
		body = body[n:]
		neg = true
	} else if strings.HasPrefix(body, "+") {
		body = body[1:]
	}
	if body == "" || !isDigitAt(body, 0) {
		return 0, "", false, false
	}
	if v, ok := plainDecimal(body); ok {
		if neg {
			v = -v
		}
		return v, t, pct, true
	}
	n, okn := scanNumber(body, 0)
	if !okn || n.end != len(body) || n.leadZero {
		return 0, "", false, false // 01: a code, not a figure
	}
	v = n.value
	if neg {
		v = -v
	}
	return v, t, pct, true
}

// plainDecimal is scanNumber(b, 0) for the cells most tables hold, ASCII
// digits with at most one decimal point inside them and at most 15 digits
// (12, 1234.56, 0.5), when it reads all of b as a number that is no code
// (no leading zero): its value, exact as exactDecimal's. ok is false for
// any other text, which scanNumber then reads.
func plainDecimal(b string) (float64, bool) {
	var m uint64
	digits, point := 0, -1
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case c >= '0' && c <= '9':
			m = m*10 + uint64(c-'0')
			digits++
		case c == '.' && point < 0 && i > 0 && i+1 < len(b):
			point = i
		default:
			return 0, false
		}
	}
	if digits == 0 || digits > 15 {
		return 0, false
	}
	if point < 0 {
		if len(b) > 1 && b[0] == '0' {
			return 0, false // 01: a code, which scanNumber marks
		}
		return float64(m), true
	}
	return float64(m) / exactPow10[len(b)-point-1], true
}

// cellWithUnit is the rule for a table cell that writes a number with
// its unit (25.57亿元, 6,440.98万元, 1,200人): the number as parseCell
// reads it and the unit (isUnitText, not a percent: parseCell reads
// those). ok is false for any other text.
func cellWithUnit(t string) (v float64, text, unit string, ok bool) {
	t = trim.Space(t)
	if t == "" || len(t) > 40 {
		return 0, "", "", false
	}
	t = currencyPrefixed(t) // 港币8.71仙: the unit after the number
	k := len(t)
	for i, r := range t {
		if r >= 0x80 && r != '−' && r != '－' {
			k = i
			break
		}
	}
	if k == 0 || k == len(t) {
		return 0, "", "", false
	}
	u := t[k:]
	if u == "%" || u == "％" || strings.ContainsAny(u, "左右多余约近以") || !isUnitText(u) {
		return 0, "", "", false
	}
	v, text, pct, ok := parseCell(t[:k])
	if !ok || pct {
		return 0, "", "", false
	}
	return v, text, normUnit(u), true
}

// rowHasNumber reports whether a row has a numeric cell after its first:
// a number, or an amount with its scale (amountCell: 1,704.97 亿).
func rowHasNumber(r trow) bool {
	for i := 1; i < len(r.cells); i++ {
		if _, _, _, ok := parseCell(r.cells[i].text); ok || amountCell(r.cells[i].text) {
			return true
		}
	}
	return false
}

// tableHeaderRows is the rule for the header rows of a text table: the
// leading rows with no number after their first cell (at most 4), ended
// by a section row below the first (a label alone: 财务指标).
func tableHeaderRows(rows []trow) int {
	h := 0
	for h < len(rows) && h < 4 && (!rowHasNumber(rows[h]) || yearHeaderRow(rows[h])) {
		if _, ok := sectionRow(rows[h]); ok && h > 0 {
			break
		}
		if _, ok := unitSectionRow(rows[h], unitHeaderIndex(rows[0])); ok && h > 0 {
			break // 一、学校数 | 所 | | under 指标 | 单位 | 2023年 | …: a section
		}
		if h > 0 && emptyYearRow(rows[h]) {
			break // | 2018 | | | under the header: a year with nothing published
		}
		h++
	}
	return h
}

// yearHeaderRow is the rule for a header row of years (项目 | 2002 | 2006 |
// 2007): a text label, then at least two cells that are years (four
// digits, 1900–2100, increasing) and no other number.
func yearHeaderRow(r trow) bool {
	if len(r.cells) < 3 {
		return false
	}
	if _, _, _, ok := parseCell(r.cells[0].text); ok {
		return false
	}
	// Years fall too (2022 | 2021 | 变动, the latest first) over labels
	// the header row leaves unnamed.
	falling := strings.TrimSpace(r.cells[0].text) == ""
	n, last, down, step := 0, 0, 0, 0
	for _, c := range r.cells[1:] {
		t := strings.TrimSpace(c.text)
		if _, _, _, ok := parseCell(t); !ok {
			continue
		}
		y := headerYearDigits(t)
		if y == 0 || y == last {
			return false
		}
		if y < last {
			down++
			if y == last-1 {
				step++
			}
		}
		n, last = n+1, y
	}
	return n >= 2 && (down == 0 || down == n-1 && (falling || fallingYearRun(n, step)))
}

// headerYearDigits is the year a cell of exactly four ASCII digits names
// (1900–2100), 0 otherwise.
func headerYearDigits(t string) int {
	if len(t) != 4 {
		return 0
	}
	y := 0
	for i := 0; i < 4; i++ {
		if t[i] < '0' || t[i] > '9' {
			return 0
		}
		y = y*10 + int(t[i]-'0')
	}
	if y < 1900 || y > 2100 {
		return 0
	}
	return y
}

// tablePreamble is the rule for the rows a copied table puts above its
// header (8-17 各类粮食产量, its English title, 单位:万吨 (10000 tons)):
// leading rows with text in their first two cells only, none a number
// after the first, above rows of four or more written cells (a group
// header such as 行政复议 | | | 行政诉讼 writes a later cell and stays). It returns how many
// there are and the unit a 单位 row among them gives.
func tablePreamble(rows []trow) (n int, unit string) {
	wide := false
	for _, r := range rows {
		if writtenCells(r) >= 4 {
			wide = true
			break
		}
	}
	if !wide {
		return unitPreamble(rows) // a narrow table's title and 单位 rows
	}
	for n < len(rows) && n < 4 && writtenCells(rows[n]) <= 2 && writtenFrom(rows[n], 2) == 0 && !rowHasNumber(rows[n]) && !periodOverValues(rows[n]) && !leftGroupPreamble(rows, n) {
		for _, c := range rows[n].cells[:min(2, len(rows[n].cells))] {
			if u := unitLine(strings.TrimSpace(c.text)); u != "" {
				unit = u // 单位:万元, or 表一 | 单位:万元
			}
		}
		n++
	}
	if n == len(rows) {
		return 0, ""
	}
	return n, unit
}

// periodOverValues reports a short row whose second cell is a period or a
// year (产品 | 2022年 over 产量 | 产值 …): the top row of a header, not a
// title above the table.
func periodOverValues(r trow) bool {
	if len(r.cells) < 2 {
		return false
	}
	label, _ := headerUnit(strings.TrimSpace(r.cells[1].text))
	return label != "" && (isPeriodHeader(label) || headerYear(label) != 0)
}

// numberRowsWidth is how many columns the rows holding a number fill: one
// past the last written cell of the widest of them, 0 when none holds a
// number. Header and heading rows without numbers do not widen a table.
func numberRowsWidth(rows []trow) int {
	width := 0
	for _, r := range rows {
		if rowHasNumber(r) {
			width = max(width, lastWritten(r)+1)
		}
	}
	return width
}

// lastWritten is the index of the last cell of a row with text, -1 if
// none: the empty cells a copy leaves after a row (| 2023 | |) are no
// column.
func lastWritten(r trow) int {
	for k := len(r.cells) - 1; k >= 0; k-- {
		if strings.TrimSpace(r.cells[k].text) != "" {
			return k
		}
	}
	return -1
}

// writtenFrom counts the cells of a row with text from cell k on.
func writtenFrom(r trow, k int) int {
	if k >= len(r.cells) {
		return 0
	}
	return writtenCells(trow{cells: r.cells[k:]})
}

// writtenCells counts the cells of a row with text.
func writtenCells(r trow) int {
	n := 0
	for _, c := range r.cells {
		if trimText(c.text) != "" {
			n++
		}
	}
	return n
}

// columnPaths resolves the header path of each column of a table whose
// data rows have width cells (the first a row label) from its header rows,
// whose merged cells the text copy wrote once. With one header row the
// path is its cell. With two, the upper row has the row labels' header,
// the column groups and the columns that span both rows (written once
// above, nothing below); groups share the lower row's cells equally
// (tableGroups). Deeper headers use their last two rows.
func columnPaths(hdr []trow, width int) [][]string {
	paths := make([][]string, width)
	if len(hdr) == 0 || width == 0 {
		return paths
	}
	if len(hdr) == 1 {
		cells := nonEmpty(hdr[0].cells)
		off := 0
		if len(cells) == width-1 || len(cells) > 0 && len(cells) < width && !headsLabels(cells[0]) {
			off = 1 // no header over the labels
		}
		for i, c := range cells {
			if i+off < width {
				paths[i+off] = []string{c}
			}
		}
		return paths
	}
	if p, ok := leftGroupPaths(hdr, width); ok {
		return p // 机构数(个) | 床位数(张) | | over 2023年 | 2022年 | …, no corner
	}
	if p, ok := positionalPaths(hdr[len(hdr)-2].cells, hdr[len(hdr)-1].cells, width); ok && !textRestatedHeader(hdr[len(hdr)-2], hdr[len(hdr)-1], width) {
		return p
	}
	top := nonEmpty(hdr[len(hdr)-2].cells)
	bottom := nonEmpty(hdr[len(hdr)-1].cells)
	if p, ok := repeatedLowerGroups(top, bottom, width); ok && len(hdr) == 2 {
		return p // 本月 | 累计 over 指标 | 绝对值 | 增长% | 绝对值 | 增长% (valueheader.go)
	}
	if len(bottom) == width || len(bottom) == width-1 && len(top) <= 1 {
		// The lower row names every column: the upper is a title.
		off := width - len(bottom)
		for i, c := range bottom {
			paths[i+off] = []string{c}
		}
		return paths
	}
	if len(top) == 0 {
		return paths
	}
	// The first upper cell heads the row labels when the lower row does
	// not reach the first column; below a first row (three header rows
	// or more) the header over the labels is the first row's, merged
	// down, and the upper row's cells are all over values.
	if len(hdr) >= 3 {
		if first := nonEmpty(hdr[0].cells); len(first) > 0 {
			top = append([]string{first[0]}, top...)
		}
	}
	if len(hdr) == 2 && emptyLabelHeader(hdr[0], len(top), len(bottom), width) {
		top = append([]string{""}, top...) // |  | 机构数(个) | 床位数(张) |: nothing over the labels
	} else if len(hdr) == 2 && (periodOverLabels(hdr[0], top) || restatedPeriodsFirst(top, bottom)) {
		top = append([]string{""}, top...) // | | 本报告期 | 上年同期 | … over 调整前 | 调整后
	}
	paths[0] = []string{top[0]}
	if top[0] == "" {
		paths[0] = nil
	}
	groups := restatedGroups(top[1:], bottom, width-1)
	if groups == nil {
		groups = periodGroups(top[1:], bottom, width-1) // 年度预算 | 累计 | 当月 over 本期 | 同期 | … twice (periodgroups.go)
	}
	if groups == nil {
		groups = changeGroupSpans(top[1:], bottom, width-1) // 比上年同期增减 over 金额 | % (valueheader.go)
	}
	if groups == nil {
		groups = namedGroup(top[1:], bottom, width-1)
	}
	if groups == nil {
		groups = tableGroups(top[1:], len(bottom), width-1)
	}
	if groups == nil {
		return paths
	}
	col, b := 1, 0
	for i, g := range top[1:] {
		if col >= width {
			break
		}
		if groups[i] == 0 {
			paths[col] = []string{g}
			col++
			continue
		}
		for k := 0; k < groups[i] && col < width && b < len(bottom); k++ {
			paths[col] = []string{g, bottom[b]}
			col++
			b++
		}
	}
	return paths
}

// headsLabels reports whether a table's first header cell may head its
// row labels: not when it is a period, a year or a change (本报告期末 |
// 上年度末 | 本报告期末比上年度末增减 over 总资产(元) | …, the cell over the
// labels left empty).
func headsLabels(h string) bool {
	label, unit := headerUnit(h)
	return !isPeriodHeader(label) && headerYear(label) == 0 && changeHeader(label, unit) == ""
}

// namedGroup is the rule for a two-row header with one group over the
// lower row's cells whose copy left out the cells merged down (项目 |
// 机构数(个) | 床位数(张) | 卫生人员数(人) over 合计 | #卫生技术人员): the group
// is the upper cell the lower cells break down, the one that shares the
// most characters with them (卫生人员数 and 卫生技术人员), totals (合计),
// part marks and the counting 数 aside; it spans the lower cells, every
// other upper cell a column of its own. nil unless exactly one group is
// wanted and one upper cell shares two characters or more, more than any
// other.
func namedGroup(upper, lower []string, values int) []int {
	if len(lower) < 2 || len(upper) < 2 || values-len(lower) != len(upper)-1 {
		return nil
	}
	words := map[rune]bool{}
	for _, l := range lower {
		l = strings.TrimLeft(strings.TrimSpace(l), "#＃")
		if l == "合计" || l == "总计" || l == "小计" {
			continue
		}
		for _, r := range l {
			if isHan(r) && r != '数' {
				words[r] = true
			}
		}
	}
	best, second, at := 0, 0, -1
	for i, u := range upper {
		label, _ := headerUnit(u)
		n := 0
		seen := map[rune]bool{}
		for _, r := range label {
			if words[r] && !seen[r] {
				seen[r] = true
				n++
			}
		}
		switch {
		case n > best:
			best, second, at = n, best, i
		case n > second:
			second = n
		}
	}
	if best < 2 || best == second {
		return nil
	}
	spans := make([]int, len(upper))
	spans[at] = len(lower)
	return spans
}

// tableGroups decides which upper header cells are groups over lower cells
// and how many each spans: values columns are the columns after the labels,
// lower the lower row's cells. An upper cell written like a column of its
// own (税收比重%, 合计, a unit in brackets) spans both rows when there are
// fewer lower cells than columns; the other upper cells share the lower
// cells equally. nil when no equal sharing fits.
func tableGroups(upper []string, lower, values int) []int {
	spans := make([]int, len(upper))
	leaves := values - lower
	if leaves < 0 || leaves > len(upper) {
		return nil
	}
	chosen := 0
	for i := len(upper) - 1; i >= 0 && chosen < leaves; i-- {
		if looksLikeLeaf(upper[i]) {
			spans[i] = -1
			chosen++
		}
	}
	for i := len(upper) - 1; i >= 0 && chosen < leaves; i-- {
		if spans[i] == 0 && !isPartGroup(upper[i]) {
			spans[i] = -1
			chosen++
		}
	}
	groups := len(upper) - leaves
	if groups <= 0 {
		if lower == 0 {
			for i := range spans {
				spans[i] = 0
			}
			return spans
		}
		return nil
	}
	if lower%groups != 0 {
		return nil
	}
	for i := range spans {
		if spans[i] == -1 {
			spans[i] = 0
		} else {
			spans[i] = lower / groups
		}
	}
	return spans
}

// restatedGroups is the rule for the header of a company's restated years
// (2023年 | 2022年 | 本年比上年增减 | 2021年 over 调整前 | 调整后 | 调整后 | 调整前 |
// 调整后, or 2023年 | 2022年 | 增减(%) | 2021年 over 调整后 | 调整前 | 调整后 |
// 调整前): the lower cells are all 调整前 or 调整后. The upper cells that
// span both rows are those written as a column of their own (增减(%)) and
// the latest year, which is not restated; of the others, a change column
// is over one lower cell (the change of the restated figure) and a year
// over two when the next two differ (调整前 and 调整后), else one. nil when
// the cells are not so.
func restatedGroups(upper, lower []string, values int) []int {
	if len(lower) == 0 {
		return nil
	}
	for _, l := range lower {
		if restatementHeader(l) == "" {
			return nil
		}
	}
	leaves := values - len(lower)
	if leaves < 0 || leaves > len(upper) {
		return nil
	}
	spans := make([]int, len(upper))
	latest := -1
	for i, u := range upper {
		if y := headerYear(u); y != 0 && (latest < 0 || y > headerYear(upper[latest])) {
			latest = i
		}
	}
	if latest < 0 {
		latest = currentPeriodLeaf(upper) // 本报告期 | 上年同期 over 调整前 | 调整后
	}
	isLeaf := make([]bool, len(upper))
	n := 0
	for i, u := range upper {
		if n < leaves && looksLikeLeaf(u) {
			isLeaf[i] = true
			n++
		}
	}
	if n < leaves && latest >= 0 && !isLeaf[latest] {
		isLeaf[latest] = true
		n++
	}
	n = unrestatedEarliest(upper, isLeaf, n, leaves) // … | 2012年末, not restated (restatedyears.go)
	if n != leaves {
		return nil
	}
	groups := len(upper) - leaves
	k := 0
	for i, u := range upper {
		if isLeaf[i] {
			continue
		}
		groups--
		take := 1
		label, unit := headerUnit(u)
		if changeHeader(label, unit) == "" && k+1 < len(lower) && restatementHeader(lower[k]) != restatementHeader(lower[k+1]) && len(lower)-k-2 >= groups {
			take = 2
		}
		if k+take > len(lower) {
			return nil
		}
		spans[i] = take
		k += take
	}
	if k != len(lower) {
		return nil
	}
	return spans
}

// isPartGroup reports a header over the parts of the column before it
// (其中 over 城镇 | 乡村): always a group.
func isPartGroup(h string) bool {
	h = strings.TrimRight(strings.TrimSpace(h), ":：")
	return h == "其中" || h == "#"
}

// looksLikeLeaf reports an upper header cell written like a single column:
// it ends in % or names a unit in brackets, or is a total, a unit column
// (单位) or a code column (序号).
func looksLikeLeaf(h string) bool {
	return strings.HasSuffix(h, "%") || strings.HasSuffix(h, "％") || strings.HasSuffix(h, ")") || strings.HasSuffix(h, "）") ||
		h == "合计" || h == "总计" || h == "单位" || h == "计量单位" || isCodeHeader(h)
}

func nonEmpty(cells []tcell) []string {
	var out []string
	for _, c := range cells {
		if c.text != "" {
			out = append(out, c.text)
		}
	}
	return out
}

// tableColumn is what a column's header path says about its cells.
type tableColumn struct {
	name    string // the words that name the quantity (税收比重, 产量); "" for a period or change column
	group   string // the column group (一般公共预算收入); "" if none
	unit    string // from the header (%, 吨); "" if none
	period  string // the period as written (当月, 累计, 本报告期, 上年同期, 2023年); "" if none
	prior   bool   // the period is the previous one (上年同期, 上年末, 期初, an earlier year)
	year    int    // a year the header writes, 0 if none
	change  string // GrowthPct, PP or Abs for a column of changes; "" otherwise
	unitCol bool   // the column holds the rows' units (单位, 计量单位)
	codeCol bool   // the column holds codes or row numbers (代码, 序号, 行次)
	// restated is "调整后" or "调整前" for the columns of a restated year
	// (restatementHeader); "" otherwise.
	restated string
	// part is set for a column that is a part of another (#医院、卫生院,
	// 其中：医师); partOf is that column (resolveParts), -1 if none.
	part   bool
	partOf int
	// difference is set for a change column whose header says 增减 (the
	// company forms' 本期比上年同期增减(%)): beside a rate it may be the
	// rates' difference (rateDifference).
	difference bool
	// head is the leaf header as written, its unit dropped (当月同比增长,
	// 累计产量); "" if none.
	head string
	// unnamed is set for a value column of a text table that the header
	// rules could not name (markUnnamedColumns): its cells give no figure.
	unnamed bool
	// impliedUnit is the unit a column's cells take when neither the
	// table, the column nor the row writes one (caseCountUnit: 件 for a
	// court's 新收, 审结); "" if none.
	impliedUnit string
	// kindFirst is set for a column whose lower cell names a kind of the
	// quantity its group names (markKindFirst): 医院 under 总诊疗人次数.
	kindFirst bool
}

// periodHeaders are the period words a table header may be, as written.
var periodHeaders = []string{"当月", "本月", "累计", "本年累计", "本期", "本报告期", "本年", "本年度", "当年", "今年", "本期金额", "本期发生额",
	"本报告期末", "期末", "年末", "期末余额", "本报告期初", "期初", "年初", "期初余额", "上年同期", "去年同期", "上期", "上年", "去年", "上年度", "上年末",
	"上期金额", "上年同期数", "本期数", "上年数", "本年数", "上年同期累计", "同期", "年初数", "期末数", "上月",
	"年初至报告期末", "年初至本报告期末", "本月止累计", "本年初至报告期末", "年初至今",
	"本期实际", "本年实际", "本月实际", "上年实际", "上期实际", "上年同期实际", "本年执行数", "上年执行数", "执行数", "完成数", "本年完成", "上年完成"}

// priorPeriods are the period words of the previous period.
var priorPeriods = map[string]bool{"期初": true, "年初": true, "期初余额": true, "本报告期初": true, "上年同期": true, "去年同期": true,
	"上期": true, "上年": true, "去年": true, "上年度": true, "上年末": true, "上期金额": true, "上年同期数": true, "上年数": true,
	"上年同期累计": true, "同期": true, "年初数": true, "上月": true, "上年实际": true, "上期实际": true, "上年同期实际": true,
	"上年执行数": true, "上年完成": true, "上年同月": true, "去年同月": true, "上年同月累计": true, "上年累计": true, "去年累计": true,
	"去年同期累计": true, "上年执行": true, "上年决算": true, "上年决算数": true, "上年预算执行数": true}

// headerUnit is the rule for a unit in a header: 产量(吨) → (产量, 吨),
// 税收比重% → (税收比重, %), 增幅(%) → (增幅, %).
func headerUnit(h string) (label, unit string) {
	h = trimText(h)
	for _, br := range [][2]string{{"(", ")"}, {"（", "）"}, {"[", "]"}} {
		if strings.HasSuffix(h, br[1]) {
			if k := strings.LastIndex(h, br[0]); k >= 0 {
				u := trimText(h[k+len(br[0]) : len(h)-len(br[1])])
				u = strings.TrimPrefix(strings.TrimPrefix(u, "单位:"), "单位：")
				if isUnitText(u) || dayCountUnit(u) {
					return trimText(h[:k]), normUnit(u)
				}
			}
		}
	}
	for _, p := range []string{"%", "％", "‰"} {
		if strings.HasSuffix(h, p) {
			return trimText(strings.TrimSuffix(h, p)), normUnit(p)
		}
	}
	return h, ""
}

func normUnit(u string) string {
	u = strings.ReplaceAll(u, "％", "%")
	u = strings.ReplaceAll(u, "／", "/")
	if u == "百分点" {
		return "个百分点"
	}
	return u
}

// isUnitText reports a short text that is a unit: %, ‰, 百分点, or a unit
// the prose reader knows, with an optional scale and denominator.
func isUnitText(u string) bool {
	switch u {
	case "%", "％", "‰", "百分点", "个百分点":
		return true
	}
	if currencyScaleUnit(u) {
		return true // RMB(K$), HK$'000, 仙
	}
	if u == "" || utf8.RuneCountInString(u) > 8 {
		return false
	}
	m := readUnit(u, 0)
	return m.kind != unitNone && m.end == len(u)
}

// unitLine is the rule for a unit line above a table: 单位:万元,
// 单位：元、%, 金额单位：万元, （单位：亿元）; "" if the line is none.
func unitLine(line string) string {
	if !containsWord(line, "单位") {
		return "" // every form below names 单位 (and most lines do not)
	}
	if u, ok := doc.UnitLine(line); ok {
		// The document model's rule (单位：人、所 (person, unit), 单位：元
		// 币种：人民币); of 万元、% the amounts' unit, the rates naming theirs.
		if strings.Contains(u, "、") && strings.Contains(u, "%") {
			u = u[:strings.Index(u, "、")]
		}
		return normUnit(u)
	}
	if u := titledUnitLine(line); u != "" {
		return u
	}
	if u := furnitureUnit(line); u != "" {
		return u
	}
	t := strings.TrimSpace(line)
	t = strings.TrimPrefix(strings.TrimPrefix(t, "("), "（")
	t = strings.TrimSuffix(strings.TrimSuffix(t, ")"), "）")
	k := strings.Index(t, "单位")
	if k < 0 || k > 3*4 {
		return ""
	}
	rest := strings.TrimSpace(t[k+len("单位"):])
	rest = strings.TrimPrefix(strings.TrimPrefix(rest, ":"), "：")
	rest = strings.TrimSpace(rest)
	if i := strings.IndexAny(rest, "、，,； "); i >= 0 {
		rest = rest[:i]
	}
	if !isUnitText(rest) {
		return ""
	}
	return normUnit(rest)
}

// changeHeader is the rule for a column of changes: 增幅%, 同比增减(%),
// 增减变动幅度(%), 比上年增长(%), 增长率 → GrowthPct; 增减(百分点) → PP;
// 增减额, 增减(万元), 比上年增加 → Abs; "" for any other header. A rate
// named as a quantity of its own (净利润增长率(%)) is not a change column
// when it names what grows.
func changeHeader(label, unit string) string {
	words := []string{"增减", "增长", "下降", "变动", "增幅", "降幅", "增速", "同比", "环比", "比上年", "较上年", "比上期", "涨跌", "升降", "±"}
	found := false
	for _, w := range words {
		if strings.Contains(label, w) {
			found = true
			break
		}
	}
	if !found && !strings.Contains(label, "增量") && !comparedWithHeader(label) && !samePeriodComparisonHeader(label) {
		return ""
	}
	if strings.Contains(label, "拉动") {
		return "" // 拉动增长(百分点): a contribution of its own, no change of the column before
	}
	// 净利润增长率: names the quantity whose growth it is; a figure.
	if k := strings.Index(label, "增长率"); k > 0 {
		if head := label[:k]; !strings.HasSuffix(head, "同比") && !strings.HasSuffix(head, "比上年") {
			return ""
		}
	}
	switch {
	case unit == "%" || unit == "‰":
		return GrowthPct
	case strings.Contains(unit, "百分点") || strings.Contains(label, "百分点"):
		return PP
	case unit != "":
		return Abs
	case strings.Contains(label, "幅") || strings.Contains(label, "率") || strings.Contains(label, "增速") ||
		strings.Contains(label, "增长") || strings.Contains(label, "下降"):
		return GrowthPct
	}
	return Abs
}

// headerYear is a year a header writes (2023年, 2023年度, 2023), 0 if none.
func headerYear(h string) int {
	// A date: 2023-03-31, 2023.03.31, 2023/03/31, 2023年3月31日.
	if len(h) >= 8 && isDigitAt(h, 0) && isDigitAt(h, 3) && (h[4] == '-' || h[4] == '.' || h[4] == '/' || strings.HasPrefix(h[4:], "年")) {
		if y, err := strconv.Atoi(h[:4]); err == nil && y >= 1900 && y <= 2200 {
			return y
		}
	}
	if y := cnYearValue(h); y != 0 {
		return y // 二零二三年, 二零二三年财政年度
	}
	if y := yearDayMonthHeader(h); y != 0 {
		return y // 2023 31/12 (companyyears.go)
	}
	if e := yearMonthEnd(h, 0); e > 0 && e == len(h) {
		return headerYearDigits(h[:4]) // 2024/12: a year and the month it ends
	}
	if y := estimateYear(h); y != 0 {
		return y // 2024E, 2023A: a broker's forecast or actual year (onelinemarkdown.go)
	}
	t := strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(h, "度"), "末"), "年")
	t = strings.TrimSuffix(t, "年")
	if len(t) == 4 {
		if y, err := strconv.Atoi(t); err == nil && y >= 1900 && y <= 2200 {
			return y
		}
	}
	return 0
}

// yearQuantityHeader is the rule for a column header that writes a year
// and then the quantity the column counts, in one cell (2022年民事案件新收,
// 2023年销售收入): the words after 年 (or 年度) name the quantity, the year
// is the column's period. It returns those words, "" when the header is no
// such header: no year first, or what follows is a date or a part of the
// year (2023年3月31日, 2023年上半年, 2023年末), a report (2023年年报), a
// period or a generic word, or fewer than two Han characters.
func yearQuantityHeader(h string) string {
	if len(h) < 4+len("年") || !strings.HasPrefix(h[4:], "年") {
		return ""
	}
	y, err := strconv.Atoi(h[:4])
	if err != nil || y < 1900 || y > 2200 {
		return ""
	}
	rest := h[4+len("年"):]
	rest = strings.TrimPrefix(rest, "度")
	if name := partOfYearQuantity(rest); name != "" {
		return name // 2021年上半年新收: the year and its part the period
	}
	if rest == "" || isDigitAt(rest, 0) {
		return ""
	}
	for _, p := range []string{"末", "底", "初", "上半年", "下半年", "全年", "前", "第", "一季", "二季", "三季", "四季", "同期", "预计", "预算", "决算", "执行", "实际", "计划", "调整"} {
		if strings.HasPrefix(rest, p) {
			return ""
		}
	}
	if strings.HasPrefix(rest, "年") || strings.HasSuffix(rest, "报") || strings.HasSuffix(rest, "报告") {
		return "" // 2023年年报, 2023年半年报: the report, a period
	}
	if isPeriodHeader(rest) || isGenericHeader(rest) || strings.ContainsAny(rest, "月日") && partOfYearHeader(rest) {
		return ""
	}
	if statAcronym(rest) {
		return rest // 2020年GDP (rankgrid.go)
	}
	han := 0
	for _, r := range rest {
		if !isHan(r) {
			return "" // 2023年(%), 2023年 Q1: no Chinese name alone
		}
		han++
	}
	if han < 2 {
		return ""
	}
	return rest
}

// classifyColumn applies the header rules to a column's path, the
// deepest header first: the leaf names the quantity, the period (当月,
// 本报告期, 上年同期, 2023年), a change (同比增减(%)) or a restatement
// (调整前, 调整后); the headers above it are the column's group
// (一般公共预算收入; several levels joined: 行政诉讼 未经复议直接起诉), and give
// the unit, the period and the change where the leaf names none (2022年
// over 调整前 | 调整后, 本年比上年增减(%) over 调整后).
func classifyColumn(path []string, tableUnit string) tableColumn {
	var c tableColumn
	path = chineseHeaders(path)
	if len(path) == 0 {
		c.unit = tableUnit
		return c
	}
	leafUnit := ""
	if u := unitOnlyHeader(path[len(path)-1]); u != "" && len(path) > 1 {
		path, leafUnit = path[:len(path)-1], u // 2023年 over 人民币百万元
	}
	leaf := spacedDateHeader(removeHanSpaces(path[len(path)-1]))
	label, unit := headerUnit(leaf)
	if unit == "" {
		unit = leafUnit
	}
	if y, u, ok := yearUnitHeader(label); ok && unit == "" && u != "" {
		label, unit = y, u // 2021年 人民币千元 in one cell
	}
	if p := periodValueHeader(label); p != "" {
		label = p // 1月数值: the month's column
	}
	c.head = label
	if p := partPrefix(label); p != "" {
		// #医院、卫生院, 其中：医师: a part of the column before it.
		c.part, label = true, strings.TrimSpace(label[len(p):])
	}
	if label == "单位" || label == "计量单位" {
		c.unitCol = true
		return c
	}
	if isCodeHeader(label) || rankHeader(label) {
		c.codeCol = true
		return c
	}
	c.change = changeHeader(label, unit)
	switch {
	case restatementHeader(label) != "":
		c.restated = restatementHeader(label)
	case c.change == "" && yearQuantityHeader(label) != "":
		// 2022年民事案件新收: the year's period, the quantity's name.
		c.name = yearQuantityHeader(label)
		c.year, c.period = headerYear(label), label[:len(label)-len(c.name)]
	case headerYear(label) != 0:
		c.year, c.period = headerYear(label), label
		c.prior = openingDate(label)
	case isPeriodHeader(label) || bareMonthSpan(label) || periodWithMonthSpan(label):
		c.period = label
		c.prior = isPriorPeriod(withoutMonthSpan(label))
		if yearEndCountHeader(label, unit) {
			c.name = label // 年末数(万人): the count at the year's end (changecolumns.go)
		}
	case c.change == "":
		c.name = label
		if isGenericHeader(c.name) {
			c.name = ""
		}
	}
	// The headers above the leaf, the nearest first.
	var groups []string
	for k := len(path) - 2; k >= 0; k-- {
		g, gu := headerUnit(path[k])
		if unit == "" {
			unit = gu
		}
		switch {
		case isPartGroup(g):
			c.part = true // 其中 over 城镇 | 乡村: parts of the column before
		case headerYear(g) != 0:
			if c.year == 0 {
				c.year = headerYear(g)
				if c.period == "" {
					c.period = g
				}
			}
		case isPeriodHeader(g):
			if c.year == 0 && c.period == "" {
				c.period, c.prior = g, isPriorPeriod(g)
			}
		case changeHeader(g, gu) != "":
			if c.change == "" && c.name == "" {
				c.change = changeHeader(g, unit)
			} else if c.change == "" && c.year == 0 && c.period == "" {
				// 比上年增减 over 面积 | 产量: the changes of the quantities
				// the leaves name (changeTargetByName), their names kept.
				c.change = changeHeader(g, unit)
			}
		case !isGenericHeader(g) && g != "":
			groups = append(groups, g)
		}
	}
	for i, j := 0, len(groups)-1; i < j; i, j = i+1, j-1 {
		groups[i], groups[j] = groups[j], groups[i]
	}
	c.group = strings.Join(groups, "")
	if c.change != "" {
		for _, h := range path {
			c.difference = c.difference || strings.Contains(h, "增减")
		}
	}
	if unit == "" && c.change == "" {
		unit = tableUnit
	}
	if unit == "" && c.change == "" && !reviewTemplatePath(path) {
		c.impliedUnit = caseCountUnit(c.name)
	}
	c.unit = unit
	return c
}

// chineseHeaders drops the English headers of a bilingual table (a header
// row of translations under the Chinese one) and an English translation
// after a Chinese header, when the path has a Chinese header.
func chineseHeaders(path []string) []string {
	han := false
	for _, h := range path {
		if strings.IndexFunc(h, isHan) >= 0 {
			han = true
		}
	}
	if !han {
		return path
	}
	out := make([]string, 0, len(path))
	for _, h := range path {
		if isTranslation(h) {
			continue
		}
		out = append(out, dropTranslation(h))
	}
	return out
}

// partPrefix is the rule for a column that is a part of the column before
// it (其中): the marker it starts with (#, ＃, 其中：, 其中:), "" if none.
func partPrefix(h string) string {
	for _, p := range []string{"#", "＃", "其中：", "其中:", "其中"} {
		if strings.HasPrefix(h, p) && len(h) > len(p) {
			return p
		}
	}
	return ""
}

// resolveParts gives each part column (#医院、卫生院 after 卫生机构(个)) the
// column it is a part of: the nearest column before it in the same group
// that is not a part. It takes that column's unit when it names none, and
// its name is qualified by that column's (卫生机构（其中：医院、卫生院）) when
// another column of the table has the same name (#医院、卫生院 after 医疗床位
// too); a part named once (#医师) keeps its own name.
func resolveParts(cols []tableColumn, tableUnit string) {
	count := map[string]int{}
	for _, c := range cols {
		if c.name != "" {
			count[c.name]++
		}
	}
	partsUnderTotalGroup(cols)
	markKindFirst(cols)
	for k := range cols {
		cols[k].partOf = -1
		if !cols[k].part {
			continue
		}
		for j := k - 1; j >= 1; j-- {
			if cols[j].group != cols[k].group {
				break
			}
			if cols[j].part || cols[j].name == "" {
				continue
			}
			cols[k].partOf = j
			if cols[k].unit == "" || cols[k].unit == tableUnit {
				cols[k].unit = cols[j].unit
			}
			if n, ok := partQuantityName(cols[j].name, cols[k].name); ok && count[cols[k].name] > 1 {
				cols[k].name = n // 医院 after 卫生机构床位数: 医院床位数
			} else if count[cols[k].name] > 1 {
				cols[k].name = cols[j].name + "（其中：" + cols[k].name + "）"
			}
			break
		}
	}
}

// isPeriodHeader is the rule for a header that is nothing but a period:
// one of periodHeaders as written, or a period the doc package's rules read
// (doc.IsPeriodOnly: 上年度末, 本报告期末, 年末数).
func isPeriodHeader(h string) bool {
	return hasPrefixAny(h, periodHeaders) == h || priorPeriods[h] || doc.IsPeriodOnly(h) || partOfYearHeader(h) || companyPeriodHeader(h) || monthToDateHeader(h) || trailingYearHeader(h)
}

// partOfYearHeader is the rule for a header naming a part of the year: 全年,
// 上半年, 下半年, 一季度, 第一季度, 前三季度, 四季度, 3月, 1-3月, 1—12月, 3月末,
// 12月份.
func partOfYearHeader(h string) bool {
	switch h {
	case "全年", "上半年", "下半年", "前三季度", "年度":
		return true
	}
	t := strings.TrimPrefix(h, "第")
	t = strings.TrimPrefix(t, "前")
	if r, n := utf8.DecodeRuneInString(t); strings.ContainsRune("一二三四1234", r) && (t[n:] == "季度" || t[n:] == "季") {
		return true
	}
	t = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(h, "份"), "末"), "累计")
	if !strings.HasSuffix(t, "月") {
		return false
	}
	t = strings.TrimSuffix(t, "月")
	for _, part := range strings.FieldsFunc(t, func(r rune) bool { return r == '-' || r == '—' || r == '－' || r == '~' || r == '至' }) {
		m, err := strconv.Atoi(part)
		if err != nil || m < 1 || m > 12 {
			return false
		}
	}
	return t != ""
}

// isPriorPeriod reports a period header that names the previous period
// (上年同期, 期初, 上年度末).
func isPriorPeriod(h string) bool {
	if priorPeriods[h] {
		return true
	}
	p := doc.PeriodOf(h)
	return p.Rel == doc.RelPrior || p.Rel == doc.RelCurrent && p.Point == doc.PointStart
}

// restatementHeader is the rule for the columns of a restated prior year
// (2022年 over 调整前 | 调整后, as company reports print them after a change
// of accounting policy): "调整后" for the restated figure, which is the
// comparable prior; "调整前" for the figure as first reported; "" for any
// other header.
func restatementHeader(h string) string {
	switch strings.TrimSuffix(h, "数") {
	case "调整后", "重述后", "追溯调整后":
		return "调整后"
	case "调整前", "重述前", "追溯调整前":
		return "调整前"
	}
	return ""
}

// isGenericHeader reports a header that names no quantity (数值, 金额, 数量,
// 合计 of a single column).
func isGenericHeader(h string) bool {
	switch h {
	case "数值", "数量", "金额", "数额", "数据", "指标值", "值", "绝对数", "绝对值", "绝对量", "总量", "合计", "计", "水平", "绝对额",
		"絕對数", "絕對值", "絕對量", "絕對額": // traditional script (數 folded; 對 is not: 針對)
		return true
	}
	return false
}

// tableLabel is the row label as a subject: an English translation after
// it dropped (dropTranslation), spaces inside removed (区 级 → 区级), a
// leading 其中 or list marker dropped.
func tableLabel(t string) string {
	t = dropTranslation(t)
	if !noSpaceRunes(t) {
		t = strings.Map(func(r rune) rune {
			if isSpace(r) {
				return -1
			}
			return r
		}, t)
	}
	for _, p := range []string{"其中:", "其中：", "#", "＃", "△", "*"} {
		t = strings.TrimPrefix(t, p)
	}
	t = t[statementSignLen(t):]
	t = markerComma(t)
	if k := listMarker(t); k > 0 && k < len(t) {
		t = t[k:]
	} else if k := digitMarker(t); k > 0 {
		t = t[k:]
	}
	return t
}

// dropTranslation is the rule for the English a bilingual yearbook prints
// after a Chinese label or header (普通高等学校 Regular Institutions of Higher
// Education, 卫生院 rural township hospitals): from the first Latin letter
// after a space to the end, when that part holds no Han character; a text
// without Han is returned as it is.
func dropTranslation(t string) string {
	han := false
	for i, r := range t {
		switch {
		case isHan(r):
			han = true
		case han && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') && i > 0 && isSpace(rune(t[i-1])):
			rest := t[i:]
			if strings.IndexFunc(rest, isHan) < 0 {
				return strings.TrimSpace(t[:i]) + translationUnit(rest)
			}
		case han && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') && i > 0 && !isLatin(rune(t[i-1])) && runTranslation(t[i:]):
			return strings.TrimSpace(t[:i]) + translationUnit(t[i:])
		}
	}
	return t
}

// translationUnit is the unit in brackets a header's English ends with
// (Natural Growth Rate(‰), Output (10000 tons)): the unit of the Chinese
// header too when it writes none. "" when the English ends in no unit
// the prose reader knows.
func translationUnit(rest string) string {
	rest = strings.TrimSpace(rest)
	k := strings.LastIndexAny(rest, "(（")
	if k < 0 || !strings.HasSuffix(rest, ")") && !strings.HasSuffix(rest, "）") {
		return ""
	}
	b := rest[k:]
	if _, u := headerUnit(b); u != "" && isUnitText(u) {
		return b
	}
	return ""
}

// runTranslation reports the rest of a header a yearbook's copy ran into
// its Chinese name without a space (地区生产总值gross domestic product,
// 年末总人口Total, 招生数(人)New Entrants): no Chinese in it, and a first
// word of four or more lower-case letters, or of two or more before
// another word, the first may be a capital (not an abbreviation such as
// gdp or GDP, which can be part of the name).
func runTranslation(rest string) bool {
	if strings.IndexFunc(rest, isHan) >= 0 {
		return false
	}
	n := 0
	for i, r := range rest {
		if (r < 'a' || r > 'z') && !(i == 0 && r >= 'A' && r <= 'Z') {
			break
		}
		n++
	}
	// Total, natural: a word; New Entrants: words; GDP, CPI: a name.
	return n >= 4 || n >= 2 && len(rest) > n+1 && rest[n] == ' ' && isLatin(rune(rest[n+1]))
}

// isTranslation reports a header or label in Latin letters only (number of
// health institutions (unit), Item): the English of a bilingual table.
func isTranslation(t string) bool {
	letters := 0
	for _, r := range t {
		switch {
		case isHan(r):
			return false
		case r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z':
			letters++
		}
	}
	return letters >= 4
}

// removeHanSpaces removes the spaces a header puts between Han characters
// to spread them (#医 师 → #医师, 初 中 → 初中).
func removeHanSpaces(t string) string {
	if strings.IndexByte(t, ' ') < 0 && !strings.Contains(t, "\u3000") {
		return t // (ContainsAny with a non-ASCII set decodes every character)
	}
	if j, ok := spreadCharacters(t); ok {
		return j // 收    入, 总   计: one character a field
	}
	rs := []rune(t)
	var b strings.Builder
	for i, r := range rs {
		if isSpace(r) && i > 0 && i+1 < len(rs) && (isHan(rs[i-1]) || rs[i-1] == '、') && isHan(rs[i+1]) {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// digitMarker returns the byte length of a numbered item's marker at the
// start of a table label (1.属于国家秘密, 2、其他, 3．…): digits and a point
// or 、 before an ideograph; 0 if none (1.5米以下 has none).
func digitMarker(t string) int {
	j := 0
	for j < len(t) && t[j] >= '0' && t[j] <= '9' {
		j++
	}
	if j == 0 || j > 2 {
		return 0
	}
	for _, p := range []string{".", "、", "．"} {
		if strings.HasPrefix(t[j:], p) && isHanAt(t, j+len(p)) {
			return j + len(p)
		}
	}
	return 0
}

// table reads the figures of one text table.
func (x *extractor) table(rows []trow, unit string) {
	if len(rows) < 2 {
		return
	}
	rows = dropRuleRows(rows)
	if len(rows) < 2 {
		return
	}
	rows = unitCellRows(rows) // 学校数合计 | (所) | Number of Schools | (unit) | 120 (yearbook.go)
	expandRunCells(rows)
	smallParenNegatives(rows)
	rows = dropAttributeRows(rows) // 审计意见 | 未经审计 | …: no figure, no header
	quantity, qunit := "", ""
	if n, u := tablePreamble(rows); n > 0 && !isTemplateHeader(rows) {
		for _, r := range rows[:n] {
			if len(r.cells) > 0 && quantity == "" {
				quantity, qunit = quantityLine(r.cells[0].text)
			}
		}
		rows = rows[n:]
		if u != "" {
			unit = u
			x.curTableUnit = u
		}
	}
	if halves, ok := sideBySideHalves(rows); ok {
		for _, half := range halves {
			x.table(half, unit) // 收入 | 执行数 | 决算数 | 支出 | 执行数 | 决算数
		}
		return
	}
	h := tableHeaderRows(rows)
	if h == 2 && !lowerHeaderWidens(rows[0], rows[1], rows[2:]) {
		if hdr, ok := joinBrokenHeader(rows[0], rows[1]); ok {
			rows, h = append([]trow{hdr}, rows[2:]...), 1 // 本报告期比上年同期 over 增减(%)
		}
	}
	if h == 3 {
		// 指标 | 2023年 | over | 绝对数 | 比上年 over | | 增长%: the
		// lower two rows are one, the year spans them.
		if hdr, ok := joinBrokenHeader(rows[1], rows[2]); ok {
			rows, h = append([]trow{rows[0], hdr}, rows[3:]...), 2
		}
	}
	if h == 0 || h == len(rows) {
		return // no header: the cells name nothing
	}
	rows, h = periodNoteRow(rows, h) // 上年度 | 本年度 over (2018年) | (2019年)
	if r, ok := indicatorSystemRows(rows, h); ok {
		rows = r // 一级指标 | 二级指标 | 计量单位 | …
	}
	if r, n, ok := stackedHeaderRows(rows, h); ok {
		rows, h = r, n // 企 业 | 工 业 over 单 位 数 | … over (个) | 总 产 值
	}
	for i := h; quantity != "" && i < len(rows); i++ {
		// 指标:工业增加值_同比增长(%) above the table: every cell is of it
		rows[i].section = quantity
		if rows[i].unit == "" {
			rows[i].unit = qunit
		}
	}
	x.tableYear = captionYear(x.lineBefore(rows[0].start))
	defer func() { x.tableYear = 0 }()
	if unnamedRowNumbers(rows[:h], rows[h:]) {
		// | 1 | 北京市 | 0.02 | … under | 地区 | 当月产量(万吨) | …: the row
		// numbers have no header; the labels follow them.
		for i := h; i < len(rows); i++ {
			rows[i].cells = rows[i].cells[1:]
			rows[i].colBase++
		}
	}
	width := 0
	for _, r := range rows[h:] {
		width = max(width, lastWritten(r)+1)
	}
	if width < 2 {
		return
	}
	x.tables++
	alignShortRows(rows[h:], width)
	if leadingTextColumns(rows[h:], width) == 1 {
		placeDroppedCells(rows[h:], width) // 村卫生室 | 2300 | 3.5 under 2022年 | 2021年 | 增长% (droppedplace.go)
	}
	hdr := statHeader(chineseHeaderRows(rows[:h]))
	hdr = packedLowerHeader(hdr, width) // 本年执行数 | | over 金额 | 占预算% | 增长% | | | (packedheader.go)
	paths, template := templateHeaderPaths(hdr, width)
	valuesHeader, valueLabels := false, 0
	if template {
		alignTemplateRows(rows[h:], width, templateValueColumns(paths))
	} else {
		paths = columnPaths(hdr, width)
		if p, ok := totalPartsPaths(hdr, rows[h:], width); ok {
			paths = p // 地区生产总值 | 人均GDP over 第一产业 | … (bulletintable.go)
		}
		overAllColumns(hdr, paths)
		labels := leadingTextColumns(rows[h:], width)
		spanLabelHeader(hdr, paths, labels)
		valuesHeader = headerOverValues(hdr, paths, labels) // valueheader.go
		if valuesHeader {
			valueLabels = labels
		}
	}
	if unit == "" && len(paths[0]) > 0 {
		if u := cornerUnit(paths[0][len(paths[0])-1]); u != "" {
			unit, x.curTableUnit = u, u // 以人民币千元列示 | 2022年度 | …
		}
	}
	if len(paths[0]) > 0 {
		if q, u, ok := cornerQuantity(paths[0][len(paths[0])-1]); ok {
			if unit == "" {
				unit, x.curTableUnit = u, u // 指标(在校学生数/人) (cornerquantity.go)
			}
			for i := h; i < len(rows); i++ {
				if rows[i].section == "" {
					rows[i].section = q
				}
			}
		}
	}
	x.headingQuantityRows(rows, h, paths) // 小学 under 三、毕业生数
	cols := make([]tableColumn, width)
	for c := range cols {
		cols[c] = x.column(paths[c], unit)
	}
	if valuesHeader {
		unitTextColumns(rows[h:], cols, valueLabels) // 医院 | 个 | 120 under 2022年 | …
	}
	if cols[0].codeCol && width > 2 {
		// 序号 | 项目 | …: the row numbers name no row; the labels follow.
		for i := range rows {
			if len(rows[i].cells) > 1 {
				rows[i].cells = rows[i].cells[1:]
				rows[i].colBase++
			}
		}
		paths, cols, width = paths[1:], cols[1:], width-1
	}
	labelHeader := ""
	if len(paths[0]) > 0 {
		labelHeader = paths[0][len(paths[0])-1]
	}
	lc := labelColumns(rows[h:], paths, cols)
	if lc == 1 && len(hdr) == 1 && len(hdr[0].cells) == width {
		// One header row with a cell per column, empty over the inner
		// label columns: read it by position when that shows them.
		pp := make([][]string, width)
		pc := make([]tableColumn, width)
		for c := range pp {
			if t := strings.TrimSpace(hdr[0].cells[c].text); t != "" {
				pp[c] = []string{t}
			}
			pc[c] = x.column(pp[c], unit)
		}
		if n := labelColumns(rows[h:], pp, pc); n > 1 {
			lc, cols = n, pc
		}
	}
	if !template && len(x.xxgk.regions) == 0 {
		// A text with template tables (xxgktable.go) has them settled by
		// the template, which names the cells the header rules cannot.
		markUnnamedColumns(cols, lc)
	}
	markPartRows(rows[h:], lc)
	markIndentedRows(x.s, rows[h:])
	markOutlineRows(rows[h:])
	if lc > 1 {
		joinLabelPaths(rows[h:], lc)
	}
	x.tableBody(rows, h, labelHeader, cols, unit)
}

// tableBody reads the data rows rows[h:] of a table whose columns the
// header rules classified (cols, one per cell of a row; the first cell is
// the row's label), for text tables and the tables of a document alike: a
// row inside the data that heads the rows after it (innerHeader) sets new
// columns, a row of a label alone (sectionRow) gives its unit to the rows
// below it, and every other row is read by tableRow.
func (x *extractor) tableBody(rows []trow, h int, labelHeader string, cols []tableColumn, unit string) {
	start := len(x.figs)
	defer x.dropMisread(start)
	resolveParts(cols, unit)
	unitCol := unitColumnOf(cols)
	section, sectionUnit := "", ""
	sectionText := false    // the section is a text table's label-alone row
	var parents []int       // the figures of the last row that is no part, by cell
	var above []int         // the figures of the row above, by cell
	var levels indentLevels // the figures of the rows above by set-in
	partsFollow := false    // a 其中 row alone was read: the rows after it are parts
	for ri := h; ri < len(rows); ri++ {
		if hdr, ok := innerHeader(rows[ri], labelHeader); ok {
			// A block of the table with headers of its own (信息内容 |
			// 本年制发件数 | 本年废止件数, then 信息内容 | 本年处理决定数量).
			paths := columnPaths([]trow{hdr}, len(cols))
			if p, ok := innerHeaderPair(rows, ri, len(cols)); ok {
				paths, ri = p, ri+1 // 2023年末 | 2022年末 … over 调整后 | 调整前 …
			} else if cells := nonEmpty(hdr.cells); len(cells) > 1 && cells[0] == labelHeader {
				// 信息内容 | 本年处理决定数量: the first over the labels, as
				// above, the others over the values from the first on.
				paths = make([][]string, len(cols))
				paths[0] = []string{cells[0]}
				for i, t := range cells[1:] {
					if 1+i < len(paths) {
						paths[1+i] = []string{t}
					}
				}
			}
			for c := range cols {
				cols[c] = classifyColumn(paths[c], unit)
			}
			if len(x.xxgk.regions) == 0 {
				markUnnamedColumns(cols, 1) // a block whose header names no column gives nothing, as a table's
			}
			resolveParts(cols, unit)
			unitCol = unitColumnOf(cols)
			continue
		}
		if x.labelPieceRow(rows, ri, h, above) {
			continue // 的净利润（元） under its row: the rest of its label
		}
		if partsMarkRow(rows[ri]) {
			partsFollow = parents != nil // 其中： | | alone: the rows below are parts
			continue
		}
		if partsFollow {
			partsFollow = partAfterMark(rows[ri], unitCol, x.figs, parents)
			rows[ri].part = rows[ri].part || partsFollow
		}
		u, ok := sectionRow(rows[ri])
		if !ok {
			u, ok = unitSectionRow(rows[ri], unitCol)
		}
		if ok && u == "" && rows[ri].cols == nil && blankLineItem(rows, ri, h) {
			continue // 资源税 | | | between 个人所得税 and 城市维护建设税 (blankitem.go)
		}
		if ok {
			section, sectionUnit = "", u
			if rows[ri].spans || rows[ri].cols == nil {
				// In a document's table, a cell across the table (财务指标,
				// 学校数 Number of Schools), not a row whose values are left
				// blank (规章 | | |); a text table cannot tell them apart.
				section = sectionName(rows[ri].cells[0].text)
				sectionText = !rows[ri].spans
			}
			parents = nil
			continue
		}
		if rows[ri].unit == "" {
			rows[ri].unit = sectionUnit
		}
		if section != "" || rows[ri].section == "" {
			rows[ri].section = section
			rows[ri].sectionText = sectionText && section != ""
		}
		if x.changeRowBelow(rows[ri], cols, above) {
			continue // 增长(%) | 5.5 | 6.1 under the levels: their changes
		}
		if rows[ri].depth > 0 {
			parents = levels.over(rows[ri].depth, parents) // 　　其中：公立医院 under 　医院
		}
		figs := x.tableRow(rows, ri, cols, unitCol, parents)
		above = figs
		levels.add(rows[ri].depth, figs)
		if !rows[ri].part && figs != nil {
			parents = figs
		}
	}
}

// markPartRows is the rule for the rows that are parts of the row above
// them (其中：…, #第一产业 under 地区生产总值): the deepest of the lc label
// cells written starts with a part marker (partPrefix). The figures of
// such a row get the figure of the same column of the last row that is no
// part as their Parent.
func markPartRows(data []trow, lc int) {
	wholeUnit := false // the last row that is no part names its unit in its label
	for i := range data {
		r := &data[i]
		for c := min(lc, len(r.cells)) - 1; c >= 0; c-- {
			if t := strings.TrimSpace(r.cells[c].text); t != "" {
				r.part = partPrefix(t) != "" || i > 0 && data[i-1].part && c == 0 && wholeUnit && siblingPart(t)
				if !r.part {
					_, u := headerUnit(t)
					wholeUnit = u != ""
				}
				break
			}
		}
	}
}

// siblingPart is the rule for a row right after a part row that is a part
// too though unmarked, under a whole that names its unit in its label: a
// table copied without its indents writes the marker once before a run of
// parts (社会消费品零售总额(亿元), # 批发零售业, then 住宿餐饮业), so a label
// after a part that names no unit of its own (a new quantity of such a
// table names one) and no total (合计, 总计) continues the run.
func siblingPart(t string) bool {
	label, unit := headerUnit(t)
	if unit != "" || label == "" {
		return false
	}
	return !strings.HasSuffix(label, "合计") && !strings.HasSuffix(label, "总计")
}

// sectionName is the rule for what a section row inside a table adds to
// the subjects of the rows below it: the quantity it names (学校数 Number of
// Schools → 学校数, 专任教师), not a heading of kinds (财务指标, 经营业绩(万元),
// 基本情况, 主要项目); its unit and translation dropped.
func sectionName(t string) string {
	label, unit := headerUnit(tableLabel(t))
	if kindHeading(label) || sourceNoteHeading(label) || currencyScaleUnit(unit) {
		return "" // 每股指标:, 关键比率:, 利润表摘要:, 数据摘录自损益表, 股利 (港仙): a row left blank
	}
	for _, w := range []string{"指标", "业绩", "情况", "项目", "数据", "类别", "分类", "部分"} {
		if strings.HasSuffix(label, w) {
			return ""
		}
	}
	if isTranslation(label) || strings.HasPrefix(label, "第") || doc.IsCaptionLine(label) {
		return "" // 第二十条第(五)项, 表2: the block's name, not a quantity
	}
	if breakdownHeading(label) {
		return "" // 分轻重工业, 按产业分: how the rows below break the total down
	}
	return label
}

// unitColumnOf is the first column that holds the rows' units, -1 if none.
func unitColumnOf(cols []tableColumn) int {
	for c := range cols {
		if cols[c].unitCol {
			return c
		}
	}
	return -1
}

// sectionRow is the rule for a row inside a table's data that heads the
// rows below it: a label alone, every other cell empty (财务指标, 经营业绩(万元),
// a cell merged across the table). unit is the unit its brackets name
// (经营业绩(万元) → 万元), which holds for the rows below it; "" if none.
func sectionRow(r trow) (unit string, ok bool) {
	if len(r.cells) == 0 || trimText(r.cells[0].text) == "" || rowHasNumberAt(r, 0) {
		return "", false
	}
	if markedGroupRow(r) {
		_, u := headerUnit(tableLabel(r.cells[0].text))
		return u, true // 全体居民 | — | | |: its merged cells written as a mark
	}
	for _, c := range r.cells[1:] {
		if trimText(c.text) != "" {
			return "", false
		}
	}
	_, u := headerUnit(tableLabel(r.cells[0].text))
	return u, true
}

// unitSectionRow is the rule for a section row of a table with a column of
// units (指标 | 单位 | 2023年 | 比上年增长(%)): its label and its unit in the
// unit column u, every other cell empty (一、学校数 | 所 | | |). unit is the
// unit; ok is false for any other row, or when u is no column (-1).
func unitSectionRow(r trow, u int) (unit string, ok bool) {
	if u <= 0 || u >= len(r.cells) || trimText(r.cells[0].text) == "" || rowHasNumberAt(r, 0) {
		return "", false
	}
	unit = normUnit(strings.TrimSpace(r.cells[u].text))
	if !isUnitText(unit) {
		return "", false
	}
	for c, cell := range r.cells[1:] {
		if c+1 != u && trimText(cell.text) != "" {
			return "", false
		}
	}
	return unit, true
}

// unitHeaderIndex is the index of a header row's cell that heads a column
// of units (单位, 计量单位), -1 if none.
func unitHeaderIndex(r trow) int {
	for i, c := range r.cells {
		if slices.Contains(unitHeaderWords, strings.ReplaceAll(trim.Space(c.text), " ", "")) {
			return i
		}
	}
	return -1
}

// alignShortRows is the rule for the data rows of a text table that are
// shorter than the table because a label merged across the label columns
// was copied once (一、本年新收政府信息公开申请数量 | 30 | 5 | … beside 三、本年度办理结果
// | （三）不予公开 | 1.属于国家秘密 | 1 | 0 | …): when the rows as wide as
// the table have their first k columns free of numbers, a shorter row of
// leading labels and then exactly the table's value cells gets empty
// label cells after its labels, so that its values stand in their
// columns.
func alignShortRows(data []trow, width int) {
	labels := leadingTextColumns(data, width)
	if labels < 2 || labels >= width {
		return
	}
	values := width - labels
	for i := range data {
		r := &data[i]
		n := lastWritten(*r) + 1
		if n >= width || n < 2 {
			continue
		}
		k := 0 // leading label cells
		for k < n && strings.TrimSpace(r.cells[k].text) != "" && !rowHasNumberAt(*r, k) && !isMissingMark(strings.TrimSpace(r.cells[k].text)) {
			k++
		}
		if k == 0 || k >= labels || n-k != values {
			continue
		}
		text := false
		for c := k; c < n; c++ {
			if t := strings.TrimSpace(r.cells[c].text); t != "" && !rowHasNumberAt(*r, c) && !isMissingMark(t) {
				text = true
			}
		}
		if text {
			continue
		}
		cells := make([]tcell, 0, width)
		cells = append(cells, r.cells[:k]...)
		for range width - n {
			cells = append(cells, tcell{start: r.cells[k-1].end, end: r.cells[k-1].end})
		}
		r.cells = append(cells, r.cells[k:n]...)
	}
}

// leadingTextColumns is how many leading columns of a text table's rows
// as wide as the table hold no number (its label columns as the data
// show them); width when no row is as wide.
func leadingTextColumns(data []trow, width int) int {
	labels := width
	for _, r := range data {
		if lastWritten(r)+1 != width {
			continue
		}
		for c := 1; c < labels && c < len(r.cells); c++ {
			if rowHasNumberAt(r, c) {
				labels = c
				break
			}
		}
	}
	return labels
}

// templateHeaderPaths is the rule for the headers of the national
// template of 政府信息公开工作年度报告 copied as text, whose merged cells the
// copy wrote once over three header rows, too deep for columnPaths to
// place: T3 (申请人情况 over 自然人 | 法人或其他组织 (商业企业 … 其他) | 总计, the
// header over the labels spanning three columns) and T4 (行政复议 | 行政诉讼
// over 未经复议直接起诉 | 复议后起诉 over five results each). It returns the
// column paths of a table width wide when the header cells are the
// template's, as the document path names them (the header over every
// value column, 申请人情况, names no group).
func templateHeaderPaths(hdr []trow, width int) ([][]string, bool) {
	var cells []string
	for _, r := range hdr {
		cells = append(cells, nonEmpty(r.cells)...)
	}
	has := func(words ...string) bool {
		for _, w := range words {
			if !headerHasWord(cells, w) {
				return false
			}
		}
		return true
	}
	results := []string{"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"}
	switch {
	case width >= 8 && has("自然人", "法人或其他组织", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"):
		paths := make([][]string, width)
		if cells[0] != "申请人情况" {
			paths[0] = []string{cells[0]} // the header over the labels
		}
		k := width - 7
		paths[k] = []string{"自然人"}
		for i, w := range []string{"商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"} {
			paths[k+1+i] = []string{"法人或其他组织", w}
		}
		paths[k+6] = []string{"总计"}
		return paths, true
	case width == 15 && has("行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉"):
		for _, r := range results {
			n := 0
			for _, c := range cells {
				if c == r {
					n++
				}
			}
			if n != 3 {
				return nil, false
			}
		}
		paths := make([][]string, 0, width)
		for _, g := range [][]string{{"行政复议"}, {"行政诉讼", "未经复议直接起诉"}, {"行政诉讼", "复议后起诉"}} {
			for _, r := range results {
				paths = append(paths, append(append([]string(nil), g...), r))
			}
		}
		return paths, true
	}
	return nil, false
}

// headerHasWord reports a header word among the cells of a table's
// header rows, written in one cell (商业企业) or broken over two cells, as
// a copy writes a merged cell whose text wrapped (商业 over 企业).
func headerHasWord(cells []string, w string) bool {
	if slices.Contains(cells, w) {
		return true
	}
	for i := range w {
		if i > 0 && slices.Contains(cells, w[:i]) && slices.Contains(cells, w[i:]) {
			return true
		}
	}
	return false
}

// alignTemplateRows is the rule for the data rows of a template table
// whose last values columns hold values and whose first ones labels
// (T3: three label columns, 三、本年度办理结果 | (一)予以公开 | (三)不予公开 |
// 1.属于国家秘密, over seven counts): a row with fewer cells wrote fewer
// label cells, so its values are set in the last columns and its labels
// stay first, empty label cells between.
func alignTemplateRows(data []trow, width, values int) {
	if values <= 0 || values >= width {
		return
	}
	for i := range data {
		r := &data[i]
		n := len(r.cells)
		if n >= width || n <= values {
			continue
		}
		k := n - values // the label cells written
		cells := make([]tcell, 0, width)
		cells = append(cells, r.cells[:k]...)
		for range width - n {
			cells = append(cells, tcell{start: r.cells[k-1].end, end: r.cells[k-1].end})
		}
		r.cells = append(cells, r.cells[k:]...)
	}
}

// templateValueColumns is how many last columns of template paths name
// values: those from the first named column after the first; 0 when the
// paths name every column.
func templateValueColumns(paths [][]string) int {
	for c := 1; c < len(paths); c++ {
		if len(paths[c]) > 0 {
			if c == 1 {
				return 0
			}
			return len(paths) - c
		}
	}
	return 0
}

// chineseHeaderRows drops the header rows of a bilingual table that are
// only its English translation (number of health institutions (unit) |
// hospitals and health centers | …) when a header row in Chinese remains.
func chineseHeaderRows(hdr []trow) []trow {
	var out []trow
	for _, r := range hdr {
		english := false
		for _, c := range r.cells {
			t := strings.TrimSpace(c.text)
			if t == "" {
				continue
			}
			if !isTranslation(t) {
				english = false
				break
			}
			english = true
		}
		if !english {
			out = append(out, r)
		}
	}
	if len(out) == 0 {
		return hdr
	}
	return out
}

// captionYear is the rule for the year of a table's figures that its
// caption names (表1 2022年各县主要经济指标 → 2022): the caption's one year;
// 0 when it is no caption (doc.IsCaptionLine), names none, or names a span
// or several (2019—2023年, 2022年和2023年).
func captionYear(caption string) int {
	if !doc.IsCaptionLine(caption) {
		return 0
	}
	y := doc.YearOf(caption)
	if y == 0 {
		return 0
	}
	n := 0
	for i := 0; i+4 <= len(caption); i++ {
		if isDigitAt(caption, i) && isDigitAt(caption, i+1) && isDigitAt(caption, i+2) && isDigitAt(caption, i+3) && (i == 0 || !isDigitAt(caption, i-1)) {
			n++
		}
	}
	if n != 1 {
		return 0
	}
	return y
}

// lineBefore is the text of the line before the one starting at offset
// start, "" at the start of the input.
func (x *extractor) lineBefore(start int) string {
	s := x.s
	if start <= 0 || start > len(s) {
		return ""
	}
	end := strings.LastIndexByte(s[:start], '\n')
	if end < 0 {
		return ""
	}
	begin := strings.LastIndexByte(s[:end], '\n') + 1
	return strings.TrimSpace(s[begin:end])
}

// spanLabelHeader is the rule for a one-row header whose first cell heads
// several label columns (案件类型 over 刑事 | 一审, merged across them and
// copied once): when the header has one cell for the labels and one per
// value column, the first stays over the labels and the others move right
// to their columns, the inner label columns left without a header.
func spanLabelHeader(hdr []trow, paths [][]string, labels int) {
	if len(hdr) != 1 || labels < 2 || labels >= len(paths) {
		return
	}
	cells := nonEmpty(hdr[0].cells)
	if len(cells) != len(paths)-labels+1 || !headsLabels(cells[0]) || slices.Contains(unitHeaderWords, removeHanSpaces(cells[0])) {
		return // 单位 | 累计 | ±% over 指标 | 单位 | …: the unit column's header, the labels' lost
	}
	for c := range paths {
		paths[c] = nil
	}
	paths[0] = []string{cells[0]}
	for i, t := range cells[1:] {
		paths[labels+i] = []string{t}
	}
}

// overAllColumns is the rule for the top row of a text table's header of
// three rows or more that holds one header over all the value columns
// beside the header over the labels (指标 | 2023年 over 产量 | 产值 over 数量
// | 增长(%) | …), which columnPaths, reading the last two rows, leaves out:
// a period, a year or a unit there holds for every value column; another
// title (申请人情况) tells no column from another and is left out, as the
// document path leaves it.
func overAllColumns(hdr []trow, paths [][]string) {
	if len(hdr) < 3 {
		return
	}
	top := nonEmpty(hdr[0].cells)
	if len(top) == 0 || len(top) > 2 {
		return
	}
	h := top[len(top)-1]
	label, unit := headerUnit(h)
	if unit == "" && !isPeriodHeader(label) && headerYear(label) == 0 {
		return
	}
	for c := 1; c < len(paths); c++ {
		if len(paths[c]) > 0 {
			paths[c] = append([]string{h}, paths[c]...)
		}
	}
}

// isTemplateHeader reports a text table whose header rows are a template's
// (templateHeaderPaths): its short upper rows (行政复议 | 行政诉讼) are
// headers, not a preamble.
func isTemplateHeader(rows []trow) bool {
	h := tableHeaderRows(rows)
	if h == 0 || h == len(rows) {
		return false
	}
	width := 0
	for _, r := range rows[h:] {
		width = max(width, lastWritten(r)+1)
	}
	_, ok := templateHeaderPaths(rows[:h], width)
	return ok
}

// maxLabelCols bounds the label columns of a text table.
const maxLabelCols = 4

// labelColumns is the rule for a text table whose rows are labelled by
// several columns (信息公开年报 T3: 三、本年度办理结果 | （一）予以公开 |
// 1.属于国家秘密, the outer label written once over the rows it heads): the
// number of leading columns that no header names (the header over the
// labels spans them), that hold no number in any data row, and that are
// neither a unit nor a code column. The first column always counts; 1 is
// an ordinary table.
func labelColumns(data []trow, paths [][]string, cols []tableColumn) int {
	lc := 1
	for c := 1; c < len(paths) && c < len(cols) && c < maxLabelCols && c < len(paths)-1; c++ {
		if cols[c].unitCol || cols[c].codeCol || strings.Join(paths[c], "") != "" {
			break
		}
		text := false
		for _, r := range data {
			if c >= len(r.cells) {
				continue
			}
			t := strings.TrimSpace(r.cells[c].text)
			if _, _, _, ok := parseCell(t); ok {
				return lc
			}
			if t != "" && !isMissingMark(t) {
				text = true
			}
		}
		if !text {
			break
		}
		lc = c + 1
	}
	return lc
}

// joinLabelPaths names each data row by the path of its label columns:
// an empty label cell under a label written above (a merged cell copied
// once) carries that label down while a deeper column names the row, and a
// label resets the deeper ones. The row's first cell becomes the joined
// path, each part without its list marker (本年度办理结果予以公开), so an
// inner label that alone is ambiguous (其他, 总计 under several groups) is
// named by its groups; the other label cells are emptied.
func joinLabelPaths(data []trow, lc int) {
	carry := make([]string, lc)
	for i := range data {
		r := &data[i]
		deepest := -1
		for c := 0; c < lc && c < len(r.cells); c++ {
			if strings.TrimSpace(r.cells[c].text) != "" {
				deepest = c
			}
		}
		if deepest < 0 {
			continue
		}
		var b strings.Builder
		for c := 0; c <= deepest; c++ {
			if t := strings.TrimSpace(r.cells[c].text); t != "" {
				carry[c] = tableLabel(t)
				clear(carry[c+1:])
			}
			b.WriteString(carry[c])
		}
		cells := append([]tcell(nil), r.cells...)
		cells[0].text = b.String()
		for c := 1; c < lc && c < len(cells); c++ {
			cells[c].text = ""
		}
		r.cells = cells
	}
}

// innerHeader reports a row inside a table's data that heads the rows
// after it: no number, and at least two cells after the label with text,
// or one when its label repeats the header over the labels (信息内容).
func innerHeader(r trow, labelHeader string) (trow, bool) {
	if rowHasNumber(r) || len(r.cells) < 2 {
		return r, false
	}
	n := 0
	for _, c := range r.cells[1:] {
		if c.text != "" && !isMissingMark(c.text) {
			n++
		}
	}
	// 信息内容 | 本年处理决定数量, its value cell merged across the table
	// and copied once: two cells.
	return r, n >= 2 && len(r.cells) >= 3 || n == 1 && labelHeader != "" && strings.TrimSpace(r.cells[0].text) == labelHeader
}

// tableRow reads the figures of one data row: a level per numeric cell of
// a level column, a prior per cell of a prior period's column, and the
// cells of a change column as changes of the nearest level to their left
// in the same group (a level that is not itself a percent when there is
// one), or a figure stated only as a change when there is none.
func (x *extractor) tableRow(rows []trow, ri int, cols []tableColumn, unitCol int, parents []int) []int {
	r := rows[ri]
	if len(r.cells) == 0 {
		return nil
	}
	label, rowUnit := x.rowLabel(r.cells[0].text)
	if rowUnit == "" {
		if l, u, ok := labelCurrencyUnit(label); ok {
			label, rowUnit = l, u // 每股盈利-基本 (人民币) (companyhk.go)
		}
	}
	first := 1
	rowYear, rowPeriod := 0, ""
	if y := headerYear(trim.Space(r.cells[0].text)); y != 0 && !labelless(cols) {
		// 2022 | 46.1: a row per year; the columns name the quantities.
		label, rowYear = "", y
	} else if y, ok := periodRowLabel(rows, ri); ok && !labelless(cols) {
		// 2012年9月份 | 0.89, then 10月份 | 0.79: a row per month or
		// quarter; the columns name the quantities.
		label, rowYear, rowPeriod = "", y, trim.Space(r.cells[0].text)
	} else if rowHasNumberAt(r, 0) && r.cols == nil && labelless(cols) {
		// A row of values under headers alone (行政复议 结果维持 | 结果纠正
		// … over 0 | 1 | …): the column headers name every cell.
		label, rowUnit, first = "", "", 0
	} else if r.nolabel && label == "" {
		// A row of a document's table without label columns.
	} else if isTranslation(label) && chineseColumns(cols) {
		// total under Chinese headers: a bilingual yearbook's total row,
		// named by its columns.
		label = ""
	} else if label == "" || rowHasNumberAt(r, 0) || isColumnNumbering(r) || codeRow(label, rowUnit, r) {
		return nil
	}
	if unitCol > 0 && unitCol < len(r.cells) {
		rowUnit = normUnit(r.cells[unitCol].text)
	}
	rowFigs := make([]int, len(r.cells)) // index+1 of the figure read from each cell
	several := valueColumns(cols[min(first, len(cols)):]) > 1
	for c := first; c < len(r.cells) && c < len(cols); c++ {
		col := cols[c]
		if col.unitCol || col.codeCol {
			continue
		}
		if several && label != "" && col.unnamed {
			continue // a cell the header could not name: no figure rather than the row's label alone
		}
		v, text, pct, ok := parseCell(r.cells[c].text)
		cellKind := ""
		if !ok && col.change != "" {
			// 增加0.61个百分点, 下降3.2%: a change written out in its cell.
			cellKind, v, text, ok = changeCell(r.cells[c].text)
			pct = cellKind == GrowthPct
		}
		cellUnit := ""
		if !ok && col.change == "" {
			// 25.57亿元, 6,440.98万元: the cell names its own unit.
			v, text, cellUnit, ok = cellWithUnit(r.cells[c].text)
		}
		if !ok {
			continue
		}
		unit := col.unit
		if cellUnit != "" {
			unit, rowUnit = cellUnit, ""
		}
		if unit == "" && col.change == "" && r.unit != "" {
			unit = r.unit
		}
		if rowUnit != "" && col.change == "" && (unit == "" || unit == x.curTableUnit || perShareRowUnit(rowUnit, unit)) {
			unit = rowUnit
		}
		if col.change == "" && r.part && cellUnit == "" && (unit == "" || rowUnit == "" && unit == x.curTableUnit) {
			// # 批发零售业 under 社会消费品零售总额(亿元); # 食品制造业 under
			// 工业产销率(%) in a table of 单位:万元: the whole's unit.
			if u := partUnit(x.figs, parents, c); u != "" || unit == "" {
				unit = u
			}
		}
		if strings.Contains(unit, "、") && col.change == "" {
			quantity := r.section // the quantity the row counts: its section's, else its column's or its own
			if quantity == "" {
				quantity = col.name + label
			}
			unit = unitForSubject(unit, quantity)
		}
		if unit == "" && col.change == "" && !pct {
			unit = col.impliedUnit // 新收 | 4159 in a table without unit: 件
		}
		if pct && (unit == "" || col.change == "" && unit != "%" && cellUnit == "") {
			unit = "%" // 3.5% under 单位：万元: the cell says percent
		}
		cell := r.cells[c]
		if col.change != "" {
			kind := col.change
			if pct && kind == Abs {
				kind, unit = GrowthPct, "%" // 同比变化 | -4.19%: the cell says percent
			}
			if cellKind != "" {
				kind, unit = cellKind, changeCellUnit(cellKind, unit) // the cell says which change it is
			}
			t := x.tableChangeTarget(rowFigs, cols, c)
			if k := priorOwnChange(x.figs, rowFigs, cols, c, kind); k >= 0 {
				t = k // 2022年 | 增长% | 2021年 | 增长%: the prior's own change (priorchange.go)
			}
			if cellKind == "" {
				t = arithmeticChangeTarget(x.figs, rowFigs, cols, c, t, kind, v, decimalsOf(text)) // tablecheck.go
			}
			if t < 0 && label == "" && (rowYear != 0 || rowPeriod != "") {
				t = periodRowChangeTarget(x.figs, rowFigs, cols, c) // 2022 | 544.33 | -19.6 (changecolumns.go)
			}
			if col.change == Abs && cellKind == "" && t >= 0 && x.figs[t].Unit == "%" {
				// 加权平均净资产收益率 | -0.57% | -2.12% under 本报告期比上年同期增减:
				// the difference of a rate is in percentage points.
				kind, unit = PP, "个百分点"
			}
			if kind == GrowthPct && col.difference && cellKind == "" && t >= 0 && x.figs[t].Unit == "%" && rateDifference(x.figs, rowFigs, t, v, decimalsOf(text)) {
				kind, unit = PP, "个百分点"
			}
			if kind == GrowthPct && cellKind == "" && !pct && col.unit != "%" && levelDifference(x.figs, rowFigs, t, v, decimalsOf(text)) {
				kind, unit = Abs, x.figs[t].Unit // 上年度 | 本年度 | 增长 563.00: the levels' difference
				if unit == "%" {
					kind, unit = PP, "个百分点"
				}
			}
			ch := Change{Kind: kind, Value: v, Text: cell.text, Number: text, Unit: unit, Decimals: decimalsOf(text)}
			if ch.Kind == Abs && unit == "" {
				ch.Unit = ""
			}
			if t >= 0 {
				pointChangeRate(&x.figs[t], ch) // 研发投入占营业收入的比例 | 16.35 | 减少8.65个百分点 under 单位:元
				x.addTableChange(&x.figs[t], ch)
				if ch.Kind == Abs {
					x.push(tableAbsFigure(x.figs[t], ch, col, [2]int{cell.start, cell.end}))
				}
				continue
			}
			if label == "" && (rowYear != 0 || rowPeriod != "") && cellKind == "" {
				// A row per period under columns of rates (规模以上工业增加值环比增速(%)
				// over 2012年9月份 | 0.89): the column's rate of the period,
				// a figure of its own.
				if f, ok := x.periodRateFigure(r, ri, c, col, v, text, rowYear, rowPeriod); ok {
					x.push(f) // no level the next change cells could be of
				}
				continue
			}
			f := x.tableFigure(r, ri, c, label, col)
			if f.Indicator == "" {
				continue // a change of nothing named
			}
			f.Indicator = changeOnlySubject(f.Indicator, col) // 甲县 under 地区生产总值增速: 甲县地区生产总值
			f.Missing = true
			f.Unit = ""
			x.addTableChange(&f, ch)
			x.push(f)
			continue
		}
		f := x.nextFigure()
		x.fillTableFigure(f, r, ri, c, label, col)
		if rowYear != 0 || rowPeriod != "" {
			f.Period = trim.Space(r.cells[0].text)
			if rowYear != 0 {
				f.Year, f.Prior = rowYear, x.year != 0 && rowYear < x.year
			}
		}
		if f.Indicator == "" {
			x.figs = x.figs[:len(x.figs)-1]
			continue
		}
		f.Value = v
		f.Number = text
		f.Unit = unit
		if p := col.partOf; p > 0 && p < len(rowFigs) && rowFigs[p] > 0 {
			f.Parent, f.parent = x.figs[rowFigs[p]-1].Indicator, rowFigs[p]
		} else if r.part && c < len(parents) && parents[c] > 0 && x.figs[parents[c]-1].Unit == unit {
			f.Parent, f.parent = x.figs[parents[c]-1].Indicator, parents[c]
		}
		rowFigs[c] = len(x.figs)
	}
	return rowFigs
}

// changeCell is the rule for a change written out in a table cell, as
// company reports write a rate's change in a column of growth rates:
// 增加0.61个百分点, 减少1.2个百分点 → PP 0.61, −1.2; 下降3.2%, 增长5% →
// GrowthPct −3.2, 5; -0.5个百分点 → PP −0.5. A verb (增加 增长 上升 提高
// 减少 下降 降低 回落) or a unit (个百分点, 百分点, %) must be written; ok
// is false for any other text. number is the number as written.
func changeCell(t string) (kind string, v float64, number string, ok bool) {
	t = trim.Space(t)
	sign, verb := 1.0, false
	for _, w := range []struct {
		w    string
		sign float64
	}{{"增加", 1}, {"增长", 1}, {"上升", 1}, {"提高", 1}, {"上涨", 1}, {"减少", -1}, {"下降", -1}, {"降低", -1}, {"回落", -1}, {"下滑", -1}} {
		if strings.HasPrefix(t, w.w) {
			t, sign, verb = trim.Space(t[len(w.w):]), w.sign, true
			break
		}
	}
	switch {
	case strings.HasSuffix(t, "个百分点"):
		kind, t = PP, strings.TrimSuffix(t, "个百分点")
	case strings.HasSuffix(t, "百分点"):
		kind, t = PP, strings.TrimSuffix(t, "百分点")
	case strings.HasSuffix(t, "%") || strings.HasSuffix(t, "％"):
		kind = GrowthPct
	case verb:
		kind = ""
	default:
		return "", 0, "", false
	}
	x, num, _, isNum := parseCell(trim.Space(t))
	if !isNum || verb && x < 0 {
		return "", 0, "", false
	}
	if kind == "" {
		return "", 0, "", false // 增加5: the unit is the column's; parseCell reads it without the verb
	}
	return kind, sign * x, num, true
}

// changeCellUnit is the unit of a change read by changeCell: 个百分点 for
// PP, % for GrowthPct.
func changeCellUnit(kind, unit string) string {
	switch kind {
	case PP:
		return "个百分点"
	case GrowthPct:
		return "%"
	}
	return unit
}

// unitForSubject is the rule for a table whose unit line names several
// units (单位：人、所): the unit that counts the row's quantity (its
// section's, 学校数 or 专任教师, else its column's or its label) — 人 for
// people (教师, 学生, 招生数, 教职工, 人员, 人数), 所 for schools (学校数, 幼儿园数), 个
// for institutions and units (机构, 单位数), 张 for beds (床位数) — else the
// first.
func unitForSubject(units, subject string) string {
	list := strings.Split(units, "、")
	has := func(u string) bool { return slices.Contains(list, u) }
	switch {
	case has("人") && (strings.Contains(subject, "教师") || strings.Contains(subject, "学生") || strings.Contains(subject, "招生") ||
		strings.Contains(subject, "毕业") || strings.Contains(subject, "职工") || strings.Contains(subject, "人员") || strings.Contains(subject, "人数") || strings.Contains(subject, "生数") || strings.Contains(subject, "在校生")):
		return "人"
	case has("所") && (strings.Contains(subject, "学校数") || strings.Contains(subject, "校数") || strings.HasSuffix(subject, "学校") || strings.Contains(subject, "幼儿园数")):
		return "所"
	case has("个") && (strings.Contains(subject, "机构") || strings.Contains(subject, "单位数")):
		return "个"
	case has("张") && strings.Contains(subject, "床"):
		return "张" // 床位数, 病床: beds are counted in 张
	}
	if u := unitOfMeasure(list, subject); u != "" {
		return u
	}
	if u := moneyUnitOf(list, subject); u != "" {
		return u // 工业总产值 under 单位:个、万元 (cellgrid.go)
	}
	return list[0]
}

// unitOfMeasure is unitForSubject's rule for the measures of farm and
// industry tables (单位：万亩、万吨、公斤): a yield per area (单产, 亩产,
// 每公顷产量) takes the list's unit of weight per area or, failing that,
// its smallest unit of weight (公斤, 千克); an area (面积) a unit of area; an
// output or weight (产量, 重量) a unit of weight. "" when the subject names
// none of them or the list has no such unit.
func unitOfMeasure(list []string, subject string) string {
	isArea := func(u string) bool {
		return strings.HasSuffix(u, "亩") || strings.HasSuffix(u, "公顷") || strings.HasSuffix(u, "平方米") || strings.HasSuffix(u, "平方公里")
	}
	isWeight := func(u string) bool {
		return strings.HasSuffix(u, "吨") || strings.HasSuffix(u, "公斤") || strings.HasSuffix(u, "千克") || strings.HasSuffix(u, "斤") || u == "克"
	}
	pick := func(ok func(string) bool) string {
		for _, u := range list {
			if ok(u) {
				return u
			}
		}
		return ""
	}
	switch {
	case strings.Contains(subject, "单产") || strings.Contains(subject, "亩产") || strings.Contains(subject, "每亩") || strings.Contains(subject, "每公顷") || strings.Contains(subject, "单位面积"):
		if u := pick(func(u string) bool { return strings.Contains(u, "/") && isWeight(u[:strings.Index(u, "/")]) }); u != "" {
			return u
		}
		return pick(func(u string) bool { return u == "公斤" || u == "千克" || u == "斤" })
	case strings.Contains(subject, "面积"):
		return pick(isArea)
	case strings.Contains(subject, "产量") || strings.Contains(subject, "重量"):
		return pick(isWeight)
	}
	return ""
}

// chineseColumns reports whether the columns of a table are named in
// Chinese.
func chineseColumns(cols []tableColumn) bool {
	for _, c := range cols {
		if strings.IndexFunc(c.name+c.group, isHan) >= 0 {
			return true
		}
	}
	return false
}

// rowHasNumberAt reports whether cell c of the row is a number.
func rowHasNumberAt(r trow, c int) bool {
	if c >= len(r.cells) {
		return false
	}
	_, _, _, ok := parseCell(r.cells[c].text)
	return ok
}

// tableChangeTarget is the figure a change cell at column c belongs to:
// the nearest level to its left of the change column's own year when the
// change column names one (2022年 over 数量 | 增长(%)); else a level to its
// left in the same group that is not a prior (a prior period's column, or
// a year before the report's), the latest year among them when the columns
// name years (2024年 | 2023年 | 增长(%), 2023年 |
// 2022年 调整前 | 调整后 | 本年比上年增减), else the nearest, preferring one
// that is not in %; -1 if none.
func (x *extractor) tableChangeTarget(rowFigs []int, cols []tableColumn, c int) int {
	if k := periodWordTargetOf(x.periodWord(cols[c].head), rowFigs, cols, c); k >= 0 {
		return k // 当月产量 | 累计产量 | 当月同比增长(%) | 累计增长(%)
	}
	if ownPeriodEmpty(rowFigs, cols, c) {
		return -1 // 年初至报告期末 | 年初至报告期末比上年同期增减 with the level's cell lost
	}
	if k := changeTargetByName(rowFigs, cols, c); k >= 0 {
		return k // 2023年 | 2022年 | 比上年增减 over 面积 | 产量 each
	}
	latest, latestYear := -1, 0 // among the columns of a year
	nearest, nearestPct := -1, -1
	for k := c - 1; k >= 1; k-- {
		if cols[k].group != cols[c].group {
			break
		}
		if rowFigs[k] == 0 || cols[k].prior {
			continue
		}
		f := &x.figs[rowFigs[k]-1]
		if k == c-1 && f.Unit == "%" && strings.HasSuffix(cols[k].name, "率") {
			return rowFigs[k] - 1 // 毛利率 | 同比变化: the change of the rate right before it
		}
		switch {
		case cols[c].year != 0 && cols[k].year == cols[c].year && f.Unit != "%":
			return rowFigs[k] - 1 // 2022年 over 数量 | 增长(%): the change of its own year's level
		case f.Prior:
		case cols[k].year != 0:
			if cols[k].year > latestYear {
				latest, latestYear = rowFigs[k]-1, cols[k].year
			}
		case f.Unit != "%":
			if nearest < 0 {
				nearest = rowFigs[k] - 1
			}
		case nearestPct < 0:
			nearestPct = rowFigs[k] - 1
		}
	}
	switch {
	case latest >= 0:
		return latest
	case nearest >= 0:
		return nearest
	}
	return nearestPct
}

// tableFigure is a figure of the cell at column c of row r, without its
// value: subject, period, year, provenance.
func (x *extractor) tableFigure(r trow, ri, c int, label string, col tableColumn) Figure {
	var f Figure
	x.fillTableFigure(&f, r, ri, c, label, col)
	return f
}

// fillTableFigure is tableFigure writing the figure into *f (all of it):
// tableRow builds its figures in place at the end of x.figs (nextFigure)
// rather than copying each through the stack.
func (x *extractor) fillTableFigure(f *Figure, r trow, ri, c int, label string, col tableColumn) {
	s := x.s
	name := label
	if p, ok := consolidationScope(col.group); ok {
		name = p + name // 母公司 over 本期数 | 上年同期数: 母公司营业收入
	} else if g, ok := quantityGroupOrder(col.group, col.name); ok && col.kindFirst {
		name += g // 总诊疗人次数 over 医院: 医院总诊疗人次数
	} else if col.group != "" && !isGenericHeader(col.group) && hasPrefixAny(col.group, periodHeaders) != col.group {
		name += col.group
	}
	if col.name != "" && !strings.HasSuffix(name, col.name) && !col.kindFirst {
		name += col.name
	}
	if r.section != "" && !strings.Contains(name, r.section) && bodySection(r.section) {
		name = r.section + name // 可支配收入 under 全体居民
	} else if r.section != "" && !strings.Contains(name, r.section) && !(r.sectionText && sectionIsCategory(col)) {
		name += r.section // 普通高等学校 under 学校数: 普通高等学校学校数
	}
	if col.restated == "调整前" {
		name += "（调整前）" // as first reported: not the comparable prior
	}
	cell := r.cells[c]
	sent, sspan, span := s[r.start:r.end], [2]int{r.start, r.end}, [2]int{cell.start, cell.end}
	if r.cols != nil {
		sent, sspan, span = r.sentence, [2]int{}, [2]int{}
	}
	year := x.year
	if x.tableYear != 0 {
		year = x.tableYear // 表1 2022年各县主要经济指标: the caption's year, before the report's
	}
	*f = Figure{Indicator: name, Section: x.section, Period: col.period, Year: year,
		Sentence: sent, SentenceSpan: sspan, Span: span,
		Source: Source{File: x.file, Table: x.tables, Row: ri, Col: c}}
	if r.cols != nil && c < len(r.cols) {
		f.Source.Col = r.cols[c] // the document grid's column
	} else {
		f.Source.Col += r.colBase
	}
	if r.row > 0 {
		f.Source.Row = r.row
	}
	if col.year != 0 {
		f.Year = col.year
		if x.year != 0 && col.year < x.year {
			f.Prior = true
		}
		if col.prior {
			// 2024年1月1日: the opening balance, the close of the year before.
			f.Prior, f.Year = true, col.year-1
		}
	} else if col.prior {
		f.Prior = true
		if f.Year != 0 {
			f.Year--
		}
	}
}

// decimalsOf counts the digits after the decimal point of a number as
// written.
func decimalsOf(t string) int {
	k := -1 // strings.IndexAny(t, ".．") in one pass over the bytes
	for i := 0; i < len(t); i++ {
		if t[i] == '.' || t[i] == 0xEF && i+2 < len(t) && t[i+1] == 0xBC && t[i+2] == 0x8E {
			k = i
			break
		}
	}
	if k < 0 {
		return 0
	}
	n := 0
	for _, r := range t[k+1:] {
		if r >= '0' && r <= '9' || r >= '０' && r <= '９' {
			n++
		}
	}
	return n
}

// cellStream reads a table copied one cell per line: each cell's text on
// a line of its own or ending in |, a | line between cells, rows no longer
// marked (the form finance pages copy to). It starts at line ls and
// returns the table's rows — the header row, then a row per label with
// the value cells that follow it — and the offset after the block; nil
// when the lines there are not such a table. A label with no values of its
// own (经营业绩(万元)) is a section row: its unit in brackets holds for the
// rows after it.
func (x *extractor) cellStream(ls int) ([]trow, int) {
	s := x.s
	if rows, next := x.barRowLines(ls); rows != nil {
		return rows, next // rows ended by a bar alone (stattable_lines.go)
	}
	if rows, next := x.barHeaderRows(ls); rows != nil {
		return rows, next // header rows ended by a line of bars (yearbook.go)
	}
	if rows, next := x.wrappedHeaderTable(ls); rows != nil {
		return rows, next // header cells over lines, then a row a line (wrappedheader.go)
	}
	// The block: short lines without a sentence end, many of them bars.
	pos, lines, bars := ls, 0, 0
	end := ls
	for pos < len(s) {
		le := strings.IndexByte(s[pos:], '\n')
		if le < 0 {
			le = len(s)
		} else {
			le += pos
		}
		a, b := trimSpace(s, pos, le)
		line := s[a:b]
		if a < b && (streamLineTooLong(line) || containsAnyOf(line, "。；;") || strings.Count(line, "|") > 1 && (lines < 8 || strings.Trim(line, "| ") != "")) {
			// (a line of bars alone well inside the block, ||, is empty cells:
			// a side-by-side table's half with no row)
			break
		}
		if lines > 0 && strings.Contains(line, "单位") && unitLine(line) != "" {
			break // 二、在校学生数 计量单位:人: the next table's title and unit
		}
		if a < b && lines >= 8 && bars*3 >= lines && streamProseRun(s, a) {
			break // 注:… then 二、季度业绩亮点 then 2024年…: the text after the table
		}
		if strings.HasSuffix(line, "|") {
			bars++
		}
		lines++
		end = le
		pos = le + 1
		if lines > 4*maxTableRows {
			break
		}
	}
	x.noStreamUntil = end
	if lines < 8 || bars*3 < lines {
		return nil, ls
	}
	// Cells between bars.
	var cells []tcell
	start := ls
	for i := ls; i <= end; i++ {
		if i == end || s[i] == '|' {
			a, b := trimSpace(s, start, i)
			if k, ok := cellTranslation(s[a:b]); ok {
				b = a + k // 學校數(所) Schools: the Chinese alone (celltranslation.go)
			}
			cells = append(cells, tcell{text: streamCellText(s[a:b]), start: a, end: b})
			start = i + 1
		}
	}
	if len(cells) > 0 && cells[len(cells)-1].text == "" {
		cells = cells[:len(cells)-1]
	}
	// 序号 on the line before the first bar: the stream starts after it.
	coded := len(cells) > 0 && cells[0].text == "" && isCodeHeader(removeHanSpaces(x.lineBefore(ls)))
	cells = x.streamPreamble(cells)
	cells = splitStreamCells(cells)            // 0.520.48: two cells run together
	cells = dropStreamRowNumbers(cells, coded) // 序号 | 法院 | … then 1 | 川汇区人民法院 | …
	if rows, ok := bilingualStreamRows(cells, byText(func(c tcell) bool {
		_, _, _, num := parseCell(c.text)
		return c.text == "" || isMissingMark(c.text) || num
	})); ok {
		return rows, min(end+1, len(s)) // 医疗机构数 (个) | Number of Units (unit) | 6159 | …
	}
	if rows, ok := sideBySideStream(cells); ok {
		return rows, min(end+1, len(s)) // 收入 | 执行数 | 支出 | 执行数 then 总计 | 155.41 | 总计 | 155.41 | …
	}
	if rows, ok := yearStreamRows(cells, x.lineBefore(ls)); ok {
		return rows, min(end+1, len(s)) // 年份 | 地区生产总值(亿元) | … then 2021 | 1420.8 | …
	}
	unitCells := streamUnitColumn(cells)
	isValue := byText(func(c tcell) bool {
		if c.text == "" || isMissingMark(c.text) || companyValueCell(c.text) {
			return true
		}
		if unitCells && isUnitText(c.text) {
			return true // 指标 | 单位 | 累计 | ±%: the row's unit stands among its values
		}
		_, _, _, ok := parseCell(c.text)
		return ok || bracketedNumber(c.text) // (827): a cell of the row (streamcorner.go)
	})
	width, best, firstLabel := streamWidth(cells, isValue, false)
	oneRow := false
	if best < 2 {
		if w, c, ok := oneRowStream(cells, isValue); ok {
			oneRow, cells = true, c
			width, best, firstLabel = w, 2, w+1 // one data row under a known header (onerowstream.go)
		}
	}
	if width < 1 || best < 2 {
		return nil, ls
	}
	if k := streamFirstRow(cells, width, isValue); k >= 0 {
		firstLabel = k
	}
	if firstLabel < width {
		// Rows that each end in an empty cell (毕业生总数 | 534667 | 526044 |
		// |): the width without it.
		width, best, _ = streamWidth(cells, isValue, true)
		firstLabel = streamFirstRow(cells, width, isValue)
		if width < 1 || best < 2 || firstLabel < width {
			return nil, ls
		}
	}
	var rows []trow
	first := width + 1
	if h, w, k, ok := streamRepeatedGroupHeader(cells, isValue); ok {
		rows, width, first = h, w, k // 10月 | 1-10月 over 绝对量 | 同比增长(%) | 绝对量 | 同比增长(%)
	} else if !oneRow && (firstLabel == width || streamCornerless(cells, width, isValue)) {
		// The label header stands on the line before the first bar (指 标
		// then | 2014年 | 2013年 |): its empty cell first.
		rows, first = []trow{{cells: append([]tcell{{start: cells[0].start, end: cells[0].start}}, cells[:width]...), start: cells[0].start, end: cells[width-1].end}}, width
	} else {
		rows = []trow{{cells: cells[:width+1], start: cells[0].start, end: cells[width].end}}
	}
	if len(rows) > 1 || oneRow {
		// the header's two rows are read; a one-row table's is its first n cells
	} else if h, k, ok := streamGroupHeader(cells, width, isValue); ok {
		rows, first = h, k // 学校数(所) | 班数(个) over 合计 | … | 合计 | …
	} else if h, ok := streamSpannedHeader(cells[:firstLabel], width); ok {
		rows, first = h, firstLabel // 卫生人员数(人) | | over #卫生技术人员 | #执业医师
	}
	if !streamHeaderRead(cells, first, width, isValue) {
		return nil, ls // header rows the rules above did not read: no column is known
	}
	unit := ""
	for i := first; i < len(cells); {
		if isValue(cells[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(cells) && j-i-1 < width && isValue(cells[j]) {
			j++
		}
		if j == i+1 {
			if _, u := headerUnit(cells[i].text); u != "" {
				unit = u
			}
			i = j
			continue
		}
		rows = append(rows, trow{cells: cells[i:j], start: cells[i].start, end: cells[j-1].end, unit: unit})
		i = j
	}
	if len(rows) < 2 {
		return nil, ls
	}
	return rows, min(end+1, len(s))
}

// dropStreamRowNumbers is the rule for a table copied one cell per line
// whose first column numbers the rows (序号 | 法院 | 新收(件) | … then 1 |
// 甲法院 | 120 | … 2 | 乙法院 | …): with nothing but the count of cells to
// end a row, each row number would read as the last value of the row
// before it. When the first header cell names a column of row numbers
// and the next one a column of labels, the numbers 1, 2, 3 … each written
// right before a label are dropped with that header cell (a 合计 row that
// has no number keeps its label). coded says the 序号 cell stood on the
// line before the stream and is not among the cells. The cells are
// returned unchanged unless at least two numbers, rising from 1, are found.
func dropStreamRowNumbers(cells []tcell, coded bool) []tcell {
	if !coded {
		if len(cells) < 4 || !isCodeHeader(removeHanSpaces(cells[0].text)) {
			return cells
		}
		cells = cells[1:]
	}
	if len(cells) < 3 {
		return cells
	}
	label := func(c tcell) bool {
		if c.text == "" || isMissingMark(c.text) {
			return false
		}
		_, _, _, num := parseCell(c.text)
		return !num
	}
	if !label(cells[0]) {
		return cells
	}
	want, drop := 1, map[int]bool{}
	for i := 1; i+1 < len(cells); i++ {
		if !label(cells[i+1]) {
			continue
		}
		if v, text, pct, ok := parseCell(cells[i].text); ok && !pct && !strings.ContainsAny(text, ".,") && v == float64(want) {
			drop[i] = true
			want++
		}
	}
	if len(drop) < 2 {
		return cells
	}
	out := make([]tcell, 0, len(cells)-len(drop))
	for i, c := range cells {
		if !drop[i] {
			out = append(out, c)
		}
	}
	return out
}

// streamLineTooLong is the rule for a line too long to be a cell of a
// table copied one cell per line: over 40 characters, or over 100 for an
// English translation (Number of Persons for Further Observation), whose
// words take more letters than a Chinese label's characters.
func streamLineTooLong(line string) bool {
	n := utf8.RuneCountInString(line)
	if n > 40 && n <= 100 {
		if k, ok := cellTranslation(line); ok && utf8.RuneCountInString(line[:k]) <= 40 {
			return false // (一)研究生培养机构 Institutions Providing …: a cell and its translation
		}
	}
	return n > 40 && (n > 100 || !isTranslation(line))
}

// isMissingMark reports a cell that marks a missing value: —, --, -, /, …, ×.
func isMissingMark(t string) bool {
	switch t {
	case "—", "——", "--", "-", "/", "…", "×", "－", "-/-", "N/A", "n/a", "―", "――", "……", "－－", "–":
		return true
	}
	return false
}

// isCodeHeader reports a column of codes or row numbers: 代码, 编码, 编号,
// 序号, 行次, 栏次.
func isCodeHeader(h string) bool {
	switch h {
	case "代码", "编码", "编号", "序号", "行次", "栏次", "行号", "指标代码":
		return true
	}
	return false
}

// codeRow is the rule for a table row whose numbers are codes of a kind,
// not quantities (会计师事务所审计意见 | 1 | 1 | 1, 审计意见类型, 企业类型,
// 行业代码, 登记状态 on a finance page): its label, without a unit, ends
// with a word naming a kind or a code, and every number written in it is a
// whole number without a percent sign. A row of counts named otherwise
// (纠正意见 | 12, 案件类型数 | 5) is no code row.
func codeRow(label, unit string, r trow) bool {
	if unit != "" {
		return false
	}
	code := false
	for _, w := range []string{"审计意见", "意见类型", "类型", "代码", "编码", "编号", "代号", "状态"} {
		if strings.HasSuffix(label, w) {
			code = true
			break
		}
	}
	if !code {
		return false
	}
	n := 0
	for _, c := range r.cells[1:] {
		t := strings.TrimSpace(c.text)
		if t == "" || isMissingMark(t) {
			continue
		}
		v, text, pct, ok := parseCell(t)
		if !ok || pct || strings.ContainsAny(text, ".,") || v != float64(int64(v)) {
			return false
		}
		n++
	}
	return n > 0
}

// isColumnNumbering reports the row of a statistical form that numbers its
// columns: 甲 | 乙 | 丙 | 1 | 2, or 栏次 | 1 | 2 | 3 — its numbers are no
// figures.
func isColumnNumbering(r trow) bool {
	switch trim.Space(r.cells[0].text) {
	case "甲", "乙", "丙", "丁", "栏次", "行次", "栏号":
		return true
	}
	want := 1.0
	n, gap := 0, false
	for _, c := range r.cells[1:] {
		if trim.Space(c.text) == "" {
			gap = n > 0 // 1 | 2 | | | 3: counts with blanks between, no numbering
			continue
		}
		if gap {
			return false
		}
		v, _, _, ok := parseCell(c.text)
		if !ok {
			if isHanAt(c.text, 0) && utf8.RuneCountInString(c.text) == 1 {
				continue // 乙, 丙 between the numbers
			}
			return false
		}
		if v != want {
			return false
		}
		want++
		n++
	}
	return n >= 3
}

// positionalPaths resolves two header rows whose copy kept an empty cell at
// every position a merged cell covers: the empty cells lie between
// written ones (| 自然人 | 法人或其他组织 | | | | | 总计 over
// | | 商业企业 | 科研机构 | … |), so each cell stands over its own column.
// An upper cell heads the columns up to the next written one; a column
// with nothing below is the upper cell alone. ok is false when the rows do
// not have the table's width (less the labels' column) or have no empty
// cell inside.
func positionalPaths(upper, lower []tcell, width int) ([][]string, bool) {
	up, lo := padMergedHeader(cellTexts(upper), cellTexts(lower), width)
	if len(up) == width-1 {
		if len(lo) == width || len(lo) == width-1 && len(up) > 0 && statLabelHeader(up[0]) {
			// a trailing | dropped the last empty cell (项目 | 机构数 | 床位数
			// | 卫生人员数 |, its first cell over the labels)
			up = append(up, "")
		} else {
			up = append([]string{""}, up...)
		}
	}
	if len(lo) == width-1 {
		lo = append([]string{""}, lo...)
	}
	for len(lo) < width && len(lo) > 0 {
		lo = append(lo, "")
	}
	if len(up) != width || len(lo) != width || !interiorEmpty(up) && !filledUnderSpan(up, lo) {
		return nil, false
	}
	paths := make([][]string, width)
	group := ""
	for c := 0; c < width; c++ {
		if up[c] != "" {
			group = up[c]
		}
		switch {
		case lo[c] == "" && group != "":
			paths[c] = []string{group}
		case lo[c] != "" && group != "" && (c > 0 || c+1 < width && up[c+1] == ""):
			paths[c] = []string{group, lo[c]}
		case lo[c] != "":
			paths[c] = []string{lo[c]}
		}
	}
	return paths, true
}

func cellTexts(cells []tcell) []string {
	out := make([]string, len(cells))
	for i, c := range cells {
		out[i] = c.text
	}
	return out
}

// interiorEmpty reports an empty text between two written ones.
func interiorEmpty(t []string) bool {
	seen, gap := false, false
	for _, x := range t {
		switch {
		case x != "" && gap:
			return true
		case x != "":
			seen = true
		case seen:
			gap = true
		}
	}
	return false
}

// labelless reports a table whose first column is headed as a column of
// values under a column group, not as the rows' labels: its rows have no
// label.
func labelless(cols []tableColumn) bool {
	// Only under a column group (two header rows): a year or code in the
	// first column of a one-row header (年份 | 产量 over 2019 | 100) is a
	// label, not a value.
	return len(cols) > 1 && cols[0].group != "" && cols[0].change == "" && cols[0].year == 0 && !cols[0].unitCol && !cols[0].codeCol
}

// valueColumns counts the columns of a table that hold values: every
// column but the ones of units and of codes.
func valueColumns(cols []tableColumn) int {
	n := 0
	for _, c := range cols {
		if !c.unitCol && !c.codeCol {
			n++
		}
	}
	return n
}

// markUnnamedColumns marks the value columns of a text table (those after
// its lc label columns) that the header rules could not name
// (unnamedColumn). A header that fits the columns in no way leaves them
// so; tableRow then gives their cells no figure when the table has
// several value columns.
func markUnnamedColumns(cols []tableColumn, lc int) {
	for c := max(lc, 1); c < len(cols); c++ {
		if !unnamedColumn(cols[c]) {
			return // the header names some column: the template rules may name the rest
		}
	}
	for c := max(lc, 1); c < len(cols); c++ {
		cols[c].unnamed = true
	}
}

// unnamedColumn is the rule for a column the header rules could not name:
// no quantity, group, period, year, change or restatement, not even a
// leaf header. In a table of several value columns a cell of such a
// column would be named by its row label alone — the same name for every
// column — so tableRow gives it no figure rather than a guessed one.
func unnamedColumn(col tableColumn) bool {
	return col.name == "" && col.group == "" && col.period == "" && col.year == 0 && col.change == "" &&
		col.restated == "" && col.head == "" && !col.prior
}
