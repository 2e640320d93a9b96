package extract

import (
	"strings"
	"unicode/utf8"
)

// Company tables a copy ran into one paragraph: header, labels and values
// one after another, apart by single spaces, the header's and labels'
// wrapped pieces apart too (主要会计数据 本报告期 (1-6月) 上年同期 本报告期比
// 上年同期增 减(%) 营业收入 824,133,908.07 1,083,292,306.88 -23.92 …).

// maxFlatLine bounds the paragraph flatCompanyLine reads.
const maxFlatLine = 8000

// flatToken is a space-apart token of a flattened table and its span.
type flatToken struct {
	text  string
	a, b  int
	value bool
}

// flatHeaderParse reads the text t (a run of words, spaces dropped) as the
// column headers of the company forms and then a label: an optional header
// over the labels (主要会计数据), then periods (with their months:
// 本报告期(1-6月)), years, change columns and restatements, then the rest.
// It returns the headers' ends in t (the label header's first when there is
// one, label tells) and where the rest starts.
func flatHeaderParse(t string) (ends []int, label bool, rest int) {
	i := 0
	if w := prefixAt(t, 0, companyLabelHeaders); w != "" && periodTokenEnd(t, 0) == 0 {
		ends, label, i = append(ends, len(w)), true, len(w)
	}
	for i < len(t) {
		e := changeTokenEnd(t, i)
		if e == i {
			e = periodTokenEnd(t, i)
			if e > i {
				e = monthsBracketEnd(t, e)
			}
		}
		if e == i {
			if w := prefixAt(t, i, companyRestated); w != "" {
				e = i + len(w)
			}
		}
		if e == i {
			break
		}
		ends = append(ends, e)
		i = e
	}
	return ends, label, i
}

// flatValueToken reports a token that is a value of a flattened company
// table: a number, a missing mark, a change written out (减少8.43个百分点)
// or 不适用.
func flatValueToken(t string) bool {
	return t != "" && streamValueCell(t)
}

// flatTokens splits s[a:b] at spaces into tokens, a change written out
// that the copy broke (减少8.43 个百分 点) put back together.
func flatTokens(s string, a, b int) []flatToken {
	var toks []flatToken
	for i := a; i < b; {
		j := strings.IndexByte(s[i:b], ' ')
		if j < 0 {
			j = b - i
		}
		if j > 0 {
			toks = append(toks, flatToken{text: s[i : i+j], a: i, b: i + j})
		}
		i += j + 1
	}
	out := make([]flatToken, 0, len(toks))
	for k := 0; k < len(toks); k++ {
		t := toks[k]
		if changeVerbNumber(t.text) {
			// 减少8.43 then 个百分点, or 个百分 then 点
			joined := t.text
			for m := k + 1; m < len(toks) && m <= k+3; m++ {
				joined += toks[m].text
				if companyValueCell(joined) {
					t = flatToken{text: joined, a: t.a, b: toks[m].b}
					k = m
					break
				}
			}
		}
		ps := gluedPieces(t.text)
		if len(ps) == 1 {
			if p := gluedRowPieces(t.text); p != nil {
				ps = p // 营业收入(元)97,211,657.44-29.43%…归属于…(元)7,433,860.76
			}
		}
		if len(ps) == 1 {
			t.value = flatValueToken(t.text) // its span may hold the spaces of a change put back together
			out = append(out, t)
			continue
		}
		for _, g := range ps {
			out = append(out, flatToken{text: t.text[g[0]:g[1]], a: t.a + g[0], b: t.a + g[1], value: flatValueToken(t.text[g[0]:g[1]])})
		}
	}
	return out
}

