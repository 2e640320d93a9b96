package extract

import (
	"strings"
	"testing"
)

// TestPartOfYearQuantityHeaders: a court table copied one cell a line,
// its headers a year, a part of the year and the quantity in one cell
// (上半年 of two years, then 收案), a share column and a growth column;
// the table writes no unit, so the case counts take 件; the growth is the
// change of the current half-year's level, the earlier year's column the
// prior one.
func TestPartOfYearQuantityHeaders(t *testing.T) {
	cells := []string{"案件类型", "2024年上半年收案", "占比", "2023年上半年收案", "增幅",
		"合同纠纷", "520", "26.00%", "400", "30.00%",
		"侵权纠纷", "300", "15.00%", "375", "-20.00%"}
	text := strings.Join(cells, "\n|\n") + "\n"
	got := mustExtract(t, text, Options{Year: 2024})
	checkFigures(t, "part of year", got, []wantFig{
		{ind: "合同纠纷收案", value: 520, unit: "件", changes: []string{"growth_pct 30"}},
		{ind: "合同纠纷占比", value: 26, unit: "%"},
		{ind: "合同纠纷收案", value: 400, unit: "件", prior: true},
		{ind: "侵权纠纷收案", value: 300, unit: "件", changes: []string{"growth_pct -20"}},
		{ind: "侵权纠纷占比", value: 15, unit: "%"},
		{ind: "侵权纠纷收案", value: 375, unit: "件", prior: true},
	})
	if got[0].Period != "2024年上半年" || got[2].Period != "2023年上半年" {
		t.Errorf("periods %q, %q, want 2024年上半年, 2023年上半年", got[0].Period, got[2].Period)
	}
	for h, want := range map[string]string{"2021年上半年新收": "新收", "2022年1-6月民事案件收案": "民事案件收案",
		"2023年前三季度审结": "审结", "2023年1-9月份营业收入": "营业收入", "2023年上半年": "", "2023年1-6月份": "",
		"2023年3月末": "", "2023年上半年同比": "", "2023年一季度(%)": ""} {
		if got := yearQuantityHeader(h); got != want {
			t.Errorf("yearQuantityHeader(%q) = %q, want %q", h, got, want)
		}
	}
}

// TestCaseCountUnit: the unit a court's case count column takes when the
// table writes none; rates, shares and other quantities take none.
func TestCaseCountUnit(t *testing.T) {
	for name, want := range map[string]string{"新收": "件", "民事案件新收": "件", "收案": "件", "审结": "件", "执结": "件",
		"未结": "件", "结案数": "件", "刑事案件": "件", "结案率": "", "占新收比例": "", "标的额": "", "人数": "", "": ""} {
		if got := caseCountUnit(name); got != want {
			t.Errorf("caseCountUnit(%q) = %q, want %q", name, got, want)
		}
	}
	// A row that writes its own unit keeps it.
	text := "项目 | 收案 | 结案\n刑事案件 | 120 | 110\n涉案金额(万元) | 35.6 | 30.2\n"
	checkFigures(t, text, mustExtract(t, text, Options{Year: 2024}), []wantFig{
		{ind: "刑事案件收案", value: 120, unit: "件"},
		{ind: "刑事案件结案", value: 110, unit: "件"},
		{ind: "涉案金额收案", value: 35.6, unit: "万元"},
		{ind: "涉案金额结案", value: 30.2, unit: "万元"},
	})
}

// TestComparedWithJiaoXiangbi: 较去年同期相比 (较 and 相比 around the
// period) is a comparison like 与去年同期相比, the change the figure's.
func TestComparedWithJiaoXiangbi(t *testing.T) {
	text := "全年新收合同纠纷案件520件,占新收总数的26%,较去年同期相比增长30%。"
	checkFigures(t, text, mustExtract(t, text, Options{Year: 2024}), []wantFig{
		{ind: "新收合同纠纷案件", value: 520, unit: "件", changes: []string{"growth_pct 30"}},
		{ind: "占新收总数", value: 26, unit: "%"},
	})
}

// TestReviewTemplatePath: the 政府信息公开 template's 行政复议 and 行政诉讼
// columns keep their bare counts; a court's own groups do not.
func TestReviewTemplatePath(t *testing.T) {
	for _, c := range []struct {
		path []string
		want bool
	}{{[]string{"行政复议", "尚未审结"}, true}, {[]string{"行政诉讼", "未经复议直接起诉", "尚未审结"}, true},
		{[]string{"民事案件", "审结"}, false}, {[]string{"2024年上半年新收"}, false}} {
		if got := reviewTemplatePath(c.path); got != c.want {
			t.Errorf("reviewTemplatePath(%q) = %v, want %v", c.path, got, c.want)
		}
	}
}
