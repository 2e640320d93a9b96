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
		empty := 0
		if !ok {
			ca, cb, empty, ok = paddedBarCellLine(s, a, b) // 8,161 | |, |||
		}
		if !ok {
			break
		}
		if len(cur.cells) == 0 {
			cur.start = ca
		}
		if ca < cb {
			cur.cells = append(cur.cells, tcell{text: s[ca:cb], start: ca, end: cb})
			cur.end = cb
			cells++
		}
		for ; empty > 0; empty-- {
			cur.cells = append(cur.cells, tcell{start: cb, end: cb})
		}
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
	width := numberRowsWidth(body)
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

// placeholderCell is the text of a cell a copy wrote one a line with
// question marks standing in for the non-breaking spaces of the page
// (??? 按注册类型分, ? for an empty cell): the text without the marks and
// spaces before it; "" for a cell of marks alone.
func placeholderCell(t string) string {
	return strings.TrimLeft(t, "?？ \u00a0\u3000\t")
}

// yearPiece and monthPiece report the two halves of a period header a
// copy broke over two lines (2018 then 1-10): a year of four digits, and
// a run of months (1-10, 1—9月, 3月).
func yearPiece(t string) bool {
	return headerYearDigits(strings.TrimSuffix(t, "年")) != 0
}

func monthPiece(t string) bool {
	t = strings.TrimSuffix(strings.TrimSuffix(t, "份"), "月")
	a, b, ok := strings.Cut(t, "-")
	if !ok {
		a, b, ok = strings.Cut(t, "—")
	}
	if !ok {
		a, b = t, t
	}
	month := func(m string) int {
		if len(m) == 0 || len(m) > 2 {
			return 0
		}
		n := 0
		for i := 0; i < len(m); i++ {
			if m[i] < '0' || m[i] > '9' {
				return 0
			}
			n = n*10 + int(m[i]-'0')
		}
		if n > 12 {
			return 0
		}
		return n
	}
	ma, mb := month(a), month(b)
	return ma > 0 && mb >= ma
}

// periodPieces joins the period headers a copy broke into a year and its
// months (2018 | 1-10 → 2018年1-10月); a year or a run of months alone
// stays one period. ok is false when a cell is neither.
func periodPieces(cells []tcell) (periods []tcell, ok bool) {
	for i := 0; i < len(cells); i++ {
		t := cells[i].text
		switch {
		case yearPiece(t) && i+1 < len(cells) && monthPiece(cells[i+1].text):
			m := strings.TrimSuffix(strings.TrimSuffix(cells[i+1].text, "份"), "月")
			periods = append(periods, tcell{text: strings.TrimSuffix(t, "年") + "年" + m + "月", start: cells[i].start, end: cells[i+1].end})
			i++
		case yearPiece(t):
			periods = append(periods, tcell{text: strings.TrimSuffix(t, "年") + "年", start: cells[i].start, end: cells[i].end})
		case monthPiece(t):
			periods = append(periods, cells[i])
		default:
			return nil, false
		}
	}
	return periods, len(periods) > 0
}

// closeUnitBracket closes the bracket of a header's unit the copy cut
// (诊疗人次增长(% → 诊疗人次增长(%)).
func closeUnitBracket(t string) string {
	for _, p := range [][2]string{{"(", ")"}, {"（", "）"}} {
		if k := strings.LastIndex(t, p[0]); k >= 0 && !strings.Contains(t[k:], p[1]) && k+len(p[0]) < len(t) {
			return t + p[1]
		}
	}
	return t
}

