package extract

import (
	"strings"
	"unicode/utf8"
)

// Layouts of the statistical bulletin's tables that the generic table
// rules (table.go) misplace, each read by a rule of its own that rewrites
// the rows into the plain form those rules read (a label, then a cell per
// column).

// levelHeader reports a header cell that names a level of an indicator
// system (一级指标, 二 级 指 标, 三级指标): the columns of a monitoring
// table whose outer levels class the indicators the deepest names.
func levelHeader(t string) bool {
	t = removeHanSpaces(strings.TrimSpace(t))
	if !strings.HasSuffix(t, "级指标") {
		return false
	}
	switch strings.TrimSuffix(t, "级指标") {
	case "一", "二", "三", "四":
		return true
	}
	return false
}

// indicatorSystemRows is the rule for the table of an indicator system
// (高质量发展监测指标: 一级指标 | 二级指标 | 计量单位 | 1-3月), whose outer
// level is a merged cell the copy wrote once, on the first row it heads,
// so the rows below it lack their first cell, and whose unit cell may be
// missing on a row of a ratio (城乡居民人均收入比 | 2.92). The deepest level
// names the indicator (the outer ones class it: 经济稳定, 结构优化), so
// each data row is rewritten as its deepest label, its unit (empty when
// the row writes none) and its value cells from the first value column;
// the header keeps the deepest level's cell, the unit's and the values'.
// A row whose cells do not read so (no label, too many values, text among
// the values) is left as it is. ok is false when the header is not such a
// table's.
func indicatorSystemRows(rows []trow, h int) ([]trow, bool) {
	if h != 1 || len(rows) < 2 {
		return rows, false
	}
	hdr := rows[0].cells
	levels := 0
	for levels < len(hdr) && levelHeader(hdr[levels].text) {
		levels++
	}
	if levels < 2 {
		return rows, false
	}
	unitCol := levels < len(hdr) && isUnitColumnHeader(hdr[levels].text)
	first := levels // the first value column of the header
	if unitCol {
		first++
	}
	values := lastWritten(rows[0]) + 1 - first
	if values < 1 {
		return rows, false
	}
	out := make([]trow, 0, len(rows))
	nh := rows[0]
	nh.cells = append([]tcell{hdr[levels-1]}, hdr[levels:first+values]...)
	out = append(out, nh)
	for _, r := range rows[1:] {
		n := lastWritten(r) + 1
		v := 0 // trailing value cells
		for v < n && cellIsValue(r.cells[n-1-v].text) {
			v++
		}
		k := n - v // label and unit cells before the values
		unit := -1
		if unitCol && k > 1 && isUnitText(strings.TrimSpace(r.cells[k-1].text)) {
			unit, k = k-1, k-1
		}
		if v == 0 || v > values || k < 1 || k > levels {
			out = append(out, r)
			continue
		}
		label := r.cells[k-1]
		// The labels stand in different columns on different rows: their
		// set-in says nothing of parts (labelIndent reads no offset).
		label.start = 0
		label.text = dropBracketNoteMarks(label.text)
		cells := make([]tcell, 0, 1+first-levels+values)
		cells = append(cells, label)
		if unitCol {
			if unit >= 0 {
				cells = append(cells, r.cells[unit])
			} else {
				cells = append(cells, tcell{start: r.cells[k-1].end, end: r.cells[k-1].end})
			}
		}
		cells = append(cells, r.cells[n-v:n]...)
		r.cells = cells
		out = append(out, r)
	}
	return out, true
}

// isUnitColumnHeader reports a header over a column of units (计量单位,
// 单位).
func isUnitColumnHeader(t string) bool {
	t = removeHanSpaces(strings.TrimSpace(t))
	return t == "计量单位" || t == "单位"
}

// cellIsValue reports a cell that holds a value or a missing mark (—, /).
func cellIsValue(t string) bool {
	t = strings.TrimSpace(t)
	if _, _, _, ok := parseCell(t); ok {
		return true
	}
	return t != "" && isMissingMark(t)
}

// dropBracketNoteMarks drops the footnote marks a label writes as a
// number in square brackets (高技术产业(制造业)[1]增加值, the note [1]
// under the table): [1], ［2］, [12]. Brackets around anything else stay.
func dropBracketNoteMarks(t string) string {
	if !strings.ContainsAny(t, "[［") {
		return t
	}
	var b strings.Builder
	for i := 0; i < len(t); {
		open := 0
		switch {
		case strings.HasPrefix(t[i:], "["):
			open = 1
		case strings.HasPrefix(t[i:], "［"):
			open = len("［")
		}
		if open > 0 {
			j := i + open
			for j < len(t) && t[j] >= '0' && t[j] <= '9' {
				j++
			}
			if j > i+open && j-i-open <= 2 {
				if strings.HasPrefix(t[j:], "]") {
					i = j + 1
					continue
				}
				if strings.HasPrefix(t[j:], "］") {
					i = j + len("］")
					continue
				}
			}
		}
		b.WriteByte(t[i])
		i++
	}
	return b.String()
}

