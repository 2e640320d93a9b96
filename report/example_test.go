package report_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/analysis/ingest"
	"github.com/annualstat/annualstat/internal/fonttest"
	"github.com/annualstat/annualstat/report"
	"github.com/annualstat/annualstat/report/font"
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
func ExampleBuildDir() {
	d, err := ingest.Load("../testdata/sample-2022.csv", ingest.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	dir, _ := os.MkdirTemp("", "appendix")
	defer os.RemoveAll(dir)
	// The zero font.Options finds the system CJK font; a machine without
	// one gets, for this example, a stand-in font whose glyphs are boxes.
	var fopt font.Options
	if _, err := font.Resolve(fopt, font.PDF); err != nil {
		fopt.Data = fonttest.TTF()
	}
	res, err := report.BuildDir(context.Background(), d, dir, analysis.Options{}, report.BuildOptions{
		Name: "sample", Org: "湛江经济技术开发区", Outputs: report.OutputXLSX | report.OutputPDF, Font: fopt,
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

// Without a Chinese font Build still writes the workbook, which needs
// none, and reports the outputs it skipped with an error that is
// font.ErrNoFont. (The font search is pointed at an empty directory here;
// by default it searches the system's font directories.)
func ExampleBuildDir_withoutFont() {
	d, err := ingest.Load("../testdata/sample-2022.csv", ingest.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	dir, _ := os.MkdirTemp("", "appendix")
	defer os.RemoveAll(dir)
	noFonts := font.Options{Roots: []string{}, Getenv: func(string) string { return "" }}
	res, err := report.BuildDir(context.Background(), d, dir, analysis.Options{}, report.BuildOptions{Name: "sample", Font: noFonts})
	fmt.Println(errors.Is(err, font.ErrNoFont))
	for _, f := range res.Files {
		fmt.Println(filepath.Base(f))
	}
	fmt.Println("skipped:", res.Skipped)
	// Output:
	// true
	// sample.xlsx
	// skipped: pdf,checks,docx,png
}
