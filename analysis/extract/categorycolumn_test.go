package extract

import (
	"strconv"
	"strings"
	"testing"
)

// figureSet is "indicator value unit" per figure, for the tests below.
func figureSet(figs []Figure) []string {
	var out []string
	for _, f := range figs {
		out = append(out, f.Indicator+" "+fmtValue(f.Value)+" "+f.Unit)
	}
	return out
}

func fmtValue(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

func wantFigures(t *testing.T, figs []Figure, want []string) {
	t.Helper()
	got := figureSet(figs)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestCategoryCornerOneCellALine: a table of two label columns (分类 |
// 考核指标) copied one cell a line, the category written once before the
// first row of its group (一、…), the value column a month's (3月数值): each
// value is named by its row label alone, in the unit of its brackets
// (日 a count of days), the month its period.
func TestCategoryCornerOneCellALine(t *testing.T) {
	text := "2024年3月全县公共图书馆服务指标\n" + oneCellALine(
		"分类", "考核指标", "3月数值",
		"一、馆藏资源", "纸质图书(册)", "182300",
		"阅览座位(个)", "640",
		"二、服务效能", "到馆人次(人次)", "52110",
		"图书平均借期(日)", "13.5",
		"持证读者人均借阅", "2.4",
	) + "注:本表为月报表。\n"
	figs := mustExtract(t, text, Options{Year: 2024})
	wantFigures(t, figs, []string{
		"纸质图书 182300 册",
		"阅览座位 640 个",
		"到馆人次 52110 人次",
		"图书平均借期 13.5 日",
		"持证读者人均借阅 2.4 ",
	})
	for _, f := range figs {
		if f.Period != "3月" {
			t.Errorf("%s: period %q, want 3月", f.Indicator, f.Period)
		}
	}
}

// TestCategoryCornerBars: the same table copied with | after each cell,
// the header cells a line each: the categories are no part of the rows'
// subjects.
func TestCategoryCornerBars(t *testing.T) {
	text := "类别 |\n指标 |\n2023年全年 |\n一、基础设施 |\n公共厕所(座) | 312 |\n垃圾转运站(座) | 41 | |\n二、作业效率 |\n道路机扫率% | 86.4 | |\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	wantFigures(t, figs, []string{
		"公共厕所 312 座",
		"垃圾转运站 41 座",
		"道路机扫率 86.4 %",
	})
}

// TestLeadingSectionNoCategory: with one label heading, a section row with
// a heading marker between the header and the first row is a section row,
// not a header cell: the table is read.
func TestLeadingSectionNoCategory(t *testing.T) {
	text := oneCellALine(
		"指标", "2023年",
		"一、在校学生", "小学(人)", "21500", "初中(人)", "11800",
	)
	figs := mustExtract(t, text, Options{Year: 2023})
	if len(figs) != 2 || figs[0].Value != 21500 || figs[1].Unit != "人" {
		t.Fatalf("got %v, want 小学 21500人 and 初中 11800人", figureSet(figs))
	}
}

// TestLabelColumnHeader lists the headings that name a label column.
func TestLabelColumnHeader(t *testing.T) {
	for _, h := range []string{"指标", "监测指标", "二级指标", "项目", "指标名称", "项 目"} {
		if !labelColumnHeader(h) {
			t.Errorf("%s: no label heading", h)
		}
	}
	for _, h := range []string{"1月数值", "2023年", "经济指标完成情况说明", "本月", "3项指标"} {
		if labelColumnHeader(h) {
			t.Errorf("%s: read as a label heading", h)
		}
	}
}

// TestPeriodValueHeader: a period followed by 数值 or 数据 is the period's
// column.
func TestPeriodValueHeader(t *testing.T) {
	for h, want := range map[string]string{"1月数值": "1月", "本月数值": "本月", "1-6月数据": "1-6月", "全年数据": "全年", "数值": "", "指标数据": "", "2023年数值": "2023年"} {
		if got := periodValueHeader(h); got != want {
			t.Errorf("periodValueHeader(%s) = %q, want %q", h, got, want)
		}
	}
}
