package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// oneCellALine writes a table one cell a line, a blank line after each.
func oneCellALine(cells ...string) string {
	return strings.Join(cells, "\n\n") + "\n"
}

// TestCellGridGroupYears: a table copied one cell a line whose header is a
// corner, two groups and the years written once per group: each value is
// its row's in the group's quantity, the year its period; the 其中 row is a
// part of the total.
func TestCellGridGroupYears(t *testing.T) {
	text := "各类学校办学情况\n单位:所\n" + oneCellALine(
		"项目", "学校数", "班级数",
		"2020", "2021", "2022", "2020", "2021", "2022",
		"合计", "120", "118", "115", "1500", "1480", "1466",
		"其中:民办", "30", "31", "33", "420", "430", "445",
		"公办", "90", "87", "82", "1080", "1050", "1021",
	)
	figs := mustExtract(t, text, Options{Year: 2022})
	if len(figs) != 18 {
		t.Fatalf("got %d figures, want 18: %v", len(figs), figs)
	}
	want := []struct {
		i      int
		ind    string
		value  float64
		period string
	}{
		{0, "合计学校数", 120, "2020"},
		{2, "合计学校数", 115, "2022"},
		{3, "合计班级数", 1500, "2020"},
		{8, "民办学校数", 33, "2022"},
		{17, "公办班级数", 1021, "2022"},
	}
	for _, w := range want {
		f := figs[w.i]
		if !strings.Contains(f.Indicator, w.ind) || f.Value != w.value || f.Unit != "所" {
			t.Errorf("figure %d: %s %v%s, want %s %v所", w.i, f.Indicator, f.Value, f.Unit, w.ind, w.value)
		}
		if y := fmt.Sprint(f.Year); !strings.Contains(f.Period, w.period) && y != w.period {
			t.Errorf("figure %d: period %q year %d, want %s", w.i, f.Period, f.Year, w.period)
		}
	}
	if figs[6].Parent == "" {
		t.Errorf("其中:民办 has no parent: %+v", figs[6])
	}
}

// TestCellGridBarStream: a | stream run across lines, after prose, with a
// corner, units in the header cells and section rows with no numbers.
func TestCellGridBarStream(t *testing.T) {
	text := "全年粮食产量增长2.0%。表3 主要农产品产量 指 标 | 产量(万吨) | 比重(%) | 粮食 | 120.5 | 100.0 | 按季节分 |\n|\n| 夏 粮 | 40.1 | 33.3 | 秋 粮 | 80.4 | 66.7 |\n下一段文字。"
	figs := mustExtract(t, text, Options{Year: 2022})
	checkFigures(t, "bar stream", figs, []wantFig{
		{ind: "粮食产量", missing: true, unit: "", changes: []string{"growth_pct 2"}},
		{ind: "粮食产量", value: 120.5, unit: "万吨"},
		{ind: "粮食比重", value: 100, unit: "%"},
		{ind: "夏粮产量", value: 40.1, unit: "万吨"},
		{ind: "夏粮比重", value: 33.3, unit: "%"},
		{ind: "秋粮产量", value: 80.4, unit: "万吨"},
		{ind: "秋粮比重", value: 66.7, unit: "%"},
	})
}

// TestCellGridMonthChanges: a | stream of 本月 | 同比% | 累计 | 同比% under
// a unit line of two units, and a 其中 section that repeats the rows for a
// zone: the 同比% cells are changes of the levels before them, the output
// values in 万元, the counts of firms in 个, the zone's rows named by it.
func TestCellGridMonthChanges(t *testing.T) {
	text := "工业主要指标 | 全区 |\n| 单位:个、万元 | 指标名称 | 本月 | 同比% | 累计 | 同比% | 企业单位数\n| 210 | 4.0 | 210 | 4.0 | 工业总产值 | 5000 | 6.5 | 41000 | 8.2 |\n|\n| 其中:园区 |\n|\n| 工业总产值 | 3000 | 7.1 | 25000 | 9.0 |\n"
	figs := mustExtract(t, text, Options{Year: 2022})
	checkFigures(t, "month changes", figs, []wantFig{
		{ind: "企业单位数", value: 210, unit: "个", changes: []string{"growth_pct 4"}},
		{ind: "企业单位数", value: 210, unit: "个", changes: []string{"growth_pct 4"}},
		{ind: "工业总产值", value: 5000, unit: "万元", changes: []string{"growth_pct 6.5"}},
		{ind: "工业总产值", value: 41000, unit: "万元", changes: []string{"growth_pct 8.2"}},
		{ind: "园区工业总产值", value: 3000, unit: "万元", changes: []string{"growth_pct 7.1"}},
		{ind: "园区工业总产值", value: 25000, unit: "万元", changes: []string{"growth_pct 9"}},
	})
}

