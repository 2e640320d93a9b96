package extract

import (
	"strings"
	"unicode/utf8"
)

// A unit-wrapped table is a yearbook table a PDF copy gave as lines: the
// corner and the first header cell on one line (城市 年末总人口), then the
// header cells wrapped over lines, each ending in its unit in brackets
// (生产总值 / (亿元) / 人均生产 / 总值(元) …), perhaps a last header line of
// sub-columns apart by spaces (第一产业 第二产业 第三产业 工业), then the rows a
// label line and a line of values apart by runs of spaces. The header
// cells are found again by their units (each cell ends in one); the
// sub-columns are parts of the one header cell they break down
// (industryParts), written after it; a row's empty cells are the wider
// gaps between its values (gapCells). A table whose header cells are not
// all so closed, whose sub-columns have no cell to break down, or a row
// whose cells cannot be counted to the header's gives nothing.

// maxUnitWrappedHeader bounds the header lines of a unit-wrapped table.
const maxUnitWrappedHeader = 48

// wrappedCornerWords are the words a unit-wrapped table heads its labels
// with, besides gridCorner's.
var wrappedCornerWords = []string{"城市", "市别", "地区", "市县", "县市区", "地 区", "城 市"}

// unitWrappedStart is the rule for the first line of a unit-wrapped table:
// a corner word, a space, and the start of the first header cell, at most
// 24 characters without a digit or a sentence end. It returns the corner
// and the rest.
func unitWrappedStart(line string) (corner, rest string, ok bool) {
	if len(line) > 3*24 || len(line) < 8 || line[0] < 0x80 {
		return "", "", false
	}
	k := strings.IndexByte(line, ' ')
	if k <= 0 {
		return "", "", false
	}
	corner, rest = line[:k], strings.TrimSpace(line[k:])
	if rest == "" || strings.ContainsAny(rest, "0123456789。；;，,") || !containsHan(rest) {
		return "", "", false
	}
	for _, w := range wrappedCornerWords {
		if corner == w {
			return corner, rest, true
		}
	}
	return corner, rest, gridCorner(corner)
}

// unitClosedCells is the rule for a header's text joined from its wrapped
// lines: cells that each end in a unit in brackets (年末总人口(万人)生产总值
// (亿元) → 年末总人口(万人) | 生产总值(亿元)); ok is false when any text is left
// after the last unit or a bracket closes no unit.
func unitClosedCells(t string) ([]string, bool) {
	var cells []string
	for t != "" {
		k := strings.IndexAny(t, ")）")
		if k < 0 {
			return nil, false
		}
		_, size := utf8.DecodeRuneInString(t[k:])
		c := t[:k+size]
		if l, u := headerUnit(c); l == "" || u == "" {
			return nil, false
		}
		cells = append(cells, c)
		t = t[k+size:]
	}
	return cells, len(cells) >= 2
}

// industryLeaves are the sub-columns of an output by industry.
var industryLeaves = []string{"第一产业", "第二产业", "第三产业", "工业", "建筑业", "#工业", "＃工业"}

// industryParts is the rule for sub-columns that name industries (第一产业
// 第二产业 第三产业 工业): they break down the one header cell that names an
// output (生产总值, 地区生产总值, 增加值). It returns that cell's index; -1 when
// a leaf is no industry or no cell, or more than one, names an output.
func industryParts(cells, leaves []string) int {
	for _, l := range leaves {
		found := false
		for _, w := range industryLeaves {
			if l == w {
				found = true
				break
			}
		}
		if !found {
			return -1
		}
	}
	at := -1
	for i, c := range cells {
		label, _ := headerUnit(c)
		if strings.HasSuffix(label, "生产总值") && !strings.Contains(label, "人均") || strings.HasSuffix(label, "增加值") {
			if at >= 0 {
				return -1
			}
			at = i
		}
	}
	return at
}

// gapCells is the rule for a row's values written apart by runs of
// spaces, an empty cell left as a wider run (2463.78  29214.69    2107.22):
// the narrowest run between values is one cell boundary, and a run k
// times as wide holds k−1 empty cells; when the values and their empty
// cells fall short of width and the line ends in such a run, the cells
// left are empty at the end. It returns the cells (empty text for an
// empty cell), ok false when a run is no whole multiple of the narrowest
// (the cells cannot be counted) or the count is not width.
func gapCells(s string, a, b, width int) ([]tcell, bool) {
	type tok struct{ a, b int }
	var toks []tok
	var gaps []int
	i := a
	for i < b {
		j := i
		for j < b && s[j] == ' ' {
			j++
		}
		if j > i && len(toks) > 0 && j < b {
			gaps = append(gaps, j-i)
		}
		if j >= b {
			break
		}
		k := j
		for k < b && s[k] != ' ' {
			k++
		}
		toks = append(toks, tok{j, k})
		i = k
	}
	if len(toks) < 3 {
		return nil, false
	}
	base := 0
	for _, g := range gaps {
		if base == 0 || g < base {
			base = g
		}
	}
	var cells []tcell
	for n, t := range toks {
		if n > 0 {
			g := gaps[n-1]
			if g != base {
				if base < 2 || g%base != 0 {
					return nil, false
				}
				for e := 1; e < g/base; e++ {
					cells = append(cells, tcell{start: t.a, end: t.a})
				}
			}
		}
		cells = append(cells, tcell{text: s[t.a:t.b], start: t.a, end: t.b})
	}
	last := toks[len(toks)-1].b
	end := last
	for end < len(s) && s[end] == ' ' {
		end++
	}
	if len(cells) < width && base >= 2 && end-last >= base {
		for len(cells) < width {
			cells = append(cells, tcell{start: last, end: last})
		}
	}
	return cells, len(cells) == width
}

