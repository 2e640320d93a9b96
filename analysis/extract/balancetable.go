package extract

// Tables that set two tables of the same columns side by side: a budget's
// 收支平衡表 writes its revenue and its expenditure in one grid, each half a
// label column and the same value columns (科目名称 | 执行数 | 决算数 | 科目名称
// | 执行数 | 决算数), a row of each half on every line.

// sideBySideHalves is the rule for such a table: a header row without a
// number whose cells repeat, after a second label column, the value
// columns of the first half (收入 | 预算数 | 决算数 | 支出 | 预算数 | 决算数),
// and body rows with a label (no number) under each half's label column.
// It returns each half as a table of its own — the header's half, then the
// halves of the body rows that hold a row (sideBySideRow) — and ok; ok is
// false for any other table, and for a document's table (its rows carry
// grid columns the halves would have to renumber).
func sideBySideHalves(rows []trow) (halves [][]trow, ok bool) {
	if len(rows) < 3 || rowHasNumber(rows[0]) {
		return nil, false
	}
	for _, r := range rows {
		if r.cols != nil {
			return nil, false
		}
	}
	hdr := rows[0].cells
	w := halfWidth(hdr)
	if w == 0 {
		return nil, false
	}
	n := len(hdr) / w
	labels, numbers := 0, 0
	for _, r := range rows[1:] {
		if w >= len(r.cells) || !rowHasNumber(r) {
			continue
		}
		if isHalfValue(r.cells[w].text) {
			if trimText(r.cells[w].text) != "" {
				numbers++
			}
		} else {
			labels++
		}
	}
	if labels < 2 || numbers >= labels {
		return nil, false // the second label column holds numbers: no halves
	}
	halves = make([][]trow, n)
	for i := range n {
		halves[i] = []trow{cellsRow(hdr[i*w : (i+1)*w])}
	}
	for _, r := range rows[1:] {
		for i, h := range sideBySideRow(r.cells, w, n) {
			if h != nil && halfTotalLabel(h[0].text) {
				// 收入 | … over 总计 | 155.41: the total of the half's 收入
				if side := trimText(hdr[i*w].text); halfSideName(side) {
					h = append([]tcell{{text: side + trimText(h[0].text), start: h[0].start, end: h[0].end}}, h[1:]...)
				}
			}
			if h != nil {
				halves[i] = append(halves[i], trow{cells: h, start: h[0].start, end: h[len(h)-1].end, unit: r.unit})
			}
		}
	}
	return halves, true
}

// halfWidth is the width of a half of a side-by-side header: the least w
// of two or more that divides the header into halves each opening with a
// label cell and then writing the first half's value headers again, the
// same text in the same order; 0 when no width does.
func halfWidth(hdr []tcell) int {
	for w := 2; 2*w <= len(hdr); w++ {
		if len(hdr)%w != 0 {
			continue
		}
		same := true
		for i := 0; same && i < len(hdr); i += w {
			if l := trimText(hdr[i].text); l == "" || isHalfValue(l) {
				same = false
			}
			for j := 1; same && j < w; j++ {
				t := trimText(hdr[i+j].text)
				same = t != "" && !isHalfValue(t) && t == trimText(hdr[j].text)
			}
		}
		if same {
			return w
		}
	}
	return 0
}

// isHalfValue reports a cell that stands in a value column: a number, a
// missing mark or an empty cell.
func isHalfValue(t string) bool {
	t = trimText(t)
	if t == "" || isMissingMark(t) {
		return true
	}
	_, _, _, ok := parseCell(t)
	return ok
}

// cellsRow is a row of the given cells, spanning them.
func cellsRow(cells []tcell) trow {
	return trow{cells: cells, start: cells[0].start, end: cells[len(cells)-1].end}
}

