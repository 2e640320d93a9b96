package present

import (
	"strconv"
	"time"
)

// Document is the appendix as an office publishes it: everything a
// renderer prints, already decided and formatted. A renderer lays it out;
// it does not look at the dataset, format a number, choose a chart, gloss
// a flag or punctuate a sentence. All text is punctuated for Chinese
// (Punctuate) and every figure is in its final shown form.
//
// Printed in this order: Title, then Org and Period under it, the
// narrative (Sections), the tables, the charts, Notes, Source, and the
// Signature at the end. Checks is the consistency report, which goes into
// a file of its own (NAME-核查.pdf, the workbook's 校验 sheet) unless
// IncludeChecks asks for it in the appendix as well.
type Document struct {
	Title  string // e.g. "湛江经开区2022年统计附录"
	Org    string // the issuing body (发布单位); may be ""
	Period string // the period reported on: "2022年", "2022年1-11月"

	Year         int // the reporting year
	PreviousYear int // the comparison year; 0 when the data has one year
	// Comparison is how the text names the comparison year: "上年" for
	// consecutive years, "2019年" otherwise.
	Comparison string

	// Sections are the narrative: one per section of the data, in data
	// order, each a heading and its statements.
	Sections []Section

	// Tables are the numbered tables (表1, 表2 …), in print order.
	Tables []*Table

	// Charts are the charts to draw (图1 …), in print order, each saying
	// which rows it shows and how.
	Charts []*ChartSpec

	// Notes are notes on the whole document, printed after the tables
	// and charts, each a complete sentence; the 注 of a table is in its
	// Table.Notes.
	Notes []string
	// Source is the source line, "资料来源：…", or "" when none was
	// given. Tables and charts carry it as well.
	Source string

	// Signature is the 落款 printed at the end, in place of a
	// generated-on line.
	Signature Signature

	// Checks is the consistency check report of the same data. Renderers
	// of the appendix print it only when IncludeChecks is set; the check
	// report file always prints it.
	Checks        *CheckReport
	IncludeChecks bool

	// Rows is the number of indicators (rows of the analysis); the main
	// table has one item row for each.
	Rows int
}

// Section is one part of the narrative: a heading and what the data says.
type Section struct {
	// Heading is the section's name as written in the data ("市场主体"),
	// "" for indicators without a section. A renderer numbers the
	// headings itself when it wants (（一）…).
	Heading string
	// Statements are the statements of the section's indicators, in data
	// order, each a clause without its final "。"
	// ("实有各类市场主体28716户，比上年增长12.33%").
	Statements []string
	// Rows are the analysis rows (indices into the table's rows) the
	// statements come from, one for each statement.
	Rows []int
}

// Paragraph returns the section's statements as one paragraph, each
// ended with "。".
func (s Section) Paragraph() string {
	n := 0
	for _, st := range s.Statements {
		n += len(st) + len("。")
	}
	b := make([]byte, 0, n)
	for _, st := range s.Statements {
		b = append(b, st...)
		b = append(b, "。"...)
	}
	return string(b)
}

// Signature is the 落款: who issues the document and when.
type Signature struct {
	Org  string    // the issuing body; "" when unknown
	Date time.Time // the date of issue; zero when none was given
	// DateText is Date in Chinese, "2023年2月22日"; "" without a date.
	DateText string
}

// Lines returns the signature as printed, right-aligned at the end of the
// document: the body, then the date; empty parts are left out.
func (s Signature) Lines() []string {
	var out []string
	if s.Org != "" {
		out = append(out, s.Org)
	}
	if s.DateText != "" {
		out = append(out, s.DateText)
	}
	return out
}

// ChineseDate writes a date the way Chinese documents sign it,
// "2023年2月22日" (Arabic numerals, no leading zeros), or "" for the zero
// time.
func ChineseDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return strconv.Itoa(t.Year()) + "年" + strconv.Itoa(int(t.Month())) + "月" + strconv.Itoa(t.Day()) + "日"
}

// Table is a numbered table: caption, unit line, header, rows, 注 and
// source, as a yearbook prints it (SPEC §10).
type Table struct {
	// Number is the table's number (1 for 表1); 0 for an unnumbered table.
	Number int
	// Title is the caption without its number: "2022年主要指标".
	Title string
	// Caption is the caption printed above the table: "表1 2022年主要指标"
	// (just Title when unnumbered).
	Caption string
	// ContinuedCaption heads the table on each page after its first:
	// "续表1" (for an unnumbered table "续表").
	ContinuedCaption string

	// Unit is the unit of every figure of the table when it has only
	// one; then UnitLine is "单位：户" and there is no unit column.
	// Otherwise Unit and UnitLine are "" and a ColUnit column gives each
	// row's unit.
	Unit     string
	UnitLine string

	// Columns are the table's columns, left to right; every Row has one
	// cell for each.
	Columns []Column
	// Rows are the rows in print order: section rows (RowSection) and
	// item rows.
	Rows []Row

	// Notes are the 注 under the table: each mark, note reference and
	// convention the table uses, explained. A renderer prints "注：" and
	// then the notes, numbered when there is more than one.
	Notes []Note
	// Source is the source line under the table, "资料来源：…", or "".
	Source string
}

