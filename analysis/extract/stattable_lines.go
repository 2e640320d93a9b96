package extract

import (
	"strings"
	"unicode/utf8"
)

// Statistics tables a page copy broke over lines in ways the line reader
// (tableLines) and the one-cell-a-line reader (cellStream) do not read:
// rows ended by a bar alone, and a header written one cell a line over
// body rows each on one line.

// maxLineCell bounds the length, in characters, of a cell written on a
// line of its own: longer lines are prose.
const maxLineCell = 40

// barCellLine reports a line that holds one table cell ending in its bar
// (机构数(个) |, 2015年 |): some text, then one | at its end, no sentence
// end. cell is the cell's trimmed span.
func barCellLine(s string, a, b int) (ca, cb int, ok bool) {
	line := s[a:b]
	if !strings.HasSuffix(line, "|") || strings.Count(line, "|") != 1 || strings.Contains(line, "｜") {
		return 0, 0, false
	}
	if utf8.RuneCountInString(line) > maxLineCell || strings.ContainsAny(line, "。；;") {
		return 0, 0, false
	}
	ca, cb = trimSpace(s, a, b-1)
	return ca, cb, ca < cb
}

// loneBarLine reports a line that is a bar alone.
func loneBarLine(line string) bool { return line == "|" || line == "｜" }

// barRowLines is the rule for a table copied one cell a line where every
// cell's line ends in its bar and a bar alone on a line ends each row
// (yearbook tables of some city sites):
//
//	项目 |
//	2015年 |
//	2016年 |
//	|
//	机构数(个) |
//	812 |
//	946 |
//	|
//
// It starts at the line at ls and returns the rows (bars alone one after
// another leave no row; a caption of one cell before the first row of
// several cells is dropped) and the offset after the block. It gives nil
// unless the block reads whole: at least a header and two rows of numbers,
// every row of numbers as wide as the widest row and starting with a
// label, no row starting with a number — an empty cell would be written
// as a bar alone too, and a row cut short by one cannot be placed.
func (x *extractor) barRowLines(ls int) ([]trow, int) {
	s := x.s
	var rows []trow
	var cur trow
	pos, end, lonebars, cells := ls, ls, 0, 0
	var blank []bool // by row: more bars alone follow it
	for pos < len(s) {
		le := nextLine(s, pos)
		a, b := trimSpace(s, pos, le)
		if a >= b {
			break
		}
		if loneBarLine(s[a:b]) {
			switch {
			case len(cur.cells) > 0:
				rows = append(rows, cur)
				blank = append(blank, false)
			case len(blank) > 0:
				blank[len(blank)-1] = true // a bar alone after a row's bar
			}
			cur = trow{}
			lonebars++
			end = le
			pos = le + 1
			if len(rows) > maxTableRows {
				return nil, ls
			}
			continue
		}
		ca, cb, ok := barCellLine(s, a, b)
		if !ok {
			break
		}
		if len(cur.cells) == 0 {
			cur.start = ca
		}
		cur.cells = append(cur.cells, tcell{text: s[ca:cb], start: ca, end: cb})
		cur.end = cb
		cells++
		pos = le + 1
	}
	if len(cur.cells) > 0 {
		// The last row, its closing bar cut off by the copy: read when
		// it is as wide as the table.
		rows = append(rows, cur)
		blank = append(blank, false)
		end = cur.end
	}
	if lonebars < 3 || len(rows) < 3 || cells < 3*lonebars/2 {
		return nil, ls
	}
	for len(rows) > 0 && len(rows[0].cells) == 1 {
		rows, blank = rows[1:], blank[1:] // the table's caption (医疗机构基本情况 |)
	}
	width, numbered := 0, 0
	for _, r := range rows {
		width = max(width, len(r.cells))
	}
	if width < 2 {
		return nil, ls
	}
	kept := rows[:0]
	for i, r := range rows {
		if i > 0 && len(r.cells) == 1 && blank[i] {
			continue // 吉 林 | then bars alone: its empty cells, nothing published
		}
		kept = append(kept, r)
	}
	rows = kept
	for _, r := range rows {
		if _, _, _, ok := parseCell(r.cells[0].text); ok {
			return nil, ls // a row starting with a number: an empty cell broke it
		}
		if !rowHasNumber(r) {
			continue
		}
		if len(r.cells) != width {
			return nil, ls
		}
		numbered++
	}
	if numbered < 2 || rowHasNumber(rows[0]) && !yearHeaderRow(rows[0]) {
		return nil, ls
	}
	return rows, min(end+1, len(s))
}

