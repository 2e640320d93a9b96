package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestSideBySideHalves: a county's 收支平衡表 copied as a text table, the
// revenue half and the expenditure half side by side under one repeated
// header, one half's rows running out before the other's.
func TestSideBySideHalves(t *testing.T) {
	text := "单位:万元\n" +
		"| 项目 | 预算数 | 决算数 | 项目 | 预算数 | 决算数 |\n" +
		"| 收入合计 | 5,200 | 5,310 | 支出合计 | 5,200 | 5,310 |\n" +
		"| 税收收入 | 3,100 | 3,150 | 教育支出 | 1,400 | 1,420 |\n" +
		"| 非税收入 | 900 | 960 | | | |\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	var got []string
	for _, f := range figs {
		got = append(got, fmt.Sprintf("%s %v%s", f.Indicator, f.Value, f.Unit))
	}
	want := []string{
		"收入合计预算数 5200万元", "收入合计决算数 5310万元",
		"税收收入预算数 3100万元", "税收收入决算数 3150万元",
		"非税收入预算数 900万元", "非税收入决算数 960万元",
		"支出合计预算数 5200万元", "支出合计决算数 5310万元",
		"教育支出预算数 1400万元", "教育支出决算数 1420万元",
	}
	if strings.Join(got, "; ") != strings.Join(want, "; ") {
		t.Errorf("got  %s\nwant %s", strings.Join(got, "; "), strings.Join(want, "; "))
	}
}

// TestHalfWidth: the header repeats its value columns after a second
// label; a header of distinct columns, or one whose repeat is cut short,
// has no halves.
func TestHalfWidth(t *testing.T) {
	cells := func(ts ...string) []tcell {
		var cs []tcell
		for _, s := range ts {
			cs = append(cs, tcell{text: s})
		}
		return cs
	}
	for _, c := range []struct {
		hdr  []tcell
		want int
	}{
		{cells("收入", "执行数", "决算数", "支出", "执行数", "决算数"), 3},
		{cells("项目", "金额", "项目", "金额"), 2},
		{cells("项目", "金额", "项目", "金额", "项目", "金额"), 2},
		{cells("指标", "2022年", "2023年", "增长%"), 0},
		{cells("项目", "预算数", "决算数", "项目", "预算数", ""), 0},
		{cells("项目", "本月", "累计", "本月", "累计"), 0},
	} {
		if got := halfWidth(c.hdr); got != c.want {
			t.Errorf("halfWidth(%v) = %d, want %d", c.hdr, got, c.want)
		}
	}
}

// TestSideBySideRowShifted: a row whose copy dropped an empty cell of the
// first half and wrote it at the row's end is read by its labels: the
// second half writes both its values and is read, the first writes one of
// two and cannot say which column it left empty.
func TestSideBySideRowShifted(t *testing.T) {
	cs := []tcell{{text: "其他收入"}, {text: "50"}, {text: "补助支出"}, {text: "1,200"}, {text: "1,210"}, {text: ""}}
	got := sideBySideRow(cs, 3, 2)
	if got[0] != nil || len(got[1]) != 3 || got[1][0].text != "补助支出" || got[1][2].text != "1,210" {
		t.Errorf("shifted row read as %v", got)
	}
	cs = []tcell{{text: "上年结余"}, {text: "70"}, {text: "80"}, {text: ""}, {text: ""}, {text: ""}}
	got = sideBySideRow(cs, 3, 2)
	if len(got[0]) != 3 || got[1] != nil {
		t.Errorf("row with an empty half read as %v", got)
	}
	cs = []tcell{{text: "12"}, {text: "13"}, {text: "支出"}, {text: "1"}, {text: "2"}, {text: "3"}}
	if got = sideBySideRow(cs, 3, 2); got[0] != nil || got[1] != nil {
		t.Errorf("row opening with values read as %v", got)
	}
}

// TestSideBySideStream: a budget's balance table copied one cell a line,
// revenue and expenditure side by side, a line of bars alone for the
// expenditure half that has no row, the last row cut short by the end.
func TestSideBySideStream(t *testing.T) {
	cells := []string{"收入", "执行数", "支出", "执行数",
		"一、税收收入", "42.5", "一、教育支出", "18.2",
		"二、非税收入", "11.3", "二、卫生健康支出", "9.6",
		"三、上级补助收入", "30.1", "三、债务还本支出", "5.4"}
	text := "单位:亿元\n" + strings.Join(cells, " |\n") + " |\n" + "四、上年结转 |\n2.7 |\n||\n五、调入资金 |\n1.9 |\n"
	checkFigures(t, "side by side stream", mustExtract(t, text, Options{Year: 2023}), []wantFig{
		{ind: "税收收入", value: 42.5, unit: "亿元"},
		{ind: "非税收入", value: 11.3, unit: "亿元"},
		{ind: "上级补助收入", value: 30.1, unit: "亿元"},
		{ind: "上年结转", value: 2.7, unit: "亿元"},
		{ind: "调入资金", value: 1.9, unit: "亿元"},
		{ind: "教育支出", value: 18.2, unit: "亿元"},
		{ind: "卫生健康支出", value: 9.6, unit: "亿元"},
		{ind: "债务还本支出", value: 5.4, unit: "亿元"},
	})
	if _, ok := sideBySideStream([]tcell{{text: "项目"}, {text: "2023年"}, {text: "甲"}, {text: "1"}}); ok {
		t.Error("a narrow stream read as halves")
	}
}

// TestSideBySideHalfTotal: a half's 总计 row under a label header that
// names the half (收入, 支出) is that half's total; under 项目 it stays 总计.
func TestSideBySideHalfTotal(t *testing.T) {
	text := "收入 | 执行数 | 支出 | 执行数\n总计 | 90.5 | 总计 | 88.1\n税收收入 | 60.2 | 教育支出 | 30.4\n非税收入 | 30.3 | 科技支出 | 57.7\n"
	checkFigures(t, "half total", mustExtract(t, text, Options{Year: 2023}), []wantFig{
		{ind: "收入总计", value: 90.5}, {ind: "税收收入", value: 60.2}, {ind: "非税收入", value: 30.3},
		{ind: "支出总计", value: 88.1}, {ind: "教育支出", value: 30.4}, {ind: "科技支出", value: 57.7},
	})
	if halfSideName("项目") || !halfSideName("支 出") {
		t.Error("halfSideName")
	}
}
