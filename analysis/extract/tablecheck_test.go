package extract

import "testing"

func TestGrowthFits(t *testing.T) {
	for _, c := range []struct {
		cur, prior        float64
		curNum, priorNum  string
		g                 float64
		dec               int
		wantChecked, fits bool
	}{
		{1200, 1000, "1,200", "1,000", 20.0, 1, true, true},
		{105222, 109149, "105,222", "109,149", -3.6, 1, true, true},
		// Small integers: 7 over 16 prints -56.3 within their rounding.
		{7, 16, "7", "16", -56.3, 1, true, true},
		// A growth at comparable prices beside levels at current prices.
		{1128, 1000, "1128", "1000", 10.5, 1, true, true},
		// A level read as the growth, a share read as the growth.
		{1200, 1000, "1200", "1000", 8573, 0, true, false},
		{1200, 1000, "1200", "1000", 45.1, 1, true, false},
		// A loss or a zero base: the conventions differ, nothing to check.
		{-5, 10, "-5", "10", -150, 0, false, false},
		{5, 0, "5", "0", 100, 0, false, false},
	} {
		checked, ok := growthFits(c.cur, c.prior, c.curNum, c.priorNum, Change{Kind: "growth_pct", Value: c.g, Decimals: c.dec})
		if checked != c.wantChecked || ok != c.fits {
			t.Errorf("growthFits(%v, %v, %v) = %v, %v; want %v, %v", c.cur, c.prior, c.g, checked, ok, c.wantChecked, c.fits)
		}
	}
}

func TestDifferenceFits(t *testing.T) {
	for _, c := range []struct {
		cur, prior float64
		d          float64
		dec        int
		want       bool
	}{
		{105222, 109149, -3927, 0, true},
		{42.5, 40.1, 2.4, 1, true},
		{105222, 109149, 3927, 0, false}, // the sign is part of the difference
		{105222, 109149, -3.6, 1, false}, // a growth % read as the difference
	} {
		if got := differenceFits(c.cur, c.prior, "", "", Change{Kind: "abs", Value: c.d, Decimals: c.dec}); got != c.want {
			t.Errorf("differenceFits(%v, %v, %v) = %v", c.cur, c.prior, c.d, got)
		}
	}
}

func TestImplausibleChange(t *testing.T) {
	for _, c := range []struct {
		ch   Change
		want bool
	}{
		{Change{Kind: "growth_pct", Value: 8573, Number: "8,573"}, true},
		{Change{Kind: "pp", Value: 14255, Number: "14255"}, true},
		{Change{Kind: "pp", Value: -99.3, Number: "-99.3"}, false},
		{Change{Kind: "growth_pct", Value: 1250.4, Number: "1250.4"}, false}, // a big growth is a growth
		{Change{Kind: "abs", Value: 3927, Number: "3,927"}, false},
	} {
		if got := implausibleChange(c.ch); got != c.want {
			t.Errorf("implausibleChange(%+v) = %v", c.ch, got)
		}
	}
	if !implausiblePercent(&Figure{Unit: "%", Number: "-3,927"}) || implausiblePercent(&Figure{Unit: "%", Number: "75.4"}) {
		t.Error("implausiblePercent")
	}
}

// TestMisreadTableGivesNothing: a table whose growth column its levels
// contradict in every row (the columns misplaced) gives no figures, and
// the same table with growths that fit gives them all.
func TestMisreadTableGivesNothing(t *testing.T) {
	table := func(g1, g2, g3 string) string {
		return "单位：万元\n" +
			"指标 | 2023年 | 2022年 | 增长% |\n" +
			"营业收入 | 1200 | 1000 | " + g1 + " |\n" +
			"利润总额 | 330 | 300 | " + g2 + " |\n" +
			"上缴税金 | 81 | 90 | " + g3 + " |\n"
	}
	if figs := mustExtract(t, table("45.1", "27.5", "6.7"), Options{Year: 2023}); len(figs) != 0 {
		t.Errorf("misread table gave %d figures, first %+v", len(figs), figs[0])
	}
	figs := mustExtract(t, table("20.0", "10.0", "-10.0"), Options{Year: 2023})
	checkFigures(t, "consistent table", figs, []wantFig{
		{ind: "营业收入", value: 1200, unit: "万元", changes: []string{"growth_pct 20"}},
		{ind: "营业收入", value: 1000, unit: "万元", prior: true},
		{ind: "利润总额", value: 330, unit: "万元", changes: []string{"growth_pct 10"}},
		{ind: "利润总额", value: 300, unit: "万元", prior: true},
		{ind: "上缴税金", value: 81, unit: "万元", changes: []string{"growth_pct -10"}},
		{ind: "上缴税金", value: 90, unit: "万元", prior: true},
	})
}

