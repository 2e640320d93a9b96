package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/annualstat/annualstat/analysis/doc"
)

// Rules for the tables statistics bureaus publish (统计公报, 教育统计, 卫生统计
// tables), hooked into the general table reader in table.go.

// changeRowBelow is the rule for a row of changes under a row of levels,
// as bulletins write their quarterly tables (地区生产总值(亿元) | 1200.5 |
// 330.2, then 增长(%) | 5.5 | 6.1): a row whose label names a change alone
// (增长, 比上年增长, 同比增减, 增速, ±% …; changeRowKind) gives the change
// of the figure of the same column in the row above (prev, index+1 of the
// figure read from each cell, as tableRow returns them). ok is false, and
// nothing is changed, when the row is no such row or no cell of it has a
// figure above it.
func (x *extractor) changeRowBelow(r trow, cols []tableColumn, prev []int) bool {
	if len(r.cells) < 2 || prev == nil {
		return false
	}
	kind := changeRowKindOf(x.rowLabel(r.cells[0].text))
	if kind == "" {
		return false
	}
	type pending struct {
		fig int
		ch  Change
	}
	var adds []pending
	for c := 1; c < len(r.cells) && c < len(cols); c++ {
		v, text, pct, ok := parseCell(r.cells[c].text)
		if !ok {
			continue
		}
		if c >= len(prev) || prev[c] == 0 || cols[c].change != "" {
			return false // a number with no level above it: not a row of changes
		}
		f := &x.figs[prev[c]-1]
		k, unit := kind, "%"
		if pct {
			k = GrowthPct
		}
		switch {
		case k == Abs && f.Unit == "%":
			k, unit = PP, "个百分点"
		case k == Abs:
			unit = f.Unit
		case k == PP:
			unit = "个百分点"
		}
		adds = append(adds, pending{prev[c] - 1, Change{Kind: k, Value: v, Text: r.cells[c].text, Number: text, Unit: unit, Decimals: decimalsOf(text)}})
	}
	if len(adds) == 0 {
		return false
	}
	for _, a := range adds {
		x.figs[a.fig].addChange(a.ch)
	}
	return true
}

// changeRowWords are the labels of a row of changes, once its unit is
// dropped: the change alone, of no named quantity.
var changeRowWords = []string{
	"增长", "增速", "增幅", "增减", "增减量", "增长率", "增减率", "增减幅度", "增长幅度",
	"比上年增长", "比上年增减", "比上年增长率", "比上年", "比上年±", "±",
	"同比增长", "同比增减", "同比", "同比±", "较上年增长", "较上年增减", "比上年同期增长", "比上年同期增减",
}

// changeRowKind is the kind of change a row label names when it names a
// change alone (增长(%) → GrowthPct, 增减(个百分点) → PP, 比上年增减(人) →
// Abs); "" for any other label (增长率 of a named quantity, 净利润增长率, is a
// figure's row).
func changeRowKind(cell string) string {
	return changeRowKindOf(headerUnit(tableLabel(cell)))
}

// rowLabel is headerUnit(tableLabel(cell)), the label of a row and the unit
// it names, remembered for the last cell: a row's label is read by
// changeRowBelow and then by tableRow.
func (x *extractor) rowLabel(cell string) (label, unit string) {
	if x.rowLabelSet && x.rowLabelText == cell {
		return x.rowLabelName, x.rowLabelUnit
	}
	label, unit = shareInLabel(headerUnit(tableLabel(cell))) // 增值税50%: a share in the name (sharelabel.go)
	x.rowLabelText, x.rowLabelName, x.rowLabelUnit, x.rowLabelSet = cell, label, unit, true
	return label, unit
}

// changeRowKindOf is changeRowKind of a row label as rowLabel reads it.
func changeRowKindOf(label, unit string) string {
	label = trimText(strings.Trim(label, "：:()（）"))
	if strings.HasSuffix(label, "%") || strings.HasSuffix(label, "％") {
		label, unit = strings.TrimRight(label, "%％"), "%"
	}
	found := false
	for _, w := range changeRowWords {
		if label == w {
			found = true
			break
		}
	}
	if !found {
		return ""
	}
	switch {
	case unit == "%" || unit == "％":
		return GrowthPct
	case strings.Contains(unit, "百分点"):
		return PP
	case unit != "":
		return Abs
	case strings.Contains(label, "增减") && !strings.Contains(label, "率") && !strings.Contains(label, "幅"):
		return Abs
	}
	return GrowthPct
}

// padMergedHeader is the rule for a two-row header copied with a | before
// the first cell and after the last, the cell over the labels left empty
// and a merged cell's other positions empty (| 机构数(个) | | 床位数(张) | |
// over | 2022年 | 2023年 | 2022年 | 2023年 |): the copy drops the empty
// cell before the leading | and after the trailing one, so the upper row
// is two cells short of the table's width and the lower one short. up
// and lo get their labels' cell back (and up its trailing empty cell); a
// header of other widths is returned as it is.
func padMergedHeader(up, lo []string, width int) ([]string, []string) {
	if len(lo) == width-1 && len(up) == width-2 && len(up) > 0 && up[0] != "" && up[len(up)-1] != "" && !statLabelHeader(up[0]) {
		// (not 指标 | 本月 | 累计 over 绝对值 | 增长% twice: the first cell
		// heads the labels, the others span their cells, written once)
		up = append(append([]string{""}, up...), "")
		lo = append([]string{""}, lo...)
		return up, lo
	}
	if len(lo) == width-1 && len(up) == width-1 && len(up) > 0 && up[0] == "" {
		// | | 机构数 | | 床位数 | |: the labels' empty cell kept, the
		// trailing one dropped.
		return append(up, ""), append([]string{""}, lo...)
	}
	if len(up) == width-1 && len(up) > 1 && up[0] != "" && up[len(up)-1] != "" && len(lo) == width-1 && !slices.Contains(lo, "") {
		// 地区 | 机构数(个) | | 床位数(张) | (the trailing empty cell dropped):
		// the groups span their columns equally only when the first cell
		// heads the labels, under a lower row that names every value column.
		if tail := append(append([]string{}, up...), ""); equalSpans(tail[1:]) && !equalSpans(up) {
			return tail, append([]string{""}, lo...)
		}
	}
	return up, lo
}

// equalSpans reports whether the written cells of a header row over
// values each head the same number (more than one) of positions: a
// written cell and the empty ones after it.
func equalSpans(up []string) bool {
	span, n := 0, 0
	for i, t := range up {
		if t == "" {
			if i == 0 {
				return false
			}
			n++
			continue
		}
		if i > 0 {
			if span != 0 && n != span {
				return false
			}
			span = n
		}
		n = 1
	}
	return span > 1 && n == span
}

// markIndentedRows is the rule for the rows a yearbook table sets in under
// the row they are a part of (小学, then 　　民办小学 and   农村小学): a
// row whose label stands further in than the label of a row above it is a
// part (its figures get the figure of the same column of the last row
// that is no part as their Parent, as markPartRows's rows do). The set-in
// is read from the input before the label's text, back to the line's
// start or the cell's |: the cells themselves are trimmed. Rows whose
// set-in cannot be read are left as they are; a table whose labels all
// stand as far in marks nothing.
func markIndentedRows(s string, data []trow) {
	least := -1
	for i := range data {
		if d := labelIndent(s, data[i]); d >= 0 && (least < 0 || d < least) {
			least = d
		}
	}
	if least < 0 {
		return
	}
	seenBase := false
	for i := range data {
		d := labelIndent(s, data[i])
		switch {
		case d == least:
			seenBase = true
		case d > least && seenBase:
			data[i].part, data[i].depth = true, d-least
		}
	}
}

