package extract

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Results tables as Hong Kong listed companies and the finance pages that
// copy them write them: amounts in a currency with a scale written in
// Latin letters (RMB(K$), HK$'000, RMB million), per-share figures in
// cents (仙, 港仙) or dollars ($), year columns written as year and month
// (2024/12), and the rows of a | table run together on one line.

// currencyCodes are the currencies a results table writes before a scale
// (RMB(K$), HK$'000), the longest first where one is the start of another.
var currencyCodes = []string{"RMB", "HK$", "HKD", "US$", "USD", "人民币", "港币", "港元", "美元", "$"}

// currencyScales are the scales written after a currency code: thousands
// ((K$), (K), '000) and millions ((M$), (M), million, mn).
var currencyScales = []string{"(K$)", "（K$）", "(K)", "（K）", "'000", "’000", "(M$)", "（M$）", "(M)", "（M）", " million", "million", " mn"}

// perShareUnits are the units of a per-share row a Hong Kong table names
// in its label (每股盈利(仙), 每股帐面资产净值($)): cents and dollars.
var perShareUnits = []string{"仙", "港仙", "$", "HK$", "US$", "RMB"}

// currencyScaleUnit is the rule for a unit written the way Hong Kong and
// foreign-currency results tables write it: a currency code with a scale
// (RMB(K$), HK$'000, RMB'000, US$ million) or a per-share unit (仙, 港仙,
// $, HK$), the whole text as written. A scale alone (K$, '000) or a code
// followed by other text is none.
func currencyScaleUnit(u string) bool {
	if scaledCurrencySign(u) {
		return true // 千¥, 百万$ (人民币(千¥))
	}
	for _, p := range perShareUnits {
		if u == p {
			return true
		}
	}
	if w := hasPrefixAny(u, []string{"人民币", "人民幣", "港币", "港幣"}); w != "" {
		// 人民币千元, 港币百万元, 人民币分 (a per-share figure in fen).
		rest := u[len(w):]
		if rest == "分" || rest == "仙" || strings.HasSuffix(rest, "元") && rest != u && isUnitText(rest) {
			return true
		}
	}
	for _, c := range currencyCodes {
		if !strings.HasPrefix(u, c) {
			continue
		}
		rest := u[len(c):]
		for _, sc := range currencyScales {
			if rest == sc {
				return true
			}
		}
	}
	return false
}

// chineseScales are the scales a Chinese finance page writes before a
// currency sign (千¥, 百万$), the longest first where one ends another.
var chineseScales = []string{"十亿", "百万", "千万", "千", "万", "亿"}

// currencySigns are the currency signs written after a Chinese scale.
var currencySigns = []string{"HK$", "US$", "¥", "￥", "$"}

// scaledCurrencySign is the rule for a unit that a finance page writes as a
// Chinese scale and a currency sign (人民币(千¥), 港元(千$), 美元(百万$): the
// column's amounts in thousands or millions of that currency): the whole
// text is one scale and one sign, as written. A sign alone, a scale alone
// or any other text after the sign is none.
func scaledCurrencySign(u string) bool {
	for _, sc := range chineseScales {
		if !strings.HasPrefix(u, sc) {
			continue
		}
		return slices.Contains(currencySigns, u[len(sc):])
	}
	return false
}

// comparedWithHeader is the rule for a change column that a results table
// heads as a comparison with an earlier period, 与 (和, 较) a prior period
// and 比较 (相比, 对比): 与去年末期比较, 与上年同期相比, 较上年度比较 — the change of
// the current figure over that period's. A comparison with anything that
// names no earlier period (与预算比较, 与行业相比) is none.
func comparedWithHeader(label string) bool {
	label = removeHanSpaces(strings.TrimSpace(label))
	open := hasPrefixAny(label, []string{"与", "和", "较", "跟"})
	if open == "" {
		return false
	}
	rest := label[len(open):]
	closeWord := ""
	for _, w := range []string{"比较", "相比", "对比", "對比", "比較"} {
		if strings.HasSuffix(rest, w) {
			closeWord = w
			break
		}
	}
	if closeWord == "" {
		return false
	}
	period := rest[:len(rest)-len(closeWord)]
	if period == "" || utf8.RuneCountInString(period) > 6 {
		return false
	}
	return hasPrefixAny(period, []string{"去年", "上年", "上期", "上一年", "前一年", "上年度", "去年度", "上一期"}) != ""
}