// periodGroupLines is the rule for a table copied one cell a line, blank
// lines between, without a label header: the column groups first (门诊
// 人次(万人次), 门诊人次增长(%), 住院人数(万人), 住院人数增长(%)), then the
// periods under the groups of levels, each broken into its year and its
// months (2023, 1-6, 2024, 1-6, …), then each row's label and values;
// question marks stand for the page's non-breaking spaces (placeholderCell).
// A group that names a change (changeHeader) heads one column, every
// other group as many columns as there are periods for each. It starts at
// the line [ls, le) and returns the two header rows and the body rows
// (a label followed by empty cells alone is a section row) and the offset
// after the last; nil unless the groups, the periods and the first row's
// values count out so and two rows follow.
func (x *extractor) periodGroupLines(ls, le int) ([]trow, int) {
	const maxGroupHeaderCells = 48
	s := x.s
	a, b := trimSpace(s, ls, le)
	first := placeholderCell(s[a:b])
	// A line of more than 120 bytes has more than 30 runes: no byte of a
	// long prose line is looked at.
	if first == "" || len(first) > 4*30 || utf8.RuneCountInString(first) > 30 || strings.IndexByte(first, '(') < 0 && !strings.Contains(first, "（") {
		return nil, ls
	}
	if _, _, _, num := parseCell(first); num {
		return nil, ls
	}
	var cells []tcell
	pos, stopped := ls, false
	collect := func(limit int) {
		for !stopped && pos < len(s) && len(cells) < limit {
			e := nextLine(s, pos)
			ca, cb := trimSpace(s, pos, e)
			if ca < cb {
				line := s[ca:cb]
				if utf8.RuneCountInString(line) > maxLineCell || strings.ContainsAny(line, "。；;|｜") {
					stopped = true // the block ends here
					break
				}
				t := placeholderCell(line)
				cells = append(cells, tcell{text: t, start: cb - len(t), end: cb})
			}
			pos = e + 1
		}
	}
	// The header first, a bounded look: a line that starts no such
	// header costs a few lines, and other readers may start below it.
	collect(maxGroupHeaderCells)
	isValue := func(c tcell) bool {
		if c.text == "" || isMissingMark(c.text) {
			return true
		}
		_, _, _, ok := parseCell(c.text)
		return ok
	}
	g := 0
	for g < len(cells) && cells[g].text != "" && !isValue(cells[g]) && !yearPiece(cells[g].text) && !monthPiece(cells[g].text) {
		g++
	}
	p := g
	for p < len(cells) && (yearPiece(cells[p].text) || monthPiece(cells[p].text)) {
		p++
	}
	if g < 2 || g > maxGroupHeaderCells/3 || p == g || p >= len(cells) {
		return nil, ls
	}
	periods, ok := periodPieces(cells[g:p])
	if !ok {
		return nil, ls
	}
	groups := make([]tcell, g)
	levels := 0
	for i, c := range cells[:g] {
		groups[i] = tcell{text: closeUnitBracket(c.text), start: c.start, end: c.end}
		label, unit := headerUnit(groups[i].text)
		if changeHeader(label, unit) == "" {
			levels++
		}
	}
	if levels == 0 || len(periods)%levels != 0 {
		return nil, ls
	}
	collect(4 * maxTableRows) // the body
	pos = min(pos, len(s))
	k := len(periods) / levels
	width := levels*k + g - levels // values a row has
	up := []tcell{{start: cells[0].start, end: cells[0].start}}
	lo := []tcell{{start: cells[0].start, end: cells[0].start}}
	next := 0
	prevLevel := "" // the level group just before, "" if none
	for _, c := range groups {
		label, unit := headerUnit(c.text)
		if changeHeader(label, unit) != "" {
			if prevLevel != "" && sameQuantityStem(prevLevel, label) {
				// 诊疗人次数(万人次) over two periods, then 诊疗人次增长(%): the
				// change of that group's levels, a column of it.
				up = append(up, tcell{start: c.start, end: c.start})
				lo = append(lo, c)
			} else {
				up = append(up, c)
				lo = append(lo, tcell{start: c.end, end: c.end})
			}
			prevLevel = ""
			continue
		}
		prevLevel = label
		for j := 0; j < k; j++ {
			if j == 0 {
				up = append(up, c)
			} else {
				up = append(up, tcell{start: c.end, end: c.end})
			}
			lo = append(lo, periods[next])
			next++
		}
	}
	rows := []trow{
		{cells: up, start: cells[0].start, end: cells[g-1].end},
		{cells: lo, start: cells[g].start, end: cells[p-1].end},
	}
	data := 0
	for i := p; i < len(cells); {
		if isValue(cells[i]) {
			break // a value without its label: the table ends
		}
		j := i + 1
		for j < len(cells) && j-i-1 < width && isValue(cells[j]) {
			j++
		}
		if j-i-1 != width {
			break // the table ends where a row is not full
		}
		r := trow{cells: cells[i:j], start: cells[i].start, end: cells[j-1].end}
		if rowHasNumber(r) {
			data++
		}
		rows = append(rows, r)
		i = j
	}
	if data < 2 {
		return nil, pos
	}
	last := rows[len(rows)-1].end
	return rows, min(nextLine(s, last)+1, len(s))
}

// sameQuantityStem reports a change header that names the quantity of the
// level header before it (诊疗人次数 then 诊疗人次增长): their first two
// characters, both Han, are the same.
func sameQuantityStem(level, change string) bool {
	lr, cr := []rune(removeHanSpaces(level)), []rune(removeHanSpaces(change))
	return len(lr) >= 2 && len(cr) >= 2 && lr[0] == cr[0] && lr[1] == cr[1] && isHan(lr[0]) && isHan(lr[1])
}

