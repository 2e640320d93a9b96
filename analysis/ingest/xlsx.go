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

// xlsxInMemory is the size up to which a worksheet is unpacked in memory;
// larger ones go to a temporary file.
const xlsxInMemory = 16 << 20

// DataSheet is the name of the sheet that holds the long data in the
// workbooks annualstat writes. ReadXLSX prefers it to the first sheet.
const DataSheet = "数据"

// ReadXLSX reads a dataset from an XLSX workbook: the sheet opt.Sheet, or
// when that is empty the sheet named 数据 (DataSheet, where annualstat's own
// workbooks keep the long data) if there is one, else the first sheet. The
// sheet is read row by row in either layout, as ReadCSV reads a CSV file;
// numeric cells are read as stored, except that a number cell with a
// percent number format (0%, 0.0%, a custom format with % outside quotes)
// reads in percent, as the cell shows it: 0.469 formatted 0.0% is 46.9
// with unit %, as if the cell held the text "46.9%". A format with a quoted
// "%" (0.0"%") only prints the sign and leaves the value alone. A 数据 sheet chosen that way that goes on in sheets
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
	f, closeBook, err := openWorkbook(r, opt)
	if err != nil {
		return nil, err
	}
	defer closeBook()
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
	pct := percentStyles(f)
	for _, sheet := range sheets {
		if err := readSheet(f, sheet, t, pct); err != nil {
			return nil, err
		}
	}
	return t.b.finish()
}

// readSheet reads one worksheet into t.
func readSheet(f *excelize.File, sheet string, t *tableReader, pct map[int]bool) error {
	rows, err := f.Rows(sheet)
	if err != nil {
		return &ParseError{File: t.file, Sheet: sheet, Msg: "reading the sheet: " + err.Error(), Err: err}
	}
	defer rows.Close()
	t.src = &xlsxSource{rows: rows, file: t.file, sheet: sheet, f: f, pct: pct}
	t.sheet = sheet
	return t.readTable()
}

// xlsxSource reads a worksheet row by row.
type xlsxSource struct {
	rows  *excelize.Rows
	file  string
	sheet string
	row   int
	f     *excelize.File
	pct   map[int]bool // styles with a percent number format
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
	for i, c := range cols {
		if len(c) > MaxCellBytes {
			return nil, &ParseError{File: s.file, Sheet: s.sheet, Line: s.row, Column: i + 1,
				Msg: fmt.Sprintf("want a cell of at most %s, got a longer one", sizeName(MaxCellBytes)), Err: ErrTooLarge}
		}
	}
	if len(s.pct) > 0 {
		for i, c := range cols {
			if c == "" || !fastNumber(c) {
				continue
			}
			name, err := excelize.CoordinatesToCellName(i+1, s.row)
			if err != nil {
				continue
			}
			if st, err := s.f.GetCellStyle(s.sheet, name); err == nil && s.pct[st] {
				cols[i] = percentText(c)
			}
		}
	}
	return cols, nil
}

// maxStyles bounds the styles percentStyles looks at.
const maxStyles = 1 << 16

// percentStyles returns the cell styles of the workbook whose number
// format shows a fraction in percent: the built-in formats 9 (0%) and 10
// (0.00%), and custom formats with a % outside quotes. It is empty for the
// usual workbook, which then costs nothing more to read.
func percentStyles(f *excelize.File) map[int]bool {
	var out map[int]bool
	for i := 0; i < maxStyles; i++ {
		st, err := f.GetStyle(i)
		if err != nil || st == nil {
			break
		}
		if st.NumFmt == 9 || st.NumFmt == 10 || st.CustomNumFmt != nil && IsPercentFormat(*st.CustomNumFmt) {
			if out == nil {
				out = map[int]bool{}
			}
			out[i] = true
		}
	}
	return out
}

// IsPercentFormat reports whether a spreadsheet number format multiplies
// by 100 and shows a percent sign: a % that is not inside double quotes nor
// escaped with a backslash ("0.0%" yes; `0.0"%"` and `0.0\%` no).
func IsPercentFormat(format string) bool {
	quoted, escaped := false, false
	for _, r := range format {
		switch {
		case escaped:
			escaped = false
		case r == '\\':
			escaped = true
		case r == '"':
			quoted = !quoted
		case r == '%' && !quoted:
			return true
		}
	}
	return false
}

// percentText turns a stored fraction into the percent text a cell shows:
// "0.469" → "46.9%". The product keeps 15 significant digits, so binary
// noise (0.469 × 100 = 46.900000000000006) does not reach the value.
func percentText(raw string) string {
	v, err := strconv.ParseFloat(raw, 64)
	if err != nil {
		return raw
	}
	p, err := strconv.ParseFloat(strconv.FormatFloat(v*100, 'g', 15, 64), 64)
	if err != nil {
		return raw
	}
	return strconv.FormatFloat(p, 'f', -1, 64) + "%"
}

func (s *xlsxSource) pos(col int) (int, int) { return s.row, col + 1 }