// yearMonthEnd is the end of a year and month written with a slash or a
// dash at byte i of t (2024/12, 2023-06: a Hong Kong table's year column,
// the month the financial year ends), i if none. The month is one or two
// digits from 1 to 12 and no digit or separator follows it, so that a date
// (2024/12/31) and a number are none.
func yearMonthEnd(t string, i int) int {
	if i+6 > len(t) || headerYearDigits(t[i:min(i+4, len(t))]) == 0 || i+4 < len(t) && isDigitAt(t, i+4) {
		return i
	}
	sep := t[i+4]
	if sep != '/' && sep != '-' {
		return i
	}
	j := i + 5
	m := 0
	for j < len(t) && j < i+7 && isDigitAt(t, j) {
		m = m*10 + int(t[j]-'0')
		j++
	}
	if j == i+5 || m < 1 || m > 12 {
		return i
	}
	if j < len(t) && (isDigitAt(t, j) || t[j] == sep || t[j] == '.') {
		return i
	}
	return j
}

// maxRunOnHeaders bounds the column headers runOnCellRows reads.
const maxRunOnHeaders = 12

// runOnCellRows is the rule for a finance page's results table copied
// with its header cells one a line and all its rows run together on one
// line: the cell over the labels as a | row of its own (| | or | 项目 |,
// under a title cell such as | 损益表 |), then each column's header as
// text | on a line of its own (2024/12 RMB(K$) |, 变动 |, a year or period
// with or without the amounts' unit, or a change column), then a line of |
// cells that holds the rows one after another, each a label and a value
// for every column, the rows apart by empty cells (| 营业额 | 1,234 |
// -5.2% | 1,301 | | 税项 | (120) | -- | (98) |). It returns the rows as a
// text table's, the amounts' unit the headers write (one for all) and the
// offset after the rows' line; nil when the lines at ls are not so: a
// header that is no period nor change, headers of different units, or a
// run of cells that does not split into rows of the header's width.
func (x *extractor) runOnCellRows(ls int) ([]trow, string, int) {
	s := x.s
	// boxed reads a line that is one cell between bars: | text |.
	boxed := func(a, b int) (tcell, bool) {
		line := s[a:b]
		if len(line) < 2 || line[0] != '|' || line[len(line)-1] != '|' || strings.Count(line, "|") != 2 {
			return tcell{}, false
		}
		ta, tb := trimSpace(s, a+1, b-1)
		return tcell{text: s[ta:tb], start: ta, end: tb}, true
	}
	pos := ls
	var labelHead tcell
	boxes := 0
	for boxes < 2 && pos < len(s) {
		e := nextLine(s, pos)
		a, b := trimSpace(s, pos, e)
		c, ok := boxed(a, b)
		if !ok || streamValueCell(c.text) && c.text != "" || companyColumnHeader(c.text) {
			break
		}
		labelHead = c // a title over the labels' header is no header of theirs
		if c.text != "" && !companyLabelHeader(c.text) {
			labelHead = tcell{start: c.start, end: c.start}
		}
		boxes++
		pos = e + 1
	}
	if boxes == 0 {
		return nil, "", ls
	}
	var heads []tcell
	unit := ""
	for pos < len(s) && len(heads) <= maxRunOnHeaders {
		e := nextLine(s, pos)
		a, b := trimSpace(s, pos, e)
		line := s[a:b]
		if strings.Count(line, "|") != 1 || !strings.HasSuffix(line, "|") {
			break
		}
		ta, tb := trimSpace(s, a, b-1)
		h := s[ta:tb]
		c := tcell{text: h, start: ta, end: tb}
		switch p, u, ok := periodUnitHeader(h); {
		case ok:
			if u != "" {
				if unit != "" && u != unit {
					return nil, "", ls
				}
				unit = u
			}
			c.text, c.end = p, ta+len(p)
		case companyColumnHeader(h):
		default:
			if l, u := headerUnit(h); changeHeader(l, u) == "" {
				return nil, "", ls
			}
		}
		heads = append(heads, c)
		pos = e + 1
	}
	if len(heads) < 2 || len(heads) > maxRunOnHeaders {
		return nil, "", ls
	}
	width := len(heads) + 1
	hdr := trow{cells: append([]tcell{labelHead}, heads...), start: labelHead.start, end: heads[len(heads)-1].end}
	rows := []trow{hdr}
	end := hdr.end
	for pos < len(s) {
		e := nextLine(s, pos)
		a, b := trimSpace(s, pos, e)
		if a >= b || s[a] != '|' || ruleLine(s[a:b]) {
			break
		}
		got, ok := splitRunOnRows(splitCells(s, a, b, nil), width)
		if !ok {
			break
		}
		rows = append(rows, got...)
		end = b
		pos = e + 1
	}
	data := 0
	for _, r := range rows[1:] {
		if writtenCells(r) > 1 {
			data++
		}
	}
	if data < 2 {
		return nil, "", ls
	}
	return rows, unit, min(nextLine(s, end)+1, len(s))
}

