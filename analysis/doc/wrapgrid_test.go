package doc

import (
	"reflect"
	"strings"
	"testing"
)

// TestFindAlignedLabelsWrappedRoundNumbers: a table whose label column is
// narrow, as pdftotext -layout writes LibreOffice's PDF of it (figures
// made up; the label header already parted from the next header cell, as
// ingest does): every label wraps round its row's numbers, so no line
// holds a label and numbers together. The numbers' lines are rows
// (wrappedNumbers), the label pieces hold the label column
// (wrappedLabelLines), and the first piece of the first label is no
// header.
func TestFindAlignedLabelsWrappedRoundNumbers(t *testing.T) {
	in := "指标名称（按行业分组统计口  本年累计    比上年同期\n" +
		"径）            （亿元）     增长（%）\n" +
		"\n" +
		"全市规模以上工业企业实现营\n" +
		"              3521.6   6.3\n" +
		"业收入\n" +
		"\n" +
		"全市规模以上工业企业实现利\n" +
		"              210.8    -2.7\n" +
		"润总额\n" +
		"\n" +
		"全市限额以上批发和零售业商\n" +
		"              866.4    4.9\n" +
		"品零售额\n"
	found := FindAligned(textLines(in), GridOptions{OneColumn: true})
	if len(found) != 1 {
		t.Fatalf("%d tables, want 1", len(found))
	}
	want := "指标名称（按行业分组统计口径） | 本年累计（亿元） | 比上年同期增长（%）\n" +
		"全市规模以上工业企业实现营业收入 | 3521.6 | 6.3\n" +
		"全市规模以上工业企业实现利润总额 | 210.8 | -2.7\n" +
		"全市限额以上批发和零售业商品零售额 | 866.4 | 4.9\n"
	if got := gridTexts(found[0].Table); got != want {
		t.Errorf("grid\n%s\nwant\n%s", got, want)
	}
	if f := found[0]; f.Start != 0 || f.End != 14 {
		t.Errorf("lines %d–%d, want 0–14", f.Start, f.End)
	}
	// A line of numbers alone with no label piece beside it (years set
	// right under a header) is no wrapped row.
	lines := textLines("地区                2024      2023\n" +
		"                    2024      2023\n" +
		"甲地                 10.5      9.8\n")
	opt := GridOptions{OneColumn: true}
	k, fs := AlignedLine(lines[1].Text, opt)
	if wrappedNumbers(k, fs, readLines(lines, opt), 1) {
		t.Error("years under a header read as a row whose label wraps round it")
	}
	lines = textLines(in)
	k, fs = AlignedLine(lines[4].Text, opt)
	if !wrappedNumbers(k, fs, readLines(lines, opt), 4) {
		t.Error("3521.6 6.3 not read as a row whose label wraps round it")
	}
}

// readLines is each line as AlignedLine reads it.
func readLines(lines []TextLine, opt GridOptions) []AlignedRead {
	out := make([]AlignedRead, len(lines))
	for i, ln := range lines {
		out[i].Kind, out[i].Fields = AlignedLine(ln.Text, opt)
	}
	return out
}

// TestAppendAlignedLine: lines read one after another into one buffer
// keep the kinds and fields AlignedLine gives each of them, the earlier
// ones unchanged by the later.
func TestAppendAlignedLine(t *testing.T) {
	lines := textLines(wrappedIn + "\n   \n" + strings.Repeat("甲地  1 2 3  4,5  6.5  7%  8  9  10  11  12  13  14  15  16  17\n", 3) + "一句话。\n乙地  1,520,300.50 1,380,200.00 10.15\n")
	var buf []Field
	var got [][]Field
	for _, ln := range lines {
		n := len(buf)
		var k LineKind
		k, buf = AppendAlignedLine(buf, ln.Text, GridOptions{})
		wk, wfs := AlignedLine(ln.Text, GridOptions{})
		if k != wk || !reflect.DeepEqual(append([]Field(nil), buf[n:]...), append([]Field(nil), wfs...)) {
			t.Errorf("%q: %v %v, want %v %v", ln.Text, k, buf[n:], wk, wfs)
		}
		got = append(got, buf[n:len(buf):len(buf)])
	}
	for i, ln := range lines {
		if _, wfs := AlignedLine(ln.Text, GridOptions{}); !reflect.DeepEqual(append([]Field(nil), got[i]...), append([]Field(nil), wfs...)) {
			t.Errorf("line %d changed after the lines after it: %v, want %v", i, got[i], wfs)
		}
	}
}

// wrappedIn is the table of TestFindAlignedLabelsWrappedRoundNumbers.
var wrappedIn = "指标名称（按行业分组统计口  本年累计    比上年同期\n" +
	"径）            （亿元）     增长（%）\n" +
	"\n" +
	"全市规模以上工业企业实现营\n" +
	"              3521.6   6.3\n" +
	"业收入\n" +
	"\n" +
	"全市规模以上工业企业实现利\n" +
	"              210.8    -2.7\n" +
	"润总额\n" +
	"\n" +
	"全市限额以上批发和零售业商\n" +
	"              866.4    4.9\n" +
	"品零售额\n"
