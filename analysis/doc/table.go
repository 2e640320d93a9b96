package doc

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// Table is a table of a report, its merged cells resolved into a
// rectangular grid (see the package documentation: merged cells are
// replicated at every position they cover).
type Table struct {
	// Caption is the table's title (表1 …), from a caption element or a
	// title line above it; empty if none.
	Caption string
	// Unit is the table's one unit, from a 单位：万元 line above or below
	// it, or from a header cell that is only a unit line; empty if none.
	Unit string
	// Notes are the 注：… (and 资料来源：…) lines under the table, as
	// written.
	Notes []string
	// HeaderRows is how many leading rows are column headers.
	HeaderRows int
	// LabelCols is how many leading columns are row labels.
	LabelCols int
	// Rows is the grid: every row has the same number of cells.
	Rows [][]Cell
	// Source is where the table starts.
	Source Source
}

// Cell is one cell of a table. A merged cell's copies all carry the
// origin's Row and Col.
type Cell struct {
	// Text is the cell's text with white space runs collapsed to one
	// space and trimmed.
	Text string
	// Row and Col are the 0-based grid position of the cell's origin (its
	// top-left position).
	Row, Col int
	// RowSpan and ColSpan are how many rows and columns the cell covers,
	// each at least 1.
	RowSpan, ColSpan int
	// Source is where the cell's text came from.
	Source Source
}

// NumRows returns the number of grid rows.
func (t *Table) NumRows() int { return len(t.Rows) }

// NumCols returns the number of grid columns.
func (t *Table) NumCols() int {
	if len(t.Rows) == 0 {
		return 0
	}
	return len(t.Rows[0])
}

// At returns the cell at grid position (r, c), or a zero Cell outside the
// grid.
func (t *Table) At(r, c int) Cell {
	if r < 0 || r >= len(t.Rows) || c < 0 || c >= len(t.Rows[r]) {
		return Cell{}
	}
	return t.Rows[r][c]
}

// IsOrigin reports whether (r, c) is the top-left position of the cell
// that covers it: false for the copies of a merged cell.
func (t *Table) IsOrigin(r, c int) bool {
	x := t.At(r, c)
	return x.RowSpan > 0 && x.Row == r && x.Col == c
}

// ErrTooLarge is wrapped by the errors of tables whose grid would exceed
// their limit (Builder.Limit, MaxCells by default).
var ErrTooLarge = errors.New("table too large")

// MaxCells caps the number of grid positions of one table, so that a
// hostile colspan or rowspan cannot make a small file take gigabytes.
const MaxCells = 1 << 18

// MaxSpan caps one cell's RowSpan and ColSpan; larger spans are cut to it
// (HTML itself caps colspan at 1000 and rowspan at 65534).
const MaxSpan = 1000

// Builder lays out the cells of a table given row by row, each with its
// spans, the way HTML does: a cell goes to the first grid position of its
// row that no cell from a row above covers, and a rowspan reaching past the
// last row is cut to it. The work and memory are bounded by the grid the
// table really has (rows × columns), which Limit caps. The zero value is
// ready to use.
type Builder struct {
	// Limit caps the grid positions; 0 means MaxCells.
	Limit int

	cells []Cell // the cells' origins, in the order given
	until []int  // per column: the first row no longer covered from above
	cur   int    // the current row, -1 before the first
	col   int    // the next column to try in the current row
	width int
	err   error
	start bool
}

func (b *Builder) limit() int {
	if b.Limit > 0 {
		return b.Limit
	}
	return MaxCells
}

// Row starts a new row.
func (b *Builder) Row() {
	if !b.start {
		b.start = true
		b.cur = -1
	}
	b.cur++
	b.col = 0
	if b.err == nil && (b.cur+1)*max(b.width, 1) > b.limit() {
		b.err = fmt.Errorf("%w: more than %d cells", ErrTooLarge, b.limit())
	}
}

