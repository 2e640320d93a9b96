package doc_test

import (
	"fmt"
	"strings"

	"github.com/annualstat/annualstat/analysis/doc"
)

// A table with a two-row header: each data cell knows its header path,
// its row label, its unit and its period.
func ExampleTable_Data() {
	var b doc.Builder
	b.Row()
	b.Cell("项目", 2, 1, doc.Source{})
	b.Cell("本报告期", 1, 2, doc.Source{})
	b.Row()
	b.Cell("金额(万元)", 1, 1, doc.Source{})
	b.Cell("同比增减(%)", 1, 1, doc.Source{})
	b.Row()
	b.Cell("营业收入", 1, 1, doc.Source{})
	b.Cell("1,200.5", 1, 1, doc.Source{})
	b.Cell("12.33", 1, 1, doc.Source{})
	t, err := b.Table()
	if err != nil {
		fmt.Println(err)
		return
	}
	t.DetectLayout()
	for _, d := range t.Data() {
		fmt.Println(d.RowPath, d.ColumnPath, d.Text, d.Unit, d.Column.Period, d.Column.Change)
	}
	// Output:
	// [营业收入] [本报告期 金额(万元)] 1,200.5 万元 current none
	// [营业收入] [本报告期 同比增减(%)] 12.33 % current percent
}

// A box-drawn table read from lines of text: each cell keeps the byte
// offset of its text, and a label wrapped inside its cell is one text.
func ExampleBoxTable() {
	text := "┌────────┬──────┐\n" +
		"│项目    │ 本年 │\n" +
		"├────────┼──────┤\n" +
		"│营业收入│  120 │\n" +
		"├────────┼──────┤\n" +
		"│经营活动│   35 │\n" +
		"│现金流量│      │\n" +
		"└────────┴──────┘\n"
	var lines []doc.TextLine
	off := 0
	for i, l := range strings.Split(strings.TrimSuffix(text, "\n"), "\n") {
		lines = append(lines, doc.TextLine{Text: l, Offset: off, Line: i + 1})
		off += len(l) + 1
	}
	t, err := doc.BoxTable(lines, doc.GridOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for r := 0; r < t.NumRows(); r++ {
		fmt.Println(t.At(r, 0).Text, "|", t.At(r, 1).Text)
	}
	c := t.At(2, 1)
	fmt.Println(text[c.Source.Offset:c.Source.Offset+len(c.Text)], "on line", c.Source.Line)
	// Output:
	// 项目 | 本年
	// 营业收入 | 120
	// 经营活动现金流量 | 35
	// 35 on line 6
}
