package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/annualstat/annualstat/analysis/doc"
	"github.com/annualstat/annualstat/internal/trim"
)

// Company results tables, as listed companies publish them in the forms of
// the CSRC's annual and quarterly reports (主要会计数据和财务指标, 分季度主要
// 财务指标, the 季度报告's 本报告期 | 年初至报告期末 table, 非经常性损益项目 |
// 金额 | 说明, 业绩快报), and as copies of them break: cells run together
// (1,234,567,890.121,100,000,000.0012.23), cells separated by single spaces,
// headers written as one run of words (本报告期末上年度末本报告期末比上年度末增减),
// labels wrapped onto the next line, negatives in parentheses. The rules
// here turn such copies into the rows of a text table, read by the rules of
// table.go.

// maxCompanyLine bounds the lines the company rules look at (a row of a
// results table is short); a longer line is prose.
const maxCompanyLine = 600

// bracketBody is what a text wholly in one pair of ASCII or full-width
// parentheses holds: "(88)" → "88"; ok is false when t is not so
// bracketed.
func bracketBody(t string) (body string, ok bool) {
	switch {
	case len(t) >= 2 && t[0] == '(' && t[len(t)-1] == ')':
		return t[1 : len(t)-1], true
	case strings.HasPrefix(t, "（") && strings.HasSuffix(t, "）") && len(t) > 2*len("（"):
		return t[len("（") : len(t)-len("）")], true
	}
	return "", false
}

// parenNegative is the rule for an accountant's negative in parentheses:
// (23,456,789.10), （0.05） → −23456789.10, −0.05. The number must be
// written with a decimal point or thousands groups, so that a list
// marker ((1), （2）) is none. ok is false for any other text.
func parenNegative(t string) (v float64, ok bool) {
	body, ok := bracketBody(t)
	if !ok {
		return 0, false
	}
	body = strings.TrimSpace(body)
	if body == "" || !strings.ContainsAny(body, ".,") || !isDigitAt(body, 0) {
		return 0, false
	}
	n, okn := scanNumber(body, 0)
	if !okn || n.end != len(body) || n.leadZero {
		return 0, false
	}
	return -n.value, true
}