// sideBySideRow is the rule for a body row of a side-by-side table of n
// halves of width w: read by position when every half has a label (or is
// empty) in its label column and values in its value columns; otherwise
// the copy dropped an empty cell and moved the rest (区域间转移性收入 | 300 |
// 安排稳定调节金 | 8,161 | 8,161 | with the empty cell last), and the row is
// read by its labels: each label and the values after it, empty cells at
// its end dropped, is the row of the half of its order, kept only when it
// writes every value column — a half short of a value cannot say which
// column it left empty. A half without a row is nil.
func sideBySideRow(cells []tcell, w, n int) [][]tcell {
	out := make([][]tcell, n)
	positional := true
	for i := 0; positional && i < n; i++ {
		if (i+1)*w > len(cells) {
			if i*w < len(cells) {
				positional = false // a half cut short
			}
			break
		}
		h := cells[i*w : (i+1)*w]
		for _, c := range h[1:] {
			if !isHalfValue(c.text) {
				positional = false
			}
		}
		switch label := trimText(h[0].text); {
		case label == "":
			for _, c := range h[1:] {
				if trimText(c.text) != "" {
					positional = false
				}
			}
		case isHalfValue(label):
			positional = false
		default:
			out[i] = h
		}
	}
	if positional {
		return out
	}
	out = make([][]tcell, n)
	var segs [][]tcell
	for k, c := range cells {
		switch {
		case !isHalfValue(c.text):
			segs = append(segs, []tcell{c})
		case len(segs) > 0:
			segs[len(segs)-1] = append(segs[len(segs)-1], c)
		case trimText(c.text) != "" || k == 0:
			return out // values before any label: nothing to read them by
		}
	}
	if len(segs) != n {
		return out
	}
	for i, sg := range segs {
		for len(sg) > 1 && trimText(sg[len(sg)-1].text) == "" {
			sg = sg[:len(sg)-1]
		}
		if len(sg) == w {
			out[i] = sg
		}
	}
	return out
}

// sideBySideStream is the rule for a side-by-side table copied one cell a
// line (收入 | 执行数 | 支出 | 执行数 then 总计 | 155.41 | 总计 | 155.41 | …, a
// line of bars alone, ||, for a half with no row): the header is the
// cells before the first row's label, no number among them, that
// halfWidth divides into halves; the body is read in rows of the header's
// width, each half a label (or empty) and then values, up to the first
// group of cells that is no such row (a last row cut short by the end of
// the stream is filled with empty cells). It returns the header and the body
// rows, for sideBySideHalves to split; ok is false unless at least two
// rows are read.
func sideBySideStream(cells []tcell) (rows []trow, ok bool) {
	lead := 0
	for lead < len(cells) && cells[lead].text != "" && !isHalfValue(cells[lead].text) {
		lead++
	}
	h := lead - 1 // the last word before the first value is the first row's label
	if h < 4 || lead >= len(cells) {
		return nil, false
	}
	w := halfWidth(cells[:h])
	if w == 0 {
		return nil, false
	}
	rows = append(rows, cellsRow(cells[:h]))
	for i := h; i < len(cells); i += h {
		chunk := cells[i:min(i+h, len(cells))]
		if len(chunk) < h {
			// the last row, its empty half's cells not written: 接受援助收入 | 0.21 | and the end
			pad := make([]tcell, h)
			copy(pad, chunk)
			for k := len(chunk); k < h; k++ {
				pad[k] = tcell{start: chunk[len(chunk)-1].end, end: chunk[len(chunk)-1].end}
			}
			chunk = pad
		}
		fits, written := true, false
		for k := 0; fits && k < h; k += w {
			label := chunk[k].text
			if label != "" && isHalfValue(label) {
				fits = false
				break
			}
			for j := k + 1; j < k+w; j++ {
				t := chunk[j].text
				if !isHalfValue(t) || label == "" && t != "" {
					fits = false
					break
				}
				written = written || t != "" && !isMissingMark(t)
			}
		}
		if !fits || !written || chunk[0].text == "" {
			break
		}
		rows = append(rows, cellsRow(chunk))
	}
	if len(rows) < 3 {
		return nil, false
	}
	return rows, true
}

// halfTotalLabel reports a row label of a side-by-side table that names
// its half's total only: 总计, 合计 (no word of what is totalled).
func halfTotalLabel(t string) bool {
	switch removeHanSpaces(trimText(t)) {
	case "总计", "合计":
		return true
	}
	return false
}

// halfSideName is the rule for the label header of a half of a
// side-by-side table that names what the half counts, the words a balance
// table heads its halves with: 收入, 支出, 资金来源, 资金运用, 资产, 负债. A
// generic label header (项目, 科目名称) names nothing, and its half's 总计
// stays 总计.
func halfSideName(t string) bool {
	switch removeHanSpaces(t) {
	case "收入", "支出", "资金来源", "资金运用", "资产", "负债":
		return true
	}
	return false
}