// wrappedHeaderRow is the rule for a table's header row whose cells the
// copy broke over lines where the page wrapped their text, each cell's
// last line ending in its bar, the body rows then each on one line:
//
//	| 指 标 | 绝对数
//	(亿元) |
//	比上年增长
//	(%) |
//	| 生产总值 | 613.52 | 4.7 |
//
// The header's lines are one row, a cell's lines one cell (its text
// without the breaks). It starts at the line at ls and returns the header
// row and the body rows tableLines reads after it, with the offset after
// them; nil unless the first line starts with a bar and does not end
// with one, no header line holds a number or starts with a bar, and the
// header has as many cells as the widest body row has written ones.
func (x *extractor) wrappedHeaderRow(ls int) ([]trow, int) {
	s := x.s
	le := nextLine(s, ls)
	a, b := trimSpace(s, ls, le)
	if a >= b || s[a] != '|' || strings.HasSuffix(s[a:b], "|") || strings.Count(s[a:b], "|") < 2 {
		return nil, ls
	}
	end := -1
	pos := le + 1
	for n := 0; n < 6 && pos < len(s); n++ {
		e := nextLine(s, pos)
		ca, cb := trimSpace(s, pos, e)
		if ca >= cb || s[ca] == '|' || utf8.RuneCountInString(s[ca:cb]) > 24 {
			return nil, ls
		}
		pos = e + 1
		if strings.HasSuffix(s[ca:cb], "|") {
			end = cb
			if pos < len(s) {
				if na, nb := trimSpace(s, pos, nextLine(s, pos)); na < nb && s[na] == '|' {
					break
				}
			}
		}
	}
	if end < 0 || pos >= len(s) {
		return nil, ls
	}
	if na, nb := trimSpace(s, pos, nextLine(s, pos)); na >= nb || s[na] != '|' || strings.Count(s[na:nb], "|") < 3 {
		return nil, ls
	}
	hdr := trow{cells: splitCells(s, a, end, nil), start: a, end: end}
	for i := range hdr.cells {
		hdr.cells[i].text = strings.Map(func(r rune) rune {
			if r == '\n' || r == '\r' {
				return -1
			}
			return r
		}, hdr.cells[i].text)
	}
	if len(hdr.cells) < 2 || rowHasNumber(hdr) {
		return nil, ls
	}
	body, next := x.tableLines(pos)
	width := numberRowsWidth(body)
	if len(body) < 1 || width != len(hdr.cells) {
		return nil, ls
	}
	return append([]trow{hdr}, body...), next
}

// totalPartsPaths is the rule for a two-row header whose lower row names
// the parts of the first upper column's total, the total a column of its
// own (年份 | 地区生产总值 | 人均GDP over 第一产业 | 第二产业 | 第三产业 | #工业
// | #建筑业: the copy wrote no group over the parts), which columnPaths
// would read as a group over the lower cells. The data decide: the first
// value column is the sum of the next two or more in every data row that
// writes them (at least two rows, within the rounding of the total's last
// digit), and the header then names one column per upper cell and per
// lower cell, the total first, its parts next, the other upper cells after
// them (one more column than the data write at most: a column left empty
// on every row). It returns the column paths of a table width wide.
func totalPartsPaths(hdr []trow, data []trow, width int) ([][]string, bool) {
	if len(hdr) != 2 || width < 4 {
		return nil, false
	}
	top, bottom := nonEmpty(hdr[0].cells), nonEmpty(hdr[1].cells)
	if len(top) < 2 || len(bottom) < 2 {
		return nil, false
	}
	if n := len(top) + len(bottom); n != width && n != width+1 {
		return nil, false
	}
	seen := map[string]bool{}
	for _, b := range bottom {
		// 合计 | 初级中学 | … | 合计 | 一年级: the lower cells name totals of
		// their own, so the upper cells are groups.
		b = removeHanSpaces(strings.TrimSpace(b))
		if seen[b] || isTotalHeader(b) || !partName(b) {
			return nil, false
		}
		seen[b] = true
	}
	if !partsSumToTotal(data, 1, len(bottom)) {
		return nil, false
	}
	paths := make([][]string, width)
	paths[0] = []string{top[0]}
	paths[1] = []string{top[1]}
	c := 2
	for _, b := range bottom {
		if c < width {
			paths[c] = []string{b}
		}
		c++
	}
	for _, t := range top[2:] {
		if c < width {
			paths[c] = []string{t}
		}
		c++
	}
	return paths, true
}