// gluedPieces is the rule for a token a PDF copy wrote without the space
// between its cells: a label and the amounts after it (归属于上市公司股东的
// 44,107,201.59, 基本每股收益(元/股)0.10-41.18) and amounts run together
// (49,718,296.95-37.94: numberRunPieces). It returns the pieces' spans in
// t: the label, if any, then each amount; t whole when it is one cell. The
// amounts must be written with a decimal point (a year or a code after a
// word, 2023年 or G20, is no amount).
func gluedPieces(t string) [][2]int {
	whole := [][2]int{{0, len(t)}}
	k := len(t)
	for k > 0 && strings.IndexByte("0123456789.,-+%", t[k-1]) >= 0 {
		k--
	}
	if k == len(t) || !strings.Contains(t[k:], ".") {
		return whole
	}
	for k < len(t) && (t[k] == ',' || t[k] == '.' || t[k] == '%') {
		k++ // a comma or point belongs to no number's start
	}
	run := t[k:]
	pieces := runAmountPieces(run)
	if pieces == nil {
		return whole
	}
	var out [][2]int
	if k > 0 {
		if !companyLabelText(t[:k]) {
			return whole
		}
		out = append(out, [2]int{0, k})
	} else if len(pieces) < 2 {
		return whole
	}
	for _, p := range pieces {
		out = append(out, [2]int{k + p[0], k + p[1]})
	}
	return out
}

// reportTitleWords name a report in its running header or footer.
var reportTitleWords = []string{"季度报告", "季度报", "年度报告", "年度报", "半年报", "年报"}

