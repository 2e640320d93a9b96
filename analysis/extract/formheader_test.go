package extract

import (
	"strings"
	"testing"
)

func TestSamePeriodComparisonHeader(t *testing.T) {
	for _, h := range []string{"同期对比", "同期累计对比", "比同期", "比上年同期", "与同期比较"} {
		if !samePeriodComparisonHeader(h) {
			t.Errorf("%s: want a change header", h)
		}
	}
	for _, h := range []string{"上年同期", "同期", "本月止累计", "对比"} {
		if samePeriodComparisonHeader(h) {
			t.Errorf("%s: no change header", h)
		}
	}
}

func TestFormFurnitureLine(t *testing.T) {
	if !formFurnitureLine("填报单位：某市统计局        2021年3月") || !formFurnitureLine("  编制单位: 某县文化局") {
		t.Error("furniture lines not read")
	}
	if formFurnitureLine("填报单位数 12") || formFurnitureLine("单位：万元") {
		t.Error("not furniture")
	}
}

func TestLeftShiftedHeader(t *testing.T) {
	isChange := func(p []string) bool { return strings.Contains(strings.Join(p, ""), "对比") }
	p := [][]string{{"同期对比%"}, {"本年累计"}, {"累计对比%"}, nil}
	if !leftShiftedHeader(p, isChange) || len(p[0]) != 0 || p[1][0] != "同期对比%" || p[3][0] != "累计对比%" {
		t.Errorf("not shifted: %v", p)
	}
	q := [][]string{{"同期对比%"}, {"本年累计"}, {"累计对比%"}}
	if leftShiftedHeader(q, isChange) {
		t.Error("a header naming every column is not shifted")
	}
}

// A report form: its furniture line, a header whose first value column
// lost its blank name, changes headed 同期对比%.
func TestReportFormTable(t *testing.T) {
	text := "某市旅游接待情况\n" +
		"填报单位:某市旅游局                2021年3月\n" +
		"          同期对比% 本月止累计 同期累计对比%\n" +
		"一、接待游客总计 120.50 8.20 360.40 9.10\n" +
		"(一)过夜游客(万人次) 80.30 7.50 240.60 8.80\n" +
		"二、旅游收入(亿元) 15.20 12.10 44.80 11.30\n"
	figs, err := Extract([]byte(text), Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[float64]float64{120.5: 8.2, 360.4: 9.1, 80.3: 7.5, 240.6: 8.8, 15.2: 12.1, 44.8: 11.3}
	if len(figs) != len(want) {
		t.Fatalf("got %d figures, want %d: %+v", len(figs), len(want), figs)
	}
	for _, f := range figs {
		if w, ok := want[f.Value]; !ok || f.Change == nil || f.Change.Value != w || f.Change.Kind != GrowthPct {
			t.Errorf("%s %v: change %+v", f.Indicator, f.Value, f.Change)
		}
		if strings.Contains(f.Indicator, "填报") || strings.Contains(f.Indicator, "对比") {
			t.Errorf("subject %q", f.Indicator)
		}
	}
}

// A table of regions with GDP split by industry on a second header line
// and rows longer than 120 characters.
func TestIndustryGroupTable(t *testing.T) {
	text := "各市主要经济指标\n" +
		"地区 生产总值(亿元) 人均生产总值(元) 一般公共预算收入(亿元) 一般公共预算支出(亿元) 城镇居民人均可支配收入(元) 农村居民人均可支配收入(元) 社会消费品零售总额(亿元) 进出口总额(亿美元) 固定资产投资(亿元)\n" +
		"总值 第一产业 第二产业 第三产业\n" +
		"甲市 1200.55 80.15 500.25 620.15 95000 88.35 150.25 45210 20110 560.25 12.55 900.15\n" +
		"乙市 800.05 60.05 300.05 439.95 72000 51.25 120.15 40120 18230 410.35 8.15 700.25\n"
	figs, err := Extract([]byte(text), Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]float64{}
	for _, f := range figs {
		got[f.Indicator+" "+f.Unit] = f.Value
	}
	for k, v := range map[string]float64{"甲市生产总值第二产业 亿元": 500.25, "乙市人均生产总值 元": 72000, "乙市固定资产投资 亿元": 700.25} {
		if got[k] != v {
			t.Errorf("%s: got %v, want %v (all: %v)", k, got[k], v, got)
		}
	}
	if len(figs) != 24 {
		t.Errorf("got %d figures, want 24: %v", len(figs), got)
	}
}

func TestChangeOnlyRows(t *testing.T) {
	cells := func(ts ...string) []tcell {
		var out []tcell
		for _, s := range ts {
			out = append(out, tcell{text: s})
		}
		return out
	}
	isValue := func(c tcell) bool { _, _, _, ok := parseCell(c.text); return ok }
	hdr := cells("指标", "绝对量", "同比增长(%)")
	body := cells("工业增加值", "3.2", "按门类分", "采矿业", "-1.5", "制造业", "4.4", "电力业", "2.0")
	if n := changeOnlyRows(hdr, body, isValue); n != 1 {
		t.Errorf("growth alone: got %d, want 1", n)
	}
	levels := cells("工业增加值", "320.5", "采矿业", "110.2", "制造业", "180.1", "电力业", "30.2")
	if n := changeOnlyRows(hdr, levels, isValue); n != 0 {
		t.Error("levels with their changes not written: no change-only rows")
	}
	mixed := cells("工业增加值", "12.5", "3.2", "采矿业", "-1.5", "制造业", "4.4", "电力业", "2.0")
	if n := changeOnlyRows(hdr, mixed, isValue); n != 0 {
		t.Error("a full row: no change-only rows")
	}
}

// A month table one cell a line whose 绝对量 column is empty throughout.
func TestChangeOnlyTable(t *testing.T) {
	text := "1-5月份全市工业主要数据\n\n指标\n\n绝对量\n\n同比增长(%)\n\n规模以上工业增加值\n\n3.2\n\n分门类\n\n\n\n采矿业\n\n-1.5\n\n制造业\n\n4.4\n\n电力、热力生产和供应业\n\n2.0\n"
	figs, err := Extract([]byte(text), Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]float64{"规模以上工业增加值": 3.2, "采矿业": -1.5, "制造业": 4.4, "电力、热力生产和供应业": 2.0}
	if len(figs) != len(want) {
		t.Fatalf("got %d figures, want %d: %+v", len(figs), len(want), figs)
	}
	for _, f := range figs {
		if f.Change == nil || f.Change.Kind != GrowthPct || f.Change.Value != want[f.Indicator] {
			t.Errorf("%s: change %+v, want %v", f.Indicator, f.Change, want[f.Indicator])
		}
	}
}