// partsSumToTotal reports whether the value in column total of every data
// row equals the sum of the two or more columns after it (at most parts
// of them: the first k for some k ≥ 2, the same in every row), within the
// rounding of the total's last written digit, in at least two rows that
// write them all and no row that contradicts it.
func partsSumToTotal(data []trow, total, parts int) bool {
	for k := parts; k >= 2; k-- {
		checked, ok := 0, true
		for _, r := range data {
			if total+k >= len(r.cells) {
				continue
			}
			v, t, _, okT := parseCell(r.cells[total].text)
			if !okT {
				continue
			}
			sum, all := 0.0, true
			for c := total + 1; c <= total+k; c++ {
				p, _, _, okP := parseCell(r.cells[c].text)
				if !okP {
					all = false
					break
				}
				sum += p
			}
			if !all {
				continue
			}
			step := 1.0
			for range decimalsOf(t) {
				step /= 10
			}
			if d := sum - v; d > step*float64(k)/2+1e-9 || -d > step*float64(k)/2+1e-9 {
				ok = false
				break
			}
			checked++
		}
		if ok && checked >= 2 {
			return true
		}
	}
	return false
}

// isTotalHeader reports a header that names the total of its group: 合计,
// 总计, 小计, 计, 总数.
func isTotalHeader(t string) bool {
	switch t {
	case "合计", "总计", "小计", "计", "总数", "合 计", "总 计":
		return true
	}
	return false
}

// stackedHeaderRows is the rule for a header whose column names wrap over
// three lines or more, each line copied with its fragments packed to the
// left (the empty places dropped, the bars of the dropped ones moved to
// the end), as yearbook pages copy:
//
//	| 类 别 | 企 业 | 工 业 | 工 业 | 资产合计 | |
//	| 单 位 数 | #亏 损 | |||
//	| (个) | 企 业 | 总 产 值 | 销售产值 | ||
//
// The first line heads the labels and every column but at most one: a
// part column (#亏损企业) whose name starts on the line below, its first
// fragment marked # there; the lines below it hold only the value
// columns' further fragments, from the first value column on. Each
// column's name is its fragments joined top to bottom (企业单位数(个),
// #亏损企业, 工业总产值); the header becomes that one row. ok is false
// unless every header line is packed (no empty cell before a written one)
// and narrower than the data, the first line the widest, and a missing
// column is marked by exactly one # fragment on the second line.
func stackedHeaderRows(rows []trow, h int) ([]trow, int, bool) {
	if h < 3 || h > 4 || h >= len(rows) {
		return rows, h, false
	}
	width := numberRowsWidth(rows[h:])
	if width < 3 {
		return rows, h, false
	}
	frag := make([][]tcell, h)
	for i, r := range rows[:h] {
		n := lastWritten(r) + 1
		for _, c := range r.cells[:max(n, 0)] {
			if strings.TrimSpace(c.text) == "" {
				return rows, h, false // not packed
			}
		}
		if n < 1 || n >= width && i > 0 || n > width {
			return rows, h, false
		}
		frag[i] = r.cells[:n]
	}
	for i := 1; i < h; i++ {
		if len(frag[i]) > len(frag[0]) {
			return rows, h, false
		}
	}
	cols := make([][]tcell, width)
	missing := -1
	switch len(frag[0]) {
	case width:
	case width - 1:
		marked := 0
		for k, c := range frag[1] {
			if partPrefix(strings.TrimSpace(c.text)) != "" {
				missing, marked = k+1, marked+1
			}
		}
		if marked != 1 {
			return rows, h, false
		}
	default:
		return rows, h, false
	}
	for k, c := range frag[0] {
		col := k
		if missing >= 0 && k >= missing {
			col++
		}
		cols[col] = append(cols[col], c)
	}
	for i := 1; i < h; i++ {
		for k, c := range frag[i] {
			if k+1 < width {
				cols[k+1] = append(cols[k+1], c)
			}
		}
	}
	hdr := rows[0]
	hdr.end = rows[h-1].end
	hdr.cells = make([]tcell, width)
	for c, fs := range cols {
		if len(fs) == 0 {
			return rows, h, false
		}
		var b strings.Builder
		for _, f := range fs {
			b.WriteString(removeHanSpaces(strings.TrimSpace(f.text)))
		}
		hdr.cells[c] = tcell{text: b.String(), start: fs[0].start, end: fs[len(fs)-1].end}
	}
	return append([]trow{hdr}, rows[h:]...), 1, true
}