// pageTitleToken reports a token of a page's running header or footer that
// names the report (2022年第三季度报告, the pieces a copy broke it into:
// 年第三季度报, 3、告年第三季度报告).
func pageTitleToken(t string) bool {
	if utf8.RuneCountInString(t) > 16 {
		return false
	}
	for _, w := range reportTitleWords {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// pageNumberToken reports a page number (2, 2/12, the 2/1212 a copy that
// draws bold text twice writes) or a bare year (2022, 20222022) beside a
// report's title.
func pageNumberToken(t string) bool {
	n := 0
	for i := 0; i < len(t); i++ {
		switch {
		case isDigitAt(t, i):
		case t[i] == '/' && i > 0 && i < len(t)-1:
			n++
		default:
			return false
		}
	}
	return t != "" && n <= 1 && len(t) <= 8
}

// dropPageFooters is the rule for the running header or footer of a page
// that a table copied from a PDF carries where the page broke (… 5.38
// 2022 年第三季度报告 2/12 扣除非经常性损益的净利润 …): a report's title
// (pageTitleToken), a year before it and page numbers after it, at most
// three, are no cells and are dropped.
func dropPageFooters(toks []flatToken) []flatToken {
	out := toks[:0:0]
	for i := 0; i < len(toks); i++ {
		if !pageTitleToken(toks[i].text) {
			out = append(out, toks[i])
			continue
		}
		if n := len(out); n > 0 && pageNumberToken(out[n-1].text) && (len(out[n-1].text) == 4 || len(out[n-1].text) == 8) {
			out = out[:n-1] // the year before the title
		}
		for i+1 < len(toks) && pageTitleToken(toks[i+1].text) {
			i++
		}
		for k := 0; k < 3 && i+1 < len(toks) && pageNumberToken(toks[i+1].text); k++ {
			i++
		}
	}
	return out
}

// endsInPageTitle reports a line whose last tokens are a page's running
// header or footer: a table copied from a PDF goes on after it on the next
// line.
func endsInPageTitle(toks []flatToken) bool {
	n := len(toks)
	return n > 0 && pageTitleToken(toks[n-1].text) || n > 1 && pageTitleToken(toks[n-2].text) && pageNumberToken(toks[n-1].text)
}

// danglingLabel reports a label that a copy broke after a word that cannot
// end one (归属于上市公司股东的, 扣除非经常性损益及): its rest follows its
// values.
func danglingLabel(t string) bool {
	return hasSuffixAny(t, []string{"的", "之", "及", "和", "与"}) != ""
}

// changeVerbNumber reports a change verb and a number without the unit
// after them (减少8.43, 增加1.2), the start of a change the copy broke.
func changeVerbNumber(t string) bool {
	for _, v := range []string{"增加", "减少", "上升", "下降", "提高", "降低"} {
		if r, ok := strings.CutPrefix(t, v); ok {
			return onlyNumber(r)
		}
	}
	return false
}

// flatCompanyLine is the rule for a company's results table that the copy
// ran into one line (flatTokens): the header (flatHeaderParse, after any
// words before it: (一) 主要会计数据 单位:元 …) gives as many columns as the
// values after the first label; then each label, with an inner header of
// as many columns before it (本报告期末 上年度末 本报告期末 比上年度末 增减(%)),
// is followed by exactly that many values. The rows end at the first that
// does not read so; a 单位 before the header is the table's unit. nil when
// the line does not read so or gives fewer than two rows.
func (x *extractor) flatCompanyLine(ls int) ([]trow, int) {
	s := x.s
	le := nextLine(s, ls)
	a, b := trimSpace(s, ls, le)
	line := s[a:b]
	if len(line) <= 80 || len(line) > maxFlatLine || strings.Count(line, " ") < 8 || !strings.Contains(line, "减") && !strings.Contains(line, "增") && !strings.Contains(line, "季度") || hasPipeOrTab(line) {
		return nil, ls
	}
	toks := flatTokens(s, a, b)
	if endsInPageTitle(toks) && le < len(s) {
		// The page broke inside the table: the rows go on after the
		// running header on the next line.
		e2 := nextLine(s, le+1)
		a2, b2 := trimSpace(s, le+1, e2)
		if a2 < b2 && !hasPipeOrTab(s[a2:b2]) && b2-a <= maxFlatLine {
			toks = append(toks, flatTokens(s, a2, b2)...)
			le, b = e2, b2
		}
	}
	if n := len(toks); n > 0 && le < len(s) {
		if k := brokenAmountTail(s[toks[n-1].a:toks[n-1].b]); k > 0 {
			// A page break inside an amount (…-73.78%1 then 3、6,447,573.79
			// on the next line): the cell is read as missing, the rows go on.
			e2 := nextLine(s, le+1)
			a2, b2 := trimSpace(s, le+1, e2)
			if c := brokenCellEnd(s, a2, b2); c > 0 && b2-a <= maxFlatLine && !hasPipeOrTab(s[a2:b2]) {
				cut := toks[n-1].b - k
				toks = append(flatTokens(s, a, cut), flatToken{text: "—", a: cut, b: c, value: true})
				toks = append(toks, flatTokens(s, c, b2)...)
				le, b = e2, b2
			}
		}
	}
	toks = dropPageFooters(toks)
	// Runs of words and of values.
	type run struct{ i, j int }
	var runs []run
	for i := 0; i < len(toks); {
		j := i + 1
		for j < len(toks) && toks[j].value == toks[i].value {
			j++
		}
		runs = append(runs, run{i, j})
		i = j
	}
	if len(runs) < 4 || toks[runs[0].i].value {
		return nil, ls
	}
	compact := func(r run, from int) (string, []int) {
		var sb strings.Builder
		var at []int // byte of the compact text → token index
		for k := from; k < r.j; k++ {
			for range len(toks[k].text) {
				at = append(at, k)
			}
			sb.WriteString(toks[k].text)
		}
		return sb.String(), at
	}
	// headerRow reads the run from token k as a header of width columns
	// and a label; the header row and the label cell.
	headerRow := func(r run, k, width int) (trow, tcell, bool) {
		c, at := compact(r, k)
		ends, label, rest := flatHeaderParse(c)
		cols := len(ends)
		if label {
			cols--
		}
		if cols != width || rest >= len(c) || !companyLabelText(c[rest:]) {
			return trow{}, tcell{}, false
		}
		h := trow{textLine: true, start: toks[k].a, end: toks[at[rest-1]].b}
		if !label {
			h.cells = append(h.cells, tcell{start: toks[k].a, end: toks[k].a})
		}
		from := 0
		for _, e := range ends {
			h.cells = append(h.cells, tcell{text: c[from:e], start: toks[at[from]].a, end: toks[at[e-1]].b})
			from = e
		}
		return h, tcell{text: c[rest:], start: toks[at[rest]].a, end: toks[r.j-1].b}, true
	}
	width := runs[1].j - runs[1].i
	if width < 2 {
		return nil, ls
	}
	var rows []trow
	var lab tcell
	ok, unit := false, ""
	for k := runs[0].i; k < runs[0].j && !ok; k++ {
		var h trow
		if h, lab, ok = headerRow(runs[0], k, width); ok {
			if k > runs[0].i {
				unit = preambleUnit(s, toks[runs[0].i:k]) // (一) 主要会计数据 单位:元 币种:人民币
			}
			rows = append(rows, h)
		}
	}
	if !ok {
		return nil, ls
	}
	end, data := b, 0
	for ri := 1; ri < len(runs); ri += 2 {
		vr := runs[ri]
		r := trow{cells: []tcell{lab}, start: lab.start, end: toks[vr.j-1].b}
		for k := vr.i; k < vr.j; k++ {
			r.cells = append(r.cells, tcell{text: toks[k].text, start: toks[k].a, end: toks[k].b})
		}
		if vr.j-vr.i != width {
			// 经营活动产生的现金流量净额 with the year to date's cells only.
			if r.cells = yearToDateRow(rows[lastHeader(rows)].cells, r.cells); len(r.cells) != width+1 {
				break
			}
		}
		rows = append(rows, r)
		data++
		end = r.end
		if ri+1 >= len(runs) {
			break
		}
		// The next label, maybe under an inner header.
		tr := runs[ri+1]
		if h, l, ok := headerRow(tr, tr.i, width); ok {
			rows, lab = append(rows, h), l
			continue
		}
		if ri+2 < len(runs) {
			// 本报告期末 上年度末 本报告期末比上年度末增减 over the balance
			// rows: an inner header of its own width, read by the values
			// after its first label.
			if w := runs[ri+2].j - runs[ri+2].i; w >= 2 && w != width {
				if h, l, ok := headerRow(tr, tr.i, w); ok {
					rows, lab, width = append(rows, h), l, w
					continue
				}
			}
		}
		from := tr.i
		if prev := &rows[len(rows)-1].cells[0]; tr.j-tr.i >= 2 && danglingLabel(prev.text) && companyLabelText(toks[tr.i].text) {
			// 归属于上市公司股东的 | values | 扣除非经常性损益的净利润 then
			// the next label: the rest of the label above.
			prev.text += toks[tr.i].text
			from++
		}
		c, _ := compact(tr, from)
		if ends, _, _ := flatHeaderParse(c); len(ends) > 0 || !companyLabelText(c) {
			break
		}
		lab = tcell{text: c, start: toks[from].a, end: toks[tr.j-1].b}
	}
	if data < 2 {
		return nil, ls
	}
	if end < b {
		return nil, ls // the rest of the line would go unread
	}
	if unit != "" {
		x.pendingUnit = unit
	}
	return rows, min(le+1, len(s))
}

// preambleUnit is the unit the words before a flattened table's header
// state (一、主要财务数据 (一)主要会计数据和财务指标 单位:元 币种:人民币):
// the unit line read from the token that starts with 单位, "" if none.
func preambleUnit(s string, toks []flatToken) string {
	if len(toks) == 0 {
		return ""
	}
	if u := unitLine(s[toks[0].a:toks[len(toks)-1].b]); u != "" {
		return u
	}
	for k := len(toks) - 1; k >= 0; k-- {
		if i := strings.Index(toks[k].text, "单位"); i >= 0 {
			return unitLine(s[toks[k].a+i : toks[len(toks)-1].b])
		}
	}
	return ""
}