// ColumnRole says what a column holds, for renderers that treat columns
// differently (the workbook writes live formulas in ColChange, ColGrowth
// and ColPP).
type ColumnRole uint8

// Column roles.
const (
	ColLabel    ColumnRole = iota // the indicator (指标), indented by Row.Level
	ColUnit                       // the row's unit (单位), when the table has several
	ColPrevious                   // the comparison year's value
	ColCurrent                    // the reporting year's value
	ColChange                     // current − previous (增减量)
	ColGrowth                     // percent growth (比上年增长（%）), for counts and amounts
	ColPP                         // change of a rate in percentage points (比上年增减（百分点）)
	ColText                       // any other text (the check report's columns)
	ColNumber                     // any other figure
)

// Column is one column of a table.
type Column struct {
	Role ColumnRole
	// Header is the column's heading as printed, e.g. "2022年",
	// "比上年增长（%）". It may hold "\n" where a renderer should break it.
	Header string
	// Numeric columns hold figures: right-aligned, never wrapped.
	Numeric bool
	// Decimals is how many decimals every figure of the column shows,
	// or -1 when it varies by row (value columns of a table of several
	// units: each unit's figures share their decimals; see Cell.Decimals).
	Decimals int
	// Wrap is whether the column's text may wrap (labels, notes); figures
	// never wrap.
	Wrap bool
}

// RowKind tells section rows from item rows.
type RowKind uint8

// Row kinds.
const (
	RowItem    RowKind = iota // an indicator
	RowSection                // a section heading spanning the table ("市场主体")
)

// Row is one row of a table.
type Row struct {
	Kind RowKind
	// Level is how far the row's label is indented, in ideographs: 0 for
	// a total or an independent indicator, 1 for an item of a 其中 list
	// under its total, 2 for an item of an item, and so on. The first
	// item of a list says "其中：" itself.
	Level int
	// Cells has one cell for each of the table's columns; a section row
	// has its heading in Cells[0] and empty cells after it.
	Cells []Cell
	// Index is the analysis row (index into analysis.Table.Rows) the row
	// shows, or -1 for a section row or a row of another table.
	Index int
	// Note is the row's note ("2021年数据为推算值。"), which the table's
	// Notes list under the reference its label carries; "" for none.
	// Renderers with room for it (the workbook's 备注 column) print it on
	// the row as well.
	Note string
}

// Mark is a statistical yearbook's mark for a figure that is not shown
// as a number (SPEC §10). Every mark a table uses is explained in its
// Notes.
type Mark uint8

// Marks.
const (
	MarkNone          Mark = iota // a number
	MarkNotApplicable             // "—": not applicable or undefined (growth over a zero base)
	MarkTooSmall                  // "…": not zero, but less than the smallest unit shown
	MarkUnknown                   // blank: the value is not known (missing from the data)
)

// Symbol is what a cell with the mark prints: "—", "…" or "".
func (m Mark) Symbol() string {
	switch m {
	case MarkNotApplicable:
		return "—"
	case MarkTooSmall:
		return "…"
	}
	return ""
}

// Cell is one cell: the text printed and, for figures, the number behind
// it.
type Cell struct {
	// Text is the cell as printed: a figure in its final form ("28716",
	// "12.33", "约2.25"), a mark's symbol, or text. Note references are
	// part of it ("实有各类市场主体①").
	Text string
	// Prefix and Suffix are the words around the number in Text: the
	// qualifier as the source wrote it (约2.25: Prefix "约"; 540多:
	// Suffix "多"), for renderers that write the number apart (the
	// workbook's number format).
	Prefix, Suffix string
	// Value is the figure the cell shows, unrounded (growth in percent:
	// 12.33 for 12.33%); valid when Numeric.
	Value float64
	// Decimals is how many decimals Text shows.
	Decimals int
	// Numeric is whether the cell holds a figure (Mark is MarkNone or
	// MarkTooSmall).
	Numeric bool
	// Mark is the yearbook mark, when the cell shows one.
	Mark Mark
}

// Note is one note of a table's 注.
type Note struct {
	// Ref is the reference the table's cells carry ("①"), or "" for a
	// note on the table as a whole (a mark's meaning, a convention).
	Ref string
	// Text is the note, a complete sentence ending in "。".
	Text string
}

// String is the note as printed in a 注 list: its reference and text.
func (n Note) String() string { return n.Ref + n.Text }

// ChartKind is what a chart shows.
type ChartKind uint8

