package extract

import (
	"strings"
	"unicode/utf8"
)

// Yearbook tables: the layouts statistical yearbooks (统计年鉴) take when
// a page copies them as text, which the general table rules read once
// their rows are put in the usual form (a label, then a cell per column).

// unitCellRows is the rule for a bilingual yearbook table that writes a
// block's unit in a cell of its own after the block's first label, its
// English after the English label:
//
//	项 目 | Item | 2014 | 2015
//	学校数合计 | (所) | Number of Schools | (unit) | 120 | 125
//	小 学 | Primary Schools | 80 | 82
//	在校学生数合计 | (人) | Number of Students | (person) | 5000 | 5100
//	小 学 | Primary Schools | 3000 | 3100
//
// The unit cell (a unit in brackets alone) and the English one (Latin
// words in brackets alone) are dropped, so the row's values stand in
// their columns, and the unit holds for that row and the rows after it up
// to the next row with a unit cell. Only when every row with a unit cell,
// once they are dropped, is as wide as the table's other rows of numbers;
// otherwise the rows are returned as they are.
func unitCellRows(rows []trow) []trow {
	type unitAt struct{ row, unit, english int }
	var found []unitAt
	widths := map[int]int{}
	for i, r := range rows {
		if !rowHasNumber(r) {
			continue
		}
		u, e := rowUnitCell(r)
		if u < 0 {
			widths[lastWritten(r)+1]++
			continue
		}
		found = append(found, unitAt{i, u, e})
	}
	if len(found) == 0 || len(widths) != 1 {
		return rows
	}
	width := 0
	for w := range widths {
		width = w
	}
	for _, f := range found {
		drop := 1
		if f.english > 0 {
			drop++
		}
		if lastWritten(rows[f.row])+1-drop != width {
			return rows
		}
	}
	out := append([]trow(nil), rows...)
	for k, f := range found {
		r := &out[f.row]
		_, unit := headerUnit(r.cells[f.unit].text)
		cells := make([]tcell, 0, len(r.cells))
		for c, cell := range r.cells {
			if c != f.unit && c != f.english {
				cells = append(cells, cell)
			}
		}
		r.cells = cells
		end := len(out)
		if k+1 < len(found) {
			end = found[k+1].row
		}
		for i := f.row; i < end; i++ {
			if out[i].unit == "" {
				out[i].unit = unit
			}
		}
	}
	return out
}

// rowUnitCell finds the unit cell of a row (unitCellRows): among the
// cells before its first number, a unit in brackets alone ((所), （人）),
// and after it a bracketed English word alone ((unit), (person)); -1 for
// each not found.
func rowUnitCell(r trow) (unit, english int) {
	unit, english = -1, -1
	for c := 1; c < len(r.cells); c++ {
		t := strings.TrimSpace(r.cells[c].text)
		if _, _, _, ok := parseCell(t); ok {
			break
		}
		if unit < 0 {
			if label, u := headerUnit(t); label == "" && u != "" && bracketed(t) {
				unit = c
			}
			continue
		}
		if bracketed(t) && isTranslation(t) {
			english = c
			break
		}
	}
	return unit, english
}

// bracketed reports a text wholly in one pair of brackets: (所), （人）,
// (unit).
func bracketed(t string) bool {
	for _, br := range [][2]string{{"(", ")"}, {"（", "）"}} {
		if strings.HasPrefix(t, br[0]) && strings.HasSuffix(t, br[1]) && len(t) > len(br[0])+len(br[1]) {
			inner := t[len(br[0]) : len(t)-len(br[1])]
			return !strings.ContainsAny(inner, "()（）")
		}
	}
	return false
}

// maxBarHeaderCells bounds the header cells barHeaderRows reads.
const maxBarHeaderCells = 64

