// Command synthetic-trend builds an appendix for a synthetic multi-year
// dataset (clearly named 合成指标…) and draws trend lines of its largest
// indicators, with the linear trend of each.
//
//	go run ./examples/synthetic-trend [-o out/synthetic-trend]
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/internal/atomicfile"
	"github.com/annualstat/annualstat/internal/synthetic"
	"github.com/annualstat/annualstat/report"
	"github.com/annualstat/annualstat/report/chart"
	"github.com/annualstat/annualstat/report/font"
	"io"
)

func main() {
	out := flag.String("o", "out/synthetic-trend", "output directory")
	flag.Parse()
	d := synthetic.Generate(synthetic.Options{Indicators: 30, Years: 8, Seed: 7})
	d.Title, d.Org, d.Source = "合成数据统计附录", "合成单位", "annualstat 合成数据（非真实统计）"

	res, err := report.BuildDir(context.Background(), d, *out, analysis.Options{}, report.BuildOptions{Name: "synthetic"})
	if errors.Is(err, font.ErrNoFont) && len(res.Files) > 0 {
		// No Chinese font: the workbook is written; the charts need one.
		fmt.Printf("no Chinese font: skipped %s (apt-get install fonts-noto-cjk); wrote:\n", res.Skipped)
		for _, f := range res.Files {
			fmt.Println(" ", f)
		}
		return
	} else if err != nil {
		log.Fatal(err)
	}
	// Trend lines of the first five indicators in 户, with their fitted slope.
	var picked []*analysis.Indicator
	for _, ind := range d.Indicators {
		if ind.Unit == "户" && len(picked) < 5 {
			picked = append(picked, ind)
			if tr, err := analysis.SeriesTrend(ind); err == nil {
				fmt.Printf("%s: %+.1f 户/年 (R² %.2f)\n", ind.Name, tr.Slope, tr.R2)
			}
		}
	}
	opt := chart.Options{DPI: 150}
	c, err := chart.Trend(d, picked, opt)
	if err != nil {
		log.Fatal(err)
	}
	trendPath := filepath.Join(*out, "synthetic-trend.svg")
	if err := atomicfile.Write(context.Background(), trendPath, func(w io.Writer) error { return c.SVG(w, opt) }); err != nil {
		log.Fatal(err)
	}
	fmt.Println("wrote:")
	for _, f := range append(res.Files, trendPath) {
		fmt.Println(" ", f)
	}
	if _, err := os.Stat(trendPath); err != nil {
		log.Fatal(err)
	}
}
