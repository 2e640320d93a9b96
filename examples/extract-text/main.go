// Command extract-text reads the figures out of Chinese report prose, checks
// them and prints them with where each came from.
//
//	go run ./examples/extract-text [FILE.txt]
//
// Without a file it reads a few sentences written for this example.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"

	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/analysis/extract"
)

const demo = `2023年某区统计公报
一、市场主体
全区实有各类市场主体31520户,比上年增长9.76%。新增各类市场主体5210户。
二、政务服务
全年归集上报数据12800条,其中行政许可数据11500条,行政处罚数据1300条。网办率99.5%,提高0.8个百分点。投资约3.1亿元。
`

func main() {
	flag.Parse()
	text := []byte(demo)
	if flag.NArg() > 0 {
		b, err := os.ReadFile(flag.Arg(0))
		if err != nil {
			log.Fatal(err)
		}
		text = b
	}
	opt := extract.Options{}
	figs, err := extract.Extract(text, opt)
	if err != nil {
		log.Fatal(err)
	}
	for _, f := range figs {
		change := ""
		if f.Change != nil {
			change = fmt.Sprintf("  change %s %v", f.Change.Kind, f.Change.Value)
		}
		fmt.Printf("%-16s %12v %-4s %-8s bytes %d–%d%s\n", f.Indicator, f.Value, f.Unit, f.Flags, f.Span[0], f.Span[1], change)
	}
	if opt.Year == 0 {
		opt.Year = extract.InferYear(string(text))
	}
	d, err := extract.ToDataset(figs, opt)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println()
	for _, f := range analysis.Check(d, analysis.CheckOptions{}) {
		fmt.Println(f.Severity, f.Message)
	}
	fmt.Println("\nnothing written: the figures went to standard output")
}
