package extract

import (
	"strings"
	"unicode/utf8"
)

// leftGroupHeader is the rule for the upper row of a two-row header whose
// copy dropped the merged corner cell over the row labels and wrote the
// column groups from the first cell on (机构数(个) | 床位数(张) | | | over
// 2023年 | 2022年 | 2023年 | 2022年 | with rows 医院 | 1490 | 1426 | …): the
// written cells come first, there are at least two, each is a quantity
// with its unit in brackets and no corner word (项目, 指标), and they share
// the lower row's cells equally, the lower row being one short of the
// table's width (it too lacks the corner). The groups are then over the
// value columns, not over the labels: the row is a header row, no title.
func leftGroupHeader(upper trow, top, bottom, width int) bool {
	if top < 2 || bottom != width-1 || bottom%top != 0 || len(upper.cells) < top {
		return false
	}
	for i, c := range upper.cells {
		t := strings.TrimSpace(c.text)
		if i >= top {
			if t != "" {
				return false
			}
			continue
		}
		if !groupQuantityCell(t) {
			return false
		}
	}
	return true
}

// groupQuantityCell reports a header cell that names a quantity with its
// unit in brackets (机构数(个), 床位数（张）): no corner word, no year, no
// period.
func groupQuantityCell(t string) bool {
	if t == "" || len(t) > 3*16 || !strings.HasSuffix(t, ")") && !strings.HasSuffix(t, "）") {
		return false
	}
	label, unit := headerUnit(t)
	return label != "" && unit != "" && !gridCorner(label) && headerYear(label) == 0 && !isPeriodHeader(label)
}

// leftGroupPreamble reports that the short row rows[n] is the upper row
// of a header that lacks its corner (leftGroupHeader), over the row
// after it: that row has no number and as many written cells as the
// upper row's groups times at least two, and the data rows just below
// (the first four rows after it) are one cell wider than it. tablePreamble then leaves it in the header.
func leftGroupPreamble(rows []trow, n int) bool {
	if n+2 >= len(rows) || len(rows[n].cells) < 2 || !groupQuantityCell(strings.TrimSpace(rows[n].cells[0].text)) {
		return false // (the cheap test first: most titles end in no unit)
	}
	top, bottom := writtenCells(rows[n]), writtenCells(rows[n+1])
	if top < 2 || bottom < 2*top || rowHasNumber(rows[n+1]) {
		return false
	}
	width := 0
	for _, r := range rows[n+2 : min(len(rows), n+6)] {
		if rowHasNumber(r) {
			width = max(width, lastWritten(r)+1)
		}
	}
	return leftGroupHeader(rows[n], top, bottom, width)
}

// leftGroupPaths gives the column paths of a two-row header whose upper
// row is a leftGroupHeader: nothing over the labels, each group over its
// equal share of the lower row's cells, which fill the value columns in
// order.
func leftGroupPaths(hdr []trow, width int) ([][]string, bool) {
	if len(hdr) != 2 || len(hdr[0].cells) < 2 || !groupQuantityCell(strings.TrimSpace(hdr[0].cells[0].text)) {
		return nil, false
	}
	top, bottom := nonEmpty(hdr[0].cells), nonEmpty(hdr[1].cells)
	if !leftGroupHeader(hdr[0], len(top), len(bottom), width) {
		return nil, false
	}
	paths := make([][]string, width)
	m := len(bottom) / len(top)
	for i, b := range bottom {
		paths[i+1] = []string{top[i/m], b}
	}
	return paths, true
}

// gridGroupStart is the rule for a cell grid whose header has no corner
// cell and opens with its column groups (机构数(个) | 床位数(张) | 2017年 |
// 2018年 | 增减数 | … written once per group), perhaps after a cell of
// title: the index of the first of at least two consecutive group cells
// (groupQuantityCell) among the first four cells, -1 when the grid has a
// corner (corner ≥ 0) or no such cells. gridHeaderPaths then has to fit
// the groups over the leaves repeated per group, or nothing is read.
func gridGroupStart(cells []tcell, corner int) int {
	if corner >= 0 {
		return -1
	}
	for i := 0; i < 4 && i+1 < len(cells); i++ {
		if groupQuantityCell(cells[i].text) {
			if !groupQuantityCell(cells[i+1].text) {
				return -1
			}
			return i
		}
	}
	return -1
}

// regionTitleKind is the rule for the title of a table of regions that
// names what its figures count in each (2018年各地区民族医医院的机构、床位
// 增减情况, 各地区养老机构的床位数): the kind between 各地区 (or 分地区) and
// 的, two to ten Chinese characters, which each row's subject carries
// after its region (北京市民族医医院机构数). "" when the title is not so
// written.
func regionTitleKind(title string) string {
	t := trimText(title)
	var rest string
	for _, p := range []string{"各地区", "分地区"} {
		if k := strings.Index(t, p); k >= 0 && k <= 8 {
			rest = t[k+len(p):]
			break
		}
	}
	k := strings.Index(rest, "的")
	if k < 0 {
		return ""
	}
	kind := rest[:k]
	n := utf8.RuneCountInString(kind)
	if n < 2 || n > 10 || strings.IndexFunc(kind, func(r rune) bool { return !isHan(r) }) >= 0 {
		return ""
	}
	return kind
}

// titleAbove is the text of the nearest line before the one at start
// with more than bars on it (a title the copy wrote above a grid and its
// blank | lines), its bars trimmed; it looks back at most twelve lines.
func (x *extractor) titleAbove(start int) string {
	s := x.s
	end := strings.LastIndexByte(s[:min(start, len(s))], '\n')
	for n := 0; n < 12 && end > 0; n++ {
		begin := strings.LastIndexByte(s[:end], '\n') + 1
		if t := strings.Trim(s[begin:end], "|｜ \t\r"); t != "" {
			return t
		}
		end = begin - 1
	}
	return ""
}
