package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
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

// Without pdftotext on PATH, extract of a PDF file exits 2 with an error
// naming the file and the package to install.
func TestExtractPDFWithoutPDFToText(t *testing.T) {
	p := filepath.Join(t.TempDir(), "公报.pdf")
	if err := os.WriteFile(p, []byte("%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", t.TempDir())
	code, out, errs := runCLI(t, "extract", p)
	if code != exitBadUse || out != "" || !strings.Contains(errs, "公报.pdf") || !strings.Contains(errs, "poppler-utils") {
		t.Errorf("exit %d, stdout %q, stderr %q; want exit 2 naming the file and poppler-utils", code, out, errs)
	}
}

// convHTML is a statistics bulletin written as a web page: headings, prose
// and a table with its caption and a 注 line.
const convHTML = `<html><head><meta charset="utf-8"></head><body>
<h1>某县2023年国民经济和社会发展统计公报</h1>
<h2>一、综合</h2>
<p>全年全县地区生产总值385.6亿元，比上年增长5.8%。年末户籍人口52.3万人，比上年末减少0.4万人。</p>
<h2>二、工业</h2>
<p>表1 2023年规模以上工业主要产品产量</p>
<table border="1" width="100%">
<tr><td>产品名称</td><td>单位</td><td>2023年</td><td>比上年增长（%）</td></tr>
<tr><td>水泥</td><td>万吨</td><td>320.5</td><td>-4.2</td></tr>
<tr><td>发电量</td><td>亿千瓦时</td><td>45.8</td><td>6.1</td></tr>
</table>
<p>注：产量为规模以上工业企业口径。</p>
</body></html>`

// The bulletin converted by LibreOffice to a Word file and that to a PDF
// gives, through extract, the figures the page gives: each with its
// section, unit, year and stated change.
func TestExtractOfficeConversions(t *testing.T) {
	if testing.Short() {
		t.Skip("converts with LibreOffice")
	}
	soffice := requireTool(t, "soffice")
	requireTool(t, "pdftotext")
	dir := t.TempDir()
	src := filepath.Join(dir, "公报.html")
	if err := os.WriteFile(src, []byte(convHTML), 0o644); err != nil {
		t.Fatal(err)
	}
	convert := func(in, filter string) {
		t.Helper()
		cmd := exec.Command(soffice, "-env:UserInstallation=file://"+filepath.Join(dir, "profile"), "--headless", "--convert-to", filter, "--outdir", dir, in)
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("soffice: %v\n%s", err, b)
		}
	}
	convert(src, "docx:MS Word 2007 XML")
	docx := filepath.Join(dir, "公报.docx")
	convert(docx, "pdf")
	want := []string{
		"综合/地区生产总值/亿元/2023/385.6/growth_pct 5.8",
		"综合/户籍人口/万人/2023/52.3/abs -0.4",
		"工业/水泥/万吨/2023/320.5/growth_pct -4.2",
		"工业/发电量/亿千瓦时/2023/45.8/growth_pct 6.1",
	}
	for _, in := range []string{src, docx, filepath.Join(dir, "公报.pdf")} {
		code, out, errs := runCLI(t, "extract", in, "--format", "json", "--derive=false")
		if code != 0 {
			t.Errorf("%s: exit %d: %s", filepath.Base(in), code, errs)
			continue
		}
		var figs []struct {
			Section, Indicator, Unit string
			Year                     int
			Value                    *float64
			Change                   *struct {
				Kind  string
				Value float64
			}
		}
		if err := json.Unmarshal([]byte(out), &figs); err != nil {
			t.Fatal(err)
		}
		got := map[string]bool{}
		for _, f := range figs {
			if f.Value == nil || f.Change == nil {
				continue
			}
			got[fmt.Sprintf("%s/%s/%s/%d/%v/%s %v", f.Section, f.Indicator, f.Unit, f.Year, *f.Value, f.Change.Kind, f.Change.Value)] = true
		}
		for _, w := range want {
			if !got[w] {
				t.Errorf("%s: no figure %s; got %v", filepath.Base(in), w, got)
			}
		}
	}
}
