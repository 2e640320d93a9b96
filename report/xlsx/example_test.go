package xlsx_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/report/present"
	"github.com/annualstat/annualstat/report/xlsx"
)

func ExampleWrite() {
	d := &analysis.Dataset{Title: "2022年统计附表"}
	stock := d.Indicator("市场主体", "实有各类市场主体", "户")
	_ = stock.Set(analysis.Point{Year: 2021, Value: 25564})
	_ = stock.Set(analysis.Point{Year: 2022, Value: 28716})
	rate := d.Indicator("政务服务", "即办件占比", "%")
	_ = rate.Set(analysis.Point{Year: 2021, Value: 96.86})
	_ = rate.Set(analysis.Point{Year: 2022, Value: 98.06})
	t, err := analysis.Analyze(d, analysis.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	dir, err := os.MkdirTemp("", "annualstat-example")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "appendix.xlsx")
	// The presentation decides what every cell shows; the workbook writes it.
	doc := present.New(t, analysis.Check(d, analysis.CheckOptions{}), present.Options{})
	if err := xlsx.Write(context.Background(), path, doc, t, xlsx.Options{}); err != nil {
		fmt.Println(err)
		return
	}

	// Read it back: formulas with their cached results, as a reader that
	// does not recalculate sees them.
	f, err := excelize.OpenFile(path)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	fmt.Println(f.GetSheetList())
	for _, ref := range []string{"A1", "A5", "F5", "A7", "G7"} {
		v, _ := f.GetCellValue(xlsx.SheetYoY, ref)
		fm, _ := f.GetCellFormula(xlsx.SheetYoY, ref)
		fmt.Println(strings.TrimSpace(ref + " " + v + " " + fm))
	}
	// Output:
	// [同比分析 数据 校验 图表]
	// A1 表1 2022年主要指标
	// A5 实有各类市场主体
	// F5 12.33 IF(AND(ISNUMBER(C5),ISNUMBER(D5)),IF(C5>0,(D5-C5)/C5*100,"—"),"")
	// A7 即办件占比
	// G7 1.20 IF(AND(ISNUMBER(C7),ISNUMBER(D7)),D7-C7,"")
}
