package xlsx_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/annualstat/annualstat/analysis"
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
	if err := xlsx.Write(context.Background(), path, t, analysis.Check(d, analysis.CheckOptions{}), xlsx.Options{}); err != nil {
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
	for _, ref := range []string{"B3", "G3", "B5", "G5"} {
		v, _ := f.GetCellValue(xlsx.SheetYoY, ref)
		fm, _ := f.GetCellFormula(xlsx.SheetYoY, ref)
		fmt.Println(strings.TrimSpace(ref + " " + v + " " + fm))
	}
	// Output:
	// [同比分析 数据 校验 图表]
	// B3 实有各类市场主体
	// G3 12.33% IF(AND(ISNUMBER(D3),ISNUMBER(E3),D3>0),(E3-D3)/D3,"")
	// B5 即办件占比
	// G5 1.20 IF(AND(ISNUMBER(D5),ISNUMBER(E5)),E5-D5,"")
}