// TestCellGridMixedHeader: a single column beside a group over two leaves,
// the single column's header broken over two lines by the copy.
func TestCellGridMixedHeader(t *testing.T) {
	text := strings.Join([]string{
		"类 别 |", "以上月价格 |", "以上年价格为100 |", "|", "为100 |", "本月 |", "累计平均 |", "|",
		"总指数 |", "100.2 |", "101.5 |", "101.1 |",
		"食品 |", "99.8 |", "102.3 |", "101.9 |",
	}, "\n") + "\n"
	figs := mustExtract(t, text, Options{Year: 2022})
	if len(figs) != 6 {
		t.Fatalf("got %d figures, want 6: %v", len(figs), figs)
	}
	for i, w := range []string{"总指数(以上月价格为100)", "总指数(以上年价格为100)", "总指数(以上年价格为100)累计平均"} {
		if figs[i].Indicator != w {
			t.Errorf("figure %d: %q, want %q", i, figs[i].Indicator, w)
		}
	}
	if figs[5].Value != 101.9 {
		t.Errorf("last figure %v, want 101.9", figs[5].Value)
	}
}

// TestGridHeaderPaths: the header fits its cells one way or gives nothing.
func TestGridHeaderPaths(t *testing.T) {
	for _, c := range []struct {
		head []string
		k    int
		want [][]string // nil: no fit
	}{
		{[]string{"甲", "乙"}, 2, [][]string{{"甲"}, {"乙"}}},
		{[]string{"A", "B", "2020", "2021", "2020", "2021"}, 4, [][]string{{"A", "2020"}, {"A", "2021"}, {"B", "2020"}, {"B", "2021"}}},
		{[]string{"环比", "同比", "本月", "累计"}, 3, [][]string{{"环比"}, {"同比", "本月"}, {"同比", "累计"}}},
		{[]string{"甲", "乙", "丙"}, 2, nil},
		{[]string{"A", "B", "2020", "2021", "2020", "2022"}, 4, nil}, // leaves not repeated
	} {
		got, ok := gridHeaderPaths(c.head, c.k)
		if c.want == nil {
			if ok {
				t.Errorf("gridHeaderPaths(%q, %d) = %q, want no fit", c.head, c.k, got)
			}
			continue
		}
		if !ok || !slices.EqualFunc(got, c.want, slices.Equal) {
			t.Errorf("gridHeaderPaths(%q, %d) = %q, %v, want %q", c.head, c.k, got, ok, c.want)
		}
	}
}

func TestJoinSplitHeader(t *testing.T) {
	got := joinSplitHeader([]string{"以上月价格", "以上年同期价格为100", "为100", "本月"})
	want := []string{"以上月价格为100", "以上年同期价格为100", "本月"}
	if !slices.Equal(got, want) {
		t.Errorf("joinSplitHeader = %q, want %q", got, want)
	}
	if got := joinSplitHeader([]string{"2020", "2021"}); len(got) != 2 {
		t.Errorf("years joined: %q", got)
	}
}

func TestScopeSection(t *testing.T) {
	if sc, ok := scopeSection("其中:开发区"); !ok || sc != "开发区" {
		t.Errorf("scopeSection(其中:开发区) = %q, %v", sc, ok)
	}
	if _, ok := scopeSection("按城乡分"); ok {
		t.Errorf("按城乡分 read as a scope")
	}
}

func TestMoneyUnitOf(t *testing.T) {
	list := []string{"个", "万元"}
	if u := moneyUnitOf(list, "工业总产值"); u != "万元" {
		t.Errorf("工业总产值: %q, want 万元", u)
	}
	if u := moneyUnitOf(list, "企业单位数"); u != "" {
		t.Errorf("企业单位数: %q, want none", u)
	}
}

