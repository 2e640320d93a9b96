package extract

import (
	"strings"
)

// Company tables whose copy wrote the header as one | row and then every
// cell on a line of its own, as finance pages copy a results table.

// companyColumnHeader reports a column header of the company forms: a
// period, a year or date (2018年, 2018年末, 2018-12-31), a quarter, a change
// column (本期比上年同期增减(%)) or a restatement (调整后), the whole text.
func companyColumnHeader(h string) bool {
	if h == "" {
		return false
	}
	if e := changeTokenEnd(h, 0); e == len(h) {
		return true
	}
	if e := periodTokenEnd(h, 0); e == len(h) {
		return true
	}
	return prefixAt(h, 0, companyRestated) == h
}

// companyLabelHeader reports the header over a company table's labels
// (主要会计数据, 主要财务指标, 项目), the whole text.
func companyLabelHeader(h string) bool {
	return h != "" && prefixAt(h, 0, companyLabelHeaders) == h
}

// ruleLine reports a Markdown rule line (---|---|, |:---:|): dashes,
// colons, spaces and bars only, with a dash.
func ruleLine(t string) bool {
	if !strings.Contains(t, "-") {
		return false
	}
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case '-', ':', '|', ' ':
		default:
			return false
		}
	}
	return true
}

// streamValueCell reports a cell of a company table that stands among a
// row's values: empty, a missing mark, a number, a change written out or
// 不适用.
func streamValueCell(t string) bool {
	if t == "" || isMissingMark(t) || companyValueCell(t) {
		return true
	}
	if currencyPrefixed(t) != t {
		_, _, _, ok := cellWithUnit(t) // 港币8.71仙
		return ok
	}
	_, _, _, ok := parseCell(t)
	return ok
}

// singleCellNext reports whether the first line from pos that is no rule
// line (---|---|) is a cell alone: text |.
func singleCellNext(s string, pos int) bool {
	for k := 0; k < 2 && pos < len(s); k++ {
		e := nextLine(s, pos)
		a, b := trimSpace(s, pos, e)
		line := s[a:b]
		if ruleLine(line) {
			pos = e + 1
			continue
		}
		return len(line) > 1 && strings.IndexByte(line, '|') == len(line)-1
	}
	return false
}

// maxHeadedStreamCells bounds the cells headedCellStream reads.
const maxHeadedStreamCells = 4 * maxTableRows

// headedCellStream is the rule for a company table whose copy wrote the
// header as a | row and then every cell on a line of its own (主要会计数据 |
// 2018年 | 2017年 | 本期比上年同期增减(%) | 2016年 | over 营业收入 | then
// 13,689,875,849.6 | …, an empty cell a line | or ||| of its own). The
// header gives the width; the cells after it are read in rows of that
// width: a label and its values, or an inner header of the same columns
// (2018年末 | 2017年末 | 本期末比上年同期末增减(%) | 2016年末, the empty cell
// over the labels before or after it; 主要财务指标 | 2018年 | …). The rows
// end at the first cell that reads as neither; nil when the lines at ls
// are not such a table or give fewer than two rows of values.
func (x *extractor) headedCellStream(ls int) ([]trow, int) {
	s := x.s
	le := nextLine(s, ls)
	a, b := trimSpace(s, ls, le)
	if b-a < 8 || strings.Count(s[a:b], "|") < 3 || !singleCellNext(s, le+1) {
		return nil, ls
	}
	hdr := splitCells(s, a, b, nil)
	width := len(hdr)
	if width < 3 {
		return nil, ls
	}
	if t := hdr[0].text; t != "" && !companyLabelHeader(t) {
		return nil, ls
	}
	for _, c := range hdr[1:] {
		if !companyColumnHeader(c.text) {
			return nil, ls
		}
	}
	// The cells, one a line: text |, or | alone (an empty cell; ||| three).
	var cells []tcell
	lineEnd := []int{} // the end of the line each cell stands on
	pos := le + 1
	first := true
lines:
	for pos < len(s) && len(cells) < maxHeadedStreamCells {
		e := nextLine(s, pos)
		ca, cb := trimSpace(s, pos, e)
		line := s[ca:cb]
		if ca >= cb {
			break
		}
		if ruleLine(line) {
			pos = e + 1 // ---|---|: under a header
			continue
		}
		bars := strings.Count(line, "|")
		switch {
		case strings.Trim(line, "|") == "":
			for k := 0; k < bars; k++ {
				cells = append(cells, tcell{start: ca, end: ca})
				lineEnd = append(lineEnd, cb)
			}
		case bars == 1 && strings.HasSuffix(line, "|"):
			ta, tb := trimSpace(s, ca, cb-1)
			cells = append(cells, tcell{text: s[ta:tb], start: ta, end: tb})
			lineEnd = append(lineEnd, cb)
		default:
			break lines // not a cell line: the stream ends
		}
		if first && (len(cells) == 0 || cells[0].text == "") {
			return nil, ls // a table of its own: its rows are | rows
		}
		first = false
		pos = e + 1
	}
	rows := []trow{{cells: hdr, start: a, end: b}}
	data, end, last := 0, b, 0
	for i := 0; i < len(cells); {
		t := cells[i].text
		if t == "" {
			i++ // the empty cell over the labels of an inner header
			continue
		}
		// An inner header: the columns' headers, one over the labels first
		// or an empty cell before or after them.
		j := i
		if companyLabelHeader(t) {
			j++
		}
		k := j
		for k < len(cells) && k-j < width-1 && companyColumnHeader(cells[k].text) {
			k++
		}
		if k-j == width-1 {
			h := trow{start: cells[i].start, end: cells[k-1].end}
			if j == i {
				h.cells = append(h.cells, tcell{start: cells[i].start, end: cells[i].start})
			}
			h.cells = append(h.cells, cells[i:k]...)
			rows = append(rows, h)
			i = k
			continue
		}
		if k > j || !companyLabelText(t) || i+width > len(cells) {
			break
		}
		ok := true
		for _, c := range cells[i+1 : i+width] {
			if !streamValueCell(c.text) {
				ok = false
				break
			}
		}
		if !ok {
			break
		}
		r := trow{cells: cells[i : i+width], start: cells[i].start, end: cells[i+width-1].end}
		if writtenCells(r) > 1 {
			// A label with its cells all left empty (稀释每股收益(元/股) |
			// then | and |||) gives no figure; it heads no section.
			rows = append(rows, r)
			data++
		}
		end, i = lineEnd[i+width-1], i+width
		last = len(rows)
	}
	if data < 2 {
		return nil, ls
	}
	return rows[:last], min(nextLine(s, end)+1, len(s))
}

