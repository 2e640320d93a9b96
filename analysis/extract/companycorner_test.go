package extract

import "testing"

func TestCornerUnit(t *testing.T) {
	for h, want := range map[string]string{
		"项目（万元）":     "万元",
		"单位：人民币千元":   "人民币千元",
		"以人民币千元列示":   "人民币千元",
		"以千元计":       "千元",
		"人民币百万元":     "人民币百万元",
		"项目":         "",
		"指标":         "",
		"2023年":      "",
		"增长率（%）":     "",
		"以下数据均为合并口径": "",
	} {
		if got := cornerUnit(h); got != want {
			t.Errorf("cornerUnit(%q) = %q, want %q", h, got, want)
		}
	}
}

func TestSourceNoteHeading(t *testing.T) {
	for _, h := range []string{"数据摘录自合并损益表", "摘自年度报告", "资料来源：公司公告", "合并利润表"} {
		if !sourceNoteHeading(h) {
			t.Errorf("sourceNoteHeading(%q) = false", h)
		}
	}
	for _, h := range []string{"营业收入", "学校数", "每股指标", "利润总额"} {
		if sourceNoteHeading(h) {
			t.Errorf("sourceNoteHeading(%q) = true", h)
		}
	}
}

func TestCornerUnitTable(t *testing.T) {
	text := "| 以人民币千元列示 | 2024年度 | 2023年度 |\n" +
		"| 数据摘录自合并损益表 |  |  |\n" +
		"| 收入 | 1,200 | 1,100 |\n" +
		"| 毛利 | 300 | 280 |\n"
	figs, err := Extract([]byte(text), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(figs) != 4 {
		t.Fatalf("got %d figures, want 4: %+v", len(figs), figs)
	}
	for _, f := range figs {
		if f.Unit != "人民币千元" || (f.Indicator != "收入" && f.Indicator != "毛利") {
			t.Errorf("figure %s %v %q, want 收入 or 毛利 in 人民币千元", f.Indicator, f.Value, f.Unit)
		}
	}
}

func TestCompanyValueCellWithUnit(t *testing.T) {
	for _, c := range []string{"3.25亿元", "1860.5万元", "0.42元", "增加1.2个百分点", "不适用"} {
		if !companyValueCell(c) {
			t.Errorf("companyValueCell(%q) = false", c)
		}
	}
	for _, c := range []string{"营业收入", "净利润（万元）", "2023年", "亿元以上企业"} {
		if companyValueCell(c) {
			t.Errorf("companyValueCell(%q) = true", c)
		}
	}
}

func TestBarLineStreamWithUnits(t *testing.T) {
	text := "指标\n|\n2025年\n|\n同比变化\n|\n营业收入\n|\n3.25亿元\n|\n+12.50%\n|\n" +
		"净利润\n|\n1860.50万元\n|\n+8.20%\n|\n每股收益\n|\n0.42元\n|\n-\n|\n"
	figs, err := Extract([]byte(text), Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]float64{"营业收入": 3.25, "净利润": 1860.5, "每股收益": 0.42}
	n := 0
	for _, f := range figs {
		if f.Flags&Derived != 0 {
			continue
		}
		n++
		if v, ok := want[f.Indicator]; !ok || v != f.Value {
			t.Errorf("figure %s %v, want one of %v", f.Indicator, f.Value, want)
		}
	}
	if n != 3 {
		t.Errorf("got %d stated figures, want 3", n)
	}
}

func TestBlankBetweenRows(t *testing.T) {
	text := "| 报告期 | 2024年 | 2025年 |\n" +
		"| 每股收益(元) | 0.21 | 0.35 |\n" +
		"   \n" +
		"| 毛利率(%) | 30.5 | 32.1 |\n" +
		"\n" +
		"| 净利率(%) | 8.2 | 9.4 |\n" +
		"\n" +
		"下表为其他数据。\n"
	figs, err := Extract([]byte(text), Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for _, f := range figs {
		got[f.Indicator]++
	}
	for _, name := range []string{"每股收益", "毛利率", "净利率"} {
		if got[name] != 2 {
			t.Errorf("%s: %d figures, want 2 (all: %v)", name, got[name], got)
		}
	}
}

func TestBlankBeforeOtherTable(t *testing.T) {
	x := &extractor{s: "| 项目 | 2024年 | 2025年 |\n\n| 地区 | 人口 |\n"}
	prev := trow{cells: []tcell{{text: "收入"}, {text: "12"}, {text: "13"}}}
	if _, ok := x.blankBetweenRows(len("| 项目 | 2024年 | 2025年 |\n"), prev); ok {
		t.Error("a blank line before a table of another width continues the table")
	}
}

func TestOpenLabelRow(t *testing.T) {
	text := "| 以港币千元列示 | 2025年 | 2024年 | 2023年 |\n" +
		"| 收入 | 5,100 | 4,800 | 4,200 |\n" +
		"| 派息 (港仙) |  |  |  |\n" +
		"| 每股盈利 (人民币)\n" +
		" | 0.31 | 0.27 | 0.22 |\n" +
		"| 溢利 | 910 | 820 | 700 |\n"
	figs, err := Extract([]byte(text), Options{})
	if err != nil {
		t.Fatal(err)
	}
	units := map[string]string{"收入": "港币千元", "每股盈利": "人民币", "溢利": "港币千元"}
	n := map[string]int{}
	for _, f := range figs {
		n[f.Indicator]++
		if u, ok := units[f.Indicator]; !ok || u != f.Unit {
			t.Errorf("figure %s %v %q, want one of %v", f.Indicator, f.Value, f.Unit, units)
		}
	}
	for name := range units {
		if n[name] != 3 {
			t.Errorf("%s: %d figures, want 3", name, n[name])
		}
	}
}

func TestOpenLabelRowNotBeforeProse(t *testing.T) {
	x := &extractor{s: "| 注：数据未经审计\n本公司收入增长。\n"}
	prev := trow{cells: []tcell{{text: "收入"}, {text: "12"}, {text: "13"}}}
	if _, _, ok := x.openLabelRow(0, prev); ok {
		t.Error("a | line before prose read as a row")
	}
}

func TestLabelCurrencyUnit(t *testing.T) {
	for h, want := range map[string][2]string{
		"每股盈利-基本 (人民币)": {"每股盈利-基本", "人民币"},
		"每股股息（港元）":      {"每股股息", "港元"},
	} {
		l, u, ok := labelCurrencyUnit(h)
		if !ok || l != want[0] || u != want[1] {
			t.Errorf("labelCurrencyUnit(%q) = %q, %q, %v, want %q, %q", h, l, u, ok, want[0], want[1])
		}
	}
	for _, h := range []string{"营业收入(万元)", "(人民币)", "收入"} {
		if _, _, ok := labelCurrencyUnit(h); ok {
			t.Errorf("labelCurrencyUnit(%q) ok", h)
		}
	}
}

func TestYearDayMonthHeader(t *testing.T) {
	for h, want := range map[string]int{"2023 31/12": 2023, "2024 30/06": 2024, "2022 1/3": 2022, "2023 32/12": 0, "2023 31/13": 0, "2023/31/12": 0, "2023 年": 0, "营业 31/12": 0} {
		if got := yearDayMonthHeader(h); got != want {
			t.Errorf("yearDayMonthHeader(%q) = %d, want %d", h, got, want)
		}
	}
	text := "截止: | 2024 31/12 | 2025 31/12 |\n---|---|---|\n毛利 | 1,200 | 1,350 |\n毛利率% | 18.5% | 19.2% |\n"
	figs, err := Extract([]byte(text), Options{Year: 2025})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range figs {
		if f.Indicator != "毛利" && f.Indicator != "毛利率" {
			t.Errorf("subject %q, want 毛利 or 毛利率 (the date header no part of it)", f.Indicator)
		}
	}
	if len(figs) != 4 {
		t.Errorf("got %d figures, want 4", len(figs))
	}
}
