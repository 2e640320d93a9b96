package extract

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// A cell grid is a table whose row structure the copy lost: its cells come
// one a line (often with blank lines between), or between | bars that run
// on across lines, with nothing but their order to say where a row ends.
// The rows are found again from the pattern every data row follows — a
// label cell, then k cells of numbers (a missing marker, —, -, /, counts
// as a cell with no figure), k the run length most labels have — and the
// columns from the header cells before the first data row, solved against
// k (gridHeaderPaths): k leaves; a corner cell (项目, 指标, 类别 …) and k
// leaves; the corner, G groups and the leaves repeated per group (总诊疗人次
// | 出院人数 over 2008 … 2012 | 2008 … 2012); single columns and one group
// spanning the leaves after it (以上月价格为100 | 以上年同期价格为100 over 本月
// | 至本月平均). A label with no numbers after it is a section row, read as
// the other table readers read one. The columns are classified by the
// shared table rules (classifyColumn: units in brackets, periods, change
// columns) and the rows read by tableBody. When the cells do not fit the
// header one way only, nothing is read.

// maxGridCells bounds the cells of one cell grid.
const maxGridCells = 4000

// maxGridHeader bounds the header cells of a cell grid.
const maxGridHeader = 64

// gridCornerWords are the words a table heads its row labels with, besides
// statLabelHeaders.
var gridCornerWords = []string{"指标名称", "项目名称", "类别", "类 别", "项目", "指标", "分组", "品名", "名称", "产品名称"}

// gridCorner reports a cell that heads a table's row labels (项目, 指 标,
// 类别, 指标名称).
func gridCorner(t string) bool {
	t = removeHanSpaces(trimText(t))
	return statLabelHeader(t) || slices.Contains(gridCornerWords, t)
}

// gridValue reports a cell of a number or of a missing marker.
func gridValue(t string) bool {
	if isMissingMark(t) {
		return true
	}
	if _, _, _, ok := parseCell(t); ok {
		return true
	}
	_, _, _, ok := cellWithUnit(t) // 162817吨
	return ok
}

// gridPeriodStart reports a cell that may open a header with no corner
// cell: a year or period over the first value column (2023年, 本月).
func gridPeriodStart(t string) bool {
	t = removeHanSpaces(trimText(t))
	if t == "" || gridYear(t) {
		return false
	}
	return headerYear(t) != 0 && utf8.RuneCountInString(t) <= 6 || isPeriodHeader(t)
}

// gridProseLine reports a line without bars that is no cell of a grid:
// longer than 40 characters, or with a sentence or clause end (。；;).
// gridBlock ends before such a line, so cellGrid looks at no block that
// starts with one (its cheap pre-check, before the header rules).
func gridProseLine(line string) bool {
	return len(line) > 4*40 || utf8.RuneCountInString(line) > 40 || containsAnyOf(line, "。；;")
}

// gridYear reports a cell that is a year alone (2008), as a header of
// year columns writes it.
func gridYear(t string) bool { return headerYearDigits(trimText(t)) != 0 }

