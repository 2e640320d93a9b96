package extract

import (
	"strconv"
	"strings"
	"testing"
)

// A ranked table of cities run into one line after the sentence that
// introduces it: the ranks are dropped, the cities are the labels.
func TestRankGridOneLine(t *testing.T) {
	text := "全市经济平稳。下表为2023年各城市主要数据: 排名 | 城市 | 2023年GDP(亿元) | 2023年增速 | 2022年GDP(亿元) | 2022年增速 | " +
		"— | 合计 | 9000.5 | 4.1% | 8600 | 3.2% | 1 | 甲市 | 5000.2 | 4.5% | 4800 | 3.0% | 2 | 乙市 | 2500 | 3.9% | 2400.5 | 3.6% | 3 | 丙市 | 1500.3 | 3.1% | 1399.5 | 2.9% |\n"
	figs, err := Extract([]byte(text), Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]float64{}
	for _, w := range []struct {
		name string
		v    float64
		y    int
	}{{"合计GDP", 9000.5, 2023}, {"合计GDP", 8600, 2022}, {"甲市GDP", 5000.2, 2023}, {"甲市GDP", 4800, 2022},
		{"乙市GDP", 2500, 2023}, {"乙市GDP", 2400.5, 2022}, {"丙市GDP", 1500.3, 2023}, {"丙市GDP", 1399.5, 2022}} {
		want[w.name+strconv.Itoa(w.y)] = w.v
	}
	if len(figs) != len(want) {
		t.Fatalf("got %d figures, want %d: %+v", len(figs), len(want), figs)
	}
	for _, f := range figs {
		if v, ok := want[f.Indicator+strconv.Itoa(f.Year)]; !ok || v != f.Value || f.Unit != "亿元" {
			t.Errorf("%s %d %v %s: not wanted", f.Indicator, f.Year, f.Value, f.Unit)
		}
	}
}

func TestRankGridColumn(t *testing.T) {
	cells := func(ts ...string) []tcell {
		var out []tcell
		for _, s := range ts {
			out = append(out, tcell{text: s})
		}
		return out
	}
	got, ok := rankGridColumn(cells("排名", "地区", "人口", "面积", "—", "全省", "10", "20", "1", "甲县", "5", "8", "2", "乙县", "3", "7"))
	if !ok {
		t.Fatal("want a ranked grid")
	}
	var texts []string
	for _, c := range got {
		texts = append(texts, c.text)
	}
	if want := "地区 人口 面积 全省 10 20 甲县 5 8 乙县 3 7"; strings.Join(texts, " ") != want {
		t.Errorf("got %q, want %q", strings.Join(texts, " "), want)
	}
	// A value before a note is no rank (9 is not 3): the grid ends there.
	got, ok = rankGridColumn(cells("排名", "地区", "人口", "1", "甲县", "5", "2", "乙县", "9", "注:不含外来人口"))
	if !ok || len(got) != 6 || got[len(got)-1].text != "9" {
		t.Errorf("got %v %v, want the grid to end at 9", ok, got)
	}
	for _, c := range [][]tcell{
		cells("地区", "人口", "1", "甲县", "5", "2", "乙县", "3"),          // no rank header
		cells("排名", "2023年", "人口", "1", "甲县", "5", "2", "乙县", "3"), // no label header
		cells("排名", "地区", "人口", "1", "甲县", "5"),                    // one ranked row
	} {
		if _, ok := rankGridColumn(c); ok {
			t.Errorf("%v: no ranked grid", c)
		}
	}
}

func TestRankCornerEnd(t *testing.T) {
	for _, s := range []string{"排名 ", "排名", "各市数据: 排名", "如下表 位次"} {
		if !rankCornerEnd(s) {
			t.Errorf("%q: want a rank corner", s)
		}
	}
	for _, s := range []string{"地区", "全省排名第3位的城市数量合计", "名次前"} {
		if rankCornerEnd(s) {
			t.Errorf("%q: no rank corner", s)
		}
	}
}

func TestStatAcronym(t *testing.T) {
	if got := yearQuantityHeader("2020年GDP"); got != "GDP" {
		t.Errorf("2020年GDP: got %q, want GDP", got)
	}
	for _, h := range []string{"2020年GD", "2020年GDP增速", "2020年 Q1"} {
		if got := yearQuantityHeader(h); got != "" {
			t.Errorf("%s: got %q, want none", h, got)
		}
	}
}
