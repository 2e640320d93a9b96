package extract

import (
	"strings"
	"unicode/utf8"
)

// Company tables copied one cell a line with no | at all, as a page's text
// copies the forms of a quarterly report (项目, then 本报告期末, 上年度期末,
// 本报告期末比上年度期末增减(%) each on a line, then each row's label and
// values the same way).

// maxCellLineColumns bounds the column headers companyCellLines reads.
const maxCellLineColumns = 8

// cellLine is a trimmed line of the input: its text and span.
func (x *extractor) cellLine(pos int) (c tcell, next int) {
	e := nextLine(x.s, pos)
	a, b := trimSpace(x.s, pos, e)
	return tcell{text: x.s[a:b], start: a, end: b}, e + 1
}

// companyCellLines is the rule for a company's table copied one cell a
// line: a header over the labels alone on its line (项目, 主要会计数据), two
// or more column headers of the forms each on a line (companyColumnHeader;
// or one amount's header alone, 金额(单位:元), as 非经常性损益项目 heads its
// items;
// a span of months on the line after a period is that period's:
// 报告期 then (7-9月)), then rows, each a label on its line and a value on
// each line after it. A row with as many values as columns is read; a row
// with fewer (a copy that left cells empty without a mark) is skipped, as
// which columns its values stand in is not written; the table ends at a
// label with no value, a line too long for a cell, or a row with more
// values. nil when the lines at ls are not so or give no full row.
func (x *extractor) companyCellLines(ls int) ([]trow, int) {
	s := x.s
	head, pos := x.cellLine(ls)
	scoped := !companyLabelHeader(head.text) && periodScopeHeading(head.text)
	if !companyLabelHeader(head.text) && !scoped {
		return nil, ls
	}
	unit := ""
	if scoped {
		// 截至十二月三十一日止年度 over the labels, then 千港元: the
		// amounts' unit.
		head = tcell{start: head.start, end: head.start}
		if u, next := x.cellLine(pos); unitOnlyHeader(u.text) != "" {
			unit, pos = unitOnlyHeader(u.text), next
		}
	}
	groups, pos := x.scopeGroupLines(pos)
	var cols []tcell
	for pos < len(s) && len(cols) <= maxCellLineColumns {
		c, next := x.cellLine(pos)
		if c.text == "" {
			break
		}
		if len(cols) > 0 && monthsBracketEnd(c.text, 0) == len(c.text) {
			p := &cols[len(cols)-1]
			if periodTokenEnd(p.text, 0) != len(p.text) || strings.Contains(p.text, "(") || strings.Contains(p.text, "（") {
				return nil, ls // months under no period, or a second span
			}
			p.text = s[p.start:p.end] + c.text
			p.end = c.end
			pos = next
			continue
		}
		if cy, _ := yearColumnCell(c.text); !companyColumnHeader(c.text) && !(scoped && cy) && (len(cols) > 0 || !amountColumnHeader(c.text)) {
			break // (二零二三年 heads a column under 截至…止年度)
		}
		cols = append(cols, c)
		pos = next
	}
	if len(cols) == 0 || len(cols) > maxCellLineColumns || len(cols) == 1 && !amountColumnHeader(cols[0].text) {
		return nil, ls
	}
	if scoped {
		pos = x.columnNoteLines(cols, pos)
	}
	var rows []trow
	topic := head.text
	order := changeAfterPeriod(cols)
	if len(groups) > 0 {
		top, ok := groupedCellHeader(head, groups, cols)
		if !ok {
			return nil, ls
		}
		order = repeatOrder(changeAfterPeriod(cols[:len(cols)/len(groups)]), len(groups))
		head = tcell{start: head.start, end: head.start}
		rows = append(rows, top)
	}
	hdr := trow{cells: append([]tcell{head}, reorder(cols, order)...), start: head.start, end: cols[len(cols)-1].end, textLine: true}
	rows = append(rows, hdr)
	full, end := 0, hdr.end
	for pos < len(s) {
		label, next := x.cellLine(pos)
		if label.text == "" || streamValueCell(label.text) || !cellLineLabel(label.text) {
			break
		}
		vals := []tcell{label}
		for next < len(s) && len(vals) <= len(cols)+1 {
			v, n := x.cellLine(next)
			if v.text == "" || !streamValueCell(v.text) {
				break
			}
			vals = append(vals, v)
			next = n
		}
		switch n := len(vals) - 1; {
		case n == 0 || n > len(cols):
			if full > 0 && unit != "" {
				x.pendingUnit = unit
			}
			return x.cellLinesEnd(rows, full, end)
		case n == len(cols):
			label.text = topicTotal(topic, label.text)
			cells := append([]tcell{label}, reorder(vals[1:], order)...)
			rows = append(rows, trow{cells: cells, start: label.start, end: vals[n].end, textLine: true})
			full++
		}
		end = vals[len(vals)-1].end
		pos = next
	}
	if full > 0 && unit != "" {
		x.pendingUnit = unit
	}
	return x.cellLinesEnd(rows, full, end)
}