// splitHeaderLines is the rule for a table whose header row the copy
// wrote one cell a line, each ending in its bar, the first line holding
// the label header and the first column's header, the body rows then
// each on one line:
//
//	地 区 | 2024年 (万元) |
//	2023年 (万元) |
//	增长 (%) |
//	全 市 | 5120 | 4876 | 5.0 |
//
// It starts at the line at ls and returns the header row, the cells of
// its lines, and the body rows tableLines reads after it, with the offset
// after them. nil unless the header has no number and as many cells as
// the widest body row has written ones.
func (x *extractor) splitHeaderLines(ls int) ([]trow, int) {
	s := x.s
	le := nextLine(s, ls)
	a, b := trimSpace(s, ls, le)
	if a >= b || !strings.HasSuffix(s[a:b], "|") || !isTableLine(s[a:b]) {
		return nil, ls
	}
	hdr := trow{cells: splitCells(s, a, b, nil), start: a, end: b}
	if len(hdr.cells) < 2 || rowHasNumber(hdr) {
		return nil, ls
	}
	pos := le + 1
	for pos < len(s) {
		e := nextLine(s, pos)
		ca, cb := trimSpace(s, pos, e)
		cellA, cellB, ok := barCellLine(s, ca, cb)
		if !ok {
			break
		}
		if _, _, _, num := parseCell(s[cellA:cellB]); num {
			return nil, ls
		}
		hdr.cells = append(hdr.cells, tcell{text: s[cellA:cellB], start: cellA, end: cellB})
		hdr.end = cellB
		pos = e + 1
	}
	if pos >= len(s) || pos == le+1 {
		return nil, ls
	}
	if e := nextLine(s, pos); strings.Count(s[pos:e], "|") < 2 {
		return nil, ls
	}
	body, next := x.tableLines(pos)
	width := 0
	for _, r := range body {
		if rowHasNumber(r) {
			width = max(width, lastWritten(r)+1)
		}
	}
	if len(body) < 2 || width != len(hdr.cells) {
		return nil, ls
	}
	return append([]trow{hdr}, body...), next
}

// markedGroupRow is the rule for a row that heads the rows below it with
// its merged value cells written as one missing mark (全体居民 | — | | | |):
// a label, then a single missing mark and only empty cells (at least one)
// after it. A row whose every cell is a mark (北 京 | — | — | —) is a row
// of nothing published, not a group.
func markedGroupRow(r trow) bool {
	if len(r.cells) < 3 || trimText(r.cells[0].text) == "" {
		return false
	}
	marks, empty := 0, 0
	for _, c := range r.cells[1:] {
		switch t := trimText(c.text); {
		case t == "":
			empty++
		case isMissingMark(t):
			marks++
		default:
			return false
		}
	}
	return marks == 1 && empty >= 1
}

// bodySection reports a section row that names the households or people
// the rows below it are of (全体居民, 城镇居民, 农村常住居民, 农村住户), as the
// income and spending tables of bulletins group their rows: the rows name
// the quantities (可支配收入), so the section leads the subject
// (全体居民可支配收入) instead of following it as a quantity section does
// (普通高中学校数).
func bodySection(section string) bool {
	for _, w := range []string{"居民", "住户", "家庭"} {
		if strings.HasSuffix(section, w) {
			return true
		}
	}
	return false
}

// outlineLevel is the level of the outline marker a row label starts
// with, as Chinese documents number their items: 一、 1, (一) 2, 1. or 1、
// 3, (1) 4; 0 when the label starts with none.
func outlineLevel(t string) int {
	t = strings.TrimSpace(t)
	if lvl, _ := headingMarker(t, 0, len(t)); lvl > 0 && !strings.HasPrefix(t, "第") {
		return lvl
	}
	j := 0
	for j < len(t) && t[j] >= '0' && t[j] <= '9' {
		j++
	}
	if j > 0 && j <= 2 {
		rest := t[j:]
		for _, m := range []string{"、", "．", "."} {
			if strings.HasPrefix(rest, m) {
				if r, _ := utf8.DecodeRuneInString(rest[len(m):]); r >= '0' && r <= '9' {
					return 0 // 1.5: a number
				}
				return 3
			}
		}
	}
	for _, p := range [][2]string{{"(", ")"}, {"（", "）"}} {
		if strings.HasPrefix(t, p[0]) {
			k := len(p[0])
			n := k
			for n < len(t) && t[n] >= '0' && t[n] <= '9' {
				n++
			}
			if n > k && n-k <= 2 && strings.HasPrefix(t[n:], p[1]) {
				return 4
			}
		}
	}
	return 0
}

// markOutlineRows is the rule for the rows of a yearbook table whose
// set-in the copy lost but whose labels keep their outline markers
// (三、人员数(人), then 1.卫生技术人员, then 执业(助理)医师): a row marked a
// level below the least marked level is a part of the nearest row above
// marked higher, and a row with no marker after a marked row is a part
// of that row (the breakdown a yearbook sets in under a numbered item).
// Rows before the first marked row, and every row of a table whose
// marked rows are all of one level and have no unmarked rows under them,
// are left as they are; so is a table markIndentedRows has set in.
func markOutlineRows(data []trow) {
	least, marked := 0, 0
	for i := range data {
		if data[i].part || data[i].depth > 0 {
			return
		}
		if len(data[i].cells) == 0 {
			continue
		}
		if l := outlineLevel(data[i].cells[0].text); l > 0 {
			marked++
			if least == 0 || l < least {
				least = l
			}
		}
	}
	if marked < 2 {
		return
	}
	depth := -1 // depth of the last marked row; -1 before the first
	for i := range data {
		if len(data[i].cells) == 0 || !rowHasNumber(data[i]) {
			continue
		}
		l := outlineLevel(data[i].cells[0].text)
		switch {
		case l > 0:
			depth = l - least
			if depth > 0 {
				data[i].part, data[i].depth = true, depth
			}
		case depth >= 0:
			data[i].part, data[i].depth = true, depth+1
		}
	}
}
