package extract

// oneRowStream is the rule for a table copied one cell a line that has a
// single data row (病名 | 发病数(例) | 死亡数(人) | | 床位数(张) then 总计 |
// 18705 | 269 | | 1326), which streamWidth's two-row minimum refuses: it is
// read when its header is unambiguous. The stream is exactly two rows of
// n cells: a label over the labels, then n-1 header cells each naming a
// quantity with its unit in brackets or a period (2023年, 本年), an empty
// header cell only over an empty value (the column is dropped); then the row's label (a text
// cell) and n-1 values, at least two of them figures. Prose never passes:
// every header cell must have that form. It returns the width and the
// cells without the empty columns.
func oneRowStream(cells []tcell, isValue func(tcell) bool) (int, []tcell, bool) {
	if len(cells) < 6 || len(cells)%2 != 0 || len(cells) > 2*maxGridHeader {
		return 0, nil, false
	}
	n := len(cells) / 2
	if isValue(cells[0]) || cells[0].text == "" || isValue(cells[n]) || cells[n].text == "" {
		return 0, nil, false
	}
	nums := 0
	for c := 1; c < n; c++ {
		h, v := cells[c].text, cells[n+c]
		if !isValue(v) {
			return 0, nil, false
		}
		if h == "" {
			if v.text != "" {
				return 0, nil, false
			}
			continue
		}
		if !oneRowHeaderCell(h) {
			return 0, nil, false
		}
		if _, _, _, ok := parseCell(v.text); ok {
			nums++
		}
	}
	if nums < 2 {
		return 0, nil, false
	}
	var head, row []tcell
	for c := 0; c < n; c++ {
		if c > 0 && cells[c].text == "" {
			continue // an empty column: nothing over nothing
		}
		head, row = append(head, cells[c]), append(row, cells[n+c])
	}
	return len(head) - 1, append(head, row...), true
}

// oneRowHeaderCell reports a header cell of a known form: a quantity with
// its unit in brackets (发病数(例), 床位数(张)) or a period (2023年, 本年).
func oneRowHeaderCell(h string) bool {
	t := trimText(h)
	if gridYear(t) || headerYear(t) != 0 && len(t) <= 3*6 || isPeriodHeader(t) {
		return true
	}
	_, u := headerUnit(t)
	return u != ""
}
