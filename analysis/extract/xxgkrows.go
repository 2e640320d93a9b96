package extract

// Rules for template tables whose copy marks blank cells (a report that
// leaves a zero cell empty, as many do): a web copy written one cell a line
// (一、本年新收政府信息公开申请数量 | then | | | … | 0 |), `|` rows with empty
// cells between bars (| 0 | | | | | | 0 |), tab-separated rows. The count
// of values then differs from the template's and readXXGK cannot place
// them; the rows are read one by one instead: each row found by its label
// in the template's order, its cells the values and blanks after it, seven
// of them for T3 (fifteen for T4), a blank giving no figure.

import (
	"strings"
	"unicode/utf8"

	"github.com/annualstat/annualstat/analysis/xxgk"
)

// xxgkLineTokens is xxgkTokens over the lines of s with the blank cells a
// line marks: a line that is a lone bar (a one-cell-a-line copy's empty
// cell), an empty segment between two bars that holds a space (| |; two
// bars side by side, ||, are a merged cell's padding and no cell), an
// empty field between two tabs.
func xxgkLineTokens(s string, base int, out []xxgkToken) []xxgkToken {
	for ls := 0; ls <= len(s); {
		le := strings.IndexByte(s[ls:], '\n')
		if le < 0 {
			le = len(s)
		} else {
			le += ls
		}
		out = xxgkBlankTokens(s[ls:le], base+ls, out)
		ls = le + 1
	}
	return out
}

// xxgkBlankTokens adds the tokens of one line, its blank cells included.
func xxgkBlankTokens(line string, at int, out []xxgkToken) []xxgkToken {
	t := strings.TrimSpace(line)
	if t == "|" || t == "｜" {
		i := strings.Index(line, t)
		return append(out, xxgkToken{start: at + i, end: at + i, value: true, blank: true})
	}
	sep := ""
	switch {
	case strings.Contains(t, "\t") && !strings.ContainsAny(t, "|｜"):
		sep = "\t"
	case strings.Contains(t, "|"):
		sep = "|"
	case strings.Contains(t, "｜"):
		sep = "｜"
	default:
		return xxgkTokens(line, at, out)
	}
	lead := len(line) - len(strings.TrimLeft(line, " \u3000\r"))
	// Segments between separators; the first and last only when they hold
	// words (| a | b | has none before its first bar).
	parts := strings.Split(line[lead:], sep)
	off := lead
	for k, p := range parts {
		if strings.TrimSpace(p) != "" {
			out = xxgkTokens(p, at+off, out)
		} else if sep == "\t" || k > 0 && k < len(parts)-1 && p != "" {
			out = append(out, xxgkToken{start: at + off, end: at + off, value: true, blank: true})
		}
		off += len(p) + len(sep)
	}
	return out
}

// xxgkRowRun is a template row found by its label and the cells written
// after it.
type xxgkRowRun struct {
	label []string // the template's label path
	cells []xxgkToken
	at    int // where its label starts
}

// xxgkCutRow reports the cells of a table's last row that an excerpt
// may have cut: fewer than seven, none of them a blank the copy marks
// (a copy that marks none and drops blank cells is read by its rows'
// totals, xxgkTotalOnly, but for its last row, which may be cut).
func xxgkCutRow(cells []xxgkToken) bool {
	if len(cells) == 0 || len(cells) >= 7 {
		return false
	}
	for _, c := range cells {
		if c.blank {
			return false
		}
	}
	return true
}