// gridBlock is the block of cells a cell grid may be read from, starting
// at the line at ls: lines of one short cell (at most 40 characters, no
// sentence end) or of cells between bars, blank lines and lines of bars
// alone skipped. The block ends at a line that is neither. Empty cells are
// dropped: a copy that keeps them keeps them between rows as often as for
// a blank cell, so they say nothing of the columns. The first cell of the
// first line may open with prose the copy ran into the table (…。表1 … 指
// 标 | 年末数(万人) | …): when it ends in a corner cell after a space, the
// cell is that corner and prose is the end of the prose before it (after
// its last sentence end), else 0. end is the offset after the last line.
func (x *extractor) gridBlock(ls int) (cells []tcell, prose, end int) {
	s := x.s
	pos := ls
	end = ls
	for pos < len(s) && len(cells) < maxGridCells {
		le := nextLine(s, pos)
		a, b := trimSpace(s, pos, le)
		line := s[a:b]
		if a == b || strings.Trim(line, "|｜ ") == "" {
			pos = le + 1
			continue
		}
		bars := strings.Contains(line, "|")
		if !bars && gridProseLine(line) {
			break
		}
		if !bars {
			cells = append(cells, tcell{text: removeHanSpaces(line), start: a, end: b})
			end, pos = le, le+1
			continue
		}
		first := len(cells) == 0
		row := splitCells(s, a, b, nil)
		ok := true
		for i, c := range row {
			if c.text == "" {
				continue
			}
			if first && i == 0 {
				if t, p, ok := proseCorner(s, c); ok {
					cells = append(cells, t)
					prose = p
					continue
				}
			}
			if utf8.RuneCountInString(c.text) > 40 || strings.ContainsAny(c.text, "。；;") {
				ok = false
				break
			}
			cells = append(cells, tcell{text: removeHanSpaces(c.text), start: c.start, end: c.end})
		}
		if !ok {
			break
		}
		end, pos = le, le+1
	}
	return cells, prose, end
}

// proseCorner is the rule for the first cell of a | table the copy ran
// into the prose before it (…比上年增长2.5%。表1 年末人口 指 标 | 年末数 |
// …): the cell ends, after a space, in a corner cell. It returns that
// corner as a cell and the end of the prose (after its last 。), 0 when
// the cell holds no sentence end.
func proseCorner(s string, c tcell) (tcell, int, bool) {
	t := c.text
	fields := strings.Fields(t)
	if len(fields) < 2 {
		return tcell{}, 0, false
	}
	// The corner may be spread over its last fields (指 标).
	for n := 1; n <= 3 && n < len(fields); n++ {
		w := strings.Join(fields[len(fields)-n:], "")
		if !gridCorner(w) && (n > 1 || !rankHeader(w)) {
			continue // (排名: a rank column before the labels, rankgrid.go)
		}
		k := cornerStart(t, fields, n)
		if k <= 0 {
			return tcell{}, 0, false
		}
		p := 0
		if i := strings.LastIndex(t[:k], "。"); i >= 0 {
			p = c.start + i + len("。")
		}
		return tcell{text: w, start: c.start + k, end: c.end}, p, true
	}
	return tcell{}, 0, false
}

// cornerStart is the byte offset in t of the first of its last n fields.
func cornerStart(t string, fields []string, n int) int {
	k := len(t)
	for i := len(fields) - 1; i >= len(fields)-n; i-- {
		k = strings.LastIndex(t[:k], fields[i])
		if k < 0 {
			return -1
		}
	}
	return k
}

// gridRuns returns, for each cell, how many value cells follow it before
// the next text cell (for a value cell, 0).
func gridRuns(cells []tcell) []int {
	runs := make([]int, len(cells))
	n := 0
	for i := len(cells) - 1; i >= 0; i-- {
		if gridValue(cells[i].text) {
			n++
			continue
		}
		runs[i] = n
		n = 0
	}
	return runs
}

// allYears reports whether the run of cells after label i are all years
// (a header row of years, not a data row).
func allYears(cells []tcell, i, run int) bool {
	for _, c := range cells[i+1 : i+1+run] {
		if !gridYear(c.text) {
			return false
		}
	}
	return true
}

// gridWidth is the rule for the number of value cells of a cell grid's
// rows: the run length (value cells after a label) most labels after the
// corner have, counting neither labels alone nor runs of years alone (a
// header); 0 unless at least two labels have it and they are at least
// two thirds of the labels with values.
func gridWidth(cells []tcell, runs []int, from int) int {
	count := map[int]int{}
	total := 0
	for i := from; i < len(cells); i++ {
		if gridValue(cells[i].text) || runs[i] == 0 || allYears(cells, i, runs[i]) {
			continue
		}
		count[runs[i]]++
		total++
	}
	k, best := 0, 0
	for r, n := range count {
		if n > best || n == best && r < k {
			k, best = r, n
		}
	}
	if best < 2 || 3*best < 2*total {
		return 0
	}
	return k
}

