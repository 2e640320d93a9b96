package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// publishedSheet writes a workbook laid out for people: a title row, a
// 单位：万元 row, three merged header rows (2023年 over 预算数 and 执行数,
// 执行数 over 金额 and 比上年增长（%）), a 其中 row and a 注 row.
func publishedSheet(t *testing.T, path string) {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	s := "Sheet1"
	rows := [][]any{
		{"表3 2023年某市一般公共预算收支情况"},
		{"单位：万元"},
		{"项目", "2023年", nil, nil, "2022年"},
		{nil, "预算数", "执行数", nil, "执行数"},
		{nil, nil, "金额", "比上年增长（%）", nil},
		{"一般公共预算收入", 500000, 512345, 6.7, 480000},
		{"其中：税收收入", 350000, 361000, 6.2, 340000},
		{"注：2022年为决算数。"},
	}
	for r, row := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, r+1)
		if err := f.SetSheetRow(s, cell, &row); err != nil {
			t.Fatal(err)
		}
	}
	for _, m := range [][2]string{{"A1", "E1"}, {"A2", "E2"}, {"A3", "A5"}, {"B3", "D3"}, {"B4", "B5"}, {"C4", "D4"}, {"E4", "E5"}, {"A8", "E8"}} {
		if err := f.MergeCell(s, m[0], m[1]); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
}

// extract reads a workbook laid out for people as web pages' and Word
// files' tables are read: each figure with its unit from the 单位 row,
// its year from the merged headers and the growth of its column; was
// "no figures found in the document" (the workbook was read as a Word
// file).
func TestExtractSpreadsheet(t *testing.T) {
	p := filepath.Join(t.TempDir(), "收支.xlsx")
	publishedSheet(t, p)
	code, out, errs := runCLI(t, "extract", p, "--format", "json", "--derive=false")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var figs []struct {
		Indicator, Unit, Parent string
		Year                    int
		Value                   float64
		Change                  *struct {
			Kind  string
			Value float64
		}
	}
	if err := json.Unmarshal([]byte(out), &figs); err != nil {
		t.Fatal(err)
	}
	type key struct {
		name string
		year int
	}
	got := map[key]string{}
	for _, f := range figs {
		s := f.Unit
		if f.Change != nil {
			s += " " + f.Change.Kind
		}
		got[key{f.Indicator, f.Year}] = strings.TrimSpace(s)
		if f.Unit == "" {
			t.Errorf("%s %d: no unit", f.Indicator, f.Year)
		}
	}
	for _, f := range figs {
		switch {
		case f.Indicator == "一般公共预算收入" && f.Year == 2023:
			if f.Value != 512345 || f.Unit != "万元" || f.Change == nil || f.Change.Kind != "growth_pct" || f.Change.Value != 6.7 {
				t.Errorf("2023 执行数: %+v", f)
			}
		case f.Indicator == "一般公共预算收入" && f.Year == 2022:
			if f.Value != 480000 || f.Unit != "万元" {
				t.Errorf("2022 执行数: %+v", f)
			}
		case f.Indicator == "税收收入" && f.Year == 2023:
			if f.Value != 361000 || f.Parent != "一般公共预算收入" || f.Change == nil || f.Change.Value != 6.2 {
				t.Errorf("税收收入 2023: %+v", f)
			}
		}
	}
	for _, k := range []key{{"一般公共预算收入", 2023}, {"一般公共预算收入", 2022}, {"税收收入", 2023}, {"税收收入", 2022}} {
		if _, ok := got[k]; !ok {
			t.Errorf("no figure %v; got %v", k, got)
		}
	}
	// analyze reads the same sheet as a dataset.
	if code, out, errs := runCLI(t, "analyze", p); code != 0 || !strings.Contains(out, "512345") {
		t.Errorf("analyze: exit %d %s %s", code, out, errs)
	}
}

// A file that holds something else than its extension says, an empty
// file and a format annualstat does not read give exit 2 and an error
// naming the file and what it holds, and leave no temporary file.
func TestExtractWrongContent(t *testing.T) {
	tmp, _, check := cleanDirs(t)
	_ = tmp
	dir := t.TempDir()
	book := filepath.Join(dir, "book.xlsx")
	publishedSheet(t, book)
	wb, _ := os.ReadFile(book)
	ole := append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 600)...)
	tests := []struct {
		name    string
		content []byte
		want    string
	}{
		{"empty.docx", nil, "empty"},
		{"empty.html", nil, "empty"},
		{"report.pdf", wb, "want a PDF file"},
		{"report.docx", []byte("%PDF-1.4\n"), "got a PDF file"},
		{"report2.docx", wb, "got an Excel workbook"},
		{"cut.xlsx", wb[:len(wb)/2], "damaged or truncated"},
		{"old.doc", ole, "Word 97-2003"},
		{"old.xls", ole, "Excel 97-2003"},
		{"bin.html", append([]byte("<html>"), bytes.Repeat([]byte{0, 0xFF}, 100)...), "binary data"},
	}
	for _, tt := range tests {
		p := filepath.Join(dir, tt.name)
		if err := os.WriteFile(p, tt.content, 0o644); err != nil {
			t.Fatal(err)
		}
		code, out, errs := runCLI(t, "extract", p)
		if code != exitBadUse || out != "" || !strings.Contains(errs, tt.name) || !strings.Contains(errs, tt.want) {
			t.Errorf("%s: exit %d, stdout %q, stderr %q; want exit 2 and an error naming the file with %q", tt.name, code, out, errs, tt.want)
		}
	}
	check()
}
