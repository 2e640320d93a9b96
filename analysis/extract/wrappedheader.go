package extract

import "strings"

// Portals copy a table's header one cell at a time, each cell's text over
// one or more lines and closed by a | at the end of its last line (期間 |,
// then 營業收入 and (百萬元) |, then 毛利率(%) and its formula 營業毛利/收入 |),
// while the rows below keep a line each (2018年1-12月 | 205.20 | 2.06 |).

// maxWrappedHeaderLines bounds the header lines wrappedHeaderTable reads.
const maxWrappedHeaderLines = 40

// wrappedHeaderTable is the rule for such a table at line ls: header
// lines of at most one | each (a line ending in | closes a cell, a line
// without | goes on with it), then at least two rows of | cells, each with
// a cell for every header cell and some number. A header cell's lines are
// joined (wrappedHeaderCell). It returns the header row and the rows and
// the offset after the last row; nil when the lines are not so, or the
// rows do not fit the header cell for cell.
func (x *extractor) wrappedHeaderTable(ls int) ([]trow, int) {
	s := x.s
	if !wrappedHeaderAhead(s, ls) {
		return nil, ls // most lines ending in |: no allocation
	}
	var hdr []tcell
	var pieces []tcell // the lines of the header cell being read
	pos, lines := ls, 0
	for {
		if pos >= len(s) || lines >= maxWrappedHeaderLines {
			return nil, ls
		}
		le := nextLine(s, pos)
		a, b := trimSpace(s, pos, le)
		line := s[a:b]
		n := strings.Count(line, "|")
		if n > 1 {
			break // the first row
		}
		if a >= b || strings.ContainsAny(line, "。；;，,：:") || strings.Contains(line, "｜") || n == 1 && !strings.HasSuffix(line, "|") {
			return nil, ls
		}
		lines++
		pos = le + 1
		if n == 0 {
			pieces = append(pieces, tcell{text: line, start: a, end: b})
			continue
		}
		if t := strings.TrimSpace(strings.TrimSuffix(line, "|")); t != "" {
			pieces = append(pieces, tcell{text: t, start: a, end: a + len(t)})
		}
		if len(pieces) == 0 {
			return nil, ls
		}
		hdr = append(hdr, wrappedHeaderCell(pieces))
		pieces = nil
	}
	if len(pieces) > 0 || len(hdr) < 3 || lines == len(hdr) {
		return nil, ls // a cell left open, or no cell wrapped: for the stream readers
	}
	rows := []trow{{cells: hdr, start: hdr[0].start, end: hdr[len(hdr)-1].end}}
	end := pos
	for pos < len(s) && len(rows) <= maxTableRows {
		le := nextLine(s, pos)
		a, b := trimSpace(s, pos, le)
		if a >= b || !isTableLine(s[a:b]) {
			break
		}
		r := trow{cells: splitCells(s, a, b, nil), start: a, end: b}
		if len(r.cells) != len(hdr) || !rowHasNumber(r) {
			break
		}
		rows = append(rows, r)
		end = le
		pos = le + 1
	}
	if len(rows) < 3 {
		return nil, ls
	}
	return rows, min(end+1, len(s))
}

// wrappedHeaderCell joins the lines of one header cell: a name wrapped over
// lines is one name (營業 then 收入), a unit in brackets on a line of its
// own is the name's (營業收入 then (百萬元)); a line after a name that
// already ended in its unit is a note on how the column is computed
// (毛利率(%) then 營業毛利/收入) and no part of the name.
func wrappedHeaderCell(pieces []tcell) tcell {
	c := pieces[0]
	for _, p := range pieces[1:] {
		if _, u := headerUnit(c.text); u != "" && (strings.HasSuffix(c.text, ")") || strings.HasSuffix(c.text, "）")) {
			break // the name is closed by its unit: the rest is a note
		}
		c.text += p.text
		c.end = p.end
	}
	return c
}

// wrappedHeaderAhead is wrappedHeaderTable's cheap test, without
// allocating: header lines of at most one | each, at least three cells and
// one of them over two lines or more, then a line of several |.
func wrappedHeaderAhead(s string, ls int) bool {
	cells, lines, open := 0, 0, false
	for pos := ls; pos < len(s) && lines < maxWrappedHeaderLines; {
		le := nextLine(s, pos)
		a, b := trimSpace(s, pos, le)
		line := s[a:b]
		n := strings.Count(line, "|")
		if n > 1 {
			return !open && cells >= 3 && lines > cells
		}
		if a >= b || n == 1 && !strings.HasSuffix(line, "|") {
			return false
		}
		lines++
		open = n == 0
		if n == 1 {
			cells++
		}
		pos = le + 1
	}
	return false
}