// joinSplitHeader is the rule for a header cell the copy broke over two
// lines (以上月价格 … 为100, with a parallel cell 以上年同期价格为100
// between): a cell that is the tail of another header cell, written after
// a cell that lacks that tail, is the rest of that cell.
func joinSplitHeader(head []string) []string {
	out := make([]string, 0, len(head))
	for i, h := range head {
		joined := false
		if utf8.RuneCountInString(h) <= 6 && !gridYear(h) {
			for j, g := range head {
				if j == i || !strings.HasSuffix(g, h) || g == h {
					continue
				}
				// The piece it ends: an earlier cell that is g's head's
				// parallel (lacks the tail), not a leaf after the tops.
				for k := len(out) - 1; k >= 0; k-- {
					if out[k] != g && !strings.HasSuffix(out[k], h) && parallelHead(out[k], strings.TrimSuffix(g, h)) {
						out[k] += h
						joined = true
						break
					}
				}
				break
			}
		}
		if !joined {
			out = append(out, h)
		}
	}
	return out
}

// parallelHead reports two header heads written in parallel: they end in
// the same character (以上月价格 and 以上年同期价格).
func parallelHead(a, b string) bool {
	ra, _ := utf8.DecodeLastRuneInString(a)
	rb, _ := utf8.DecodeLastRuneInString(b)
	return a != "" && b != "" && ra == rb && ra != utf8.RuneError
}

// gridHeaderPaths is the rule for the column paths of a cell grid: head
// holds the header cells between the corner and the first data row, k the
// value cells of a row. The header is the top cells, then the leaves (the
// copy writes it a row after the other); every split of head into tops and
// leaves is tried, and the one that fits (and only one may) gives the
// paths: no tops and k leaves; G ≥ 2 groups over the same m ≥ 2 leaves
// written once per group (k = G·m); s ≥ 1 single columns and then one
// group over the n ≥ 2 leaves (k = s + n). A year is never a top. ok is
// false when no split or more than one fits.
func gridHeaderPaths(head []string, k int) ([][]string, bool) {
	var paths [][]string
	fits := 0
	for p := 0; p <= len(head); p++ {
		tops, leaves := head[:p], head[p:]
		if slices.ContainsFunc(tops, gridYear) {
			break
		}
		n := len(leaves)
		switch {
		case p == 0:
			if n == k {
				fits++
				paths = make([][]string, k)
				for c, l := range leaves {
					paths[c] = []string{l}
				}
			}
		default:
			g := len(tops)
			if g >= 2 && n == k && n%g == 0 && n/g >= 2 && repeatedLeaves(leaves, n/g) {
				fits++
				paths = make([][]string, k)
				m := n / g
				for c, l := range leaves {
					paths[c] = []string{tops[c/m], l}
				}
			}
			if n >= 2 && g-1+n == k && g >= 2 {
				fits++
				paths = make([][]string, 0, k)
				for _, t := range tops[:g-1] {
					paths = append(paths, []string{t})
				}
				for _, l := range leaves {
					paths = append(paths, []string{tops[g-1], l})
				}
			}
		}
	}
	if fits != 1 {
		return nil, false
	}
	return paths, true
}

// repeatedLeaves reports leaves that repeat one run of m cells.
func repeatedLeaves(leaves []string, m int) bool {
	for i := m; i < len(leaves); i++ {
		if leaves[i] != leaves[i-m] {
			return false
		}
	}
	return true
}

