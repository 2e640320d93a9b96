package extract

import "testing"

// Tests of the Hong Kong and wire-copy results rules (sentences written
// for the tests, with made-up numbers).

// TestYearOnYearAnNian: 按年 (year on year) and 按季 (quarter on quarter)
// are comparisons, so the change after them is the figure's, in either
// script.
func TestYearOnYearAnNian(t *testing.T) {
	text := "期内，营业收入1200.5亿元，按年增长3.25%；淨利息收入800.2億元，按年下降1.10%。手续费收入300亿元，按季升2.5%。"
	figs := mustExtract(t, text, Options{Year: 2024})
	checkFigures(t, "按年", figs, []wantFig{
		{ind: "营业收入", value: 1200.5, unit: "亿元", changes: []string{"growth_pct 3.25"}},
		{ind: "淨利息收入", value: 800.2, unit: "亿元", changes: []string{"growth_pct -1.1"}},
		{ind: "手续费收入", value: 300, unit: "亿元", changes: []string{"growth_pct 2.5"}},
	})
}

// TestLeadingMonthsSpan: 首9個月 and 前9个月 at a clause's head are the
// period of the figures after them; a count of months elsewhere stays.
func TestLeadingMonthsSpan(t *testing.T) {
	figs := mustExtract(t, "今年首9個月股東應佔盈利150.5億元，按年增長1.5%。前10个月，营业收入80亿元。", Options{Year: 2024})
	checkFigures(t, "首9個月", figs, []wantFig{
		{ind: "股東應佔盈利", value: 150.5, unit: "亿元", changes: []string{"growth_pct 1.5"}},
		{ind: "营业收入", value: 80, unit: "亿元"},
	})
	if figs[0].Period != "首9個月" {
		t.Errorf("period %q, want 首9個月", figs[0].Period)
	}
	for _, text := range []string{"项目提前3个月完成。", "试用期前3个月。", "工期缩短至6个月。"} {
		if figs := mustExtract(t, text, Options{Year: 2024}); len(figs) != 1 || figs[0].Unit != "个月" {
			t.Errorf("%s: %d figures, want the count of months", text, len(figs))
		}
	}
}

// TestBasisPoints: a margin's change in basis points is an absolute change
// in 个基点, in either script, and derives no prior.
func TestBasisPoints(t *testing.T) {
	figs := mustExtract(t, "淨息差1.52%，較上年同期下降12個基點。净利息收益率为1.60%，收窄8个基点。", Options{Year: 2024})
	checkFigures(t, "基点", figs, []wantFig{
		{ind: "淨息差", value: 1.52, unit: "%", changes: []string{"abs -12"}},
		{ind: "净利息收益率", value: 1.6, unit: "%", changes: []string{"abs -8"}},
	})
	if u := figs[0].Changes[0].Unit; u != "个基点" {
		t.Errorf("unit %q, want 个基点", u)
	}
	ds, err := ToDataset(figs, Options{Year: 2024})
	if err != nil {
		t.Fatal(err)
	}
	for _, ind := range ds.Indicators {
		for _, p := range ind.Points {
			if p.Year != 2024 {
				t.Errorf("%s: a prior %v in %d derived from basis points", ind.Name, p.Value, p.Year)
			}
		}
	}
}

// TestResultsVerbs: 录得 and 实现 before the amount name no subject (the
// clause before does), in either script; 多赚 and 少赚 state a growth.
func TestResultsVerbs(t *testing.T) {
	figs := mustExtract(t, "期內，歸屬於股東的淨利潤，錄得120.5億元，按年增長2.5%。前三季，實現利息淨收入80億元。建行第三季多賺4.2%。某行少赚1.5%。", Options{Year: 2024})
	checkFigures(t, "录得", figs, []wantFig{
		{ind: "歸屬於股東的淨利潤", value: 120.5, unit: "亿元", changes: []string{"growth_pct 2.5"}},
		{ind: "利息淨收入", value: 80, unit: "亿元"},
		{ind: "建行第三季", missing: true, changes: []string{"growth_pct 4.2"}},
		{ind: "某行", missing: true, changes: []string{"growth_pct -1.5"}},
	})
}
