package extract

import "strings"

// Company tables copied from a PDF whose cells the copy wrote without a
// space between them: a row's label, its amounts and the next row's label
// in one run of characters (营业收入(元)97,211,657.44-29.43%268,499,149.54
// -13.84%归属于上市公司股东的净利润(元)7,433,860.76…).

// amountRunByte reports a byte that may be part of a run of amounts.
func amountRunByte(c byte) bool {
	return c >= '0' && c <= '9' || c == '.' || c == ',' || c == '-' || c == '+' || c == '%'
}

// gluedRowPieces is the rule for a token of a flattened company table that
// holds labels and amounts run together: labels (text with a Han character
// that does not end in a digit: companyLabelText) and runs of amounts
// written with a decimal point, each run split into its amounts by
// numberRunPieces (fixed decimals, signs and % ending a change) or one
// value. Digits without a decimal point stay in the label they are written
// in (前5名, 2023年). It returns the pieces' spans in t, labels and amounts
// in order, when the token holds at least one label and one run after or
// before it and every piece reads so; nil otherwise (the token is then
// read whole, as gluedPieces reads it).
func gluedRowPieces(t string) [][2]int {
	var out [][2]int
	labels, runs := 0, 0
	text := -1 // start of the label being read, -1 if none
	for i := 0; i < len(t); {
		if !amountRunStart(t, i) {
			if text < 0 {
				text = i
			}
			i++
			continue
		}
		j := i
		for j < len(t) && amountRunByte(t[j]) {
			j++
		}
		run := t[i:j]
		if !strings.Contains(run, ".") || j < len(t) && !amountRunEnd(t, j) {
			// 2023年, 前5名, 1.5倍: digits of the label.
			if text < 0 {
				text = i
			}
			i = j
			continue
		}
		if text >= 0 {
			if !companyLabelText(t[text:i]) {
				return nil
			}
			out = append(out, [2]int{text, i})
			labels++
			text = -1
		}
		ps := runAmountPieces(run)
		if ps == nil {
			return nil
		}
		for _, p := range ps {
			out = append(out, [2]int{i + p[0], i + p[1]})
		}
		runs++
		i = j
	}
	if text >= 0 {
		if !companyLabelText(t[text:]) {
			return nil
		}
		out = append(out, [2]int{text, len(t)})
		labels++
	}
	if labels == 0 || runs == 0 {
		return nil
	}
	return out
}

// runAmountPieces splits a run of amounts into its amounts: numberRunPieces
// (fixed decimals, signs and % ending a change) or the run as one value,
// a missing mark that ends the run apart (missingTailMark). Nil when the
// run reads neither way.
func runAmountPieces(run string) [][2]int {
	body := run
	tail := missingTailMark(run)
	if tail {
		body = run[:len(run)-1]
	}
	ps := numberRunPieces(body)
	if ps == nil {
		if !flatValueToken(body) {
			return nil
		}
		ps = [][2]int{{0, len(body)}}
	}
	if tail {
		ps = append(ps, [2]int{len(body), len(run)})
	}
	return ps
}

// missingTailMark is the rule for a run of amounts a copy wrote without
// the space between its cells whose last cell is the missing mark -
// (…21.90%-, …-1,296,807.99-, 12.73161.90-: a change the form does not
// compute for a rate, a sign change or a multiple): a dash right after an
// amount's last digit or its %, at the run's end, is a cell of its own, not
// the sign of an amount (a sign stands before digits).
func missingTailMark(run string) bool {
	n := len(run)
	if n < 3 || run[n-1] != '-' {
		return false
	}
	c := run[n-2]
	return (c >= '0' && c <= '9' || c == '%') && strings.Contains(run[:n-1], ".")
}

// amountRunStart reports a run of amounts starting at byte i of t: a digit,
// or a sign before a digit, after a byte that is no digit, point or comma.
func amountRunStart(t string, i int) bool {
	if i > 0 && amountRunByte(t[i-1]) && t[i-1] != '%' {
		return false
	}
	c := t[i]
	if c >= '0' && c <= '9' {
		return true
	}
	return (c == '-' || c == '+') && i+1 < len(t) && isDigitAt(t, i+1)
}

// amountRunEnd reports a run of amounts that ends at byte j of t before a
// label: a Han character or a bracket, not a unit or letter that would make
// the number a quantity of the label (1.5倍, 3.2万).
func amountRunEnd(t string, j int) bool {
	rest := t[j:]
	if hasPrefixAny(rest, []string{"倍", "万", "亿", "千", "百", "元", "个", "次", "年", "月", "日", "岁", "人", "天"}) != "" {
		return false
	}
	r := rest[0]
	return r >= 0x80 || r == '('
}

