package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestPaddedBarCellLine: the bars after a cell, or on a line of their own,
// are the empty cells that pad a short row; a bar alone, one cell and its
// bar, and cells of a row on one line are other forms.
func TestPaddedBarCellLine(t *testing.T) {
	for _, c := range []struct {
		line  string
		cell  string
		empty int
		ok    bool
	}{
		{"8,161 | |", "8,161", 1, true},
		{"表2:收支决算表 | |||||", "表2:收支决算表", 5, true},
		{"|||", "", 3, true},
		{"| |", "", 2, true},
		{"|", "", 0, false},
		{"税收收入 |", "", 0, false},
		{"税收 | 210 |", "", 0, false},
		{"收入。 | |", "", 0, false},
	} {
		ca, cb, empty, ok := paddedBarCellLine(c.line, 0, len(c.line))
		if ok != c.ok || ok && (c.line[ca:cb] != c.cell || empty != c.empty) {
			t.Errorf("paddedBarCellLine(%q) = %q, %d, %v; want %q, %d, %v", c.line, c.line[ca:cb], empty, ok, c.cell, c.empty, c.ok)
		}
	}
}

// TestBarRowLinesPadded: a balance table copied one cell a line, a bar
// alone before each row, the rows of the shorter half padded with bars
// (after the last cell, or on a line of their own), a caption and a 单位
// line padded over the merged first rows, and a row whose copy wrote the
// empty cell of its first half at its end (其他收入 keeps one value of two:
// not read).
func TestBarRowLinesPadded(t *testing.T) {
	text := "|\n收支决算表 | |||||\n|\n单位:万元 | |||||\n|\n" +
		"收入 |\n预算数 |\n决算数 |\n支出 |\n预算数 |\n决算数 |\n|\n" +
		"收入合计 |\n4,000 |\n4,100 |\n支出合计 |\n4,000 |\n4,100 |\n|\n" +
		"税收收入 |\n2,500 |\n2,600 |\n教育支出 |\n900 |\n950 |\n|\n" +
		"其他收入 |\n60 |\n教育附加 |\n30 |\n35 | |\n|\n" +
		"非税收入 |\n1,500 |\n1,500 |\n|||\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	var got []string
	for _, f := range figs {
		got = append(got, fmt.Sprintf("%s %v%s", f.Indicator, f.Value, f.Unit))
	}
	want := []string{
		"收入合计预算数 4000万元", "收入合计决算数 4100万元",
		"税收收入预算数 2500万元", "税收收入决算数 2600万元",
		"非税收入预算数 1500万元", "非税收入决算数 1500万元",
		"支出合计预算数 4000万元", "支出合计决算数 4100万元",
		"教育支出预算数 900万元", "教育支出决算数 950万元",
		"教育附加预算数 30万元", "教育附加决算数 35万元",
	}
	if strings.Join(got, "; ") != strings.Join(want, "; ") {
		t.Errorf("got  %s\nwant %s", strings.Join(got, "; "), strings.Join(want, "; "))
	}
}