// labelIndent is how far a row's label is set in: the spaces (1 each),
// tabs (4) and ideographic spaces (2) before its text, back to the start
// of its line or the | before its cell; -1 when the row has no label read
// from the input or another text stands before it on its line.
func labelIndent(s string, r trow) int {
	if len(r.cells) == 0 || r.cells[0].text == "" {
		return -1
	}
	a := r.cells[0].start
	mark := markWidth(r.cells[0].text)
	if a == 0 && strings.HasPrefix(s, r.cells[0].text) {
		return mark // the input's first line
	}
	if a <= 0 || a > len(s) {
		return -1 // no offset
	}
	n := 0
	for a > 0 {
		switch {
		case s[a-1] == ' ':
			n++
			a--
		case s[a-1] == '\t':
			n += 4
			a--
		case a >= 2 && s[a-2:a] == "\u00a0":
			n++
			a -= 2
		case a >= 3 && s[a-3:a] == "\u3000":
			n += 2
			a -= 3
		case s[a-1] == '\n' || s[a-1] == '|':
			return n + mark
		case a >= 3 && s[a-3:a] == "｜":
			return n + mark
		default:
			return -1
		}
	}
	return n + mark
}

// markWidth is how far a # before a label (# 批发零售业, ＃民办) sets its
// text in: the mark stands in the set-in, so   # 批发零售业 stands as far in
// as      住宿餐饮业 under it.
func markWidth(t string) int {
	n := 0
	switch {
	case strings.HasPrefix(t, "#"):
		n, t = 1, t[1:]
	case strings.HasPrefix(t, "＃"):
		n, t = 2, t[len("＃"):]
	default:
		return 0
	}
	for _, r := range t {
		switch r {
		case ' ':
			n++
		case '\u3000':
			n += 2
		default:
			return n
		}
	}
	return n
}

// gridPartRows is markPartRows for the rows of a grid read from aligned
// text (gridRow joins its label path, stripped of its marks, in the first
// cell): a row whose last written label cell, as the grid has it, starts
// with a part marker (#民办, 其中：…) is a part.
func gridPartRows(t *doc.Table, rows []trow, lc int) {
	for r := t.HeaderRows; r < len(rows) && r < t.NumRows(); r++ {
		for c := lc - 1; c >= 0; c-- {
			if x := strings.TrimSpace(t.At(r, c).Text); x != "" {
				if partPrefix(x) != "" {
					rows[r].part = true
				}
				break
			}
		}
	}
}

// statLabelHeaders are the words a statistics table heads its row labels
// with.
var statLabelHeaders = []string{"指标", "指标名称", "项目", "类别", "分类", "地区", "单位名称", "机构名称", "学段", "类型"}

// lineCells reads a table copied one cell per line with no | at all, as
// the stored copies of bureau pages write their month tables (指标, then
// 本月, 比去年同月增长(%), … each on a line of its own, blank lines
// between, then each row's label and values the same way). It starts at
// the line [ls, le), which must be a label header alone (statLabelHeaders),
// and returns the header row and a row per label with the values after it,
// and the offset after the last; nil when the lines are not such a table:
// fewer than two rows, or labels followed by differing counts of values.
func (x *extractor) lineCells(ls, le int) ([]trow, int) {
	s := x.s
	a, b := trimSpace(s, ls, le)
	if ls < x.noLineCellsUntil {
		return nil, ls
	}
	if !statLabelHeader(s[a:b]) && !yearLabelHeader(s[a:b]) {
		rows, next := x.periodGroupLines(ls, le)
		if rows == nil && next > ls {
			x.noLineCellsUntil = next // each line is looked at once: cost linear in the input
		}
		return rows, next
	}
	rows, next := x.lineCellRows(ls)
	if rows == nil {
		x.noLineCellsUntil = next // each line is looked at once: cost linear in the input
		return nil, ls
	}
	return rows, next
}

// lineCellRows is lineCells's reading of the block at ls; on failure next
// is the end of the block it looked at.
func (x *extractor) lineCellRows(ls int) ([]trow, int) {
	s := x.s
	var cells []tcell
	pos := ls
	for pos < len(s) && len(cells) < 4*maxTableRows {
		e := strings.IndexByte(s[pos:], '\n')
		if e < 0 {
			e = len(s)
		} else {
			e += pos
		}
		ca, cb := trimSpace(s, pos, e)
		line := s[ca:cb]
		if ca < cb {
			if utf8.RuneCountInString(line) > 40 || strings.ContainsAny(line, "。；;|｜") {
				break
			}
			cells = append(cells, tcell{text: line, start: ca, end: cb})
		}
		pos = e + 1
	}
	unitCells := streamUnitColumn(cells)
	isValue := byText(func(c tcell) bool {
		if unitCells && isUnitText(c.text) {
			return true // 指标名称 | 计量单位 | 本月 …: the row's unit stands among its values
		}
		_, _, _, ok := parseCell(c.text)
		return ok || isMissingMark(c.text) || companyValueCell(c.text)
	})
	cells = joinUnitLines(cells, isValue)
	width := 0
	for width+1 < len(cells) && !isValue(cells[width+1]) {
		width++
	}
	if width < 1 || width+1 >= len(cells) {
		return nil, pos
	}
	// The header: the label header and the width-1 … cells before the
	// first label; the first label is the last non-value before a value.
	years := yearLabelHeader(cells[0].text)
	if !years {
		width--
	}
	rows := []trow{{cells: cells[:width+1], start: cells[0].start, end: cells[width].end}}
	i := width + 1
	if !years {
		v := 0 // the values of the first row
		for v+i+1 < len(cells) && isValue(cells[i+1+v]) {
			v++
		}
		if hdr, ok := lineGroupHeader(cells[:width+1], v); ok {
			rows, width = hdr, v // 本月 | 累计 over 绝对值 | 增长% | 绝对值 | 增长%
		} else if n := changeOnlyRows(cells[:width+1], cells[i:], isValue); n > 0 {
			// 指标 | 绝对量 | 同比增长(%) with growth alone in every row
			hdr := append([]tcell{cells[0]}, cells[width+1-n:width+1]...)
			rows, width = []trow{{cells: hdr, start: cells[0].start, end: cells[width].end}}, n
		}
	}
	for i < len(cells) {
		if years && headerYearDigits(cells[i].text) == 0 {
			break // 年份 over a row per year: the rows end where a year does not start one
		}
		if isValue(cells[i]) && !years {
			return nil, pos // a value without a label
		}
		j := i + 1
		for j < len(cells) && j-i-1 < width && isValue(cells[j]) {
			j++
		}
		if j == i+1 && lineSectionLabel(cells, i, width, isValue) {
			// 按收入来源分: alone between rows: a section row.
			rows = append(rows, trow{cells: cells[i:j], start: cells[i].start, end: cells[i].end})
			i = j
			continue
		}
		if j-i-1 != width && !emptyChangeCells(rows[0].cells, j-i-1) {
			if !years && unitOnlyRow(cells[i:j], unitCells) {
				i = j // 先进制造业 | 亿元 and no more: a row that gives nothing (droppedcells.go)
				continue
			}
			break // the table ends where a row is not full
		}
		row := cells[i:j]
		if k := droppedPriorCell(rows[0].cells, row[1:], unitCells); k >= 0 {
			// 45.8 | -2.9 under 本月 | 去年同期 | 增长%: the prior's cell dropped
			row = append(append(append([]tcell{}, row[:1+k]...), tcell{start: row[1+k].start, end: row[1+k].start}), row[1+k:]...)
		}
		rows = append(rows, trow{cells: row, start: cells[i].start, end: cells[j-1].end})
		i = j
	}
	if len(rows) < 3 {
		return nil, pos
	}
	last := rows[len(rows)-1].end
	if e := strings.IndexByte(s[last:], '\n'); e >= 0 {
		return rows, last + e + 1
	}
	return rows, len(s)
}