// Chart kinds.
const (
	ChartGrouped ChartKind = iota // bars of the previous and current values, side by side, of one unit
	ChartGrowth                   // bars of the percent growth, sorted, largest first
	ChartPP                       // bars of the rates' change in percentage points, sorted
	ChartTrend                    // lines of the values over the years, of one unit (never indexed)
)

// ChartSpec is one chart of the appendix: what it shows and how it is
// labelled. The renderers (report/chart for pictures, the workbook for its
// native charts) draw it as specified.
type ChartSpec struct {
	// Name is the chart's name for BuildOptions.Charts and file names:
	// "grouped", "grouped-2" …, "growth", "growth-pp", "trend".
	Name string
	Kind ChartKind
	// Number is the figure number (1 for 图1).
	Number int
	// Title is the chart's title without its number; Caption is
	// "图1 " + Title, printed with the chart.
	Title   string
	Caption string
	// Unit is the unit of the value axis, in the data's own scale: the
	// indicators' unit as written for grouped and trend charts ("亿元",
	// not "元"), "%" for growth, "百分点" for percentage points.
	Unit string
	// UnitLine is "单位：亿元".
	UnitLine string
	// Rows are the analysis rows (indices into analysis.Table.Rows) the
	// chart shows, in drawing order; Categories are their labels.
	Rows       []int
	Categories []string
	// Series are the values drawn: for grouped charts the previous and
	// the current year, for growth and percentage points one series, for
	// trends one series per indicator over Years.
	Series []Series
	// Years are the categories of a trend chart (its x axis).
	Years []int
	// Decimals is how many decimals value labels and ticks show.
	Decimals int
	// Legend is whether the chart needs a legend: more than one series.
	Legend bool
	// ZeroBaseline is true for bars, which must start at zero; a trend
	// may start its axis elsewhere.
	ZeroBaseline bool
	// Notes are printed under the chart: what was left out and why, and
	// what marks mean.
	Notes []string
	// Source is the source line, "资料来源：…", or "".
	Source string
}

// Series is one series of a chart.
type Series struct {
	Name string // legend label: "2021年", or the indicator's name in a trend
	// Values are the figures, one for each category (grouped, growth) or
	// year (trend); Defined says which are known.
	Values  []float64
	Defined []bool
	// Labels are the value labels as printed ("+12.33%", "约2.25"), one
	// for each value ("" for an undefined one).
	Labels []string
}

// CheckReport is the consistency report of the data: findings in
// Chinese, for the separate check file and the workbook's 校验 sheet
// (SPEC §10: the appendix carries the figures, the check report the
// findings).
type CheckReport struct {
	Title string // "湛江经开区2022年统计附录数据核查报告"
	// Summary is one sentence: "共发现3项：错误1项，警告2项。" or
	// "未发现不一致的数据。"
	Summary string
	// Table lists the findings, most severe first: 序号, 级别, 检查项,
	// 年份, 指标, 应为, 实为, 说明.
	Table *Table
	// Errors, Warnings and Infos count the findings by severity.
	Errors, Warnings, Infos int
}

// Texts returns every string the document prints, in print order: the
// renderers' font coverage checks and the tests' punctuation checks go
// through it. The check report is included. EachText gives the same
// strings without collecting them.
func Texts(doc *Document) []string {
	var out []string
	EachText(doc, func(s string) { out = append(out, s) })
	return out
}

// EachText calls yield with each string Texts returns, in the same order,
// without building the list: a table of 200,000 rows has more than a
// million of them.
func EachText(doc *Document, yield func(string)) {
	for _, s := range []string{doc.Title, doc.Org, doc.Period} {
		yield(s)
	}
	for _, s := range doc.Sections {
		yield(s.Heading)
		for _, st := range s.Statements {
			yield(st)
		}
	}
	for _, t := range doc.Tables {
		t.eachText(yield)
	}
	for _, c := range doc.Charts {
		for _, s := range []string{c.Title, c.Caption, c.UnitLine, c.Source} {
			yield(s)
		}
		for _, s := range c.Categories {
			yield(s)
		}
		for _, s := range c.Notes {
			yield(s)
		}
		for _, s := range c.Series {
			yield(s.Name)
			for _, l := range s.Labels {
				yield(l)
			}
		}
	}
	for _, s := range doc.Notes {
		yield(s)
	}
	yield(doc.Source)
	for _, s := range doc.Signature.Lines() {
		yield(s)
	}
	if doc.Checks != nil {
		yield(doc.Checks.Title)
		yield(doc.Checks.Summary)
		if doc.Checks.Table != nil {
			doc.Checks.Table.eachText(yield)
		}
	}
}

func (t *Table) eachText(yield func(string)) {
	for _, s := range []string{t.Caption, t.ContinuedCaption, t.UnitLine, t.Source} {
		yield(s)
	}
	for _, c := range t.Columns {
		yield(c.Header)
	}
	for _, r := range t.Rows {
		for _, c := range r.Cells {
			yield(c.Text)
		}
	}
	for _, n := range t.Notes {
		yield(n.String())
	}
}
