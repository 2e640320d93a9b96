package extract

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// A headerless series is a block of cells whose copy kept no header at
// all: a label that names its unit in brackets (卫生机构床位数(万张)), then
// the same number of values after every label, as a page of a year series
// lists them (newest first, the years left out of the copy). Each value
// is a figure of its label in the label's unit; nothing says its period,
// so its column is named by its position (第1列) and its year is unknown
// (0), never the report's.

// minSeriesValues is the fewest values after each label of a series.
const minSeriesValues = 3

// seriesLabel is the rule for a series' label cell: a label of at most
// 40 characters with a Chinese character before a unit in brackets
// (床位数(万张), 人口(万人)).
func seriesLabel(t string) bool {
	t = trimText(t)
	if utf8.RuneCountInString(t) > 40 || gridValue(t) {
		return false
	}
	label, unit := headerUnit(t)
	return unit != "" && unit != "%" && containsHan(label)
}

// containsHan reports a text with a Chinese character.
func containsHan(t string) bool {
	for _, r := range t {
		if isHan(r) {
			return true
		}
	}
	return false
}

// headerlessSeries reads the cells of a block as a headerless series
// (see above): from the first cell, every label a seriesLabel followed by
// k ≥ minSeriesValues values, k the same for every label, at least two
// labels; the rows end where the pattern does. It returns whether it read
// one and the offset after it.
func (x *extractor) headerlessSeries(cells []tcell, unit string) (int, bool) {
	if len(cells) == 0 || !seriesLabel(cells[0].text) {
		return 0, false
	}
	runs := gridRuns(cells)
	k := runs[0]
	if k < minSeriesValues {
		return 0, false
	}
	var rows []trow
	for i := 0; i+k < len(cells) && runs[i] == k && seriesLabel(cells[i].text); i += 1 + k {
		rows = append(rows, trow{cells: cells[i : i+1+k], start: cells[i].start, end: cells[i+k].end})
	}
	if len(rows) < 2 {
		return 0, false
	}
	cols := make([]tableColumn, 1+k)
	for c := 1; c <= k; c++ {
		cols[c] = tableColumn{period: "第" + strconv.Itoa(c) + "列", head: "第" + strconv.Itoa(c) + "列"}
	}
	x.curTableUnit = unit
	x.tables++
	n := len(x.figs)
	x.tableBody(rows, 0, "", cols, unit)
	for i := n; i < len(x.figs); i++ {
		x.figs[i].Year, x.figs[i].Prior = 0, false // no year is written: the series' years are unknown
	}
	e := min(nextLine(x.s, rows[len(rows)-1].end)+1, len(x.s))
	x.noGridUntil = e
	return e, true
}

// seriesStart reports a line that may open a headerless series: its first
// cell, after any leading bar, a seriesLabel.
func seriesStart(line string) bool {
	t := strings.TrimLeft(line, "|｜ ")
	if i := indexBar(t); i >= 0 {
		t = t[:i]
	}
	return seriesLabel(t)
}