// periodScopeHeading is the rule for the heading a Hong Kong results table
// writes over its labels, the span its columns are of (截至十二月三十一日止年度,
// 截至2023年6月30日止六个月): 截至 or 截止, a date, 止 and a span
// (endedSpans), the whole text.
func periodScopeHeading(t string) bool {
	w := hasPrefixAny(t, []string{"截至", "截止"})
	if w == "" {
		return false
	}
	k := strings.Index(t, "日止")
	if k < 0 || !strings.Contains(t[:k], "月") {
		return false
	}
	rest := t[k+len("日止"):]
	return hasPrefixAny(rest, endedSpans) == rest && rest != ""
}

// cellLinesEnd returns companyCellLines's rows and the offset after end,
// nil when no row was full.
func (x *extractor) cellLinesEnd(rows []trow, full, end int) ([]trow, int) {
	if full == 0 {
		return nil, 0
	}
	return rows, min(nextLine(x.s, end)+1, len(x.s))
}

// changeAfterPeriod is the rule for a change column that names its period
// (本报告期比上年同期增减(%)) but does not stand after it, as the forms put
// the change of the quarter after the year-to-date column (报告期(7-9月) |
// 年初至报告期期末(1-9月) | 本报告期比上年同期增减(%)): the order of the
// columns with each such change moved after the column of its period
// (报告期 is 本报告期). nil when every change stands after its period or
// names none of the columns. A change after either of the periods it
// compares (本报告期末 | 上年度末 | 本报告期末比上年度末增减) stands as the
// forms put it.
func changeAfterPeriod(cols []tcell) []int {
	period := func(h string) string {
		p := h[:periodTokenEnd(h, 0)]
		return strings.TrimPrefix(p, "本")
	}
	order := make([]int, len(cols))
	for i := range order {
		order[i] = i
	}
	moved := false
	for ci, c := range cols {
		if changeTokenEnd(c.text, 0) != len(c.text) {
			continue
		}
		p := period(c.text)
		k := periodTokenEnd(c.text, 0)
		if p == "" || !strings.HasPrefix(c.text[k:], "比") {
			continue
		}
		q := period(c.text[k+len("比"):])
		if ci > 0 && (period(cols[ci-1].text) == p || period(cols[ci-1].text) == q) {
			continue // after the period or the one compared: the pair's change
		}
		target := -1
		for ti, t := range cols {
			if ti != ci && changeTokenEnd(t.text, 0) != len(t.text) && period(t.text) == p {
				if target >= 0 {
					return nil // two columns of the period: which one is not known
				}
				target = ti
			}
		}
		if target < 0 || target+1 == ci {
			continue
		}
		// move ci to just after target in order
		var o []int
		for _, k := range order {
			if k == ci {
				continue
			}
			o = append(o, k)
			if k == target {
				o = append(o, ci)
			}
		}
		order, moved = o, true
	}
	if !moved {
		return nil
	}
	return order
}

// reorder is cells in the order given (changeAfterPeriod), cells itself
// when order is nil.
func reorder(cells []tcell, order []int) []tcell {
	if order == nil {
		return cells
	}
	out := make([]tcell, len(order))
	for i, k := range order {
		out[i] = cells[k]
	}
	return out
}

// amountColumnHeader reports the header of a column of amounts that names
// no period: 金额 with its unit in brackets or none (金额, 金额(元),
// 金额（单位：万元）), the whole text.
func amountColumnHeader(h string) bool {
	rest, ok := strings.CutPrefix(h, "金额")
	if !ok {
		return false
	}
	if rest == "" {
		return true
	}
	_, u := headerUnit(h)
	return u != "" && (strings.HasSuffix(h, ")") || strings.HasSuffix(h, "）"))
}

