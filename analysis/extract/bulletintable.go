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
	width := 0
	for _, r := range body {
		if rowHasNumber(r) {
			width = max(width, lastWritten(r)+1)
		}
	}
	if len(body) < 1 || width != len(hdr.cells) {
		return nil, ls
	}
	return append([]trow{hdr}, body...), next
}
