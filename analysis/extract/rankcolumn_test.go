package extract

import "testing"

func TestRankHeader(t *testing.T) {
	for _, h := range []string{"排名", "人口排名", "排 名", "排行", "名次", "GDP排序", "位次"} {
		if !rankHeader(h) {
			t.Errorf("%s: want a rank column", h)
		}
	}
	for _, h := range []string{"地区", "常住人口", "排名靠前的城市数量合计个数"} {
		if rankHeader(h) {
			t.Errorf("%s: no rank column", h)
		}
	}
}

// A table of regions ranked in its first column: the ranks name no row
// and give no figure, the regions after them are the labels.
func TestRankColumnTable(t *testing.T) {
	text := "各县人口\n" +
		"排名 | 县 区 | 2022年户籍人口 | 2022年常住人口 |\n" +
		"1 | 甲县 | 85.2 | 90.1 |\n" +
		"2 | 乙县 | 60.4 | 未发布 |\n" +
		"3 | 丙区 | 41.7 | 45.3 |\n"
	figs, err := Extract([]byte(text), Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]float64{"甲县户籍人口": 85.2, "甲县常住人口": 90.1, "乙县户籍人口": 60.4, "丙区户籍人口": 41.7, "丙区常住人口": 45.3}
	if len(figs) != len(want) {
		t.Fatalf("got %d figures, want %d: %+v", len(figs), len(want), figs)
	}
	for _, f := range figs {
		if want[f.Indicator] != f.Value {
			t.Errorf("%s %v: not wanted", f.Indicator, f.Value)
		}
	}
}