// TestCellGridSideBySide: a balance table copied one cell a line without
// bars, its halves headed by 收入 and 支出: each row's two halves are read
// as two rows, each 总计 named by its half.
func TestCellGridSideBySide(t *testing.T) {
	text := "收支平衡表\n单位:万元\n" + oneCellALine(
		"收入", "预算数", "决算数", "支出", "预算数", "决算数",
		"总计", "500", "520", "总计", "500", "520",
		"税收收入", "300", "310", "教育支出", "200", "205",
		"非税收入", "200", "210", "卫生支出", "300", "315",
	)
	figs := mustExtract(t, text, Options{Year: 2022})
	checkFigures(t, "side by side", figs, []wantFig{
		{ind: "收入总计预算数", value: 500, unit: "万元"},
		{ind: "收入总计决算数", value: 520, unit: "万元"},
		{ind: "税收收入预算数", value: 300, unit: "万元"},
		{ind: "税收收入决算数", value: 310, unit: "万元"},
		{ind: "非税收入预算数", value: 200, unit: "万元"},
		{ind: "非税收入决算数", value: 210, unit: "万元"},
		{ind: "支出总计预算数", value: 500, unit: "万元"},
		{ind: "支出总计决算数", value: 520, unit: "万元"},
		{ind: "教育支出预算数", value: 200, unit: "万元"},
		{ind: "教育支出决算数", value: 205, unit: "万元"},
		{ind: "卫生支出预算数", value: 300, unit: "万元"},
		{ind: "卫生支出决算数", value: 315, unit: "万元"},
	})
}

func TestIndexBaseNotes(t *testing.T) {
	if got := indexBaseNotes([]string{"以上年同期价格为100", "本月"}); !slices.Equal(got, []string{"(以上年同期价格为100)", "本月"}) {
		t.Errorf("indexBaseNotes = %q", got)
	}
	in := []string{"年末数(万人)"}
	if got := indexBaseNotes(in); !slices.Equal(got, in) {
		t.Errorf("indexBaseNotes(%q) = %q, want it unchanged", in, got)
	}
}

func TestMonthToDateAverage(t *testing.T) {
	for h, want := range map[string]bool{"至本月平均": true, "1-本月平均": true, "年初至本月": true, "至本月": false, "平均": false, "本月平均工资": false} {
		if got := monthToDateHeader(h); got != want {
			t.Errorf("monthToDateHeader(%q) = %v, want %v", h, got, want)
		}
	}
}

// TestCellGridNoCorner: two tables copied one cell a line, each under a
// title, whose header writes no corner (2022年 | 比上年增长(%)) and whose
// values carry their units: each row's level and its change, the second
// table read under its own header.
func TestCellGridNoCorner(t *testing.T) {
	text := oneCellALine(
		"主要农产品产量", "2022年", "比上年增长(%)",
		"粮食产量", "5000吨", "1.5",
		"油料产量", "300吨", "-2.0",
		"牲畜出栏", "2022年", "比上年增长(%)",
		"出栏猪", "800头", "3.0",
		"出栏牛", "60头", "1.0",
	)
	figs := mustExtract(t, text, Options{Year: 2022})
	checkFigures(t, "no corner", figs, []wantFig{
		{ind: "粮食产量", value: 5000, unit: "吨", changes: []string{"growth_pct 1.5"}},
		{ind: "油料产量", value: 300, unit: "吨", changes: []string{"growth_pct -2"}},
		{ind: "出栏猪", value: 800, unit: "头", changes: []string{"growth_pct 3"}},
		{ind: "出栏牛", value: 60, unit: "头", changes: []string{"growth_pct 1"}},
	})
}

// TestGridProseLine: a sentence, a clause or a line longer than any cell
// is no start of a cell grid; short cells (a corner, a year, a number) are.
func TestGridProseLine(t *testing.T) {
	for line, want := range map[string]bool{
		"全年粮食产量比上年增长百分之三。": true,
		"其中城镇新增就业人数较多；":    true,
		"a;b":                   true,
		strings.Repeat("产", 41): true,
		strings.Repeat("产", 40): false,
		"指 标":                   false,
		"2023年":                 false,
		"12.5":                  false,
		"":                      false,
	} {
		if got := gridProseLine(line); got != want {
			t.Errorf("gridProseLine(%q) = %v, want %v", line, got, want)
		}
	}
}