// brokenSectionRow is the rule for a section row of a text table that the
// copy broke one cell a line: its label with its bar (分产业 |), then each of
// its empty cells as a bar alone on a line of its own, as many bars in all
// as the table is wide:
//
//	地区生产总值 | 686065 | 7.7 | 100 |
//	分产业 |
//	|
//	|
//	|
//	第一产业 | 159948 | 7.4 | 23.3 |
//
// It reads the lines from pos in a table of width cells and returns the
// row (its label, then empty cells) and the offset after its last bar; ok
// is false unless the label line and exactly width-1 bars alone follow and
// a table line comes next, so that a cell stream or a caption line ending
// in a bar is not taken for a row.
func (x *extractor) brokenSectionRow(pos, width int) (r trow, next int, ok bool) {
	s := x.s
	if width < 2 || pos >= len(s) {
		return trow{}, pos, false
	}
	le := nextLine(s, pos)
	a, b := trimSpace(s, pos, le)
	if a >= b {
		return trow{}, pos, false
	}
	ca, cb, ok := barCellLine(s, a, b)
	if !ok {
		return trow{}, pos, false
	}
	if _, _, _, num := parseCell(s[ca:cb]); num {
		return trow{}, pos, false
	}
	r = trow{cells: []tcell{{text: s[ca:cb], start: ca, end: cb}}, start: a, end: b}
	p := le + 1
	for len(r.cells) < width && p < len(s) {
		e := nextLine(s, p)
		la, lb := trimSpace(s, p, e)
		if la >= lb || !loneBarLine(s[la:lb]) {
			return trow{}, pos, false
		}
		r.cells = append(r.cells, tcell{start: la, end: la})
		r.end = lb
		p = e + 1
	}
	if len(r.cells) != width || p >= len(s) {
		return trow{}, pos, false
	}
	e := nextLine(s, p)
	la, lb := trimSpace(s, p, e)
	if la >= lb || !isTableLine(s[la:lb]) {
		return trow{}, pos, false
	}
	return r, p, true
}

// widestRow is the number of cells of the widest of rows.
func widestRow(rows []trow) int {
	w := 0
	for _, r := range rows {
		w = max(w, len(r.cells))
	}
	return w
}

// maxBilingualWidth bounds the value columns bilingualStreamRows reads
// (the header search costs the width for each label pair before the
// first row).
const maxBilingualWidth = 48

