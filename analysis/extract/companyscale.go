package extract

import (
	"strings"
)

// Finance pages that write amounts with a scale after the number and the
// base unit in the row's label (营业总收入(元) | 12.35亿 | 9870万).

// amountScales are the scales a finance page writes after an amount.
var amountScales = []string{"万亿", "亿", "万"}

// scaleEnd is the end of a scale written right after a number at byte j
// of t (12.35亿, 9870万) when nothing but a space or the end follows it; j
// if none.
func scaleEnd(t string, j int) int {
	w := prefixAt(t, j, amountScales)
	if w == "" {
		return j
	}
	if e := j + len(w); e == len(t) || t[e] == ' ' {
		return e
	}
	return j
}

// scaledAmount is the scale of a cell that is a number and a scale
// (12.35亿, -5000万: 亿, 万); "" for any other cell.
func scaledAmount(t string) string {
	for _, w := range amountScales {
		if strings.HasSuffix(t, w) {
			if _, _, pct, ok := parseCell(t[:len(t)-len(w)]); ok && !pct {
				return w
			}
			return ""
		}
	}
	return ""
}

// scaleRowCells is the rule for a row whose label names a base unit in
// brackets (营业总收入(元), 归属净利润（元）) and whose cells write amounts
// with a scale (12.35亿): the row is read in the scale and the base unit
// (营业总收入(亿元) | 12.35), the scale most of its cells write; a cell in
// another scale (9870万 among 亿) is left blank, no figure (one unit a
// row). A row whose label names no base unit, or a percent, keeps its
// cells, and its scaled ones are not read.
func scaleRowCells(r *trow) {
	if len(r.cells) < 2 {
		return
	}
	label := strings.TrimSpace(r.cells[0].text)
	name, unit := headerUnit(label)
	if unit == "" || strings.ContainsAny(unit, "%％/") || prefixAt(unit, 0, amountScales) != "" {
		return
	}
	count := map[string]int{}
	best := ""
	for _, c := range r.cells[1:] {
		if w := scaledAmount(c.text); w != "" {
			count[w]++
			if count[w] > count[best] {
				best = w
			}
		}
	}
	if best == "" {
		return
	}
	cells := append([]tcell(nil), r.cells...)
	cells[0].text = name + "(" + best + unit + ")"
	for k := 1; k < len(cells); k++ {
		c := &cells[k]
		switch w := scaledAmount(c.text); {
		case w == best:
			c.text = c.text[:len(c.text)-len(w)]
			if c.end-c.start >= len(w) {
				c.end -= len(w)
			}
		case w != "" || !isMissingMark(c.text) && c.text != "":
			c.text = "" // another scale, or a number in the base unit
		}
	}
	r.cells = cells
}

// scaledPipeTable is the rule for a | table of a finance page whose header
// is a label's header and periods (报告期 | 2023-12-31 | 2022-12-31 |) and
// whose rows write amounts with a scale (scaleRowCells): the rows, each a
// label and values only (numbers, scaled amounts, missing marks), as many
// as follow the header. nil unless some cell is a scaled amount.
func (x *extractor) scaledPipeTable(ls int) ([]trow, int) {
	s := x.s
	le := nextLine(s, ls)
	a, b := trimSpace(s, ls, le)
	if !strings.Contains(s[a:b], "-") && !strings.Contains(s[a:b], "年") && !strings.Contains(s[a:b], "期") {
		return nil, ls
	}
	if ahead := s[le:min(len(s), le+600)]; !strings.Contains(ahead, "亿") && !strings.Contains(ahead, "万") {
		return nil, ls // no scaled amount in the rows that follow
	}
	hdr := splitCells(s, a, b, nil)
	if len(hdr) < 3 || !companyLabelHeader(hdr[0].text) && hdr[0].text != "" {
		return nil, ls
	}
	for _, c := range hdr[1:] {
		if !companyColumnHeader(c.text) {
			return nil, ls
		}
	}
	rows := []trow{{cells: hdr, start: a, end: b}}
	scaled, end := false, b
	for pos := le + 1; pos < len(s); {
		e := nextLine(s, pos)
		ra, rb := trimSpace(s, pos, e)
		if ra >= rb || !isTableLine(s[ra:rb]) {
			break
		}
		if ruleLine(s[ra:rb]) {
			pos = e + 1
			continue
		}
		cells := splitCells(s, ra, rb, nil)
		if len(cells) != len(hdr) || !companyLabelText(cells[0].text) {
			break
		}
		ok := true
		for _, c := range cells[1:] {
			switch {
			case scaledAmount(c.text) != "":
				scaled = true
			case !streamValueCell(c.text):
				ok = false
			}
		}
		if !ok {
			break
		}
		r := trow{cells: cells, start: ra, end: rb}
		scaleRowCells(&r)
		rows = append(rows, r)
		end = rb
		pos = e + 1
	}
	if !scaled || len(rows) < 3 {
		return nil, ls
	}
	return rows, min(nextLine(s, end)+1, len(s))
}

// labelledValueLine is the rule for a line of a company report that states
// one figure as a table row does, its unit in the label's brackets and no
// header over it (截止报告期末股东总数(户) 41,395): a label ending in a unit
// in brackets and one value. It is read alone: the lines before and after
// it are no such rows (a run of them is a table, for the table rules). nil
// when the line at ls is not so.
func (x *extractor) labelledValueLine(ls, a, b int) ([]trow, int) {
	s := x.s
	line := s[a:b]
	if b-a > 160 || !strings.HasSuffix(strings.TrimRight(line, "0123456789,.- "), ")") && !strings.HasSuffix(strings.TrimRight(line, "0123456789,.- "), "）") {
		return nil, ls
	}
	end, vals, ok := companyRowLine(line)
	if !ok || len(vals) != 1 {
		return nil, ls
	}
	label := strings.TrimSpace(line[:end])
	if _, unit := headerUnit(label); unit == "" || !strings.HasSuffix(label, ")") && !strings.HasSuffix(label, "）") {
		return nil, ls
	}
	v := line[vals[0][0]:vals[0][1]]
	if _, _, _, ok := parseCell(v); !ok {
		return nil, ls // a missing mark or a change: no figure
	}
	isRow := func(p, q int) bool { // a row with a number
		t := s[p:q]
		_, vs, ok := companyRowLine(t)
		for _, v := range vs {
			if _, _, _, n := parseCell(t[v[0]:v[1]]); ok && n {
				return true
			}
		}
		return false
	}
	le := nextLine(s, ls)
	if le+1 < len(s) {
		if na, nb := trimSpace(s, le+1, nextLine(s, le+1)); na < nb && isRow(na, nb) {
			return nil, ls
		}
	}
	if ls > 0 {
		ps := strings.LastIndexByte(s[:ls-1], '\n') + 1
		if pa, pb := trimSpace(s, ps, ls-1); pa < pb && isRow(pa, pb) {
			return nil, ls
		}
	}
	hdr := trow{cells: []tcell{{text: "项目", start: a, end: a}, {text: "数值", start: a, end: a}}, start: a, end: a, textLine: true}
	r := trow{cells: []tcell{{text: label, start: a, end: a + end}, {text: v, start: a + vals[0][0], end: a + vals[0][1]}}, start: a, end: b}
	return []trow{hdr, r}, min(le+1, len(s))
}
