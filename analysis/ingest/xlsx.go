package ingest

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/annualstat/annualstat/analysis"
)

// DataSheet is the name of the sheet that holds the long data in the
// workbooks annualstat writes. ReadXLSX prefers it to the first sheet.
const DataSheet = "数据"

// ReadXLSX reads a dataset from an XLSX workbook: the sheet opt.Sheet, or
// when that is empty the sheet named 数据 (DataSheet, where annualstat's own
// workbooks keep the long data) if there is one, else the first sheet. The
// sheet is read row by row in either layout, as ReadCSV reads a CSV file;
// numeric cells are read as stored, not as displayed (a cell showing
// "12.33%" whose stored value is 0.1233 reads as 0.1233, so keep rates in
// percent units). A 数据 sheet chosen that way that goes on in sheets
// 数据2, 数据3 … (each with its own header row, as annualstat writes data
// beyond Excel's row limit) is read with them as one table. Error
// positions name the cell: "book.xlsx:Sheet1!E12".
func ReadXLSX(r io.Reader, opt Options) (d *analysis.Dataset, err error) {
	defer func() {
		// excelize parses untrusted XML; never let a panic in it escape.
		if p := recover(); p != nil {
			d, err = nil, &ParseError{File: opt.Name, Sheet: opt.Sheet, Msg: fmt.Sprintf("want an XLSX workbook, got one that cannot be read (%v)", p)}
		}
	}()
	f, err := excelize.OpenReader(r)
	if err != nil {
		return nil, &ParseError{File: opt.Name, Msg: "want an XLSX workbook: " + err.Error(), Err: err}
	}
	defer f.Close()
	list := f.GetSheetList()
	sheet := opt.Sheet
	switch {
	case len(list) == 0:
		return nil, &ParseError{File: opt.Name, Msg: "want a workbook with a sheet, got none"}
	case sheet == "" && slices.Contains(list, DataSheet):
		sheet = DataSheet
	case sheet == "":
		sheet = list[0]
	case !slices.Contains(list, sheet):
		return nil, &ParseError{File: opt.Name, Field: "sheet", Msg: fmt.Sprintf("want a sheet named %s, the workbook has %s", quote(sheet), strings.Join(list, ", "))}
	}
	sheets := []string{sheet}
	if opt.Sheet == "" && sheet == DataSheet {
		// A 数据 sheet too long for one worksheet goes on in 数据2, 数据3 …
		for n := 2; slices.Contains(list, DataSheet+strconv.Itoa(n)); n++ {
			sheets = append(sheets, DataSheet+strconv.Itoa(n))
		}
	}
	t := &tableReader{file: opt.Name, unit: "row"}
	t.b.init()
	for _, sheet := range sheets {
		if err := readSheet(f, sheet, t); err != nil {
			return nil, err
		}
	}
	return t.b.finish()
}

// readSheet reads one worksheet into t.
func readSheet(f *excelize.File, sheet string, t *tableReader) error {
	rows, err := f.Rows(sheet)
	if err != nil {
		return &ParseError{File: t.file, Sheet: sheet, Msg: "reading the sheet: " + err.Error(), Err: err}
	}
	defer rows.Close()
	t.src = &xlsxSource{rows: rows, file: t.file, sheet: sheet}
	t.sheet = sheet
	return t.readTable()
}

// xlsxSource reads a worksheet row by row.
type xlsxSource struct {
	rows  *excelize.Rows
	file  string
	sheet string
	row   int
}

func (s *xlsxSource) next() ([]string, error) {
	if !s.rows.Next() {
		if err := s.rows.Error(); err != nil {
			return nil, &ParseError{File: s.file, Sheet: s.sheet, Line: s.row + 1, Msg: "reading the sheet: " + err.Error(), Err: err}
		}
		return nil, io.EOF
	}
	s.row++
	cols, err := s.rows.Columns(excelize.Options{RawCellValue: true})
	if err != nil {
		return nil, &ParseError{File: s.file, Sheet: s.sheet, Line: s.row, Msg: "reading the sheet: " + err.Error(), Err: err}
	}
	return cols, nil
}

func (s *xlsxSource) pos(col int) (int, int) { return s.row, col + 1 }
