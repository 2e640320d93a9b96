package extract

import "testing"

// TestLevelDifferenceColumn: a 增长 column without a percent sign whose
// cells are the differences of the row's two years is a column of
// absolute changes (percentage points for a rate), each also a figure of
// its own; a column of true growth rates beside the levels stays growth.
func TestLevelDifferenceColumn(t *testing.T) {
	text := "指标 | 单位 | 上年 | 本年 | 增长 |\n" +
		"学校数 | 所 | 40 | 43 | 3 |\n" +
		"经费支出 | 万元 | 1250.5 | 1190.25 | -60.25 |\n" +
		"升学率 | % | 96.5 | 97.1 | 0.6 |\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	var kinds []string
	for _, f := range figs {
		for _, c := range f.Changes {
			kinds = append(kinds, f.Indicator+" "+c.Kind+" "+fmtValue(c.Value))
		}
	}
	want := []string{"学校数 abs 3", "经费支出 abs -60.25", "升学率 pp 0.6"}
	if len(kinds) != len(want) {
		t.Fatalf("changes %v, want %v (figures %v)", kinds, want, figureSet(figs))
	}
	for i := range want {
		if kinds[i] != want[i] {
			t.Errorf("change %d: %s, want %s", i, kinds[i], want[i])
		}
	}
	own := 0
	for _, f := range figs {
		if f.ChangeOf != "" {
			own++
		}
	}
	if own != 2 {
		t.Errorf("%d absolute changes as figures of their own, want 2 (学校数, 经费支出): %v", own, figureSet(figs))
	}

	growth := "指标 | 上年 | 本年 | 增长 |\n学校数 | 40 | 44 | 10.0 |\n经费支出 | 1250 | 1375 | 10.0 |\n"
	for _, f := range mustExtract(t, growth, Options{Year: 2023}) {
		for _, c := range f.Changes {
			if c.Kind != GrowthPct {
				t.Errorf("%s: %s %v, want a growth", f.Indicator, c.Kind, c.Value)
			}
		}
	}
}

// TestPeriodNoteRow: the years of the period columns in brackets, moved to
// the row's start by a copy without empty cells, are dropped: the indicator
// system's rows read under 上年度 | 本年度.
func TestPeriodNoteRow(t *testing.T) {
	text := "一级指标 | 二级指标 | 单位 | 上年度 | 本年度 |\n(2022年) | (2023年) | |||\n" +
		"办学规模 | 在校生 | 人 | 5200 | 5350 |\n专任教师 | 人 | 310 | 322 | |\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	wantFigures(t, figs, []string{"在校生 5200 人", "在校生 5350 人", "专任教师 310 人", "专任教师 322 人"})
	rows := []trow{
		{cells: []tcell{{text: "指标"}, {text: "上年度"}, {text: "本年度"}}},
		{cells: []tcell{{text: "(2022年)"}, {text: "合计"}}},
		{cells: []tcell{{text: "在校生"}, {text: "5200"}, {text: "5350"}}},
	}
	if _, h := periodNoteRow(rows, 2); h != 2 {
		t.Errorf("a row with a label beside the year was dropped")
	}
}
