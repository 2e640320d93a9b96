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
			switch t {
			case xxgk.T2:
				state = fmt.Sprintf("已读取%d个单元格（共%d个），%s年格式", len(rep.T2), len(xxgk.T2Cells(rep.T2Format)), rep.T2Format)
			case xxgk.T3:
				state = fmt.Sprintf("已读取%d个单元格（共%d个），%s年格式", len(rep.T3), 7*len(xxgk.T3Rows(rep.T3Format)), rep.T3Format)
			default:
				state = fmt.Sprintf("已读取%d个单元格（共15个）", len(rep.T4))
			}
		}
		fmt.Fprintf(&b, "%s：%s\n", t.Chinese(), state)
	}
	if prev != nil {
		fmt.Fprintf(&b, "上年报告：%s\n", prev.Source)
	} else {
		b.WriteString("上年报告：未提供（X1、X2、X5未检查）\n")
	}
	nErr, nWarn, nInfo := 0, 0, 0
	for _, f := range fs {
		switch f.Severity {
		case analysis.Error:
			nErr++
		case analysis.Warning:
			nWarn++
		default:
			nInfo++
		}
	}
	fmt.Fprintf(&b, "\n结果：%d个错误，%d个警告", nErr, nWarn)
	if nInfo > 0 {
		fmt.Fprintf(&b, "，%d个提示（未能读取的行）", nInfo)
	}
	b.WriteString("。\n")
	switch {
	case nErr+nWarn == 0 && nInfo == 0:
		b.WriteString("表内勾稽关系全部成立，未发现问题。\n")
	case nErr+nWarn == 0:
		b.WriteString("已读取的单元格之间未发现矛盾。\n")
	}
	for i, f := range fs {
		cells := ""
		if len(f.Indicators) > 0 {
			cells = "（" + strings.Join(f.Indicators, "、") + "）"
		}
		rule := strings.TrimPrefix(f.Rule, "xxgk_")
		if f.Rule == xxgk.RuleRead {
			rule = "读取"
		}
		fmt.Fprintf(&b, "\n%d. 【%s】%s%s\n   %s\n", i+1, f.Severity.Chinese(), rule, cells, f.Message)
	}
	_, err := io.WriteString(w, b.String())
	return err
}