// barHeaderRows is the rule for a yearbook table whose header the copy
// wrote one cell a line, each cell ending in its bar, with a line of bars
// alone after each header row, and whose body rows then stand one on a
// line between bars:
//
//	年 份 Year |
//	机构数 (个) Institutions (unit) |
//	床位数 (张) Beds (unit) |
//	||||
//	# 医院 Hospitals |
//	# 医院 Hospitals |
//	||||
//	2019 | 320 | 25 | 4100 | 3800 |
//
// The first header row heads the labels and the column groups (one
// column each, the group's total), the second, when there is one, lists
// the # parts of the groups, each after its group's total (a merged cell
// over the lower row written once). Which group each part is of the copy
// does not say; a part is never more than its whole, so the parts go to
// the groups in the one way every body row bears out (partsOfGroups), or
// the table gives nothing. It starts at the line at ls and returns the
// header rows as table reads them (the groups over their parts) and the
// body rows, with the offset after them; nil for any other block.
func (x *extractor) barHeaderRows(ls int) ([]trow, int) {
	s := x.s
	var hrows [][]tcell
	var cur []tcell
	pos, cells := ls, 0
	for pos < len(s) && cells < maxBarHeaderCells {
		le := nextLine(s, pos)
		a, b := trimSpace(s, pos, le)
		if a >= b {
			return nil, ls
		}
		if barsOnly(s[a:b]) {
			if len(cur) == 0 {
				return nil, ls
			}
			hrows, cur = append(hrows, cur), nil
			pos = le + 1
			continue
		}
		ca, cb, ok := headerCellLine(s, a, b)
		if !ok {
			break
		}
		if _, _, _, num := parseCell(s[ca:cb]); num {
			return nil, ls
		}
		cur = append(cur, tcell{text: removeHanSpaces(s[ca:cb]), start: ca, end: cb})
		cells++
		pos = le + 1
	}
	if len(cur) > 0 || len(hrows) == 0 || len(hrows) > 2 || pos >= len(s) {
		return nil, ls
	}
	if e := nextLine(s, pos); strings.Count(s[pos:e], "|") < 2 {
		return nil, ls
	}
	body, next := x.tableLines(pos)
	width := numberRowsWidth(body)
	if len(body) < 2 || width < 3 {
		return nil, ls
	}
	groups := hrows[0]
	var parts []tcell
	if len(hrows) == 2 {
		parts = hrows[1]
	}
	if len(groups)-1+len(parts) != width-1 {
		return nil, ls
	}
	for _, p := range parts {
		if partPrefix(p.text) == "" {
			return nil, ls
		}
	}
	sizes, ok := partsOfGroups(body, width, len(groups)-1, len(parts))
	if !ok {
		return nil, ls
	}
	up := []tcell{groups[0]}
	lo := []tcell{{start: groups[0].start, end: groups[0].start}}
	k := 0
	for g, n := range sizes {
		gc := groups[1+g]
		up = append(up, gc)
		lo = append(lo, tcell{start: gc.start, end: gc.start})
		for range n {
			up = append(up, tcell{start: gc.end, end: gc.end})
			lo = append(lo, parts[k])
			k++
		}
	}
	hdr := []trow{{cells: up, start: up[0].start, end: groups[len(groups)-1].end}}
	if len(parts) > 0 {
		hdr = append(hdr, trow{cells: lo, start: parts[0].start, end: parts[len(parts)-1].end})
	}
	return append(hdr, body...), next
}

// headerCellLine reports a line that holds one header cell ending in its
// bar: one |, at the end, no sentence end, at most maxLineCell characters
// or, with an English translation after the Chinese (机构数 (个) Number of
// Institutions (unit)), 120. cell is the cell's trimmed span.
func headerCellLine(s string, a, b int) (ca, cb int, ok bool) {
	line := s[a:b]
	if !strings.HasSuffix(line, "|") || strings.Count(line, "|") != 1 || strings.ContainsAny(line, "。；;｜") {
		return 0, 0, false
	}
	if n := utf8.RuneCountInString(line); n > maxLineCell && (n > 120 || dropTranslation(line) == line) {
		return 0, 0, false
	}
	ca, cb = trimSpace(s, a, b-1)
	return ca, cb, ca < cb
}

// barsOnly reports a line of two or more bars and nothing else (||||):
// the end of a header row whose empty cells the copy ran together.
func barsOnly(line string) bool {
	n := 0
	for _, r := range line {
		switch {
		case r == '|' || r == '｜':
			n++
		case !isSpace(r):
			return false
		}
	}
	return n >= 2
}

