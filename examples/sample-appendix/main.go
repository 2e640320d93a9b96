// Command sample-appendix builds the statistical appendix of the sample
// report (testdata/sample-2022.csv): a workbook, a PDF and the charts.
//
//	go run ./examples/sample-appendix [-o out/sample-appendix]
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log"

	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/analysis/ingest"
	"github.com/annualstat/annualstat/report"
	"github.com/annualstat/annualstat/report/font"
)

func main() {
	in := flag.String("in", "testdata/sample-2022.csv", "input data")
	out := flag.String("o", "out/sample-appendix", "output directory")
	flag.Parse()

	d, err := ingest.Load(*in, ingest.Options{})
	if err != nil {
		log.Fatal(err)
	}
	d.Title = "湛江经济技术开发区2022年法治政府建设年度报告统计附录"
	d.Org = "湛江经济技术开发区"
	d.Source = "湛江经济技术开发区2022年法治政府建设年度报告"

	res, err := report.BuildDir(context.Background(), d, *out, analysis.Options{}, report.BuildOptions{Name: "sample-2022"})
	if errors.Is(err, font.ErrNoFont) && len(res.Files) > 0 {
		// No Chinese font: the workbook is written, the rest skipped.
		fmt.Printf("no Chinese font: skipped %s (apt-get install fonts-noto-cjk)\n", res.Skipped)
	} else if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%d indicators, %d findings; wrote:\n", len(res.Table.Rows), len(res.Findings))
	for _, f := range res.Files {
		fmt.Println(" ", f)
	}
}
