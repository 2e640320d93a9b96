package extract

import "testing"

// TestUnitWrappedTable: a yearbook table copied as lines, the corner with
// the first header cell, header cells wrapped up to their units, the
// industries under the output, rows a label line and a values line, an
// empty cell a wider gap and the last ones left at the end: each value
// its row's and column's, in the column's unit.
func TestUnitWrappedTable(t *testing.T) {
	text := "表3 各县主要指标(2022年)\n" +
		"地区 常住人口\n(万人)\n地区生产\n总值(亿元)\n一般公共预\n算收入(亿元)\n居民人均可\n支配收入(元)\n" +
		"第一产业 第二产业 第三产业\n" +
		"甲县\n52.10  310.25  40.11  120.52  149.62  18.33  36512\n" +
		"乙县\n31.04  205.77  30.02  90.40  85.35    9.81   \n"
	figs := mustExtract(t, text, Options{Year: 2022})
	wantFigures(t, figs, []string{
		"甲县常住人口 52.1 万人", "甲县地区生产总值 310.25 亿元",
		"甲县地区生产总值第一产业 40.11 亿元", "甲县地区生产总值第二产业 120.52 亿元", "甲县地区生产总值第三产业 149.62 亿元",
		"甲县一般公共预算收入 18.33 亿元", "甲县居民人均可支配收入 36512 元",
		"乙县常住人口 31.04 万人", "乙县地区生产总值 205.77 亿元",
		"乙县地区生产总值第一产业 30.02 亿元", "乙县地区生产总值第二产业 90.4 亿元", "乙县地区生产总值第三产业 85.35 亿元",
		"乙县居民人均可支配收入 9.81 元",
	})
}

// TestGapCells: the narrowest run of spaces parts two cells, a run twice
// as wide holds an empty cell, the cells left at the end are empty when
// the line ends in a run; runs of no whole multiple, or a count that does
// not reach the width, give nothing.
func TestGapCells(t *testing.T) {
	for _, c := range []struct {
		line  string
		width int
		want  int // written cells, -1 for none
	}{
		{"1.5  2.5    3.5  4.5", 5, 4},
		{"1.5  2.5  3.5     ", 5, 3},
		{"1.5  2.5   3.5  4.5", 5, -1},
		{"1.5  2.5  3.5", 5, -1},
		{"1.5 2.5 3.5", 3, 3},
	} {
		cells, ok := gapCells(c.line, 0, len(c.line), c.width)
		n := 0
		for _, x := range cells {
			if x.text != "" {
				n++
			}
		}
		if !ok && c.want != -1 || ok && n != c.want {
			t.Errorf("gapCells(%q, %d) = %d cells %v", c.line, c.width, n, ok)
		}
	}
	if _, ok := unitClosedCells("常住人口(万人)地区生产总值"); ok {
		t.Error("a header cell without a unit")
	}
	if industryParts([]string{"常住人口(万人)", "增加值(亿元)"}, []string{"第一产业", "农业"}) != -1 {
		t.Error("a leaf that is no industry")
	}
}
