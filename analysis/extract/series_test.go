package extract

import "testing"

// TestHeaderlessSeries: labels naming their units, each followed by four
// values and no header: each value a figure of its label in its unit, its
// column by position, its year unknown.
func TestHeaderlessSeries(t *testing.T) {
	text := "| 公共图书馆藏书量(万册) |\n120.5 |\n118.2 |\n110 |\n104.7 |\n| 博物馆数(个) |\n22 |\n21 |\n19 |\n19 |\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	if len(figs) != 8 {
		t.Fatalf("got %d figures, want 8: %v", len(figs), figureSet(figs))
	}
	if f := figs[0]; f.Indicator != "公共图书馆藏书量" || f.Value != 120.5 || f.Unit != "万册" || f.Period != "第1列" || f.Year != 0 {
		t.Errorf("first: %+v", f)
	}
	if f := figs[7]; f.Indicator != "博物馆数" || f.Value != 19 || f.Unit != "个" || f.Period != "第4列" {
		t.Errorf("last: %+v", f)
	}
}

// TestHeaderlessSeriesRefused: labels without a unit, or with differing
// counts of values, are no series.
func TestHeaderlessSeriesRefused(t *testing.T) {
	for _, text := range []string{
		"| 公共图书馆 |\n120 |\n118 |\n110 |\n| 博物馆 |\n22 |\n21 |\n19 |\n",
		"| 藏书量(万册) |\n120 |\n118 |\n110 |\n| 博物馆数(个) |\n22 |\n21 |\n",
	} {
		if figs := mustExtract(t, text, Options{Year: 2023}); len(figs) != 0 {
			t.Errorf("%q: got %v, want none", text, figureSet(figs))
		}
	}
}
