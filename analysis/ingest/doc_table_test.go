package ingest

import (
	"bytes"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/annualstat/annualstat/analysis"
)

// points lists a dataset's points as "section/indicator unit year value
// [change]" in order.
func points(d *analysis.Dataset) []string {
	var out []string
	for _, ind := range d.Indicators {
		for _, p := range ind.Points {
			s := fmt.Sprintf("%s/%s %s %d %v", ind.Section, ind.Name, ind.Unit, p.Year, p.Value)
			if p.Period != "" {
				s += " " + p.Period
			}
			for _, c := range p.Changes {
				s += fmt.Sprintf(" %s%v", c.Kind, c.Value)
			}
			if ind.Parent != "" {
				s += " <" + ind.Parent
			}
			out = append(out, s)
		}
	}
	return out
}

func TestLaidOutCSV(t *testing.T) {
	// A title row, a unit row, a two-row header whose group is written
	// once (as spreadsheets save merged cells to CSV), a 其中 item and a
	// 注 row.
	in := "表1 某区2024年一般公共预算收入情况,,,\n" +
		",,,单位：万元\n" +
		"项目,2023年,2024年,\n" +
		",决算数,预算数,比上年增长(%)\n" +
		"一般公共预算收入,\"1,200\",\"1,350\",12.5\n" +
		"其中：税收收入,900,990,10\n" +
		"非税收入,300,360,20\n" +
		"注：2024年为预算数。,,,\n"
	d, err := ReadCSV(strings.NewReader(in), Options{Name: "budget.csv"})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"/一般公共预算收入 万元 2023 1200",
		"/一般公共预算收入 万元 2024 1350 growth_pct12.5",
		"/税收收入 万元 2023 900 <一般公共预算收入",
		"/税收收入 万元 2024 990 growth_pct10 <一般公共预算收入",
		"/非税收入 万元 2023 300",
		"/非税收入 万元 2024 360 growth_pct20",
	}
	if got := points(d); !reflect.DeepEqual(got, want) {
		t.Errorf("points\n got %q\nwant %q", got, want)
	}
	if n := d.Indicators[0].Points[1].Note; n != "预算数" {
		t.Errorf("note %q, want 预算数 (the column label telling 2024 apart)", n)
	}
}

func TestLaidOutXLSXMergedHeaders(t *testing.T) {
	// A workbook with merged cells: title over all columns, 指标 over two
	// header rows, 本报告期 over two columns; the unit in the headers; a
	// 上年同期 column and a 注 row.
	f := excelize.NewFile()
	defer f.Close()
	sh := "Sheet1"
	rows := [][]any{
		{"2023年主要经济指标", nil, nil, nil},
		{"指标", "本报告期", nil, "上年同期"},
		{nil, "数值", "同比增减(%)", nil},
		{"地区生产总值(亿元)", 1234.5, 5.2, 1173.5},
		{"常住人口(万人)", 56.7, -0.3, 56.9},
		{"注：地区生产总值按现价计算。", nil, nil, nil},
	}
	for r, row := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, r+1)
		f.SetSheetRow(sh, cell, &row)
	}
	for _, m := range [][2]string{{"A1", "D1"}, {"A2", "A3"}, {"B2", "C2"}, {"D2", "D3"}, {"A6", "D6"}} {
		if err := f.MergeCell(sh, m[0], m[1]); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	d, err := ReadXLSX(bytes.NewReader(buf.Bytes()), Options{Name: "ind.xlsx"})
	if err != nil {
		t.Fatal(err)
	}
	got := points(d)
	sort.Strings(got)
	want := []string{
		"/地区生产总值 亿元 2022 1173.5",
		"/地区生产总值 亿元 2023 1234.5 growth_pct5.2",
		"/常住人口 万人 2022 56.9",
		"/常住人口 万人 2023 56.7 growth_pct-0.3",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("points\n got %q\nwant %q", got, want)
	}
}

