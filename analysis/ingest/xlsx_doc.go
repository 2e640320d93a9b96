package ingest

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/annualstat/annualstat/analysis/doc"
	"github.com/annualstat/annualstat/internal/atomicfile"
)

// openWorkbook opens an XLSX workbook read from r with the limits ReadXLSX
// keeps (MaxXLSXSize as stored and unpacked; large sheets unpacked into a
// temporary directory of our own). close closes the workbook and removes
// that directory; it is nil when err is not.
func openWorkbook(r io.Reader, opt Options) (f *excelize.File, close func(), err error) {
	tooLarge := &ParseError{File: opt.Name, Msg: fmt.Sprintf("want an XLSX workbook of at most %s, unpacked; this one is larger (a zip bomb?)", sizeName(MaxXLSXSize)), Err: ErrTooLarge}
	if opt.size > MaxXLSXSize {
		return nil, nil, tooLarge
	}
	tmp, err := os.MkdirTemp("", "annualstat-xlsx-")
	if err != nil {
		return nil, nil, &ParseError{File: opt.Name, Msg: "reading the workbook: " + err.Error(), Err: err}
	}
	untrack := atomicfile.TrackDir(tmp)
	f, err = excelize.OpenReader(io.LimitReader(r, MaxXLSXSize+1), excelize.Options{
		UnzipSizeLimit: MaxXLSXSize, UnzipXMLSizeLimit: xlsxInMemory, TmpDir: tmp,
	})
	if err != nil {
		untrack()
		if strings.Contains(err.Error(), "unzip size exceeds") {
			return nil, nil, tooLarge
		}
		return nil, nil, &ParseError{File: opt.Name, Msg: "want an XLSX workbook: " + err.Error(), Err: err}
	}
	return f, func() { f.Close(); untrack() }, nil
}

// ReadXLSXDocument reads an XLSX workbook as a report document: every
// visible sheet with cells becomes a table (doc.TableBlock; tables stacked
// in one sheet below blank rows, each with its title or 单位 row, become
// one each; a sheet
// without a title row is titled by its name, unless that is Sheet1 or
// 工作表1) read as
// ReadXLSX reads a sheet laid out for people — merged cells resolved, a
// title row taken as the caption, a 单位：万元 row as the unit, 注：rows
// under the table as its notes, number cells as stored, percent-format
// cells in percent (0.469 formatted 0.0% is 46.9%) and a formula's result
// stored with more digits than its format shows as shown (shownNumbers). Each cell's Source names
// the sheet (Part), its sheet row (Line) and column (Column). Hidden
// sheets (the long data annualstat's workbooks keep in 数据) are left out.
func ReadXLSXDocument(r io.Reader, opt Options) (d *doc.Document, err error) {
	defer func() {
		// excelize parses untrusted XML; never let a panic in it escape.
		if p := recover(); p != nil {
			d, err = nil, &ParseError{File: opt.Name, Msg: fmt.Sprintf("want an XLSX workbook, got one that cannot be read (%v)", p)}
		}
	}()
	f, closeBook, err := openWorkbook(r, opt)
	if err != nil {
		return nil, err
	}
	defer closeBook()
	d = &doc.Document{Name: opt.Name}
	pct := percentStyles(f)
	budget := newCellBudget()
	for _, sheet := range f.GetSheetList() {
		if visible, err := f.GetSheetVisible(sheet); err == nil && !visible {
			continue
		}
		tabs, err := sheetDocTables(f, sheet, opt.Name, pct, budget)
		if err != nil {
			return nil, err
		}
		for _, t := range tabs {
			d.Add(doc.Block{Kind: doc.TableBlock, Table: t, Source: t.Source})
		}
	}
	return d, nil
}

// shownNumbers is the rule for a number cell stored with more digits than
// a reader is shown (a formula's 6.73854166666666 under the format 0.0):
// its text is the number as the cell's format shows it (6.7), when that
// is a plain number (digits, a sign, thousands commas, a point, a
// trailing %); else the stored digits stay. rec holds sheet row row's
// cells.
func shownNumbers(f *excelize.File, sheet string, row int, rec []string) {
	for i, c := range rec {
		if !storedDigits(c) {
			continue
		}
		name, err := excelize.CoordinatesToCellName(i+1, row)
		if err != nil {
			continue
		}
		if shown, err := f.GetCellValue(sheet, name); err == nil && plainShownNumber(shown) {
			rec[i] = shown
		}
	}
}

// storedDigits reports whether a cell's raw text is a number with seven
// decimals or more (a trailing % allowed): what a formula stores, not
// what anyone writes in a published table.
func storedDigits(s string) bool {
	s = strings.TrimSuffix(s, "%")
	dot := strings.IndexByte(s, '.')
	return dot >= 0 && fastNumber(s) && !strings.ContainsAny(s, "eE") && len(s)-dot-1 >= 7
}