// readXXGKRows reads T3 row by row (see the file comment): the table's
// words must hold T3's column headers; its rows must follow the template's
// order from its first row (an excerpt may stop early), each row's label
// written before its cells; a number outside a row after the first row, a
// label that is no next row of the template, or a row whose cells do not
// fit seven columns fails the reading. Numbers before the first row (a
// header's column numbers) are no cells.
func readXXGKRows(toks []xxgkToken) (xxgkTable, bool) {
	var words strings.Builder
	for _, t := range toks {
		if !t.value {
			words.WriteString(t.text)
		}
	}
	if !xxgkAllT3Columns(xxgkFold(words.String())) {
		return xxgkTable{}, false
	}
	rows := xxgkT3Labels
	var runs []xxgkRowRun
	var label strings.Builder
	inValues, open := false, false
	labelAt, cut := 0, 0    // where the label read last starts; where the table's rows end, when before the tokens' end
	var pending []xxgkToken // blanks after label words: empty label cells, or a row's first cells
rowsLoop:
	for _, t := range toks {
		if !t.value {
			if inValues || label.Len() == 0 {
				label.Reset()
				labelAt = t.start
				open = false
			}
			inValues = false
			pending = pending[:0]
			label.WriteString(t.text)
			continue
		}
		if t.blank && !inValues && label.Len() > 0 {
			pending = append(pending, t) // | 三、本年度办理结果 | | （一）予以公开 |
			continue
		}
		if !inValues && label.Len() > 0 {
			l := xxgkFold(label.String())
			found, skipped, form := xxgkNextRow(l, len(runs), rows)
			switch {
			case found:
				rows = form
				for _, k := range skipped {
					runs = append(runs, xxgkRowRun{label: rows[k]}) // no cells: all blank
				}
				runs = append(runs, xxgkRowRun{label: rows[len(runs)], at: labelAt, cells: append([]xxgkToken(nil), pending...)})
				open = true
			case len(runs) == len(rows):
				cut = labelAt // the table is whole: what follows is no row of it
				break rowsLoop
			case len(runs) > 0:
				return xxgkTable{}, false // words that are no next row
			}
		}
		inValues = true
		switch {
		case open:
			runs[len(runs)-1].cells = append(runs[len(runs)-1].cells, t)
		case len(runs) > 0 && !t.blank:
			return xxgkTable{}, false // a number outside a row
		}
	}
	if len(runs) == 0 || cut == 0 && len(runs) < len(rows) && !xxgkRowsWritten(words.String(), len(runs)) {
		return xxgkTable{}, false
	}
	cutRow := -1 // the last row, when an excerpt stopped inside it
	if last := runs[len(runs)-1]; cut == 0 && len(runs) < len(rows) && xxgkCutRow(last.cells) {
		// An excerpt that stops inside its last row (7.属于行政执法案卷 | 0 |
		// 0 | 0 | 0 | 0 | 0 |): its cells are the row's first.
		cutRow = len(runs) - 1
	}
	t := xxgkTable{paths: xxgkT3Paths, cut: cut}
	for i, r := range runs {
		if i == cutRow {
			t.labels = append(t.labels, r.label)
			t.values = append(t.values, r.cells...)
			for range 7 - len(r.cells) {
				t.values = append(t.values, xxgkToken{start: r.cells[len(r.cells)-1].end, end: r.cells[len(r.cells)-1].end, value: true, blank: true})
			}
			continue
		}
		if len(r.cells) == 0 {
			t.labels = append(t.labels, r.label)
			for range 7 {
				t.values = append(t.values, xxgkToken{value: true, blank: true})
			}
			continue
		}
		cells, ok := xxgkRowCells(r.cells, 7, xxgkT3Sums)
		if !ok {
			return xxgkTable{}, false
		}
		var only []xxgkToken
		if len(r.cells) < 7 {
			for _, c := range r.cells {
				if !c.blank {
					only = append(only, c)
				}
			}
			if t.totalOnly == nil {
				t.totalOnly = make([][]xxgkToken, len(runs))
			}
			t.totalOnly[len(t.labels)] = only
		}
		t.labels = append(t.labels, r.label)
		t.values = append(t.values, cells...)
	}
	return t, true
}

// rulesPlaceTotals reports whether the table rules read a region the
// template placed only partly (rows whose columns the copy lost, as
// pdftotext writes blank cells: wider gaps) at least as the template does:
// every count of the region read once, by its own value, named by one of
// T3's columns, the placed cells by theirs and each total-only row's last
// count as its 总计, and the counts the rules read in each such row adding
// up to it. The rules then placed the row's other counts from the
// header's positions, which the template's reading cannot.
func (x *extractor) rulesPlaceTotals(r *xxgkRegion) bool {
	if r.t.totalOnly == nil {
		return false
	}
	type want struct {
		value   float64
		column  string // "" for any of T3's
		row     int
		counted bool
	}
	at := map[int]*want{} // by the count's end in the text
	width := len(r.t.paths)
	for k, v := range r.t.values {
		row := k / width
		if r.t.totalOnly[row] != nil || v.blank || !isXXGKNumber(v.text) {
			continue
		}
		n, _, _, _ := parseCell(v.text)
		p := r.t.paths[k%width]
		at[v.end] = &want{value: n, column: p[len(p)-1], row: row}
	}
	for row, only := range r.t.totalOnly {
		for i, v := range only {
			n, _, _, ok := parseCell(v.text)
			if !ok {
				return false
			}
			w := &want{value: n, row: row}
			if i == len(only)-1 {
				w.column = xxgk.HeaderTotal
			}
			at[v.end] = w
		}
	}
	sums := map[int]float64{}
	for _, f := range x.figs[r.snap:] {
		if !inRegion(f, r) {
			continue
		}
		w := at[f.Span[1]]
		if w == nil || w.counted || f.Value != w.value || !xxgkNamedByColumn(f.Indicator, w.column) {
			return false
		}
		w.counted = true
		if r.t.totalOnly[w.row] != nil && w.column == "" {
			sums[w.row] += f.Value
		}
	}
	for _, w := range at {
		if !w.counted {
			return false
		}
	}
	for row, only := range r.t.totalOnly {
		if only == nil {
			continue
		}
		total, _, _, _ := parseCell(only[len(only)-1].text)
		if len(only) > 1 && sums[row] != total {
			return false
		}
	}
	return true
}