// splitRunOnRows splits a run of cells into rows of width cells: a label
// (text that is no value) and width-1 values (numbers, missing marks,
// changes), the rows apart by one empty cell or more. ok is false when
// the cells do not split so: a label without all its values, a value
// where a label should be, or a row not followed by an empty cell.
func splitRunOnRows(cells []tcell, width int) ([]trow, bool) {
	var rows []trow
	for i := 0; i < len(cells); {
		if cells[i].text == "" {
			i++
			continue
		}
		if streamValueCell(cells[i].text) || !companyLabelText(cells[i].text) {
			return nil, false
		}
		if i+1 == len(cells) || cells[i+1].text == "" {
			i++ // | 流动资产 | | …: a heading of the rows after it, no figure
			continue
		}
		if i+width > len(cells) {
			return nil, false
		}
		for _, c := range cells[i+1 : i+width] {
			if c.text == "" || !streamValueCell(c.text) {
				return nil, false
			}
		}
		if i+width < len(cells) && cells[i+width].text != "" {
			return nil, false
		}
		r := trow{cells: append([]tcell(nil), cells[i:i+width]...), start: cells[i].start, end: cells[i+width-1].end}
		if writtenCells(r) > 1 {
			rows = append(rows, r) // 特殊项目 | -- | -- | --: no figure
		}
		i += width
	}
	return rows, len(rows) > 0
}

// periodUnitHeader is the rule for a column header that writes a period
// and, after it, the unit of the column's amounts: a year (2023年, 二零二三年)
// or a year and month (2024/12) followed by nothing, a unit of
// yearColumnUnits or a currency with its scale (2024/12 RMB(K$), 2023年
// HK$'000). It returns the period and the unit as written; ok is false
// for any other text.
func periodUnitHeader(h string) (period, unit string, ok bool) {
	h = strings.TrimSpace(h)
	e := yearMonthEnd(h, 0)
	if e == 0 {
		return yearUnitHeader(h)
	}
	period, rest := h[:e], strings.TrimSpace(h[e:])
	if rest == "" {
		return period, "", true
	}
	if currencyScaleUnit(rest) {
		return period, rest, true
	}
	for _, u := range yearColumnUnits {
		if strings.Trim(rest, "()（）") == u {
			return period, u, true
		}
	}
	return "", "", false
}

// fiscalYearWords qualify a year header of a Hong Kong summary (二零二三年
// then 財政年度 on the next line).
var fiscalYearWords = []string{"财政年度", "財政年度", "财年", "年度"}

// yearColumnCell is the rule for a year header of a financial summary
// copied one cell a line: a year in Chinese numerals or digits (二零二三年,
// 2023年, 2023), with or without a fiscal-year word (二零二三年财政年度); it
// returns whether the header writes that word.
func yearColumnCell(t string) (ok, qualified bool) {
	e := cnYearEnd(t, 0)
	if e == 0 {
		e = yearHeaderEnd(t, 0)
	}
	if e == 0 {
		return false, false
	}
	if e == len(t) {
		return true, false
	}
	if w := prefixAt(t, e, fiscalYearWords); w != "" && e+len(w) == len(t) {
		return true, true
	}
	return false, false
}

// summaryUnitCell reports the unit a financial summary writes in a unit
// column: 人民币千元, %, 元, 港元 (a unit the readers know or a currency unit).
func summaryUnitCell(t string) bool {
	return t != "" && (unitOnlyHeader(t) != "" || isUnitText(t))
}

// maxUnitColumnYears bounds the years unitColumnCellLines reads.
const maxUnitColumnYears = 12