// partsOfGroups is the rule for how the # parts of a yearbook header
// whose lower row the copy wrote without positions fall under its groups
// (barHeaderRows): the value columns are the groups in order, each its
// total and then its parts, and a part is never more than its total. It
// returns the count of parts of each of the groups when exactly one way of
// giving the parts to the groups is borne out by every body row that
// writes all its cells (at least two such rows); ok is false when none or
// several are.
func partsOfGroups(body []trow, width, groups, parts int) (sizes []int, ok bool) {
	if groups < 1 || parts < 0 {
		return nil, false
	}
	var vals [][]float64
	for _, r := range body {
		if lastWritten(r)+1 != width || len(r.cells) < width {
			continue
		}
		v := make([]float64, width)
		whole := true
		for c := 1; c < width; c++ {
			f, _, _, num := parseCell(r.cells[c].text)
			if !num || f < 0 {
				whole = false
				break
			}
			v[c] = f
		}
		if whole {
			vals = append(vals, v)
		}
	}
	if parts == 0 {
		return make([]int, groups), true
	}
	if len(vals) < 2 {
		return nil, false
	}
	// fits[t][c]: column c may be a part of the total in column t (no
	// row has it larger), looked at once for each pair.
	fits := make([][]bool, width)
	for t := 1; t < width; t++ {
		fits[t] = make([]bool, width)
		for c := t + 1; c < width; c++ {
			fits[t][c] = true
			for _, v := range vals {
				if v[c] > v[t] {
					fits[t][c] = false
					break
				}
			}
		}
	}
	// ways[c][g]: the ways (0, 1, or 2 for more) columns c.. can be g
	// groups; next[c][g] the size of the first group of the one way.
	n := width - 1 // value columns 1..n
	ways := make([][]int, n+2)
	first := make([][]int, n+2)
	for c := range ways {
		ways[c] = make([]int, groups+1)
		first[c] = make([]int, groups+1)
	}
	ways[n+1][0] = 1
	for c := n; c >= 1; c-- {
		for g := 1; g <= groups; g++ {
			for e := c; e <= n; e++ { // the group is columns c..e
				if e > c && !fits[c][e] {
					break
				}
				if w := ways[e+1][g-1]; w > 0 {
					ways[c][g] = min(2, ways[c][g]+w)
					first[c][g] = e - c
				}
			}
		}
	}
	if ways[1][groups] != 1 {
		return nil, false
	}
	for c, g := 1, groups; g > 0; g-- {
		k := first[c][g]
		sizes = append(sizes, k)
		c += k + 1
	}
	return sizes, true
}

// spacedToken is one word of a line split at every run of blanks: its
// text and byte span in the input.
type spacedToken struct {
	text       string
	start, end int
}

// lineTokens splits s[a:b] at runs of blanks.
func lineTokens(s string, a, b int) []spacedToken {
	var out []spacedToken
	for i := a; i < b; {
		r, n := utf8.DecodeRuneInString(s[i:b])
		if isSpace(r) {
			i += n
			continue
		}
		j := i
		for j < b {
			r, n := utf8.DecodeRuneInString(s[j:b])
			if isSpace(r) {
				break
			}
			j += n
		}
		out = append(out, spacedToken{text: s[i:j], start: i, end: j})
		i = j
	}
	return out
}

// maxUnitHeaderLines bounds the header lines unitLineHeader reads.
const maxUnitHeaderLines = 4

