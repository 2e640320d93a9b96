package extract

import (
	"strings"
	"unicode/utf8"
)

// headingQuantity is the rule for a yearbook table's heading that names
// nothing but the quantity its cells count, with its unit after it
// (三、毕业生数 计量单位:人, （二）招生数 单位：人, 在校学生数): the
// quantity, its heading marker and unit statement dropped; "" when the
// line names more (a title: 各级各类学校毕业生情况, 表3 …), or names no
// count (…数, …人次).
func headingQuantity(line string) string {
	if len(line) == 0 || len(line) > 30*3 {
		return ""
	}
	t := strings.TrimSpace(line)
	if _, end := headingMarker(t, 0, len(t)); end > 0 {
		t = strings.TrimSpace(t[end:])
	}
	for _, w := range []string{"计量单位", "单位"} {
		if k := strings.Index(t, w); k >= 0 {
			t = strings.TrimSpace(t[:k])
		}
	}
	t = strings.TrimRight(t, "(（ ")
	n := utf8.RuneCountInString(t)
	if n < 2 || n > 8 || !strings.HasSuffix(t, "数") && !strings.HasSuffix(t, "人次") {
		return ""
	}
	for _, r := range t {
		if !isHan(r) {
			return ""
		}
	}
	for _, w := range []string{"表", "情况", "统计", "基本", "主要", "分", "和", "及"} {
		if strings.Contains(t, w) {
			return ""
		}
	}
	return t
}

// headingQuantityRows gives the rows of a table with a column per period
// (指标 | 2014年 | 2013年) the quantity its heading names (headingQuantity)
// as their section, so a row is named by its label and the quantity:
// 小学 under 三、毕业生数 is 小学毕业生数. It does nothing when a column
// names a quantity of its own, or a row has a section already.
func (x *extractor) headingQuantityRows(rows []trow, h int, paths [][]string) {
	if len(paths) < 2 || len(rows) == 0 {
		return
	}
	q := headingQuantity(x.headingAbove(rows[0].start))
	if q == "" {
		return
	}
	for _, p := range paths[1:] {
		if len(p) == 0 {
			return
		}
		leaf, _ := headerUnit(removeHanSpaces(p[len(p)-1]))
		if headerYear(leaf) == 0 {
			return
		}
	}
	for i := h; i < len(rows); i++ {
		if rows[i].section != "" {
			return
		}
	}
	stem := strings.TrimSuffix(strings.TrimSuffix(q, "数"), "人次")
	for i := h; i < len(rows); i++ {
		if len(rows[i].cells) > 0 && !strings.Contains(removeHanSpaces(rows[i].cells[0].text), stem) {
			rows[i].section = q // 毕业生总数, 小学毕业生升学率: named already
		}
	}
}

// headingAbove is the line above a table's first row, past the lines a
// copy one cell a line puts before it (|, an empty line, the labels'
// header 指 标): at most four lines back.
func (x *extractor) headingAbove(start int) string {
	for k := 0; k < 4 && start > 0; k++ {
		end := strings.LastIndexByte(x.s[:start], '\n')
		if end < 0 {
			return ""
		}
		begin := strings.LastIndexByte(x.s[:end], '\n') + 1
		t := strings.TrimSpace(x.s[begin:end])
		if t != "" && t != "|" && !statLabelHeader(strings.Trim(t, "| ")) {
			return t
		}
		start = begin
	}
	return ""
}