// maxFrozenLabels bounds the labels frozenLabelColumn reads.
const maxFrozenLabels = 200

// frozenLabelColumn is the rule for a finance page's table copied as two
// tables, its label column first (as the page freezes it while the periods
// scroll): a column of one header and labels, each line text | (报告日期 |
// then ---| then 基本每股收益(元) | …), then a | table of period columns
// (2022-03-31 | 2021-12-31 | …) whose rows hold values only. The rows of
// values are the labels' rows in order (a copy that lost the last rows
// lost their values, not the first labels'); the header over the labels
// heads the periods. nil when the lines at ls are not so: a label that is
// a value, a period header that is no period, a row that is not all values
// or more rows than labels.
func (x *extractor) frozenLabelColumn(ls int) ([]trow, int) {
	s := x.s
	// The label column: single cells, text |.
	single := func(a, b int) (tcell, bool) {
		line := s[a:b]
		if strings.Count(line, "|") != 1 || !strings.HasSuffix(line, "|") {
			return tcell{}, false
		}
		ta, tb := trimSpace(s, a, b-1)
		return tcell{text: s[ta:tb], start: ta, end: tb}, ta < tb
	}
	le := nextLine(s, ls)
	a, b := trimSpace(s, ls, le)
	head, ok := single(a, b)
	if !ok || streamValueCell(head.text) {
		return nil, ls
	}
	var labels []tcell
	pos := le + 1
	for pos < len(s) && len(labels) <= maxFrozenLabels {
		e := nextLine(s, pos)
		ca, cb := trimSpace(s, pos, e)
		if ca < cb && ruleLine(s[ca:cb]) && strings.Count(s[ca:cb], "|") <= 1 && len(labels) == 0 {
			pos = e + 1
			continue
		}
		c, ok := single(ca, cb)
		if !ok {
			break
		}
		if streamValueCell(c.text) || !companyLabelText(c.text) {
			return nil, ls
		}
		labels = append(labels, c)
		pos = e + 1
	}
	if len(labels) < 2 || pos >= len(s) {
		return nil, ls
	}
	// The periods' table.
	e := nextLine(s, pos)
	ca, cb := trimSpace(s, pos, e)
	periods := splitCells(s, ca, cb, nil)
	if len(periods) < 2 {
		return nil, ls
	}
	for _, c := range periods {
		if !companyColumnHeader(c.text) {
			return nil, ls
		}
	}
	hdr := trow{cells: append([]tcell{head}, periods...), start: ca, end: cb}
	rows := []trow{hdr}
	end := cb
	pos = e + 1
	for pos < len(s) {
		e := nextLine(s, pos)
		ra, rb := trimSpace(s, pos, e)
		if ra >= rb {
			break
		}
		if ruleLine(s[ra:rb]) && len(rows) == 1 {
			pos = e + 1
			continue
		}
		if !isTableLine(s[ra:rb]) {
			break
		}
		vals := splitCells(s, ra, rb, nil)
		if len(vals) != len(periods) || len(rows) > len(labels) {
			return nil, ls
		}
		for _, c := range vals {
			if !streamValueCell(c.text) {
				return nil, ls
			}
		}
		rows = append(rows, trow{cells: append([]tcell{labels[len(rows)-1]}, vals...), start: ra, end: rb})
		end = rb
		pos = e + 1
	}
	if len(rows) < 2 {
		return nil, ls
	}
	return rows, min(nextLine(s, end)+1, len(s))
}