// cellGrid reads the cell grid at the line at ls (see above) with the
// table unit unit (a 单位 line before it; one among the cells before the
// corner counts too). anywhere lets the corner stand after a few cells of
// title (a block another table reader took and read nothing from); else
// it must be the block's first cell. It returns the offset after the
// table and whether it read one.
func (x *extractor) cellGrid(ls int, unit string, anywhere bool) (int, bool) {
	if ls < x.noGridUntil {
		return ls, false
	}
	if !anywhere {
		le := nextLine(x.s, ls)
		a, b := trimSpace(x.s, ls, le)
		t := x.s[a:b]
		if !strings.Contains(t, "|") && gridProseLine(t) {
			return ls, false // gridBlock ends before it: no cell to read
		}
		if i := indexBar(t); i >= 0 {
			t = t[:i]
		}
		if !gridCorner(t) && !halfSideName(trimText(t)) && !gridPeriodStart(t) && !seriesStart(x.s[a:b]) && !groupQuantityCell(trimText(t)) && !unitCellNext(x.s, le) && !rankCornerEnd(t) {
			return ls, false // (the line is not looked at as a block's start)
		}
		if !strings.HasSuffix(x.s[a:b], "|") && barStreamNext(x.s, le) {
			return ls, false // 指 标 then | 2014年 | …: cellStream's, its label header on the line before
		}
	}
	cells, prose, end := x.gridBlock(ls)
	x.noGridUntil = end
	cells = joinUnitCells(cells) // 播种面积 | (千公顷): one header cell (blankrows.go)
	corner := -1
	ranked := false // 排名 | 地区 | …: the ranks dropped, 地区 the corner (rankgrid.go)
	if r, ok := rankGridColumn(cells); ok {
		cells, corner, ranked = r, 0, true
	}
	for i, c := range cells {
		if ranked || i > 0 && !anywhere || i >= 8 {
			break
		}
		if gridCorner(c.text) {
			corner = i
			break
		}
	}
	cornerText := ""
	regionKind := "" // 各地区民族医医院的…: the rows' kind, after each region
	if g := gridGroupStart(cells, corner); g >= 0 {
		if g > 0 {
			regionKind = regionTitleKind(cells[g-1].text)
		} else {
			regionKind = regionTitleKind(x.titleAbove(cells[0].start))
		}
		// 机构数(个) | 床位数(张) then the years of each, no corner: the
		// header starts at the groups, a title before them is none of it.
		unit = gridPreambleUnit(cells[:g], unit)
		corner = g - 1
	} else if corner < 0 && !anywhere && len(cells) > 0 && gridPeriodStart(cells[0].text) {
		// 2023年 | 较上年增长(%) and no corner: the header's first cell is
		// over the first value column.
		corner = -1
	} else if corner < 0 {
		if anywhere {
			return x.sideBySideGrid(ls, cells, prose, unit, anywhere)
		}
		if e, ok := x.headerlessSeries(cells, unit); ok {
			return e, true // 床位数(万张) then nine values, no header (series.go)
		}
		return x.sideBySideGrid(ls, cells, prose, unit, anywhere)
	} else {
		cornerText = cells[corner].text
		unit = gridPreambleUnit(cells[:corner], unit)
	}
	runs := gridRuns(cells)
	k := gridWidth(cells, runs, corner+1)
	if k < 1 {
		return ls, false
	}
	first := -1
	for i := corner + 1; i < len(cells); i++ {
		if gridValue(cells[i].text) && !gridYear(cells[i].text) {
			return ls, false // a number in the header
		}
		if !gridValue(cells[i].text) && runs[i] == k && !allYears(cells, i, k) {
			first = i
			break
		}
	}
	if first < 0 {
		return ls, false
	}
	if first-corner > maxGridHeader {
		return ls, false // no header is that long: not one table
	}
	category := false // 分类 | 监测指标: the categories are section rows
	if c := categoryCorner(cells, corner, first); c != corner {
		corner, cornerText, category = c, cells[c].text, true
	}
	body := x.leadingSections(cells, corner+1, first)
	var head []string
	for _, c := range cells[corner+1 : body] {
		head = append(head, c.text)
	}
	leaves, ok := gridHeaderPaths(dropEmptyUnitColumn(joinSplitHeader(head), k), k)
	if !ok {
		return ls, false
	}
	var rows []trow
	data := 0
	scope := ""
	for i := body; i < len(cells); {
		r := runs[i]
		if r != 0 && r != k || gridValue(cells[i].text) {
			break // the rows end where the pattern does
		}
		if r == 0 && slices.Contains(head, cells[i].text) {
			break // the header again: the next table
		}
		if r == 0 && i+1 < len(cells) && runs[i+1] == k {
			if sc, ok := scopeSection(cells[i].text); ok {
				scope = sc // 其中:开发区 alone: the rows below are the zone's
				i++
				continue
			}
		}
		if blankRowRun(cells, runs, i) {
			i++ // 北京 then 天津: rows left blank, no sections (blankrows.go)
			continue
		}
		if r == 0 && category {
			i++ // a category cell: a heading of kinds, no quantity of the rows'
			continue
		}
		if scope != "" && r > 0 && partPrefix(cells[i].text) == "" {
			cells[i].text = scope + cells[i].text
		}
		rows = append(rows, trow{cells: cells[i : i+1+r], start: cells[i].start, end: cells[i+r].end})
		if r > 0 {
			data++
		}
		i += 1 + r
	}
	for len(rows) > 0 && len(rows[len(rows)-1].cells) == 1 {
		rows = rows[:len(rows)-1] // labels alone after the last row: no section of it
	}
	if data < 2 {
		return ls, false
	}
	if regionKind != "" {
		for i := range rows {
			if len(rows[i].cells) > 1 {
				rows[i].cells[0].text += regionKind
			}
		}
	}
	if prose > ls {
		x.line(ls, prose) // the prose the copy ran the table into
	}
	paths := append([][]string{{cornerText}}, leaves...)
	if cornerText == "" {
		paths[0] = nil
	}
	x.cellGridTable(rows, paths, unit, cells[max(corner, 0)].start)
	e := min(nextLine(x.s, rows[len(rows)-1].end)+1, len(x.s))
	x.noGridUntil = e // the lines after the table are looked at again
	return e, true
}

