package xxgk

import (
	"fmt"
	"io"
	"strings"

	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/analysis/xxgk"
)

// WriteCheckReport writes the check report as text: what was read (the
// tables and their formats), then each finding in Chinese with its rule
// and cells, errors first as Check returns them.
func WriteCheckReport(w io.Writer, rep, prev *xxgk.Report, fs []analysis.Finding) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s校验报告\n\n", Title(rep))
	fmt.Fprintf(&b, "来源：%s\n", rep.Source)
	for _, t := range []xxgk.Table{xxgk.T2, xxgk.T3, xxgk.T4} {
		state := "未读到（可能以图片发布）"
		if rep.Has(t) {
			state = "已读取"
			switch t {
			case xxgk.T2:
				state += "，" + rep.T2Format.String() + "年格式"
			case xxgk.T3:
				state += "，" + rep.T3Format.String() + "年格式"
			}
		}
		fmt.Fprintf(&b, "%s：%s\n", t.Chinese(), state)
	}
	if prev != nil {
		fmt.Fprintf(&b, "上年报告：%s\n", prev.Source)
	} else {
		b.WriteString("上年报告：未提供（X1、X2、X5未检查）\n")
	}
	nErr, nWarn := 0, 0
	for _, f := range fs {
		if f.Severity == analysis.Error {
			nErr++
		} else if f.Severity == analysis.Warning {
			nWarn++
		}
	}
	fmt.Fprintf(&b, "\n结果：%d个错误，%d个警告。\n", nErr, nWarn)
	if len(fs) == 0 {
		b.WriteString("表内勾稽关系全部成立，未发现问题。\n")
	}
	for i, f := range fs {
		fmt.Fprintf(&b, "\n%d. 【%s】%s（%s）\n   %s\n", i+1, f.Severity.Chinese(), strings.TrimPrefix(f.Rule, "xxgk_"), strings.Join(f.Indicators, "、"), f.Message)
	}
	_, err := io.WriteString(w, b.String())
	return err
}
