package xxgk_test

import (
	"fmt"
	"strings"

	"github.com/annualstat/annualstat/analysis/xxgk"
	rxxgk "github.com/annualstat/annualstat/report/xxgk"
)

// The official layout of T4: three header rows with merged cells over one
// row of fifteen figures.
func ExampleT4Layout() {
	l := rxxgk.T4Layout()
	for _, b := range l.Boxes[:4] {
		fmt.Printf("row %d col %d span %d×%d %s\n", b.Row, b.Col, b.RowSpan, b.ColSpan, b.Text)
	}
	fmt.Println(l.Rows, "rows,", l.Cols, "columns; the figures in row", l.Rows-1)
	// Output:
	// row 0 col 0 span 2×5 行政复议
	// row 0 col 5 span 1×10 行政诉讼
	// row 1 col 5 span 1×5 未经复议直接起诉
	// row 1 col 10 span 1×5 复议后起诉
	// 4 rows, 15 columns; the figures in row 3
}

// What a value cell shows: the figure with its decimals as written, "/"
// for not applicable, nothing in a blank template.
func ExampleValueText() {
	rep, _ := xxgk.ReadCSV(stringsReader("cell,value\nZ6·C1,251000元\nZ1·C1,/\nR1·C7,95\n"), "x.csv")
	fmt.Println(rxxgk.ValueText(rep, "Z6·C1"), rxxgk.ValueText(rep, "Z1·C1"), rxxgk.ValueText(rep, "R1·C7"), rxxgk.ValueText(nil, "R1·C7") == "")
	// Output:
	// 25.1 / 95 true
}

func stringsReader(s string) *strings.Reader { return strings.NewReader(s) }