// valuesLine reports a line of three or more values apart by spaces.
func valuesLine(line string) bool {
	f := strings.Fields(line)
	if len(f) < 3 {
		return false
	}
	for _, w := range f {
		if _, _, _, ok := parseCell(w); !ok {
			return false
		}
	}
	return true
}

// wrappedRowLabel reports a row's label line: Chinese, at most 20
// characters, no digit.
func wrappedRowLabel(line string) bool {
	n := utf8.RuneCountInString(line)
	return n >= 2 && n <= 20 && !strings.ContainsAny(line, "0123456789。；;，,|") && containsHan(line)
}

// unitWrappedTable reads the unit-wrapped table at the line at ls (see
// above) and returns the offset after it and whether it read one.
func (x *extractor) unitWrappedTable(ls int) (int, bool) {
	s := x.s
	le := nextLine(s, ls)
	a, b := trimSpace(s, ls, le)
	corner, rest, ok := unitWrappedStart(s[a:b])
	if !ok {
		return ls, false
	}
	type line struct{ a, b, le int }
	var lines []line // the non-blank lines after the first
	header := true   // the lines are header lines so far, no value line yet
	for pos := le + 1; pos < len(s) && len(lines) < maxUnitWrappedHeader+2*maxTableRows; {
		e := nextLine(s, pos)
		p, q := trimSpace(s, pos, e)
		if p < q {
			t := s[p:q]
			if len(t) > 3*40*8 || strings.ContainsAny(t, "。；;") {
				break
			}
			if header && valuesLine(t) {
				header = false
			} else if !header && !wrappedRowLabel(t) && !valuesLine(t) {
				break // the rows end
			}
			if header && (len(lines) > maxUnitWrappedHeader || len(t) > 3*40) {
				return ls, false // no row after as many header lines: no such table
			}
			lines = append(lines, line{p, q, e})
		}
		pos = e + 1
	}
	// The header ends at the first label line over a values line.
	h := -1
	for i := 0; i+1 < len(lines) && i <= maxUnitWrappedHeader; i++ {
		t := s[lines[i].a:lines[i].b]
		if valuesLine(t) || strings.ContainsAny(t, "。；;") {
			return ls, false
		}
		if wrappedRowLabel(t) && valuesLine(s[lines[i+1].a:lines[i+1].b]) {
			h = i
			break
		}
	}
	if h < 1 {
		return ls, false
	}
	var joined strings.Builder
	joined.WriteString(rest)
	var leaves []string
	for i, l := range lines[:h] {
		t := s[l.a:l.b]
		if i == h-1 && strings.Contains(t, " ") && !strings.ContainsAny(t, "()（）") {
			leaves = strings.Fields(t) // 第一产业 第二产业 第三产业 工业
			continue
		}
		joined.WriteString(removeHanSpaces(t))
	}
	head, ok := unitClosedCells(removeHanSpaces(joined.String()))
	if !ok {
		return ls, false
	}
	paths := [][]string{{corner}}
	group := -1
	if len(leaves) > 0 {
		if group = industryParts(head, leaves); group < 0 {
			return ls, false
		}
	}
	for i, c := range head {
		paths = append(paths, []string{c})
		if i == group {
			for _, l := range leaves {
				paths = append(paths, []string{c, l})
			}
		}
	}
	width := len(paths) - 1
	var rows []trow
	i := h
	for ; i+1 < len(lines); i += 2 {
		lab, val := lines[i], lines[i+1]
		if !wrappedRowLabel(s[lab.a:lab.b]) || !valuesLine(s[val.a:val.b]) {
			break
		}
		cells, ok := gapCells(s, val.a, val.le, width)
		if !ok {
			continue // cells the row cannot be counted to: no figure of it
		}
		label := tcell{text: removeHanSpaces(s[lab.a:lab.b]), start: lab.a, end: lab.b}
		rows = append(rows, trow{cells: append([]tcell{label}, cells...), start: lab.a, end: val.b})
	}
	if len(rows) < 2 {
		return ls, false
	}
	x.cellGridTable(rows, paths, x.pendingUnit, a)
	e := min(lines[i-1].le+1, len(s))
	x.noGridUntil = e
	return e, true
}
