package extract

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Company tables of several years (五年财务摘要, 财务摘要) whose copy wrote
// the header cells one a line, each year with the amounts' unit
// (二零二一年 人民币千元 |), under a | row that heads the labels
// (截至十二月三十一日止年度 | ||||).

// cnYearEnd is the end of a year written in Chinese numerals at byte i of
// t (二零二一年, 二〇一九年, 二零二一年度), i if none: four digits 〇零一…九
// and 年.
func cnYearEnd(t string, i int) int {
	j := i
	for n := 0; n < 4; n++ {
		r, w := utf8.DecodeRuneInString(t[j:])
		if !strings.ContainsRune("〇零一二三四五六七八九", r) {
			return i
		}
		j += w
	}
	if !strings.HasPrefix(t[j:], "年") {
		return i
	}
	j += len("年")
	if strings.HasPrefix(t[j:], "度") {
		j += len("度")
	}
	return j
}

// yearColumnUnits are the units a year column's header writes after its year
// (二零二一年 人民币千元, 2020年 千元), the longest first.
var yearColumnUnits = []string{"人民币百万元", "人民币千元", "人民币万元", "人民币元", "港币千元", "港元千元", "美元千元", "百万元", "千元", "万元", "元"}

// yearUnitHeader is the rule for a year column's header that writes the
// amounts' unit after the year (二零二一年 人民币千元, 2021年 人民币千元,
// 2020年度（千元）): the year as written and the unit; ok false for any
// other text.
func yearUnitHeader(h string) (year, unit string, ok bool) {
	h = strings.TrimSpace(h)
	e := cnYearEnd(h, 0)
	if e == 0 {
		e = yearHeaderEnd(h, 0)
	}
	if e == 0 {
		return "", "", false
	}
	year = h[:e]
	rest := strings.TrimSpace(h[e:])
	if currencyScaleUnit(rest) {
		return year, rest, true // 2023年 HK$'000
	}
	rest = strings.TrimSpace(strings.Trim(rest, "()（）"))
	if rest == "" {
		return year, "", true
	}
	for _, u := range yearColumnUnits {
		if rest == u {
			return year, u, true
		}
	}
	return "", "", false
}

// maxYearColumns bounds the year headers yearColumnsTable reads.
const maxYearColumns = 12

// yearColumnsTable is the rule for a company's table of several years
// whose copy wrote its header cells one a line: a | row heading the labels
// (截至十二月三十一日止年度 | |||| or 项目 |), a rule line, then the year
// headers each text | on a line of its own (二零二一年 人民币千元 |, each
// year with the unit or none), an empty cell | alone, then | rows of a
// label and a value for each year (section rows such as 业绩 | |||| among
// them). The years head the columns in order; the unit they write (one for
// all) is the table's. nil when the lines at ls are not so: fewer than two
// years, years of different units, or a row of another width.
func (x *extractor) yearColumnsTable(ls int) ([]trow, string, int) {
	s := x.s
	le := nextLine(s, ls)
	a, b := trimSpace(s, ls, le)
	top := splitCells(s, a, b, nil)
	if len(top) < 2 || top[0].text == "" || streamValueCell(top[0].text) {
		return nil, "", ls
	}
	for _, c := range top[1:] {
		if c.text != "" {
			return nil, "", ls
		}
	}
	pos := le + 1
	var years []tcell
	unit := ""
	for pos < len(s) && len(years) <= maxYearColumns {
		e := nextLine(s, pos)
		ca, cb := trimSpace(s, pos, e)
		line := s[ca:cb]
		if ruleLine(line) && len(years) == 0 {
			pos = e + 1
			continue
		}
		if strings.Count(line, "|") != 1 || !strings.HasSuffix(line, "|") {
			break
		}
		ta, tb := trimSpace(s, ca, cb-1)
		if ta >= tb {
			pos = e + 1 // the empty cell after the years
			break
		}
		y, u, ok := yearUnitHeader(s[ta:tb])
		if !ok || len(years) > 0 && u != unit {
			return nil, "", ls
		}
		unit = u
		years = append(years, tcell{text: y, start: ta, end: ta + len(y)})
		pos = e + 1
	}
	if len(years) < 2 || len(years) > maxYearColumns {
		return nil, "", ls
	}
	hdr := trow{cells: append([]tcell{top[0]}, years...), start: a, end: years[len(years)-1].end}
	rows := []trow{hdr}
	data, end := 0, hdr.end
	for pos < len(s) {
		e := nextLine(s, pos)
		ra, rb := trimSpace(s, pos, e)
		if ra >= rb || !isTableLine(s[ra:rb]) || ruleLine(s[ra:rb]) {
			break
		}
		cells := splitCells(s, ra, rb, nil)
		if len(cells) != len(hdr.cells) || !companyLabelText(cells[0].text) {
			break
		}
		ok := true
		for _, c := range cells[1:] {
			if !streamValueCell(c.text) {
				ok = false
				break
			}
		}
		if !ok {
			break
		}
		if writtenCells(trow{cells: cells}) > 1 {
			data++
		}
		rows = append(rows, trow{cells: cells, start: ra, end: rb})
		end = rb
		pos = e + 1
	}
	if data < 1 {
		return nil, "", ls
	}
	return rows, unit, min(nextLine(s, end)+1, len(s))
}

