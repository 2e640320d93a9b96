package xxgk

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/annualstat/annualstat/analysis/xxgk"
)

func fixture(t *testing.T, name string) *xxgk.Report {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "..", "analysis", "xxgk", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rep, err := xxgk.ReadText(f, name)
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

// boxCell returns the spreadsheet cell of the value box id in layout l.
func boxCell(t *testing.T, l *Layout, id string) string {
	for _, b := range l.Boxes {
		if b.ID == id {
			return cellName(b.Col, 1+b.Row)
		}
	}
	t.Fatalf("no box %s", id)
	return ""
}

func sameCells(t *testing.T, what string, got, want map[string]xxgk.Value) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%s: %d cells, want %d", what, len(got), len(want))
	}
	for id, w := range want {
		if g, ok := got[id]; !ok || g.Num != w.Num || g.NA != w.NA {
			t.Errorf("%s %s: got %+v (present %v), want %v", what, id, g, ok, w.Num)
		}
	}
}

// The blank template, filled cell by cell as an office would (numbers
// typed into the value cells, one cell left blank, one "/"), reads back
// equal to the figures filled in.
func TestTemplateRoundTrip(t *testing.T) {
	for _, name := range []string{"huaian-2024.txt", "hongze-2023.txt", "example-2019.txt"} {
		want := fixture(t, name)
		dir := t.TempDir()
		path := filepath.Join(dir, "2024年报表.xlsx")
		if err := WriteTemplate(context.Background(), path, Template{T2Format: want.T2Format, T3Format: want.T3Format, Body: "测试单位", Year: 2024}); err != nil {
			t.Fatal(err)
		}
		f, err := excelize.OpenFile(path)
		if err != nil {
			t.Fatal(err)
		}
		want.T2["Z1·C2"] = xxgk.Value{NA: true, Text: "/"}
		for _, l := range Layouts(want) {
			sheet := tableSheets[l.Table]
			for _, b := range l.Boxes {
				if b.ID == "" {
					continue
				}
				s := ValueText(want, b.ID)
				if s == "0" && b.ID == "R2·C3" {
					continue // left blank: reads as zero
				}
				var v any = s
				if s != "/" {
					v = want.T3[b.ID].Num + want.T2[b.ID].Num + want.T4[b.ID].Num
				}
				if err := f.SetCellValue(sheet, boxCell(t, l, b.ID), v); err != nil {
					t.Fatal(err)
				}
			}
		}
		var buf bytes.Buffer
		if err := f.Write(&buf); err != nil {
			t.Fatal(err)
		}
		got, err := ReadWorkbook(&buf, "filled.xlsx")
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if got.T3Format != want.T3Format || got.Body != "测试单位" || got.Year != 2024 {
			t.Errorf("%s: format %v body %q year %d", name, got.T3Format, got.Body, got.Year)
		}
		sameCells(t, name+" T2", got.T2, want.T2)
		sameCells(t, name+" T3", got.T3, want.T3)
		sameCells(t, name+" T4", got.T4, want.T4)
	}
}

// The blank template read back unfilled: every cell zero, no finding.
func TestBlankTemplateReadsZero(t *testing.T) {
	path := filepath.Join(t.TempDir(), "blank.xlsx")
	if err := WriteTemplate(context.Background(), path, Template{}); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rep, err := ReadWorkbook(f, path)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.T3) != 175 || len(rep.T4) != 15 || len(rep.T2) != 10 {
		t.Errorf("cells T2 %d T3 %d T4 %d, want 10 175 15", len(rep.T2), len(rep.T3), len(rep.T4))
	}
	if fs := xxgk.Check(rep, nil); len(fs) != 0 {
		t.Errorf("findings on a blank template: %v", fs)
	}
}