// TestMisreadTableLevelsAsChanges: cells written like amounts (8,573) in
// columns read as growth % and percentage points show level columns read
// as changes: the table gives nothing.
func TestMisreadTableLevelsAsChanges(t *testing.T) {
	figs := []Figure{
		{Indicator: "甲", Value: -3927, Number: "-3,927", Unit: "%", Source: Source{Table: 1, Row: 1, Col: 1},
			Changes: []Change{{Kind: "pp", Value: 14255, Number: "14,255"}, {Kind: "growth_pct", Value: 8573, Number: "8,573"}}},
		{Indicator: "甲", Value: 75.4, Number: "75.4", Unit: "%", Source: Source{Table: 1, Row: 1, Col: 5}},
		{Indicator: "乙", Value: -15765, Number: "-15,765", Unit: "%", Source: Source{Table: 1, Row: 2, Col: 1}},
		{Indicator: "乙", Value: 69.1, Number: "69.1", Unit: "%", Source: Source{Table: 1, Row: 2, Col: 5}},
	}
	if !misreadTable(figs) {
		t.Error("levels read as changes: not misread")
	}
	ok := []Figure{
		{Indicator: "甲", Value: 105222, Number: "105,222", Unit: "万元", Source: Source{Table: 1, Row: 1, Col: 1},
			Changes: []Change{{Kind: "growth_pct", Value: -3.6, Number: "-3.6", Decimals: 1}}},
		{Indicator: "甲", Value: 109149, Number: "109,149", Unit: "万元", Prior: true, Source: Source{Table: 1, Row: 1, Col: 2}},
		{Indicator: "甲", Value: 75.4, Number: "75.4", Unit: "%", Source: Source{Table: 1, Row: 1, Col: 4}},
	}
	if misreadTable(ok) {
		t.Error("a table that fits: misread")
	}
}

func TestStrictFits(t *testing.T) {
	if !strictGrowthFit(120.5, 110.2, "120.5", "110.2", 9.3, 1) || strictGrowthFit(650.3, 600.1, "650.3", "600.1", 9.3, 1) {
		t.Error("strictGrowthFit: 120.5 over 110.2 is 9.3%, 650.3 over 600.1 is not")
	}
	// A growth at comparable prices fits by growthFits, not strictly.
	if strictGrowthFit(1128, 1000, "1128", "1000", 10.5, 1) {
		t.Error("strictGrowthFit: leeway")
	}
	if !strictDifferenceFit(105222, 109149, "105,222", "109,149", -3927, 0) || strictDifferenceFit(105222, 109149, "105,222", "109,149", -3920, 0) {
		t.Error("strictDifferenceFit")
	}
}