// partUnit is the rule for a part row that writes no unit (# 批发零售业
// under 社会消费品零售总额(亿元), 其中：夏粮 under 粮食产量(万吨)): a part counts
// what its whole counts, so it takes the unit of the figure of its column
// in the last row that is no part (parents, index+1 by cell); "" when
// there is none.
func partUnit(figs []Figure, parents []int, c int) string {
	if c < len(parents) && parents[c] > 0 && parents[c] <= len(figs) {
		return figs[parents[c]-1].Unit
	}
	return ""
}

// monthToDateHeader is the rule for the column of a month table that sums
// the year to the report's month without naming it (1-本月, 1～本月累计,
// 1至本月, 年初至本月), or averages it (至本月平均, 1-本月平均, as price
// index tables write it): a period.
func monthToDateHeader(h string) bool {
	t := strings.TrimSuffix(trimText(h), "累计")
	t = strings.TrimSuffix(t, "平均")
	if rest, ok := strings.CutPrefix(t, "年初至"); ok {
		return rest == "本月" || rest == "当月"
	}
	if rest, ok := strings.CutPrefix(t, "至"); ok && t != trimText(h) {
		return rest == "本月" || rest == "当月" // 至本月平均 (not 至本月 alone)
	}
	rest, ok := strings.CutPrefix(t, "1")
	if !ok {
		return false
	}
	for _, sep := range []string{"-", "—", "－", "~", "～", "至", "–"} {
		if r, ok := strings.CutPrefix(rest, sep); ok {
			return r == "本月" || r == "当月"
		}
	}
	return false
}

// streamJoin joins the pieces of a cell copied over several lines: Chinese
// pieces and numbers run together as the copy broke them (总 / 计 → 总计),
// a space only where a Latin word meets a word (计 / Total → 计 Total, Run
// / by → Run by), so that a yearbook's translation can be told apart.
func streamJoin(pieces []string) string {
	var b strings.Builder
	for i, p := range pieces {
		if i > 0 {
			last, _ := utf8.DecodeLastRuneInString(pieces[i-1])
			next, _ := utf8.DecodeRuneInString(p)
			if isLatin(last) && (isLatin(next) || isHan(next)) || isHan(last) && isLatin(next) || last == '.' && isLatin(next) {
				b.WriteByte(' ')
			}
		}
		b.WriteString(p)
	}
	return b.String()
}

// streamCellText is streamJoin(strings.Fields(t)): a cell's pieces between
// white space joined; t itself when it holds no white space.
func streamCellText(t string) string {
	for i := 0; i < len(t); {
		c := t[i]
		if c < utf8.RuneSelf {
			if asciiSpace(c) {
				return streamJoin(strings.Fields(t))
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(t[i:])
		if unicode.IsSpace(r) {
			return streamJoin(strings.Fields(t))
		}
		i += n
	}
	return t
}

// asciiSpace reports the ASCII bytes unicode.IsSpace reports.
func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

func isLatin(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }

// emptyChangeCells is the rule for a row of a table copied one cell per
// line without bars that is short of the header's values (工业产销率(%)
// then 98.8 and 102.4 under 2022年1-12 | 上年同期 | 同比增长(%)): a copy
// that drops empty cells leaves nothing of a change not stated, so the
// row is whole when it has at least one value and each header over the
// values it lacks, the last ones, heads a column of changes. hdr is the
// header row, its label header first.
func emptyChangeCells(hdr []tcell, have int) bool {
	if have < 1 || have >= len(hdr)-1 {
		return false
	}
	for _, c := range hdr[1+have:] {
		if classifyColumn([]string{c.text}, "").change == "" {
			return false
		}
	}
	return true
}

// streamGroupHeader is the rule for the header of a table copied one cell
// per line (cellStream) that spans two rows, column groups over their
// columns, as education yearbooks print them (学校数(所) | 班数(个) over 合计
// | 初级中学 | … | 合计 | 一年级 | …, an English row under each): the cells
// before the first data row, translations dropped, are the groups and then
// the columns, and each group's columns start with its total (合计, 总计,
// 小计). It returns a positional upper row (each group over its first
// column, empty cells after it) and the lower row, both with the labels'
// empty cell, and the index of the first data cell; ok is false when the
// header is one row or its groups and totals do not match, one to one.
func streamGroupHeader(cells []tcell, width int, isValue func(tcell) bool) ([]trow, int, bool) {
	start := -1
	for i := 0; i+width < len(cells); i++ {
		if isValue(cells[i]) || cells[i].text == "" {
			continue
		}
		full := true
		for k := i + 1; k <= i+width; k++ {
			if !isValue(cells[k]) {
				full = false
				break
			}
		}
		if full {
			start = i
			break
		}
	}
	if start <= width+1 {
		return nil, 0, false
	}
	var head []tcell
	for _, c := range cells[:start] {
		if c.text != "" && !isTranslation(c.text) {
			head = append(head, c)
		}
	}
	isTotal := func(t string) bool { return t == "合计" || t == "总计" || t == "小计" }
	k := 0
	for k < len(head) && !isTotal(head[k].text) {
		k++
	}
	upper, lower := head[:k], head[k:]
	if len(upper) < 2 || len(lower) < width {
		return nil, 0, false
	}
	lower = lower[:width] // pieces of wrapped headers after the last column
	up := []tcell{{start: upper[0].start, end: upper[0].start}}
	g := 0
	for _, c := range lower {
		if isTotal(c.text) {
			if g >= len(upper) {
				return nil, 0, false
			}
			up = append(up, upper[g])
			g++
			continue
		}
		up = append(up, tcell{start: c.start, end: c.start})
	}
	if g != len(upper) {
		return nil, 0, false
	}
	lo := append([]tcell{{start: lower[0].start, end: lower[0].start}}, lower...)
	return []trow{
		{cells: up, start: upper[0].start, end: upper[len(upper)-1].end},
		{cells: lo, start: lower[0].start, end: lower[len(lower)-1].end},
	}, start, true
}

// unitPreamble is tablePreamble's rule for a narrow table (fewer than four
// written cells a row) that copies its title and its 单位 line as rows of
// its own (| 2023年全县一般公共预算收支情况 | | |, | 单位：万元 | | |): the
// leading rows with one written cell, the first, no number, down to the
// last that is a 单位 line, are no header. It returns how many there are
// and the unit; 0 when no such row is a 单位 line.
func unitPreamble(rows []trow) (n int, unit string) {
	for k := 0; k < len(rows)-1 && k < 4; k++ {
		r := rows[k]
		if len(r.cells) == 0 || writtenCells(r) != 1 || strings.TrimSpace(r.cells[0].text) == "" || rowHasNumber(r) {
			break
		}
		if u := unitLine(strings.TrimSpace(r.cells[0].text)); u != "" {
			n, unit = k+1, u
		}
	}
	return n, unit
}

// emptyLabelHeader is the rule for a two-row header whose upper row writes
// an empty cell over the labels and each group once (|  | 机构数(个) |
// 床位数(张) |, as a page's colspan cells are copied), over a lower row
// that does not reach the labels' column: the upper row's first cell, as
// copied, is empty, and its written cells (top of them) share the lower
// row's cells (bottom of them, the table's width less the labels') equally.
func emptyLabelHeader(upper trow, top, bottom, width int) bool {
	return len(upper.cells) == top+1 && strings.TrimSpace(upper.cells[0].text) == "" &&
		bottom == width-1 && top > 1 && bottom%top == 0
}

// indentLevels are the figures of the last rows read at each set-in, the
// least set-in first: the rows a set-in row can be a part of.
type indentLevels []struct {
	depth int
	figs  []int
}

// add records the figures of a row read at depth: it closes the rows at
// its depth and deeper.
func (l *indentLevels) add(depth int, figs []int) {
	if figs == nil {
		return
	}
	for len(*l) > 0 && (*l)[len(*l)-1].depth >= depth {
		*l = (*l)[:len(*l)-1]
	}
	*l = append(*l, struct {
		depth int
		figs  []int
	}{depth, figs})
}

// over is the figures of the nearest row above set in less than depth
// (the row a row at depth is a part of); def when there is none.
func (l indentLevels) over(depth int, def []int) []int {
	for i := len(l) - 1; i >= 0; i-- {
		if l[i].depth < depth {
			return l[i].figs
		}
	}
	return def
}

// statHeader rewrites the header rows of a table in the two ways bureau
// tables copy a merged cell that the column rules do not read: a row of
// units alone under the groups (unitHeaderRow) and a merged cell copied
// as its text repeated (repeatedHeaderCells). The rows are copies; the
// table's rows are left as they are.
func statHeader(hdr []trow) []trow {
	out := make([]trow, 0, len(hdr))
	for _, r := range hdr {
		r.cells = slices.Clone(r.cells)
		if len(out) > 0 && unitHeaderRow(&out[len(out)-1], r) {
			continue
		}
		out = append(out, r)
	}
	repeatedHeaderCells(out)
	return out
}

// unitHeaderRow is the rule for a header row of units alone under the row
// of groups (学校数 | | 招生数 | | 在校生数 over (所) | | (人) | | (人)): each
// unit goes to the written cell above it, in order, after the label header
// when the row above has one more written cell; it reports whether it did
// (the unit row is then no header row of its own).
func unitHeaderRow(above *trow, r trow) bool {
	var units []string
	for _, c := range r.cells {
		t := strings.TrimSpace(c.text)
		if t == "" {
			continue
		}
		inner := strings.TrimSuffix(strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(t, "("), "（"), ")"), "）")
		if inner == t || !isUnitText(inner) {
			return false
		}
		units = append(units, t)
	}
	var written []int
	for i, c := range above.cells {
		if strings.TrimSpace(c.text) != "" {
			written = append(written, i)
		}
	}
	if len(units) == 0 {
		return false
	}
	switch len(written) - len(units) {
	case 1:
		written = written[1:]
	case 0:
	default:
		return false
	}
	for k, i := range written {
		above.cells[i].text = strings.TrimSpace(above.cells[i].text) + units[k]
	}
	return true
}