// cellGridTable reads the rows of a cell grid under its column paths (the
// label column's first), as table reads a text table once it has its
// header: each path classified (classifyColumn), the parts marked, the
// rows read by tableBody.
func (x *extractor) cellGridTable(rows []trow, paths [][]string, unit string, at int) {
	x.curTableUnit = unit
	x.tableYear = captionYear(x.lineBefore(at))
	defer func() { x.tableYear = 0 }()
	x.tables++
	cols := make([]tableColumn, len(paths))
	for c := range cols {
		cols[c] = x.column(indexBaseNotes(paths[c]), unit)
	}
	markPartRows(rows, 1)
	label := ""
	if len(paths[0]) > 0 {
		label = paths[0][0]
	}
	x.tableBody(rows, 0, label, cols, unit)
}

// gridAfterNothing is the rule for a block another table reader took from
// the line at ls and read no figure from (the figures stood at n before
// it): it is read as a cell grid, its corner allowed after a few cells of
// title. It returns the offset after the grid and whether one was read.
func (x *extractor) gridAfterNothing(ls, n int, unit string) (int, bool) {
	if len(x.figs) != n {
		return ls, false
	}
	return x.cellGrid(ls, unit, true)
}

// moneyQuantities are the words that end the name of a quantity counted in
// money: an output value, a sale, a revenue, an outlay, an amount.
var moneyQuantities = []string{"产值", "交货值", "增加值", "收入", "支出", "金额", "总额", "投资", "利润", "税金", "销售额", "营业额", "零售额", "贷款", "存款"}

// moneyUnitOf is unitForSubject's rule for a quantity counted in money
// under a unit line of several units (单位:个、万元, 企业单位数 in 个, the
// output values in 万元): a subject naming such a quantity (moneyQuantities)
// takes the list's unit of money (元, 万元, 亿元, …); "" when the subject
// names none or the list has no unit of money.
func moneyUnitOf(list []string, subject string) string {
	if !slices.ContainsFunc(moneyQuantities, func(w string) bool { return strings.Contains(subject, w) }) {
		return ""
	}
	for _, u := range list {
		if strings.HasSuffix(u, "元") {
			return u
		}
	}
	return ""
}