// unitColumnCellLines is the rule for a financial summary of several years
// copied one cell a line with a unit column (as Hong Kong annual reports
// print 財務摘要): 单位 alone on its line heading the units, then the years,
// each on a line (二零一九年, its 財政年度 on the line after it or on the
// same), then each row as its label, its unit (人民币千元, %) and a value
// for every year, each on a line. The rows end at a line that is neither;
// a row with fewer values ends the table before it (which years its
// values are of is not written). nil when the lines at ls are not so or
// give no row.
func (x *extractor) unitColumnCellLines(ls int) ([]trow, int) {
	s := x.s
	head, pos := x.cellLine(ls)
	if head.text != "单位" && head.text != "單位" {
		return nil, ls
	}
	var years []tcell
	for pos < len(s) && len(years) <= maxUnitColumnYears {
		c, next := x.cellLine(pos)
		if ok, _ := yearColumnCell(c.text); ok {
			years = append(years, c)
			pos = next
			continue
		}
		if n := len(years); n > 0 && prefixAt(c.text, 0, fiscalYearWords) == c.text && c.text != "" {
			if _, q := yearColumnCell(years[n-1].text); !q {
				years[n-1].text = s[years[n-1].start:years[n-1].end] + c.text // 二零二三年 then 財政年度
				years[n-1].end = c.end
				pos = next
				continue
			}
		}
		break
	}
	if len(years) < 2 || len(years) > maxUnitColumnYears {
		return nil, ls
	}
	hdr := trow{cells: append([]tcell{{start: head.start, end: head.start}, head}, years...), start: head.start, end: years[len(years)-1].end, textLine: true}
	rows := []trow{hdr}
	end := hdr.end
	for pos < len(s) {
		label, next := x.cellLine(pos)
		if label.text == "" || streamValueCell(label.text) || !cellLineLabel(label.text) {
			break
		}
		unit, next := x.cellLine(next)
		if !summaryUnitCell(unit.text) {
			break
		}
		cells := []tcell{label, unit}
		for len(cells) < 2+len(years) && next < len(s) {
			v, n := x.cellLine(next)
			if v.text == "" || !streamValueCell(v.text) {
				break
			}
			cells = append(cells, v)
			next = n
		}
		if len(cells) != 2+len(years) {
			break
		}
		rows = append(rows, trow{cells: cells, start: label.start, end: cells[len(cells)-1].end, textLine: true})
		end = cells[len(cells)-1].end
		pos = next
	}
	if len(rows) < 2 {
		return nil, ls
	}
	return rows, min(nextLine(s, end)+1, len(s))
}

// currencyPrefixes are the currencies a cell writes before its amount
// (港币8.71仙, 人民币0.35元).
var currencyPrefixes = []string{"港币", "港幣", "港元", "人民币", "人民幣", "美元", "HK$", "RMB", "US$"}

// currencyPrefixed is the rule for a cell that names its currency before
// the amount and its unit after it (港币8.71仙, 人民币0.35元, HK$12.5仙): the
// text from the amount on, which cellWithUnit reads; t as it is when it
// does not start so, or when no unit follows the amount (HK$12.5).
func currencyPrefixed(t string) string {
	w := hasPrefixAny(t, currencyPrefixes)
	if w == "" {
		return t
	}
	rest := strings.TrimSpace(t[len(w):])
	if rest == "" || !isDigitAt(rest, 0) {
		return t
	}
	k := 0
	for k < len(rest) && (isDigitAt(rest, k) || rest[k] == '.' || rest[k] == ',') {
		k++
	}
	if k == len(rest) || !isUnitText(rest[k:]) {
		return t
	}
	return rest
}

// perShareRowUnit is the rule for a row's unit that a column of amounts
// does not override: a per-share figure in cents or fen (每股基本盈利(人民币分),
// 每股盈利(仙), 每股股息(港仙)) or in 元 per share, under 人民币千元.
func perShareRowUnit(rowUnit, colUnit string) bool {
	if !strings.HasSuffix(colUnit, "元") || rowUnit == colUnit {
		return false
	}
	switch {
	case strings.HasSuffix(rowUnit, "分") || strings.HasSuffix(rowUnit, "仙") || rowUnit == "$":
		return true
	case strings.HasSuffix(rowUnit, "元/股"):
		return true
	}
	return false
}

// bareCurrencies are the currencies a per-share row's label names in
// brackets without a scale (每股盈利-基本 (人民币): yuan a share).
var bareCurrencies = []string{"人民币", "港币", "港元", "美元"}

// labelCurrencyUnit is the rule for a row label of a results table that
// ends in a bare currency in brackets (每股盈利-基本 (人民币), 每股股息(港元)):
// the label without it and the currency as the row's unit. A currency alone
// is no unit of a column (人民币 over the years names no scale), so only a
// row's label is read so; ok is false for any other label.
func labelCurrencyUnit(h string) (label, unit string, ok bool) {
	h = trimText(h)
	for _, br := range [][2]string{{"(", ")"}, {"（", "）"}} {
		if !strings.HasSuffix(h, br[1]) {
			continue
		}
		k := strings.LastIndex(h, br[0])
		if k <= 0 {
			continue
		}
		u := trimText(h[k+len(br[0]) : len(h)-len(br[1])])
		if slices.Contains(bareCurrencies, u) {
			return trimText(h[:k]), u, true
		}
	}
	return h, "", false
}