// numberRunPieces is the rule for numbers a copy wrote without a
// separator between them (1,234.565,678.90 → 1,234.56 and 5,678.90;
// 2,096,147,734.542,229,188,925.77-5.97% → three; 0.520.488.33 → 0.52,
// 0.48, 8.33): a run of digits, commas, points and signs is split into
// numbers with a decimal point that all have the same count of decimals
// (1 to 4), each with an
// integer part of at most three digits or in thousands groups, a sign or a
// % ending or starting a piece. It returns the byte spans of the pieces
// within t when exactly one count of decimals splits the whole run (two
// pieces or more); nil when the run is one number, is not such a run, or
// could be split with two counts of decimals.
func numberRunPieces(t string) [][2]int {
	// Segments: split at signs and after %; each segment is digits,
	// commas and points.
	var segs [][2]int
	start := 0
	for i := 0; i <= len(t); i++ {
		if i == len(t) {
			segs = append(segs, [2]int{start, i})
			break
		}
		c := t[i]
		switch {
		case c >= '0' && c <= '9' || c == ',' || c == '.':
		case c == '-' || c == '+':
			if i > start {
				segs = append(segs, [2]int{start, i})
			}
			start = i
		case c == '%':
			segs = append(segs, [2]int{start, i + 1})
			start = i + 1
		default:
			return nil
		}
	}
	var out [][2]int
	for _, sg := range segs {
		if sg[0] == sg[1] {
			continue
		}
		a := sg[0]
		if t[a] == '-' || t[a] == '+' {
			a++
		}
		b := sg[1]
		if b > a && t[b-1] == '%' {
			b--
		}
		if a >= b {
			return nil
		}
		if !strings.Contains(t[a:b], ".") {
			return nil // 2023-12-31, 12-3: no run of decimal numbers
		}
		if onlyNumber(t[a:b]) {
			out = append(out, sg)
			continue
		}
		var found [][2]int
		ways := 0
		for d := 1; d <= 4; d++ {
			if p := splitFixedDecimals(t[a:b], d); p != nil {
				ways++
				found = p
			}
		}
		if b < sg[1] {
			// The segment ends in %: its rate may have other decimals
			// than the amounts before it (0.04360.04155.12%).
			if p := mixedDecimalsRun(t[a:b], found, ways); p != nil {
				found, ways = p, 1
			}
		}
		if ways != 1 {
			return nil
		}
		for k, p := range found {
			p[0], p[1] = p[0]+a, p[1]+a
			if k == 0 {
				p[0] = sg[0] // the sign
			}
			if k == len(found)-1 {
				p[1] = sg[1] // the %
			}
			out = append(out, p)
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// onlyNumber reports digits with an optional point and thousands groups
// that read as one number (1,234.56, 0.5, 12).
func onlyNumber(t string) bool {
	return strings.Count(t, ".") <= 1 && groupedInt(intPart(t)) && (!strings.Contains(t, ".") || len(t)-strings.IndexByte(t, '.') > 1)
}

func intPart(t string) string {
	if k := strings.IndexByte(t, '.'); k >= 0 {
		return t[:k]
	}
	return t
}

// groupedInt reports an integer part of a table's number: 0, at most three
// digits without a leading zero, or thousands groups (1,234,567); digits
// alone (1234567) too when there is no comma.
func groupedInt(t string) bool {
	if t == "" {
		return false
	}
	if t == "0" {
		return true
	}
	if t[0] == '0' || t[0] == ',' {
		return false
	}
	if !strings.Contains(t, ",") {
		for i := 0; i < len(t); i++ {
			if t[i] < '0' || t[i] > '9' {
				return false
			}
		}
		return true
	}
	groups := strings.Split(t, ",")
	if len(groups[0]) > 3 {
		return false
	}
	for _, g := range groups {
		if len(g) == 0 || len(g) > 3 || g != groups[0] && len(g) != 3 {
			return false
		}
		for i := 0; i < len(g); i++ {
			if g[i] < '0' || g[i] > '9' {
				return false
			}
		}
	}
	return true
}

// splitFixedDecimals splits digits, commas and points into numbers of d
// decimals each whose integer parts are at most three digits or in
// thousands groups; nil when the text does not split so, or is one number.
func splitFixedDecimals(t string, d int) [][2]int {
	var out [][2]int
	i := 0
	for i < len(t) {
		k := strings.IndexByte(t[i:], '.')
		if k < 0 {
			return nil
		}
		ip := t[i : i+k]
		if !groupedInt(ip) || len(ip) > 3 && !strings.Contains(ip, ",") {
			return nil
		}
		e := i + k + 1 + d
		if e > len(t) {
			return nil
		}
		for j := i + k + 1; j < e; j++ {
			if t[j] < '0' || t[j] > '9' {
				return nil
			}
		}
		out = append(out, [2]int{i, e})
		i = e
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// expandRunCells is the rule for a | table's cell that holds several
// values run together or separated by spaces (| 1,234,567,890.121,100,000,000.00
// | 12.23 |, | 5,678.90 5,000.00 13.58 |): in a row with fewer cells than
// the table's header, such a cell becomes one cell per value, when that
// brings the row no wider than the header.
func expandRunCells(rows []trow) {
	for i := range rows {
		splitRunLabel(&rows[i])
	}
	head := 0
	for _, r := range rows {
		if rowHasNumber(r) {
			break
		}
		head = max(head, lastWritten(r)+1)
	}
	if head < 3 {
		return
	}
	for i := range rows {
		r := &rows[i]
		n := lastWritten(*r) + 1
		if n >= head || n < 2 || !rowHasText(*r) {
			continue
		}
		var cells []tcell
		grew := false
		for k, c := range r.cells {
			if k == 0 {
				cells = append(cells, c)
				continue
			}
			if pieces := cellValues(c.text); len(pieces) > 1 {
				for _, p := range pieces {
					cells = append(cells, tcell{text: c.text[p[0]:p[1]], start: c.start + p[0], end: c.start + p[1]})
				}
				grew = true
				continue
			}
			cells = append(cells, c)
		}
		if grew && lastWritten(trow{cells: cells})+1 <= head {
			r.cells = cells
		}
	}
}

// rowHasText reports a row whose first cell is a label.
func rowHasText(r trow) bool {
	if len(r.cells) == 0 {
		return false
	}
	t := trimText(r.cells[0].text)
	return t != "" && !rowHasNumberAt(r, 0)
}

// cellValues splits a cell that holds several values (numbers run together
// or apart, changes written out, missing marks) into their spans; nil when
// it holds one value or any other text.
func cellValues(t string) [][2]int {
	toks, ok := companyValueTokens(t, 0)
	if !ok || len(toks) < 2 {
		return nil
	}
	return toks
}

// companyValueTokens is the rule for the values of a row of a company's
// results table written as text: from byte i to the end, numbers (run
// together or apart: numberRunPieces), negatives in parentheses, changes
// written out (增加0.32个百分点, 减少0.5个百分点, -12.34%) and missing marks
// (不适用, —, --, -, /, 无), with spaces or nothing between them. ok is false
// when anything else is written there.
func companyValueTokens(t string, i int) ([][2]int, bool) {
	var out [][2]int
	for i < len(t) {
		r, n := utf8.DecodeRuneInString(t[i:])
		if isSpace(r) {
			i += n
			continue
		}
		if e := missingMarkEnd(t, i); e > i {
			out = append(out, [2]int{i, e})
			i = e
			continue
		}
		if e := changePhraseEnd(t, i); e > i {
			out = append(out, [2]int{i, e})
			i = e
			continue
		}
		if r == '(' || r == '（' {
			close := ")"
			if r == '（' {
				close = "）"
			}
			k := strings.Index(t[i:], close)
			if k < 0 {
				return nil, false
			}
			e := i + k + len(close)
			if _, ok := parenNegative(t[i:e]); !ok {
				if _, ok := bracketedWhole(t[i:e]); !ok {
					return nil, false // (88): smallParenNegatives reads it by its column
				}
			}
			out = append(out, [2]int{i, e})
			i = e
			continue
		}
		// A run of digits, commas, points, signs and %, after a minus
		// written as − or － (a number's sign, as parseCell reads it).
		j := i
		sign := ""
		for _, m := range []string{"−", "－"} {
			if strings.HasPrefix(t[i:], m) && isDigitAt(t, i+len(m)) {
				sign, j = m, i+len(m)
			}
		}
		for j < len(t) && (t[j] >= '0' && t[j] <= '9' || t[j] == ',' || t[j] == '.' || t[j] == '%' || t[j] == '-' || t[j] == '+') {
			j++
		}
		if j == i {
			return nil, false
		}
		if j == len(t) && missingTailMark(t[i+len(sign):j]) {
			j-- // …-1,296,807.99-: the last cell's missing mark, read next
		}
		if j < len(t) && strings.HasPrefix(t[j:], "个百分点") {
			return nil, false // a change's number without its verb, run into the one before
		}
		run := t[i:j]
		if pieces := numberRunPieces(t[i+len(sign) : j]); pieces != nil {
			for k, p := range pieces {
				p[0], p[1] = p[0]+i+len(sign), p[1]+i+len(sign)
				if k == 0 {
					p[0] = i // the minus
				}
				out = append(out, p)
			}
		} else if _, _, pct, ok := parseCell(run); ok {
			if e := scaleEnd(t, j); e > j && !pct {
				j = e // 12.35亿: an amount in 亿 (scaleRowCells)
			}
			out = append(out, [2]int{i, j})
		} else {
			return nil, false
		}
		i = j
	}
	return out, len(out) > 0
}

// companyMissingMarks are the marks a company's table writes for a value
// it does not give.
var companyMissingMarks = []string{"不适用", "——", "—", "--", "－", "/", "无", "N/A", "-"}

// missingMarkFirst holds the first bytes of companyMissingMarks.
var missingMarkFirst = func() (first [256]bool) {
	for _, m := range companyMissingMarks {
		first[m[0]] = true
	}
	return first
}()

// missingMarkEnd is the end of a missing mark at byte i, i if none; a -
// before a digit is a sign.
func missingMarkEnd(t string, i int) int {
	if i >= len(t) || !missingMarkFirst[t[i]] {
		return i // no mark starts with this byte
	}
	for _, m := range companyMissingMarks {
		if strings.HasPrefix(t[i:], m) {
			e := i + len(m)
			if (m == "-" || m == "－") && e < len(t) && (isDigitAt(t, e) || t[e] == '.') {
				return i
			}
			return e
		}
	}
	return i
}

// changePhraseEnd is the end of a change written out at byte i
// (增加0.32个百分点, 减少1.5个百分点, 下降3.2%, 0.5个百分点; after a verb
// with the spaces a PDF copy sets around the number, 增加 0.32 个百分点:
// spacedChangeGap), i if none.
func changePhraseEnd(t string, i int) int {
	j := i
	for _, v := range []string{"增加", "减少", "上升", "下降", "提高", "降低", "增长"} {
		if strings.HasPrefix(t[j:], v) {
			j += len(v)
			break
		}
	}
	k := j
	if j > i {
		k = spacedChangeGap(t, k)
	}
	if k < len(t) && (t[k] == '-' || t[k] == '+') {
		k++
	}
	d := k
	for d < len(t) && (t[d] >= '0' && t[d] <= '9' || t[d] == '.' || t[d] == ',') {
		d++
	}
	if d == k {
		return i
	}
	u0 := d
	if j > i {
		u0 = spacedChangeGap(t, d)
	}
	for _, u := range []string{"个百分点", "百分点"} {
		if strings.HasPrefix(t[u0:], u) {
			return u0 + len(u)
		}
	}
	if j > i && d < len(t) && (t[d] == '%' || strings.HasPrefix(t[d:], "％")) {
		if t[d] == '%' {
			return d + 1
		}
		return d + len("％")
	}
	return i
}

// companyPeriodWords are the period headers of a company's results tables
// as the CSRC's forms write them; a header line is read by the longest
// that fits.
var companyPeriodWords = []string{
	"本报告期末", "本报告期初", "本报告期", "报告期", "上年同期末", "上年同期", "上年度期末", "上年度末", "上年期末", "上年末", "上年度", "上年",
	"年初至报告期末", "年初至报告期期末", "年初至本报告期末", "本年初至报告期末",
	"本期末", "本期初", "本期", "上期末", "上期", "本年末", "本年初", "本年度", "本年", "期末余额", "期初余额", "期末", "期初",
	"上年同期数", "本期数", "上年数", "本年数",
}

// companyChangeWords are the words a change column's header ends with.
var companyChangeWords = []string{"增减变动幅度", "增减变动比例", "增减变动率", "增减变动", "增减幅度", "增减比例", "增减率", "增减",
	"变动幅度", "变动比例", "变动率", "变动", "同比增减", "同比变动", "同比增长", "增长率", "增幅"}

// companyOtherHeaders are the other column headers of the forms (非经常性
// 损益项目 | 金额 | 附注（如适用）), and companyLabelHeaders the headers over
// the row labels.
var (
	companyOtherHeaders = []string{"附注（如适用）", "附注(如适用)", "说明", "附注", "备注", "原因", "金额"}
	companyLabelHeaders = []string{"非经常性损益项目", "主要会计数据", "主要财务指标", "会计数据", "财务指标", "指标名称", "项目", "指标", "报告日期", "截止日期", "报告期"}
	companyRestated     = []string{"调整后", "调整前", "重述后", "重述前"}
)

// prefixAt is the longest of ws that t[i:] starts with, "" if none.
func prefixAt(t string, i int, ws []string) string {
	best := ""
	for _, w := range ws {
		// the last byte first: most words part there at once
		if n := len(w); n > len(best) && i+n <= len(t) && t[i+n-1] == w[n-1] && t[i:i+n] == w {
			best = w
		}
	}
	return best
}

// yearHeaderEnd is the end of a year header at byte i of t (2023年,
// 2023年度, 2023年末, 2023年12月31日, 2023-12-31, 2023年金额), i if none.
func yearHeaderEnd(t string, i int) int {
	if i+4 > len(t) || !isDigitAt(t, i) || !isDigitAt(t, i+1) || !isDigitAt(t, i+2) || !isDigitAt(t, i+3) || i+4 < len(t) && isDigitAt(t, i+4) {
		return i
	}
	if y := headerYearDigits(t[i : i+4]); y == 0 {
		return i
	}
	j := i + 4
	if j+6 <= len(t) && (t[j] == '-' || t[j] == '/' || t[j] == '.') && isDigitAt(t, j+1) && isDigitAt(t, j+2) && t[j+3] == t[j] && isDigitAt(t, j+4) && isDigitAt(t, j+5) {
		return j + 6
	}
	if !strings.HasPrefix(t[j:], "年") {
		return j
	}
	j += len("年")
	// 2023年12月31日
	k := j
	for k < len(t) && isDigitAt(t, k) {
		k++
	}
	if k > j && strings.HasPrefix(t[k:], "月") {
		m := k + len("月")
		e := m
		for e < len(t) && isDigitAt(t, e) {
			e++
		}
		if e > m && strings.HasPrefix(t[e:], "日") {
			return e + len("日")
		}
	}
	for _, s := range []string{"度末", "度", "末", "半年报", "三季报", "一季报", "年报", "中报"} {
		if strings.HasPrefix(t[j:], s) {
			return j + len(s)
		}
	}
	return j
}

// quarterHeaderEnd is the end of a quarter header at byte i (第一季度,
// 一季度, 第一季度（1-3月份）, 第四季度(10-12月份)), i if none.
func quarterHeaderEnd(t string, i int) int {
	j := i
	if strings.HasPrefix(t[j:], "第") {
		j += len("第")
	}
	r, n := utf8.DecodeRuneInString(t[j:])
	if !strings.ContainsRune("一二三四1234", r) || !strings.HasPrefix(t[j+n:], "季度") {
		return i
	}
	j += n + len("季度")
	if e := monthsBracketEnd(t, j); e > j {
		return e
	}
	return j
}

// monthsBracketEnd is the end of a bracketed span of months at byte i
// ((1-3月份), （10－12月）), i if none.
func monthsBracketEnd(t string, i int) int {
	open, close := "(", ")"
	if strings.HasPrefix(t[i:], "（") {
		open, close = "（", "）"
	} else if !strings.HasPrefix(t[i:], "(") {
		return i
	}
	k := strings.Index(t[i:], close)
	if k < 0 || k > 24 {
		return i
	}
	inner := t[i+len(open) : i+k]
	if !strings.Contains(inner, "月") || strings.IndexFunc(inner, func(r rune) bool { return r >= '0' && r <= '9' }) < 0 {
		return i
	}
	return i + k + len(close)
}

// periodTokenEnd is the end of a period header at byte i: a year, a
// quarter or a period word, with 金额 or 数 after it (本报告期金额, 2023年
// 金额); i if none.
func periodTokenEnd(t string, i int) int {
	e := yearHeaderEnd(t, i)
	if e == i {
		e = quarterHeaderEnd(t, i)
	}
	if e == i {
		if w := prefixAt(t, i, companyPeriodWords); w != "" {
			e = i + len(w)
		}
	}
	if e == i {
		return i
	}
	for _, s := range []string{"金额", "发生额"} {
		if strings.HasPrefix(t[e:], s) {
			return e + len(s)
		}
	}
	return e
}

// unitBracketEnd is the end of a unit in brackets at byte i ((%), （%）,
// (％), (元), (百分点)), i if none.
func unitBracketEnd(t string, i int) int {
	for _, br := range [][2]string{{"(", ")"}, {"（", "）"}} {
		if !strings.HasPrefix(t[i:], br[0]) {
			continue
		}
		k := strings.Index(t[i:], br[1])
		if k < 0 || k > 20 {
			return i
		}
		if isUnitText(strings.TrimSpace(t[i+len(br[0]) : i+k])) {
			return i + k + len(br[1])
		}
	}
	return i
}

// changeTokenEnd is the end of a change column's header at byte i:
// [period]比period change-word [unit] (本报告期比上年同期增减(%), 本年比上年
// 增减, 本报告期末比上年度末增减变动幅度(%), 比上年同期增减) or a change word
// alone with its unit (增减变动幅度（％）); i if none.
func changeTokenEnd(t string, i int) int {
	j := periodTokenEnd(t, i)
	if strings.HasPrefix(t[j:], "比") {
		k := periodTokenEnd(t, j+len("比"))
		if k == j+len("比") {
			return i
		}
		j = k
	} else if j != i {
		return i
	}
	w := prefixAt(t, j, companyChangeWords)
	if w == "" {
		return i
	}
	j += len(w)
	if e := unitBracketEnd(t, j); e > j {
		j = e
	} else if strings.HasPrefix(t[j:], "%") {
		j++
	} else if strings.HasPrefix(t[j:], "％") {
		j += len("％")
	}
	return j
}

// companyHeaderTokens is the rule for a header line of a company's
// results table written as text, its cells apart by spaces or run together
// (本报告期末 上年度末 本报告期末比上年度末增减(%), 2023年2022年本年比上年增减2021年,
// 调整后 调整前): the whole line read as header words of the forms — a header
// over the labels first (项目, 主要会计数据), then periods, years, quarters,
// change columns, restatements, 金额 and 说明. It returns the cells' spans,
// label (whether the first heads the labels) and ok: at least two column
// headers, one a period, year, quarter or restatement, and nothing else
// written.
func companyHeaderTokens(t string) (cells [][2]int, label bool, ok bool) {
	if len(t) > maxCompanyLine {
		return nil, false, false
	}
	periods := 0 // | and sentence marks are no header word: the loop stops there
	for i := 0; i < len(t); {
		r, n := utf8.DecodeRuneInString(t[i:])
		if isSpace(r) {
			i += n
			continue
		}
		if len(cells) == 0 {
			if w := prefixAt(t, i, companyLabelHeaders); w != "" && periodTokenEnd(t, i) == i {
				cells, label = append(cells, [2]int{i, i + len(w)}), true
				i += len(w)
				continue
			}
		}
		e := changeTokenEnd(t, i)
		if e == i {
			if e = periodTokenEnd(t, i); e > i {
				periods++
			}
		}
		if e == i {
			if w := prefixAt(t, i, companyRestated); w != "" {
				e = i + len(w)
				periods++
			}
		}
		if e == i {
			if w := prefixAt(t, i, companyOtherHeaders); w != "" {
				e = i + len(w)
			}
		}
		if e == i {
			return nil, false, false
		}
		cells = append(cells, [2]int{i, e})
		i = e
	}
	n := len(cells)
	if label {
		n--
	}
	return cells, label, n >= 2 && periods >= 1
}

// companyRowLine is the rule for a data row of a company's results table
// written as text: a label (with Han characters, no sentence marks, at most
// 60 characters) and then only values (companyValueTokens), apart or run
// together (营业收入 1,234.56 1,100.00 12.23, 基本每股收益（元/股）0.520.488.33,
// 加权平均净资产收益率（%）10.129.80增加0.32个百分点). It returns the end of the
// label and the values' spans; ok is false for any other line.
func companyRowLine(t string) (labelEnd int, vals [][2]int, ok bool) {
	if len(t) > maxCompanyLine || strings.ContainsAny(t, "|｜。；;") {
		return 0, nil, false
	}
	tries := 0
	for i := 1; i < len(t); i++ {
		if !utf8.RuneStart(t[i]) {
			continue
		}
		c := t[i]
		if !(c >= '0' && c <= '9' || c == '-' || c == '+' || c == '(' || strings.HasPrefix(t[i:], "（") ||
			strings.HasPrefix(t[i:], "−") || strings.HasPrefix(t[i:], "－") ||
			missingMarkEnd(t, i) > i || changePhraseEnd(t, i) > i) {
			continue
		}
		label := strings.TrimSpace(t[:i])
		if !companyLabelText(label) || t[i-1] != ' ' && openBracket(label) && !wrappedBracketNote(label) {
			continue // 基本每股收益(元/ 0.52: the / of a unit the line broke
		}
		if tries++; tries > maxRowTries {
			break // a label has few places its values may start: linear cost
		}
		if toks, ok := companyValueTokens(t, i); ok {
			_, b := trimSpace(t, 0, i)
			return b, toks, true
		}
		if strings.HasPrefix(t[i:], "（") || c == '(' {
			continue // a bracket of the label: 收益（元/股）
		}
	}
	return 0, nil, false
}

// labelPieceAt reports whether the line s[a:b] may be a piece of a label
// in a company table written as text: a label's text, no header.
func (x *extractor) labelPieceAt(a, b int) bool {
	t := x.s[a:b]
	if !companyLabelText(t) || companyHeaderLine(t) {
		return false
	}
	_, _, ok := x.stackedHeaderLines(a, b)
	return !ok
}

// monthsLine is the spans of months a line holds and nothing else
// ((1-3月份) (4-6月份) …, the second line of a header of quarters), nil for
// any other line.
func monthsLine(t string) []string {
	var out []string
	for _, f := range strings.Fields(t) {
		if monthsBracketEnd(f, 0) != len(f) {
			return nil
		}
		out = append(out, f)
	}
	return out
}

// numberedHeading reports a line that starts with a section number of
// two parts or more and a space (2.2 前十名股东持股情况表), the heading of
// what follows, not the rest of a label.
func numberedHeading(t string) bool {
	i, parts := 0, 0
	for {
		j := i
		for j < len(t) && t[j] >= '0' && t[j] <= '9' {
			j++
		}
		if j == i {
			return false
		}
		parts++
		if j < len(t) && t[j] == '.' {
			i = j + 1
			continue
		}
		return parts >= 2 && j < len(t) && t[j] == ' '
	}
}

// wrappedBracketNote is the rule for a label whose note in brackets the
// table wrapped onto the next line, its values written on the first line
// (净资产收益率%(依据扣除非经常性损 then 益后的净利润计算) below): the label's
// last bracket is left open after four Han characters or more and nothing
// else, words no unit or period in brackets (元/, 1-6月) starts so.
func wrappedBracketNote(label string) bool {
	k := max(strings.LastIndex(label, "("), strings.LastIndex(label, "（"))
	if k < 0 {
		return false
	}
	note := label[k:]
	note = strings.TrimPrefix(strings.TrimPrefix(note, "("), "（")
	n := 0
	for _, r := range note {
		if !isHan(r) {
			return false
		}
		n++
	}
	return n >= 4
}

// openBracket reports a text whose last bracket is left open (基本每股收益(元/).
func openBracket(t string) bool {
	return strings.Count(t, "(") > strings.Count(t, ")") || strings.Count(t, "（") > strings.Count(t, "）")
}

// maxRowTries bounds the places a row's values are looked for after a
// label (基本每股收益（元/股）: the bracket, then the number).
const maxRowTries = 6

// companyLabelText reports a text that may be a row label of a results
// table: Han characters, no sentence marks, at most 60 characters, not
// ending in a digit.
func companyLabelText(t string) bool {
	if t == "" || utf8.RuneCountInString(t) > 60 || strings.IndexFunc(t, isHan) < 0 || strings.ContainsAny(t, "，,。；;！？") {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	return !(last >= '0' && last <= '9')
}

// maxCompanyRows bounds one company table read from text lines.
const maxCompanyRows = 500

// companyLines is the rule for a company's results table written as text
// without | (a web copy of a report: cells apart by single spaces or run
// together): a header line the company forms make (companyHeaderTokens),
// a second header line of restatements or the rest of a header the copy
// broke (…本报告期比上年同期 then 增减(%)), then data rows
// (companyRowLine), inner header lines (本报告期末 上年度末 …) and label
// pieces a row wrapped onto a line of their own (companyLabelPiece; not a
// line with a run of spaces, which heads or labels an aligned table). It
// starts at the line at ls and returns the rows as a text table's and the
// offset after the last; nil when there is no such table there. Cells apart
// by runs of spaces (pdftotext -layout) read the same way, whatever the
// widths of their characters.
func (x *extractor) companyLines(ls int) ([]trow, int) {
	s := x.s
	le := nextLine(s, ls)
	a, b := trimSpace(s, ls, le)
	if strings.IndexByte(s[a:b], '|') >= 0 {
		if rows, next := x.headedCellStream(ls); rows != nil {
			return rows, next
		}
		if rows, next := x.frozenLabelColumn(ls); rows != nil {
			return rows, next
		}
		if rows, unit, next := x.yearColumnsTable(ls); rows != nil {
			if unit != "" {
				x.pendingUnit = unit
			}
			return rows, next
		}
		if rows, unit, next := x.runOnCellRows(ls); rows != nil {
			if unit != "" {
				x.pendingUnit = unit
			}
			return rows, next
		}
		return x.scaledPipeTable(ls)
	}
	if rows, next := x.companyCellLines(ls); rows != nil {
		return rows, next // 项目 then 本报告期末 | 上年度期末 | … one a line
	}
	if rows, next := x.unitColumnCellLines(ls); rows != nil {
		return rows, next // 单位 then 二零二三年 … one a line, a unit for each row
	}
	if rows, next := x.labelBlockColumns(ls); rows != nil {
		return rows, next // 2021 人民币千元 … one a line, then blocks of labels and of each year's values
	}
	var hdr trow
	if companyHeaderLine(s[a:b]) {
		hdr, _ = x.companyHeaderRow(a, b)
	} else if h, ok := x.brokenHeaderLines(a, b); ok {
		hdr, le = h, nextLine(s, h.end)
	} else if h, end, ok := x.stackedHeaderLines(a, b); ok {
		hdr, le = h, nextLine(s, end)
	} else if rows, next := x.flatCompanyLine(ls); rows != nil {
		return rows, next // a table under its header, run into one line
	} else if rows, next := x.labelledValueLine(ls, a, b); rows != nil {
		return rows, next // 截止报告期末股东总数(户) 41,395
	} else if rows, ok := runOnRows(s[a:b], a); ok {
		// No header over them: the labels' and amounts' (金额: no period).
		hdr := trow{cells: []tcell{{text: "项目", start: a, end: a}}, start: a, end: a}
		for _, r := range rows {
			for len(hdr.cells) < len(r.cells) {
				hdr.cells = append(hdr.cells, tcell{text: "金额", start: a, end: a})
			}
		}
		return append([]trow{hdr}, rows...), min(le+1, len(s))
	} else {
		return nil, ls
	}
	rows := []trow{hdr}
	pos := le + 1
	if pos < len(s) {
		// 第一季度 第二季度 … over (1-3月份) (4-6月份) …: each column's months.
		e := nextLine(s, pos)
		ma, mb := trimSpace(s, pos, e)
		if ms := monthsLine(s[ma:mb]); ms != nil && len(ms) == len(hdr.cells)-1 {
			cells := append([]tcell(nil), hdr.cells...)
			for k, m := range ms {
				cells[k+1].text += m
			}
			rows[0].cells = cells
			pos = e + 1
		}
	}
	remarks := remarkColumn(hdr)  // 说明: a row may end in text
	amounts := amountColumns(hdr) // 金额: labels with commas, wrapped below their amounts
	topAligned := amounts         // until a label is seen wrapped above its amount
	markedRows := false           // a row's label starts with a heading's number (一、营业总收入)
	var piece *tcell              // a label piece waiting for its row
	piecesBelow := false          // a label was seen wrapped below its values' line
	lastRow := -1
	spaced := doubleSpacedAt(s, pos)
	for pos < len(s) && len(rows) < maxCompanyRows {
		le := nextLine(s, pos)
		a, b := trimSpace(s, pos, le)
		if a >= b && spaced {
			if next := skipBlankLines(s, pos, 2); next > pos {
				pos = next // a copy that put a blank line after every line
				continue
			}
		}
		if a >= b || hasPipeOrTab(s[a:b]) {
			break
		}
		line := s[a:b]
		if h, ok := x.companyHeaderRow(a, b); ok {
			if piece != nil {
				break
			}
			rows = append(rows, h)
			pos = le + 1
			continue
		}
		if h, end, ok := x.stackedHeaderLines(a, b); ok && piece == nil {
			rows = append(rows, h)
			pos = nextLine(s, end) + 1
			continue
		}
		end, vals, ok := companyRowLine(line)
		if piece == nil {
			// 销售费用(元)3,089,654.67,509,192.52…: amounts run together
			// with their trailing zeros dropped, as many as the header's.
			if fe, fv, fok := flexibleRowLine(line, len(rows[0].cells)-1); fok && (!ok || fe < end || twoDecimalPieces(line, fv) > twoDecimalPieces(line, vals)) {
				end, vals, ok = fe, fv, true
			}
		}
		if !ok && remarks {
			end, vals, ok = remarkRowLine(line)
		}
		if !ok && amounts {
			end, vals, ok = amountRowLine(line)
		}
		if ok {
			r := trow{start: a, end: b}
			lab := tcell{text: joinWrappedLabel(line[:end]), start: a, end: a + end}
			if piece != nil {
				lab.text = piece.text + lab.text
				r.start = piece.start
				piece = nil
				topAligned = false
			}
			r.cells = append(r.cells, lab)
			for _, v := range vals {
				r.cells = append(r.cells, tcell{text: line[v[0]:v[1]], start: a + v[0], end: a + v[1]})
			}
			r.cells = yearToDateRow(rows[lastHeader(rows)].cells, r.cells)
			scaleRowCells(&r)
			rows = append(rows, r)
			lastRow = len(rows) - 1
			if lvl, _ := headingMarker(lab.text, 0, len(lab.text)); lvl > 0 {
				markedRows = true
			}
			pos = le + 1
			continue
		}
		if h, ok := x.brokenHeaderLines(a, b); ok && piece == nil {
			// An inner header the copy broke (本年末比上年末增 then 减(%)
			// 2021年末).
			rows = append(rows, h)
			pos = nextLine(s, h.end) + 1
			continue
		}
		if topAligned && piece == nil && lastRow == len(rows)-1 && lastRow > 0 && amountLabelBelow(rows[lastRow].cells[0].text, line) {
			rows[lastRow].cells[0].text += line
			pos = le + 1
			continue
		}
		if amounts && piece == nil && valuelessItem(line) {
			pos = le + 1
			continue
		}
		if markedRows && piece == nil && companyLabelText(line) && utf8.RuneCountInString(line) <= 40 {
			if lvl, _ := headingMarker(line, 0, len(line)); lvl > 0 {
				pos = le + 1 // 六、每股收益 among rows numbered so: an item without values
				continue
			}
			if lastRow >= 0 && valuelessStatementItem(rows[lastRow].cells[0].text, line) {
				pos = le + 1 // 利息收入 among them: an item the company does not report
				continue
			}
		}
		if piece != nil || !(companyLabelText(line) || amounts && amountLabelText(line)) || utf8.RuneCountInString(line) > 40 || strings.Contains(line, "  ") || headingLine(line) || numberedHeading(line) {
			break
		}
		from := min(le+1, len(s))
		if spaced {
			from = skipBlankLines(s, from, 2)
		}
		next := nextLine(s, from)
		na, nb := trimSpace(s, from, next)
		_, _, nextRow := companyRowLine(s[na:nb])
		if !nextRow && amounts {
			_, _, nextRow = amountRowLine(s[na:nb])
		}
		if !nextRow {
			_, _, nextRow = flexibleRowLine(s[na:nb], len(rows[0].cells)-1)
		}
		if lastRow >= 0 && (piecesBelow || companyLabelPiece(rows[lastRow].cells[0].text, line, nextRow)) {
			// A piece a header or nothing follows ends the label above:
			// the table wraps its labels below their values' line, all
			// of them. (One another piece follows may be the start of
			// the next label: 的净利润 then 归属于上市公司 then its row.)
			if !piecesBelow && !nextRow && !x.labelPieceAt(na, nb) {
				piecesBelow = true
			}
			rows[lastRow].cells[0].text += line
			pos = le + 1
			continue
		}
		if !nextRow {
			break
		}
		if lvl, _ := headingMarker(s, na, nb); lvl > 0 {
			pos = le + 1 // 公司类型通用通用 before 一、营业总收入: the next label starts anew; a row of words
			continue
		}
		piece = &tcell{text: line, start: a, end: b}
		pos = le + 1
	}
	if lastRow < 0 {
		return nil, ls
	}
	end := rows[len(rows)-1].end
	if piece != nil {
		end = rows[lastRow].end
	}
	end = max(end, rows[lastRow].end) // always past the rows read: the caller goes on from there
	return rows[:lastRow+1], min(nextLine(s, end)+1, len(s))
}

// lastHeader is the index of the last row of rows that holds no number:
// the header the next row of a company table is under.
func lastHeader(rows []trow) int {
	for k := len(rows) - 1; k > 0; k-- {
		if !rowHasNumber(rows[k]) {
			return k
		}
	}
	return 0
}

// hasPipeOrTab is strings.ContainsAny(s, "|｜\t") by byte searches.
func hasPipeOrTab(s string) bool {
	return strings.IndexByte(s, '|') >= 0 || strings.IndexByte(s, '\t') >= 0 || containsWord(s, "｜")
}

// companyHeaderLine reports a line that may start a company's table
// written as text: a header line (companyHeaderTokens) without |.
func companyHeaderLine(line string) bool {
	t := trim.Space(line)
	if t == "" || len(t) > maxCompanyLine || hasPipeOrTab(t) {
		return false
	}
	_, _, ok := companyHeaderCells(t)
	return ok
}

// brokenHeaderLines is the rule for a header line the copy broke before
// the end of its last header (项目 本报告期 上年同期 本报告期比上年同期 then
// 增减(%) on the next line): the line s[a:b] and the next, a short one, read
// as one header line (companyHeaderLine), the header cut by the break
// spanning its first part in the input.
func (x *extractor) brokenHeaderLines(a, b int) (trow, bool) {
	s := x.s
	if b >= len(s) || b-a > maxCompanyLine {
		return trow{}, false
	}
	a2, b2 := trimSpace(s, b, nextLine(s, b+1))
	if a2 >= b2 {
		// 项目 本报告期 本报告期比上年同期, a blank line, 增减变动幅度(%):
		// a copy that put a blank line after every line.
		a2, b2 = trimSpace(s, a2, nextLine(s, min(nextLine(s, b+1)+1, len(s))))
	}
	if a2 >= b2 || b2-a2 > 36 || prefixAt(s, a2, companyChangeWords) == "" && !strings.HasPrefix(s[a2:], "减") && !strings.HasPrefix(s[a2:], "幅度") && !periodTailThenChange(s, a2) {
		return trow{}, false // the rest of a change column's header: 增减(%), 减(%), 幅度(%), and maybe headers after it
	}
	t := s[a:b] + s[a2:b2]
	if !companyHeaderLine(t) {
		return trow{}, false
	}
	toks, label, _ := companyHeaderTokens(t)
	n := b - a
	cut := false
	for _, tk := range toks {
		cut = cut || tk[0] < n && tk[1] > n
	}
	if !cut {
		return trow{}, false // the break is no cut through a header
	}
	r := trow{start: a, end: b2}
	if !label {
		r.cells = append(r.cells, tcell{start: a, end: a})
	}
	for _, tk := range toks {
		c := tcell{text: t[tk[0]:tk[1]], start: a + tk[0], end: a + tk[1]}
		switch {
		case tk[0] >= n: // on the second line
			c.start, c.end = a2+tk[0]-n, a2+tk[1]-n
		case tk[1] > n:
			c.end = b
		}
		r.cells = append(r.cells, c)
	}
	return r, true
}

// companyHeaderRow reads the header line s[a:b] (companyHeaderTokens)
// as a text table's header row: its cells, an empty cell over the labels
// when none heads them. A line that ends in a header the copy broke
// (…本报告期比上年同期) is read with the next when the two read as one.
func (x *extractor) companyHeaderRow(a, b int) (trow, bool) {
	s := x.s
	cells, label, ok := companyHeaderCells(s[a:b])
	if !ok {
		return trow{}, false
	}
	r := trow{start: a, end: b, textLine: true}
	if !label {
		r.cells = append(r.cells, tcell{start: a, end: a})
	}
	for _, c := range cells {
		r.cells = append(r.cells, tcell{text: c.text, start: a + c.a, end: a + c.b})
	}
	return r, true
}

// companyLabelPiece is the rule for a line of a label alone between the
// rows of a company's table written as text: it ends the label of the row
// above (…扣除非经常性损益 then 的净利润（元）) when it starts as no label does
// (的, a bracket, a unit in brackets, 者: 所有 then 者权益), when the label above is left open
// (ends in 的, 和, 及, or an open bracket), or when no row follows; else it
// starts the next row's label.
func companyLabelPiece(above, piece string, nextRow bool) bool {
	first, _ := utf8.DecodeRuneInString(piece)
	if strings.ContainsRune("的（(及和与之额润率）)者", first) {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(above)
	if cutNonRecurring(above) || strings.ContainsRune("的和及与、（(", last) || strings.Count(above, "（") > strings.Count(above, "）") || strings.Count(above, "(") > strings.Count(above, ")") {
		return true
	}
	return !nextRow
}

// companyPeriodHeader is the rule for the period headers of the company
// forms that name no year: a quarter with its months (第一季度（1-3月份）,
// 第四季度(10-12月份)), a period with 金额 (年初至报告期期末金额,
// 本报告期金额) — the whole header a period (periodTokenEnd) — and a period
// with its months (本报告期(1-6月)).
func companyPeriodHeader(h string) bool {
	if h == "" || yearHeaderEnd(h, 0) > 0 {
		return false
	}
	if e := cnYearEnd(h, 0); e > 0 {
		return e == len(h) // 二零二一年: a year in Chinese numerals
	}
	e := periodTokenEnd(h, 0)
	if e > 0 && e < len(h) {
		e = monthsBracketEnd(h, e) // 本报告期(1-6月), 年初至报告期末（1-9月）
	}
	return e == len(h)
}

// innerHeaderPair is the rule for a block of a company's table headed by
// two rows of its own (2023年末 | 2022年末 | 本年末比上年末增减 | 2021年末 over
// 调整后 | 调整前 | …, as the second block of 主要会计数据 restates its
// balances): when the inner header row at ri is followed by a row of
// restatements (调整前, 调整后) alone, the two are read as a two-row header
// (columnPaths) for a table width wide.
func innerHeaderPair(rows []trow, ri int, width int) ([][]string, bool) {
	if ri+1 >= len(rows) {
		return nil, false
	}
	lower := nonEmpty(rows[ri+1].cells)
	if len(lower) == 0 || rowHasNumber(rows[ri+1]) {
		return nil, false
	}
	for _, c := range lower {
		if restatementHeader(c) == "" {
			return nil, false
		}
	}
	// No header over the labels (| | 2023年末 | …) reads as such
	// (periodOverLabels).
	return columnPaths([]trow{rows[ri], rows[ri+1]}, width), true
}

// labelPieceRow is the rule for a row of a text table that holds only the
// rest of the label above it, wrapped by the copy onto a row of its own
// (归属于上市公司股东的扣除非经常性损益 | 1,234.56 | … then 的净利润（元） | | |):
// a label alone under a row with figures, that starts as no label does
// or ends a label left open (companyLabelPiece, with a row after it). The
// figures of the row above (figs, by cell) are renamed by the whole label
// and take a unit it names when they have none; it reports whether the
// row was such a piece.
func (x *extractor) labelPieceRow(rows []trow, ri, h int, figs []int) bool {
	if ri >= h && openLabelStart(rows, ri) {
		return true // 调整后每 | | then 股净资产(元) | …: one label (labelwrap.go)
	}
	if ri < h || len(rows[ri].cells) == 0 || !rowHasText(rows[ri]) || writtenCells(rows[ri]) != 1 || rows[ri].cols != nil {
		return false
	}
	piece := strings.TrimSpace(rows[ri].cells[0].text)
	if labelStartRow(rows, ri, piece) {
		return true
	}
	if ri == h || figs == nil {
		return false
	}
	above := strings.TrimSpace(rows[ri-1].cells[0].text)
	if !rowHasNumber(rows[ri-1]) || !companyLabelText(piece) || utf8.RuneCountInString(piece) > 20 || !companyLabelPiece(above, piece, true) {
		return false
	}
	oldLabel, _ := headerUnit(tableLabel(above))
	newLabel, unit := headerUnit(tableLabel(above + piece))
	for _, k := range figs {
		if k == 0 {
			continue
		}
		f := &x.figs[k-1]
		if strings.HasPrefix(f.Indicator, oldLabel) {
			f.Indicator = newLabel + f.Indicator[len(oldLabel):]
		}
		if f.Unit == "" && unit != "" && !f.Missing {
			f.Unit = unit
		}
	}
	cells := append([]tcell(nil), rows[ri-1].cells...)
	cells[0].text = above + piece
	rows[ri-1].cells = cells
	return true
}

// kindHeading is the rule for a section row of a finance page that heads a
// list of kinds, not a quantity (每股指标:, 关键比率:, 利润表摘要:,
// 资产负债表摘要：): a label ending in a colon, or in 摘要 or 比率 after its
// colon is dropped. Its words are no part of the rows' subjects.
func kindHeading(label string) bool {
	t := strings.TrimSpace(label)
	if strings.HasSuffix(t, ":") || strings.HasSuffix(t, "：") {
		return true
	}
	return strings.HasSuffix(t, "摘要") || strings.HasSuffix(t, "比率")
}

// dropRuleRows is the rule for the rule line a Markdown copy writes under
// a table's header (---|---|---|, |:---|---:|): a row whose every written
// cell is dashes, colons or equals signs is no row of the table. It
// returns the rows without them (rows itself when there is none).
func dropRuleRows(rows []trow) []trow {
	rule := func(r trow) bool {
		n := 0
		for _, c := range r.cells {
			t := strings.TrimSpace(c.text)
			if t == "" {
				continue
			}
			if strings.Trim(t, "-:=—") != "" || !strings.ContainsAny(t, "-=—") || len(t) < 3 {
				return false
			}
			n++
		}
		return n > 0
	}
	k := -1
	for i, r := range rows {
		if rule(r) {
			k = i
			break
		}
	}
	if k < 0 {
		return rows
	}
	out := make([]trow, 0, len(rows)-1)
	for _, r := range rows {
		if !rule(r) {
			out = append(out, r)
		}
	}
	return out
}

// labelStartRow is the rule for a row of a text table that holds only the
// start of the label below it (归属于上市公司股东的扣除非经常性损益 | | | then
// 的净利润 | 200.00 | …): when the next row has figures and its label starts
// as no label does (的, a bracket), the two labels are one, written on the
// next row; it reports whether the row was such a start.
func labelStartRow(rows []trow, ri int, piece string) bool {
	if ri+1 >= len(rows) || !rowHasNumber(rows[ri+1]) || !rowHasText(rows[ri+1]) || !companyLabelText(piece) {
		return false
	}
	next := strings.TrimSpace(rows[ri+1].cells[0].text)
	first, _ := utf8.DecodeRuneInString(next)
	if !strings.ContainsRune("的（(及和与之）)", first) {
		return false
	}
	cells := append([]tcell(nil), rows[ri+1].cells...)
	cells[0].text = piece + next
	rows[ri+1].cells = cells
	return true
}

// joinBrokenHeader is the rule for a header the copy broke over two rows
// (本报告期比上年同期 over 增减(%), the lower row's other cells empty): when
// every written cell of the lower row stands under a cell of the upper
// whose text and its own read as one header of the company forms (a period
// or a change column: changeTokenEnd, periodTokenEnd), the two rows
// are one row of headers. ok is false when the rows are not so.
func joinBrokenHeader(upper, lower trow) (trow, bool) {
	if len(lower.cells) == 0 || len(lower.cells) > len(upper.cells) || writtenCells(lower) == 0 {
		return upper, false
	}
	off := 0
	if len(lower.cells) < len(upper.cells) {
		off = len(upper.cells) - len(lower.cells) // the copy dropped the leading empty cells
	}
	cells := append([]tcell(nil), upper.cells...)
	for k, c := range lower.cells {
		t := strings.TrimSpace(c.text)
		if t == "" {
			continue
		}
		u := strings.TrimSpace(cells[k+off].text)
		if u == "" {
			return upper, false
		}
		if j := u + t; changeTokenEnd(j, 0) != len(j) && periodTokenEnd(j, 0) != len(j) && !growthHeader(j) {
			return upper, false
		}
		cells[k+off].text = u + t
	}
	upper.cells = cells
	upper.end = lower.end
	return upper, true
}

// splitRunLabel is the rule for a | row whose first cell holds what the
// copy ran together with it: the header words of the company forms
// (| 项目本报告期上年同期本报告期比上年同期增减(%) |, companyHeaderTokens) or a
// label and its values (| 营业收入456,789,012.34 | 421,000,000.00 |,
// companyRowLine). The cell becomes one cell per header or the label and
// one per value, before the row's other cells.
func splitRunLabel(r *trow) {
	if len(r.cells) == 0 {
		return
	}
	c := r.cells[0]
	t := c.text
	var cells []tcell
	if writtenCells(*r) == 1 {
		if toks, label, ok := companyHeaderTokens(t); ok && len(toks) >= 2 {
			if !label {
				cells = append(cells, tcell{start: c.start, end: c.start})
			}
			for _, p := range toks {
				cells = append(cells, tcell{text: t[p[0]:p[1]], start: c.start + p[0], end: c.start + p[1]})
			}
			r.cells = cells
			return
		}
	}
	if !strings.ContainsAny(t, ".,%") {
		return // no value formattedValues admits can be in it
	}
	end, vals, ok := companyRowLine(t)
	if !ok || !formattedValues(t, vals) || shareLabel(t, vals, len(r.cells)) {
		return
	}
	cells = append(cells, tcell{text: t[:end], start: c.start, end: c.start + end})
	for _, p := range vals {
		cells = append(cells, tcell{text: t[p[0]:p[1]], start: c.start + p[0], end: c.start + p[1]})
	}
	r.cells = append(cells, r.cells[1:]...)
}

// formattedValues reports values split off a label that are written the
// way a finance table writes amounts and rates (456,789,012.34, 0.52,
// 12.5%): each has a decimal point, a thousands comma or a percent sign.
// A bare whole number after a label (粮食0, 指标1) is part of the label, not
// a value the copy ran into it.
func formattedValues(t string, vals [][2]int) bool {
	if len(vals) == 0 {
		return false
	}
	for _, p := range vals {
		if !strings.ContainsAny(t[p[0]:p[1]], ".,%") {
			return false
		}
	}
	return true
}

// splitStreamCells is the rule for a table copied one cell per line whose
// copy ran a row's values together in one cell (每股收益 | 0.520.48 | 8.33%):
// a cell of numbers run together (numberRunPieces) becomes one cell per
// number.
func splitStreamCells(cells []tcell) []tcell {
	var out []tcell
	for i, c := range cells {
		p := numberRunPieces(c.text)
		if p == nil {
			if out != nil {
				out = append(out, c)
			}
			continue
		}
		if out == nil {
			out = append(make([]tcell, 0, len(cells)+len(p)), cells[:i]...)
		}
		for _, q := range p {
			n := tcell{text: c.text[q[0]:q[1]], start: c.start, end: c.end}
			if c.end-c.start == len(c.text) {
				n.start, n.end = c.start+q[0], c.start+q[1] // the text as in the input
			}
			out = append(out, n)
		}
	}
	if out == nil {
		return cells
	}
	return out
}

// remarkColumn reports a company header row whose last column holds
// remarks, not values (说明, 附注（如适用）, 备注, 原因).
func remarkColumn(hdr trow) bool {
	if len(hdr.cells) == 0 {
		return false
	}
	switch strings.TrimSpace(hdr.cells[len(hdr.cells)-1].text) {
	case "说明", "附注", "附注（如适用）", "附注(如适用)", "备注", "原因":
		return true
	}
	return false
}

// remarkRowLine is the rule for a row of a company table written as text
// under a remarks column (非经常性损益项目 … 说明): a row (companyRowLine)
// and then, after a space, a remark in words (主要为收到的稳岗补贴), which
// becomes the row's last cell (no figure: the column names none). The
// remark starts at the last space after which the rest holds Han
// characters and before which the line is a row.
func remarkRowLine(t string) (labelEnd int, vals [][2]int, ok bool) {
	if len(t) > maxCompanyLine {
		return 0, nil, false
	}
	for k := strings.LastIndexByte(t, ' '); k > 0; k = strings.LastIndexByte(t[:k], ' ') {
		rest := strings.TrimSpace(t[k:])
		if rest == "" || strings.IndexFunc(rest, isHan) < 0 {
			continue
		}
		end, v, ok := companyRowLine(strings.TrimRight(t[:k], " "))
		if !ok {
			continue
		}
		a, b := trimSpace(t, k, len(t))
		return end, append(v, [2]int{a, b}), true
	}
	return 0, nil, false
}

// currentPeriodLeaf is the rule for the column of a restated header that
// names no year (本报告期 | 上年同期 | 本报告期比上年同期增减 over 调整前 |
// 调整后 | 调整后): the current period is not restated, so it spans both
// header rows, as the latest year does. It returns the first upper cell
// that is a period and no prior one, -1 if none.
func currentPeriodLeaf(upper []string) int {
	for i, u := range upper {
		label, _ := headerUnit(u)
		if isPeriodHeader(label) && !isPriorPeriod(label) {
			return i
		}
	}
	return -1
}

// periodOverLabels is the rule for the upper of two header rows that
// writes nothing over the labels and a period, a year or a change first
// (| | 本报告期 | 上年同期 | 本报告期比上年同期增减 | over | 调整前 | 调整后 |
// 调整后 |): its first header is over values, not over the labels.
func periodOverLabels(upper trow, top []string) bool {
	return len(upper.cells) > 0 && len(top) > 0 && strings.TrimSpace(upper.cells[0].text) == "" && !headsLabels(top[0])
}

// companyValueCell reports a cell of a company table that is a value
// though no number: a change written out (增加0.61个百分点, 下降3.2%:
// changeCell), a number written with its unit (4.71亿元, 0.77元: cellWithUnit)
// or 不适用. A table copied one cell per line counts it among a row's
// values, not as the next row's label.
func companyValueCell(t string) bool {
	t = trim.Space(t)
	if t == "不适用" {
		return true
	}
	if _, _, _, ok := cellWithUnit(t); ok {
		return true
	}
	_, _, _, ok := changeCell(t)
	return ok
}

// consolidationScope is the rule for a column group that names the scope
// of a company's statements, as the forms print the consolidated and the
// parent company's figures side by side (合并 | 母公司 over 本期数 | 上年同期数;
// 本集团 | 本公司 in a Hong Kong report): the consolidated group (合并,
// 合并数, 合并报表, 本集团, 集团) is the statement the report is about and
// names nothing ("", true); the parent's (母公司, 母公司数, 母公司报表,
// 本公司) is a prefix of the row's subject as written (母公司营业收入). ok
// is false for any other group.
func consolidationScope(g string) (prefix string, ok bool) {
	switch g {
	case "合并", "合并数", "合并报表", "合并金额", "本集团", "集团", "合併", "合併數":
		return "", true
	case "母公司", "母公司数", "母公司報表", "母公司报表", "母公司金额", "本公司":
		if g == "母公司数" || g == "母公司报表" || g == "母公司報表" || g == "母公司金额" {
			g = "母公司"
		}
		return g, true
	}
	return "", false
}

// statementSignLen is the rule for the sign an income statement writes
// before the rows it adds or takes off (减：营业成本, 加：营业外收入, 減:
// 所得稅): the byte length of the mark and its colon when a label follows,
// 0 for any other text. The subject is the row's item as named.
func statementSignLen(t string) int {
	for _, p := range []string{"减：", "减:", "加：", "加:", "減：", "減:"} {
		if strings.HasPrefix(t, p) && isHanAt(t, len(p)) {
			return len(p)
		}
	}
	return 0
}

// bareUnitLine reports a line that states a table's unit and nothing else
// (单位：人民币千元, 金额单位：百万元 币种：人民币): no digit and no clause mark,
// at most 40 characters. Its number words are the unit's (千元 is no
// figure of 1000 元): the line holds no figure.
func bareUnitLine(line string) bool {
	t := strings.TrimSpace(line)
	if t == "" || utf8.RuneCountInString(t) > 40 || strings.ContainsAny(t, "0123456789０１２３４５６７８９。，,；;") {
		return false
	}
	return unitLine(t) != ""
}

// markerComma is the rule for a list marker a copy wrote with a comma
// before its 、 (一,、主营业务收入, 二，、利润表): the marker without the comma,
// so that the marker's rule drops it. t as written for any other text.
func markerComma(t string) string {
	j := cnNumeralLen(t)
	if j == 0 {
		for j < len(t) && j < 2 && isDigitAt(t, j) {
			j++
		}
	}
	if j == 0 {
		return t
	}
	for _, c := range []string{",、", "，、"} {
		if strings.HasPrefix(t[j:], c) {
			return t[:j] + t[j+len(c)-len("、"):]
		}
	}
	return t
}

// smallParenNegatives is the rule for the small negatives of a table that
// writes its negatives in parentheses ((857,608) … (88), (5)): a cell of a
// bracketed whole number of one to three digits, which alone might be a
// list marker ((1)), is a negative when another cell of its column is an
// accountant's negative with thousands groups or decimals (parenNegative):
// the column is of amounts so written; or when its row's label says its
// losses stand in brackets (namesBracketedLoss: 年内溢利/(亏损)). Such cells are rewritten with a
// minus sign (-88), as parseCell reads them; spans are unchanged.
func smallParenNegatives(rows []trow) {
	marked := map[int]bool{} // columns holding an accountant's negative
	for _, r := range rows {
		for c := 1; c < len(r.cells); c++ {
			if _, ok := parenNegative(trim.Space(r.cells[c].text)); ok {
				marked[c] = true
			}
		}
	}
	for ri := range rows {
		loss := len(rows[ri].cells) > 0 && namesBracketedLoss(rows[ri].cells[0].text)
		for c := 1; c < len(rows[ri].cells); c++ {
			if !marked[c] && !loss {
				continue
			}
			if n, ok := bracketedWhole(trim.Space(rows[ri].cells[c].text)); ok {
				rows[ri].cells[c].text = "-" + n
			}
		}
	}
}

// namesBracketedLoss reports a row label that says its losses stand in
// brackets, as a Hong Kong summary names a row of profit or loss
// (年内溢利/(亏损), 除税前利润/（亏损）).
func namesBracketedLoss(label string) bool {
	for _, w := range []string{"/(亏损)", "/（亏损）", "／（亏损）", "/(虧損)", "/（虧損）"} {
		if strings.Contains(label, w) {
			return true
		}
	}
	return false
}

// bracketedWhole is the digits of a bracketed whole number of one to three
// digits without a leading zero ((88), （5）); ok is false for any other
// text.
func bracketedWhole(t string) (string, bool) {
	body, ok := bracketBody(t)
	if !ok {
		return "", false
	}
	if body == "" || len(body) > 3 || body[0] == '0' {
		return "", false
	}
	for i := 0; i < len(body); i++ {
		if body[i] < '0' || body[i] > '9' {
			return "", false
		}
	}
	return body, true
}

// currencyBefore is the rule for the currency a company's prose names
// before an amount (收入约为人民币3,420.1百万元, 溢利为港币12.5亿元): the byte
// length of the currency word ending t, 0 if none. The word is no part of
// the subject, and a qualifier before it (约为) is the amount's.
func currencyBefore(t string) int {
	w := hasSuffixAny(t, []string{"人民币", "港币", "港元", "美元", "新台币"})
	if w == "" {
		return 0
	}
	if r, _ := utf8.DecodeLastRuneInString(t[:len(t)-len(w)]); !isHan(r) {
		return 0 // （2021年：人民币188.7百万元）: the currency is all the subject there is
	}
	return len(w)
}

// reportAttributes name a text a results table states of each report
// rather than a figure (审计意见 | 未经审计 | 标准无保留意见).
var reportAttributes = []string{"审计意见类型", "审计意见", "审计机构", "会计师事务所", "报告类型", "报表类型", "公告日期", "币种", "数据来源"}

// dropAttributeRows is the rule for the rows of a results table that state
// a text of each report (审计意见 | 未经审计 | 标准无保留 over | | 意见, the
// text wrapped onto a row with no label): no figure and no header of the
// columns below, they are dropped. A row is one when its label is a
// report attribute and no cell after it holds a number; the rows after
// it without a label and without a number are its wrapped text. The
// first row (the header) is never dropped.
func dropAttributeRows(rows []trow) []trow {
	// out is copied from rows at the first row dropped: until then the
	// rows kept are rows[:i], and a table with no attribute costs no copy.
	var out []trow
	copied, dropping := false, false
	for i, r := range rows {
		label := ""
		if len(r.cells) > 0 {
			label = trim.Space(r.cells[0].text)
		}
		switch {
		case i > 0 && prefixAt(label, 0, reportAttributes) == label && label != "" && !textRowHasNumber(r),
			dropping && label == "" && !textRowHasNumber(r):
			if !copied {
				out = append(make([]trow, 0, len(rows)-1), rows[:i]...)
				copied = true
			}
			dropping = dropping || label != ""
			continue
		}
		dropping = false
		if copied {
			out = append(out, r)
		}
	}
	if !copied {
		return rows
	}
	return out
}

// textRowHasNumber reports a row with a number in a cell after its label.
func textRowHasNumber(r trow) bool {
	for c := 1; c < len(r.cells); c++ {
		if rowHasNumberAt(r, c) {
			return true
		}
	}
	return false
}

// boxLineCells splits a box table's content line at its bars (| │ ┃ ║):
// the cells' texts trimmed, the empty text before the first bar dropped.
func boxLineCells(line string) []string {
	t := trim.Space(line)
	// strings.FieldsFunc of the bars | │ ┃ ║, by their bytes (boxBarAt).
	var out []string
	start := -1
	for i := 0; i < len(t); {
		if n := boxBarAt(t, i); n > 0 {
			if start > 0 { // start 0: text before the first bar is no cell
				out = append(out, trim.Space(t[start:i]))
			}
			start = -1
			i += n
			continue
		}
		if start < 0 {
			start = i
		}
		i++
	}
	if start >= 0 {
		out = append(out, trim.Space(t[start:]))
	}
	return out
}

// boxBarAt is the byte length of a bar boxLineCells splits at at t[i] (|,
// │, ┃ or ║), 0 if none is there.
func boxBarAt(t string, i int) int {
	switch c := t[i]; {
	case c == '|':
		return 1
	case c == 0xE2 && i+2 < len(t) && (t[i+1] == 0x94 && (t[i+2] == 0x82 || t[i+2] == 0x83) || t[i+1] == 0x95 && t[i+2] == 0x91):
		return 3
	}
	return 0
}

// dropAttributeLines is dropAttributeRows for the lines of a box-drawn
// table before they are laid out (|审计意见 | 未经审计|标准无保留| then
// |        |        |      意见|): the attribute's content lines are
// dropped, and the border under them when a border is above them too.
func dropAttributeLines(lines []doc.TextLine) []doc.TextLine {
	// Until the first line dropped the lines kept are lines[:i] (out
	// aliases them, read only); out is copied at the first drop, so that
	// a table with no attribute costs no copy.
	out := lines[:0]
	dropping, dropped := false, false
	keep := func(i int, l doc.TextLine) {
		if dropped {
			out = append(out, l)
		} else {
			out = lines[:i+1]
		}
	}
	for i, l := range lines {
		border := doc.IsBoxBorderLine(l.Text) && strings.TrimSpace(l.Text) != ""
		if border {
			if dropping && len(out) > 0 && doc.IsBoxBorderLine(out[len(out)-1].Text) {
				dropping = false
				continue // the attribute's rule under it: one rule is enough
			}
			dropping = false
			keep(i, l)
			continue
		}
		cells := boxLineCells(l.Text)
		digits := false
		for k, c := range cells {
			if k > 0 && strings.ContainsAny(c, "0123456789") {
				digits = true
			}
		}
		label := ""
		if len(cells) > 0 {
			label = cells[0]
		}
		switch {
		case i > 0 && !digits && label != "" && prefixAt(label, 0, reportAttributes) == label && len(out) > 1:
			if !dropped {
				out = append(make([]doc.TextLine, 0, len(lines)-1), out...)
			}
			dropping, dropped = true, true
			continue
		case dropping && !digits && label == "":
			continue
		}
		dropping = false
		keep(i, l)
	}
	if !dropped {
		return lines
	}
	return out
}

// attributeBlock reports rows that are all a report attribute's
// (dropAttributeRows): its row and the rows of its wrapped text, with no
// number, as a box table's block between two rules holds them.
func attributeBlock(rows []trow) bool {
	if len(rows) == 0 {
		return false
	}
	for i, r := range rows {
		label := ""
		if len(r.cells) > 0 {
			label = strings.TrimSpace(r.cells[0].text)
		}
		if textRowHasNumber(r) || i == 0 && (label == "" || prefixAt(label, 0, reportAttributes) != label) || i > 0 && label != "" {
			return false
		}
	}
	return true
}

// ruleLineAt reports a box table's rule line (├───┼───┤, +----+) at byte
// pos of s with a | row after it: the rows after it are another block of
// the same table (a closing rule, └───┘, has none).
func ruleLineAt(s string, pos int) bool {
	if pos >= len(s) {
		return false
	}
	e := nextLine(s, pos)
	line := strings.TrimSpace(s[pos:e])
	if line == "" || !doc.IsBoxBorderLine(line) || e+1 >= len(s) {
		return false
	}
	return isTableLine(strings.TrimSpace(s[e+1 : nextLine(s, e+1)]))
}

// rowThenCellPiece is the rule for a row of a table laid out by spaces
// (峰盈国际有限公司 境外法 43.73 1,171,800,000 质押 468,888,000) whose text cell
// the copy wrapped, its last characters alone on the next line (人, of
// 境外法人): a line of three numbers or more apart by spaces, then a line
// that is one unit word and nothing else, is no number and its unit.
func rowThenCellPiece(line, next string) bool {
	u := baseLex.prefix(next)
	if u == "" || u != strings.TrimSpace(next) {
		return false
	}
	n := 0
	for _, f := range strings.Fields(line) {
		if isDigitAt(f, 0) && onlyNumber(strings.TrimSuffix(f, "%")) {
			n++
		}
	}
	return n >= 3
}

// cornerUnit is the rule for the header cell over a table's labels that
// names the unit of its values rather than what the labels are: 项目（万元）,
// 单位：人民币千元, 金额单位：元, 以人民币千元列示 (as an HK report writes it), or
// a currency unit alone (人民币千元). It returns the unit, "" when the cell
// names none (项目, 指标, 2023年).
func cornerUnit(h string) string {
	t := removeHanSpaces(trimText(h))
	if _, u := headerUnit(t); u != "" && u != "%" && u != "‰" {
		return u // 项目（万元）
	}
	for _, p := range []string{"金额单位：", "金额单位:", "单位：", "单位:"} {
		if strings.HasPrefix(t, p) {
			t = strings.TrimSpace(t[len(p):])
			break
		}
	}
	if strings.HasPrefix(t, "以") {
		// 以人民币千元列示, 以港币千元为单位, 以千元计
		for _, s := range []string{"列示", "为单位", "计"} {
			if strings.HasSuffix(t, s) {
				t = strings.TrimSuffix(strings.TrimPrefix(t, "以"), s)
				break
			}
		}
	}
	return unitOnlyHeader(t)
}

// sourceNoteHeading is the rule for a row of a label alone that says where
// the rows below it are taken from (数据摘录自损益表, 摘自合并利润表, 资料来源：年报)
// or names the statement they are of (合并损益表, 资产负债表): a note on the
// rows, not a quantity their subjects are of.
func sourceNoteHeading(label string) bool {
	t := removeHanSpaces(trimText(label))
	for _, w := range []string{"摘自", "摘录", "摘錄", "节选", "節選", "选自", "選自", "取自", "来源", "来自", "出自"} {
		if strings.Contains(t, w) {
			return true
		}
	}
	for _, w := range []string{"损益表", "損益表", "利润表", "利潤表", "资产负债表", "資產負債表", "现金流量表", "現金流量表", "财务报表", "財務報表"} {
		if strings.HasSuffix(t, w) {
			return true
		}
	}
	return false
}

// blankBetweenRows is the rule for an empty line (or one of spaces alone)
// that a page copy leaves between two rows of a | table (the rows of a
// finance site's indicator table, each followed by a blank line): the
// line at pos is blank, the line after it is a row of the same table — a
// table line with as many cells as the row before (prev) and a number
// among them. next is the offset of that row; ok is false for any other
// line, so a blank line before another table or before prose still ends
// the table.
func (x *extractor) blankBetweenRows(pos int, prev trow) (next int, ok bool) {
	s := x.s
	le := nextLine(s, pos)
	if a, b := trimSpace(s, pos, le); a < b || le >= len(s) || len(prev.cells) < 3 || !rowHasNumber(prev) {
		return pos, false
	}
	na := le + 1
	nb := nextLine(s, na)
	a, b := trimSpace(s, na, nb)
	if a >= b || !isTableLine(s[a:b]) {
		return pos, false
	}
	r := trow{cells: splitCells(s, a, b, nil)}
	if len(r.cells) != len(prev.cells) || !rowHasNumber(r) {
		return pos, false
	}
	return na, true
}

// openLabelRow is the rule for a row of a | table whose label cell the
// copy broke before its closing bar (| 每股收益 (元) alone on its line, then
// | 0.25 | 0.31 | … on the next): the line at pos starts with | and holds
// that one cell, a label with no number; the next line starts with | and
// holds the row's values, and together they are as wide as the row before
// (prev). It returns the row and the offset after it; ok is false for any
// other lines.
func (x *extractor) openLabelRow(pos int, prev trow) (r trow, next int, ok bool) {
	s := x.s
	le := nextLine(s, pos)
	a, b := trimSpace(s, pos, le)
	if a >= b || s[a] != '|' || strings.Count(s[a:b], "|") != 1 || le >= len(s) || len(prev.cells) < 3 {
		return trow{}, pos, false
	}
	la, lb := trimSpace(s, a+1, b)
	if la >= lb || utf8.RuneCountInString(s[la:lb]) > 40 {
		return trow{}, pos, false
	}
	label := tcell{text: s[la:lb], start: la, end: lb}
	if _, _, _, num := parseCell(label.text); num {
		return trow{}, pos, false
	}
	na := le + 1
	nb := nextLine(s, na)
	va, vb := trimSpace(s, na, nb)
	if va >= vb || s[va] != '|' || !isTableLine(s[va:vb]) {
		return trow{}, pos, false
	}
	cells := splitCells(s, va, vb, []tcell{label})
	r = trow{cells: cells, start: la, end: vb}
	if len(cells) != len(prev.cells) || !rowHasNumber(r) {
		return trow{}, pos, false
	}
	return r, min(nb+1, len(s)), true
}