// xxgkNamedByColumn reports a figure named by a column of T3: the column
// given, or any when it is "".
func xxgkNamedByColumn(indicator, column string) bool {
	if column != "" {
		return strings.HasSuffix(indicator, column)
	}
	for _, c := range xxgk.T3Columns {
		if strings.HasSuffix(indicator, c) {
			return true
		}
	}
	return false
}

// xxgkAllT3Columns reports all of T3's column headers among a table's
// words: a table that drops some (a report's own shorter form) is not
// read by the template's seven columns.
func xxgkAllT3Columns(words string) bool {
	for _, w := range []string{"自然人", "商业", "科研", "社会公益", "法律服务", "其他", "总计"} {
		if !strings.Contains(words, w) {
			return false
		}
	}
	return true
}

// xxgkNextRow finds the row that words before cells label, from row
// next on: the next row of the form (or of the 2019 form, whose （六） is
// one row), or a later one when the words hold the labels of the rows
// between in order (rows whose cells were all blank and dropped by the
// copy: skipped). form is the rows' form.
func xxgkNextRow(words string, next int, rows [][]string) (found bool, skipped []int, form [][]string) {
	for _, f := range [][][]string{rows, xxgkT3Labels2019} {
		at := 0
		skipped = skipped[:0]
		for k := next; k < len(f); k++ {
			if xxgkLabelEnds(words, f[k]) {
				return true, skipped, f
			}
			core := xxgkFold(xxgkCore(f[k][len(f[k])-1]))
			i := strings.Index(words[at:], core)
			if i < 0 {
				break
			}
			at += i + len(core)
			skipped = append(skipped, k)
		}
	}
	return false, nil, rows
}

// xxgkT3Sums are T3's row identity: C7 = C1 + … + C6 (H3), as the cells'
// places in a row.
var xxgkT3Sums = [][2]int{{0, 6}}

// xxgkT4Sums are T4's identities: each block's 总计 sums its four results
// (H4).
var xxgkT4Sums = [][2]int{{0, 4}, {5, 9}, {10, 14}}

// xxgkLabelEnds reports whether the folded words before a row's cells end
// with the row's label: its own label without the list number and note
// (部分公开 of （二）部分公开（区分处理的，…）), written whole or with the
// note; 3.其他 and （七）总计, whose words are short, with their list number
// or group.
func xxgkLabelEnds(words string, path []string) bool {
	own := path[len(path)-1]
	core := xxgkFold(xxgkCore(own))
	w := xxgkDropNote(words)
	if utf8.RuneCountInString(core) <= 2 {
		full := xxgkFold(own)
		return strings.HasSuffix(words, full) || strings.HasSuffix(xxgkListDots(words), xxgkListDots(full)) ||
			len(path) > 1 && strings.HasSuffix(w, xxgkFold(xxgkCore(path[len(path)-2]))+core)
	}
	return strings.HasSuffix(w, core)
}

// xxgkDropNote is folded label words without a note in brackets at their
// end (部分公开(区分处理的,只计这一情形,不计其他情形) → 部分公开).
func xxgkDropNote(w string) string {
	if strings.HasSuffix(w, ")") {
		if i := strings.LastIndex(w, "("); i > 0 {
			return w[:i]
		}
	}
	return w
}

// xxgkListDots writes a list number's marks one way: 3、其他 → 3.其他.
func xxgkListDots(s string) string {
	return strings.NewReplacer("、", ".", "．", ".").Replace(s)
}

