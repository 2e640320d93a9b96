package ingest

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/analysis/doc"
)

// A sheet whose first row is not a header of the long or wide layout is
// read as a table laid out for people, the way spreadsheets, web pages and
// Word files publish them: a title row, a 单位：万元 row, one to three
// header rows (merged cells in a workbook; in a CSV file a group header
// written once over empty cells), row labels in the first columns, and 注：
// rows under the table. The sheet becomes a doc.Table (doc.Table.Normalize
// takes the title, unit and note rows), and each data cell a value whose
// year comes from its column's headers (2023年, 本年/上年, 本报告期/上年同期,
// 期末/期初, taken relative to the year in the title) and whose unit comes
// from the column's or row's header, a 单位 column or the 单位 line. A
// change column (比上年增长(%), 同比增减(%), 增减(百分点), 增减额) gives the
// stated change of the level to its left in the same period.

// maxLaidOutCells caps the cells of a sheet read as a laid-out table: such
// tables are written for people, not millions of rows.
const maxLaidOutCells = doc.MaxCells

// laidOutSource replays the values of a laid-out table as rows of the long
// layout, giving each the position of its cell in the sheet.
type laidOutSource struct {
	recs [][]string
	at   []cellPos // per record: the data cell's position
	lab  []cellPos // per record: the row label's position
	i    int
}

// cellPos is a position in the sheet as ParseError gives it.
type cellPos struct{ line, column int }

// laidOutHeader is the header of the records laidOutSource gives.
var laidOutHeader = []string{"section", "indicator", "unit", "year", "value", "period", "parent", "change_kind", "change_value", "change_text", "note"}

func (s *laidOutSource) next() ([]string, error) {
	if s.i >= len(s.recs) {
		return nil, io.EOF
	}
	s.i++
	return s.recs[s.i-1], nil
}

func (s *laidOutSource) pos(col int) (int, int) {
	if s.i == 0 {
		return 0, 0
	}
	if col == 0 || col == 1 || col == 6 {
		p := s.lab[s.i-1]
		return p.line, p.column
	}
	p := s.at[s.i-1]
	return p.line, p.column
}

// merger is a row source that knows its merged cells (a worksheet).
type merger interface {
	// merged returns the merged ranges as 0-based first row and column
	// (counted from the sheet's first row) and spans.
	merged() []mergeRange
}

// mergeRange is a merged range of cells.
type mergeRange struct{ row, col, rows, cols int }

// merged reads the worksheet's merged ranges.
func (s *xlsxSource) merged() []mergeRange {
	mcs, err := s.f.GetMergeCells(s.sheet)
	if err != nil {
		return nil
	}
	var out []mergeRange
	for _, m := range mcs {
		c0, r0, err1 := excelize.CellNameToCoordinates(m.GetStartAxis())
		c1, r1, err2 := excelize.CellNameToCoordinates(m.GetEndAxis())
		if err1 != nil || err2 != nil || r1 < r0 || c1 < c0 {
			continue
		}
		out = append(out, mergeRange{row: r0 - 1, col: c0 - 1, rows: r1 - r0 + 1, cols: c1 - c0 + 1})
	}
	return out
}

// secondHeaderRow reads the row after a header (header being the header
// row's cells). When it is a second header row — no indicator, no figure
// in the year or value columns, some text — the sheet is read as a laid-out
// table (readLaidOut) and done is true; else the row is read as data.
func (t *tableReader) secondHeaderRow(header []string) (done bool, err error) {
	line, _ := t.src.pos(0)
	first := cloneRow(header)
	var rec []string
	for {
		rec, err = t.src.next()
		if err == io.EOF {
			return true, nil // a header and nothing else
		}
		if err != nil {
			return true, err
		}
		if !blankRow(rec) {
			break
		}
	}
	if !headerContinues(rec, t.h) {
		return false, t.row(rec)
	}
	line2, _ := t.src.pos(0)
	headerErr := t.errAt(t.h.col[colIndicator], colIndicator, "want the indicator's name, got an empty cell (a second header row?)", nil)
	return true, t.readLaidOut([][]string{first, cloneRow(rec)}, []int{line, line2}, headerErr)
}