// repeatedHeaderCells is the rule for a header that copies a merged cell
// as its text in every position it covers (机构数(个) | 机构数(个) |
// 床位数(张) | 床位数(张) over 2022年 | 2023年 | …, 指标 over 指标): when two
// rows are as wide and a row repeats a cell's text in the next cell, the
// repeats become empty cells, as other copies write them, and a cell that
// repeats the one above it is empty too.
func repeatedHeaderCells(hdr []trow) {
	if len(hdr) < 2 {
		return
	}
	up, lo := hdr[len(hdr)-2].cells, hdr[len(hdr)-1].cells
	if len(up) != len(lo) || len(up) < 3 {
		return
	}
	repeats := false
	for i := 1; i < len(up); i++ {
		if t := strings.TrimSpace(up[i].text); t != "" && t == strings.TrimSpace(up[i-1].text) {
			repeats = true
		}
	}
	if !repeats {
		return
	}
	for i := len(up) - 1; i >= 1; i-- {
		if t := strings.TrimSpace(up[i].text); t != "" && t == strings.TrimSpace(up[i-1].text) {
			up[i].text = ""
		}
	}
	for i := range lo {
		if t := strings.TrimSpace(lo[i].text); t != "" && t == strings.TrimSpace(up[i].text) {
			lo[i].text = ""
		}
	}
}

// partsMarkRow reports a row that is a part marker alone (其中： | |, # | |):
// the rows after it are parts of the row above it.
func partsMarkRow(r trow) bool {
	if len(r.cells) == 0 || writtenCells(r) != 1 {
		return false
	}
	t := strings.TrimSpace(r.cells[0].text)
	return isPartGroup(t)
}

// partAfterMark is the rule for how far the parts after a 其中 row alone
// go: a row is one while it names no unit of its own (税收收入 | 260100
// under 一般公共预算收入(万元)), in its label or, in a table with a unit
// column, a unit other than its whole's; a row of a unit of its own
// (一般公共预算支出(万元)) is a whole again.
func partAfterMark(r trow, unitCol int, figs []Figure, parents []int) bool {
	if len(r.cells) == 0 {
		return false
	}
	if _, u := headerUnit(tableLabel(r.cells[0].text)); u != "" {
		return false
	}
	if unitCol > 0 && unitCol < len(r.cells) {
		u := normUnit(r.cells[unitCol].text)
		for _, p := range parents {
			if p > 0 && p <= len(figs) {
				return figs[p-1].Unit == u
			}
		}
		return false
	}
	return true
}

// streamUnitColumn is the rule for a table copied one cell per line that
// gives each row's unit in a column of its own (指标 | 单位 | 累计 | ±%, 指标名称
// | 计量单位 | 本月 | …): one of the cells before the first number is such a
// header (unitHeaderWords). Its unit cells (亿元, %) then count among a
// row's values, not as labels.
func streamUnitColumn(cells []tcell) bool {
	for _, c := range cells[:min(len(cells), 12)] {
		if _, _, _, ok := parseCell(c.text); ok {
			return false
		}
		if slices.Contains(unitHeaderWords, strings.ReplaceAll(c.text, " ", "")) {
			return true
		}
	}
	return false
}

// unitHeaderWords are the headers of a column of units.
var unitHeaderWords = []string{"单位", "計量單位", "计量单位", "單位"}

// streamFirstRow is the index of the first data row's label in a table
// copied one cell per line: the first cell that is no value and is
// followed by exactly width values, one of them written (a header cell
// followed by the empty cells of a merge, 卫生人员数(人) | | |, is not, nor
// is the last cell of a header row followed by the empty cells a copy
// leaves: 医疗机构 | | | | before 医疗机构数(个) | 6159 | …); -1 if none.
func streamFirstRow(cells []tcell, width int, isValue func(tcell) bool) int {
	for i := 0; i+width < len(cells); i++ {
		if isValue(cells[i]) {
			continue
		}
		n, written := 0, false
		for n < width && isValue(cells[i+1+n]) {
			written = written || cells[i+1+n].text != ""
			n++
		}
		if !written {
			continue
		}
		k := i + 1 + n
		for k < len(cells) && cells[k].text == "" {
			k++ // the empty cells a copy leaves after a row
		}
		if n == width && (k == len(cells) || !isValue(cells[k])) {
			return i
		}
	}
	return -1
}