// plainShownNumber reports whether a formatted cell is a plain number:
// an optional minus, digits with optional thousands commas, optional
// decimals and an optional trailing %.
func plainShownNumber(s string) bool {
	s = strings.TrimSuffix(strings.TrimPrefix(s, "-"), "%")
	if s == "" || s[0] < '0' || s[0] > '9' {
		return false
	}
	dot := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
		case c == ',' && !dot:
		case c == '.' && !dot && i+1 < len(s):
			dot = true
		default:
			return false
		}
	}
	return true
}

// sheetDocTables reads one worksheet as tables: one, or one for each of
// the tables stacked in it (sheetChunks); none when it has no text.
func sheetDocTables(f *excelize.File, sheet, name string, pct map[int]bool, budget *cellBudget) ([]*doc.Table, error) {
	rows, err := f.Rows(sheet)
	if err != nil {
		return nil, &ParseError{File: name, Sheet: sheet, Msg: "reading the sheet: " + err.Error(), Err: err}
	}
	defer rows.Close()
	src := &xlsxSource{rows: rows, file: name, sheet: sheet, f: f, pct: pct}
	var recs [][]string
	var lines []int
	cells := 0
	for {
		rec, err := src.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		if blankRow(rec) {
			continue
		}
		shownNumbers(f, sheet, src.row, rec)
		if cells += max(len(rec), 1); cells > min(maxLaidOutCells, budget.left) {
			return nil, &ParseError{File: name, Sheet: sheet, Line: src.row, Msg: fmt.Sprintf("want a sheet laid out for people, of at most %d cells, got a larger one", min(maxLaidOutCells, budget.left)), Err: ErrTooLarge}
		}
		recs = append(recs, cloneRow(rec))
		lines = append(lines, src.row)
	}
	if len(recs) == 0 {
		return nil, nil
	}
	merged := src.merged()
	var out []*doc.Table
	for _, ch := range sheetChunks(recs, lines) {
		t, err := chunkTable(recs[ch[0]:ch[1]], lines[ch[0]:ch[1]], merged, sheet, name)
		if err != nil {
			return nil, err
		}
		budget.spend(t)
		if t.NumRows() == 0 {
			continue
		}
		if t.Caption == "" && !defaultSheetName(sheet) && len(out) == 0 {
			// A sheet without a title row is titled by its tab (2023年财政收支).
			t.Caption = sheet
		}
		t.Source = t.Rows[0][0].Source
		out = append(out, t)
	}
	return out, nil
}

// sheetChunks is the rule for tables stacked in one sheet: after one or
// more blank rows (a gap in lines), a row with one cell of text that is a
// caption (表2 …), a 单位 line, or a title over a header row (a row of two
// or more cells without a number) starts a new table. It returns the
// tables' [start, end) ranges of recs.
func sheetChunks(recs [][]string, lines []int) [][2]int {
	var out [][2]int
	start := 0
	for i := 1; i < len(recs); i++ {
		if lines[i] > lines[i-1]+1 && startsTable(recs, i) {
			out = append(out, [2]int{start, i})
			start = i
		}
	}
	return append(out, [2]int{start, len(recs)})
}

// startsTable reports whether recs[i] is the title or unit row of a
// table (see sheetChunks).
func startsTable(recs [][]string, i int) bool {
	only, n := "", 0
	for _, c := range recs[i] {
		if c = strings.TrimSpace(c); c != "" {
			only = c
			n++
		}
	}
	if n != 1 || doc.IsNoteLine(only) || doc.LooksNumeric(only) {
		return false
	}
	if doc.IsCaptionLine(only) {
		return true
	}
	if _, ok := doc.UnitLine(only); ok {
		return true
	}
	if i+1 >= len(recs) {
		return false
	}
	next := 0
	for _, c := range recs[i+1] {
		if strings.TrimSpace(c) != "" {
			next++
		}
	}
	return next >= 2 && !rowHasNumberCells(recs[i+1])
}

// chunkTable lays out the rows of one table of a sheet (at sheet lines
// lines) with the sheet's merged ranges that start in them.
func chunkTable(recs [][]string, lines []int, merged []mergeRange, sheet, name string) (*doc.Table, error) {
	// recs skip blank rows: mergesAt renumbers the ranges to them.
	t, err := sheetTable(recs, mergesAt(merged, lines, len(recs)))
	if err != nil {
		return nil, &ParseError{File: name, Sheet: sheet, Line: lines[0], Msg: "reading the sheet as a table: " + err.Error(), Err: err}
	}
	for r := range t.Rows {
		for c := range t.Rows[r] {
			cell := &t.Rows[r][c]
			cell.Source.Line = lines[min(cell.Row, len(lines)-1)]
			cell.Source.Part = sheet
			cell.Source.File = name
		}
	}
	t.Normalize()
	return t, nil
}

// defaultSheetName reports whether a sheet's name is one a spreadsheet
// program gives (Sheet1, 工作表2), which titles nothing.
func defaultSheetName(name string) bool {
	s := strings.ToLower(strings.TrimSpace(name))
	for _, p := range []string{"sheet", "工作表"} {
		if rest, ok := strings.CutPrefix(s, p); ok {
			rest = strings.TrimSpace(rest)
			return rest == "" || strings.Trim(rest, "0123456789") == ""
		}
	}
	return false
}
