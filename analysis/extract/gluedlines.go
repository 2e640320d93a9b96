package extract

import (
	"strings"
	"unicode/utf8"
)

// A glued label table is a two-column table (labels | one value column)
// whose copy ran each row's cells together: a header line of its label
// heading and its period (分类监测指标1月数值, 指标2023年), then a row a line,
// the label (its unit in brackets) and the value with nothing between
// (出院人数(人)5402, 病床使用率(%)62.7, 医师日均担负诊疗人次9.36). The header
// line is what makes the block a table: without it a line ending in a
// number may be anything.

// gluedHeaderLine is the rule for the header line of a glued label table:
// a label heading (labelColumnHeader: 指标, 监测指标), or a category heading
// (分类, 类别: gridCorner) and a label heading, run into a period header
// (1月数值, 2023年, 本月, 全年), nothing else. It returns the label heading
// and the period header, and whether a category heading came first (the
// label column is the second of two); ok is false for any other line.
func gluedHeaderLine(line string) (label, period string, category, ok bool) {
	t := removeHanSpaces(trimText(line))
	if utf8.RuneCountInString(t) > 24 {
		return "", "", false, false
	}
	for i := range t {
		if i == 0 || !gluedPeriodHeader(t[i:]) {
			continue
		}
		head := t[:i]
		for j := range head {
			if j > 0 && gridCorner(head[:j]) && labelColumnHeader(head[j:]) {
				return head[j:], t[i:], true, true
			}
		}
		if labelColumnHeader(head) {
			return head, t[i:], false, true
		}
	}
	return "", "", false, false
}

// gluedPeriodHeader reports the period header a glued header line ends in:
// a period (本月, 全年, 1-6月), a year (2023年) or either with 数值 or 数据
// (1月数值); a year alone (2023) is none.
func gluedPeriodHeader(t string) bool {
	if v := periodValueHeader(t); v != "" {
		t = v
	}
	if gridYear(t) || utf8.RuneCountInString(t) > 10 {
		return false
	}
	return isPeriodHeader(t) || headerYear(t) != 0
}

// gluedValueRow is the rule for a row line of a glued label table: a label
// with a Chinese character, at most 40 characters, no sentence or clause
// mark (。，；), and a number at its end, the label's last character no
// digit, letter or point (出院人数(人)5402). It returns the label's and the
// number's end offsets in s; ok is false for any other line.
func gluedValueRow(s string, a, b int) (labelEnd int, ok bool) {
	line := s[a:b]
	if utf8.RuneCountInString(line) > 40 || strings.ContainsAny(line, "。，,；;：:|") {
		return 0, false
	}
	i := b
	for i > a {
		c := s[i-1]
		if c >= '0' && c <= '9' || c == '.' {
			i--
			continue
		}
		break
	}
	if i == b || i == a || s[i] == '.' || s[b-1] == '.' {
		return 0, false
	}
	r, _ := utf8.DecodeLastRuneInString(s[a:i])
	if r == '-' || r == '—' || r == '/' || r == '.' || r == '～' || r == '~' || r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') || r == '第' || r == '年' || r == '月' {
		return 0, false
	}
	label := s[a:i]
	if !strings.ContainsFunc(label, isHan) {
		return 0, false
	}
	if _, _, _, ok := parseCell(s[i:b]); !ok {
		return 0, false
	}
	return i, true
}

// gluedLabelTable reads the glued label table whose header line is at ls
// (see above): the header's label heading and period over a row a line,
// blank lines skipped, up to the first line that is no row; at least three
// rows. Under a category heading (分类监测指标) a row's label that opens with
// a heading marker begins with its category, run into the label: the
// marker is dropped, so that the rows read as rows of one level. It returns the rows (the header first) and the offset after the
// last row; nil when the lines are no such table.
func (x *extractor) gluedLabelTable(ls, le int) ([]trow, int) {
	s := x.s
	a, b := trimSpace(s, ls, le)
	if a == b || !gluedLabelStart(s[a:b]) {
		return nil, ls
	}
	label, period, category, ok := gluedHeaderLine(s[a:b])
	if !ok {
		return nil, ls
	}
	rows := []trow{{cells: []tcell{{text: label, start: a, end: b}, {text: period, start: a, end: b}}, start: a, end: b}}
	next := le + 1
	for pos := le + 1; pos < len(s) && len(rows) <= maxTableRows; {
		e := nextLine(s, pos)
		ra, rb := trimSpace(s, pos, e)
		if ra == rb {
			pos = e + 1
			continue
		}
		k, ok := gluedValueRow(s, ra, rb)
		if !ok {
			break
		}
		la := ra
		if lvl, end := headingMarker(s, ra, k); category && lvl > 0 && end < k {
			la = end // 一、医疗资源实有床位数(张)1808: the category's marker, no outline of the rows
		}
		rows = append(rows, trow{cells: []tcell{{text: s[la:k], start: la, end: k}, {text: s[k:rb], start: k, end: rb}}, start: ra, end: rb})
		pos = e + 1
		next = min(e+1, len(s))
	}
	if len(rows) < 4 {
		return nil, ls
	}
	return rows, next
}

// gluedHeadingWords are the words one of which every label heading holds
// (labelColumnHeader, gridCorner).
var gluedHeadingWords = []string{"指标", "项目", "名称", "类别", "分类", "地区", "学段", "类型", "分组", "品名"}

// gluedLabelStart is gluedLabelTable's cheap pre-check of a line: short,
// opening with a Han character, holding a label heading's word.
func gluedLabelStart(line string) bool {
	if len(line) > 24*3 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(line); !isHan(r) {
		return false
	}
	for _, w := range gluedHeadingWords {
		if strings.Contains(line, w) {
			return true
		}
	}
	return false
}