// Cell adds a cell to the current row (starting one if none was started)
// covering rowSpan × colSpan positions (values below 1 count as 1, values
// above MaxSpan as MaxSpan). Text is collapsed (CleanText).
func (b *Builder) Cell(text string, rowSpan, colSpan int, src Source) {
	if !b.start {
		b.Row()
	}
	if b.err != nil {
		return
	}
	rowSpan = clampSpan(rowSpan)
	colSpan = clampSpan(colSpan)
	r := b.cur
	for b.col < len(b.until) && b.until[b.col] > r {
		b.col++
	}
	c := b.col
	if need := c + colSpan; need > b.width {
		b.width = need
		if (r+1)*b.width > b.limit() {
			b.err = fmt.Errorf("%w: more than %d cells", ErrTooLarge, b.limit())
			return
		}
	}
	for len(b.until) < c+colSpan {
		b.until = append(b.until, 0)
	}
	for j := c; j < c+colSpan; j++ {
		b.until[j] = max(b.until[j], r+rowSpan)
	}
	b.cells = append(b.cells, Cell{Text: CleanText(text), Row: r, Col: c, RowSpan: rowSpan, ColSpan: colSpan, Source: src})
	b.col = c + colSpan
}

func clampSpan(n int) int {
	if n < 1 {
		return 1
	}
	if n > MaxSpan {
		return MaxSpan
	}
	return n
}

// Table returns the table built: the rows given, without trailing rows in
// which no cell with text starts, every row as wide as the widest; spans
// are cut to the grid, and a position no cell covers holds an empty 1×1
// cell. It fails when the grid would exceed the Limit.
func (b *Builder) Table() (*Table, error) {
	if b.err != nil {
		return nil, b.err
	}
	n := 0
	if b.start {
		n = b.cur + 1
	}
	// Trailing rows in which no text starts are dropped.
	last := -1
	for _, c := range b.cells {
		if c.Text != "" {
			last = max(last, c.Row)
		}
	}
	n = min(n, last+1)
	w := 0
	for _, c := range b.cells {
		if c.Row < n {
			w = max(w, c.Col+c.ColSpan)
		}
	}
	if n*w > b.limit() {
		return nil, fmt.Errorf("%w: %d×%d cells", ErrTooLarge, n, w)
	}
	grid := make([]Cell, n*w)
	rows := make([][]Cell, n)
	for i := range rows {
		rows[i] = grid[i*w : (i+1)*w : (i+1)*w]
	}
	for _, c := range b.cells {
		if c.Row >= n {
			continue
		}
		c.RowSpan = min(c.RowSpan, n-c.Row)
		c.ColSpan = min(c.ColSpan, w-c.Col)
		for i := c.Row; i < c.Row+c.RowSpan; i++ {
			for j := c.Col; j < c.Col+c.ColSpan; j++ {
				if rows[i][j].RowSpan == 0 {
					rows[i][j] = c
				}
			}
		}
	}
	for i := range rows {
		for j := range rows[i] {
			if rows[i][j].RowSpan == 0 {
				rows[i][j] = Cell{Row: i, Col: j, RowSpan: 1, ColSpan: 1, Source: Source{Offset: -1}}
			}
		}
	}
	return &Table{Rows: rows, Source: Source{Offset: -1}}, nil
}

// blankRow reports whether no cell of row i that starts in it has text.
func blankRow(r []Cell, i int) bool {
	for _, c := range r {
		if c.RowSpan > 0 && c.Row == i && c.Text != "" {
			return false
		}
	}
	return true
}

// NewTable makes a table of plain rows (no merged cells), padding short
// rows with empty cells.
func NewTable(rows [][]string) (*Table, error) {
	var b Builder
	for _, r := range rows {
		b.Row()
		for _, s := range r {
			b.Cell(s, 1, 1, Source{Offset: -1})
		}
	}
	return b.Table()
}

// CleanText collapses runs of white space (including full-width spaces and
// no-break spaces) to one space and trims the ends.
func CleanText(s string) string {
	if isClean(s) {
		return s
	}
	return strings.Join(strings.FieldsFunc(s, isSpace), " ")
}

// isClean reports a text CleanText leaves as it is: no white space at its
// ends and none between its words but single ASCII spaces.
func isClean(s string) bool {
	space := true // at the start, a space would be leading
	for _, r := range s {
		if isSpace(r) {
			if r != ' ' || space {
				return false
			}
			space = true
			continue
		}
		space = false
	}
	return !space || s == ""
}

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', 0x85, 0xA0, 0x3000, 0x200B, 0xFEFF:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}

