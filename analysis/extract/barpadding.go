package extract

import (
	"strings"
	"unicode/utf8"
)

// paddedBarCellLine is the rule for a line of a table copied one cell a
// line whose row ends before the table's last column (rows ended by a bar
// alone: barRowLines): the copy writes the empty cells that pad the row as
// more bars, on the last cell's line (8,161 | |: the cell, then one empty
// cell; 表1:…平衡表 | |||||: a caption over a merged row, then five) or on
// a line of bars alone after it (|||: three empty cells). Every bar ends
// one cell. It gives the written cell's trimmed span (ca == cb for a line
// of bars alone) and how many empty cells follow it; ok is false for a
// line of another form. A bar alone on its line is no padding: it ends a
// row (loneBarLine), and a line of one cell and one bar is barCellLine's.
func paddedBarCellLine(s string, a, b int) (ca, cb, empty int, ok bool) {
	line := s[a:b]
	if !strings.HasSuffix(line, "|") || strings.Contains(line, "｜") || loneBarLine(line) {
		return 0, 0, 0, false
	}
	k := strings.IndexByte(line, '|')
	bars := 0
	for _, r := range line[k:] {
		switch r {
		case '|':
			bars++
		case ' ', '\t':
		default:
			return 0, 0, 0, false // a bar inside the text: cells of a row on one line
		}
	}
	if k == 0 {
		if bars < 2 {
			return 0, 0, 0, false
		}
		return a, a, bars, true // |||: empty cells alone
	}
	if bars < 2 || utf8.RuneCountInString(line[:k]) > maxLineCell || strings.ContainsAny(line[:k], "。；;") {
		return 0, 0, 0, false
	}
	ca, cb = trimSpace(s, a, a+k)
	return ca, cb, bars - 1, ca < cb
}
