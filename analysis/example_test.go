package analysis_test

import (
	"fmt"

	"github.com/annualstat/annualstat/analysis"
)

func ExampleAnalyze() {
	var d analysis.Dataset
	entities := d.Indicator("市场主体", "实有各类市场主体", "户")
	entities.Set(analysis.Point{Year: 2021, Value: 25564})
	entities.Set(analysis.Point{Year: 2022, Value: 28716})
	online := d.Indicator("政务服务", "即办件占比", "%")
	online.Set(analysis.Point{Year: 2021, Value: 96.86})
	online.Set(analysis.Point{Year: 2022, Value: 98.06})

	t, err := analysis.Analyze(&d, analysis.Options{})
	if err != nil {
		panic(err)
	}
	for _, r := range t.Rows {
		fmt.Println(r.Statement)
	}
	// Output:
	// 实有各类市场主体28716户，比上年增长12.33%
	// 即办件占比98.06%，比上年提高1.20个百分点
}

func ExampleBackCompute() {
	// The report says 28716 entities, 12.33% more than the year before.
	iv, err := analysis.BackCompute(28716, 12.33, 2)
	if err != nil {
		panic(err)
	}
	cands, _ := iv.WholeCandidates(0)
	fmt.Printf("%.2f–%.2f %v\n", iv.Low, iv.High, cands)
	// Output: 25562.83–25565.10 [25563 25564 25565]
}

func ExampleCheck() {
	var d analysis.Dataset
	total := d.Indicator("执法", "归集上报数据", "条")
	total.Set(analysis.Point{Year: 2022, Value: 11737})
	part := d.Indicator("执法", "行政许可数据", "条")
	part.Parent = "归集上报数据"
	part.Set(analysis.Point{Year: 2022, Value: 10685})
	// A declared parent: the parts must add up.
	for _, f := range analysis.Check(&d, analysis.CheckOptions{}) {
		fmt.Println(f.Severity, f.Rule, f.Message)
	}
	// A 其中 list: the parts may not exceed the total, and need not reach it.
	total.Breakdown = analysis.BreakdownSubset
	fmt.Println(len(analysis.Check(&d, analysis.CheckOptions{})), "findings")
	// Output:
	// error sum 2022年“归集上报数据”为11737条，其分项合计为10685条，相差-1052条
	// 0 findings
}