// brokenAmountTail is the rule for a line of a flattened company table
// that a page break cut inside an amount: the line ends in digits without
// a decimal point right after a complete cell (…-73.78%1, …5,151,065.83
// 1), the amounts of the table being written with one. It returns the
// count of those digits at the end of t (the last token of the line),
// 0 when t does not end so.
func brokenAmountTail(t string) int {
	k := len(t)
	for k > 0 && isDigitAt(t, k-1) {
		k--
	}
	n := len(t) - k
	if n == 0 || n > 3 || k == 0 {
		return 0
	}
	head := t[:k]
	if head[k-1] != '%' {
		return 0
	}
	if len(gluedRowPieces(head)) == 0 && len(gluedPieces(head)) < 2 && !flatValueToken(head) {
		return 0
	}
	return n
}

// brokenCellEnd is where the rest of a cell that a page break cut ends on
// the next line s[a:b]: after the first amount written with a decimal
// point (the page's furniture may stand before it: 3、6,447,573.79 after a
// line ending in 1). -1 when no such amount starts the line's first token,
// or when the first token starts with no digit (the break was between
// cells).
func brokenCellEnd(s string, a, b int) int {
	if a >= b || !isDigitAt(s, a) {
		return -1
	}
	tokEnd := a
	for tokEnd < b && s[tokEnd] != ' ' {
		tokEnd++
	}
	for i := a; i < tokEnd; i++ {
		if !isDigitAt(s, i) || i > a && amountRunByte(s[i-1]) {
			continue
		}
		j := i
		for j < tokEnd && (isDigitAt(s, j) || s[j] == ',' || s[j] == '.') {
			j++
		}
		if dot := strings.IndexByte(s[i:j], '.'); dot > 0 && dot < j-i-1 {
			return j
		}
		i = j
	}
	return -1
}

// ownPeriodEmpty is the rule for a change column whose header starts with
// the period of a level column to its left in its group (本报告期 |
// 本报告期比上年同期增减 | 年初至报告期末 | 年初至报告期末比上年同期增减, the
// longest such period) when that level's cell in the row gave no figure (a
// missing mark, a cell the copy lost): the change is of that period's level
// and of no other column's, so it has no level in the row. False when no
// level column's period starts the header, or when that level was read.
func ownPeriodEmpty(rowFigs []int, cols []tableColumn, c int) bool {
	head := cols[c].head
	best, empty := 0, false
	for k := c - 1; k >= 1; k-- {
		if cols[k].group != cols[c].group {
			break
		}
		p := cols[k].period
		if k >= len(rowFigs) || cols[k].change != "" || p == "" || len(p) <= best || len(p) >= len(head) || !strings.HasPrefix(head, p) {
			continue
		}
		best, empty = len(p), rowFigs[k] == 0
	}
	return empty
}

// doubleSpacedAt is the rule for a company table a copy wrote with a blank
// line after every line: the line at pos (the first after the header) is
// blank and the line after it is not.
func doubleSpacedAt(s string, pos int) bool {
	if pos >= len(s) {
		return false
	}
	e := nextLine(s, pos)
	if a, b := trimSpace(s, pos, e); a < b || e >= len(s) {
		return false
	}
	e2 := nextLine(s, e+1)
	a2, b2 := trimSpace(s, e+1, e2)
	return a2 < b2
}

// skipBlankLines is where the first line that is not blank starts, from
// pos, over at most n blank lines; pos when the lines from pos are no such
// run (more blank lines, or the text's end).
func skipBlankLines(s string, pos, n int) int {
	p := pos
	for k := 0; k < n && p < len(s); k++ {
		e := nextLine(s, p)
		if a, b := trimSpace(s, p, e); a < b {
			return p
		}
		p = e + 1
	}
	if p < len(s) {
		if a, b := trimSpace(s, p, nextLine(s, p)); a < b {
			return p
		}
	}
	return pos
}

// nonRecurringTerm is the term of the A-share forms a label may be cut
// inside: 扣除非经常性损益 (before non-recurring gains and losses).
const nonRecurringTerm = "扣除非经常性损益"

// cutNonRecurring is the rule for a label that ends inside the term
// 扣除非经常性损益 (归属于上市公司股东的扣除非, …扣除非经常性): the line after
// it goes on with the term, the label is not complete.
func cutNonRecurring(label string) bool {
	k := strings.LastIndex(label, "扣除")
	if k < 0 {
		return false
	}
	rest := label[k:]
	return len(rest) < len(nonRecurringTerm) && strings.HasPrefix(nonRecurringTerm, rest)
}