// streamSpannedHeader is the rule for a two-row header copied one cell per
// line whose upper row merges a group over its columns (机构数(个) | 实有床位数(张)
// | 卫生人员数(人) | | over #卫生技术人员 | #执业(助理)医师, as a yearbook prints
// a total and its # parts): the header cells are the upper row, width+1
// cells (or width, its label header on the line before), the merged
// positions empty, then one cell for each of those empty positions. It
// returns the upper row and the lower row positioned under it; ok is false
// for any other count.
func streamSpannedHeader(head []tcell, width int) ([]trow, bool) {
	for _, n := range []int{width + 1, width} {
		if len(head) <= n {
			continue
		}
		upper, lower := head[:n], head[n:]
		empty := 0
		for _, c := range upper[1:] {
			if c.text == "" {
				empty++
			}
		}
		if empty == 0 || empty != len(lower) || upper[len(upper)-1].text != "" && n == width+1 {
			continue
		}
		up := slices.Clone(upper)
		if n == width {
			up = append([]tcell{{start: upper[0].start, end: upper[0].start}}, up...)
		}
		lo := make([]tcell, len(up))
		k := 0
		for c := range up {
			lo[c] = tcell{start: up[c].start, end: up[c].start}
			if c > 0 && up[c].text == "" {
				lo[c] = lower[k]
				k++
			}
		}
		return []trow{
			{cells: up, start: up[0].start, end: up[len(up)-1].end},
			{cells: lo, start: lower[0].start, end: lower[len(lower)-1].end},
		}, true
	}
	return nil, false
}

// filledUnderSpan is the rule for a two-row header whose upper row ends in
// a merged group (… | 卫生人员数(人) | | over … | | #卫生技术人员 | #执业医师):
// the upper row's empty cells after its first written value header all
// stand over written lower cells, so they are the merge of the group
// before them (its first column, with no lower cell, the group's total).
func filledUnderSpan(up, lo []string) bool {
	seen, spans := false, false
	for c := 1; c < len(up); c++ {
		switch {
		case up[c] != "":
			seen = true
		case !seen:
			return false
		case lo[c] == "":
			return false
		default:
			spans = true
		}
	}
	return spans
}

// partsUnderTotalGroup is the rule for # part columns under a header
// merged over a total and its parts (卫生人员数(人) over its own column, then
// #卫生技术人员 | #执业(助理)医师): the group a part column reads from the merge
// is the name of the total column before it, which the part is a part of,
// not a group of its own. Such a part takes the total's group, so that
// resolveParts links it to the total, and its subject is the row's label
// and its own name (全市卫生技术人员, not 全市卫生人员数卫生技术人员).
func partsUnderTotalGroup(cols []tableColumn) {
	for k := range cols {
		if !cols[k].part || cols[k].group == "" {
			continue
		}
		for j := k - 1; j >= 1; j-- {
			if cols[j].part {
				continue
			}
			if cols[j].name != "" && cols[j].group+cols[j].name == cols[k].group {
				cols[k].group = cols[j].group
			}
			break
		}
	}
}

// titledUnitLine is the rule for a unit line that follows a small table's
// title on the same line (一、学校数 计量单位:所, 表3 粮食产量 单位：万吨), as
// yearbooks print several small tables back to back: a short title without
// a sentence's punctuation, a space, then a unit line (doc.UnitLine). It
// returns the unit, "" for any other line.
func titledUnitLine(line string) string {
	t := strings.TrimSpace(line)
	k := strings.Index(t, "单位")
	if k <= 0 {
		return ""
	}
	sp := strings.LastIndexAny(t[:k], " \u3000\t")
	if sp <= 0 {
		return ""
	}
	head := strings.TrimSpace(t[:sp])
	if head == "" || utf8.RuneCountInString(head) > 20 || strings.ContainsAny(head, "。，,；;：:") {
		return ""
	}
	u, ok := doc.UnitLine(t[sp:])
	if !ok {
		return ""
	}
	return normUnit(u)
}