func TestLaidOutThreeRowHeaderAndErrors(t *testing.T) {
	// Three header rows, a section column, a 年末 column.
	in := "单位：亿元,,,\n" +
		"类别,项目,2024年,\n" +
		",,收入,年末余额\n" +
		",,金额,\n" +
		"一般,税收,100,40\n" +
		"一般,非税,20,5\n"
	d, err := ReadCSV(strings.NewReader(in), Options{Name: "three.csv"})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"一般/税收收入 亿元 2024 100",
		"一般/税收年末余额 亿元 2024 40 年末",
		"一般/非税收入 亿元 2024 20",
		"一般/非税年末余额 亿元 2024 5 年末",
	}
	if got := points(d); !reflect.DeepEqual(got, want) {
		t.Errorf("points\n got %q\nwant %q", got, want)
	}

	// A bad figure in a laid-out table names its cell.
	_, err = ReadCSV(strings.NewReader("表1 2024年收入,,\n项目,2023年,2024年\n税收,100,abc\n"), Options{Name: "bad.csv"})
	if err == nil || !strings.Contains(err.Error(), "bad.csv:3:3") {
		t.Errorf("err = %v, want bad.csv:3:3 (the cell abc)", err)
	}
	// No year anywhere: the header error, with the reason.
	_, err = ReadCSV(strings.NewReader("表1 收入,,\n项目,本期,上期\n税收,100,90\n"), Options{Name: "noyear.csv"})
	if err == nil || !strings.Contains(err.Error(), "want a header") || !strings.Contains(err.Error(), "want a year") {
		t.Errorf("err = %v, want the header error and the missing year", err)
	}
}

func TestInferHeaderSpans(t *testing.T) {
	rows := [][]string{
		{"项目", "本报告期", "", "上年同期"},
		{"", "金额", "增减(%)", ""},
		{"收入", "1", "2", "3"},
	}
	want := map[[2]int]int{{0, 1}: 2}
	if got := InferHeaderSpans(rows); !reflect.DeepEqual(got, want) {
		t.Errorf("InferHeaderSpans = %v, want %v", got, want)
	}
	// One header row: nothing to infer.
	if got := InferHeaderSpans([][]string{{"项目", "2023年", ""}, {"收入", "1", "2"}}); len(got) != 0 {
		t.Errorf("one header row: %v", got)
	}
}

func TestTableDatasetFromHTML(t *testing.T) {
	d, err := ReadHTML(strings.NewReader(testPage), Options{Name: "p.html", Encoding: "utf-8"})
	if err != nil {
		t.Fatal(err)
	}
	ds, err := TableDataset(d.Tables()[0], Options{Name: "p.html"})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"/粮食产量 万吨 2023 12.3 growth_pct1.5", "/油料产量 万吨 2023 2.1 growth_pct-0.4"}
	if got := points(ds); !reflect.DeepEqual(got, want) {
		t.Errorf("points\n got %q\nwant %q", got, want)
	}
}

func TestLaidOutSecondHeaderRow(t *testing.T) {
	// The first row reads as a wide header; the second shows the sheet is
	// laid out (a merged group header saved to CSV).
	in := "项目,2023年,2024年,\n" +
		",决算数,预算数,比上年增长(%)\n" +
		"\n" +
		"税收收入(万元),900,990,10\n"
	d, err := ReadCSV(strings.NewReader(in), Options{Name: "two.csv"})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"/税收收入 万元 2023 900", "/税收收入 万元 2024 990 growth_pct10"}
	if got := points(d); !reflect.DeepEqual(got, want) {
		t.Errorf("points\n got %q\nwant %q", got, want)
	}
	// A plain wide table still reads as before, its first data row included.
	d, err = ReadCSV(strings.NewReader("指标,单位,2023年,2024年\n收入,万元,1,2\n支出,万元,3,4\n"), Options{Name: "wide.csv"})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := points(d), []string{"/收入 万元 2023 1", "/收入 万元 2024 2", "/支出 万元 2023 3", "/支出 万元 2024 4"}; !reflect.DeepEqual(got, want) {
		t.Errorf("wide points %q, want %q", got, want)
	}
}