// unitOnlyHeader is the rule for a header cell that is nothing but the
// unit of the column's amounts, a row of units under the years of a
// summary (| | 人民币百万元 | 人民币百万元 |, (千元)): the unit, "" for any
// other header. The column is then named by the header above it.
func unitOnlyHeader(h string) string {
	h = strings.TrimSpace(h)
	t := strings.TrimSpace(strings.Trim(h, "()（）"))
	for _, u := range yearColumnUnits {
		if t == u {
			return u
		}
	}
	if t != "%" && t != "％" && isUnitText(t) && strings.ContainsAny(t, "元") {
		return normUnit(t)
	}
	return ""
}

// cnDigits are the values of the Chinese numerals a year is written in.
var cnDigits = map[rune]int{'〇': 0, '零': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}

// cnYearValue is the rule for a year header written in Chinese numerals,
// alone or with a fiscal-year word (二零二三年, 二〇一九年度, 二零二三年财政年度):
// the year, 0 for any other text or a year out of 1900-2100.
func cnYearValue(h string) int {
	e := cnYearEnd(h, 0)
	if e == 0 {
		return 0
	}
	if rest := strings.TrimPrefix(h[e:], "度"); rest != "" && prefixAt(rest, 0, fiscalYearWords) != rest {
		return 0
	}
	y := 0
	for _, r := range h[:strings.Index(h, "年")] {
		y = y*10 + cnDigits[r]
	}
	if y < 1900 || y > 2100 {
		return 0
	}
	return y
}

// yearDayMonthHeader is the rule for a year column's header that writes
// the year and then the day and month its period ends (2023 31/12, 2023
// 30/06, as investing.com's statements do): the year, 0 for any other text.
func yearDayMonthHeader(h string) int {
	y := 0
	if len(h) > 4 {
		y = headerYearDigits(h[:4])
	}
	if y == 0 {
		return 0
	}
	rest := strings.TrimSpace(h[4:])
	if len(rest) == len(h)-4 {
		return 0 // the year and the date with no space between
	}
	d, m, ok := strings.Cut(rest, "/")
	if !ok || len(d) < 1 || len(d) > 2 || len(m) < 1 || len(m) > 2 {
		return 0
	}
	dv, err1 := strconv.Atoi(d)
	mv, err2 := strconv.Atoi(m)
	if err1 != nil || err2 != nil || dv < 1 || dv > 31 || mv < 1 || mv > 12 {
		return 0
	}
	return y
}
