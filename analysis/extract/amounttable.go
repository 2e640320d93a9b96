package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/annualstat/annualstat/analysis/doc"
)

// The 非经常性损益项目 | 金额 table as a PDF's text gives it: a header
// naming no period (项目 金额, 非经常性损益项目 金额 说明), long labels
// with commas wrapped over lines, the amount on the label's first line
// (its cell aligned at the top), items without an amount.

// amountHeaders are the headers of an amount table's value and remark
// columns.
var amountHeaders = []string{"金额", "附注（如适用）", "附注(如适用)", "说明", "附注", "备注"}

// amountHeaderCells is the rule for the header line of an amount table:
// a header over the labels (项目, 非经常性损益项目) and then 金额 and
// remark headers only, 金额 among them. ok is false for any other line.
func amountHeaderCells(t string) ([]headerCell, bool) {
	if len(t) > 200 {
		return nil, false
	}
	w := prefixAt(t, 0, companyLabelHeaders)
	if w == "" {
		return nil, false
	}
	cells := []headerCell{{a: 0, b: len(w), text: w}}
	amount := false
	for i := len(w); i < len(t); {
		if t[i] == ' ' {
			i++
			continue
		}
		h := prefixAt(t, i, amountHeaders)
		if h == "" {
			return nil, false
		}
		amount = amount || h == "金额"
		cells = append(cells, headerCell{a: i, b: i + len(h), text: h})
		i += len(h)
	}
	return cells, amount && len(cells) >= 2
}

// amountRowLine is the rule for a row of an amount table written as text:
// a label, which may hold commas (计入当期损益的政府补助,但与公司正常经营业),
// then after a space only values (companyValueTokens). It returns the end
// of the label and the values' spans; ok is false for any other line.
func amountRowLine(t string) (labelEnd int, vals [][2]int, ok bool) {
	if len(t) > maxCompanyLine || strings.ContainsAny(t, "|｜。；;") {
		return 0, nil, false
	}
	k := strings.IndexByte(t, ' ')
	for k > 0 {
		label := strings.TrimSpace(t[:k])
		if label != "" && strings.IndexFunc(label, isHan) >= 0 && utf8.RuneCountInString(label) <= 80 {
			if toks, ok := companyValueTokens(t, k+1); ok {
				return len(label), toks, true
			}
		}
		n := strings.IndexByte(t[k+1:], ' ')
		if n < 0 {
			break
		}
		k += 1 + n
	}
	return 0, nil, false
}

// amountLabelBelow is the rule for a line of words under a row of an
// amount table: the rest of the row's label, wrapped below the line that
// holds its amount, when the row's label fills the width the labels wrap
// at (at least 12 characters, no shorter than the line) and the line holds
// no values; a line after a short label starts another item.
func amountLabelBelow(label, line string) bool {
	n := utf8.RuneCountInString(label)
	return n >= 12 && utf8.RuneCountInString(line) <= n && strings.IndexFunc(line, isHan) >= 0 && !strings.ContainsAny(line, "。；;") && !headingLine(line)
}

// valuelessItem is the rule for an item of an amount table written with no
// amount (少数股东权益影响额(税后)) before the next row: a label closed by its
// bracket, so no start of the next row's label.
func valuelessItem(line string) bool {
	last, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(line))
	return (last == ')' || last == '）') && strings.IndexFunc(line, isHan) >= 0 && utf8.RuneCountInString(line) <= 40
}

// amountColumns reports a company header row of an amount table: its
// value columns are 金额 (amountHeaderCells).
func amountColumns(hdr trow) bool {
	for _, c := range hdr.cells {
		if strings.TrimSpace(c.text) == "金额" {
			return true
		}
	}
	return false
}

// amountLabelText reports a text that may be (a piece of) an amount
// table's label: Han characters, commas allowed, no sentence end, at most
// 80 characters.
func amountLabelText(t string) bool {
	return t != "" && strings.IndexFunc(t, isHan) >= 0 && !strings.ContainsAny(t, "。；;！？") && utf8.RuneCountInString(t) <= 80
}

// headerlessAmounts is the rule for a grid of a statement's rows copied
// without its header (长期借款 31,231,780.38 45,897,201.80, 应付债券, 递延收益
// 9,790,911.34 …: an excerpt that starts inside the table): every row of
// the grid has a label, and every value right of the labels — those in
// the rows taken for the header too — is an amount written with two
// decimals (runOnValue), in at least two rows. The rows are then all data,
// under columns that name nothing (a row's figures are named by its
// label), not a header of the first row's amounts and labels.
func headerlessAmounts(t *doc.Table, lc int) bool {
	if t.NumCols() <= lc {
		return false
	}
	rows := 0
	for r := 0; r < t.NumRows(); r++ {
		if strings.TrimSpace(t.At(r, lc-1).Text) == "" {
			return false
		}
		vals := 0
		for c := lc; c < t.NumCols(); c++ {
			if !t.IsOrigin(r, c) {
				continue
			}
			v := strings.TrimSpace(t.At(r, c).Text)
			if v == "" {
				continue
			}
			if !runOnValue(v) {
				return false
			}
			vals++
		}
		if vals > 0 {
			rows++
		}
	}
	return rows >= 2
}

// rowsWithValues is the rows that have a cell written right of their
// label (a statement's items with amounts).
func rowsWithValues(rows []trow) []trow {
	out := rows[:0:0]
	for _, r := range rows {
		if writtenCells(r) > 1 || len(r.cells) > 1 && strings.TrimSpace(r.cells[0].text) == "" && writtenCells(r) > 0 {
			out = append(out, r)
		}
	}
	return out
}

// streamTitle is the rule for the title a table copied one cell per line
// starts with before its header (主营产品构成(百万) | 名称 | 占总收入比例 | …):
// a first cell of words, followed by a header over the labels (名称, 项目,
// 指标). It returns the unit the title names in brackets (百万, 万元; ""
// if none) and whether the first cell is such a title.
func streamTitle(cells []tcell) (unit string, ok bool) {
	if len(cells) < 3 {
		return "", false
	}
	switch strings.TrimSpace(cells[1].text) {
	case "名称", "项目", "指标", "指标名称", "项目名称":
	default:
		return "", false
	}
	t := strings.TrimSpace(cells[0].text)
	if t == "" || strings.IndexFunc(t, isHan) < 0 || utf8.RuneCountInString(t) > 60 {
		return "", false
	}
	if _, u := headerUnit(t); u != "" {
		return u, true
	}
	for _, sc := range []string{"(百万)", "（百万）", "(千元)", "（千元）", "(亿)", "（亿）", "(万)", "（万）"} {
		if strings.HasSuffix(t, sc) {
			return strings.Trim(sc, "()（）"), true
		}
	}
	return "", true
}
