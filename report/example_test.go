package report_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/analysis/ingest"
	"github.com/annualstat/annualstat/report"
)

// Analyse a CSV file and print its year-over-year table as JSON rows.
func ExampleWriteJSON() {
	csv := "section,indicator,unit,year,value\n" +
		"市场主体,实有各类市场主体,户,2021,25564\n" +
		"市场主体,实有各类市场主体,户,2022,28716\n"
	d, err := ingest.ReadCSV(strings.NewReader(csv), ingest.Options{Name: "example.csv"})
	if err != nil {
		panic(err)
	}
	t, err := analysis.Analyze(d, analysis.Options{})
	if err != nil {
		panic(err)
	}
	rows := report.Rows(t)
	fmt.Println(rows[0].Statement, *rows[0].Change, rows[0].Flags)
	// Output: 实有各类市场主体28716户，比上年增长12.33% 3152 []
}

// Build the whole appendix of the sample report into a directory.
func ExampleBuild() {
	d, err := ingest.Load("../testdata/sample-2022.csv", ingest.Options{})
	if err != nil {
		panic(err)
	}
	dir, _ := os.MkdirTemp("", "appendix")
	defer os.RemoveAll(dir)
	res, err := report.Build(context.Background(), d, dir, report.BuildOptions{
		Name: "sample", Org: "湛江经济技术开发区", Outputs: report.OutputXLSX | report.OutputPDF,
	})
	if err != nil {
		fmt.Println(err) // e.g. no Chinese font installed
		return
	}
	for _, f := range res.Files {
		fmt.Println(filepath.Base(f))
	}
	// Output:
	// sample.xlsx
	// sample.pdf
}
