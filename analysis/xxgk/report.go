package xxgk

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Value is one cell as read: blank cells are zero, "/" is not applicable.
type Value struct {
	Num  float64 // the value; for an amount, in 万元
	Text string  // the cell as written ("" for blank)
	NA   bool    // "/" (not applicable): counts as zero in sums
	Dec  int     // decimals of Num as written after unit conversion
}

// Blank reports whether the cell was empty.
func (v Value) Blank() bool { return strings.TrimSpace(v.Text) == "" }

// Report is the statistics of one year's 政府信息公开工作年度报告: tables
// T2, T3 and T4 by cell id, and the figures its prose states.
//
// Cell ids: T3 "R1·C1" … "R4·C7" (rows as T3Rows, columns C1 自然人 …
// C7 总计); T2 "Z1·C1" … (see T2Cells); T4 "A1" … "D5" (T4IDs). A cell
// missing from a map was not in the source (a table published as an
// image); a blank cell is present with value zero.
type Report struct {
	Body   string // the reporting body (淮安市人民政府), may be ""
	Year   int    // the year reported on, 0 when unknown
	Source string // where it was read from (a file name)

	T2Format, T3Format Format
	T2                 map[string]Value
	T3                 map[string]Value
	T4                 map[string]Value

	// Unsure marks tables read from a PDF's laid-out text, where a cell
	// may have been misread: Check reports H1–H5 as warnings (SPEC §9).
	Unsure bool

	// Notes are reading notes: rows of a text that could not be placed
	// and were left out ("…这一行有5个数，应为7个，未读取"). Check reports
	// each as an Info finding.
	Notes []string

	// Prose holds the figures of 一、总体情况 (and other text) that the
	// checks compare with the tables.
	Prose []ProseFigure
}

// NewReport returns an empty report in the 2021 format.
func NewReport() *Report {
	return &Report{T2: map[string]Value{}, T3: map[string]Value{}, T4: map[string]Value{}}
}

// Has reports whether table t has any cell.
func (r *Report) Has(t Table) bool {
	switch t {
	case T2:
		return len(r.T2) > 0
	case T3:
		return len(r.T3) > 0
	}
	return len(r.T4) > 0
}

// Cell returns the T3 cell of row and column c and whether it is present.
func (r *Report) Cell(row string, c int) (Value, bool) {
	v, ok := r.T3[CellID(row, c)]
	return v, ok
}

// Num returns the T3 value of row and column c, zero when absent.
func (r *Report) Num(row string, c int) float64 { return r.T3[CellID(row, c)].Num }

// Set sets the T3 cell of row and column c to the count n.
func (r *Report) Set(row string, c int, n float64) {
	r.T3[CellID(row, c)] = Value{Num: n, Text: formatNum(n, 0)}
}

// SetRow sets a T3 row from its seven values C1…C7.
func (r *Report) SetRow(row string, vals [7]float64) {
	for c, v := range vals {
		r.Set(row, c+1, v)
	}
}

// GroupSum returns the sum of a result group's rows (R3.3 → R3.3.1 …
// R3.3.8) in column c.
func (r *Report) GroupSum(group string, c int) float64 {
	var s float64
	for _, id := range GroupRows(r.T3Format, group) {
		s += r.Num(id, c)
	}
	return s
}

// CellName names a cell in Chinese for messages: "表三“一、本年新收政府信息
// 公开申请数量”行“总计”列（R1·C7）".
func CellName(id string) string {
	if row, col, ok := splitT3(id); ok {
		r, _ := T3Row(row)
		label := r.Label
		if r.Group != "" {
			label = r.Group + r.Label
		}
		return fmt.Sprintf("表三“%s”行“%s”列（%s）", label, T3Columns[col-1], id)
	}
	for _, f := range []Format{Format2021, Format2019} {
		for _, c := range T2Cells(f) {
			if c.ID == id {
				return fmt.Sprintf("表二“%s”“%s”（%s）", c.Row, c.Column, id)
			}
		}
	}
	for i, t := range T4IDs {
		if t == id {
			b := T4Blocks[i/5].Label
			if i >= 5 {
				b = HeaderSuit + "（" + b + "）"
			}
			return fmt.Sprintf("表四%s“%s”（%s）", b, T4Results[i%5], id)
		}
	}
	return id
}

// splitT3 splits "R3.3.1·C7" into "R3.3.1" and 7.
func splitT3(id string) (string, int, bool) {
	row, col, ok := strings.Cut(id, "·C")
	if !ok || len(col) != 1 || col[0] < '1' || col[0] > '7' {
		return "", 0, false
	}
	return row, int(col[0] - '0'), true
}

// formatNum formats n with d decimals, without a trailing ".0" for whole
// numbers when d is 0.
func formatNum(n float64, d int) string {
	if math.IsNaN(n) || math.IsInf(n, 0) {
		return ""
	}
	return strconv.FormatFloat(n, 'f', d, 64)
}

// CellError is a cell that cannot be read: what was written and why,
// with the table, row and column it is in.
type CellError struct {
	Pos   string // where: "file.xlsx:表三!D5", "report.txt:12", may be ""
	Table Table
	Cell  string // cell id
	Text  string // the cell as written
	Msg   string
}

// Error returns "pos: 表三“…”行“…”列（R1·C2）：“x”不是数字".
func (e *CellError) Error() string {
	var b strings.Builder
	if e.Pos != "" {
		b.WriteString(e.Pos + ": ")
	}
	fmt.Fprintf(&b, "%s：“%s”%s", CellName(e.Cell), e.Text, e.Msg)
	return b.String()
}
