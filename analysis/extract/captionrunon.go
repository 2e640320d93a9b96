package extract

import (
	"strings"
	"unicode/utf8"
)

// A caption run-on table is a small table a PDF copy ran into the prose
// of its line, cells apart by spaces: after a sentence end, its caption
// (表 1 医疗卫生机构 数), its unit (单位:个), its period columns (2017 年
// 2016 年), then each row's label (one or more words) and one value per
// period (总计 2703 2726 医院 80 80 …). The rows run to the end of the line;
// a label the line breaks off before its values is left out. A total row
// (总计, 合计) is the caption's quantity's (医疗卫生机构数总计).

// minRunOnPeriods and minRunOnRows bound a caption run-on table from below.
const (
	minRunOnPeriods = 2
	minRunOnRows    = 3
)

// captionRunOnAt is the rule for where such a table starts in the line
// s[a:b]: at a 表 after a sentence end (or the line's start) followed by
// a space or a digit, the caption's number, and a 单位 word before the
// next sentence end. It returns the offset of the 表, -1 when none.
func captionRunOnAt(s string, a, b int) int {
	line := s[a:b]
	for from := 0; ; {
		k := strings.Index(line[from:], "表")
		if k < 0 {
			return -1
		}
		k += from
		from = k + len("表")
		rest := strings.TrimLeft(line[from:], " ")
		if rest == "" || rest[0] < '0' || rest[0] > '9' {
			continue
		}
		before := strings.TrimRight(line[:k], " ")
		if before != "" && !strings.HasSuffix(before, "。") {
			continue
		}
		end := strings.Index(rest, "。")
		if end < 0 {
			end = len(rest)
		}
		if u := strings.Index(rest[:end], "单位"); u < 0 || u > 3*40 {
			continue
		}
		return a + k
	}
}

// runOnYear reads a period column of the header: a year written with or
// without a space before 年 (2017 年, 2017年). n is the words it takes.
func runOnYear(words []tcell, i int) (string, int) {
	w := words[i].text
	if gridYear(w) && i+1 < len(words) && words[i+1].text == "年" {
		return w + "年", 2
	}
	if strings.HasSuffix(w, "年") && gridYear(strings.TrimSuffix(w, "年")) {
		return w, 1
	}
	return "", 0
}

// captionRunOnTable reads the caption run-on table that starts at t in
// the line ending at b. It returns the column paths (the labels' first),
// the rows and the table's unit; ok false
// when the words after the caption are not so laid out.
func captionRunOnTable(s string, t, b int) (paths [][]string, rows []trow, unit string, ok bool) {
	var words []tcell
	for i := t; i < b; {
		for i < b && s[i] == ' ' {
			i++
		}
		j := i
		for j < b && s[j] != ' ' {
			j++
		}
		if i < j {
			words = append(words, tcell{text: s[i:j], start: i, end: j})
		}
		i = j
	}
	// 表 1 (or 表1), the title, then 单位:个.
	i := 1
	if words[0].text != "表" {
		i = 0
	} else if i < len(words) {
		i++ // the caption's number
	}
	var tb strings.Builder
	for ; i < len(words); i++ {
		w := words[i].text
		if u := unitLine(w); u != "" {
			unit = u
			i++
			break
		}
		if i > 0 || !strings.HasPrefix(w, "表") {
			tb.WriteString(w)
		}
	}
	if unit == "" {
		return nil, nil, "", false
	}
	title := removeHanSpaces(tb.String())
	paths = [][]string{nil}
	for i < len(words) {
		p, n := runOnYear(words, i)
		if n == 0 {
			break
		}
		paths = append(paths, []string{p})
		i += n
	}
	k := len(paths) - 1
	if k < minRunOnPeriods || utf8.RuneCountInString(title) > 30 {
		return nil, nil, "", false
	}
	for i < len(words) {
		j := i
		for j < len(words) && !gridValue(words[j].text) {
			if strings.ContainsAny(words[j].text, "0123456789。；;") {
				return nil, nil, "", false
			}
			j++
		}
		if j == i || j == len(words) {
			break // a label the line broke off
		}
		if j+k > len(words) {
			break
		}
		for _, w := range words[j : j+k] {
			if !gridValue(w.text) {
				return nil, nil, "", false
			}
		}
		if j+k < len(words) && gridValue(words[j+k].text) {
			return nil, nil, "", false // more values than periods
		}
		var lb strings.Builder
		for _, w := range words[i:j] {
			lb.WriteString(w.text)
		}
		label := tcell{text: lb.String(), start: words[i].start, end: words[j-1].end}
		if l := label.text; (l == "总计" || l == "合计") && title != "" {
			label.text = title + l
		}
		cells := append([]tcell{label}, words[j:j+k]...)
		rows = append(rows, trow{cells: cells, start: label.start, end: words[j+k-1].end})
		i = j + k
	}
	if len(rows) < minRunOnRows {
		return nil, nil, "", false
	}
	return paths, rows, unit, true
}

// captionRunOnLine reads the line s[ls:le] when a caption run-on table
// stands in it: the prose before the table as a line, the table's rows,
// then the rest of the line (a label broken off) as a line. It returns
// whether it did.
func (x *extractor) captionRunOnLine(ls, le int) bool {
	if le-ls < 60 || strings.IndexByte(x.s[ls:le], ' ') < 0 || !strings.Contains(x.s[ls:le], "单位") {
		return false
	}
	a, b := trimSpace(x.s, ls, le)
	t := captionRunOnAt(x.s, a, b)
	if t < 0 {
		return false
	}
	paths, rows, unit, ok := captionRunOnTable(x.s, t, b)
	if !ok {
		return false
	}
	if t > ls {
		x.line(ls, t)
	}
	x.cellGridTable(rows, paths, unit, t)
	return true
}
