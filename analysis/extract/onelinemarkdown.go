package extract

import "strings"

// oneLineMarkdown is the rule for a Markdown table a page copy ran into
// one line (财务数据 |年份|营业收入(亿元)|增长率(%)| | ---- | ---- | ---- |
// |2022|544.33|-19.6| |2023|675.40|24.1| 业务分析 …): each row's closing
// bar and the next row's opening bar meet as an empty cell (| |), so the
// cells between the first and the last bar of the line split at empty
// cells into runs — the header, the rule run of dashes under it (----,
// :---:), then the rows. It returns the header and the rows, the offset
// of the first bar (the text before it is a title or prose) and the
// offset after the last (the text after it is prose); ok is false unless
// the header is followed by a rule run as wide as it and at least two
// rows, every run as wide as the header: an empty cell inside a row would
// read as a row's end, so a table with one gives nothing.
func oneLineMarkdown(s string, ls, le int) (rows []trow, start, end int, ok bool) {
	line := s[ls:le]
	first := strings.IndexByte(line, '|')
	if first < 0 {
		return nil, 0, 0, false // most lines: no bar, and no scan back from the end
	}
	last := strings.LastIndexByte(line, '|')
	if last <= first || !strings.Contains(line, "| |") || !strings.Contains(line, "---") {
		return nil, 0, 0, false
	}
	cells := splitCells(s, ls+first, ls+last+1, nil)
	var runs [][]tcell
	for i := 0; i < len(cells); {
		j := i
		for j < len(cells) && cells[j].text != "" {
			j++
		}
		if j == i {
			return nil, 0, 0, false // two empty cells: no row between them
		}
		runs = append(runs, cells[i:j])
		i = j + 1
	}
	if len(runs) < 4 {
		return nil, 0, 0, false
	}
	width := len(runs[0])
	if width < 2 || !markdownRuleRun(runs[1]) || len(runs[1]) != width {
		return nil, 0, 0, false
	}
	for _, r := range append(runs[:1:1], runs[2:]...) {
		if len(r) != width || markdownRuleRun(r) {
			return nil, 0, 0, false
		}
		rows = append(rows, trow{cells: r, start: r[0].start, end: r[len(r)-1].end})
	}
	return rows, ls + first, ls + last + 1, true
}

// markdownRuleRun reports a run of cells that is a Markdown table's rule
// under its header: every cell dashes, with colons for alignment.
func markdownRuleRun(cells []tcell) bool {
	for _, c := range cells {
		if len(c.text) < 3 || strings.Trim(c.text, "-:") != "" || !strings.Contains(c.text, "---") {
			return false
		}
	}
	return len(cells) > 0
}

// estimateYear is the rule for a year as a broker's research note writes
// its columns or rows of results and forecasts: four digits and E (an
// estimate, 2024E) or A (actual, 2023A). It returns the year, 0 for any
// other text.
func estimateYear(h string) int {
	if len(h) != 5 || h[4] != 'E' && h[4] != 'A' {
		return 0
	}
	return headerYearDigits(h[:4])
}