// headerContinues is the rule for a second header row: its indicator cell
// is empty, no year or value cell holds a number, and some cell has text.
func headerContinues(rec []string, h *header) bool {
	get := func(c int) string {
		if c < 0 || c >= len(rec) {
			return ""
		}
		return trimCell(rec[c])
	}
	if get(h.col[colIndicator]) != "" || blankRow(rec) {
		return false
	}
	cols := []int{h.col[colValue], h.col[colYear]}
	for _, y := range h.years {
		cols = append(cols, y.col)
	}
	text := false
	for _, c := range cols {
		s := get(c)
		if doc.LooksNumeric(s) {
			return false
		}
		text = text || (s != "" && !doc.IsMark(s))
	}
	return text
}

// readLaidOut reads a sheet that is not a long or wide table as a
// laid-out table: pre are its first rows (read already) at sheet lines
// preLines, the rest comes from t.src; its values are fed to t as long
// rows. headerErr is the error the first rows gave as a header; it is
// returned, with the reason, when the sheet is not a laid-out table
// either.
func (t *tableReader) readLaidOut(pre [][]string, preLines []int, headerErr *ParseError) error {
	rows := append([][]string(nil), pre...)
	lines := append([]int(nil), preLines...)
	cells := 0
	for _, r := range pre {
		cells += len(r)
	}
	for {
		rec, err := t.src.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		line, _ := t.src.pos(0)
		rows = append(rows, cloneRow(rec))
		lines = append(lines, line)
		if cells += max(len(rec), 1); cells > maxLaidOutCells {
			return withReason(headerErr, fmt.Sprintf("not a laid-out table either (larger than %d cells)", maxLaidOutCells))
		}
	}
	var merged []mergeRange
	if m, ok := t.src.(merger); ok {
		merged = m.merged()
	}
	// Blank rows only separate: tables stacked in the sheet are read one
	// by one (sheetChunks), each with its own title, unit and headers.
	var recs [][]string
	var recLines []int
	for i, r := range rows {
		if !blankRow(r) {
			recs = append(recs, r)
			recLines = append(recLines, lines[i])
		}
	}
	if len(recs) == 0 {
		return withReason(headerErr, "not a laid-out table either (no rows)")
	}
	for _, ch := range sheetChunks(recs, recLines) {
		if err := t.readLaidOutTable(recs[ch[0]:ch[1]], recLines[ch[0]:ch[1]], merged, headerErr); err != nil {
			return err
		}
	}
	return nil
}

// readLaidOutTable reads the rows of one laid-out table at sheet lines
// lines (merged: the sheet's merged ranges, rows counted from 0) into t.
func (t *tableReader) readLaidOutTable(rows [][]string, lines []int, merged []mergeRange, headerErr *ParseError) error {
	tb, err := sheetTable(rows, mergesAt(merged, lines, len(rows)))
	if err != nil {
		return withReason(headerErr, err.Error())
	}
	// Positions: the grid's rows are the sheet's rows, minus those
	// Normalize takes; remember each row's line by its first cell.
	lineOf := map[int]int{}
	for r := range tb.Rows {
		lineOf[r] = lines[min(r, len(lines)-1)]
	}
	for r := range tb.Rows {
		for c := range tb.Rows[r] {
			tb.Rows[r][c].Source.Line = lineOf[tb.Rows[r][c].Row]
		}
	}
	tb.Normalize()
	src, err := laidOutRecords(tb)
	if err != nil {
		return withReason(headerErr, err.Error())
	}
	return t.feedLaidOut(src)
}

// feedLaidOut reads the long records of a laid-out table into t.
func (t *tableReader) feedLaidOut(src *laidOutSource) error {
	h, _, msg := parseHeader(laidOutHeader)
	if h == nil {
		return errors.New("ingest: laid-out header: " + msg)
	}
	t.h = h
	t.src = src
	for {
		rec, err := src.next()
		if err == io.EOF {
			return nil
		}
		if err := t.longRow(rec); err != nil {
			return err
		}
	}
}