// streamWidth is the width of a table copied one cell per line: the most
// common count of values after a label (the wider on a tie), with how many
// labels have it and the first label followed by any value. With
// trimEmpty a label's values are counted without the empty cells at their
// end (rows the copy ends with an extra empty cell).
func streamWidth(cells []tcell, isValue func(tcell) bool, trimEmpty bool) (width, best, firstLabel int) {
	counts := map[int]int{}
	firstLabel = -1
	for i := 0; i < len(cells); {
		if isValue(cells[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(cells) && isValue(cells[j]) {
			j++
		}
		n := j - i - 1
		for trimEmpty && n > 0 && cells[i+n].text == "" {
			n--
		}
		if n > 0 {
			counts[n]++
			if firstLabel < 0 {
				firstLabel = i
			}
		}
		i = j
	}
	for w, n := range counts {
		if n > best || n == best && w > width {
			width, best = w, n
		}
	}
	return width, best, firstLabel
}

// unnamedRowNumbers is the rule for a column of row numbers the header
// does not name (| 地区 | 当月产量(万吨) | … | | over | 1 | 北京市 | 0.02 | …,
// a data site's ranking table): every data row starts with a whole number
// (at most four digits, rising) followed by a text label, and the header's
// last row writes one cell fewer than the widest data row, its first cell
// a label header over the text labels. The numbers name no row and are no
// figures.
func unnamedRowNumbers(hdr, data []trow) bool {
	if len(hdr) == 0 || len(data) < 2 {
		return false
	}
	width := 0
	last := 0
	for _, r := range data {
		if len(r.cells) < 3 {
			return false
		}
		n := strings.TrimSpace(r.cells[0].text)
		if n == "" || len(n) > 4 || strings.Trim(n, "0123456789") != "" {
			return false
		}
		k := 0
		for _, d := range n {
			k = 10*k + int(d-'0')
		}
		if k <= last {
			return false
		}
		last = k
		if l := strings.TrimSpace(r.cells[1].text); l == "" || rowHasNumberAt(r, 1) {
			return false
		}
		width = max(width, lastWritten(r)+1)
	}
	h := hdr[len(hdr)-1]
	return lastWritten(h)+1 == width-1 && strings.TrimSpace(h.cells[0].text) != "" && !isCodeHeader(strings.TrimSpace(h.cells[0].text))
}

// columnPeriodWords are the words of a month table's period columns that its
// change columns repeat (当月产量 | 累计产量 | 当月同比增长(%) | 累计增长(%)).
var columnPeriodWords = []string{"1-本月", "1—本月", "1～本月", "1至本月", "本月", "当月", "累计", "本季", "当季", "本年", "全年", "本期", "上半年", "下半年"}

// periodWordTarget is the rule for a row of levels of several periods
// followed by their changes, each change column's header naming its
// level's period (当月产量 | 累计产量 | 当月同比增长 | 累计增长): the change at
// column c is of the one level to its left, in its group, whose header
// names the same period word, the longest word the change header holds
// (1-本月 before 本月). It returns that figure's index, -1 when the change
// header names none or more than one level or none has it.
func periodWordTarget(rowFigs []int, cols []tableColumn, c int) int {
	return periodWordTargetOf(columnPeriodWord(cols[c].head), rowFigs, cols, c)
}

// columnPeriodWord is the longest of columnPeriodWords that head holds,
// "" if none.
func columnPeriodWord(head string) string {
	word := ""
	for _, w := range columnPeriodWords {
		if strings.Contains(head, w) && len(w) > len(word) {
			word = w
		}
	}
	return word
}

// periodWord is columnPeriodWord(head), memoised for the extractor: every
// change cell of a column asks it of the column's header.
func (x *extractor) periodWord(head string) string {
	if w, ok := x.periodWords[head]; ok {
		return w
	}
	w := columnPeriodWord(head)
	if x.periodWords == nil {
		x.periodWords = make(map[string]string)
	}
	x.periodWords[head] = w
	return w
}

// periodWordTargetOf is periodWordTarget with the change header's period
// word (columnPeriodWord) given.
func periodWordTargetOf(word string, rowFigs []int, cols []tableColumn, c int) int {
	if word == "" {
		return periodPrefixTarget(rowFigs, cols, c)
	}
	found := -1
	for k := c - 1; k >= 1; k-- {
		if cols[k].group != cols[c].group {
			break
		}
		if k >= len(rowFigs) || rowFigs[k] == 0 || cols[k].change != "" || cols[k].prior {
			continue // a prior's period is the comparison's, not the change's
		}
		h := cols[k].head
		if cols[k].period != "" {
			h = cols[k].period + h
		}
		if !strings.Contains(h, word) || word == "本月" && strings.Contains(h, "1-本月") {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = rowFigs[k] - 1
	}
	return found
}

// periodPrefixTarget is periodWordTarget for periods the list does not
// name: a change header that starts with the period of a level column to
// its left in its group (6月 | 1-6月 | 6月同比±% | 1-6月同比±%) is the change
// of that level, the longest such period when several are (1-6月 before
// 6月 only when the header starts with it). -1 when none or two levels
// have that period.
func periodPrefixTarget(rowFigs []int, cols []tableColumn, c int) int {
	found, best := -1, 0
	for k := c - 1; k >= 1; k-- {
		if cols[k].group != cols[c].group {
			break
		}
		if k >= len(rowFigs) || rowFigs[k] == 0 || cols[k].change != "" {
			continue
		}
		p := cols[k].period
		if p == "" || len(p) < best || !strings.HasPrefix(cols[c].head, p) {
			continue
		}
		if len(p) == best {
			return -1 // two levels of the period
		}
		found, best = rowFigs[k]-1, len(p)
	}
	return found
}

// yearRowsColumn is the rule for a table laid out with a row per year
// (年份 | 地区生产总值 | 第一产业 … over 2021 | 1200.5 | …), as yearbooks print
// their series, a data site the latest first: the first column of every
// data row is a year (four digits, 1900–2100, rising or falling). The
// years are the rows' labels, not figures; the doc model, seeing a first
// column of numbers, gives such a table no label column.
func yearRowsColumn(t *doc.Table) bool {
	if t.NumCols() < 2 || t.NumRows()-t.HeaderRows < 2 {
		return false
	}
	last, dir := 0, 0
	for r := t.HeaderRows; r < t.NumRows(); r++ {
		y := headerYearDigits(strings.TrimSpace(t.At(r, 0).Text))
		if y == 0 || y == last {
			return false
		}
		d := 1
		if y < last {
			d = -1
		}
		if last != 0 && dir != 0 && d != dir {
			return false
		}
		if last != 0 {
			dir = d
		}
		last = y
	}
	return true
}

// streamRepeatedGroupHeader is the rule for a two-row header copied one
// cell per line whose upper row names g periods (or groups) and whose
// lower row repeats the same leaves under each (10月 | 1-10月 over 绝对量 |
// 同比增长(%) | 绝对量 | 同比增长(%), as a month's bulletin table prints it):
// the written cells before the first data row, translations and the label
// header aside, are g groups and then g copies of the same leaves. The
// width is tried as counted and without the empty cell rows may end with.
// It returns the positional upper and lower rows (each group over its
// first column), the width and the index of the first data cell.
func streamRepeatedGroupHeader(cells []tcell, isValue func(tcell) bool) ([]trow, int, int, bool) {
	w1, _, _ := streamWidth(cells, isValue, false)
	w2, _, _ := streamWidth(cells, isValue, true)
	for _, w := range []int{w1, w2} {
		k := streamFirstRow(cells, w, isValue)
		if w < 4 || k < 0 {
			continue
		}
		var head []tcell
		for _, c := range cells[:k] {
			if c.text != "" && !isTranslation(c.text) {
				head = append(head, c)
			}
		}
		if len(head) > w && statLabelHeader(head[0].text) {
			head = head[1:]
		}
		full := head
		for g := 2; g <= w/2; g++ {
			per := w / g
			head = full
			if len(head) == g+2*w {
				if j, ok := stackedLeaves(head[g:g+w], head[g+w:]); ok {
					head = append(head[:g:g], j...) // 绝对数 | 比上年 over (万人) | 增长(%) (stackedleaves.go)
				}
			}
			if w%g != 0 || len(head) != g+w {
				continue
			}
			lower := head[g:]
			same := true
			for i := per; i < w; i++ {
				if lower[i].text != lower[i%per].text && !sameLeafName(lower[i].text, lower[i%per].text) {
					same = false
				}
			}
			if !same {
				continue
			}
			up := []tcell{{start: head[0].start, end: head[0].start}}
			lo := []tcell{{start: head[0].start, end: head[0].start}}
			for i := 0; i < w; i++ {
				if i%per == 0 {
					up = append(up, head[i/per])
				} else {
					up = append(up, tcell{start: lower[i].start, end: lower[i].start})
				}
				lo = append(lo, lower[i])
			}
			return []trow{
				{cells: up, start: head[0].start, end: head[g-1].end},
				{cells: lo, start: lower[0].start, end: lower[w-1].end},
			}, w, k, true
		}
	}
	return nil, 0, 0, false
}

// maxStatLabelHeader is the length in bytes of the longest of
// statLabelHeaders.
var maxStatLabelHeader = func() int {
	n := 0
	for _, w := range statLabelHeaders {
		n = max(n, len(w))
	}
	return n
}()

// wordsLonger reports whether t holds more than n bytes that are not a
// space or a full-width space: then no header word of n bytes or fewer is
// t with its spaces taken out. It looks at n+1 such bytes at most, so that
// a line of prose asked whether it is a header costs no scan of its
// length.
func wordsLonger(t string, n int) bool {
	k := 0
	for i := 0; i < len(t); i++ {
		if t[i] == ' ' {
			continue
		}
		if t[i] == 0xE3 && i+2 < len(t) && t[i+1] == 0x80 && t[i+2] == 0x80 {
			i += 2 // U+3000
			continue
		}
		if k++; k > n {
			return true
		}
	}
	return false
}

// statLabelHeader reports a header over a table's row labels (指标, 项目,
// 指 标), as statLabelHeaders writes them, spaces aside.
func statLabelHeader(t string) bool {
	if wordsLonger(t, maxStatLabelHeader) {
		return false
	}
	return slices.Contains(statLabelHeaders, strings.ReplaceAll(strings.ReplaceAll(t, " ", ""), "\u3000", ""))
}

// breakdownHeading is the rule for a section row that says how the rows
// below it break a total down (分轻重工业, 按产业分, 按收入来源分:, 按常住地分,
// 分行业看): no quantity of its own, so no part of the rows' subjects.
func breakdownHeading(label string) bool {
	t := strings.TrimRight(strings.TrimSpace(label), ":：")
	n := utf8.RuneCountInString(t)
	if n < 3 || n > 12 {
		return false
	}
	switch {
	case strings.HasPrefix(t, "按") && (strings.HasSuffix(t, "分") || strings.HasSuffix(t, "看") || strings.HasSuffix(t, "划分")):
		return true
	case strings.HasPrefix(t, "分") && !strings.HasPrefix(t, "分配") && !strings.HasPrefix(t, "分支"):
		return true
	}
	return false
}

// yearRowHeader reports a table with a row per year whose header, as the
// doc model found it, is itself such a row (1996 | 2875.30 | 848.21 | …):
// the header lines above were not part of the grid, so nothing names the
// columns, and reading the first year's numbers as headers would make
// figures of the others under them.
func yearRowHeader(t *doc.Table) bool {
	for r := 0; r < t.HeaderRows && r < t.NumRows(); r++ {
		if headerYearDigits(strings.TrimSpace(t.At(r, 0).Text)) == 0 {
			continue
		}
		for c := 1; c < t.NumCols(); c++ {
			if doc.LooksNumeric(t.At(r, c).Text) {
				return true
			}
		}
	}
	return false
}

// joinUnitLines is the rule for a header copied one cell per line whose
// cells wrapped their units onto lines of their own (水平 / (元) / 名义增速 /
// (%)): before the first value, a line that is only a bracketed unit
// belongs to the header line before it.
func joinUnitLines(cells []tcell, isValue func(tcell) bool) []tcell {
	out := cells[:0:0]
	for i, c := range cells {
		if isValue(c) {
			return append(out, cells[i:]...)
		}
		if len(out) > 0 && bracketedUnit(c.text) {
			p := &out[len(out)-1]
			p.text += c.text
			p.end = c.end
			continue
		}
		out = append(out, c)
	}
	return out
}

// bracketedUnit reports a text that is a unit in brackets alone: (元),
// （%）, (万人).
func bracketedUnit(t string) bool {
	label, unit := headerUnit(t)
	return unit != "" && label == "" && strings.ContainsAny(t, "(（")
}

// lineSectionLabel is the rule for a label alone among the rows of a table
// copied one cell per line without bars (按收入来源分:, 按常住地分: under a
// total): the cell at i is followed by another label and that label by
// the table's width of values. It is a section row, not the table's end.
func lineSectionLabel(cells []tcell, i, width int, isValue func(tcell) bool) bool {
	if i+1+width >= len(cells) || isValue(cells[i+1]) {
		return false
	}
	for k := i + 2; k <= i+1+width; k++ {
		if !isValue(cells[k]) {
			return false
		}
	}
	return true
}

// sectionIsCategory is the rule for a text table's row of a label alone
// above rows whose columns name their quantities (高等教育 | | | over
// 普通高等学校 | 2263 | 2051029 under 学校数(所) | 教职工数(人)): the label is a
// class of the rows, not the quantity they count, so it is no part of
// their subjects (普通高等学校学校数, not 普通高等学校学校数高等教育). Under
// columns of years or periods, which name no quantity, the section is the
// quantity (学校数 over 普通高中 | 2023年 …); a document's cell across the
// table stays a section.
func sectionIsCategory(col tableColumn) bool {
	return col.name != ""
}

// emptyYearRow is the rule for a row of a table with a row per year whose
// values are not published yet (| 2018 | |||||, a data site's series): its
// first cell is a year, every other cell empty. Below the header it is a
// data row without figures, not a row of the header.
func emptyYearRow(r trow) bool {
	if len(r.cells) == 0 || headerYearDigits(strings.TrimSpace(r.cells[0].text)) == 0 {
		return false
	}
	for _, c := range r.cells[1:] {
		if strings.TrimSpace(c.text) != "" {
			return false
		}
	}
	return true
}

// yearLabelHeader reports the header over the years of a table with a row
// per year (年份, 年 份, 年度, 时间): its rows' labels are years, which
// read as numbers.
func yearLabelHeader(t string) bool {
	t = trimText(t)
	if wordsLonger(t, len("年份")) {
		return false
	}
	switch strings.ReplaceAll(strings.ReplaceAll(t, " ", ""), "\u3000", "") {
	case "年份", "年度", "时间":
		return true
	}
	return false
}

// numbersRowLine is the rule for a line of a table's row that is numbers
// alone, three or more, apart by spaces (2021 90.62 15.63 35.32, a year
// series copied with single spaces): no piece of a sentence the copy
// wrapped, so the line above it is not joined to it.
func numbersRowLine(line string) bool {
	n := 0
	for _, f := range strings.Fields(line) {
		if _, _, _, ok := parseCell(f); !ok {
			return false
		}
		n++
	}
	return n >= 3
}

// maxPeriodRowsUp bounds how far up periodRowLabel looks for the year of
// a month row that writes none: a year's months, then the year again.
const maxPeriodRowsUp = 12

// periodRowLabel is the rule for a table whose rows are the months or
// quarters of a series (2012年9月份, 10月份, …, 2013年1月份, 2月份; 一季度):
// the label of row ri is a part of a year, with or without its year
// before it. year is the year it writes, else the year of the nearest
// row above that writes one (its months are that year's), 0 if none; ok
// is false for any other label.
func periodRowLabel(rows []trow, ri int) (year int, ok bool) {
	year, ok = periodLabel(rows[ri])
	if !ok || year != 0 {
		return year, ok
	}
	for k := ri - 1; k >= 0 && k >= ri-maxPeriodRowsUp; k-- {
		y, isPeriod := periodLabel(rows[k])
		if !isPeriod {
			break
		}
		if y != 0 {
			return y, true
		}
	}
	return 0, true
}

// periodLabel reads a row label that is a part of a year: 9月份, 一季度,
// 1-3月, with its year before it or not (2012年9月份 → 2012).
func periodLabel(r trow) (year int, ok bool) {
	if len(r.cells) == 0 {
		return 0, false
	}
	t := r.cells[0].text
	if !containsAnyOf(t, "月季年") {
		return 0, false // most labels: no part of a year
	}
	t = removeHanSpaces(strings.TrimSpace(t))
	if k := strings.Index(t, "年"); k == 4 {
		year = headerYear(t[:k+len("年")])
		if year == 0 {
			return 0, false
		}
		t = t[k+len("年"):]
	}
	if t == "" || t == "全年" || t == "年度" || !partOfYearHeader(t) {
		return 0, false
	}
	return year, true
}

// periodRateFigure is the figure of a change column's cell in a row per
// period (periodRowLabel): the column heads a rate of its own quantity
// (规模以上工业增加值环比增速(%), 9月同比增长(%)), not the change of a
// level of the row, so the cell is a figure in the column's unit (% when
// it names none) named by the column's header; ok is false when the
// header names nothing but the change (增长(%), 同比).
func (x *extractor) periodRateFigure(r trow, ri, c int, col tableColumn, v float64, number string, year int, period string) (Figure, bool) {
	name := col.head
	if col.group != "" && !isGenericHeader(col.group) {
		name = col.group + name
	}
	if !namesQuantity(name) {
		return Figure{}, false
	}
	f := x.tableFigure(r, ri, c, "", col)
	f.Indicator = name
	f.Value, f.Number = v, number
	f.Unit = col.unit
	if f.Unit == "" {
		f.Unit = "%"
	}
	f.Period = period
	if period == "" {
		f.Period = strings.TrimSpace(r.cells[0].text)
	}
	if year != 0 {
		f.Year, f.Prior = year, x.year != 0 && year < x.year
	}
	return f, true
}

// changeWords are the words a change header writes besides the quantity
// it is of, longest first.
var changeWords = []string{"比上年同期", "比去年同期", "比上年", "较上年", "比去年", "比上期", "同比", "环比", "增长率", "增长", "下降",
	"增减", "增速", "增幅", "降幅", "速度", "变动", "幅度", "±", "%", "％", "(", ")", "（", "）"}

// namesQuantity reports a change header that names the quantity it is the
// change of (规模以上工业增加值环比增速, 社会消费品零售总额同比增长): what is
// left without its change words is more than a period (9月, 累计) or a
// generic header.
func namesQuantity(h string) bool {
	t := removeHanSpaces(h)
	for _, w := range changeWords {
		t = strings.ReplaceAll(t, w, "")
	}
	t = strings.TrimSpace(t)
	if utf8.RuneCountInString(t) < 2 || isPeriodHeader(t) || headerYear(t) != 0 || isGenericHeader(t) {
		return false
	}
	han := 0
	for _, r := range t {
		if isHan(r) {
			han++
		}
	}
	return han >= 2
}

// streamHeaderRead is the rule that a table copied one cell per line was
// read with all its header: from first, where the header read ends, to
// the first row of a label and width values, each word cell is a label
// alone (a section over the rows after it; at most one written without
// cells of its own) or the label of a row of width
// empty cells (a row not published). A word followed by fewer or more
// cells before the next word (地 区 and 8 empty cells under a 9-column
// header, 总 | 产量 over 绝对数 | %) is a header row the header rules did
// not read: the columns are not known, and no figure is read.
func streamHeaderRead(cells []tcell, first, width int, isValue func(tcell) bool) bool {
	k := streamFirstRow(cells, width, isValue)
	if k < 0 {
		return true // no full row: the row reader decides
	}
	bare := 0 // labels right after one another, no cell between
	for i := first; i < k; {
		if isValue(cells[i]) {
			if cells[i].text != "" && i > first {
				return false // a value before the first row
			}
			i++
			continue
		}
		j := i + 1
		for j < k && isValue(cells[j]) {
			j++
		}
		n := j - i - 1
		if n != 0 && n != width {
			return false
		}
		if n == 0 {
			bare++
		}
		i = j
	}
	// Two labels or more with no cells of their own before the first
	// row (医疗机构 | # 政府办 | 医疗机构 | | | | under 合计 | 公立 | | 民营): a
	// header row the rules did not read, not sections.
	return bare < 2
}

// tableAbsFigure is the rule for a cell of a column of absolute changes
// (2023年 | 2022年 | 增减量, 本年比上年增减(人)): besides the change of the
// row's level (of), the amount is a figure of its own, as a stated change
// is in prose (在校学生增减量 130人, ChangeOf 在校学生): the value as the
// cell writes it, signed (a column's words, 增减量, 比上年增减, say no
// direction, so -44 stays -44 where prose's 减少44人 says it in words), in
// the level's unit unless the change names its own, named by the level
// and the column's change words. span is the cell's.
func tableAbsFigure(of Figure, ch Change, col tableColumn, span [2]int) Figure {
	tail := col.head
	if col.name != "" || tail == "" || measureHeader(tail) {
		tail = "增减" // 播种面积 under 2006年比2005年增减; 金额 under 比上年增减
	}
	unit := of.Unit
	if ch.Unit != "" {
		unit = ch.Unit
	}
	return Figure{Indicator: of.Indicator + tail, Section: of.Section, Value: ch.Value, Unit: unit,
		Period: of.Period, Year: of.Year, ChangeOf: of.Indicator, Number: ch.Number,
		Parent: of.Parent, parent: of.parent, Sentence: of.Sentence, SentenceSpan: of.SentenceSpan, Span: span,
		Source: Source{File: of.Source.File, Table: of.Source.Table, Row: of.Source.Row, Col: of.Source.Col}}
}

// yearStreamRows is the rule for a year series copied one cell per line
// with bars (年份 | 地区生产总值(亿元) | 常住人口(万人) | then 2021 | 1420.8 |
// 80.6 | 2022 | …): under a header over the labels that heads years (年份,
// 年度: the first cell, or the line before the first bar, before), the
// header is the cells before the first number, and every run of as many
// cells after it is a row whose first cell is a year, the years in order,
// rising or falling. It returns the header and the rows; ok is false
// unless every cell falls in such a row and there are two rows.
func yearStreamRows(cells []tcell, before string) ([]trow, bool) {
	if len(cells) == 0 {
		return nil, false
	}
	k := 0
	for k < len(cells) {
		if _, _, _, ok := parseCell(cells[k].text); ok {
			break
		}
		k++
	}
	var hdr []tcell
	switch {
	case yearLabelHeader(cells[0].text):
		hdr = cells[:k]
	case yearLabelHeader(before) && k > 0:
		hdr = append([]tcell{{start: cells[0].start, end: cells[0].start}}, cells[:k]...)
	default:
		return nil, false
	}
	w := len(hdr)
	if w < 2 || (len(cells)-k)%w != 0 || (len(cells)-k)/w < 2 {
		return nil, false
	}
	rows := []trow{{cells: hdr, start: hdr[0].start, end: hdr[w-1].end}}
	dir, prev := 0, 0
	for i := k; i < len(cells); i += w {
		y := headerYearDigits(strings.TrimSpace(cells[i].text))
		if y == 0 {
			return nil, false
		}
		if prev != 0 {
			d := 1
			if y < prev {
				d = -1
			}
			if y == prev || dir != 0 && d != dir {
				return nil, false
			}
			dir = d
		}
		prev = y
		rows = append(rows, trow{cells: cells[i : i+w], start: cells[i].start, end: cells[i+w-1].end})
	}
	return rows, true
}

// lineGroupHeader is the rule for a two-row header of a table copied one
// cell per line without bars (指标, 本月, 累计, 绝对值, 增长%, 绝对值, 增长%,
// then 工业增加值(亿元) and four values): hdr, the header over the labels
// and then more header cells than the first row has values (v), is groups
// over columns: the last v cells are the columns, the cells before them the
// groups, each over as many columns. The groups are periods or years, or
// the columns under each are the same; no column is a period. It returns the upper row (each group
// over its first column, empty cells after it) and the lower, both with
// the labels' cell first; ok is false when the counts do not divide so.
func lineGroupHeader(hdr []tcell, v int) ([]trow, bool) {
	n := len(hdr) - 1
	if v < 2 || n <= v {
		return nil, false
	}
	groups, lower := hdr[1:n-v+1], hdr[n-v+1:]
	if v%len(groups) != 0 || v/len(groups) < 2 {
		return nil, false
	}
	span := v / len(groups)
	periods := true
	for _, g := range groups {
		t := removeHanSpaces(g.text)
		periods = periods && (isPeriodHeader(t) || headerYear(t) != 0)
	}
	for k, c := range lower {
		t := removeHanSpaces(c.text)
		if isPeriodHeader(t) || headerYear(t) != 0 {
			return nil, false // 本月 over 累计 | 增长: a row short of a value, not groups
		}
		if !periods && c.text != lower[k%span].text {
			return nil, false // groups that are no periods head the same columns each
		}
	}
	up := []tcell{hdr[0]}
	lo := []tcell{{start: lower[0].start, end: lower[0].start}}
	for k, c := range lower {
		if k%span == 0 {
			up = append(up, groups[k/span])
		} else {
			up = append(up, tcell{start: c.start, end: c.start})
		}
		lo = append(lo, c)
	}
	return []trow{
		{cells: up, start: hdr[0].start, end: groups[len(groups)-1].end},
		{cells: lo, start: lower[0].start, end: lower[len(lower)-1].end},
	}, true
}

// changeTargetByName is the rule for a change column that names its
// quantity under a change group (2023年 | 2022年 | 比上年增减, each over
// 面积 | 产量): the change is of the level to its left that names the same
// quantity, of the latest year when several years do, none of a prior
// period. It returns that figure's index, -1 when the column names no
// quantity or no level has its name.
func changeTargetByName(rowFigs []int, cols []tableColumn, c int) int {
	name := cols[c].name
	if name == "" {
		return -1
	}
	found, year := -1, -1
	for k := c - 1; k >= 1; k-- {
		if k >= len(rowFigs) || rowFigs[k] == 0 || cols[k].change != "" || cols[k].prior || cols[k].name != name {
			continue
		}
		if cols[k].year > year {
			found, year = rowFigs[k]-1, cols[k].year
		}
	}
	return found
}