// ColumnPath returns the header texts above column c, top to bottom: the
// text of each header row at c, a merged header repeated over several rows
// given once, empty headers left out. For headers
//
//	| 指标 | 本报告期       | 上年同期 |
//	|      | 数量 | 增减(%) |          |
//
// the path of column 2 is [本报告期 增减(%)].
func (t *Table) ColumnPath(c int) []string {
	var path []string
	prev := Cell{RowSpan: -1}
	for r := 0; r < t.HeaderRows && r < len(t.Rows); r++ {
		x := t.At(r, c)
		if x.Text == "" || (x.Row == prev.Row && x.Col == prev.Col && prev.RowSpan > 0) {
			prev = x
			continue
		}
		path = append(path, x.Text)
		prev = x
	}
	return path
}

// RowPath returns the row labels of row r, left to right: the texts of its
// LabelCols label columns, a label merged over several columns given once,
// empty labels left out. A label merged down several rows (a group such as
// 第一产业 over its items) appears in the path of every row it covers.
func (t *Table) RowPath(r int) []string {
	var path []string
	prev := Cell{RowSpan: -1}
	for c := 0; c < t.LabelCols && r < len(t.Rows) && c < len(t.Rows[r]); c++ {
		x := t.At(r, c)
		if x.Text == "" || (x.Row == prev.Row && x.Col == prev.Col && prev.RowSpan > 0) {
			prev = x
			continue
		}
		path = append(path, x.Text)
		prev = x
	}
	return path
}

// Column returns what the headers of column c say: ParseColumn of its
// ColumnPath.
func (t *Table) Column(c int) Column {
	return ParseColumn(t.ColumnPath(c))
}

// DataCell is a data cell of a table with its headers resolved.
type DataCell struct {
	Cell
	// ColumnPath and RowPath are the cell's header and label paths.
	ColumnPath, RowPath []string
	// Column is what the column headers say.
	Column Column
	// Unit is the cell's unit: the column's (产量(吨)), else the row
	// label's (粮食产量(万吨)), else a unit column's (单位 | 万吨) in the
	// row, else the table's (单位：万元).
	Unit string
}

// Data returns the table's data cells, row by row: the origins of the
// non-empty cells below the header rows and right of the label columns.
func (t *Table) Data() []DataCell {
	unitCol := t.unitColumn()
	var out []DataCell
	for r := t.HeaderRows; r < len(t.Rows); r++ {
		rp := t.RowPath(r)
		for c := t.LabelCols; c < len(t.Rows[r]); c++ {
			if !t.IsOrigin(r, c) || t.Rows[r][c].Text == "" || c == unitCol {
				continue
			}
			d := DataCell{Cell: t.Rows[r][c], ColumnPath: t.ColumnPath(c), RowPath: rp}
			d.Column = ParseColumn(d.ColumnPath)
			d.Unit = d.Column.Unit
			if d.Unit == "" && len(rp) > 0 {
				_, d.Unit, _ = UnitInBrackets(rp[len(rp)-1])
			}
			if d.Unit == "" && unitCol >= 0 {
				d.Unit = t.At(r, unitCol).Text
			}
			if d.Unit == "" && d.Column.Change != ChangePercent && d.Column.Change != ChangePoints {
				d.Unit = t.Unit
			}
			out = append(out, d)
		}
	}
	return out
}

// unitColumn returns the column whose header is 单位 or 计量单位, or -1.
func (t *Table) unitColumn() int {
	for c := 0; c < t.NumCols(); c++ {
		p := t.ColumnPath(c)
		if len(p) > 0 && IsUnitHeader(p[len(p)-1]) {
			return c
		}
	}
	return -1
}

// DetectLayout sets HeaderRows and LabelCols from the grid (HeaderRowsOf
// and LabelColsOf) and, when the first row is a lone 单位：… line (a
// spreadsheet's unit row), takes the table's Unit from it.
func (t *Table) DetectLayout() {
	t.HeaderRows = HeaderRowsOf(t)
	t.LabelCols = LabelColsOf(t)
	if t.Unit == "" {
		for r := 0; r < t.HeaderRows; r++ {
			for c := 0; c < t.NumCols(); c++ {
				if u, ok := UnitLine(t.At(r, c).Text); ok {
					t.Unit = u
				}
			}
		}
	}
}

