package xxgk_test

import (
	"fmt"
	"strings"

	"github.com/annualstat/annualstat/analysis/xxgk"
)

// Reading a published report's T4 (one line of 15 numbers, as PDFs print
// it) and checking it: 洪泽区 2023's 行政复议 adds up to 11 under a total
// of 0 (XXGK.md).
func ExampleCheck() {
	text := `四、政府信息公开行政复议、行政诉讼情况
10 1 0 0 0 0 0 0 0 0 5 0 0 0 0
五、存在的主要问题及改进情况`
	rep, err := xxgk.ReadText(strings.NewReader(text), "hongze-2023.txt")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range xxgk.Check(rep, nil) {
		fmt.Println(f.Severity.Chinese(), f.Message)
	}
	// Output:
	// 错误 表四行政复议：结果维持、结果纠正、其他结果、尚未审结之和为10+1+0+0=11，但“总计”（A5）为0。
	// 错误 表四行政诉讼（复议后起诉）：结果维持、结果纠正、其他结果、尚未审结之和为5+0+0+0=5，但“总计”（D5）为0。
}

// A statement as these reports phrase it: growth of 100% and more as a
// percentage, a zero base named.
func ExampleGrowthStatement() {
	fmt.Println(xxgk.GrowthStatement("本年新收政府信息公开申请", 95, 21, true, "件", 0, 0, 2))
	fmt.Println(xxgk.GrowthStatement("行政复议总计", 2, 0, true, "件", 0, 0, 2))
	// Output:
	// 本年新收政府信息公开申请95件，同比增长352.38%（上年21件）
	// 行政复议总计2件，上年为0
}

// The T3 cells as ids: rows by the template, columns C1 自然人 … C7 总计.
func ExampleT3Rows() {
	rows := xxgk.T3Rows(xxgk.Format2019)
	fmt.Println(len(xxgk.T3Rows(xxgk.Format2021)), len(rows), rows[len(rows)-3].ID, rows[len(rows)-3].Label)
	fmt.Println(xxgk.CellID("R3.3.1", 7), xxgk.CellName("R3.3.1·C7"))
	// Output:
	// 25 23 R3.6 （六）其他处理
	// R3.3.1·C7 表三“（三）不予公开1.属于国家秘密”行“总计”列（R3.3.1·C7）
}
