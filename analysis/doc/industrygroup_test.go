package doc

import "testing"

func TestIndustryGroupHeader(t *testing.T) {
	up := headerTokens("地区 生产总值(亿元) 人均生产总值(元) 财政收入(亿元)", 0)
	lo := headerTokens("总值 第一产业 第二产业 第三产业", 100)
	if g, span := industryGroupHeader(up, lo, 7); g != 1 || span != 4 {
		t.Errorf("with a total: got %d %d, want 1 4", g, span)
	}
	parts := headerTokens("第一产业 第二产业 第三产业", 100)
	if g, span := industryGroupHeader(up, parts, 7); g != 1 || span != 4 {
		t.Errorf("parts alone: got %d %d, want 1 4 (the total under the name, then the parts)", g, span)
	}
	if g, _ := industryGroupHeader(up, lo, 8); g >= 0 {
		t.Error("columns that do not fit: no group")
	}
	other := headerTokens("小学 初中 高中", 100)
	if g, _ := industryGroupHeader(up, other, 6); g >= 0 {
		t.Error("sub-names that are no industries: no group")
	}
}

func TestTrailingTableIndustryGroup(t *testing.T) {
	header := []TextLine{
		{Text: "地区 生产总值(亿元) 人均生产总值(元) 财政收入(亿元)", Offset: 0},
		{Text: "总值 第一产业 第二产业 第三产业", Offset: 200},
	}
	lines := []TextLine{
		{Text: "甲市 1200.5 80.1 500.2 620.2 95000 88.3", Offset: 400},
		{Text: "乙市 800.0 60.0 300.0 440.0 72000 51.2", Offset: 500},
	}
	tb, err := TrailingTable(header, lines, GridOptions{})
	if err != nil || tb == nil {
		t.Fatal(tb, err)
	}
	tb.Normalize()
	want := [][]string{{"生产总值(亿元)", "总值"}, {"生产总值(亿元)", "第一产业"}, {"生产总值(亿元)", "第二产业"}, {"生产总值(亿元)", "第三产业"}, {"人均生产总值(元)"}, {"财政收入(亿元)"}}
	for k, w := range want {
		p := tb.ColumnPath(k + 1)
		if len(p) != len(w) || p[len(p)-1] != w[len(w)-1] || p[0] != w[0] {
			t.Errorf("column %d: %v, want %v", k+1, p, w)
		}
	}
}