// TableDataset reads a table of a document (a web page's, a Word file's, a
// text's, see ReadDocument) as a dataset, as ReadCSV and ReadXLSX read a
// sheet laid out for people: each data cell a value of its row's
// indicator, its year from the column's headers or the caption, its unit
// from the headers, a 单位 column or the table's unit, change columns as
// stated changes. Errors name opt.Name and the cell's line when the table
// came from text.
func TableDataset(tb *doc.Table, opt Options) (*analysis.Dataset, error) {
	src, err := laidOutRecords(tb)
	if err != nil {
		return nil, &ParseError{File: opt.Name, Line: tb.Source.Line, Msg: "table " + strings.TrimPrefix(err.Error(), "not a laid-out table either ")}
	}
	t := &tableReader{file: opt.Name, unit: "line"}
	t.b.init()
	if err := t.feedLaidOut(src); err != nil {
		return nil, err
	}
	return t.b.finish()
}

// withReason adds why the laid-out reading failed to the header error.
func withReason(e *ParseError, reason string) error {
	c := *e
	c.Msg += "; " + reason
	return &c
}

func cloneRow(rec []string) []string {
	out := make([]string, len(rec))
	for i, s := range rec {
		out[i] = strings.Clone(s)
	}
	return out
}

// sheetTable lays out sheet rows as a table: merged ranges as spans and,
// without merges, a group header written once over empty cells in an upper
// header row (InferHeaderSpans). Each cell's Source.Column is its sheet
// column.
func sheetTable(rows [][]string, merges []mergeRange) (*doc.Table, error) {
	type key struct{ r, c int }
	origin := map[key]mergeRange{}
	covered := map[key]bool{}
	for _, m := range merges {
		if m.row < 0 || m.rows*m.cols > maxLaidOutCells {
			continue
		}
		origin[key{m.row, m.col}] = m
		for i := m.row; i < m.row+m.rows; i++ {
			for j := m.col; j < m.col+m.cols; j++ {
				if i != m.row || j != m.col {
					covered[key{i, j}] = true
				}
			}
		}
	}
	if len(merges) == 0 {
		for k, m := range InferHeaderSpans(rows) {
			origin[key{k[0], k[1]}] = mergeRange{row: k[0], col: k[1], rows: 1, cols: m}
			for j := k[1] + 1; j < k[1]+m; j++ {
				covered[key{k[0], j}] = true
			}
		}
	}
	b := doc.Builder{Limit: maxLaidOutCells}
	width := 0
	for _, r := range rows {
		width = max(width, len(r))
	}
	for r, row := range rows {
		b.Row()
		for c := 0; c < width; c++ {
			if covered[key{r, c}] {
				continue
			}
			text := ""
			if c < len(row) {
				text = row[c]
			}
			rs, cs := 1, 1
			if m, ok := origin[key{r, c}]; ok {
				rs, cs = m.rows, m.cols
			}
			b.Cell(text, rs, cs, doc.Source{Offset: -1, Column: c + 1})
		}
	}
	return b.Table()
}

// InferHeaderSpans is the rule for merged header cells in a CSV file, which
// keeps a merged cell's text in its first cell and leaves the others
// empty: in a header row above another header row (rows before the first
// row with a number), a cell with text followed by empty cells over which
// the next row has text spans them. It returns the spans by [row, col] of
// the spanning cell.
func InferHeaderSpans(rows [][]string) map[[2]int]int {
	first := len(rows)
	for r, row := range rows {
		if rowHasNumberCells(row) {
			first = r
			break
		}
	}
	out := map[[2]int]int{}
	for r := 0; r+1 < first; r++ {
		row, below := rows[r], rows[r+1]
		for c := 0; c < len(row); c++ {
			if strings.TrimSpace(row[c]) == "" || c == 0 {
				continue
			}
			n := 1
			for j := c + 1; j < len(row) || j < len(below); j++ {
				if j < len(row) && strings.TrimSpace(row[j]) != "" {
					break
				}
				if j >= len(below) || strings.TrimSpace(below[j]) == "" {
					break
				}
				n++
			}
			if n > 1 {
				out[[2]int{r, c}] = n
				c += n - 1
			}
		}
	}
	return out
}