// A workbook whose sheet lists cell,value rows (the long layout) reads as
// the CSV does.
func TestWorkbookLongLayout(t *testing.T) {
	f := excelize.NewFile()
	for i, row := range [][]any{{"cell", "value"}, {"year", 2024}, {"R1·C1", 3}, {"R1·C7", 3}, {"R3.1·C1", 3}, {"R3.1·C7", 3}, {"R3.7·C1", 3}, {"R3.7·C7", 3}, {"A5", 1}} {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Sheet1", cell, &row); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	rep, err := ReadWorkbook(&buf, "long.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	if rep.Year != 2024 || rep.T3["R1·C7"].Num != 3 || len(rep.T3) != 175 || rep.T4["A5"].Num != 1 {
		t.Errorf("year %d R1·C7 %v cells %d A5 %v", rep.Year, rep.T3["R1·C7"].Num, len(rep.T3), rep.T4["A5"].Num)
	}
	// A5 = 1 with A1–A4 blank: H4, named
	if fs := xxgk.CheckH4(rep); len(fs) != 1 || fs[0].Indicators[0] != "A5" {
		t.Errorf("H4: %+v", fs)
	}
}

// An office's own workbook: the three tables stacked in one sheet in the
// official layout (merged cells, section headings between them), zeros
// left blank, read back equal.
func TestOneSheetOfficialLayout(t *testing.T) {
	for _, name := range []string{"huaian-2024.txt", "hongze-2023.txt", "example-2019.txt"} {
		want := fixture(t, name)
		f := excelize.NewFile()
		const sheet = "Sheet1"
		row := 0
		for _, l := range Layouts(want) {
			f.SetCellValue(sheet, cellName(0, row), l.Title)
			row++
			for _, b := range l.Boxes {
				first := cellName(b.Col, row+b.Row)
				last := cellName(b.Col+b.ColSpan-1, row+b.Row+b.RowSpan-1)
				if b.ID != "" {
					if s := ValueText(want, b.ID); s != "0" {
						f.SetCellValue(sheet, first, s)
					}
				} else {
					f.SetCellValue(sheet, first, b.Text)
				}
				if first != last {
					if err := f.MergeCell(sheet, first, last); err != nil {
						t.Fatal(err)
					}
				}
			}
			row += l.Rows + 1
		}
		f.SetCellValue(sheet, cellName(0, row), "五、存在的主要问题及改进情况")
		var buf bytes.Buffer
		if err := f.Write(&buf); err != nil {
			t.Fatal(err)
		}
		got, err := ReadWorkbook(&buf, "office.xlsx")
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if got.T3Format != want.T3Format {
			t.Errorf("%s: format %v", name, got.T3Format)
		}
		sameCells(t, name+" T2", got.T2, want.T2)
		sameCells(t, name+" T3", got.T3, want.T3)
		sameCells(t, name+" T4", got.T4, want.T4)
	}
}

// An office's sheet whose 总计 header sits in the top header row (merged
// down) and whose T4 makes the sheet wider than T3: T3's columns come
// from the 自然人 header, not from the end of each row.
func TestOfficeSheetWideT4(t *testing.T) {
	want := fixture(t, "huaian-2024.txt")
	f := excelize.NewFile()
	const sheet = "Sheet1"
	put := func(col, row int, v any) { f.SetCellValue(sheet, cellName(col, row), v) }
	// T3 header: 总计 in the first header row, 自然人 in the second
	put(0, 0, xxgk.T3Note)
	put(3, 0, xxgk.HeaderApplicant)
	put(9, 0, xxgk.HeaderTotal)
	put(3, 1, xxgk.HeaderPerson)
	put(4, 1, xxgk.HeaderOrg)
	r := 3
	for _, row := range xxgk.T3Rows(want.T3Format) {
		label := row.Label
		if row.Group != "" {
			label = row.Group + row.Label
		}
		put(0, r, label)
		for c := 1; c <= 7; c++ {
			if v := want.T3[xxgk.CellID(row.ID, c)].Num; v != 0 {
				put(2+c, r, v)
			}
		}
		r++
	}
	put(0, r, xxgk.HeadingT4)
	put(0, r+1, xxgk.HeaderReview)
	put(5, r+1, xxgk.HeaderSuit)
	for i, id := range xxgk.T4IDs {
		put(i, r+2, xxgk.T4Results[i%5])
		put(i, r+3, want.T4[id].Num)
	}
	put(17, 0, "注：单位为件") // a note far right: the sheet is wider than either table
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	got, err := ReadWorkbook(&buf, "office.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	sameCells(t, "T3", got.T3, want.T3)
	if fs := xxgk.Check(got, nil); len(fs) != 0 {
		t.Errorf("findings: %v", fs)
	}
}

// T2 with its row labels merged across two columns: the figures are
// those under the block's headers, not the cells right of the label.
func TestOfficeT2MergedLabels(t *testing.T) {
	f := excelize.NewFile()
	const sheet = "Sheet1"
	rows := [][]any{
		{xxgk.Block1},
		{xxgk.HeaderInfo, nil, xxgk.ColIssued, xxgk.ColRepealed, xxgk.ColInForce},
		{"规章", nil, 1, nil, 11},
		{"行政规范性文件", nil, 8, 26, 66},
		{xxgk.Block5},
		{xxgk.HeaderInfo, nil, xxgk.ColDecided},
		{"行政许可", nil, 447228},
	}
	for i, row := range rows {
		if err := f.SetSheetRow(sheet, cellName(0, i), &row); err != nil {
			t.Fatal(err)
		}
		if i >= 1 {
			f.MergeCell(sheet, cellName(0, i), cellName(1, i))
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	got, err := ReadWorkbook(&buf, "t2.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	for id, want := range map[string]float64{"Z1·C1": 1, "Z1·C2": 0, "Z1·C3": 11, "Z2·C2": 26, "Z2·C3": 66, "Z3·C1": 447228} {
		if v, ok := got.T2[id]; !ok || v.Num != want {
			t.Errorf("%s = %v (present %v), want %v", id, v.Num, ok, want)
		}
	}
}