// xxgkRowCells places the cells written after a row's label in its n
// columns: n cells as they are; more when the row's blanks (a merged
// cell's padding, an empty group cell of the next row) lie outside n of
// them, the placing for which the row's sums hold (C7 = C1 + … + C6,
// blanks 0) preferred, then the one whose last cell is written, then the
// first. Fewer than n cells is a row whose blanks the copy lost: only its
// total is placed (xxgkTotalOnly). Non-blank cells outside every placing
// fail.
func xxgkRowCells(cells []xxgkToken, n int, sums [][2]int) ([]xxgkToken, bool) {
	if len(cells) < n {
		return xxgkTotalOnly(cells, n, sums)
	}
	best, bestScore := -1, -1
	for o := 0; o+n <= len(cells); o++ {
		ok := true
		for i, c := range cells {
			if (i < o || i >= o+n) && !c.blank {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		score := 0
		if xxgkSumsHold(cells[o:o+n], sums) {
			score += 2
		}
		if !cells[o+n-1].blank {
			score++
		}
		if score > bestScore {
			best, bestScore = o, score
		}
	}
	if best < 0 {
		return nil, false
	}
	return cells[best : best+n], true
}

// xxgkTotalOnly is the rule for a T3 row of fewer than seven cells (a
// copy that dropped the row's blank cells, or pdftotext that wrote them as
// wider gaps): which column each count stood in is lost, but the last is
// the row's 总计 when it is its only count or the sum of the others (a
// total is written, 0 included, where other cells are left blank), and it
// is placed in C7, the others left unread. Any other row fails.
func xxgkTotalOnly(cells []xxgkToken, n int, sums [][2]int) ([]xxgkToken, bool) {
	if len(sums) != 1 || sums[0] != [2]int{0, n - 1} {
		return nil, false // T3's rows only
	}
	var vals []xxgkToken
	for _, c := range cells {
		if !c.blank {
			vals = append(vals, c)
		}
	}
	if len(vals) == 0 {
		return nil, false
	}
	last := vals[len(vals)-1]
	if len(vals) > 1 && !xxgkSumsHold(vals, [][2]int{{0, len(vals) - 1}}) {
		return nil, false
	}
	out := make([]xxgkToken, n)
	for i := range out[:n-1] {
		out[i] = xxgkToken{start: last.start, end: last.start, value: true, blank: true}
	}
	out[n-1] = last
	return out, true
}

// xxgkSumsHold reports whether each sum cell (second of a pair) is written
// and equals the sum of the cells from the first of the pair up to it,
// blanks and missing marks counted 0.
func xxgkSumsHold(cells []xxgkToken, sums [][2]int) bool {
	for _, s := range sums {
		total, _, _, ok := parseCell(cells[s[1]].text)
		if !ok {
			return false
		}
		sum := 0.0
		for _, c := range cells[s[0]:s[1]] {
			if v, _, _, ok := parseCell(c.text); ok {
				sum += v
			}
		}
		if sum != total {
			return false
		}
	}
	return true
}

// readXXGKT4Blanks reads T4 whose copy marks blank cells: its header's
// words, then the cells of its one row, fifteen when the blanks outside
// them are dropped (xxgkRowCells, H4's sums preferred).
func readXXGKT4Blanks(toks []xxgkToken) (xxgkTable, bool) {
	var words strings.Builder
	last := -1 // the last word
	for i, t := range toks {
		if !t.value {
			words.WriteString(t.text)
			last = i
		}
	}
	w := xxgkFold(words.String())
	if !xxgkT4Header(w) || strings.Contains(w, "自然人") {
		return xxgkTable{}, false
	}
	for _, t := range toks[:last+1] {
		if t.value && !t.blank {
			return xxgkTable{}, false // a number among the header's words
		}
	}
	cells, ok := xxgkRowCells(toks[last+1:], len(xxgkT4Paths), xxgkT4Sums)
	if !ok {
		return xxgkTable{}, false
	}
	return xxgkTable{labels: [][]string{nil}, paths: xxgkT4Paths, values: cells}, true
}

// xxgkCutPair is the rule for the 2019 form's header 本年增/减 as some
// copies write it, the character after the slash lost (本年增/ then
// 处理决定数量): a folded T2 header with 本年增/ not followed by 减 reads
// as the template's 本年增/减. h itself otherwise.
func xxgkCutPair(h string) string {
	const cut = "本年增/"
	i := strings.Index(h, cut)
	if i < 0 || strings.HasPrefix(h[i+len(cut):], "减") {
		return h
	}
	return h[:i+len(cut)] + "减" + h[i+len(cut):]
}