// rowHasNumberCells reports whether a row has a number after its first
// cell.
func rowHasNumberCells(row []string) bool {
	for c := 1; c < len(row); c++ {
		if doc.LooksNumeric(row[c]) {
			n, err := strconv.Atoi(strings.TrimSpace(row[c]))
			if err == nil && n >= MinYear && n <= MaxYear {
				continue // a bare year is a header
			}
			return true
		}
	}
	return false
}

// genericLeaves are column headers that name no quantity of their own
// (金额 under 收入): left out of an indicator's name.
var genericLeaves = map[string]bool{
	"金额": true, "数额": true, "数量": true, "数值": true, "绝对数": true, "总量": true, "完成数": true,
	"实际数": true, "完成": true, "绝对值": true, "值": true, "数": true, "合计": false,
}

// laidOutRecords turns a normalized table into long records.
func laidOutRecords(tb *doc.Table) (*laidOutSource, error) {
	if tb.HeaderRows == 0 || tb.LabelCols == 0 {
		return nil, errors.New("not a laid-out table either (want header rows above and row labels left of the figures)")
	}
	hint := doc.YearOf(tb.Caption)
	cols := map[int]doc.Column{}
	for c := tb.LabelCols; c < tb.NumCols(); c++ {
		cols[c] = tb.Column(c)
		if hint == 0 && cols[c].Period.Year != 0 {
			hint = max(hint, cols[c].Period.Year)
		}
	}
	// Column labels name the indicator only when two level columns of one
	// year differ in them (产量 | 产值), not when they tell years apart
	// (2023年决算数 | 2024年预算数): then the label is the value's note.
	labels := map[int]map[string]bool{} // by year
	useLabels := false
	for _, col := range cols {
		if col.Change != doc.NoChange {
			continue
		}
		y, _ := periodYear(col.Period, hint)
		if labels[y] == nil {
			labels[y] = map[string]bool{}
		}
		labels[y][colLabel(col)] = true
		useLabels = useLabels || len(labels[y]) > 1
	}
	// One label over every level column (产量 over 2022年 and 2023年)
	// names the quantity the rows are of.
	shared := ""
	all := map[string]bool{}
	for _, m := range labels {
		for l := range m {
			all[l] = true
		}
	}
	if len(all) == 1 {
		for l := range all {
			shared = l
		}
	}
	src := &laidOutSource{}
	type level struct {
		key   string // indicator and year, to attach changes
		rec   int
		col   int
		per   doc.Period
		label string
	}
	byRow := map[int][]doc.DataCell{}
	for _, d := range tb.Data() {
		byRow[d.Row] = append(byRow[d.Row], d)
	}
	var parent string
	for r := tb.HeaderRows; r < tb.NumRows(); r++ {
		path := tb.RowPath(r)
		if len(path) == 0 {
			continue
		}
		name, unitFromLabel := path[len(path)-1], ""
		if l, u, ok := doc.UnitInBrackets(name); ok {
			name, unitFromLabel = l, u
		}
		section := ""
		if len(path) > 1 {
			section = path[0]
		}
		par := ""
		if rest, ok := cutSubItem(name); ok {
			name, par = rest, parent
		} else {
			parent = name
		}
		if name == "" {
			continue
		}
		labelCell := tb.At(r, tb.LabelCols-1)
		var levels []level
		for _, d := range byRow[r] {
			col := cols[d.Col]
			ind, note := name, ""
			switch {
			case useLabels && col.Change == doc.NoChange:
				ind = joinName(name, colLabel(col))
			case shared != "":
				ind = joinName(name, shared)
			default:
				note = colLabel(col)
			}
			unit := d.Unit
			if unit == "" {
				unit = unitFromLabel
			}
			at := cellPos{d.Source.Line, d.Source.Column}
			lab := cellPos{labelCell.Source.Line, labelCell.Source.Column}
			if col.Change != doc.NoChange {
				// The level to its left in the same period (or the nearest).
				var lv *level
				for k := len(levels) - 1; k >= 0; k-- {
					if col.Period.IsZero() || levels[k].per == col.Period {
						lv = &levels[k]
						break
					}
				}
				if lv == nil {
					continue // a change with no level in the row: nothing to attach it to
				}
				rec := src.recs[lv.rec]
				rec[7] = changeKindName(col.Change)
				v, _, err := ParseNumber(d.Text)
				if err != nil {
					continue // a mark (—) or text: no stated change
				}
				rec[8] = strconv.FormatFloat(v, 'f', -1, 64)
				rec[9] = strings.TrimSuffix(strings.TrimSpace(d.Text), "%")
				continue
			}
			year, period := periodYear(col.Period, hint)
			if year == 0 {
				return nil, fmt.Errorf("not a laid-out table either (column %s %q: want a year in its header or in the title)", ColumnName(at.column), strings.Join(d.ColumnPath, " "))
			}
			if strings.HasSuffix(unit, "%") && unit != "%" {
				unit = strings.TrimSuffix(unit, "%")
			}
			src.recs = append(src.recs, []string{section, ind, unit, strconv.Itoa(year), d.Text, period, par, "", "", "", note})
			src.at = append(src.at, at)
			src.lab = append(src.lab, lab)
			levels = append(levels, level{rec: len(src.recs) - 1, col: d.Col, per: col.Period})
		}
	}
	if len(src.recs) == 0 {
		return nil, errors.New("not a laid-out table either (no figures under its headers)")
	}
	return src, nil
}

