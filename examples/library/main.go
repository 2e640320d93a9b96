// Command library shows annualstat used from Go code: build a dataset by
// hand, compute the year-over-year figures, back-compute a prior from a
// stated growth, check the figures and write a workbook.
//
//	go run ./examples/library [-o out/library]
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/report"
	"github.com/annualstat/annualstat/report/present"
	"github.com/annualstat/annualstat/report/xlsx"
)

func main() {
	out := flag.String("o", "out/library", "output directory")
	flag.Parse()

	var d analysis.Dataset
	d.Title, d.Org = "示例统计附表", "示例单位"

	// The report gives only the current value and a rounded growth rate.
	entities := d.Indicator("市场主体", "实有各类市场主体", "户")
	entities.Set(analysis.Point{Year: 2022, Value: 28716,
		Changes: []analysis.Stated{{Kind: analysis.ChangeGrowthPct, Value: 12.33, Text: "12.33"}}})
	iv, err := analysis.BackCompute(28716, 12.33, 2)
	if err != nil {
		log.Fatal(err)
	}
	cands, _ := iv.WholeCandidates(0)
	fmt.Printf("2021 lies in [%.2f, %.2f]; whole candidates %v\n", iv.Low, iv.High, cands)
	analysis.DeriveFromStated(&d) // adds 2021 = 25564, flagged derived

	rate := d.Indicator("政务服务", "即办件占比", "%")
	rate.Set(analysis.Point{Year: 2021, Value: 96.86})
	rate.Set(analysis.Point{Year: 2022, Value: 98.06})

	total := d.Indicator("行政执法", "归集上报数据", "条")
	total.Set(analysis.Point{Year: 2022, Value: 11737})
	for name, v := range map[string]float64{"行政许可数据": 10685, "行政处罚数据": 1052} {
		part := d.Indicator("行政执法", name, "条")
		part.Parent = total.Name
		part.Set(analysis.Point{Year: 2022, Value: v})
	}

	t, err := analysis.Analyze(&d, analysis.Options{Precision: 1})
	if err != nil {
		log.Fatal(err)
	}
	for _, r := range t.Rows {
		if r.Statement != "" {
			fmt.Println(r.Statement + "。")
		}
	}
	findings := analysis.Check(&d, analysis.CheckOptions{})
	if err := report.WriteFindingsText(os.Stdout, findings); err != nil {
		log.Fatal(err)
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		log.Fatal(err)
	}
	path := filepath.Join(*out, "library.xlsx")
	doc := present.New(t, findings, present.Options{})
	if err := xlsx.Write(context.Background(), path, doc, t, xlsx.Options{}); err != nil {
		log.Fatal(err)
	}
	fmt.Println("wrote", path)
}