// TestArithmeticChangeTarget: a monthly report form whose change headers
// name a period two level columns contain (本月 in 本月止累计): each growth
// is of the level its row's numbers fit, and the 上年同月 column is a prior.
func TestArithmeticChangeTarget(t *testing.T) {
	text := "表1 2019年1-6月旅游接待情况\n" +
		"指标名称 | 计量单位 | 本月 | 本月止累计 | 上年同月 | 上年同期累计 | 本月比上年同月增长% | 累计比上年同期增长%\n" +
		"接待游客总人数 | 万人次 | 120.5 | 650.3 | 110.2 | 600.1 | 9.3 | 8.4\n" +
		"旅游总收入 | 亿元 | 15.2 | 80.6 | 14.0 | 75.1 | 8.6 | 7.3\n"
	figs := mustExtract(t, text, Options{Year: 2019})
	checkFigures(t, "report form", figs, []wantFig{
		{ind: "接待游客总人数", value: 120.5, unit: "万人次", changes: []string{"growth_pct 9.3"}},
		{ind: "接待游客总人数", value: 650.3, unit: "万人次", changes: []string{"growth_pct 8.4"}},
		{ind: "接待游客总人数", value: 110.2, unit: "万人次", prior: true},
		{ind: "接待游客总人数", value: 600.1, unit: "万人次", prior: true},
		{ind: "旅游总收入", value: 15.2, unit: "亿元", changes: []string{"growth_pct 8.6"}},
		{ind: "旅游总收入", value: 80.6, unit: "亿元", changes: []string{"growth_pct 7.3"}},
		{ind: "旅游总收入", value: 14, unit: "亿元", prior: true},
		{ind: "旅游总收入", value: 75.1, unit: "亿元", prior: true},
	})
	if figs[2].Period != "上年同月" {
		t.Errorf("prior period %q", figs[2].Period)
	}
}

// TestMisreadTableFractionalCounts: a header whose columns the rows wrote
// in another order leaves fractions in a column of counts (医院数(个) 5.2):
// the table gives nothing.
func TestMisreadTableFractionalCounts(t *testing.T) {
	text := "各县医院\n" +
		"地区 | 增长% | 医院数(个)\n" +
		"甲县 | 12 | 5.2\n" +
		"乙县 | 8 | 3.5\n" +
		"丙县 | 15 | 6.1\n"
	if figs := mustExtract(t, text, Options{Year: 2023}); len(figs) != 0 {
		t.Errorf("fractional counts gave %d figures, first %+v", len(figs), figs[0])
	}
	// Averages and counts at a scale have fractions of their own.
	ok := []Figure{
		{Indicator: "每千人口床位数", Value: 6.86, Unit: "张"},
		{Indicator: "平均每校教师", Value: 42.5, Unit: "人"},
		{Indicator: "卫生人员", Value: 1.5, Unit: "万人"},
	}
	for i := range ok {
		if wholeThingCount(&ok[i]) {
			t.Errorf("wholeThingCount(%s %v%s)", ok[i].Indicator, ok[i].Value, ok[i].Unit)
		}
	}
	if !wholeThingCount(&Figure{Indicator: "医院数", Value: 5.2, Unit: "个"}) {
		t.Error("医院数 5.2个: not a whole count")
	}
}

func TestMisreadTableSharesOver100(t *testing.T) {
	figs := []Figure{
		{Indicator: "第一产业比重", Value: 1250, Unit: "%"},
		{Indicator: "第二产业比重", Value: 3400, Unit: "%"},
		{Indicator: "第三产业比重", Value: 45.2, Unit: "%"},
	}
	if !misreadTable(figs) {
		t.Error("shares above 100: not misread")
	}
	figs[0].Value, figs[1].Value = 12.5, 34
	if misreadTable(figs) {
		t.Error("shares: misread")
	}
}

// TestAbsGrowthFit: a level stated with its absolute change and its growth
// and no prior (本年 | 增减额 | 增长%) is checked against the prior the
// change implies; a table whose two change columns were swapped gives
// nothing.
func TestAbsGrowthFit(t *testing.T) {
	f := Figure{Value: 5000, Number: "5000", Unit: "万元", Changes: []Change{
		{Kind: "abs", Value: 500, Decimals: 0}, {Kind: "growth_pct", Value: 11.1, Decimals: 1}}}
	if c, ok := absGrowthFit(&f); !c || !ok {
		t.Errorf("5000 up 500 by 11.1%%: %v %v", c, ok)
	}
	f.Changes[1].Value = 500
	f.Changes[0].Value = 11.1
	if c, ok := absGrowthFit(&f); !c || ok {
		t.Errorf("swapped: %v %v", c, ok)
	}
	text := "单位：万元\n项目 | 本年 | 增减额 | 增长%\n" +
		"税收收入 | 5000 | 11.1 | 500\n" +
		"非税收入 | 1200 | -7.7 | -100\n"
	if figs := mustExtract(t, text, Options{Year: 2023}); len(figs) != 0 {
		t.Errorf("swapped change columns gave %d figures", len(figs))
	}
}