// joinName names a row's quantity by a column label: 粮食 + 产量 →
// 粮食产量, unless the row label already ends with it (税收收入 + 收入).
func joinName(row, label string) string {
	if label == "" || strings.HasSuffix(row, label) {
		return row
	}
	return row + label
}

// colLabel is a column's label without generic leaves, its parts joined.
func colLabel(col doc.Column) string {
	var parts []string
	for _, p := range strings.Split(col.Label, "/") {
		if p != "" && !genericLeaves[p] {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, "")
}

// cutSubItem is the rule for a sub-item's label: 其中：税收收入, 其中:税收,
// 其中税收收入 → (税收收入, true).
func cutSubItem(s string) (string, bool) {
	rest, ok := strings.CutPrefix(strings.TrimSpace(s), "其中")
	if !ok {
		return s, false
	}
	rest = strings.TrimLeft(rest, "：: ")
	return rest, true
}

// periodYear is the rule for a column's year and period: a written year,
// else the title's year for the current period and the year before for the
// prior one; a point at a period's end is 年末, its start the end of the
// year before.
func periodYear(p doc.Period, hint int) (int, string) {
	year := p.YearIn(hint)
	if p.Year == 0 && p.Rel == doc.RelNone {
		year = hint // a column naming no period: the table's year
	}
	switch p.Point {
	case doc.PointEnd:
		return year, "年末"
	case doc.PointStart:
		if year == 0 {
			return 0, ""
		}
		return year - 1, "年末"
	}
	return year, ""
}

func changeKindName(k doc.ChangeKind) string {
	switch k {
	case doc.ChangePercent:
		return "growth_pct"
	case doc.ChangePoints:
		return "pp"
	}
	return "abs"
}

// mergesAt gives the merged ranges that start at one of a table's sheet
// lines (numbered from 1; merged counts sheet rows from 0), with their row
// renumbered to the table's row there and cut at the table's n rows.
func mergesAt(merged []mergeRange, lines []int, n int) []mergeRange {
	index := make(map[int]int, len(lines))
	for i, l := range lines {
		index[l] = i
	}
	var merges []mergeRange
	for _, m := range merged {
		if i, ok := index[m.row+1]; ok {
			m.row = i
			m.rows = min(m.rows, n-i)
			merges = append(merges, m)
		}
	}
	return merges
}