// maxScopeGroups bounds the column groups of statements' scopes
// (consolidationScope) companyCellLines reads over its columns.
const maxScopeGroups = 3

// scopeGroupLines reads the lines at pos that each name a scope of the
// statements (合并, then 母公司: consolidationScope), as a copy one cell a
// line writes the groups over a statement's columns before the columns. It
// returns them and the offset after them; none when the lines there are not
// two or more such groups, all different.
func (x *extractor) scopeGroupLines(pos int) ([]tcell, int) {
	var groups []tcell
	next := pos
	for next < len(x.s) && len(groups) <= maxScopeGroups {
		c, n := x.cellLine(next)
		if _, ok := consolidationScope(c.text); !ok {
			break
		}
		for _, g := range groups {
			if g.text == c.text {
				return nil, pos
			}
		}
		groups = append(groups, c)
		next = n
	}
	if len(groups) < 2 || len(groups) > maxScopeGroups {
		return nil, pos
	}
	return groups, next
}

// groupedCellHeader is the rule for the columns under scope groups copied
// one cell a line (合并, 母公司, then 本期数, 上年同期数, 本期数, 上年同期数):
// the columns fall to the groups in turn, as many to each, and every group
// repeats the first one's headers. It returns the header row of the groups
// over the columns (the label header, then each group over the first of its
// columns and empty cells over the rest); ok is false when the columns do
// not so divide.
func groupedCellHeader(head tcell, groups, cols []tcell) (trow, bool) {
	if len(cols) < 2*len(groups) || len(cols)%len(groups) != 0 {
		return trow{}, false
	}
	k := len(cols) / len(groups)
	for i := k; i < len(cols); i++ {
		if cols[i].text != cols[i%k].text {
			return trow{}, false
		}
	}
	cells := []tcell{head}
	for _, g := range groups {
		cells = append(cells, g)
		for range k - 1 {
			cells = append(cells, tcell{start: g.end, end: g.end})
		}
	}
	return trow{cells: cells, start: head.start, end: groups[len(groups)-1].end, textLine: true}, true
}

// repeatOrder is the order of one group's k columns (changeAfterPeriod;
// nil for as written) repeated for n groups of k columns each; nil when
// order is nil.
func repeatOrder(order []int, n int) []int {
	if order == nil {
		return nil
	}
	k := len(order)
	out := make([]int, 0, k*n)
	for g := range n {
		for _, o := range order {
			out = append(out, g*k+o)
		}
	}
	return out
}

// maxCellLabel bounds a row label companyCellLines reads: the items of
// 非经常性损益 are written out in full (除同公司正常经营业务相关的有效套期保值
// 业务外，持有交易性金融资产…取得的投资收益).
const maxCellLabel = 160

