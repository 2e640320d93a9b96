package extract

import (
	"strings"
	"unicode/utf8"
)

// maxFlatHeaderWords bounds the header words flatSpacedTable groups.
const maxFlatHeaderWords = 24

// flatSpacedTable is the rule for a space-laid table of periods that a
// page copy ran into one line, its caption, unit line, header and rows one
// after another:
//
//	表2 某指数 单位:% 指数 甲 乙 丙 2023年1月 50.1 49.8 51.2 2023年2月 …
//
// The header is the words after the 单位 token; each row is a period
// (2023年1月, 2023年, 2023年一季度) and its numbers, as many in every row
// (k), at least three rows, and the rows run to the end of the line (or to
// a 注 note). The header words must make k column names in exactly one way
// (groupHeaderWords), else the table gives nothing. It returns the rows
// for table (the header first), the table's unit and whether the line at
// [ls, le) is such a table.
func (x *extractor) flatSpacedTable(ls, le int) ([]trow, string, bool) {
	s := x.s
	a, b := trimSpace(s, ls, le)
	if b-a < 8 || !strings.Contains(s[a:b], "单位") || strings.ContainsAny(s[a:b], "|｜。；;") {
		return nil, "", false
	}
	toks := lineTokens(s, a, b)
	h, unit := -1, ""
	for i, t := range toks {
		if !strings.Contains(t.text, "单位") {
			continue
		}
		if u := unitLine(t.text); u != "" {
			h, unit = i+1, u
		} else if i+1 < len(toks) && (strings.HasSuffix(t.text, "单位:") || strings.HasSuffix(t.text, "单位：")) {
			if u := unitLine(t.text + toks[i+1].text); u != "" {
				h, unit = i+2, u
			}
		}
		break
	}
	if h < 0 {
		return nil, "", false
	}
	first := -1
	for i := h; i < len(toks) && i-h <= maxFlatHeaderWords; i++ {
		if flatPeriodLabel(toks[i].text) && i+1 < len(toks) && spacedValue(toks[i+1].text) {
			first = i
			break
		}
		if spacedValue(toks[i].text) || strings.ContainsAny(toks[i].text, "0123456789") {
			return nil, "", false // a number in the header: not this layout
		}
	}
	if first <= h {
		return nil, "", false
	}
	type frow struct{ label, values []spacedToken }
	var rows []frow
	width := 0
	i := first
	for i < len(toks) && flatPeriodLabel(toks[i].text) {
		j := i + 1
		for j < len(toks) && spacedValue(toks[j].text) {
			j++
		}
		if width == 0 {
			width = j - i - 1
		}
		if j-i-1 != width {
			return nil, "", false // a row of another width: a cell lost or added
		}
		rows = append(rows, frow{label: toks[i : i+1], values: toks[i+1 : j]})
		i = j
	}
	if i < len(toks) && !strings.HasPrefix(toks[i].text, "注") {
		return nil, "", false
	}
	if len(rows) < 3 || width < 2 {
		return nil, "", false
	}
	words := make([]string, 0, first-h)
	for _, t := range toks[h:first] {
		words = append(words, t.text)
	}
	names, ok := groupHeaderWords(words, width)
	if !ok {
		return nil, "", false
	}
	hs := toks[h].start
	hr := trow{start: hs, end: toks[first-1].end, textLine: true}
	hr.cells = append(hr.cells, tcell{start: hs, end: hs})
	for _, n := range names {
		hr.cells = append(hr.cells, tcell{text: n, start: hs, end: hs})
	}
	out := []trow{hr}
	for _, r := range rows {
		l := r.label[0]
		tr := trow{start: l.start, end: r.values[len(r.values)-1].end}
		tr.cells = append(tr.cells, tcell{text: l.text, start: l.start, end: l.end})
		for _, v := range r.values {
			tr.cells = append(tr.cells, tcell{text: v.text, start: v.start, end: v.end})
		}
		out = append(out, tr)
	}
	return out, unit, true
}

// flatPeriodLabel is the rule for the row label of a flattened table of
// periods: a year and what follows it, a month (2023年1月, 2023年1月份) or
// a quarter (2023年一季度, 2023年第1季度), or the year alone (2023年); or a
// month without its year written with digits (3月, 1-3月, 12月份:
// partOfYearHeader).
func flatPeriodLabel(t string) bool {
	if strings.ContainsAny(t, "0123456789") && partOfYearHeader(t) {
		return true // a month of the year the caption names: 3月, 1-3月, 12月份
	}
	if len(t) < len("2023年") || !isASCIIDigits(t[:4]) || !strings.HasPrefix(t[4:], "年") {
		return false
	}
	rest := t[4+len("年"):]
	if rest == "" {
		return true
	}
	if m, ok := strings.CutSuffix(strings.TrimSuffix(rest, "份"), "月"); ok {
		return m != "" && len(m) <= 2 && isASCIIDigits(m)
	}
	if q, ok := strings.CutSuffix(rest, "季度"); ok {
		q = strings.TrimPrefix(q, "第")
		return utf8.RuneCountInString(q) == 1 && strings.Contains("一二三四1234", q)
	}
	return false
}

// isASCIIDigits reports a non-empty string of ASCII digits.
func isASCIIDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// flatStubWords name the label column of a table of periods (the corner
// cell), not a column of values.
var flatStubWords = map[string]bool{"指标": true, "项目": true, "时间": true, "月份": true, "日期": true, "年月": true, "期间": true, "年份": true}

// wrappedHeaderNames are column names a table's header often wraps over
// two lines, so that a copy that runs the header into one line splits
// them in two words: the components of the purchasing managers' index as
// the statistics bureau publishes them (原材料 / 库存, 供应商配 / 送时间).
var wrappedHeaderNames = map[string]bool{
	"原材料库存": true, "产成品库存": true, "新出口订单": true, "在手订单": true,
	"主要原材料购进价格": true, "出厂价格": true, "供应商配送时间": true,
	"生产经营活动预期": true, "业务活动预期": true, "投入品价格": true,
	"销售价格": true, "商务活动": true, "中间投入价格": true, "收费价格": true,
}

// groupHeaderWords is the rule for the header words of a flattened table
// with k columns: k words are the k names; with more, two adjacent words
// make one name when they join into a name that wraps in a header
// (wrappedHeaderNames). A first word that names the label column
// (flatStubWords) is dropped. ok only when exactly one grouping gives k
// names.
func groupHeaderWords(words []string, k int) ([]string, bool) {
	if len(words) > k && flatStubWords[words[0]] {
		words = words[1:]
	}
	n := len(words)
	if n < k || n > 2*k || n > maxFlatHeaderWords {
		return nil, false
	}
	if n == k {
		return words, true
	}
	// ways[i][g]: the groupings of words[i:] into g names (capped at 2).
	ways := make([][]int, n+1)
	for i := range ways {
		ways[i] = make([]int, k+1)
	}
	ways[n][0] = 1
	for i := n - 1; i >= 0; i-- {
		for g := 1; g <= k; g++ {
			w := ways[i+1][g-1]
			if i+1 < n && wrappedHeaderNames[words[i]+words[i+1]] {
				w += ways[i+2][g-1]
			}
			ways[i][g] = min(w, 2)
		}
	}
	if ways[0][k] != 1 {
		return nil, false
	}
	out := make([]string, 0, k)
	for i, g := 0, k; i < n; g-- {
		if i+1 < n && wrappedHeaderNames[words[i]+words[i+1]] && ways[i+2][g-1] == 1 {
			out = append(out, words[i]+words[i+1])
			i += 2
			continue
		}
		out = append(out, words[i])
		i++
	}
	return out, true
}
