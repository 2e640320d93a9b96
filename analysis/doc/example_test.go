package doc_test

import (
	"fmt"

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