// scopeSection is the rule for a label alone inside a cell grid that is
// written as a part (其中:开发区, #城镇): the rows below it repeat the rows
// above for a part of the whole (a zone, a kind of units), so the part's
// name is the scope of their labels (开发区工业总产值); their own parts
// (其中:规模以上) keep their labels, under the scoped rows. It returns the
// scope, ok false for any other label.
func scopeSection(t string) (string, bool) {
	p := partPrefix(t)
	if p == "" {
		return "", false
	}
	sc := strings.TrimSpace(strings.TrimPrefix(t, p))
	if sc == "" || utf8.RuneCountInString(sc) > 10 || strings.ContainsAny(sc, "()（）:：") {
		return "", false
	}
	return sc, true
}

// barStreamNext reports whether the next line after le that is not blank
// ends with a bar: a table copied one cell a line with bars, which
// cellStream reads.
func barStreamNext(s string, le int) bool {
	for pos := le + 1; pos < len(s); {
		e := nextLine(s, pos)
		a, b := trimSpace(s, pos, e)
		if a < b {
			return strings.HasSuffix(s[a:b], "|")
		}
		pos = e + 1
	}
	return false
}

// gridPreambleUnit is the unit a 单位 cell among the cells before a grid's
// header gives, else unit.
func gridPreambleUnit(cells []tcell, unit string) string {
	for _, c := range cells {
		if u := unitLine(c.text); u != "" {
			unit = u
		}
	}
	return unit
}

// sideBySideGrid is the rule for a cell grid whose header is a
// side-by-side table's (收入 | 执行数 | 决算数 | 支出 | 执行数 | 决算数, each
// half headed by what it counts, halfSideName), copied one cell a line
// without bars: the cells from that header on are read as
// sideBySideStream reads a stream with bars, in rows of the header's
// width, and the table as any side-by-side table (sideBySideHalves). The
// header may follow a few cells of title (a 单位 cell among them gives the
// unit) only when anywhere is set, as for cellGrid.
func (x *extractor) sideBySideGrid(ls int, cells []tcell, prose int, unit string, anywhere bool) (int, bool) {
	at := -1
	for i, c := range cells {
		if i > 0 && !anywhere || i >= 8 {
			break
		}
		if halfSideName(c.text) {
			at = i
			break
		}
	}
	if at < 0 {
		return ls, false
	}
	rows, ok := sideBySideStream(cells[at:])
	if !ok {
		return ls, false
	}
	if prose > ls {
		x.line(ls, prose)
	}
	unit = gridPreambleUnit(cells[:at], unit)
	x.curTableUnit = unit
	x.table(rows, unit)
	e := nextLine(x.s, rows[len(rows)-1].end)
	return min(e+1, len(x.s)), true
}

// indexBaseNotes is the rule for a column header that states the base of
// an index (以上月价格为100, 上年=100, 以2015年为100): the base is a note on
// the index, not a part of its name, so it is written in brackets after
// the row's label (居民消费价格总指数(以上月价格为100)), as reports write it
// in prose. Other headers are kept; path itself is returned when none
// states a base.
func indexBaseNotes(path []string) []string {
	var out []string
	for i, h := range path {
		if !indexBase(h) {
			continue
		}
		if out == nil {
			out = slices.Clone(path)
		}
		out[i] = "(" + h + ")"
	}
	if out == nil {
		return path
	}
	return out
}

// indexBase reports a header that states the base of an index: it ends
// in 为100 or =100 (以上年同期价格为100, 上年=100).
func indexBase(h string) bool {
	t := trimText(h)
	return utf8.RuneCountInString(t) > 5 && (strings.HasSuffix(t, "为100") || strings.HasSuffix(t, "=100") || strings.HasSuffix(t, "＝100"))
}

// indexBar is strings.IndexAny(t, "|｜") by byte searches: IndexAny with a
// non-ASCII set decodes every character of t, and this is asked of every
// line.
func indexBar(t string) int {
	i := strings.IndexByte(t, '|')
	if j := strings.Index(t, "｜"); j >= 0 && (i < 0 || j < i) {
		return j
	}
	return i
}