// Normalize moves the lines a spreadsheet or a text table keeps inside its
// grid to the table's fields, then sets the layout (DetectLayout): leading
// title rows (one text over the table) become the Caption, 单位：… rows the
// Unit, and trailing 注：… or 资料来源：… rows the Notes. A row holding a
// title and a unit line (表1 … | 单位：万元) gives both.
func (t *Table) Normalize() {
	for t.NumRows() > 1 {
		texts := t.rowTexts(0)
		if !t.absorbTop(texts) {
			break
		}
		t.dropRows(1, t.NumRows())
	}
	for t.NumRows() > 1 {
		last := t.NumRows() - 1
		texts := t.rowTexts(last)
		if len(texts) == 0 {
			t.dropRows(0, last)
			continue
		}
		if len(texts) != 1 {
			break
		}
		if u, ok := UnitLine(texts[0]); ok && t.Unit == "" {
			t.Unit = u
		} else if IsNoteLine(texts[0]) {
			t.Notes = append([]string{texts[0]}, t.Notes...)
		} else {
			break
		}
		t.dropRows(0, last)
	}
	t.DetectLayout()
}

// absorbTop takes a title or unit row's texts into Caption and Unit,
// reporting whether the row was one.
func (t *Table) absorbTop(texts []string) bool {
	if len(texts) == 0 || len(texts) > 2 || t.NumCols() < 2 {
		return false
	}
	var caption, unit string
	for _, s := range texts {
		if u, ok := UnitLine(s); ok {
			unit = u
		} else if caption == "" && !LooksNumeric(s) && !IsNoteLine(s) {
			caption = s
		} else {
			return false
		}
	}
	if len(texts) == 2 && (unit == "" || caption == "") {
		return false // two texts: a header row unless one is a unit line
	}
	if caption != "" && t.Caption != "" {
		return false // a second title is more likely a header
	}
	if caption != "" {
		t.Caption = caption
	}
	if unit != "" {
		t.Unit = unit
	}
	return true
}

// rowTexts returns the non-empty texts of the cells that start in row r,
// one per cell.
func (t *Table) rowTexts(r int) []string {
	var out []string
	for c := 0; c < t.NumCols(); c++ {
		x := t.At(r, c)
		if x.Text != "" && x.Row == r && x.Col == c {
			out = append(out, x.Text)
		} else if x.Text != "" && x.Col == c && x.Row < r {
			// a cell merged down into this row: part of the grid, not a
			// title row
			return []string{x.Text, x.Text, x.Text}
		}
	}
	return out
}

// dropRows keeps rows [lo, hi) and renumbers the cells' rows.
func (t *Table) dropRows(lo, hi int) {
	t.Rows = t.Rows[lo:hi]
	n := len(t.Rows)
	for i := range t.Rows {
		for j := range t.Rows[i] {
			c := &t.Rows[i][j]
			c.Row -= lo
			if c.Row < 0 {
				c.RowSpan += c.Row
				c.Row = 0
			}
			c.RowSpan = max(1, min(c.RowSpan, n-c.Row))
		}
	}
}

// IsNoteLine is the rule for a note under a table: 注：…, 注:…, 注1：…,
// 注释：…, 说明：…, 资料来源：…, 数据来源：…, 备注：….
func IsNoteLine(s string) bool {
	s = trimSpace(s)
	for _, p := range []string{"注：", "注:", "注释", "说明：", "说明:", "资料来源", "数据来源", "备注：", "备注:", "来源："} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	if strings.HasPrefix(s, "注") {
		rest := strings.TrimLeft(s[len("注"):], "0123456789①②③④⑤⑥⑦⑧⑨ ")
		return rest != s[len("注"):] && (strings.HasPrefix(rest, "：") || strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "、") || strings.HasPrefix(rest, "."))
	}
	return false
}

// IsCaptionLine is the rule for a table's caption: 表1 …, 表 2 …, 表一 …,
// 附表1 …, 续表1 (a continuation, which names the table it continues).
func IsCaptionLine(s string) bool {
	s = trimSpace(s)
	for _, p := range []string{"续表", "附表", "表"} {
		if !strings.HasPrefix(s, p) {
			continue
		}
		rest := strings.TrimLeft(s[len(p):], " ")
		r, _ := utf8.DecodeRuneInString(rest)
		return (r >= '0' && r <= '9') || (r >= '０' && r <= '９') || strings.ContainsRune("一二三四五六七八九十", r)
	}
	return false
}
