package ingest

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/annualstat/annualstat/analysis"
)

// workbook builds an XLSX file with the given sheets (the first replaces
// Sheet1), each a list of rows written cell by cell.
func workbook(t *testing.T, sheets []string, rows map[string][][]any) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for i, name := range sheets {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", name); err != nil {
				t.Fatal(err)
			}
		} else if _, err := f.NewSheet(name); err != nil {
			t.Fatal(err)
		}
		for r, row := range rows[name] {
			if row == nil {
				continue // an empty row
			}
			cell, _ := excelize.CoordinatesToCellName(1, r+1)
			if err := f.SetSheetRow(name, cell, &row); err != nil {
				t.Fatal(err)
			}
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

const xlsxLongCSV = `section,indicator,unit,year,value,flag,note,parent
市场主体,实有各类市场主体,户,2021,25564,derived,反推,
市场主体,实有各类市场主体,户,2022,28716,,,
市场主体,新增各类市场主体,户,2022,4698,,,实有各类市场主体
政务服务,网办率,%,2022,98.6,,,
政务服务,质量考核得分,分,2022,90.5,approx,,
`

func TestReadXLSXLong(t *testing.T) {
	want := readString(t, "long.csv", xlsxLongCSV)
	rows := [][]any{
		{"section", "indicator", "unit", "year", "value", "flag", "note", "parent"},
		{"市场主体", "实有各类市场主体", "户", 2021, 25564, "derived", "反推", ""},
		{"市场主体", "实有各类市场主体", "户", 2022, "28,716"},
		{"市场主体", "新增各类市场主体", "户", 2022, 4698.0, "", "", "实有各类市场主体"},
		nil,
		{"政务服务", "网办率", "%", "2022", 98.6},
		{"政务服务", "质量考核得分", "分", 2022, 90.5, "approx"},
	}
	b := workbook(t, []string{"Sheet1"}, map[string][][]any{"Sheet1": rows})
	got, err := ReadXLSX(bytes.NewReader(b), Options{Name: "book.xlsx"})
	if err != nil {
		t.Fatal(err)
	}
	equalDatasets(t, "xlsx long", got, want)

	// The same through Load, by extension and by content.
	dir := t.TempDir()
	for _, name := range []string{"book.xlsx", "book.bin"} {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		got, err := Load(path, Options{})
		if err != nil {
			t.Fatalf("Load(%s): %v", name, err)
		}
		equalDatasets(t, "Load "+name, got, want)
	}
}

func TestReadXLSXWideAndSheets(t *testing.T) {
	want := readString(t, "wide.csv", "section,indicator,unit,2021,2022\na,x,户,1,2\na,y,%,,50.5\n")
	wide := [][]any{
		{"板块", "指标", "单位", 2021, "2022年"},
		{"a", "x", "户", 1, 2},
		{"a", "y", "%", nil, 50.5},
	}
	other := [][]any{{"说明"}, {"这不是数据"}}
	// The 数据 sheet is preferred to the first sheet.
	b := workbook(t, []string{"摘要", DataSheet}, map[string][][]any{"摘要": other, DataSheet: wide})
	got, err := ReadXLSX(bytes.NewReader(b), Options{Name: "book.xlsx"})
	if err != nil {
		t.Fatal(err)
	}
	equalDatasets(t, "数据 sheet", got, want)
	// Without a 数据 sheet the first sheet is read.
	b = workbook(t, []string{"表1", "表2"}, map[string][][]any{"表1": wide, "表2": other})
	got, err = ReadXLSX(bytes.NewReader(b), Options{Name: "book.xlsx"})
	if err != nil {
		t.Fatal(err)
	}
	equalDatasets(t, "first sheet", got, want)
	// Options.Sheet picks one; an unknown name is an error listing the
	// sheets.
	_, err = ReadXLSX(bytes.NewReader(b), Options{Name: "book.xlsx", Sheet: "表2"})
	if err == nil || !strings.Contains(err.Error(), "book.xlsx:表2!A1") {
		t.Errorf("sheet 表2 (not a table): error %v, want one at 表2!A1", err)
	}
	_, err = ReadXLSX(bytes.NewReader(b), Options{Name: "book.xlsx", Sheet: "表3"})
	if err == nil || !strings.Contains(err.Error(), "表1, 表2") {
		t.Errorf("unknown sheet: error %v, want one listing the sheets", err)
	}
}

func TestReadXLSXErrors(t *testing.T) {
	rows := [][]any{
		{"section", "indicator", "unit", "year", "value"},
		{"a", "x", "户", 2022, 1},
		nil,
		{"a", "y", "户", 2022, "abc"},
	}
	b := workbook(t, []string{"Sheet1"}, map[string][][]any{"Sheet1": rows})
	_, err := ReadXLSX(bytes.NewReader(b), Options{Name: "book.xlsx"})
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Line != 4 || pe.Column != 5 || pe.Sheet != "Sheet1" {
		t.Fatalf("error %v, want one at Sheet1 row 4 column 5", err)
	}
	if want := `book.xlsx:Sheet1!E4: value: want a number, got "abc"`; err.Error() != want {
		t.Errorf("error %q, want %q", err, want)
	}
	rows[3] = []any{"a", "x", "户", 2022, 5}
	b = workbook(t, []string{"Sheet1"}, map[string][][]any{"Sheet1": rows})
	_, err = ReadXLSX(bytes.NewReader(b), Options{Name: "book.xlsx"})
	if !errors.Is(err, analysis.ErrDuplicate) || !strings.Contains(err.Error(), "row 4 repeats row 2") {
		t.Errorf("duplicate: %v", err)
	}
	for _, junk := range [][]byte{nil, []byte("not a zip"), []byte("PK\x03\x04garbage")} {
		_, err = ReadXLSX(bytes.NewReader(junk), Options{Name: "junk.xlsx"})
		if err == nil || !strings.HasPrefix(err.Error(), "junk.xlsx") {
			t.Errorf("junk %q: error %v, want one naming the file", junk, err)
		}
	}
}

func TestColumnName(t *testing.T) {
	for n, want := range map[int]string{0: "", 1: "A", 5: "E", 26: "Z", 27: "AA", 52: "AZ", 53: "BA", 702: "ZZ", 703: "AAA", 16384: "XFD"} {
		if got := ColumnName(n); got != want {
			t.Errorf("ColumnName(%d) = %q, want %q", n, got, want)
		}
		if n > 0 {
			if name, _ := excelize.ColumnNumberToName(n); name != want {
				t.Errorf("excelize disagrees on %d: %q", n, name)
			}
		}
	}
}

func TestLoadFormats(t *testing.T) {
	want := readString(t, "long.csv", xlsxLongCSV)
	want.Title, want.Year = "标题", 2022
	dir := t.TempDir()
	var js bytes.Buffer
	if err := WriteJSON(&js, want); err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{
		"a.json": js.Bytes(),
		"a.data": js.Bytes(), // by content
	}
	for name, b := range files {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		got, err := Load(path, Options{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		equalDatasets(t, name, got, want)
	}
	want.Title, want.Year = "", 0
	tsv := strings.ReplaceAll(xlsxLongCSV, ",", "\t")
	for name, text := range map[string]string{"a.csv": xlsxLongCSV, "a.tsv": tsv, "a.txt": xlsxLongCSV, "noext": xlsxLongCSV} {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		got, err := Load(path, Options{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		equalDatasets(t, name, got, want)
	}
	// Errors name the path; a missing file is an *fs.PathError.
	bad := filepath.Join(dir, "bad.csv")
	os.WriteFile(bad, []byte("indicator,year,value\nx,2022,?\n"), 0o644)
	if _, err := Load(bad, Options{}); err == nil || !strings.HasPrefix(err.Error(), bad+":2:3:") {
		t.Errorf("error %v, want it to start with %s:2:3:", err, bad)
	}
	if _, err := Load(filepath.Join(dir, "none.csv"), Options{}); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
}

// A number cell with a percent format reads as the cell shows it: 0.469
// formatted 0.0% is 46.9 (%); a format that only prints a quoted "%" leaves
// the value alone.
func TestReadXLSXPercentFormat(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	rows := [][]any{
		{"indicator", "unit", "year", "value"},
		{"网办率", "", 2022, 0.469},
		{"即办件占比", "%", 2022, 0.9806},
		{"结案率", "%", 2022, 93.5},
		{"案件", "件", 2022, 1033},
	}
	for r, row := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, r+1)
		if err := f.SetSheetRow("Sheet1", cell, &row); err != nil {
			t.Fatal(err)
		}
	}
	pct, err := f.NewStyle(&excelize.Style{NumFmt: 10}) // 0.00%
	if err != nil {
		t.Fatal(err)
	}
	custom := `0.0%`
	pct1, _ := f.NewStyle(&excelize.Style{CustomNumFmt: &custom})
	literal := `0.0"%"`
	lit, _ := f.NewStyle(&excelize.Style{CustomNumFmt: &literal})
	f.SetCellStyle("Sheet1", "D2", "D2", pct1)
	f.SetCellStyle("Sheet1", "D3", "D3", pct)
	f.SetCellStyle("Sheet1", "D4", "D4", lit)
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	d, err := ReadXLSX(bytes.NewReader(buf.Bytes()), Options{Name: "pct.xlsx"})
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		unit string
		v    float64
	}{{"%", 46.9}, {"%", 98.06}, {"%", 93.5}, {"件", 1033}}
	for i, w := range want {
		ind := d.Indicators[i]
		if p, ok := ind.At(2022); !ok || ind.Unit != w.unit || p.Value != w.v {
			t.Errorf("%s: unit %q value %v, want %q %v", ind.Name, ind.Unit, p.Value, w.unit, w.v)
		}
	}
}

func TestIsPercentFormat(t *testing.T) {
	for format, want := range map[string]bool{
		"0%": true, "0.00%": true, "#,##0.0%": true, `0.0"%"`: false, `0.0\%`: false, "0.00": false, `"增长"0.0%`: true,
	} {
		if got := IsPercentFormat(format); got != want {
			t.Errorf("IsPercentFormat(%q) = %v, want %v", format, got, want)
		}
	}
}