// bilingualStreamRows is the rule for a bilingual yearbook table copied
// one cell a line whose every row gives its Chinese label, then its
// English one, then its values, and whose header the copy wrote row by
// row with the two label columns merged down (only the first header row
// has cells over them):
//
//	项 目 | Item | 合 计 | 公立 | | 民营 |
//	Total | 医疗机构 | # 政府办 | 医疗机构 |
//	| Public | Operated by | Private |
//	医疗机构数 (个) | Number of Units (unit) | 6159 | 1824 | 761 | 4335 |
//	| (10000 person-times) | | | | |
//
// (each cell on a line of its own in the copy). The width is the most
// common count of values after a label pair (at least three rows); the
// header is the cells from the label header pair (项目 | Item, not followed
// by English) to the first row: its first row two labels and width
// cells, then rows of width cells (or of width+2 with empty label
// cells); each column's header is its Chinese cells top to bottom. A row
// with another count of values cannot be placed and is left out; a row
// of an English wrap alone (| (10000 person-times) | | …) is no row; a
// label pair alone is a section. ok is false for any other stream.
func bilingualStreamRows(cells []tcell, isValue func(tcell) bool) (rows []trow, ok bool) {
	chinese := func(c tcell) bool { return c.text != "" && !isValue(c) && strings.IndexFunc(c.text, isHan) >= 0 }
	english := func(c tcell) bool { return c.text != "" && !isValue(c) && isTranslation(c.text) }
	// values after a label pair at i: the first value cell (after the
	// rest of an English label wrapped over cells: Number of Persons for
	// Further | Observation) and how many there are up to the next other
	// cell, empty ones at the end left out.
	valuesFrom := func(i int) (v0, n int) {
		v0 = i + 2
		for v0 < len(cells) && english(cells[v0]) {
			v0++
		}
		j := v0
		for j < len(cells) && isValue(cells[j]) {
			j++
		}
		for j > v0 && cells[j-1].text == "" {
			j--
		}
		return v0, j - v0
	}
	valuesAt := func(i int) int {
		_, n := valuesFrom(i)
		return n
	}
	pair := func(i int) bool { return i+1 < len(cells) && chinese(cells[i]) && english(cells[i+1]) }
	counts := map[int]int{}
	first := -1
	for i := 0; i+1 < len(cells); i++ {
		if !pair(i) {
			continue
		}
		if n := valuesAt(i); n > 0 {
			counts[n]++
			if first < 0 {
				first = i
			}
		}
	}
	width, best := 0, 0
	for w, n := range counts {
		if n > best || n == best && w > width {
			width, best = w, n
		}
	}
	if width < 2 || width > maxBilingualWidth || best < 3 || first < 0 {
		return nil, false
	}
	for first >= 0 && valuesAt(first) != width {
		next := -1
		for i := first + 1; i+1 < len(cells); i++ {
			if pair(i) && valuesAt(i) == width {
				next = i
				break
			}
		}
		first = next
	}
	// The header: from the label header pair to the first row.
	hs := -1
	for i := 0; i+1 < first; i++ {
		if !pair(i) || i+2+width > first {
			continue
		}
		english := false
		for _, c := range cells[i+2 : i+2+width] {
			english = english || isTranslation(c.text)
		}
		if !english {
			hs = i
			break
		}
	}
	if hs < 0 {
		return nil, false
	}
	rest := cells[hs+2+width : first]
	for len(rest) > 0 && rest[len(rest)-1].text == "" {
		rest = rest[:len(rest)-1]
	}
	step, skip := width, 0
	switch {
	case len(rest)%width == 0:
	case len(rest)%(width+2) == 0:
		step, skip = width+2, 2
	default:
		return nil, false
	}
	names := make([]string, width)
	add := func(k int, t string) {
		if t = strings.TrimSpace(t); t != "" && !isTranslation(t) && !isValue(tcell{text: t}) {
			names[k] += removeHanSpaces(t)
		}
	}
	for k, c := range cells[hs+2 : hs+2+width] {
		add(k, c.text)
	}
	for r := 0; r+step <= len(rest); r += step {
		for k, c := range rest[r+skip : r+step] {
			add(k, c.text)
		}
	}
	hdr := trow{cells: []tcell{cells[hs]}, start: cells[hs].start, end: cells[first-1].end}
	for k, n := range names {
		if n == "" {
			return nil, false // a column the header does not name
		}
		c := cells[hs+2+k]
		hdr.cells = append(hdr.cells, tcell{text: n, start: c.start, end: c.end})
	}
	rows = append(rows, hdr)
	for i := first; i < len(cells); {
		if !pair(i) {
			i++
			continue
		}
		v0, n := valuesFrom(i)
		j := v0
		for j < len(cells) && isValue(cells[j]) {
			j++
		}
		switch {
		case n == width:
			r := trow{cells: []tcell{cells[i]}, start: cells[i].start, end: cells[v0+width-1].end}
			r.cells = append(r.cells, cells[v0:v0+width]...)
			rows = append(rows, r)
		case n == 0:
			r := trow{cells: []tcell{cells[i]}, start: cells[i].start, end: cells[i+1].end}
			for range width {
				r.cells = append(r.cells, tcell{start: cells[i+1].end, end: cells[i+1].end})
			}
			rows = append(rows, r) // a section
		}
		i = j
	}
	if len(rows) < 3 {
		return nil, false
	}
	partsAfterMark(rows[1:])
	return rows, true
}

// partsAfterMark is the rule for the rows after a row marked as a part
// (# 门诊 under 总诊疗人次 (万人次), then 急诊): a yearbook marks the first of
// the parts it lists only, so a row right after a part that names no unit
// of its own is a part too; a row with a unit is a whole again.
func partsAfterMark(rows []trow) {
	for i := 1; i < len(rows); i++ {
		r := &rows[i]
		if len(r.cells) == 0 || !markedPart(rows[i-1]) || markedPart(*r) {
			continue
		}
		if _, u := headerUnit(tableLabel(r.cells[0].text)); u == "" {
			r.cells[0].text = "#" + r.cells[0].text // a part, as markPartRows reads it
		}
	}
}

// markedPart reports a row whose label starts with a part marker (#, 其中).
func markedPart(r trow) bool {
	return len(r.cells) > 0 && partPrefix(strings.TrimSpace(r.cells[0].text)) != ""
}

// spacerBarLine is the rule for a bar alone on a line between two rows of
// a text table (指标 | 绝对数 | 增长(%) |, then |, then 生产总值 | 414.9 | 7.4 |):
// the copy of an empty spacer row, which neither ends the table nor is a
// row. It reads the line at pos and returns the offset of the line after
// it; ok is false unless the line is a bar alone and the next is a table
// line.
func (x *extractor) spacerBarLine(pos int) (next int, ok bool) {
	s := x.s
	le := nextLine(s, pos)
	a, b := trimSpace(s, pos, le)
	if a >= b || !loneBarLine(s[a:b]) || le >= len(s) {
		return pos, false
	}
	e := nextLine(s, le+1)
	na, nb := trimSpace(s, le+1, e)
	if na >= nb || !isTableLine(s[na:nb]) {
		return pos, false
	}
	return le + 1, true
}
