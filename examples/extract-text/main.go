// Command extract-text reads the figures out of Chinese report prose, checks
// them and prints them with where each came from.
//
//	go run ./examples/extract-text [FILE.txt]
//
// Without a file it reads testdata/report-2023.txt, a one-page 法治政府建设
// report written for annualstat (run it from the repository's root).
package main

import (
	"flag"
	"fmt"
	"log"
	"os"

	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/analysis/extract"
)

func main() {
	flag.Parse()
	path := "testdata/report-2023.txt"
	if flag.NArg() > 0 {
		path = flag.Arg(0)
	}
	text, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
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