// singleSpacedTable is the rule for a yearbook table copied as text with
// one space between every two cells, under header lines whose lowest
// writes the units of the first columns in brackets under their names,
// then the names of the columns that have none:
//
//	机构数 床位数 职工人数
//	执业医
//	(个) (张) (人) 技术人员 师人数
//	医院总计 131 15729 18287 15042 6120
//	102 13062 15137 12363 4929
//	综合医院 88 12515 15203 12515 4976
//
// (unitLineHeader). Each row is its label, the words before its numbers,
// and its numbers; a row without a label is a part of the rows above
// whose label the copy lost, named by its columns. Only rows with a
// number for every column are read. It starts at the line at ls and
// returns the rows for table (the header first) and the offset after the
// last row; nil when the lines there are no such table.
func (x *extractor) singleSpacedTable(ls int) ([]trow, int) {
	s := x.s
	type line struct {
		label  []spacedToken
		values []spacedToken
		start  int
		end    int
	}
	var lines []line
	counts := map[int]int{}
	pos, next := ls, ls
	for pos < len(s) && len(lines) < maxGridLines {
		le := nextLine(s, pos)
		a, b := trimSpace(s, pos, le)
		if a >= b || strings.ContainsAny(s[a:b], "|｜。；;，,") || utf8.RuneCountInString(s[a:b]) > 200 {
			break
		}
		toks := lineTokens(s, a, b)
		k := len(toks)
		for k > 0 && spacedValue(toks[k-1].text) {
			k--
		}
		for _, t := range toks[:k] {
			if spacedValue(t.text) {
				k = -1 // a number among the label's words: no row
				break
			}
		}
		if k < 0 || k == len(toks) {
			break
		}
		lines = append(lines, line{label: toks[:k], values: toks[k:], start: a, end: b})
		counts[len(toks)-k]++
		pos = le + 1
		next = min(pos, len(s))
	}
	width, best := 0, 0
	for w, n := range counts {
		if n > best || n == best && w > width {
			width, best = w, n
		}
	}
	if width < 2 || best < 3 || len(lines[0].values) != width {
		return nil, ls
	}
	var header [][]spacedToken
	for p, k := ls, 0; p > 0 && k < maxUnitHeaderLines; k++ {
		a := strings.LastIndexByte(s[:p-1], '\n') + 1
		ha, hb := trimSpace(s, a, p-1)
		t := s[ha:hb]
		if t == "" || strings.ContainsAny(t, "0123456789０１２３４５６７８９。；;|｜") || unitLine(t) != "" || utf8.RuneCountInString(t) > 120 {
			break
		}
		header = append([][]spacedToken{lineTokens(s, ha, hb)}, header...)
		p = a
	}
	names, ok := unitLineHeader(header, width)
	if !ok {
		return nil, ls
	}
	hs := header[0][0].start
	hr := trow{start: hs, end: hs, textLine: true}
	hr.cells = append(hr.cells, tcell{start: hs, end: hs})
	for _, n := range names {
		hr.cells = append(hr.cells, tcell{text: n, start: hs, end: hs})
	}
	out := []trow{hr}
	for _, l := range lines {
		if len(l.values) != width {
			continue // a cell left empty: its values cannot be placed
		}
		r := trow{start: l.start, end: l.end, nolabel: len(l.label) == 0}
		if len(l.label) > 0 {
			la, lb := l.label[0].start, l.label[len(l.label)-1].end
			r.cells = append(r.cells, tcell{text: s[la:lb], start: la, end: lb})
		} else {
			r.cells = append(r.cells, tcell{start: l.start, end: l.start})
		}
		for _, v := range l.values {
			r.cells = append(r.cells, tcell{text: v.text, start: v.start, end: v.end})
		}
		out = append(out, r)
	}
	return out, next
}

// unitLineHeader is the rule for the header lines of a yearbook table
// whose lowest line writes the units of the top line's names in brackets,
// one under each, and then the names of the further columns, which have
// no unit of their own (机构数 床位数 职工人数 over (个) (张) (人) 技术人员
// 药师): the columns are the top names, each with its unit, then the
// further names. A line between the two with fewer names holds the first
// lines of the last further names, each broken over two lines (执业医 over
// 师人数 → 执业医师人数). It returns a name for each of the width columns;
// ok is false for any other header.
func unitLineHeader(lines [][]spacedToken, width int) ([]string, bool) {
	if len(lines) < 2 {
		return nil, false
	}
	top, low := lines[0], lines[len(lines)-1]
	k := 0
	for k < len(low) && bracketed(low[k].text) {
		if _, u := headerUnit(low[k].text); u == "" {
			return nil, false
		}
		k++
	}
	if k == 0 || k != len(top) || len(low) != width {
		return nil, false
	}
	names := make([]string, 0, width)
	for i, t := range top {
		if bracketed(t.text) || strings.IndexFunc(t.text, isHan) < 0 {
			return nil, false
		}
		names = append(names, t.text+low[i].text)
	}
	further := make([]string, 0, width-k)
	for _, t := range low[k:] {
		if bracketed(t.text) || strings.IndexFunc(t.text, isHan) < 0 {
			return nil, false
		}
		further = append(further, t.text)
	}
	for _, mid := range lines[1 : len(lines)-1] {
		if len(mid) > len(further) {
			return nil, false
		}
		off := len(further) - len(mid)
		for i, t := range mid {
			if strings.IndexFunc(t.text, isHan) < 0 {
				return nil, false
			}
			further[off+i] = t.text + further[off+i]
		}
	}
	return append(names, further...), true
}