// cellLineLabel reports a line that may be a row label of a company table
// copied one cell a line: Han characters, at most maxCellLabel of them, no
// sentence end (。；！？) and not ending in a comma, colon or digit. A comma
// inside is the label's own (计入当期损益的政府补助，但与企业正常经营业务密切相关
// 的除外), as the line holds nothing but the label.
func cellLineLabel(t string) bool {
	if t == "" || utf8.RuneCountInString(t) > maxCellLabel || strings.IndexFunc(t, isHan) < 0 || strings.ContainsAny(t, "。；;！？") {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	return !strings.ContainsRune("，,、：:0123456789", last)
}

// topicTotal is the rule for the total row of a table whose label header
// names what its items are (非经常性损益项目 over the items, then 合计): the
// total of that topic (非经常性损益合计), as the row alone names nothing.
// label as written for any other row or header (项目 names no topic).
func topicTotal(header, label string) string {
	if label != "合计" && label != "总计" {
		return label
	}
	topic, ok := strings.CutSuffix(header, "项目")
	if !ok || utf8.RuneCountInString(topic) < 2 {
		return label
	}
	return topic + label
}

// yearToDateGroup is the rule for the header of a quarterly report's
// table of two periods (项目 | 本报告期 | 本报告期比上年同期增减变动幅度(%) |
// 年初至报告期末 | 年初至报告期末比上年同期增减变动幅度(%)): each period with its
// change, the quarter first and the year to date second. It returns the
// index of the year to date's column in the header's cells, 0 when the
// header is not so.
func yearToDateGroup(hdr []tcell) int {
	if len(hdr) != 5 {
		return 0
	}
	quarter, ytd := hdr[1].text, hdr[3].text
	if !companyPeriodHeader(quarter) && quarterHeaderEnd(quarter, 0) != len(quarter) || !yearToDateHeader(ytd) {
		return 0
	}
	for _, c := range []string{hdr[2].text, hdr[4].text} {
		if l, u := headerUnit(c); changeTokenEnd(c, 0) != len(c) && changeHeader(l, u) == "" {
			return 0
		}
	}
	return 3
}

// yearToDateHeader reports a header naming the year to date (年初至报告期末,
// 年初至报告期末(1-9月), 本年初至报告期末).
func yearToDateHeader(h string) bool {
	w := prefixAt(h, 0, []string{"年初至报告期末", "年初至报告期期末", "年初至本报告期末", "本年初至报告期末"})
	return w != "" && (len(w) == len(h) || monthsBracketEnd(h, len(w)) == len(h))
}

// yearToDateRow is the rule for a row of a quarterly report's table of two
// periods (yearToDateGroup) that states the year to date only, as the
// forms have 经营活动产生的现金流量净额 (its quarter 不适用, a copy that drops
// those cells): a row of exactly the year to date's values gets empty
// cells for the quarter's, so that its values stand in their columns. It
// returns the row's cells, as they are when the rule does not apply.
func yearToDateRow(hdr []tcell, cells []tcell) []tcell {
	g := yearToDateGroup(hdr)
	if g == 0 || len(cells) != 1+len(hdr)-g {
		return cells
	}
	out := make([]tcell, 0, len(hdr))
	out = append(out, cells[0])
	for k := 1; k < g; k++ {
		out = append(out, tcell{start: cells[1].start, end: cells[1].start})
	}
	return append(out, cells[1:]...)
}

// auditNotes are the notes a Hong Kong table writes under its years
// (（未经审核）, (经审核), (重列)): no header of their own.
var auditNotes = []string{"未经审核", "未經審核", "经审核", "經審核", "经审计", "未经审计", "重列", "经重列", "經重列"}

// auditNote reports a column note of auditNotes, bracketed or not.
func auditNote(t string) bool {
	t = strings.TrimSpace(t)
	if b, ok := bracketBody(t); ok {
		t = strings.TrimSpace(b)
	}
	return t != "" && prefixAt(t, 0, auditNotes) == t
}

// columnNoteLines is the rule for the lines a Hong Kong summary copied one
// cell a line writes under its column headers: each column's unit
// (人民币千元, 人民币千元, % under 二零二三年, 二零二二年, 变动; or the units of
// the period columns only, the changes' left out) and each period's audit
// note ((未经审核)). The units go into their columns' headers (二零二三年
// (人民币千元)); the notes are dropped. It returns the offset after them.
func (x *extractor) columnNoteLines(cols []tcell, pos int) int {
	s := x.s
	for pos < len(s) {
		c, next := x.cellLine(pos)
		if !auditNote(c.text) {
			break
		}
		pos = next
	}
	var units []tcell
	p := pos
	for p < len(s) && len(units) < len(cols) {
		c, next := x.cellLine(p)
		t := strings.TrimSpace(strings.Trim(c.text, "()（）"))
		if t != "%" && unitOnlyHeader(c.text) == "" && !currencyScaleUnit(t) {
			break
		}
		units = append(units, tcell{text: t, start: c.start, end: c.end})
		p = next
	}
	var targets []int
	switch {
	case len(units) == len(cols):
		for k := range cols {
			targets = append(targets, k)
		}
	case len(units) > 0:
		for k, c := range cols {
			if l, u := headerUnit(c.text); changeTokenEnd(c.text, 0) != len(c.text) && changeHeader(l, u) == "" {
				targets = append(targets, k)
			}
		}
		if len(targets) != len(units) {
			return pos
		}
	default:
		return pos
	}
	for i, k := range targets {
		cols[k].text = cols[k].text + "(" + units[i].text + ")"
	}
	for p < len(s) {
		c, next := x.cellLine(p)
		if !auditNote(c.text) {
			break
		}
		p = next
	}
	return p
}
