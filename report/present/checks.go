package present

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/annualstat/annualstat/analysis"
)

// RuleName is the Chinese name of a consistency rule (analysis.Rule…),
// as the check report prints it in place of the rule's code; an unknown
// rule keeps its code.
func RuleName(rule string) string {
	switch rule {
	case analysis.RuleSum:
		return "分项与合计"
	case analysis.RuleUnit:
		return "计量单位一致"
	case analysis.RuleRateRange:
		return "比率取值范围"
	case analysis.RuleStated:
		return "所述增减与数据"
	case analysis.RuleWhole:
		return "推算上年值取整"
	case analysis.RuleNewVsNet:
		return "新增量与净增量"
	case analysis.RuleCountInteger:
		return "计数为非负整数"
	}
	return rule
}

// SeverityName is a severity as the check report prints it: 错误, 警告,
// 提示.
func SeverityName(s analysis.Severity) string { return s.Chinese() }

// checkReport lists the findings in Chinese, most severe first.
func checkReport(findings []analysis.Finding, title string) *CheckReport {
	cr := &CheckReport{Title: title + "数据核查报告"}
	tb := &Table{Title: "数据核查结果"}
	tb.Caption, tb.ContinuedCaption = captions("表", 0, tb.Title)
	tb.Columns = []Column{
		{Role: ColNumber, Header: "序号", Numeric: true},
		{Role: ColText, Header: "级别"},
		{Role: ColText, Header: "检查项"},
		{Role: ColNumber, Header: "年份", Numeric: true},
		{Role: ColText, Header: "指标", Wrap: true},
		{Role: ColText, Header: "应为", Wrap: true},
		{Role: ColText, Header: "实为", Wrap: true},
		{Role: ColText, Header: "说明", Wrap: true},
	}
	n := 0
	for _, sev := range []analysis.Severity{analysis.Error, analysis.Warning, analysis.Info} {
		for _, f := range findings {
			if f.Severity != sev {
				continue
			}
			n++
			switch sev {
			case analysis.Error:
				cr.Errors++
			case analysis.Warning:
				cr.Warnings++
			default:
				cr.Infos++
			}
			year := Cell{}
			if f.Year != 0 {
				year = Cell{Text: strconv.Itoa(f.Year), Value: float64(f.Year), Numeric: true}
			}
			names := make([]string, len(f.Indicators))
			for i, s := range f.Indicators {
				names[i] = Punctuate(s)
			}
			tb.Rows = append(tb.Rows, Row{Index: -1, Cells: []Cell{
				{Text: strconv.Itoa(n), Value: float64(n), Numeric: true},
				{Text: SeverityName(sev)},
				{Text: RuleName(f.Rule)},
				year,
				{Text: strings.Join(names, "、")},
				{Text: Punctuate(f.Expected)},
				{Text: Punctuate(f.Found)},
				{Text: sentence(Punctuate(f.Message))},
			}})
		}
	}
	cr.Table = tb
	if n == 0 {
		cr.Summary = "未发现不一致的数据。"
		return cr
	}
	var parts []string
	for _, c := range []struct {
		n    int
		name string
	}{{cr.Errors, "错误"}, {cr.Warnings, "警告"}, {cr.Infos, "提示"}} {
		if c.n > 0 {
			parts = append(parts, fmt.Sprintf("%s%d项", c.name, c.n))
		}
	}
	cr.Summary = fmt.Sprintf("共发现%d项：%s。", n, strings.Join(parts, "，"))
	return cr
}

// sentence ends s with "。" unless it ends with a mark already.
func sentence(s string) string {
	if s == "" || strings.HasSuffix(s, "。") || strings.HasSuffix(s, "！") || strings.HasSuffix(s, "？") {
		return s
	}
	return s + "。"
}
