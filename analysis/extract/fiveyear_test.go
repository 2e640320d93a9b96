package extract

import "testing"

// TestFallingYearRun: a five-year summary headed by bare years the latest
// first under a corner label with its unit reads by year; years that fall
// unevenly under a label stay a data row.
func TestFallingYearRun(t *testing.T) {
	text := "截至12月31日止(百万港元) | 2023 | 2022 | 2021 | 2020 |\n" +
		"营业额 | 12,400 | 11,850 | 10,920 | 9,760 |\n" +
		"融资成本 | (2,210) | (1,195) | (1,180) | (1,172) |\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, "five-year summary", figs, []wantFig{
		{ind: "营业额", value: 12400, unit: "百万港元"}, {ind: "营业额", value: 11850, unit: "百万港元", prior: true},
		{ind: "营业额", value: 10920, unit: "百万港元", prior: true}, {ind: "营业额", value: 9760, unit: "百万港元", prior: true},
		{ind: "融资成本", value: -2210, unit: "百万港元"}, {ind: "融资成本", value: -1195, unit: "百万港元", prior: true},
		{ind: "融资成本", value: -1180, unit: "百万港元", prior: true}, {ind: "融资成本", value: -1172, unit: "百万港元", prior: true},
	})
	if len(figs) == 8 && (figs[0].Year != 2023 || figs[3].Year != 2020) {
		t.Errorf("years %d, %d; want 2023, 2020", figs[0].Year, figs[3].Year)
	}
	for _, c := range []struct {
		cells []string
		want  bool
	}{{[]string{"项目", "2024", "2023", "2022"}, true}, {[]string{"项目(万元)", "2023", "2022"}, true},
		{[]string{"医院", "2023", "2010"}, false}, {[]string{"床位", "2024", "2022", "2021"}, false}} {
		var r trow
		for _, s := range c.cells {
			r.cells = append(r.cells, tcell{text: s})
		}
		if got := yearHeaderRow(r); got != c.want {
			t.Errorf("yearHeaderRow(%v) = %v, want %v", c.cells, got, c.want)
		}
	}
}
