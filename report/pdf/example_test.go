package pdf_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/internal/fonttest"
	"github.com/annualstat/annualstat/report/font"
	"github.com/annualstat/annualstat/report/pdf"
	"github.com/annualstat/annualstat/report/present"
)

// Write a two-indicator appendix to a temporary directory.
func Example() {
	ds := &analysis.Dataset{Title: "2022年法治政府建设年度报告", Org: "湛江经济技术开发区", Source: "年度报告"}
	ind := ds.Indicator("市场主体", "实有各类市场主体", "户")
	_ = ind.Set(analysis.Point{Year: 2021, Value: 25564, Flags: analysis.FlagDerived})
	_ = ind.Set(analysis.Point{Year: 2022, Value: 28716})
	rate := ds.Indicator("政务服务", "即办件占比", "%")
	_ = rate.Set(analysis.Point{Year: 2021, Value: 96.86})
	_ = rate.Set(analysis.Point{Year: 2022, Value: 98.06})
	t, err := analysis.Analyze(ds, analysis.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	dir, err := os.MkdirTemp("", "annualstat-pdf")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "appendix.pdf")
	// Options.Font nil would resolve the system CJK font itself; here a
	// machine without one gets a stand-in font whose glyphs are boxes.
	f, err := font.Resolve(font.Options{}, font.PDF)
	if err != nil {
		f, err = font.Parse(fonttest.TTF(), 0)
	}
	if err != nil {
		fmt.Println(err)
		return
	}
	// The document as it is published, signed on the date of issue.
	doc := present.New(t, nil, present.Options{Date: time.Date(2023, 1, 31, 0, 0, 0, 0, time.UTC)})
	err = pdf.Write(context.Background(), path, doc, pdf.Options{Font: f})
	if err != nil {
		fmt.Println("no PDF:", err)
		return
	}
	b, err := os.ReadFile(path)
	fmt.Println(err == nil && string(b[:5]) == "%PDF-")
	fmt.Println(t.Rows[0].Statement)
	fmt.Println(t.Rows[1].Statement)
	// Output:
	// true
	// 实有各类市场主体28716户，比上年增长12.33%
	// 即办件占比98.06%，比上年提高1.20个百分点
}
